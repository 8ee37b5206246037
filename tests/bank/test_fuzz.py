"""Random and mutated banks: reading one gives a Bank or InvalidBank, never anything else."""

from __future__ import annotations

from typing import Any
from unittest import mock

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studyguide.bank import check_bank, dump_bank, parse_bank, yaml_nodes
from studyguide.bank.schema import ARTICLE, BANK, EVIDENCE, PAIR, QUESTION, QUOTE
from studyguide.errors import InvalidBank, Problem, Severity
from studyguide.model import Bank
from tests.support import examples

EXAMPLES = examples(100)
"""STUDYGUIDE_TESTS=thorough tries ten times as many, for a longer hunt."""

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

YAML_PIECES = [
    ":", ": ", "- ", "\n", "  ", "    ", "[", "]", "{", "}", ",", "&a ", "*a", "!!python/object ",
    "!!int ", "'", '"', "|", ">-", "# note", "? ", "---\n", "...\n", "\t", "%YAML 1.1\n", "\x00",
    "\ufeff", "\u2028", "schema", "title", "articles", "questions", "id", "type", "prompt",
    "answer", "choices", "pairs", "left", "right", "order", "evidence", "start", "end", "text",
    "multiple_choice", "matching", "ordering", "true_false", "1", "-3", "No", "null", "~", "é",
]  # fmt: skip


def _read(text: str) -> tuple[Bank | None, list[Problem]]:
    """Check, then parse, allowing InvalidBank and nothing else to escape."""
    bank, problems = check_bank(text, "fuzz.yaml")
    for problem in problems:
        assert problem.line >= 1 and problem.column >= 1
    if bank is None:
        assert any(p.severity is Severity.ERROR for p in problems)
        with pytest.raises(InvalidBank):
            parse_bank(text, "fuzz.yaml")
    return bank, problems


@FUZZ
@given(st.text())
def test_random_text(text: str) -> None:
    _read(text)


@FUZZ
@given(st.lists(st.sampled_from(YAML_PIECES), max_size=60).map("".join))
def test_random_yaml_tokens(text: str) -> None:
    _read(text)


_KEYS = sorted(
    {name for shape in (BANK, ARTICLE, QUESTION, QUOTE, PAIR, EVIDENCE) for name in shape.names}
)
_SCALARS = st.one_of(
    st.text(max_size=12),
    st.integers(min_value=-5, max_value=500),
    st.booleans(),
    st.none(),
    st.floats(allow_nan=False),
)
_DATA: st.SearchStrategy[Any] = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.sampled_from(_KEYS) | st.text(max_size=6), inner, max_size=6),
    ),
    max_leaves=30,
)


@FUZZ
@given(
    st.fixed_dictionaries(
        {"schema": st.sampled_from([1, 1, 2, "1"]), "title": _SCALARS},
        optional={"articles": _DATA, "questions": _DATA},
    )
)
def test_random_bank_shaped_data(data: dict[str, Any]) -> None:
    _read(yaml.safe_dump(data, allow_unicode=True))


_MUTATIONS = st.lists(
    st.tuples(
        st.sampled_from(["delete", "insert", "duplicate-line", "delete-line", "indent", "dedent"]),
        st.floats(min_value=0, max_value=1),
        st.sampled_from(YAML_PIECES),
    ),
    min_size=1,
    max_size=4,
)


def _mutate(text: str, mutations: list[tuple[str, float, str]]) -> str:
    for kind, where, piece in mutations:
        lines = text.split("\n")
        index = int(where * (len(text) - 1))
        line = int(where * (len(lines) - 1))
        if kind == "delete":
            text = text[:index] + text[index + len(piece) :]
        elif kind == "insert":
            text = text[:index] + piece + text[index:]
        elif kind == "duplicate-line":
            text = "\n".join(lines[: line + 1] + lines[line:])
        elif kind == "delete-line":
            text = "\n".join(lines[:line] + lines[line + 1 :])
        elif kind == "indent":
            text = "\n".join(lines[:line] + ["  " + lines[line]] + lines[line + 1 :])
        else:
            text = "\n".join(lines[:line] + [lines[line][2:]] + lines[line + 1 :])
    return text


@settings(FUZZ, max_examples=max(1, EXAMPLES // 2))  # each example reads a whole bank
@given(_MUTATIONS)
def test_mutated_banks(harbour_bank: Bank, mutations: list[tuple[str, float, str]]) -> None:
    """A mutated bank is refused, or read; one read without warnings survives a round trip."""
    bank, problems = _read(_mutate(dump_bank(harbour_bank), mutations))
    if bank is not None and not problems:
        assert parse_bank(dump_bank(bank)) == bank


# -- libyaml finds the composer's limits first --------------------------------------------------

_SMALL_LIMITS = st.lists(st.sampled_from(YAML_PIECES + ["- a\n", "[", "{a: ", "*x, "]), max_size=80)


@FUZZ
@given(_SMALL_LIMITS.map("".join), st.integers(2, 30), st.integers(2, 6))
def test_libyaml_stops_where_the_composer_would(text: str, nodes: int, depth: int) -> None:
    """With libyaml, a file past the limits is refused at C speed; the problems reported
    are the ones the pure-Python composer reports where it stops, unless the composer
    meets a syntax error (one libyaml lets pass) before it gets there."""
    with mock.patch.multiple(yaml_nodes, MAX_NODES=nodes, MAX_DEPTH=depth):
        fast = [str(p) for p in check_bank(text, "fuzz.yaml")[1]]
        with mock.patch.object(yaml_nodes, "_stop_early", return_value=None):
            slow = [str(p) for p in check_bank(text, "fuzz.yaml")[1]]
    if fast != slow:
        assert ": SG110 " in slow[-1]
        assert ": SG135 " in fast[-1] or ": SG136 " in fast[-1]


@settings(FUZZ, max_examples=max(1, EXAMPLES // 2))
@given(_MUTATIONS, st.integers(5, 400), st.integers(2, 6))
def test_libyaml_stops_where_the_composer_would_in_mutated_banks(
    harbour_bank: Bank, mutations: list[tuple[str, float, str]], nodes: int, depth: int
) -> None:
    text = _mutate(dump_bank(harbour_bank), mutations)
    with mock.patch.multiple(yaml_nodes, MAX_NODES=nodes, MAX_DEPTH=depth):
        fast = [str(p) for p in check_bank(text, "fuzz.yaml")[1]]
        with mock.patch.object(yaml_nodes, "_stop_early", return_value=None):
            slow = [str(p) for p in check_bank(text, "fuzz.yaml")[1]]
    if fast != slow:
        assert ": SG110 " in slow[-1]
        assert ": SG135 " in fast[-1] or ": SG136 " in fast[-1]
