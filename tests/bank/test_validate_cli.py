"""`studyguide validate` through typer's CliRunner: exact output and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import studyguide.cli  # noqa: F401  (registers every command on the app)
from studyguide.bank import dump_bank
from studyguide.cli.app import app
from studyguide.model import Bank

runner = CliRunner()

ONE_ARTICLE = """\
schema: 1
title: Test bank
articles:
  - id: bridge
    title: Bridge reopens
    text: The bridge opened in 2003. "It is safe," the mayor said.
questions:
"""

WITH_ERRORS = ONE_ARTICLE + (
    "  - type: multiple_choice\n"
    "    promt: When did it open?\n"
    "    choices: [2003, 2011]\n"
    "    answer: 2033\n"
    "  - type: fill_blank\n"
    "    prompt: When did it open?\n"
    "    answer: 2003\n"
)

WITH_A_WARNING = ONE_ARTICLE + (
    "  - type: short_answer\n"
    "    prompt: Who spoke?\n"
    "    answer: The mayor\n"
    "    evidence:\n"
    "      - text: the mayor said.\n"
    "        start: 40\n"
    "        end: 55\n"
)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_valid_bank(tmp_path: Path, harbour_bank: Bank) -> None:
    path = _write(tmp_path, "harbour.yaml", dump_bank(harbour_bank))
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0
    assert result.stdout == f"{path}: ok (6 questions, 1 article)\n"
    assert result.stderr == ""


def test_warnings_are_shown_but_do_not_fail(tmp_path: Path) -> None:
    path = _write(tmp_path, "bank.yaml", WITH_A_WARNING)
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0
    assert result.stdout == (
        f"{path}:12:9: SG132 warning: question 1, evidence 1: "
        "the text no longer matches the article at 40..55\n"
        "    hint: the text is at 41..56: set start: 41 and end: 56\n"
        f"{path}: ok, 1 warning (1 question, 1 article)\n"
    )


def test_every_problem_then_a_summary_and_exit_4(tmp_path: Path) -> None:
    path = _write(tmp_path, "bank.yaml", WITH_ERRORS)
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 4
    assert result.stdout == (
        f'{path}:9:5: SG116 question 1: unknown key "promt"\n'
        '    hint: did you mean "prompt"?\n'
        f'{path}:11:13: SG125 question 1: answer "2033" is not among the choices\n'
        '    hint: did you mean "2003"?\n'
        f"{path}:13:13: SG133 warning: question 2: the prompt has no blank to fill in\n"
        "    hint: mark the missing words with _____\n"
        f"{path}: 2 errors, 1 warning\n"
    )


def test_a_syntax_error_shows_the_line_with_a_caret(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "bank.yaml", ONE_ARTICLE + "  - type: short_answer\n    prompt: Is it: safe?\n"
    )
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 4
    assert result.stdout == (
        f"{path}:9:18: SG110 YAML syntax error: mapping values are not allowed here\n"
        '    hint: text that holds ": " must be put in quotes\n'
        "              prompt: Is it: safe?\n"
        "                           ^\n"
        f"{path}: 1 error\n"
    )


def test_several_banks_each_get_a_summary(tmp_path: Path, harbour_bank: Bank) -> None:
    good = _write(tmp_path, "good.yaml", dump_bank(harbour_bank))
    bad = _write(tmp_path, "bad.yaml", "- a list\n")
    result = runner.invoke(app, ["validate", str(good), str(bad)])
    assert result.exit_code == 4
    assert result.stdout == (
        f"{good}: ok (6 questions, 1 article)\n"
        f"{bad}:1:1: SG112 the top level must be a mapping (schema, title, articles, questions), "
        "not a list\n"
        "    hint: a bank starts with the lines schema: 1 and title: ...\n"
        f"{bad}: 1 error\n"
    )


def test_a_missing_bank_is_one_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "missing.yaml"
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 4
    assert result.stdout == ""
    assert result.stderr == (
        f"error: {path}: no such question bank [SG100]\n"
        "hint: create one with: studyguide generate ARTICLE -o BANK\n"
    )


def test_a_missing_bank_does_not_stop_the_others(tmp_path: Path, harbour_bank: Bank) -> None:
    good = _write(tmp_path, "good.yaml", dump_bank(harbour_bank))
    result = runner.invoke(app, ["validate", str(tmp_path / "missing.yaml"), str(good)])
    assert result.exit_code == 4
    assert result.stdout == f"{good}: ok (6 questions, 1 article)\n"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            "error: {path}: is a binary file, not a question bank [SG101]\n",
        ),
        (b"", "{path}:1:1: SG111 the file is empty\n"),
        (b"- schema: 1\n", "{path}:1:1: SG112 the top level must be a mapping"),
        (b"title: !!python/object:os.system x\n", "{path}:1:8: SG113 YAML tags are not allowed"),
        (b"a: &x [1]\nb: [*x, *x]\n", "{path}:1:4: SG114 YAML anchors are not allowed: &x\n"),
    ],
    ids=["binary", "empty", "list", "python-tag", "alias"],
)
def test_unsafe_or_unusable_files_fail_with_a_message_naming_the_file(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "bank.yaml"
    path.write_bytes(content)
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 4
    assert expected.format(path=path) in result.output
    assert "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)


def test_json_output_for_scripts(tmp_path: Path) -> None:
    path = _write(tmp_path, "bank.yaml", WITH_A_WARNING)
    missing = tmp_path / "missing.yaml"
    result = runner.invoke(app, ["validate", "--format", "json", str(path), str(missing)])
    assert result.exit_code == 4
    assert result.stderr == ""
    assert json.loads(result.stdout) == [
        {
            "file": str(path),
            "line": 12,
            "column": 9,
            "code": "SG132",
            "severity": "warning",
            "message": "question 1, evidence 1: the text no longer matches the article at 40..55",
            "hint": "the text is at 41..56: set start: 41 and end: 56",
        },
        {
            "file": str(missing),
            "line": None,
            "column": None,
            "code": "SG100",
            "severity": "error",
            "message": f"{missing}: no such question bank",
            "hint": "create one with: studyguide generate ARTICLE -o BANK",
        },
    ]


def test_json_output_of_a_clean_bank_is_an_empty_list(tmp_path: Path, harbour_bank: Bank) -> None:
    path = _write(tmp_path, "harbour.yaml", dump_bank(harbour_bank))
    result = runner.invoke(app, ["validate", "--format", "json", str(path)])
    assert result.exit_code == 0
    assert result.stdout == "[]\n"
