"""`studyguide generate`: write a question bank from one or more articles."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from studyguide.cli.app import app, say
from studyguide.cli.options import (
    Count,
    Model,
    Published,
    Seed,
    TypeFilter,
    check_published,
    parse_option,
)
from studyguide.errors import ExitCode, counted
from studyguide.model import Question, QuestionType

if TYPE_CHECKING:
    from studyguide.bank import MergeReport

BANK_FOLDER = Path("question_bank")


def chosen_types(names: list[str] | None) -> tuple[QuestionType, ...] | None:
    """`--type` as question types; None (all six) when not given."""
    from studyguide.bank import parse_types

    return parse_option(parse_types, names, "--type") or None


@app.command()
def generate(
    articles: Annotated[
        list[Path],
        typer.Argument(
            metavar="ARTICLE...",
            help="One or more news articles: text (.txt), Markdown (.md) or saved web pages (.html).",
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="New bank file to write. Default: question_bank/ARTICLE.yaml.",
        ),
    ] = None,
    into: Annotated[
        Path | None,
        typer.Option(
            "--bank",
            metavar="BANK",
            help="Add the questions to this bank (made if missing), keeping every edit, "
            "added question, deletion and comment in it; refresh the questions of "
            "articles it already holds.",
            show_default=False,
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force", help="Replace the bank at --output if there is one (kept as BANK~)."
        ),
    ] = False,
    count: Count = 25,
    types: TypeFilter = None,
    seed: Seed = 0,
    published: Published = None,
    model: Model = None,
) -> None:
    """Write a YAML question bank from one or more ARTICLE files: questions, answers, evidence.

    The bank is a plain YAML file you may edit by hand; check it afterwards with
    `studyguide validate BANK`. To add more articles to it, or to generate again, use
    --bank BANK: your edits, your own questions, deletions and comments stay.

    Example:  studyguide generate article.txt --count 15 --seed 3
    """
    from studyguide.errors import BankExists
    from studyguide.storage import refuse_input, writable

    if into is not None and (output is not None or force):
        option = "--output" if output is not None else "--force"
        raise typer.BadParameter(
            f"--bank adds to a bank; {option} is for writing a new one: give one or the other",
            param_hint="'--bank'",
        )
    path = into or output or BANK_FOLDER / f"{articles[0].stem}.yaml"
    refuse_input(path, *articles)
    writable(path)  # a folder, a device or a pipe is no bank: said so before any work
    if into is None and path.exists() and not force:
        raise BankExists(path)
    write_bank(
        articles,
        path,
        count=count,
        types=chosen_types(types),
        seed=seed,
        published=check_published(published),
        model=model,
        replace=into is None,
    )


def write_bank(
    articles: list[Path],
    path: Path,
    *,
    count: int,
    seed: int,
    published: str | None,
    model: str | None,
    replace: bool = False,
    types: tuple[QuestionType, ...] | None = None,
) -> None:
    """Build a bank and write it (`pipeline.write_bank`), with a progress bar, telling the
    user what it holds (shared with `build`)."""
    from studyguide import pipeline

    def waiting() -> None:
        say(f"waiting: another studyguide run is writing in {path.parent}", err=True)

    with _progress(len(articles)) as advance:
        written = pipeline.write_bank(
            articles,
            path,
            replace_bank=replace,
            on_wait=waiting,
            on_article=advance,
            count=count,
            seed=seed,
            published=published,
            model=model,
            types=types,
        )
    bank = written.built.bank
    if written.merged is not None:
        _tell_merged(path, written.merged, written.files)
    else:
        kinds = ", ".join(f"{n} {t.label.lower()}" for t, n in _counts(bank.questions))
        summary = f" ({kinds})" if kinds else ": add your own, or try another article"
        say(f"Wrote {path}: {counted(len(bank.questions), 'question')}{summary}")
    for report in written.built.reports:
        if report.shortfall:
            say(
                f"note: {report.article}: asked for {report.requested} questions, made"
                f" {report.produced}: {report.shortfall}",
                err=True,
            )
    if written.merged is None and not bank.questions:
        # The bank is written, for the teacher's own questions; a script learns that the
        # articles gave nothing to ask.
        raise typer.Exit(ExitCode.BAD_INPUT)


def _tell_merged(path: Path, report: MergeReport, files: dict[str, Path]) -> None:
    """What a merge did: the counts, the backup, and the notes a teacher should read."""
    say(f"{path}: {report.summary()}")
    if report.backup is not None:
        say(f"Kept the bank it replaced as {report.backup}")
    elif not report.changed:
        say("Nothing to change: the bank was not written.")
    if report.kept_edited:
        say(
            "note: kept as you left them, not refreshed (edited, or not written by"
            f" studyguide): {', '.join(report.kept_edited)}",
            err=True,
        )
    if report.pinned:
        say(
            'note: the bank now holds several articles; these questions left out "article:"'
            f" and got a line naming theirs: {', '.join(report.pinned)}",
            err=True,
        )
    for article in report.text_differs:
        say(
            f'note: article "{article}": its text in the bank is not the text of'
            f" {files[article]}, so its questions were left alone; to add this version as an"
            " article of its own, give the file another name",
            err=True,
        )


def _counts(questions: tuple[Question, ...]) -> list[tuple[QuestionType, int]]:
    return [(t, n) for t in QuestionType if (n := sum(q.type is t for q in questions))]


@contextmanager
def _progress(total: int) -> Iterator[Callable[[Path], None]]:
    """A progress bar on a terminal's stderr; nothing when output goes to a file or pipe."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    console = Console(stderr=True)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    ) as progress:
        task = progress.add_task("Reading articles", total=total)

        def advance(path: Path) -> None:
            progress.update(task, advance=1, description=f"Read {path.name}")

        yield advance
