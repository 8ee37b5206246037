"""Collecting the problems of one bank file, each at a line and column of the file."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

import yaml
from yaml.nodes import Node

from studyguide.bank.codes import Code
from studyguide.errors import Problem, Severity

Where = Node | yaml.Mark | tuple[int, int] | None
"""A place in the file: a node, a mark, a 1-based (line, column), or None for the start."""


def position(where: Where) -> tuple[int, int]:
    """The 1-based line and column of a place in the file."""
    if where is None:
        return 1, 1
    if isinstance(where, tuple):
        return where
    mark = where.start_mark if isinstance(where, Node) else where
    return mark.line + 1, mark.column + 1


class Report:
    """The problems found so far in one file."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self._problems: list[Problem] = []

    def error(self, where: Where, code: Code, message: str, hint: str | None = None) -> None:
        self._add(where, code, message, hint, Severity.ERROR)

    def warning(self, where: Where, code: Code, message: str, hint: str | None = None) -> None:
        self._add(where, code, message, hint, Severity.WARNING)

    def _add(
        self, where: Where, code: Code, message: str, hint: str | None, severity: Severity
    ) -> None:
        line, column = position(where)
        self._problems.append(
            Problem(self.filename, line, column, code.code, message, hint, severity)
        )

    @property
    def has_errors(self) -> bool:
        return any(p.severity is Severity.ERROR for p in self._problems)

    @property
    def problems(self) -> list[Problem]:
        """Every problem, in the order of the file (and of finding, within one place)."""
        return sorted(self._problems, key=lambda p: (p.line, p.column))


def quoted(value: str, limit: int = 60) -> str:
    """A value as messages show it: in double quotes, shortened when long, on one line."""
    flat = " ".join(value.split()) if "\n" in value else value
    if len(flat) > limit:
        flat = flat[: limit - 1] + "…"
    return f'"{flat}"'


def closest(value: str, options: Iterable[str]) -> str | None:
    """The option `value` was most likely meant to be, if one is close enough."""
    names = list(options)
    key = value.strip().lower().replace("-", "_").replace(" ", "_")
    close = [name for name in names if name.lower() == key]
    close = close or difflib.get_close_matches(value, names, n=1, cutoff=0.6)
    return close[0] if close else None


def did_you_mean(value: str, options: Iterable[str], also: str = "") -> str:
    """'did you mean "x"?' when an option is close to `value`, else `also` (may be empty)."""
    suggestion = closest(value, options)
    return f"did you mean {quoted(suggestion)}?" if suggestion else also


def listing(options: Iterable[str]) -> str:
    return ", ".join(options)
