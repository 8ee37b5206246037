"""The README's main job, on the bundled sample article."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from studyguide.bank import check_file, load_bank
from studyguide.cli import app

pytestmark = pytest.mark.slow

runner = CliRunner()


def _flat(text: str) -> str:
    """Text without white space, and with any printed blank line as one marker."""
    return re.sub(r"_{3,}", "_____", re.sub(r"\s+", "", text))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("build")
    result = runner.invoke(
        app, ["build", "--bank-folder", str(folder / "question_bank"), "-o", str(folder / "output")]
    )
    assert result.exit_code == 0, result.output
    bank = folder / "question_bank" / "assad-coalition.yaml"
    assert f"Next:  studyguide quiz {bank}" in result.output  # what to run next
    return folder


def test_build_writes_bank_and_three_pdfs(built: Path) -> None:
    assert (built / "question_bank" / "assad-coalition.yaml").is_file()
    for suffix in ("worksheet", "answer-key", "study-guide"):
        assert (built / "output" / f"assad-coalition-{suffix}.pdf").is_file()


def test_bank_is_grounded_and_valid(built: Path) -> None:
    path = built / "question_bank" / "assad-coalition.yaml"
    bank, problems = check_file(path)
    assert problems == []
    assert bank is not None
    # The sample supports a handful of good questions: fewer than --count, never padded.
    assert 4 <= len(bank.questions) <= 25
    assert any("main idea" in q.tags for q in bank.questions)
    text = bank.articles[0].text
    for question in bank.questions:
        assert question.evidence
        for evidence in question.evidence:
            assert text[evidence.start : evidence.end] == evidence.text


def test_every_prompt_is_in_every_pdf(built: Path) -> None:
    bank = load_bank(built / "question_bank" / "assad-coalition.yaml")
    for suffix in ("worksheet", "answer-key"):
        reader = PdfReader(built / "output" / f"assad-coalition-{suffix}.pdf")
        pdf_text = _flat("".join(page.extract_text() for page in reader.pages))
        missing = [q.prompt for q in bank.questions if _flat(q.prompt) not in pdf_text]
        assert missing == [], suffix


def test_same_seed_gives_the_same_bank(built: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.yaml"
    sample = Path(__file__).parent.parent / "studyguide" / "examples" / "assad-coalition.txt"
    result = runner.invoke(app, ["generate", str(sample), "-o", str(again)])
    assert result.exit_code == 0, result.output
    first = (built / "question_bank" / "assad-coalition.yaml").read_bytes()
    assert again.read_bytes() == first


def test_two_articles_of_one_name_make_a_bank_that_validates(tmp_path: Path) -> None:
    from tests.support import HARBOUR_TEXT

    for folder in ("news", "old"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(HARBOUR_TEXT, encoding="utf-8")
    bank = tmp_path / "bank.yaml"
    paths = [str(tmp_path / folder / "story.txt") for folder in ("news", "old")]
    result = runner.invoke(app, ["generate", *paths, "-o", str(bank)])
    assert result.exit_code == 0, result.output
    assert [a.id for a in load_bank(bank).articles] == ["story", "story-2"]
    checked, problems = check_file(bank)
    assert checked is not None, problems
