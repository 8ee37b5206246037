"""Where answers come from: a terminal, a pipe, or a test's script.

The quiz asks through an `Ask`: a function that shows a prompt and returns the line the
student typed. It raises EOFError when the answers run out and lets KeyboardInterrupt
through on Ctrl-C; the quiz stops cleanly on both.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from typing import TextIO

from rich.console import Console
from rich.text import Text

from studyguide.quiz.literal import literal

Ask = Callable[[str], str]


def read_terminal(console: Console, *, plain: bool = False) -> Ask:
    """Answers typed at an interactive terminal, with line editing where readline exists."""
    try:
        import readline  # noqa: F401  (importing it is what gives input() line editing)
    except ImportError:
        pass

    def ask(prompt: str) -> str:
        return console.input(_prompt(prompt, plain))

    return ask


def read_lines(stream: TextIO, console: Console, *, plain: bool = False) -> Ask:
    """Answers read line by line from `stream` (a pipe, a file, a StringIO). Each answer is
    printed after its prompt, as a terminal would echo it, so that the transcript reads
    as question, answer, feedback."""

    def ask(prompt: str) -> str:
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


def _prompt(prompt: str, plain: bool) -> Text:
    return Text(prompt, style="" if plain else "bold")
