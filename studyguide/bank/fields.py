"""Checking one YAML mapping against a `Shape`: known keys, required keys, kinds of values.

The result, `Fields`, holds the values that passed as plain Python values (str, int,
tuples of str, nested `Fields`) and remembers each value's node, so that later checks
(an answer among the choices, evidence against the article) can point at the right
line and column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from studyguide.bank import codes
from studyguide.bank.problems import Report, closest, did_you_mean, listing, quoted
from studyguide.bank.schema import KEY_SYNONYMS, Field, Kind, Shape
from studyguide.bank.yaml_nodes import describe

BANK_LABEL = "bank"

_INTEGER = re.compile(r"[+-]?[0-9]+")
_MAX_DIGITS = 15

_COLON_HINT = 'text that holds ": " must be put in quotes'


@dataclass
class Fields:
    """The checked values of one mapping, with the nodes they came from."""

    node: MappingNode
    label: str
    """How messages name this mapping: 'question "q7"', 'article "x", quote 2'."""
    values: dict[str, object] = field(default_factory=dict)
    nodes: dict[str, Node] = field(default_factory=dict)
    """The value node of every known key present, valid or not."""
    keys: dict[str, Node] = field(default_factory=dict)
    """The key node of every key present."""
    suggested: set[str] = field(default_factory=set)
    """Keys offered as did-you-mean for a misspelt key; their absence is not reported again."""

    def has(self, key: str) -> bool:
        return key in self.nodes

    def where(self, key: str) -> Node:
        """The value node of `key`, or the whole mapping when the key is absent."""
        return self.nodes.get(key, self.node)

    def key_node(self, key: str) -> Node:
        return self.keys.get(key, self.node)

    def text(self, key: str) -> str | None:
        value = self.values.get(key)
        return value if isinstance(value, str) else None

    def integer(self, key: str) -> int | None:
        value = self.values.get(key)
        return value if isinstance(value, int) else None

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.values.get(key, ())
        assert isinstance(value, tuple)
        return value

    def named_texts(self, key: str) -> tuple[tuple[str, str], ...]:
        value = self.values.get(key, ())
        assert isinstance(value, tuple)
        return value

    def shape(self, key: str) -> Fields | None:
        value = self.values.get(key)
        return value if isinstance(value, Fields) else None

    def shapes(self, key: str) -> list[Fields]:
        value = self.values.get(key, [])
        assert isinstance(value, list)
        return value


class _Invalid:
    """A value that failed its check; the problem is already reported."""


_INVALID = _Invalid()


def read_shape(node: Node, shape: Shape, label: str, report: Report) -> Fields | None:
    """Check `node` against `shape`, reporting every problem; None if it is not a mapping."""
    if not isinstance(node, MappingNode):
        report.error(
            node,
            codes.WRONG_TYPE,
            f"{label} must be a mapping of keys and values, not {describe(node)}",
            f"write it as lines of key: value; {shape.name} keys: {listing(shape.names)}",
        )
        return None
    fields = Fields(node, label)
    for key_node, value_node in node.value:
        if not isinstance(key_node, ScalarNode):
            report.error(
                key_node, codes.WRONG_TYPE, f"{label}: a key must be text, not {describe(key_node)}"
            )
            continue
        key = key_node.value
        if key in fields.keys:
            first = fields.keys[key].start_mark.line + 1
            report.error(
                key_node,
                codes.DUPLICATE_KEY,
                f"{label}: key {quoted(key)} appears twice (first on line {first})",
                "keep one of the two",
            )
            continue
        fields.keys[key] = key_node
        spec = shape.field(key)
        if spec is None:
            suggestion = _suggested_key(key, shape)
            hint = f"did you mean {quoted(suggestion)}?" if suggestion else None
            report.error(
                key_node,
                codes.UNKNOWN_KEY,
                f"{label}: unknown key {quoted(key)}",
                hint or f"the keys of a {shape.name}: {listing(shape.names)}",
            )
            fields.suggested.update([suggestion] if suggestion else [])
            continue
        fields.nodes[key] = value_node
        value = _read_value(value_node, spec, label, report)
        if not isinstance(value, _Invalid):
            fields.values[key] = value
    for spec in shape.fields:
        # A misspelt key already says what is missing: "promt" is reported, "prompt" is not.
        if spec.required and spec.name not in fields.keys and spec.name not in fields.suggested:
            report.error(
                node, codes.MISSING, f'{label}: missing "{spec.name}"', _missing_hint(spec)
            )
    return fields


def _suggested_key(key: str, shape: Shape) -> str | None:
    synonym = KEY_SYNONYMS.get(key.strip().lower())
    if synonym is not None and synonym in shape.names:
        return synonym
    return closest(key, shape.names)


def _missing_hint(spec: Field) -> str:
    about = spec.doc[0].lower() + spec.doc[1:].rstrip(".")
    return f'add a line "{spec.name}: ..." ({about})'


def _read_value(node: Node, spec: Field, label: str, report: Report) -> object:
    if spec.kind is Kind.TEXT:
        return _read_text(node, spec, label, report)
    if spec.kind is Kind.INTEGER:
        return _read_integer(node, spec, label, report)
    if spec.kind is Kind.CHOICE:
        return _read_choice(node, spec, label, report)
    if spec.kind is Kind.TEXTS:
        return _read_texts(node, spec, label, report)
    if spec.kind is Kind.SHAPE:
        assert spec.shape is not None
        if _is_empty(node):
            report.error(node, codes.MISSING, f"{label}: {spec.name} is empty", _missing_hint(spec))
            return _INVALID
        found = read_shape(node, spec.shape, f"{label}, {spec.name}", report)
        return _INVALID if found is None else found
    if spec.kind is Kind.NAMED_TEXTS:
        return _read_named_texts(node, spec, label, report)
    return _read_shapes(node, spec, label, report)


def _is_empty(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.value == ""


def _read_text(node: Node, spec: Field, label: str, report: Report) -> object:
    if not isinstance(node, ScalarNode):
        report.error(
            node,
            codes.WRONG_TYPE,
            f"{label}: {spec.name} must be text, not {describe(node)}",
            _COLON_HINT
            if isinstance(node, MappingNode)
            else 'for text on several lines, write "|" and indent the lines below',
        )
        return _INVALID
    value: str = node.value
    if not value.strip():
        if spec.required:
            report.error(
                node, codes.INVALID_VALUE, f"{label}: {spec.name} is empty", _missing_hint(spec)
            )
        return _INVALID
    return value


def _read_integer(node: Node, spec: Field, label: str, report: Report) -> object:
    value = node.value.strip() if isinstance(node, ScalarNode) else None
    if value is None or not _INTEGER.fullmatch(value):
        shown = describe(node) if value is None or value == "" else quoted(value)
        report.error(
            node, codes.WRONG_TYPE, f"{label}: {spec.name} must be a whole number, not {shown}"
        )
        return _INVALID
    if len(value.lstrip("+-")) > _MAX_DIGITS:
        report.error(
            node, codes.INVALID_VALUE, f"{label}: {spec.name} is too large ({value[:20]}…)"
        )
        return _INVALID
    number = int(value)
    if number < 0:
        report.error(
            node, codes.INVALID_VALUE, f"{label}: {spec.name} must be 0 or more, not {number}"
        )
        return _INVALID
    return number


def _read_choice(node: Node, spec: Field, label: str, report: Report) -> object:
    noun = spec.noun or spec.name
    choices = f"one of: {listing(spec.values)}"
    if not isinstance(node, ScalarNode):
        report.error(
            node,
            codes.WRONG_TYPE,
            f"{label}: {spec.name} must be text, not {describe(node)}",
            f"use {choices}",
        )
        return _INVALID
    value: str = node.value
    if not value.strip():
        if spec.required:
            report.error(
                node, codes.INVALID_VALUE, f"{label}: {spec.name} is empty", f"use {choices}"
            )
        return _INVALID
    if value in spec.values:
        return value
    suggestion = did_you_mean(value, spec.values)
    hint = f"{suggestion} ({choices})" if suggestion else f"use {choices}"
    report.error(node, spec.unknown_code, f"{label}: unknown {noun} {quoted(value)}", hint)
    return _INVALID


def _read_texts(node: Node, spec: Field, label: str, report: Report) -> object:
    if _is_empty(node):
        return ()
    if not isinstance(node, SequenceNode):
        report.error(
            node,
            codes.WRONG_TYPE,
            f"{label}: {spec.name} must be a list, not {describe(node)}",
            'write each item on its own line, starting with "- "',
        )
        return _INVALID
    items: list[str] = []
    valid = True
    for number, item in enumerate(node.value, start=1):
        if not isinstance(item, ScalarNode):
            report.error(
                item,
                codes.WRONG_TYPE,
                f"{label}: {spec.name} item {number} must be text, not {describe(item)}",
                _COLON_HINT if isinstance(item, MappingNode) else None,
            )
            valid = False
        elif not item.value.strip():
            report.error(item, codes.INVALID_VALUE, f"{label}: {spec.name} item {number} is empty")
            valid = False
        else:
            items.append(item.value)
    return tuple(items) if valid else _INVALID


def _read_named_texts(node: Node, spec: Field, label: str, report: Report) -> object:
    if _is_empty(node):
        return ()
    if not isinstance(node, MappingNode):
        report.error(
            node,
            codes.WRONG_TYPE,
            f"{label}: {spec.name} must be a mapping, not {describe(node)}",
            'write each item on its own line as "name: text"',
        )
        return _INVALID
    items: dict[str, str] = {}
    first_line: dict[str, int] = {}
    valid = True
    for key_node, value_node in node.value:
        if not isinstance(key_node, ScalarNode) or not key_node.value.strip():
            report.error(
                key_node,
                codes.WRONG_TYPE,
                f"{label}, {spec.name}: a name must be text, not {describe(key_node)}",
            )
            valid = False
            continue
        name = key_node.value
        if name in first_line:
            report.error(
                key_node,
                codes.DUPLICATE_KEY,
                f"{label}, {spec.name}: {quoted(name)} appears twice (first on line "
                f"{first_line[name]})",
                "keep one of the two",
            )
            valid = False
            continue
        first_line[name] = key_node.start_mark.line + 1
        if not isinstance(value_node, ScalarNode):
            report.error(
                value_node,
                codes.WRONG_TYPE,
                f"{label}, {spec.name}: {quoted(name)} must be text, not {describe(value_node)}",
            )
            valid = False
        elif not value_node.value.strip():
            report.error(
                value_node, codes.INVALID_VALUE, f"{label}, {spec.name}: {quoted(name)} is empty"
            )
            valid = False
        else:
            items[name] = value_node.value
    return tuple(items.items()) if valid else _INVALID


def _read_shapes(node: Node, spec: Field, label: str, report: Report) -> object:
    assert spec.shape is not None
    if _is_empty(node):
        return []
    if not isinstance(node, SequenceNode):
        report.error(
            node,
            codes.WRONG_TYPE,
            f"{label}: {spec.name} must be a list, not {describe(node)}",
            'start each item with "- "',
        )
        return _INVALID
    found: list[Fields] = []
    for number, item in enumerate(node.value, start=1):
        item_label = _item_label(label, spec.noun or spec.shape.name, item, number)
        fields = read_shape(item, spec.shape, item_label, report)
        if fields is not None:
            found.append(fields)
    return found


def _item_label(parent: str, noun: str, item: Node, number: int) -> str:
    """'question "q7"' for an item with an id, else 'question 3' or 'article "x", quote 2'."""
    if isinstance(item, MappingNode):
        for key, value in item.value:
            if isinstance(key, ScalarNode) and key.value == "id":
                if isinstance(value, ScalarNode) and value.value.strip():
                    return f"{noun} {quoted(value.value)}"
    if parent == BANK_LABEL:
        return f"{noun} {number}"
    return f"{parent}, {noun} {number}"
