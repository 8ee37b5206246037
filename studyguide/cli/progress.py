"""`studyguide progress`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from studyguide.cli.app import app, visible


@app.command(
    help="Show your quiz progress on a bank.\n\n"
    "By question type and by tag: how many questions you have seen, how many answers were "
    "right, how many questions are due for review and when the next one is; then the "
    "questions you find hardest."
)
def progress(
    bank: Annotated[
        Path,
        typer.Argument(metavar="BANK", help="The question bank (YAML).", show_default=False),
    ],
    plain: Annotated[
        bool,
        typer.Option("--plain", help="No colour and no decoration, for logs and screen readers."),
    ] = False,
) -> None:
    from rich.text import Text

    from studyguide.bank import load_bank
    from studyguide.cli.quiz import make_console
    from studyguide.quiz import ProgressBook, literal, progress_report, show_progress, utc_now

    loaded = load_bank(bank)
    book = ProgressBook.open(bank, loaded)
    report = progress_report(loaded, book.progress, now=utc_now())
    console = make_console(plain)
    show_progress(report, console=console, plain=plain, bank=str(bank))
    console.print()
    console.print(
        Text.assemble("Progress file: ", literal(visible(str(book.path)))), soft_wrap=True
    )
