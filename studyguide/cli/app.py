"""The typer application and the one place where library errors become messages."""

from __future__ import annotations

import json
import re
import sys
import warnings
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from studyguide.errors import (
    ExitCode,
    FileRefused,
    InvalidBank,
    StudyguideError,
    StudyguideWarning,
)

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""Characters a terminal takes as instructions (escape sequences, a carriage return that
overwrites the line, direction overrides): a bank's words or a file name may hold them."""


def visible(text: str) -> str:
    """User text as a message shows it: every control character written out ("\\x1b"), so
    that a bank or a file name can never retitle, clear or recolour the terminal."""
    return _CONTROL.sub(lambda found: found.group().encode("unicode_escape").decode(), text)


def say(message: str, err: bool = False, nl: bool = True) -> None:
    """Print a message that may echo user text: the one way commands print."""
    typer.echo(visible(message), err=err, nl=nl)


def json_text(data: Any) -> str:
    """JSON for scripts, readable (not ASCII-escaped) yet with no control character left
    raw: JSON escapes only those below 32."""
    text = json.dumps(data, indent=2, ensure_ascii=False)
    return _CONTROL.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


class _Group(TyperGroup):
    """Runs a command and turns a `StudyguideError` into a message and its exit code."""

    def invoke(self, ctx: Any) -> Any:  # typer's click Context; its class is not public
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("always", StudyguideWarning)
                warnings.showwarning = _Notes().show
                return super().invoke(ctx)
        except StudyguideError as error:
            report_error(error)
            raise typer.Exit(int(error.exit_code)) from None
        except OSError as error:
            # What no command foresaw (a full disk, a name too long): a message, not a trace.
            refused = FileRefused(error)
            report_error(refused)
            raise typer.Exit(int(refused.exit_code)) from None
        except KeyboardInterrupt:
            say("Interrupted.", err=True)
            raise typer.Exit(int(ExitCode.INTERRUPTED)) from None


app = typer.Typer(
    cls=_Group,
    name="studyguide",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
)


def _show_version(asked: bool) -> None:
    if asked:
        from studyguide import __version__

        say(f"studyguide {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_show_version,
            is_eager=True,
            help="Show studyguide's version and exit.",
        ),
    ] = False,
) -> None:
    """Turn a news article into a question bank, printable PDFs and a terminal quiz.

    Start with:  studyguide build ARTICLE.txt   (bank in question_bank/, PDFs in output/)
    """


class _Notes:
    """Shows studyguide's own warnings after their label, each message once; others the way
    Python does."""

    def __init__(self) -> None:
        self.shown: set[str] = set()

    def show(
        self,
        message: Warning | str,
        category: type[Warning],
        filename: str,
        lineno: int,
        file: Any = None,
        line: str | None = None,
    ) -> None:
        if not issubclass(category, StudyguideWarning):
            text = warnings.formatwarning(message, category, filename, lineno, line)
            sys.stderr.write(visible(text))
        elif str(message) not in self.shown:
            self.shown.add(str(message))
            say(f"{category.label}: {message}", err=True)


def report_error(error: StudyguideError) -> None:
    """Print an error the way every command does: problems, message with code, hint."""
    if isinstance(error, InvalidBank):
        for problem in error.problems:
            say(str(problem), err=True)
            if problem.hint:
                say(f"    hint: {problem.hint}", err=True)
    say(f"error: {error.message} [{error.code}]", err=True)
    if error.hint:
        say(f"hint: {error.hint}", err=True)
