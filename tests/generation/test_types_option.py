"""`--types` on generate and build: only the question types asked for."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from studyguide.bank import load_bank
from studyguide.cli import app
from studyguide.cli.generate import chosen_types
from studyguide.model import QuestionType

runner = CliRunner()
SAMPLE = Path(__file__).parents[2] / "studyguide" / "examples" / "assad-coalition.txt"


def test_types_by_name_and_short_name() -> None:
    assert chosen_types(["mc, true_false,short-answer", "ordering,mc"]) == (
        QuestionType.MULTIPLE_CHOICE,
        QuestionType.TRUE_FALSE,
        QuestionType.SHORT_ANSWER,
        QuestionType.ORDERING,
    )
    assert chosen_types(None) is None
    assert chosen_types(["fb,sa"]) == (QuestionType.FILL_BLANK, QuestionType.SHORT_ANSWER)


def test_an_unknown_type_is_refused_with_the_list_of_types() -> None:
    with pytest.raises(typer.BadParameter) as raised:
        chosen_types(["mc,essay"])
    assert str(raised.value) == (
        'unknown question type "essay"; choose from: multiple_choice (mc), true_false (tf),'
        " fill_blank (fill), short_answer (short), matching (match), ordering (order)"
    )


def test_generate_writes_only_the_types_asked_for(tmp_path: Path) -> None:
    path = tmp_path / "bank.yaml"
    result = runner.invoke(
        app, ["generate", str(SAMPLE), "-o", str(path), "--types", "sa,tf", "-n", "5"]
    )
    assert result.exit_code == 0, result.output
    bank = load_bank(path)
    assert {q.type for q in bank.questions} == {
        QuestionType.SHORT_ANSWER,
        QuestionType.TRUE_FALSE,
    }
    assert len(bank.questions) == 5
