"""Where things are in a bank's text, and editing that text in place.

PyYAML gives every node the place where it starts and ends, but the end of a block
collection is where the next token starts (after any comments), and the end of a block
scalar takes in the blank lines below it. So the end that counts here is the end of a
node's last character of content, and an item of a list is the whole lines from its
"- " to that end: comment lines below an item belong to no item.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace `text[start:end]` with `new`; an insertion when `start == end`."""

    start: int
    end: int
    new: str


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """`text` with every edit made. Edits must not overlap; insertions at one place keep
    the order they are given in, and come before a replacement starting there."""
    parts: list[str] = []
    position = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < position:
            raise ValueError(f"edits overlap at {edit.start}")
        parts += [text[position : edit.start], edit.new]
        position = edit.end
    parts.append(text[position:])
    return "".join(parts)


def value_of(mapping: MappingNode, key: str) -> tuple[ScalarNode, Node] | None:
    """The key node and value node of `key` in `mapping`, if it is there."""
    for key_node, value_node in mapping.value:
        if isinstance(key_node, ScalarNode) and key_node.value == key:
            return key_node, value_node
    return None


def is_block(node: Node) -> bool:
    """A list or mapping written as indented lines, not in brackets."""
    return isinstance(node, (MappingNode, SequenceNode)) and not node.flow_style


def content_end(text: str, node: Node) -> int:
    """The index just after the last character of `node`'s content (comments excluded)."""
    while is_block(node) and node.value:
        last = node.value[-1]
        node = last[1] if isinstance(node, MappingNode) else last
    start, end = node.start_mark.index, node.end_mark.index
    return start + len(text[start:end].rstrip())


def line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def next_line(text: str, index: int) -> int:
    """The start of the line after the one holding `index` (the end of the text, if none)."""
    found = text.find("\n", index)
    return len(text) if found < 0 else found + 1


def item_span(text: str, node: Node) -> tuple[int, int]:
    """The whole lines of a list item: from the line of its "- " to the end of its content."""
    return line_start(text, node.start_mark.index), next_line(text, content_end(text, node))


def after(text: str, node: Node) -> int:
    """Where lines go to come right after `node`: the start of the line after its content."""
    return next_line(text, content_end(text, node))


def reindent(lines: str, by: int) -> str:
    """`lines` moved right by `by` spaces (left, if negative); empty lines stay empty.

    Lines written by the bank writer never hold only spaces, so no text changes."""
    if by == 0:
        return lines
    moved = []
    for line in lines.splitlines(keepends=True):
        if not line.strip():
            moved.append(line)
        elif by > 0:
            moved.append(" " * by + line)
        elif line.startswith(" " * -by):
            moved.append(line[-by:])
        else:
            raise ValueError(f"cannot move {line!r} left by {-by}")
    return "".join(moved)


def normal_lines(text: str) -> str:
    """Text with Windows line breaks and trailing spaces taken out, as editors may change them."""
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n"))
