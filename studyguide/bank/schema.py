"""The shape of a bank file: which keys each mapping holds, of which kind, in which order.

These tables drive three things: the checks that turn a YAML node graph into a `Bank`,
the did-you-mean hints for unknown keys, and `schema.json`, the same format as a JSON
Schema that editors can use to complete and check a bank while it is typed. After
changing a table, write the file again with `write_schema_file()`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from studyguide.bank import codes
from studyguide.bank.codes import Code
from studyguide.model import SCHEMA_VERSION, Difficulty, QuestionType, QuoteKind

SCHEMA_FILE = Path(__file__).with_name("schema.json")


class Kind(str, Enum):
    TEXT = "text"
    INTEGER = "integer"
    """A whole number, 0 or more."""
    CHOICE = "choice"
    """Text from a closed set of values."""
    TEXTS = "texts"
    """A list of texts."""
    SHAPE = "shape"
    """A nested mapping."""
    SHAPES = "shapes"
    """A list of nested mappings."""
    NAMED_TEXTS = "named_texts"
    """A mapping of names of one's choosing to texts."""


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    kind: Kind
    doc: str
    required: bool = False
    shape: Shape | None = None
    """What a SHAPE or SHAPES field holds."""
    values: tuple[str, ...] = ()
    """The allowed values of a CHOICE field."""
    noun: str = ""
    """How messages name a CHOICE field's value ("question type") or a SHAPES field's item
    ("person"); the field's name, or its shape's name, if empty."""
    unknown_code: Code = codes.INVALID_VALUE


@dataclass(frozen=True, slots=True)
class Shape:
    name: str
    doc: str
    fields: tuple[Field, ...]

    def field(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)


def _text(name: str, doc: str, required: bool = False) -> Field:
    return Field(name, Kind.TEXT, doc, required)


def _offset(name: str, doc: str, required: bool = True) -> Field:
    return Field(name, Kind.INTEGER, doc, required)


OFFSETS = Shape(
    "offsets",
    "Where a stretch of the article text starts and ends; its text is read from the article.",
    (
        _offset("start", "Character offset where it starts (0 is the first character)."),
        _offset("end", "Character offset just after its last character."),
    ),
)

TEXT_SPAN = Shape(
    "span",
    "A stretch of the article text: `text` is what the article holds from `start` to `end`.",
    (
        _text("text", "The words, exactly as the article has them.", required=True),
        _offset("start", "Character offset where the text starts."),
        _offset("end", "Character offset just after the text."),
    ),
)

ENTITY = Shape(
    "entity",
    "A person or an organization the article names.",
    (
        _text("name", "The fullest name the article uses.", required=True),
        _text("role", "The title or job the article gives, e.g. Syrian President."),
        Field("aliases", Kind.TEXTS, "Other names the article uses for the same one."),
    ),
)

QUOTE = Shape(
    "quote",
    "Words the article quotes, with who said them.",
    (
        _text("speaker", "Who said it (a name from `people`); left out when unclear."),
        Field(
            "kind",
            Kind.CHOICE,
            "direct (a whole quoted sentence) or mixed (a quoted phrase inside reported speech).",
            required=True,
            values=tuple(k.value for k in QuoteKind),
            noun="quote kind",
        ),
        _text("cue", "The verb of saying: said, added, told..."),
        Field(
            "part",
            Kind.INTEGER,
            "2, 3...: this part continues the quote before it, split by its attribution"
            " or running on into the next paragraph (default 1, a quote of its own).",
        ),
        _text("text", "The quoted words, without the quote marks.", required=True),
        _offset("start", "Character offset where the quoted words start."),
        _offset("end", "Character offset just after the quoted words."),
        Field("sentence", Kind.SHAPE, "The sentence holding the quote.", shape=OFFSETS),
    ),
)

CLAIM = Shape(
    "claim",
    "Reported speech without quote marks: Assad said (that) the coalition has failed.",
    (
        _text("speaker", "Who made the claim; left out when unclear."),
        _text("cue", "The verb of saying.", required=True),
        _text("text", "What is claimed, as the article words it.", required=True),
        _offset("start", "Character offset where the claim starts."),
        _offset("end", "Character offset just after the claim."),
        Field("sentence", Kind.SHAPE, "The sentence holding the claim.", shape=OFFSETS),
    ),
)

DATE = Shape(
    "date",
    "A date the article gives, with what happened then.",
    (
        _text("text", "The date as the article writes it.", required=True),
        _text("value", "The date normalized TimeML-style: 2003, 2003-03-20, 2015-W41, PAST_REF."),
        _text("mod", "A TimeML modifier: START, MID, END, BEFORE, AFTER, APPROX."),
        Field("event", Kind.SHAPE, "What happened at that date.", shape=TEXT_SPAN),
        _offset("start", "Character offset where the date starts."),
        _offset("end", "Character offset just after the date."),
        Field("sentence", Kind.SHAPE, "The sentence holding the date.", shape=OFFSETS),
    ),
)

ARTICLE = Shape(
    "article",
    "An article: its full text, which every offset points into, and the facts found in it.",
    (
        _text("id", "A short name for the article, used by its questions.", required=True),
        _text("title", "The article's headline.", required=True),
        _text("source", "The outlet or agency, e.g. Reuters."),
        _text("place", "The dateline's place."),
        _text("published", "Publication date, YYYY-MM-DD."),
        _text("language", "The language studyguide read the article in: en."),
        _text("text", "The whole text of the article.", required=True),
        Field("people", Kind.SHAPES, "People the article names.", shape=ENTITY, noun="person"),
        Field(
            "organizations",
            Kind.SHAPES,
            "Organizations the article names.",
            shape=ENTITY,
            noun="organization",
        ),
        Field("quotes", Kind.SHAPES, "Direct quotes with their speakers.", shape=QUOTE),
        Field("claims", Kind.SHAPES, "Reported speech without quote marks.", shape=CLAIM),
        Field("dates", Kind.SHAPES, "Dates, normalized, with their events.", shape=DATE),
        Field(
            "generated",
            Kind.NAMED_TEXTS,
            "The questions studyguide wrote about the article: each id with a fingerprint of "
            "its lines as written. Leave it as it is: generating again reads it to keep your "
            "edits and not to bring back questions you deleted.",
        ),
    ),
)

PAIR = Shape(
    "pair",
    "One item of a matching question and the item it matches.",
    (
        _text("left", "The item students start from.", required=True),
        _text("right", "The item that matches it.", required=True),
    ),
)

EVIDENCE = Shape(
    "evidence",
    "Article text the answer rests on. Give only `text` and its offsets are found for you.",
    (
        _text("text", "The words, exactly as the article has them.", required=True),
        _offset("start", "Character offset where the text starts.", required=False),
        _offset("end", "Character offset just after the text.", required=False),
    ),
)

QUESTION = Shape(
    "question",
    "One question. A hand-written one needs only type, prompt and what its type needs.",
    (
        _text(
            "id", "A stable name for the question; made from the article and prompt if left out."
        ),
        Field(
            "type",
            Kind.CHOICE,
            "The kind of question.",
            required=True,
            values=tuple(t.value for t in QuestionType),
            noun="question type",
            unknown_code=codes.UNKNOWN_TYPE,
        ),
        _text(
            "article", "The id of the article the question is about (optional with one article)."
        ),
        _text("prompt", "The question as students read it.", required=True),
        Field("choices", Kind.TEXTS, "multiple_choice: the options, the answer among them."),
        _text(
            "answer",
            "The correct choice, True or False, or the expected words (not for matching/ordering).",
        ),
        Field("accepted", Kind.TEXTS, "fill_blank, short_answer: other answers to accept."),
        Field("pairs", Kind.SHAPES, "matching: each left item with its right item.", shape=PAIR),
        Field("order", Kind.TEXTS, "ordering: the items in their correct order."),
        _text("explanation", "Why the answer is right, shown after answering and in the key."),
        Field("evidence", Kind.SHAPES, "The article text the answer rests on.", shape=EVIDENCE),
        Field(
            "difficulty",
            Kind.CHOICE,
            "easy, medium (the default) or hard.",
            values=tuple(d.value for d in Difficulty),
        ),
        Field("tags", Kind.TEXTS, "Labels to filter questions by."),
        Field("points", Kind.INTEGER, "What the question is worth (default 1)."),
        _text("altered", "true_false: what was changed from the article to make it false."),
    ),
)

BANK = Shape(
    "bank",
    "A studyguide question bank.",
    (
        Field("schema", Kind.INTEGER, "The format's version: 1.", required=True),
        _text("title", "The bank's title, printed on worksheets.", required=True),
        Field("articles", Kind.SHAPES, "The articles the questions are about.", True, ARTICLE),
        Field("questions", Kind.SHAPES, "The questions.", shape=QUESTION),
    ),
)

TYPE_NEEDS: dict[QuestionType, tuple[str, ...]] = {
    QuestionType.MULTIPLE_CHOICE: ("choices", "answer"),
    QuestionType.TRUE_FALSE: ("answer",),
    QuestionType.FILL_BLANK: ("answer",),
    QuestionType.SHORT_ANSWER: ("answer",),
    QuestionType.MATCHING: ("pairs",),
    QuestionType.ORDERING: ("order",),
}
"""The fields each question type cannot do without."""

TYPE_USES: dict[QuestionType, tuple[str, ...]] = {
    QuestionType.MULTIPLE_CHOICE: (),
    QuestionType.TRUE_FALSE: ("altered",),
    QuestionType.FILL_BLANK: ("accepted",),
    QuestionType.SHORT_ANSWER: ("accepted",),
    QuestionType.MATCHING: (),
    QuestionType.ORDERING: (),
}
"""Optional fields that only some question types use."""

TYPE_FIELDS = frozenset({"choices", "answer", "accepted", "pairs", "order", "altered"})
"""Fields whose meaning depends on the question's type."""

KEY_SYNONYMS: dict[str, str] = {
    "question": "prompt",
    "options": "choices",
    "correct": "answer",
    "correct_answer": "answer",
    "answers": "accepted",
    "alternatives": "accepted",
    "level": "difficulty",
    "score": "points",
    "matches": "pairs",
    "sequence": "order",
    "date": "published",
    "body": "text",
}
"""Keys people write from habit, and the key this format uses for the same thing."""


# -- the JSON Schema --------------------------------------------------------------


def json_schema() -> dict[str, Any]:
    """The bank format as a JSON Schema (draft 2020-12), for editors and other tools."""
    definitions = {}
    for shape in (OFFSETS, TEXT_SPAN, ENTITY, QUOTE, CLAIM, DATE, ARTICLE, PAIR, EVIDENCE):
        definitions[shape.name] = _shape_schema(shape)
    question = _shape_schema(QUESTION)
    question["allOf"] = [
        {
            "if": {"properties": {"type": {"const": qtype.value}}, "required": ["type"]},
            "then": {"required": list(needs)},
        }
        for qtype, needs in TYPE_NEEDS.items()
    ]
    definitions["question"] = question
    schema = _shape_schema(BANK)
    schema["properties"]["schema"] = {
        "const": SCHEMA_VERSION,
        "description": "The format's version.",
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "studyguide question bank",
        **schema,
        "$defs": definitions,
    }


def _shape_schema(shape: Shape) -> dict[str, Any]:
    result: dict[str, Any] = {
        "type": "object",
        "description": shape.doc,
        "properties": {field.name: _field_schema(field) for field in shape.fields},
        "additionalProperties": False,
    }
    required = [field.name for field in shape.fields if field.required]
    if required:
        result["required"] = required
    return result


# Text fields take any scalar: the loader keeps `No`, `3.10` and `2003` as the text typed,
# while an editor reading YAML 1.2 sees them as booleans or numbers.
_ANY_SCALAR = ["string", "number", "boolean"]


def _field_schema(field: Field) -> dict[str, Any]:
    if field.kind is Kind.TEXT:
        result: dict[str, Any] = {"type": _ANY_SCALAR}
    elif field.kind is Kind.INTEGER:
        result = {"type": "integer", "minimum": 0}
    elif field.kind is Kind.CHOICE:
        result = {"enum": list(field.values)}
    elif field.kind is Kind.TEXTS:
        result = {"type": "array", "items": {"type": _ANY_SCALAR}}
    elif field.kind is Kind.NAMED_TEXTS:
        result = {"type": "object", "additionalProperties": {"type": _ANY_SCALAR}}
    else:
        assert field.shape is not None
        reference = {"$ref": f"#/$defs/{field.shape.name}"}
        result = (
            dict(reference) if field.kind is Kind.SHAPE else {"type": "array", "items": reference}
        )
    result["description"] = field.doc
    return result


def schema_text() -> str:
    """`json_schema()` as the text of `schema.json`."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def write_schema_file() -> None:
    """Write `schema.json` from the tables above."""
    SCHEMA_FILE.write_text(schema_text(), encoding="utf-8")
