"""Bank text to a `Bank`, reporting every problem found on the way.

Reading goes in three steps: `document.compose` turns the text into YAML nodes (safely),
`fields.read_shape` checks each mapping's keys and value kinds against `schema`, and the
`_Builder` here checks what ties the parts together (ids, articles, answers, evidence)
and builds the model objects. A problem never stops the reading: all are reported.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from typing import TypeVar

from yaml.nodes import MappingNode, Node, ScalarNode

from studyguide.bank import codes
from studyguide.bank.fields import BANK_LABEL, Fields, read_shape
from studyguide.bank.problems import Report, did_you_mean, listing, quoted
from studyguide.bank.rules import RULES, true_false_answer
from studyguide.bank.schema import BANK, TYPE_FIELDS, TYPE_NEEDS, TYPE_USES
from studyguide.bank.yaml_nodes import compose, compose_fast, describe
from studyguide.errors import InvalidBank, Problem
from studyguide.model import (
    SCHEMA_VERSION,
    Bank,
    BankArticle,
    Claim,
    DateMention,
    Difficulty,
    Entity,
    EntityKind,
    Evidence,
    GeneratedRecord,
    Pair,
    Question,
    QuestionType,
    Quote,
    QuoteKind,
    Span,
)

_T = TypeVar("_T")

NO_OFFSET = -1
"""The offsets of evidence text that is not in the article: kept as typed, without a place."""

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def check_bank(text: str, filename: str = "<bank>") -> tuple[Bank | None, list[Problem]]:
    """Read a bank's text: the bank (None if there are errors) and every problem, warnings too."""
    fast = compose_fast(text)
    if isinstance(fast, MappingNode):
        # A bank without errors is read at libyaml's speed (its warnings too); one with
        # errors is read again below, by the reader whose places the error messages use.
        quick = Report(filename)
        bank = _Builder(quick).bank(fast)
        if not quick.has_errors:
            return bank, quick.problems
    report = Report(filename)
    root = compose(text, report)
    if report.has_errors:
        return None, report.problems
    if root is None or (isinstance(root, ScalarNode) and root.value == ""):
        report.error(
            None,
            codes.EMPTY,
            "the file is empty" if not text.strip() else "the file holds only comments",
            "create a bank with: studyguide generate ARTICLE -o BANK",
        )
        return None, report.problems
    if not isinstance(root, MappingNode):
        report.error(
            root,
            codes.NOT_A_MAPPING,
            "the top level must be a mapping (schema, title, articles, questions), "
            f"not {describe(root)}",
            "a bank starts with the lines schema: 1 and title: ...",
        )
        return None, report.problems
    bank = _Builder(report).bank(root)
    return (None if report.has_errors else bank), report.problems


def parse_bank(text: str, filename: str = "<bank>") -> Bank:
    """Read a bank's text; raise `InvalidBank` listing every problem if it has errors."""
    bank, problems = check_bank(text, filename)
    if bank is None:
        raise InvalidBank(filename, problems)
    return bank


def question_id(article: str, prompt: str) -> str:
    """The id a question gets when none is written: stable for one article and prompt."""
    digest = hashlib.sha1(f"{article}\n{prompt}".encode()).hexdigest()
    return f"q-{digest[:8]}"


class _Builder:
    def __init__(self, report: Report) -> None:
        self.report = report
        self.article_texts: dict[str, str | None] = {}
        """Each article's text by id (None when the text itself is broken), for questions."""

    def bank(self, root: MappingNode) -> Bank | None:
        fields = read_shape(root, BANK, BANK_LABEL, self.report)
        if fields is None:
            return None
        schema = fields.integer("schema")
        if schema is not None and schema != SCHEMA_VERSION:
            self.report.error(
                fields.where("schema"),
                codes.SCHEMA_VERSION,
                f"schema version {schema} is not one this studyguide reads "
                f"(it reads {SCHEMA_VERSION})",
                "install a newer studyguide, or check the number",
            )
        articles = [self.article(f) for f in self._unique(fields.shapes("articles"), "article")]
        questions = [(self.question(f), f) for f in fields.shapes("questions")]
        self._check_unique_question_ids(questions)
        title = fields.text("title")
        if title is None or None in articles or any(q is None for q, _ in questions):
            return None
        return Bank(
            title=title,
            articles=tuple(a for a in articles if a is not None),
            questions=tuple(q for q, _ in questions if q is not None),
            schema=schema if schema is not None else SCHEMA_VERSION,
        )

    def _unique(self, items: list[Fields], noun: str) -> list[Fields]:
        """Report items whose id was used before; return all of them."""
        first_seen: dict[str, Fields] = {}
        for item in items:
            item_id = item.text("id")
            if item_id is None:
                continue
            if item_id in first_seen:
                line = first_seen[item_id].node.start_mark.line + 1
                self.report.error(
                    item.where("id"),
                    codes.DUPLICATE_ID,
                    f"{item.label}: the {noun} id {quoted(item_id)} is already used on line {line}",
                    f"give each {noun} its own id",
                )
            else:
                first_seen[item_id] = item
        return items

    # -- articles -----------------------------------------------------------------

    def article(self, fields: Fields) -> BankArticle | None:
        article_id, title, text = fields.text("id"), fields.text("title"), fields.text("text")
        if article_id is not None and article_id not in self.article_texts:
            self.article_texts[article_id] = text
        published = fields.text("published")
        if published is not None and not _is_iso_date(published):
            self.report.error(
                fields.where("published"),
                codes.INVALID_VALUE,
                f"{fields.label}: published must be a date written YYYY-MM-DD, "
                f"not {quoted(published)}",
                "for example: published: 2015-10-11",
            )
        people = [self.entity(f, EntityKind.PERSON) for f in fields.shapes("people")]
        organizations = [
            self.entity(f, EntityKind.ORGANIZATION) for f in fields.shapes("organizations")
        ]
        quotes = [self.quote(f, text) for f in fields.shapes("quotes")]
        claims = [self.claim(f, text) for f in fields.shapes("claims")]
        dates = [self.date(f, text) for f in fields.shapes("dates")]
        if article_id is None or title is None or text is None:
            return None
        return BankArticle(
            id=article_id,
            title=title,
            text=text,
            source=fields.text("source"),
            place=fields.text("place"),
            published=published,
            language=fields.text("language"),
            people=_present(people),
            organizations=_present(organizations),
            quotes=_present(quotes),
            claims=_present(claims),
            dates=_present(dates),
            generated=tuple(GeneratedRecord(*item) for item in fields.named_texts("generated")),
        )

    def entity(self, fields: Fields, kind: EntityKind) -> Entity | None:
        name = fields.text("name")
        if name is None:
            return None
        return Entity(name, kind, (), fields.texts("aliases"), fields.text("role"))

    def quote(self, fields: Fields, text: str | None) -> Quote | None:
        content = self.span(fields, text)
        kind = fields.text("kind")
        if content is None or kind is None:
            return None
        sentence = self.offsets(fields.shape("sentence"), text) or content
        continues = (fields.integer("part") or 1) > 1
        return Quote(
            content,
            QuoteKind(kind),
            fields.text("speaker"),
            sentence,
            fields.text("cue"),
            continues=continues,
        )

    def claim(self, fields: Fields, text: str | None) -> Claim | None:
        content = self.span(fields, text)
        cue = fields.text("cue")
        if content is None or cue is None:
            return None
        sentence = self.offsets(fields.shape("sentence"), text) or content
        return Claim(content, fields.text("speaker"), cue, sentence)

    def date(self, fields: Fields, text: str | None) -> DateMention | None:
        span = self.span(fields, text)
        if span is None:
            return None
        event_fields = fields.shape("event")
        event = self.span(event_fields, text) if event_fields is not None else None
        if fields.has("event") and event is None:
            return None
        sentence = self.offsets(fields.shape("sentence"), text) or span
        return DateMention(span, fields.text("value"), sentence, fields.text("mod"), event)

    def span(self, fields: Fields, article_text: str | None) -> Span | None:
        """The text, start and end of `fields` as a Span; warns if the article reads otherwise."""
        text, start, end = fields.text("text"), fields.integer("start"), fields.integer("end")
        if start is None or end is None or not self._ordered(fields, start, end) or text is None:
            return None
        if article_text is not None:
            self._check_text(fields, article_text, Span(start, end, text))
        return Span(start, end, text)

    def offsets(self, fields: Fields | None, article_text: str | None) -> Span | None:
        """A span given by offsets alone, its text read from the article."""
        if fields is None:
            return None
        start, end = fields.integer("start"), fields.integer("end")
        if start is None or end is None or not self._ordered(fields, start, end):
            return None
        if article_text is None:
            return Span(start, end, "")
        if end > len(article_text):
            self.report.warning(
                fields.node,
                codes.TEXT_MISMATCH,
                f"{fields.label}: end {end} is past the end of the article text "
                f"({len(article_text)} characters)",
                "fix the offsets, or delete the sentence line",
            )
        return Span(start, end, article_text[start:end])

    def _ordered(self, fields: Fields, start: int, end: int) -> bool:
        if start <= end:
            return True
        self.report.error(
            fields.where("start"),
            codes.BAD_OFFSETS,
            f"{fields.label}: start {start} comes after end {end}",
            "start is where the text begins in the article, end is just after it",
        )
        return False

    def _check_text(self, fields: Fields, article_text: str, span: Span) -> None:
        actual = article_text[span.start : span.end]
        if actual == span.text:
            return
        found = article_text.find(span.text)
        if found >= 0:
            end = found + len(span.text)
            hint = f"the text is at {found}..{end}: set start: {found} and end: {end}"
        elif span.end > len(article_text):
            hint = f"the article text has only {len(article_text)} characters"
        else:
            hint = f"the article reads {quoted(actual)} there; fix the offsets or the text"
        self.report.warning(
            fields.node,
            codes.TEXT_MISMATCH,
            f"{fields.label}: the text no longer matches the article at {span.start}..{span.end}",
            hint,
        )

    # -- questions ----------------------------------------------------------------

    def question(self, fields: Fields) -> Question | None:
        type_name, prompt = fields.text("type"), fields.text("prompt")
        qtype = QuestionType(type_name) if type_name is not None else None
        article_id = self._question_article(fields)
        if qtype is not None:
            self._check_type_fields(fields, qtype)
            RULES[qtype](fields, self.report)
        answer = fields.text("answer") or ""
        if qtype is QuestionType.TRUE_FALSE:
            answer = true_false_answer(answer) or answer
        evidence = [self.evidence(f, article_id) for f in fields.shapes("evidence")]
        if qtype is None or prompt is None or article_id is None or None in evidence:
            return None
        difficulty = fields.text("difficulty")
        points = fields.integer("points")
        return Question(
            id=fields.text("id") or question_id(article_id, prompt),
            type=qtype,
            article=article_id,
            prompt=prompt,
            answer=answer,
            choices=fields.texts("choices"),
            accepted=fields.texts("accepted"),
            pairs=tuple(_pair(p) for p in fields.shapes("pairs")),
            order=fields.texts("order"),
            explanation=fields.text("explanation") or "",
            evidence=tuple(e for e in evidence if e is not None),
            difficulty=Difficulty(difficulty) if difficulty is not None else Difficulty.MEDIUM,
            tags=fields.texts("tags"),
            points=points if points is not None else 1,
            altered=fields.text("altered"),
        )

    def _question_article(self, fields: Fields) -> str | None:
        article_id = fields.text("article")
        known = list(self.article_texts)
        if article_id is None:
            if fields.has("article"):
                return None
            if len(known) == 1:
                return known[0]
            if known:
                message = (
                    f"{fields.label}: the bank has {len(known)} articles; "
                    'say which one the question is about with "article:"'
                )
                hint = f"the bank's articles: {listing(known)}"
            else:
                message = f"{fields.label}: the bank has no article for the question to be about"
                hint = 'add the article under "articles:"'
            self.report.error(fields.node, codes.WHICH_ARTICLE, message, hint)
            return None
        if article_id not in self.article_texts:
            self.report.error(
                fields.where("article"),
                codes.UNKNOWN_ARTICLE,
                f"{fields.label}: the bank has no article with id {quoted(article_id)}",
                did_you_mean(
                    article_id, known, also=f"the bank's articles: {listing(known) or 'none'}"
                ),
            )
            return None
        return article_id

    def _check_type_fields(self, fields: Fields, qtype: QuestionType) -> None:
        needs = TYPE_NEEDS[qtype]
        for name in needs:
            if name not in fields.keys and name not in fields.suggested:
                self.report.error(
                    fields.node,
                    codes.MISSING,
                    f'{fields.label}: a {qtype.value} question needs "{name}"',
                    _NEEDS_HINTS[name],
                )
            elif name not in fields.values and _is_blank(fields.where(name)):
                self.report.error(
                    fields.where(name),
                    codes.INVALID_VALUE,
                    f"{fields.label}: {name} is empty",
                    _NEEDS_HINTS[name],
                )
        unused = sorted(TYPE_FIELDS - set(needs) - set(TYPE_USES[qtype]))
        for name in unused:
            if name in fields.keys:
                self.report.warning(
                    fields.key_node(name),
                    codes.UNUSED_FIELD,
                    f'{fields.label}: {qtype.value} questions do not use "{name}"',
                    "delete the line, or change the question's type",
                )

    def evidence(self, fields: Fields, article_id: str | None) -> Evidence | None:
        text = fields.text("text")
        for given, missing in (("start", "end"), ("end", "start")):
            if fields.has(given) and not fields.has(missing):
                self.report.error(
                    fields.node,
                    codes.MISSING,
                    f'{fields.label}: "{given}" without "{missing}"',
                    "give both start and end, or neither and the text is looked up in the article",
                )
                return None
        article_text = self.article_texts.get(article_id) if article_id is not None else None
        if text is None:
            return None
        if not fields.has("start"):
            found = article_text.find(text) if article_text is not None else -1
            if found >= 0:
                return Evidence(found, found + len(text), text)
            if article_text is not None:
                self.report.warning(
                    fields.node,
                    codes.TEXT_MISMATCH,
                    f"{fields.label}: the evidence text is not in the article",
                    "copy the words exactly as the article has them",
                )
            return Evidence(NO_OFFSET, NO_OFFSET, text)
        span = self.span(fields, article_text)
        return Evidence(span.start, span.end, span.text) if span is not None else None

    def _check_unique_question_ids(self, questions: list[tuple[Question | None, Fields]]) -> None:
        first_seen: dict[str, Fields] = {}
        for question, fields in questions:
            if question is None:
                continue
            if question.id not in first_seen:
                first_seen[question.id] = fields
                continue
            line = first_seen[question.id].node.start_mark.line + 1
            if fields.has("id"):
                message = (
                    f"{fields.label}: the question id {quoted(question.id)} "
                    f"is already used on line {line}"
                )
                hint = "give each question its own id"
            else:
                message = (
                    f"{fields.label}: the same article and prompt as the question on line {line}"
                )
                hint = "delete one of the two, or give one an id line"
            self.report.error(fields.where("id"), codes.DUPLICATE_ID, message, hint)


_NEEDS_HINTS = {
    "choices": 'add "choices:" with each option on its own line, starting with "- "',
    "answer": 'add a line "answer: ..." with the right answer',
    "pairs": 'add "pairs:" with items "- left: ..." and "right: ..." below each',
    "order": 'add "order:" with the items in their right order, each starting with "- "',
}


def _pair(fields: Fields) -> Pair:
    return Pair(fields.text("left") or "", fields.text("right") or "")


def _is_blank(node: Node) -> bool:
    return isinstance(node, ScalarNode) and not node.value.strip()


def _is_iso_date(value: str) -> bool:
    if not _ISO_DATE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _present(items: list[_T | None]) -> tuple[_T, ...]:
    return tuple(item for item in items if item is not None)
