"""Kahoot's quiz spreadsheet: the layout of Kahoot's own template (the header in row 8,
columns B to H), read back with openpyxl; what does not fit is left out and counted."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from studyguide.bank import save_bank
from studyguide.cli import app
from studyguide.export import ExportFormat, export_bank, left_out
from studyguide.export.kahoot import HEADER, NOT_ASKED, TOO_LONG
from studyguide.model import Bank

runner = CliRunner()


def _rows(bank: Bank) -> list[tuple[object, ...]]:
    book = load_workbook(io.BytesIO(export_bank(bank, ExportFormat.KAHOOT)))
    sheet = book.active
    assert sheet is not None
    assert sheet["B2"].value == bank.title
    assert tuple(c.value for c in sheet[8][1:8]) == HEADER
    return [tuple(c.value for c in row[:8]) for row in sheet.iter_rows(min_row=9)]


def test_multiple_choice_and_true_or_false_fill_the_template(harbour_bank: Bank) -> None:
    rows = _rows(harbour_bank)
    assert rows == [
        (
            1,
            "Who said “We promised a safer crossing, and today we keep that promise”?",
            "Mehmet Özdağ",
            "Elena Dvořák",
            "Anna Kowalski",
            "Tomás Rivera",
            20,
            2,
        ),
        (2, "Engineers replaced 40 cables in 2021.", "True", "False", None, None, 20, 2),
    ]
    # Typed answers, matching and ordering have no place in Kahoot.
    assert left_out(harbour_bank, ExportFormat.KAHOOT) == {NOT_ASKED: 4}
    assert left_out(harbour_bank, ExportFormat.MOODLE) == {}


def test_what_kahoot_cannot_hold_is_left_out_and_text_stays_text(harbour_bank: Bank) -> None:
    choice, statement = harbour_bank.questions[:2]
    long = replace(choice, id="q-long", prompt="Who said it? " + "Very long words. " * 8)
    formula = replace(statement, id="q-formula", prompt="=1+1 is what the mayor wrote.")
    bank = replace(harbour_bank, questions=(choice, long, formula))
    rows = _rows(bank)
    assert [row[1] for row in rows] == [choice.prompt, "=1+1 is what the mayor wrote."]
    assert left_out(bank, ExportFormat.KAHOOT) == {TOO_LONG: 1}


def test_the_export_says_what_it_left_out(harbour_bank: Bank, tmp_path: Path) -> None:
    bank_file = tmp_path / "harbour.yaml"
    save_bank(harbour_bank, bank_file)
    target = tmp_path / "kahoot.xlsx"
    result = runner.invoke(app, ["export", str(bank_file), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        f"Wrote {target}: 2 questions (kahoot)",
        f"Left out 4 questions: {NOT_ASKED}",
    ]
