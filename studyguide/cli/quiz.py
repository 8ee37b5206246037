"""`studyguide quiz`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from studyguide.cli.app import app
from studyguide.errors import ExitCode, StudyguideError

if TYPE_CHECKING:
    from rich.console import Console

MAX_WIDTH = 80
"""Lines longer than this are hard to read, so a wide terminal still gets 80 columns."""


@app.command(
    help="Take a quiz on a question bank in the terminal.\n\n"
    "Type a letter or a number for multiple choice, t or f for true or false, and words "
    "for the others; s skips a question, q (or Ctrl-C) stops with a summary. "
    "Answers can also be piped in, one a line."
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
            "--count", "-n", min=1, metavar="N", help="Ask this many questions.", show_default=False
        ),
    ] = None,
    shuffle: Annotated[
        bool,
        typer.Option(
            "--shuffle/--no-shuffle", help="Ask in a random order, or in the bank's order."
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
    types: Annotated[
        list[str] | None,
        typer.Option(
            "--types",
            "-t",
            metavar="TYPES",
            help="Only these question types, comma-separated: mc, tf, fill, short, match, "
            "order (or their full names, such as multiple_choice).",
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

    from rich.text import Text

    from studyguide.bank import load_bank
    from studyguide.quiz import (
        StopReason,
        literal,
        parse_types,
        read_answers,
        results_json,
        run_quiz,
        select_questions,
        show_summary,
    )
    from studyguide.storage import write_atomic

    try:
        kinds = parse_types(types or ())
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="'--types'") from None
    loaded = load_bank(bank)
    rng = random.Random(seed)
    questions = select_questions(
        loaded.questions, types=kinds, count=count, shuffle=shuffle, rng=rng, source=str(bank)
    )
    console = _console(plain)
    if count is not None and len(questions) < count:
        which = "questions of those types" if kinds else "questions"
        console.print(
            Text(f"The bank has only {len(questions)} {which}, so the quiz asks all of them.")
        )
    result = run_quiz(
        questions,
        console=console,
        ask=read_answers(sys.stdin, console, plain=plain),
        rng=rng,
        articles=loaded.articles,
        title=loaded.title,
        plain=plain,
    )
    show_summary(result, console=console, plain=plain)
    if results is not None:
        try:
            write_atomic(results, results_json(result))
        except OSError as error:
            raise StudyguideError(
                f"{results}: could not write the results ({error.strerror or error})"
            ) from None
        console.print(literal(f"\nResults written to {results}"), soft_wrap=True)
    if result.stopped is StopReason.INTERRUPTED:
        raise typer.Exit(int(ExitCode.INTERRUPTED))


def _console(plain: bool) -> Console:
    from rich.console import Console

    console = Console(
        color_system=None if plain else "auto",
        highlight=False,
        markup=False,
        emoji=False,
    )
    console.width = min(console.width, MAX_WIDTH)
    return console
