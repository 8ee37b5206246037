"""render, export and quiz read the filter options as one filter: the same bank and the
same options give the same answer, word for word, whichever command is asked."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from studyguide.bank import save_bank
from studyguide.cli import app
from studyguide.model import Bank

CASES = [
    (
        ["--tag", "dates"],
        'the bank has no questions tagged "dates"',
        'did you mean "date"?',
    ),
    (
        ["--article", "ferry"],
        'the bank has no article "ferry"',
        "its articles: harbour-bridge",
    ),
    (
        ["--difficulty", "hard", "--tag", "date"],
        "the bank has no hard questions tagged date",
        "the bank's 6 questions have types: multiple_choice, true_false, fill_blank,"
        " short_answer, matching, ordering; tags: claim, date, person, quote; difficulties:"
        " easy, medium, hard",
    ),
]


@pytest.mark.parametrize(("options", "message", "hint"), CASES)
@pytest.mark.parametrize("command", ["render", "export", "quiz"])
def test_every_command_answers_a_filter_alike(
    harbour_bank: Bank,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: str,
    options: list[str],
    message: str,
    hint: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    save_bank(harbour_bank, Path("harbour.yaml"))
    result = CliRunner().invoke(app, [command, "harbour.yaml", *options], input="")
    assert result.exit_code == 3
    assert result.stderr == f"error: harbour.yaml: {message} [SG300]\nhint: {hint}\n"
    assert not Path("output").exists()
