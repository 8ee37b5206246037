"""The typer application and the one place where library errors become messages."""

from __future__ import annotations

import sys
import warnings
from typing import Any

import typer
from typer.core import TyperGroup

from studyguide.errors import ExitCode, InvalidBank, StudyguideError, StudyguideWarning


class _Group(TyperGroup):
    """Runs a command and turns a `StudyguideError` into a message and its exit code."""

    def invoke(self, ctx: Any) -> Any:  # typer's click Context; its class is not public
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("always", StudyguideWarning)
                warnings.showwarning = _show_note
                return super().invoke(ctx)
        except StudyguideError as error:
            report_error(error)
            raise typer.Exit(int(error.exit_code)) from None
        except KeyboardInterrupt:
            typer.echo("Interrupted.", err=True)
            raise typer.Exit(int(ExitCode.INTERRUPTED)) from None


app = typer.Typer(
    cls=_Group,
    name="studyguide",
    help=(
        "Turn a news article into a question bank, printable PDFs and a terminal quiz.\n\n"
        "Start with:  studyguide build ARTICLE.txt   (bank in question_bank/, PDFs in output/)"
    ),
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
)


def _show_note(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: Any = None,
    line: str | None = None,
) -> None:
    """Show studyguide's own warnings as notes, and others the way Python does."""
    if issubclass(category, StudyguideWarning):
        typer.echo(f"note: {message}", err=True)
    else:
        sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))


def report_error(error: StudyguideError) -> None:
    """Print an error the way every command does: problems, message with code, hint."""
    if isinstance(error, InvalidBank):
        for problem in error.problems:
            typer.echo(str(problem), err=True)
            if problem.hint:
                typer.echo(f"    hint: {problem.hint}", err=True)
    typer.echo(f"error: {error.message} [{error.code}]", err=True)
    if error.hint:
        typer.echo(f"hint: {error.hint}", err=True)


def stdin_is_interactive() -> bool:
    return sys.stdin.isatty()
