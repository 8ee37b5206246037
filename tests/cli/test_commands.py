"""analyze, generate and the messages every command gives for bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from studyguide.cli import app

runner = CliRunner()

ARTICLE = (
    "Harbour Bridge Reopens\n"
    "KINGSTOWN (Coastline News) — The Old Harbour Bridge reopened on Monday after two years of "
    "repairs, Mayor Elena Novak said.\n"
    "“We promised a safer crossing, and today we keep that promise,” Novak said at the ceremony.\n"
    "Engineers replaced 40 cables in 2023, and the work cost 12 million euros.\n"
    "Opposition councillor Tomas Berg said the project ran a year late.\n"
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_analyze_report(article: Path) -> None:
    result = runner.invoke(app, ["analyze", str(article), "--published", "2024-05-08"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[:5] == [
        "Harbour Bridge Reopens",
        "======================",
        "Source: Coastline News",
        "Place: Kingstown",
        "Published: 2024-05-08",
    ]
    assert "  Elena Novak (Mayor) — also “Novak”" in lines
    assert "    - “We promised a safer crossing, and today we keep that promise”" in lines


def test_analyze_json_follows_the_contract(article: Path) -> None:
    result = runner.invoke(app, ["analyze", str(article), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    (quote,) = data["quotes"]
    assert ARTICLE[quote["start"] : quote["end"]] == quote["text"]
    assert (quote["speaker"], quote["kind"]) == ("Elena Novak", "direct")
    assert {"start", "end", "value"} <= set(data["dates"][0])


def test_generate_writes_a_bank(article: Path, tmp_path: Path) -> None:
    bank = tmp_path / "bank.yaml"
    result = runner.invoke(app, ["generate", str(article), "-o", str(bank), "--count", "3"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"Wrote {bank}: 3 questions (")
    assert bank.read_text(encoding="utf-8").startswith("# ")


def test_generate_says_why_it_made_fewer(article: Path, tmp_path: Path) -> None:
    bank = tmp_path / "bank.yaml"
    result = runner.invoke(app, ["generate", str(article), "-o", str(bank), "--count", "200"])
    assert result.exit_code == 0, result.output
    assert "note: harbour: asked for 200 questions, made " in result.output
    assert "the article gave" in result.output


def test_bad_published_date(article: Path) -> None:
    result = runner.invoke(app, ["analyze", str(article), "--published", "May 8"])
    assert result.exit_code == 2
    assert "'May 8' is not a date like 2015-10-11" in result.output


@pytest.mark.parametrize("command", ["analyze", "generate", "build"])
def test_missing_article(command: str, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = runner.invoke(app, [command, str(missing)])
    assert result.exit_code == 3
    assert result.output == (
        f"error: {missing}: no such file [SG001]\nhint: check the path and the file name\n"
    )


def test_empty_and_binary_articles(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n")
    result = runner.invoke(app, ["generate", str(empty)])
    assert (result.exit_code, result.output.splitlines()[0]) == (
        3,
        f"error: {empty}: is empty [SG002]",
    )
    binary = tmp_path / "scan.pdf"
    binary.write_bytes(b"%PDF-1.4\x00\x01\x02\x03binary")
    result = runner.invoke(app, ["analyze", str(binary)])
    assert (result.exit_code, result.output.splitlines()[0]) == (
        3,
        f"error: {binary}: is a binary file, not text [SG003]",
    )


@pytest.mark.parametrize("command", ["render", "quiz", "validate"])
def test_missing_bank(command: str, tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    result = runner.invoke(app, [command, str(missing)])
    assert result.exit_code == 4
    assert f"error: {missing}: no such question bank [SG100]" in result.output
    assert "Traceback" not in result.output


def test_help_lists_every_command() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("analyze", "generate", "build", "validate", "render", "quiz"):
        assert command in result.output
