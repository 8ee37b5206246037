"""Reading bank text into a YAML node graph, safely, keeping every node's line and column.

Nothing here builds Python objects from YAML: the text is only composed into nodes, and
every scalar stays the text it was typed as (`No`, `3.10` and `2003` included). Tags,
anchors and aliases are refused, so a bank cannot name Python objects to build, and an
alias bomb has nothing to expand.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import yaml
from yaml.composer import Composer
from yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    DocumentEndEvent,
    Event,
    ScalarEvent,
    SequenceStartEvent,
)
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import BaseResolver
from yaml.scanner import Scanner

from studyguide.bank import codes
from studyguide.bank.problems import Report, position

MAX_BANK_CHARS = 20 * 1024 * 1024
"""Banks longer than this are refused before parsing: no bank of articles comes near it."""

MAX_DEPTH = 40
"""A bank nests six levels deep; far deeper nesting is a mistake or an attack."""

MAX_NODES = 100_000
"""A bank of a thousand questions holds some 40,000 values (texts, lists and mappings).
Many more, and the file is not a bank; building their nodes would only eat memory."""

STR_TAG = "tag:yaml.org,2002:str"
SEQ_TAG = "tag:yaml.org,2002:seq"
MAP_TAG = "tag:yaml.org,2002:map"
_PLAIN_TAGS = frozenset({STR_TAG, SEQ_TAG, MAP_TAG})

# What YAML allows in a stream (the spec's c-printable); anything else means a binary file
# or a stray control character, and is reported with its place rather than as a crash.
_NOT_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)

_HALF_CHARACTER = re.compile("[\ud800-\udfff]")
"""Half of a UTF-16 pair, which an escape ("\\ud800") can write but no text can hold: no
file, terminal or export could take it."""

_LINE_BREAK = re.compile("\r\n|[\n\r\x85\u2028\u2029]")
"""Line breaks as YAML counts them, so that lines match the marks of the parser."""


# The type stubs say the anchor is a dict; PyYAML passes the anchor's name or None.
_NO_ANCHOR: Any = None


class _Stop(Exception):
    """Composing stops here: the rest of the file is not read."""

    def __init__(self, mark: yaml.Mark, code: codes.Code, message: str, hint: str) -> None:
        super().__init__(message)
        self.mark, self.code, self.message, self.hint = mark, code, message, hint


class _Refusing(Composer):
    """PyYAML's composer, setting aside tags, anchors and aliases, refusing deep nesting."""

    if TYPE_CHECKING:  # given by the parser each composer below is built on

        def check_event(self, *choices: type[Event]) -> bool: ...
        def get_event(self) -> Any: ...
        def peek_event(self) -> Any: ...

    def _start_refusing(self) -> None:
        Composer.__init__(self)
        BaseResolver.__init__(self)  # type: ignore[arg-type]
        self.refused: dict[str, list[tuple[yaml.Mark, str]]] = {
            "anchor": [],
            "alias": [],
            "tag": [],
            "half character": [],
        }
        """What was found of each refused kind: where, and how it was written."""
        self.depth = 0
        self.nodes = 0

    def compose_node(self, parent: Node | None, index: object) -> Node:
        if self.check_event(AliasEvent):
            # The alias is never resolved: it stands for nothing, so nothing can expand.
            alias = self.get_event()
            self.refused["alias"].append((alias.start_mark, f"*{alias.anchor}"))
            # Counted as a value, so that a file of aliases is stopped like any other.
            self.nodes += 1
            stop = _limit_passed(alias.start_mark, self.depth + 1, self.nodes)
            if stop is not None:
                raise stop
            return ScalarNode(STR_TAG, "", alias.start_mark, alias.end_mark)
        event = self.peek_event()
        if event.anchor is not None:
            self.refused["anchor"].append((event.start_mark, f"&{event.anchor}"))
        self.depth += 1
        self.nodes += 1
        stop = _limit_passed(event.start_mark, self.depth, self.nodes)
        if stop is not None:
            raise stop
        node: Node
        if self.check_event(ScalarEvent):
            node = self.compose_scalar_node(_NO_ANCHOR)
        elif self.check_event(SequenceStartEvent):
            node = self.compose_sequence_node(_NO_ANCHOR)
        else:
            node = self.compose_mapping_node(_NO_ANCHOR)
        self.depth -= 1
        if isinstance(node, ScalarNode) and (half := _HALF_CHARACTER.search(node.value)):
            written = half.group().encode("unicode_escape").decode()
            self.refused["half character"].append((node.start_mark, written))
        if node.tag not in _PLAIN_TAGS:
            self.refused["tag"].append((node.start_mark, _short_tag(node.tag)))
        return node


class _SafeComposer(Reader, Scanner, Parser, _Refusing, BaseResolver):
    """The composer over PyYAML's own parser, whose errors say exactly where and what."""

    def __init__(self, text: str) -> None:
        Reader.__init__(self, text)
        Scanner.__init__(self)
        Parser.__init__(self)
        self._start_refusing()


if yaml.__with_libyaml__:
    from yaml._yaml import CParser

    class _FastComposer(_Refusing, CParser, BaseResolver):
        """The same composer over libyaml's parser: some ten times faster, with marks that
        can differ from PyYAML's on unusual text, so it serves only banks with nothing to
        report."""

        def __init__(self, text: str) -> None:
            CParser.__init__(self, text)
            self._start_refusing()


_REFUSED_HINTS = {
    "anchor": "delete it; a bank writes every value out in full",
    "alias": "write the value out in full where the alias stands",
    "tag": "a bank holds only text, numbers, lists and mappings; delete the tag",
    "half character": "write the character itself, or its whole pair of escapes",
}


def _report_refused(refused: dict[str, list[tuple[yaml.Mark, str]]], report: Report) -> bool:
    """Report the first of each refused kind, with how many more; True if any was found."""
    for kind, found in refused.items():
        if not found:
            continue
        mark, written = found[0]
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        if kind == "half character":
            code, message = codes.BAD_CHARACTER, f"an escape for half a character: {written}{more}"
        else:
            code = codes.TAG if kind == "tag" else codes.ANCHOR
            plural = "es" if kind == "alias" else "s"
            message = f"YAML {kind}{plural} are not allowed: {written}{more}"
        report.error(mark, code, message, _REFUSED_HINTS[kind])
    return any(refused.values())


def _stop_early(text: str) -> tuple[dict[str, list[tuple[yaml.Mark, str]]], _Stop] | None:
    """Where the composer would stop for too many or too deeply nested values, and what it
    would have refused by then, found at the speed of libyaml; None when it would not stop.

    The composer is pure Python, and takes seconds to reach its limits; a file made to
    reach them is refused in a fraction of that. The events are the ones the composer
    reads, in the same order and at the same places, so the problems are the same. Text
    that libyaml cannot parse (or a missing libyaml) gives None: the composer then reports
    the syntax error in its own words.
    """
    if not yaml.__with_libyaml__ or "\ufeff" in text:
        return None  # a byte-order mark inside the text is placed otherwise by libyaml
    refused: dict[str, list[tuple[yaml.Mark, str]]] = {"anchor": [], "alias": [], "tag": []}
    open_tags: list[tuple[yaml.Mark, str | None]] = []
    nodes = 0
    events = yaml.parse(text, Loader=yaml.CSafeLoader)
    try:
        for event in events:
            if isinstance(event, DocumentEndEvent):
                return None  # a second document is the composer's to report
            if isinstance(event, AliasEvent):
                start = _start(event)
                refused["alias"].append((start, f"*{event.anchor}"))
                nodes += 1
                stop = _limit_passed(start, len(open_tags) + 1, nodes)
                if stop is not None:
                    return refused, stop
                continue
            if isinstance(event, CollectionEndEvent):
                mark, tag = open_tags.pop()
                _refuse_tag(refused, mark, tag)
                continue
            if not isinstance(event, (ScalarEvent, CollectionStartEvent)):
                continue
            start = _start(event)
            nodes += 1
            stop = _limit_passed(start, len(open_tags) + 1, nodes)
            if isinstance(event, ScalarEvent) and not event.value and not event.style:
                # An empty value: the two parsers may place it differently, so where its
                # place is to be told, the composer tells it.
                if stop is not None or event.anchor is not None or event.tag is not None:
                    return None
            if event.anchor is not None:
                refused["anchor"].append((start, f"&{event.anchor}"))
            if stop is not None:
                return refused, stop
            if isinstance(event, ScalarEvent):
                _refuse_tag(refused, start, event.tag)
            else:
                open_tags.append((start, event.tag))
    except yaml.YAMLError:
        return None
    return None


def _start(event: Event) -> yaml.Mark:
    """Where an event starts, as the pure-Python reader marks it."""
    mark = event.start_mark
    assert mark is not None, "libyaml marks every event"
    return yaml.Mark("<bank>", mark.index, mark.line, mark.column, None, 0)


def _limit_passed(mark: yaml.Mark, depth: int, nodes: int) -> _Stop | None:
    """The stop for a value at `mark`, `depth` levels deep and the `nodes`th of the file,
    when either is past its limit."""
    if depth > MAX_DEPTH:
        return _Stop(
            mark,
            codes.TOO_DEEP,
            f"lists and mappings are nested more than {MAX_DEPTH} levels deep",
            "a bank nests a few levels at most; check the brackets and indentation",
        )
    if nodes > MAX_NODES:
        return _Stop(
            mark,
            codes.TOO_LARGE,
            f"the bank holds more than {MAX_NODES:,} values (texts, lists and mappings)",
            "a bank holds articles and questions; check that this is the right file",
        )
    return None


def _refuse_tag(
    refused: dict[str, list[tuple[yaml.Mark, str]]], mark: yaml.Mark, tag: str | None
) -> None:
    """Note an explicit tag the composer would refuse: any but "!" and the plain ones."""
    if tag is not None and tag != "!" and tag not in _PLAIN_TAGS:
        refused["tag"].append((mark, _short_tag(tag)))


def compose_fast(text: str) -> Node | None:
    """The node graph of `text` read by libyaml, or None when libyaml is missing or the text
    has anything to report (the caller then reads it with `compose`, which says what)."""
    if not yaml.__with_libyaml__ or "\ufeff" in text or len(text) > MAX_BANK_CHARS:
        return None
    if _NOT_PRINTABLE.search(text):
        return None
    composer = _FastComposer(text)
    try:
        node = composer.get_single_node()
    except (_Stop, yaml.YAMLError):
        return None
    finally:
        composer.dispose()
    return None if any(composer.refused.values()) else node


def compose(text: str, report: Report) -> Node | None:
    """The node graph of `text`, or None with the reasons added to `report`.

    None also stands for an empty document; the caller tells the two apart by `report`.
    """
    if len(text) > MAX_BANK_CHARS:
        report.error(
            None,
            codes.TOO_LARGE,
            f"the bank is too large ({len(text) / 1024 / 1024:.1f} MB of text; "
            f"the limit is {MAX_BANK_CHARS // 1024 // 1024} MB)",
            "a bank holds articles and questions; check that this is the right file",
        )
        return None
    bad = _NOT_PRINTABLE.search(text)
    if bad:
        line, column = _line_and_column(text, bad.start())
        report.error(
            (line, column),
            codes.BAD_CHARACTER,
            f"character U+{ord(bad.group()):04X} is not allowed in a YAML file",
            "is this a binary file? A bank is YAML text; delete the character if it is a stray one",
        )
        return None
    early = _stop_early(text)
    if early is not None:
        refused, stop = early
        _report_refused(refused, report)
        report.error(stop.mark, stop.code, stop.message, stop.hint)
        return None
    composer = _SafeComposer(text)
    try:
        node = composer.get_single_node()
    except _Stop as stop:
        _report_refused(composer.refused, report)
        report.error(stop.mark, stop.code, stop.message, stop.hint)
        return None
    except yaml.MarkedYAMLError as error:
        _report_refused(composer.refused, report)
        _report_syntax_error(text, error, report)
        return None
    finally:
        composer.dispose()
    return None if _report_refused(composer.refused, report) else node


def _report_syntax_error(text: str, error: yaml.MarkedYAMLError, report: Report) -> None:
    problem = error.problem or ""
    context = error.context or ""
    mark = error.problem_mark or error.context_mark
    if "end of stream" in problem and error.context_mark is not None:
        # Where the unclosed quote or bracket opens helps more than the end of the file.
        mark = error.context_mark
    plain = _PLAIN_WORDS.get(problem)
    if plain is not None:
        # The library's words for a common slip, as a teacher would say it.
        start = error.context_mark
        description = plain
        if start is not None:
            description += f" (in the part that starts on line {start.line + 1})"
    elif not (problem and context):
        description = problem or context or "the YAML cannot be read"
    elif problem.startswith("but "):
        description = f"{context}, {problem}"
    elif error.context_mark is not None:
        description = f"{problem} ({context} on line {error.context_mark.line + 1})"
    else:
        description = f"{problem} ({context})"
    advice = _syntax_advice(f"{problem} {context}")
    message = f"YAML syntax error: {description}"
    if mark is None:
        report.error(None, codes.SYNTAX, message, advice)
        return
    line, column = position(mark)
    advice = _advice_for_the_line(advice, text, line)
    report.error(mark, codes.SYNTAX, message, advice + "\n" + caret_excerpt(text, line, column))


_PLAIN_WORDS = {
    "expected <block end>, but found '<block mapping start>'": (
        "a line is indented where no line of this part may stand"
    ),
    "expected <block end>, but found '<block sequence start>'": (
        "a list item is indented where a key was expected"
    ),
    "expected <block end>, but found '<scalar>'": (
        "text goes on after a closing quote, or stands where a new key was expected"
    ),
}
"""The YAML library's words for common mistakes, as a teacher would say them."""


_KEY_LINE = re.compile(r"^( *(?:- )?)[A-Za-z_]+:(?: |$)")
"""A line that opens on a key; its group is everything before the key, whose length is
the key's column."""


def _advice_for_the_line(advice: str, text: str, line: int) -> str:
    """Advice that looks at the line itself: a key line indented further than the key line
    above it is an indentation slip, not text that needs quotes; a stray double quote
    inside "..." is written \" (or the text put in single quotes)."""
    lines = _LINE_BREAK.split(text)
    here = lines[line - 1] if 0 < line <= len(lines) else ""
    above = next((s for s in reversed(lines[: line - 1]) if s.strip()), "")
    key, key_above = _KEY_LINE.match(here), _KEY_LINE.match(above)
    if advice == _COLON_ADVICE and key and key_above and len(key[1]) != len(key_above[1]):
        return "line this key up with the keys above it: it is indented differently"
    if advice == _QUOTE_ADVICE and here.lstrip(" -").split(":", 1)[-1].strip().startswith('"'):
        return 'a quoted text ends at its closing quote: write " inside "..." as \\", or put the text in single quotes'
    return advice


_COLON_ADVICE = 'text that holds ": " must be put in quotes'
_QUOTE_ADVICE = "a quoted text ends at its closing quote: write ' inside '...' as ''"

_ADVICE = (
    ("mapping values are not allowed", _COLON_ADVICE),
    ("cannot start any token", "YAML does not allow tabs for indentation: indent with spaces"),
    ("found character '\\t'", "YAML does not allow tabs for indentation: indent with spaces"),
    ("could not find expected ':'", 'each line of a mapping needs "key: value"; check the quotes'),
    ("while scanning a quoted scalar", "a quote is opened and never closed"),
    ("found unexpected end of stream", "a quote or bracket is opened and never closed"),
    ("expected a single document", 'a bank is one YAML document: remove the "---" line'),
    ("expected <document start>", 'a bank is one YAML document: remove the "---" line'),
    ("found '<scalar>'", _QUOTE_ADVICE),
    (
        "while parsing a flow",
        "a [ or { is not closed, or text inside it that holds , : [ ] { } needs quotes",
    ),
    ("did not find expected", "check the indentation: items of one list or mapping line up"),
    ("expected <block end>", "check the indentation: items of one list or mapping line up"),
)


def _syntax_advice(description: str) -> str:
    for clue, advice in _ADVICE:
        if clue in description:
            return advice
    return "check the indentation and the quotes near this place"


_EXCERPT = 80
"""The most characters of a line shown around a syntax error."""


def caret_excerpt(text: str, line: int, column: int) -> str:
    """The 1-based `line` of `text`, and a caret under its 1-based `column`; of a long line,
    only the stretch around the column, marked "..." where it is cut."""
    lines = _LINE_BREAK.split(text)
    source = lines[line - 1] if 0 < line <= len(lines) else ""
    shown = source.replace("\t", " ")
    if len(shown) > _EXCERPT:
        start = max(0, min(column - 1 - _EXCERPT // 2, len(shown) - _EXCERPT))
        before = "..." if start else ""
        after = "..." if start + _EXCERPT < len(shown) else ""
        shown = f"{before}{shown[start : start + _EXCERPT]}{after}"
        column = column - start + len(before)
    return f"{shown}\n{' ' * (column - 1)}^"


def _line_and_column(text: str, index: int) -> tuple[int, int]:
    before = _LINE_BREAK.split(text[:index])
    return len(before), len(before[-1]) + 1


def _short_tag(tag: str) -> str:
    prefix = "tag:yaml.org,2002:"
    return "!!" + tag[len(prefix) :] if tag.startswith(prefix) else tag


def describe(node: Node) -> str:
    """A node's kind, as messages name it: 'text', 'a list', 'a mapping', 'nothing'."""
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    return "nothing" if node.value == "" else "text"
