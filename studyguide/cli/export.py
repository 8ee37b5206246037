"""`studyguide export`: a bank for Moodle, Canvas, Anki, Quizlet, Kahoot, a spreadsheet or a
browser."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from studyguide.cli.app import app, say, visible
from studyguide.cli.options import (
    ArticleFilter,
    DifficultyFilter,
    TagFilter,
    TypeFilter,
    load_chosen,
    question_filter,
)
from studyguide.errors import counted
from studyguide.export import ExportFormat


@app.command()
def export(
    bank: Annotated[Path, typer.Argument(metavar="BANK", help="The question bank (.yaml).")],
    export_format: Annotated[
        ExportFormat | None,
        typer.Option(
            "--format",
            "-f",
            case_sensitive=False,
            help="moodle: Moodle XML, every type with its feedback; gift: Moodle's GIFT text;"
            " qti: a QTI 1.2 zip for Canvas;"
            " anki: an Anki deck (.apkg), one card per question; quizlet: Quizlet's import"
            " text (.quizlet.txt); csv or tsv: a spreadsheet, one row per question and one value per"
            " cell; json: the bank's data for scripts; html: a quiz page a student opens in any"
            " browser, offline; kahoot: Kahoot's quiz spreadsheet (.xlsx), its multiple choice"
            " and true or false questions. Default: the one --output's ending names (.xml,"
            " .gift or .txt, .zip, .apkg, .quizlet.txt, .csv, .tsv, .json, .html, .xlsx), else"
            " gift.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="File to write. Default: output/BANK and the format's ending (.gift.txt, .xml,"
            " .zip, .apkg, .quizlet.txt, .csv, .tsv, .json, .html or .xlsx).",
            show_default=False,
        ),
    ] = None,
    article: ArticleFilter = None,
    types: TypeFilter = None,
    tag: TagFilter = None,
    difficulty: DifficultyFilter = None,
) -> None:
    """Export a bank's questions for other tools: Moodle, Canvas, Anki, Quizlet, Kahoot,
    spreadsheets, or a quiz page for any browser.

    The format follows the name given to --output (moodle.xml, moodle.gift or .txt,
    canvas.zip, deck.apkg, cards.quizlet.txt, sheet.csv or .tsv, data.json, quiz.html,
    kahoot.xlsx) unless --format says otherwise; GIFT when neither tells.

    The quiz page (html) is one file that works offline, on a phone too: it grades typed
    answers as the terminal quiz does and shows the article's evidence after each answer.

    In GIFT, ordering questions become matching ones (each item to its place), since
    Moodle's GIFT has no ordering type. Anki cards keep the question's id, so importing a
    newer export of the same bank updates the cards and keeps their review history.
    Kahoot takes multiple choice and true or false questions of at most 120 characters
    (75 an answer): the others are left out, and the message says how many.

    Example:  studyguide export question_bank/week3.yaml --format anki --tag quote
    """
    from studyguide.export import export_bank, left_out
    from studyguide.storage import refuse_input, write_atomic

    export_format = _format_for(export_format, output)
    path = output or Path("output") / f"{bank.stem}{export_format.suffix}"
    refuse_input(path, bank)
    chosen = load_chosen(bank, question_filter(article, types, tag, difficulty))
    missing = left_out(chosen, export_format)
    write_atomic(path, export_bank(chosen, export_format))
    written = len(chosen.questions) - sum(missing.values())
    say(f"Wrote {path}: {counted(written, 'question')} ({export_format.value})")
    for reason, count in missing.items():
        say(f"Left out {counted(count, 'question')}: {reason}")


def _format_for(asked: ExportFormat | None, output: Path | None) -> ExportFormat:
    """The format asked for, else the one the output's name ends in, else GIFT; a name that
    ends in another format's ending than the one asked for is a mistake, not a wish."""
    from studyguide.export import format_named_by

    if output is None:
        return asked or ExportFormat.GIFT
    named = format_named_by(output)
    if asked is not None and named is not None and named is not asked:
        ending = named.suffix if named is ExportFormat.QUIZLET else output.suffix
        raise typer.BadParameter(
            f"{visible(str(output))} ends in {ending}, the ending of {named.value}, but"
            f" --format is {asked.value}: change one of them",
            param_hint="'--format' / '--output'",
        )
    if asked is None and output.suffix.lower() in _NOT_YET:
        raise typer.BadParameter(
            f"{visible(str(output))}: studyguide does not write {output.suffix} files yet;"
            " name the file .xml, .gift.txt, .zip, .apkg, .csv, .tsv, .json, .html or .xlsx,"
            " or give"
            " --format",
            param_hint="'--output'",
        )
    return asked or named or ExportFormat.GIFT


_NOT_YET = frozenset(".xls .ods".split())
"""Endings of formats other quiz tools take, which studyguide does not write."""
