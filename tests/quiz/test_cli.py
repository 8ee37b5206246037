"""`studyguide quiz` through typer's CliRunner, with answers piped on standard input."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

import studyguide.cli  # noqa: F401  (registers every command)
import studyguide.quiz
from studyguide.bank import save_bank
from studyguide.cli.app import app
from studyguide.model import Bank
from tests.quiz.conftest import ANSWERS, TRANSCRIPTS

COLOURS = re.compile(r"\x1b\[[0-9;]*m")


def _quiz(*args: str | Path, answers: str = "", env: Mapping[str, str] | None = None) -> Result:
    environment = {"COLUMNS": "120", "NO_COLOR": None, "FORCE_COLOR": None, "TERM": "xterm"}
    environment.update(env or {})
    return CliRunner().invoke(
        app, ["quiz", *map(str, args)], input=answers, env=environment, catch_exceptions=False
    )


def test_piped_answers_give_the_whole_quiz(bank_file: Path) -> None:
    result = _quiz(bank_file, "--no-shuffle", "--seed", "7", answers=ANSWERS)

    assert result.exit_code == 0
    assert result.stderr == ""
    # The same quiz as the library's, at 80 columns although the terminal is wider.
    assert result.stdout == (TRANSCRIPTS / "harbour.txt").read_text(encoding="utf-8")


def test_the_same_seed_asks_in_the_same_order(bank_file: Path) -> None:
    first = _quiz(bank_file, "--seed", "11", answers="s\n" * 6)
    again = _quiz(bank_file, "--seed", "11", answers="s\n" * 6)
    other = _quiz(bank_file, "--seed", "12", answers="s\n" * 6)

    def order(result: Result) -> list[str]:
        return [
            line.split(" · ")[1].split(" ─")[0]
            for line in result.stdout.splitlines()
            if line.startswith("Question ")
        ]

    assert order(first) == order(again)
    assert sorted(order(first)) == sorted(order(other))
    assert order(first) != order(other)


def test_types_and_an_honest_count(bank_file: Path) -> None:
    result = _quiz(bank_file, "--types", "tf,fill", "-n", "5", "--no-shuffle", answers="f\n2023\n")

    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[:2] == [
        "The bank has only 2 questions of those types, so the quiz asks all of them.",
        "Harbour Bridge: 2 questions",
    ]
    assert "Score: 2 of 2 points (100%) · 2 of 2 right" in lines


def test_count_takes_the_first_questions_without_shuffle(bank_file: Path) -> None:
    result = _quiz(bank_file, "--count", "2", "--no-shuffle", answers="b\nf\n")

    assert result.exit_code == 0
    assert "Harbour Bridge: 2 questions" in result.stdout
    assert "Nothing missed. Well done!" in result.stdout


def test_results_file(bank_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "results.json"
    result = _quiz(bank_file, "--no-shuffle", "--results", target, answers="b\nt\n")

    assert result.exit_code == 0
    assert result.stdout.endswith(f"\nResults written to {target}\n")
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["stopped"] == "end_of_input"
    assert data["questions_in_quiz"] == 6
    assert data["score"] == {
        "asked": 2,
        "correct": 1,
        "incorrect": 1,
        "skipped": 0,
        "points": 1,
        "possible": 2,
        "percent": 50.0,
    }
    assert [(q["id"], q["outcome"], q["answer"]) for q in data["questions"]] == [
        ("q-mc-speaker", "correct", "b"),
        ("q-tf-cables", "incorrect", "t"),
    ]
    assert [p.name for p in target.parent.iterdir()] == ["results.json"]


def test_q_ends_the_quiz_with_exit_0(bank_file: Path) -> None:
    result = _quiz(bank_file, "--no-shuffle", answers="b\nq\nthis line is never read\n")

    assert result.exit_code == 0
    assert "Stopping here." in result.stdout
    assert "You stopped after 1 of 6 questions." in result.stdout


def test_ctrl_c_ends_the_quiz_with_a_summary_and_exit_130(
    bank_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*args: object, **kwargs: object) -> studyguide.quiz.Ask:
        def ask(prompt: str) -> str:
            raise KeyboardInterrupt

        return ask

    monkeypatch.setattr(studyguide.quiz, "read_answers", interrupted)
    target = tmp_path / "results.json"
    result = _quiz(bank_file, "--results", target)

    assert result.exit_code == 130
    assert "Interrupted: stopping here." in result.stdout
    assert "You stopped after 0 of 6 questions." in result.stdout
    assert json.loads(target.read_text(encoding="utf-8"))["stopped"] == "interrupted"


def test_colour_and_no_color_and_plain(bank_file: Path) -> None:
    coloured = _quiz(bank_file, "--no-shuffle", answers="b\n", env={"FORCE_COLOR": "1"})
    no_color = _quiz(
        bank_file, "--no-shuffle", answers="b\n", env={"FORCE_COLOR": "1", "NO_COLOR": "1"}
    )
    plain = _quiz(bank_file, "--no-shuffle", "--plain", answers="b\n", env={"FORCE_COLOR": "1"})

    assert "\x1b[1;32m✓ Right" in coloured.stdout
    assert "\x1b[1m✓ Right" in no_color.stdout
    assert not [code for code in COLOURS.findall(no_color.stdout) if re.search(r"3\dm", code)]
    assert "\x1b" not in plain.stdout
    assert "Right: b) Elena Dvořák" in plain.stdout.splitlines()
    assert COLOURS.sub("", coloured.stdout) == COLOURS.sub("", no_color.stdout)


def test_a_missing_bank(tmp_path: Path) -> None:
    result = _quiz(tmp_path / "missing.yaml")

    assert result.exit_code == 4
    assert result.stdout == ""
    assert result.stderr == (
        f"error: {tmp_path / 'missing.yaml'}: no such question bank [SG100]\n"
        "hint: create one with: studyguide generate ARTICLE -o BANK\n"
    )


def test_no_questions_of_the_types_asked(bank_file: Path, harbour_bank: Bank) -> None:
    only_choice = Bank(harbour_bank.title, harbour_bank.articles, harbour_bank.questions[:2])
    save_bank(only_choice, bank_file)
    result = _quiz(bank_file, "--types", "order", "--types", "match")

    assert result.exit_code == 3
    assert result.stderr == (
        f"error: {bank_file}: the bank has no ordering or matching questions [SG300]\n"
        "hint: its questions are of these types: multiple_choice, true_false\n"
    )


def test_an_unknown_type(bank_file: Path) -> None:
    result = _quiz(bank_file, "--types", "mc,essay")

    assert result.exit_code == 2
    assert "Invalid value for '--types': unknown question type 'essay'; choose from:" in (
        " ".join(result.stderr.replace("│", " ").split())
    )


def test_results_that_cannot_be_written(bank_file: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder\n", encoding="utf-8")
    target = blocker / "results.json"
    result = _quiz(bank_file, "--results", target, answers="q\n")

    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {target}: could not write the results (")
    assert result.stderr.endswith(") [SG000]\n")
