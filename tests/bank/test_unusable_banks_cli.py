"""Files that cannot be banks, given to every command that reads a bank: the same clear
message naming the file, exit code 4, never a traceback, and nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import studyguide.cli  # noqa: F401  (registers every command on the app)
from studyguide.cli.app import app

runner = CliRunner()


def _alias_bomb(levels: int = 9) -> bytes:
    """Nine aliases of nine aliases...: 9**9 (387 million) strings, were it expanded."""
    lines = ["a0: &a0 [" + ", ".join(["lol"] * 9) + "]"]
    for level in range(1, levels):
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 9) + "]")
    return ("\n".join(lines) + "\n").encode()


def _invalid(problems: list[str]) -> str:
    """What a command prints for a bank with `problems` (each a line and its hint)."""
    count = len(problems) // 2
    return (
        "".join(line + "\n" for line in problems)
        + f"error: {{path}}: invalid question bank ({count} problem{'s' if count > 1 else ''})"
        " [SG102]\n"
        "hint: fix them and check with: studyguide validate {path}\n"
    )


FILES = {
    "python-tag": (
        b"schema: 1\ntitle: !!python/object/apply:os.system [touch ran]\narticles: []\n",
        _invalid(
            [
                "{path}:2:8: SG113 YAML tags are not allowed: !!python/object/apply:os.system",
                "    hint: a bank holds only text, numbers, lists and mappings; delete the tag",
            ]
        ),
    ),
    "alias-bomb": (
        _alias_bomb(),
        _invalid(
            [
                "{path}:1:5: SG114 YAML anchors are not allowed: &a0 (and 8 more)",
                "    hint: delete it; a bank writes every value out in full",
                "{path}:2:10: SG114 YAML aliases are not allowed: *a0 (and 71 more)",
                "    hint: write the value out in full where the alias stands",
            ]
        ),
    ),
    "binary": (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "error: {path}: is a binary file, not a question bank [SG101]\n"
        "hint: a question bank is a YAML text file, such as question_bank/NAME.yaml\n",
    ),
    "empty": (
        b"",
        _invalid(
            [
                "{path}:1:1: SG111 the file is empty",
                "    hint: create a bank with: studyguide generate ARTICLE -o BANK",
            ]
        ),
    ),
    "list": (
        b"- schema: 1\n- title: A list\n",
        _invalid(
            [
                "{path}:1:1: SG112 the top level must be a mapping (schema, title, articles,"
                " questions), not a list",
                "    hint: a bank starts with the lines schema: 1 and title: ...",
            ]
        ),
    ),
}

COMMANDS = {
    "render": ["render", "{path}", "-o", "{folder}/pdfs"],
    "quiz": ["quiz", "{path}", "--results", "{folder}/results.json"],
    "generate": ["generate", "{folder}/article.txt", "--bank", "{path}"],
}


def _never_called(*args: object, **options: object) -> None:
    raise AssertionError("the articles were read before the bank was checked")


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("kind", list(FILES))
def test_every_command_refuses_a_file_that_is_no_bank(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str, kind: str
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("studyguide.pipeline.build_bank", _never_called)
    content, expected = FILES[kind]
    path = tmp_path / "bank.yaml"
    path.write_bytes(content)
    (tmp_path / "article.txt").write_text("Title\nText.\n", encoding="utf-8")
    args = [arg.format(path=path, folder=tmp_path) for arg in COMMANDS[command]]
    result = runner.invoke(app, args, input="")
    assert (result.exit_code, result.stdout) == (4, "")
    assert result.stderr == expected.format(path=path)
    assert isinstance(result.exception, SystemExit)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt", "bank.yaml"]


@pytest.mark.parametrize("kind", list(FILES))
def test_validate_lists_the_same_problems(tmp_path: Path, kind: str) -> None:
    content, expected = FILES[kind]
    path = tmp_path / "bank.yaml"
    path.write_bytes(content)
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 4
    if kind == "binary":
        assert (result.stdout, result.stderr) == ("", expected.format(path=path))
    else:
        problems = expected.format(path=path).split("error: ")[0]
        errors = problems.count(": SG1")
        summary = f"{path}: {errors} error{'s' if errors > 1 else ''}\n"
        assert (result.stdout, result.stderr) == (problems + summary, "")
