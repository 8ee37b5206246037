from __future__ import annotations

from pathlib import Path

import pytest
import reportlab
from typer.testing import CliRunner

import studyguide.cli  # noqa: F401 - registers every command
from studyguide.bank import save_bank
from studyguide.cli.app import app
from studyguide.model import Bank
from tests.render.conftest import page_texts

runner = CliRunner()
VERA = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"


@pytest.fixture
def bank_file(harbour_bank: Bank, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = Path("harbour.yaml")
    save_bank(harbour_bank, path)
    return path


def test_render_writes_the_three_documents(bank_file: Path) -> None:
    result = runner.invoke(app, ["render", str(bank_file)])
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Wrote output/harbour-worksheet.pdf (2 pages)\n"
        "Wrote output/harbour-answer-key.pdf (1 page)\n"
        "Wrote output/harbour-study-guide.pdf (1 page)\n"
    )
    assert result.stderr == ""
    assert sorted(p.name for p in Path("output").iterdir()) == [
        "harbour-answer-key.pdf",
        "harbour-study-guide.pdf",
        "harbour-worksheet.pdf",
    ]
    worksheet = " ".join(page_texts(Path("output/harbour-worksheet.pdf").read_bytes()))
    assert "Who said “We promised a safer crossing, and today we keep that promise”?" in worksheet


def test_render_writes_only_the_documents_asked_for(bank_file: Path) -> None:
    result = runner.invoke(
        app, ["render", str(bank_file), "-o", "pdfs", "--key", "--guide", "--paper", "A4"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Wrote pdfs/harbour-answer-key.pdf (1 page)\nWrote pdfs/harbour-study-guide.pdf (1 page)\n"
    )
    assert sorted(p.name for p in Path("pdfs").iterdir()) == [
        "harbour-answer-key.pdf",
        "harbour-study-guide.pdf",
    ]


def test_render_shows_a_font_warning_once(bank_file: Path) -> None:
    result = runner.invoke(app, ["render", str(bank_file), "--font", str(VERA)])
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        "warning: the font Vera.ttf has no glyph for 3 characters of the text, printed as a box: "
        "'ř' (U+0159), 'ź' (U+017A), '→' (U+2192); give a font that has them with --font PATH\n"
    )
    assert result.stdout.count("Wrote output/") == 3


def test_render_a_missing_bank(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["render", "missing.yaml"])
    assert result.exit_code == 4
    assert result.stdout == ""
    assert result.stderr == (
        "error: missing.yaml: no such question bank [SG100]\n"
        "hint: create one with: studyguide generate ARTICLE -o BANK\n"
    )
    assert not Path("output").exists()


def test_render_a_missing_font(bank_file: Path) -> None:
    result = runner.invoke(app, ["render", str(bank_file), "--font", "nope.ttf"])
    assert result.exit_code == 5
    assert result.stderr == (
        "error: nope.ttf: no such font file [SG201]\n"
        "hint: give the path of a TrueType (.ttf) font, or leave out --font to use an installed "
        "one\n"
    )
    assert not Path("output").exists()


def test_render_refuses_an_unknown_paper_size(bank_file: Path) -> None:
    result = runner.invoke(app, ["render", str(bank_file), "--paper", "legal"])
    assert result.exit_code == 2
    message = " ".join(result.stderr.replace("│", " ").split())
    assert (
        "Invalid value for '--paper': Value error, 'legal' is not one of 'letter', 'a4'." in message
    )
