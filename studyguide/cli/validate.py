"""`studyguide validate`: check hand-edited banks and list every problem with its place."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from studyguide.cli.app import app, json_text, report_error, say
from studyguide.errors import BankError, ExitCode, Problem, Severity, counted

_HINT = "    hint: "


class OutputFormat(str, Enum):
    TEXT = "text"
    JSON = "json"


@app.command()
def validate(
    banks: Annotated[list[Path], typer.Argument(metavar="BANK", help="Bank files to check.")],
    output_format: Annotated[
        OutputFormat,
        typer.Option("--format", help="text for people, json (a list of problems) for scripts."),
    ] = OutputFormat.TEXT,
) -> None:
    """Check question banks after editing: every problem, with its line, column and a hint.

    Exits with 0 when no bank has errors (warnings are allowed) and 4 when one has.
    """
    from studyguide.bank import check_file  # lazily: PyYAML only when a bank is read

    failed = False
    found: list[dict[str, Any]] = []
    for path in banks:
        try:
            bank, problems = check_file(path)
        except BankError as error:
            failed = True
            if output_format is OutputFormat.JSON:
                found.append(_error_record(path, error))
            else:
                report_error(error)
            continue
        errors = sum(p.severity is Severity.ERROR for p in problems)
        failed = failed or errors > 0
        if output_format is OutputFormat.JSON:
            found.extend(_problem_record(p) for p in problems)
            continue
        for problem in problems:
            say(format_problem(problem))
        warnings = len(problems) - errors
        if bank is None:
            say(
                f"{path}: {counted(errors, 'error')}"
                + (f", {counted(warnings, 'warning')}" if warnings else "")
            )
        else:
            state = f"ok, {counted(warnings, 'warning')}" if warnings else "ok"
            questions = counted(len(bank.questions), "question")
            contents = f"{questions}, {counted(len(bank.articles), 'article')}"
            say(f"{path}: {state} ({contents})")
    if output_format is OutputFormat.JSON:
        say(json_text(found))
    if failed:
        raise typer.Exit(int(ExitCode.INVALID_BANK))


def format_problem(problem: Problem) -> str:
    """A problem and its hint as `validate` prints them, the hint's lines indented under it."""
    if not problem.hint:
        return str(problem)
    hint = problem.hint.replace("\n", "\n" + " " * len(_HINT))
    return f"{problem}\n{_HINT}{hint}"


def _problem_record(problem: Problem) -> dict[str, Any]:
    return {
        "file": problem.file,
        "line": problem.line,
        "column": problem.column,
        "code": problem.code,
        "severity": problem.severity.value,
        "message": problem.message,
        "hint": problem.hint,
    }


def _error_record(path: Path, error: BankError) -> dict[str, Any]:
    """A bank that could not be read at all, as a problem without a line."""
    return {
        "file": str(path),
        "line": None,
        "column": None,
        "code": error.code,
        "severity": Severity.ERROR.value,
        "message": error.message,
        "hint": error.hint,
    }
