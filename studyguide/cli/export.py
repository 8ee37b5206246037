"""`studyguide export`: a bank for Moodle, Anki or a spreadsheet."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from studyguide.cli.app import app, say
from studyguide.cli.options import (
    ArticleFilter,
    DifficultyFilter,
    TagFilter,
    TypeFilter,
    load_chosen,
)
from studyguide.errors import counted
from studyguide.export import ExportFormat


@app.command()
def export(
    bank: Annotated[Path, typer.Argument(metavar="BANK", help="The question bank (.yaml).")],
    export_format: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            "-f",
            case_sensitive=False,
            help="gift: Moodle's question import; anki: an Anki deck (.apkg), one card per"
            " question; csv: a spreadsheet, one row per question.",
        ),
    ] = ExportFormat.GIFT,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="File to write. Default: output/BANK.gift.txt, .apkg or .csv.",
            show_default=False,
        ),
    ] = None,
    article: ArticleFilter = None,
    types: TypeFilter = None,
    tag: TagFilter = None,
    difficulty: DifficultyFilter = None,
) -> None:
    """Export a bank's questions for other tools: Moodle (GIFT), Anki, or a spreadsheet.

    In GIFT, ordering questions become matching ones (each item to its place), since
    Moodle's GIFT has no ordering type. Anki cards keep the question's id, so importing a
    newer export of the same bank updates the cards and keeps their review history.

    Example:  studyguide export question_bank/week3.yaml --format anki --tag quote
    """
    from studyguide.export import export_bank
    from studyguide.storage import refuse_input, write_atomic

    path = output or Path("output") / f"{bank.stem}{export_format.suffix}"
    refuse_input(path, bank)
    chosen = load_chosen(bank, article, types, tag, difficulty)
    write_atomic(path, export_bank(chosen, export_format))
    say(f"Wrote {path}: {counted(len(chosen.questions), 'question')} ({export_format.value})")
