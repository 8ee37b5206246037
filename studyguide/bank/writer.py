"""A `Bank` to YAML text written for people: fixed key order, block scalars, no tags.

The writer builds the YAML node graph itself, choosing each scalar's style, and lets
PyYAML's emitter do the quoting: any text that another YAML reader would take for
something else (No, On, 3.10, 2003, null, the empty text) comes out quoted. Every node
is built once, so the emitter never writes an anchor or an alias.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.events import ScalarEvent, SequenceEndEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from studyguide.bank.yaml_nodes import MAP_TAG, SEQ_TAG, STR_TAG
from studyguide.model import (
    Bank,
    BankArticle,
    Claim,
    DateMention,
    Entity,
    Evidence,
    GeneratedRecord,
    Question,
    Quote,
    Span,
    quotations,
)

HEADER = """\
# A studyguide question bank.
#
# You may edit this file by hand: fix a question, delete one, or add your own. A new
# question needs only a type, a prompt and an answer (multiple_choice also needs choices,
# matching needs pairs, ordering needs order); the rest gets a default. For the whole
# format, run: studyguide help bank
#
# Generating questions into this file again keeps your edits, your own questions and your
# comments, and does not bring back questions you deleted. The "generated" part of each
# article is how studyguide tells its questions from yours: leave it as it is.
#
# After editing, check the file with:  studyguide validate FILE
"""

_INT_TAG = "tag:yaml.org,2002:int"

WIDTH = 88
"""Lines of folded text are wrapped near this width."""

FOLD_AFTER = 72
"""Single-line text longer than this is written as a folded block scalar (>)."""

# Characters that PyYAML reads back differently from inside a block or single-quoted
# scalar (they count as line breaks); text holding one is written double-quoted, escaped.
_AWKWARD = frozenset("\r\x85\u2028\u2029")

# Numbers as YAML 1.2 reads them. PyYAML (YAML 1.1) quotes whatever it would misread itself
# (No, On, 3.10, 2003, null); these are what a YAML 1.2 reader would misread besides.
_YAML12_NUMBER = re.compile(
    r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|0o[0-7]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)"
)

_BLANK_LINE_BEFORE = frozenset({"articles", "questions"})


def dump_bank(bank: Bank) -> str:
    """The bank as the text of a bank file; the same bank always gives the same text."""
    return HEADER + "\n" + _serialize(_root(bank))


def bank_data(bank: Bank) -> dict[str, object]:
    """What the bank's file holds, as plain data (for JSON): the same keys and values."""
    data = _plain(_root(bank))
    assert isinstance(data, dict)
    return data


def _root(bank: Bank) -> MappingNode:
    return _mapping(
        ("schema", _integer(bank.schema)),
        ("title", _text(bank.title)),
        ("articles", _sequence([_article(a) for a in bank.articles])),
        ("questions", _sequence([_question(q) for q in bank.questions])),
    )


def _plain(node: Node) -> object:
    if isinstance(node, MappingNode):
        return {key.value: _plain(value) for key, value in node.value}
    if isinstance(node, SequenceNode):
        return [_plain(item) for item in node.value]
    return int(node.value) if node.tag == _INT_TAG else node.value


# -- pieces of a bank, for editing a bank's text in place --------------------------
#
# Each piece is written in the context `dump_bank` writes it in, so that it comes out
# exactly as it does in a whole bank: an item of a top-level list starts with "  - ",
# the keys of an article are indented by 4.

ARTICLE_KEY_INDENT = 4
"""How far `dump_bank` indents the keys of an article (and of a question)."""

ITEM_INDENT = 2
"""How far `dump_bank` indents the "- " of an item of `articles` and `questions`."""


def question_lines(question: Question) -> str:
    """The question as an item of a bank's `questions`, exactly as `dump_bank` writes it."""
    return _item_lines("questions", _question(question))


def article_lines(article: BankArticle) -> str:
    """The article as an item of a bank's `articles`, exactly as `dump_bank` writes it."""
    return _item_lines("articles", _article(article))


def generated_lines(records: tuple[GeneratedRecord, ...]) -> str:
    """An article's `generated` key and records, indented as `dump_bank` indents them."""
    node = _generated(records)
    assert node is not None, "no records to write"
    text = _serialize(_mapping(("generated", node)))
    return "".join(" " * ARTICLE_KEY_INDENT + line for line in text.splitlines(keepends=True))


def value_lines(key: str, value: str) -> str:
    """`key: value` as a mapping at the left margin writes it; more lines when the value is long."""
    return _serialize(_mapping((key, _text(value))))


def _item_lines(key: str, item: Node) -> str:
    text = _serialize(_mapping((key, _sequence([item]))))
    return text.split(f"{key}:\n", 1)[1]


def _serialize(root: Node) -> str:
    return yaml.serialize(root, Dumper=_Dumper, allow_unicode=True, width=WIDTH, indent=2)


def _article(article: BankArticle) -> MappingNode:
    return _mapping(
        ("id", _text(article.id)),
        ("title", _text(article.title)),
        ("source", _optional(article.source)),
        ("place", _optional(article.place)),
        ("published", _optional(article.published)),
        ("language", _optional(article.language)),
        ("text", _text(article.text)),
        ("people", _items([_entity(p) for p in article.people])),
        ("organizations", _items([_entity(o) for o in article.organizations])),
        ("quotes", _items(_quotes(article.quotes))),
        ("claims", _items([_claim(c) for c in article.claims])),
        ("dates", _items([_date(d) for d in article.dates])),
        ("generated", _generated(article.generated)),
    )


def _generated(records: tuple[GeneratedRecord, ...]) -> MappingNode | None:
    if not records:
        return None
    return _mapping(*((record.id, _text(record.fingerprint)) for record in records))


def _entity(entity: Entity) -> MappingNode:
    # Mentions are not kept: they are offsets the analysis found, which a bank does not need.
    return _mapping(
        ("name", _text(entity.name)),
        ("role", _optional(entity.role)),
        ("aliases", _labels(entity.aliases)),
    )


def _quotes(quotes: tuple[Quote, ...]) -> list[Node]:
    """Each quote, its parts numbered after the first (`part: 2`)."""
    return [_quote(q, n) for parts in quotations(quotes) for n, q in enumerate(parts, 1)]


def _quote(quote: Quote, part: int) -> MappingNode:
    return _mapping(
        ("speaker", _optional(quote.speaker)),
        ("kind", _text(quote.kind.value)),
        ("cue", _optional(quote.cue)),
        ("part", _integer(part) if part > 1 else None),
        *_span(quote.content),
        ("sentence", _offsets(quote.sentence)),
    )


def _claim(claim: Claim) -> MappingNode:
    return _mapping(
        ("speaker", _optional(claim.speaker)),
        ("cue", _text(claim.cue)),
        *_span(claim.content),
        ("sentence", _offsets(claim.sentence)),
    )


def _date(mention: DateMention) -> MappingNode:
    return _mapping(
        ("text", _text(mention.span.text)),
        ("value", _optional(mention.value)),
        ("mod", _optional(mention.mod)),
        ("event", _mapping(*_span(mention.event)) if mention.event is not None else None),
        ("start", _integer(mention.span.start)),
        ("end", _integer(mention.span.end)),
        ("sentence", _offsets(mention.sentence)),
    )


def _question(question: Question) -> MappingNode:
    return _mapping(
        ("id", _text(question.id)),
        ("type", _text(question.type.value)),
        ("article", _text(question.article)),
        ("prompt", _text(question.prompt)),
        ("choices", _texts(question.choices)),
        ("answer", _optional(question.answer)),
        ("accepted", _texts(question.accepted)),
        (
            "pairs",
            _items(
                [
                    _mapping(("left", _text(p.left)), ("right", _text(p.right)))
                    for p in question.pairs
                ]
            ),
        ),
        ("order", _texts(question.order)),
        ("explanation", _optional(question.explanation)),
        ("evidence", _items([_evidence(e) for e in question.evidence])),
        ("difficulty", _text(question.difficulty.value)),
        ("tags", _labels(question.tags)),
        ("points", _integer(question.points)),
        ("altered", _optional(question.altered)),
    )


def _evidence(evidence: Evidence) -> MappingNode:
    if evidence.start < 0:
        # Text a teacher typed that is not in the article: kept as typed, without offsets.
        return _mapping(("text", _text(evidence.text)))
    return _mapping(*_span(Span(evidence.start, evidence.end, evidence.text)))


def _span(span: Span) -> tuple[tuple[str, Node], ...]:
    return (
        ("text", _text(span.text)),
        ("start", _integer(span.start)),
        ("end", _integer(span.end)),
    )


def _offsets(span: Span) -> MappingNode:
    node = _mapping(("start", _integer(span.start)), ("end", _integer(span.end)))
    node.flow_style = True
    return node


# -- nodes ------------------------------------------------------------------------


def _mapping(*items: tuple[str, Node | None]) -> MappingNode:
    """A mapping of the items in the order given, leaving out those that are None."""
    pairs = [(ScalarNode(STR_TAG, key), value) for key, value in items if value is not None]
    return MappingNode(MAP_TAG, pairs, flow_style=False)


def _sequence(items: list[Node]) -> SequenceNode:
    return SequenceNode(SEQ_TAG, items, flow_style=not items)


def _items(items: list[Node]) -> SequenceNode | None:
    return _sequence(items) if items else None


def _texts(values: tuple[str, ...]) -> SequenceNode | None:
    return _items([_text(v) for v in values])


def _labels(values: tuple[str, ...]) -> SequenceNode | None:
    """Short texts such as tags and aliases, on one line: [quote, person]."""
    node = _texts(values)
    if node is not None:
        node.flow_style = True
    return node


def _optional(value: str | None) -> ScalarNode | None:
    return _text(value) if value else None


def _integer(value: int) -> ScalarNode:
    return ScalarNode(_INT_TAG, str(value))


def _text(value: str) -> ScalarNode:
    style: str | None = None
    if _AWKWARD.intersection(value):
        style = '"'
    elif "\n" in value:
        style = "|"
    elif len(value) > FOLD_AFTER:
        style = ">"
    elif _YAML12_NUMBER.fullmatch(value):
        style = "'"
    return ScalarNode(STR_TAG, value, style=style)


class _Dumper(yaml.SafeDumper):
    """Indents lists under their key and puts a blank line between top-level items."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)

    def expect_block_mapping_key(self, first: bool = False) -> None:
        event: Any = self.event
        top_level = len(self.indents) == 1
        if top_level and isinstance(event, ScalarEvent) and event.value in _BLANK_LINE_BEFORE:
            self._blank_line()
        super().expect_block_mapping_key(first)

    def expect_block_sequence_item(self, first: bool = False) -> None:
        top_level_item = len(self.indents) == 2 and not isinstance(self.event, SequenceEndEvent)
        if top_level_item and not first:
            self._blank_line()
        super().expect_block_sequence_item(first)

    def _blank_line(self) -> None:
        if self.column:
            self.write_line_break()
        self.write_line_break()
