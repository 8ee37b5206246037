"""`studyguide quiz`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from studyguide.cli.app import app, visible
from studyguide.cli.options import (
    ArticleFilter,
    DifficultyFilter,
    TagFilter,
    TypeFilter,
    question_filter,
)
from studyguide.errors import ExitCode, StudyguideError

if TYPE_CHECKING:
    from rich.console import Console

MAX_WIDTH = 80
"""Lines longer than this are hard to read, so a wide terminal still gets 80 columns."""


SITTING = 20
"""Questions a quiz on a bank of several articles asks unless told: one sitting's worth."""


@app.command(
    help="Take a quiz on a question bank in the terminal.\n\n"
    "Type a letter or a number for multiple choice, t or f for true or false, and words "
    "for the others; s skips a question, q (or Ctrl-C) stops with a summary. "
    "After a typed answer marked wrong, r counts it right; an answer in your own words "
    "that the quiz cannot match is shown beside the model answer, and y counts it right. "
    "Answers can also be piped in, one a line.\n\n"
    "Progress is kept for each bank (see it with: studyguide progress BANK), in the "
    "user's data folder or in the folder STUDYGUIDE_DATA_DIR names."
)
def quiz(
    bank: Annotated[
        Path,
        typer.Argument(
            metavar="BANK", help="The question bank (YAML) to be quizzed on.", show_default=False
        ),
    ],
    count: Annotated[
        int | None,
        typer.Option(
            "--count",
            "-n",
            min=1,
            metavar="N",
            help=f"Ask this many questions. Default: all of them; {SITTING} of a bank that holds"
            " several articles.",
            show_default=False,
        ),
    ] = None,
    shuffle: Annotated[
        bool,
        typer.Option(
            "--shuffle/--no-shuffle",
            help="Ask in a random order, with multiple-choice options mixed, or all in the"
            " bank's order.",
        ),
    ] = True,
    seed: Annotated[
        int | None,
        typer.Option(
            metavar="N",
            help="Repeat the same order and layout with the same number.",
            show_default=False,
        ),
    ] = None,
    types: TypeFilter = None,
    tags: TagFilter = None,
    difficulty: DifficultyFilter = None,
    article: ArticleFilter = None,
    review: Annotated[
        bool,
        typer.Option(
            "--review",
            help="Only the questions due again by spaced repetition: those missed, those "
            "not asked for a while, and those never asked.",
        ),
    ] = False,
    time_limit: Annotated[
        float | None,
        typer.Option(
            "--time-limit",
            min=1,
            metavar="SECONDS",
            help=(
                "Seconds for each question. At a terminal they count down beside the answer"
                " line and the question closes when they run out; an answer after that counts"
                " as wrong."
            ),
            show_default=False,
        ),
    ] = None,
    plain: Annotated[
        bool,
        typer.Option(
            "--plain",
            help="No colour and no decoration, for logs and screen readers. "
            "NO_COLOR=1 turns off colour only.",
        ),
    ] = False,
    results: Annotated[
        Path | None,
        typer.Option(
            "--results",
            dir_okay=False,
            metavar="FILE",
            help="Also write the results to this JSON file.",
            show_default=False,
        ),
    ] = None,
) -> None:
    import random

    from studyguide.bank import load_bank
    from studyguide.quiz import (
        ProgressBook,
        StopReason,
        literal,
        plan_quiz,
        read_answers,
        results_json,
        run_session,
        show_notes,
    )
    from studyguide.storage import refuse_input, write_atomic

    if results is not None:
        refuse_input(results, bank)
    filters = question_filter(article, types, tags, difficulty)
    loaded = load_bank(bank)
    book = ProgressBook.open(bank, loaded)
    rng = random.Random(seed)
    # A bank of many articles is a course, not one quiz: a quiz of a sitting's length.
    several = len(loaded.articles) > 1 and not filters.articles and count is None and not review
    plan = plan_quiz(
        loaded.questions,
        filters,
        count=SITTING if several else count,
        shuffle=shuffle,
        rng=rng,
        source=str(bank),
        review=book.progress if review else None,
    )
    notes = list(plan.notes)
    if several and len(loaded.questions) > SITTING:
        notes.append(
            f"The bank holds {len(loaded.questions)} questions on {len(loaded.articles)}"
            f" articles: this quiz asks {SITTING} of them (--count for more, --article for"
            " one article)."
        )
    console = make_console(plain)
    show_notes(notes, console=console, plain=plain, suggestion=plan.suggestion)
    if not plan.questions:
        return
    session = run_session(
        plan.questions,
        console=console,
        ask=read_answers(sys.stdin, console, plain=plain),
        rng=rng,
        articles=loaded.articles,
        title=loaded.title,
        plain=plain,
        time_limit=time_limit,
        on_result=book.record,
        mix_choices=shuffle,
        # At a terminal the verdict waits for Enter; piped answers go straight on.
        pause=sys.stdin.isatty(),
    )
    if results is not None:
        try:
            write_atomic(results, results_json(session))
        except OSError as error:
            raise StudyguideError(
                f"{results}: could not write the results ({error.strerror or error})"
            ) from None
        console.print(literal(visible(f"\nResults written to {results}")), soft_wrap=True)
    if book.error is not None:
        raise StudyguideError(book.error, "check that the folder can be written to")
    if session.stopped is StopReason.INTERRUPTED:
        raise typer.Exit(int(ExitCode.INTERRUPTED))


def make_console(plain: bool) -> Console:
    from rich.console import Console

    console = Console(
        color_system=None if plain else "auto",
        highlight=False,
        markup=False,
        emoji=False,
    )
    console.width = min(console.width, MAX_WIDTH)
    return console
