"""A bank in the formats other tools import: Moodle (XML or GIFT), Canvas (QTI), Anki decks,
Quizlet, Kahoot, spreadsheets (CSV, TSV), JSON for scripts and an offline quiz page (HTML).

Each exporter takes a `Bank` and returns the file's bytes; writing them is the caller's job.
The exporters are imported when used, so that naming a format costs nothing.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from studyguide.model import Bank, unhandled


class ExportFormat(str, Enum):
    GIFT = "gift"
    ANKI = "anki"
    CSV = "csv"
    TSV = "tsv"
    JSON = "json"
    MOODLE = "moodle"
    QUIZLET = "quizlet"
    QTI = "qti"
    HTML = "html"
    KAHOOT = "kahoot"

    @property
    def suffix(self) -> str:
        """The file name ending for this format."""
        return _SUFFIXES[self]


_SUFFIXES = {
    ExportFormat.GIFT: ".gift.txt",
    ExportFormat.ANKI: ".apkg",
    ExportFormat.CSV: ".csv",
    ExportFormat.TSV: ".tsv",
    ExportFormat.JSON: ".json",
    ExportFormat.MOODLE: ".xml",
    ExportFormat.QUIZLET: ".quizlet.txt",
    ExportFormat.QTI: ".zip",
    ExportFormat.HTML: ".html",
    ExportFormat.KAHOOT: ".xlsx",
}

_NAMED_BY = {
    ".apkg": ExportFormat.ANKI,
    ".gift": ExportFormat.GIFT,
    ".txt": ExportFormat.GIFT,
    ".csv": ExportFormat.CSV,
    ".tsv": ExportFormat.TSV,
    ".json": ExportFormat.JSON,
    ".xml": ExportFormat.MOODLE,
    ".zip": ExportFormat.QTI,
    ".html": ExportFormat.HTML,
    ".htm": ExportFormat.HTML,
    ".xlsx": ExportFormat.KAHOOT,
}


def format_named_by(path: Path) -> ExportFormat | None:
    """The format a file name asks for by its ending ("deck.apkg": Anki, "cards.quizlet.txt":
    Quizlet), or None when the ending names none of them."""
    if path.name.lower().endswith(ExportFormat.QUIZLET.suffix):
        return ExportFormat.QUIZLET
    return _NAMED_BY.get(path.suffix.lower())


def export_bank(bank: Bank, export_format: ExportFormat) -> bytes:
    """The bank's questions as a file in `export_format`."""
    match export_format:
        case ExportFormat.ANKI:
            from studyguide.export.anki import anki_package

            return anki_package(bank)
        case ExportFormat.QTI:
            from studyguide.export.qti import qti_package

            return qti_package(bank)
        case ExportFormat.KAHOOT:
            from studyguide.export.kahoot import kahoot_workbook

            return kahoot_workbook(bank)
        case ExportFormat.HTML:
            from studyguide.export.html import quiz_page

            return quiz_page(bank).encode("utf-8")
        case ExportFormat.QUIZLET:
            from studyguide.export.quizlet import quizlet_text

            return quizlet_text(bank).encode("utf-8")
        case ExportFormat.MOODLE:
            from studyguide.export.moodle import moodle_xml

            return moodle_xml(bank).encode("utf-8")
        case ExportFormat.JSON:
            from studyguide.export.data import json_text

            return json_text(bank).encode("utf-8")
        case ExportFormat.CSV | ExportFormat.TSV:
            from studyguide.export.table import table_text

            delimiter = "\t" if export_format is ExportFormat.TSV else ","
            return table_text(bank, delimiter).encode("utf-8-sig")
        case ExportFormat.GIFT:
            from studyguide.export.gift import gift_text

            return gift_text(bank).encode("utf-8")
        case _:
            unhandled(export_format)


def left_out(bank: Bank, export_format: ExportFormat) -> dict[str, int]:
    """How many of the bank's questions the format cannot hold, by reason (Kahoot takes
    multiple choice and true or false questions of a limited length); every other format
    holds every question."""
    if export_format is ExportFormat.KAHOOT:
        from studyguide.export.kahoot import left_out as kahoot_left_out

        return dict(kahoot_left_out(bank))
    return {}


__all__ = ["ExportFormat", "export_bank", "format_named_by", "left_out"]
