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
        "Wrote output/harbour-study-guide.pdf (2 pages)\n"
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
        "Wrote pdfs/harbour-answer-key.pdf (1 page)\nWrote pdfs/harbour-study-guide.pdf (2 pages)\n"
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
    assert "Invalid value for '--paper': 'legal' is not one of 'letter', 'a4'." in message


def _worksheet_text(path: str) -> str:
    return " ".join(page_texts(Path(path).read_bytes()))


def test_render_prints_only_the_questions_the_filters_choose(bank_file: Path) -> None:
    result = runner.invoke(
        app,
        ["render", str(bank_file), "--worksheet", "--type", "mc", "--type", "match,short"]
        + ["--tag", "person", "--difficulty", "easy", "--difficulty", "medium"],
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == "Wrote output/harbour-worksheet.pdf (1 page)\n"
    text = _worksheet_text("output/harbour-worksheet.pdf")
    assert "2 questions" in text
    assert "1. Who said “We promised a safer crossing" in text
    assert "2. Match each person with their role." in text
    assert "Engineers replaced 40 cables in 2021." not in text


def test_render_of_one_article(bank_file: Path) -> None:
    result = runner.invoke(
        app, ["render", str(bank_file), "--guide", "--article", "harbour-bridge"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == "Wrote output/harbour-bridge-study-guide.pdf (2 pages)\n"  # its name


def test_render_an_article_the_bank_lacks(bank_file: Path) -> None:
    result = runner.invoke(app, ["render", str(bank_file), "--article", "harbor-bridge"])
    assert result.exit_code == 3
    assert result.stderr == (
        'error: harbour.yaml: the bank has no article "harbor-bridge" [SG300]\n'
        'hint: did you mean "harbour-bridge"?\n'
    )
    assert not Path("output").exists()


def test_render_filters_that_leave_nothing(bank_file: Path) -> None:
    result = runner.invoke(app, ["render", str(bank_file), "--tag", "Date", "--difficulty", "hard"])
    assert result.exit_code == 3
    assert result.stderr == (
        "error: harbour.yaml: the bank has no hard questions tagged Date [SG300]\n"
        "hint: the bank's 6 questions have types: multiple_choice, true_false, fill_blank, "
        "short_answer, matching, ordering; tags: claim, date, person, quote; difficulties: "
        "easy, medium, hard\n"
    )
    assert not Path("output").exists()


def test_render_refuses_an_unknown_type(bank_file: Path) -> None:
    result = runner.invoke(app, ["render", str(bank_file), "--type", "essay"])
    assert result.exit_code == 2
    message = " ".join(result.stderr.replace("│", " ").split())
    assert "Invalid value for '--type': unknown question type \"essay\"; choose from:" in message


def test_render_versions(bank_file: Path) -> None:
    result = runner.invoke(app, ["render", str(bank_file), "--versions", "2", "--seed", "5"])
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Wrote output/harbour-worksheet-A.pdf (2 pages)\n"
        "Wrote output/harbour-answer-key-A.pdf (1 page)\n"
        "Wrote output/harbour-worksheet-B.pdf (2 pages)\n"
        "Wrote output/harbour-answer-key-B.pdf (1 page)\n"
        "Wrote output/harbour-study-guide.pdf (2 pages)\n"
    )
    first = Path("output/harbour-worksheet-A.pdf").read_bytes()
    again = runner.invoke(app, ["render", str(bank_file), "--versions", "2", "--seed", "5"])
    assert again.exit_code == 0, again.output
    assert Path("output/harbour-worksheet-A.pdf").read_bytes() == first
    assert "Worksheet · Version A ·" in " ".join(page_texts(first))


def test_render_refuses_too_many_versions(bank_file: Path) -> None:
    result = runner.invoke(app, ["render", str(bank_file), "--versions", "27"])
    assert result.exit_code == 2
    message = " ".join(result.stderr.replace("│", " ").split())
    assert "Invalid value for '--versions': 27 is not in the range 1<=x<=26." in message
