"""Where answers come from: a terminal, a pipe, or a test's script.

The quiz asks through an `Ask`: a function that shows a prompt and returns the line the
student typed. It raises EOFError when the answers run out and lets KeyboardInterrupt
through on Ctrl-C; the quiz stops cleanly on both. Given the `seconds` the student has
left, a terminal counts them down beside the prompt and raises `TimeUp` when they run out;
a pipe has no one waiting to read a countdown, and ignores them.
"""

from __future__ import annotations

import asyncio
import io
import math
import sys
import time
from typing import Protocol, TextIO

from rich.console import Console
from rich.text import Text

from studyguide.quiz.literal import literal


class Ask(Protocol):
    """Shows `prompt` and returns the line typed; `seconds`, where given, is the time the
    student has left to type it."""

    def __call__(self, prompt: str, /, seconds: float | None = None) -> str: ...


class TimeUp(Exception):
    """The question's time ran out before the student pressed Enter."""


_TICK = 0.5
"""Seconds between redraws of the countdown."""
_HURRY = 5
"""Seconds left from which the countdown shows in red."""


def read_terminal(console: Console, *, plain: bool = False) -> Ask:
    """Answers typed at an interactive terminal, with line editing where readline exists;
    asked with the `seconds` left, with those counting down beside the prompt."""
    try:
        import readline  # noqa: F401  (importing it is what gives input() line editing)
    except ImportError:
        pass

    def ask(prompt: str, /, seconds: float | None = None) -> str:
        if seconds is None or not sys.stdout.isatty():
            # Output sent to a file has no line to count down on: timed as a pipe is.
            return console.input(_prompt(prompt, plain))
        return _within(seconds, prompt, plain)

    return ask


def _within(seconds: float, prompt: str, plain: bool) -> str:
    """A line typed within `seconds`, which count down at the right of the line; TimeUp
    when they run out."""
    from prompt_toolkit import PromptSession
    from prompt_toolkit.application.current import get_app
    from prompt_toolkit.formatted_text import FormattedText
    from prompt_toolkit.output import create_output
    from prompt_toolkit.output.vt100 import Vt100_Output

    deadline = time.monotonic() + seconds

    def left() -> FormattedText:
        if get_app().is_done:
            return FormattedText([])  # the answer line as it stays on the screen
        whole = max(0, math.ceil(deadline - time.monotonic()))
        style = "" if plain else ("bold ansired" if whole <= _HURRY else "ansiyellow")
        return FormattedText([(style, f"{whole} s left")])

    def close_on_time() -> None:
        app = get_app()

        def time_up() -> None:
            if app.is_running and not app.is_done:
                app.exit(exception=TimeUp())

        asyncio.get_running_loop().call_later(max(0.0, deadline - time.monotonic()), time_up)

    message = FormattedText([(_PROMPT_STYLE[plain], prompt)])
    output = create_output()
    if isinstance(output, Vt100_Output):
        # Where the cursor stands matters only to menus, which this prompt has none of; a
        # terminal that does not say would get a warning instead.
        output.enable_cpr = False
    session: PromptSession[str] = PromptSession(output=output)
    return session.prompt(message, rprompt=left, refresh_interval=_TICK, pre_run=close_on_time)


def read_lines(stream: TextIO, console: Console, *, plain: bool = False) -> Ask:
    """Answers read line by line from `stream` (a pipe, a file, a StringIO). Each answer is
    printed after its prompt, as a terminal would echo it, so that the transcript reads
    as question, answer, feedback."""

    def ask(prompt: str, /, seconds: float | None = None) -> str:
        console.print(_prompt(prompt, plain), end="")
        line = stream.readline()
        if not line:
            raise EOFError
        answer = line.rstrip("\r\n")
        console.print(literal(answer))
        return answer

    return ask


def read_answers(stream: TextIO, console: Console, *, plain: bool = False) -> Ask:
    """The right reader for `stream`: the terminal's when it is the interactive standard
    input, otherwise line by line."""
    if stream is sys.stdin and isinstance(stream, io.TextIOWrapper):
        # Bytes that are no text in its encoding (a stray key, a file of another encoding)
        # read as "�": a wrong answer like any other, not the end of the quiz.
        stream.reconfigure(errors="replace")
    if stream is sys.stdin and stream.isatty():
        return read_terminal(console, plain=plain)
    return read_lines(stream, console, plain=plain)


_PROMPT_STYLE = {False: "bold", True: ""}
"""The prompt's style, by whether the output is plain."""


def _prompt(prompt: str, plain: bool) -> Text:
    return Text(prompt, style=_PROMPT_STYLE[plain])
