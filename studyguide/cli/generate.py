"""`studyguide generate`: write a question bank from one or more articles."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from studyguide.cli.app import app
from studyguide.cli.options import Count, Model, Published, Seed, check_published
from studyguide.model import Question, QuestionType

BANK_FOLDER = Path("question_bank")


@app.command()
def generate(
    articles: Annotated[
        list[Path], typer.Argument(help="One or more news articles (UTF-8 text files).")
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Bank file to write. Default: question_bank/ARTICLE.yaml."
        ),
    ] = None,
    count: Count = 20,
    seed: Seed = 0,
    published: Published = None,
    model: Model = None,
) -> None:
    """Write a YAML question bank from ARTICLES: questions, answers, evidence.

    The bank is a plain YAML file you may edit by hand; check it afterwards with
    `studyguide validate BANK`.

    Example:  studyguide generate article.txt --count 15 --seed 3
    """
    path = output or BANK_FOLDER / f"{articles[0].stem}.yaml"
    write_bank(
        articles, path, count=count, seed=seed, published=check_published(published), model=model
    )


def write_bank(
    articles: list[Path],
    path: Path,
    *,
    count: int,
    seed: int,
    published: str | None,
    model: str | None,
) -> None:
    """Build and save a bank, telling the user what it holds (shared with `build`)."""
    from studyguide.bank import save_bank
    from studyguide.pipeline import build_bank

    with _progress(len(articles)) as advance:
        result = build_bank(
            articles, count=count, seed=seed, published=published, model=model, on_article=advance
        )
    save_bank(result.bank, path)
    questions = result.bank.questions
    kinds = ", ".join(f"{n} {t.label.lower()}" for t, n in _counts(questions))
    typer.echo(f"Wrote {path}: {len(questions)} questions ({kinds})")
    for report in result.reports:
        if report.shortfall:
            typer.echo(
                f"note: {report.article}: asked for {report.requested} questions, made"
                f" {report.produced}: {report.shortfall}",
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
