"""Matching: speakers to their statements, people to their roles, statements to the parts
of the article they come from, events to their years."""

from __future__ import annotations

import random
import re

from studyguide.generation.context import Context, comparable
from studyguide.generation.people import role_phrase
from studyguide.generation.registry import Candidate, generator
from studyguide.generation.subjects import subject_facts
from studyguide.generation.text import balanced, capitalized, excerpt, gives_away, mentions
from studyguide.model import (
    Difficulty,
    EntityKind,
    Evidence,
    Pair,
    Question,
    QuestionType,
    QuoteKind,
    Span,
)

_MIN_PAIRS, _MAX_PAIRS = 3, 5
"""Two pairs match themselves once one is known: three at least."""
_STATEMENT_WORDS = 16
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@generator("speaker-statements", QuestionType.MATCHING)
def speaker_statements(ctx: Context) -> list[Candidate]:
    """Each speaker with one thing they said, when the article quotes two or more people."""
    rng = random.Random(f"speaker-statements:{ctx.article.id}")
    chosen: dict[str, tuple[str, Span]] = {}
    for speaker in ctx.speakers():
        said = [
            (f"“{excerpt(q.content.text, _STATEMENT_WORDS)}”", q.sentence)
            for q in ctx.analysis.quotes
            if q.speaker == speaker and q.kind is QuoteKind.DIRECT
        ] + [
            (capitalized(excerpt(c.content.text, _STATEMENT_WORDS)), c.sentence)
            for c in ctx.analysis.claims
            if c.speaker == speaker
        ]
        said = [
            (text, where)
            for text, where in said
            if len(text.split()) >= 5
            and balanced(text)
            and not any(mentions(text, other) for other in ctx.speakers())
        ]
        if said:
            chosen[speaker] = rng.choice(said)
    if len(chosen) < _MIN_PAIRS:
        return []
    speakers = list(chosen)[:_MAX_PAIRS]
    pairs = tuple(Pair(chosen[s][0], s) for s in speakers)
    evidence = ctx.evidence(*(chosen[s][1] for s in speakers))
    question = _question(
        ctx,
        "speakers",
        "Match each statement to the person who made it.",
        pairs,
        evidence,
        "The article quotes "
        + "; ".join(f"{s} in paragraph {_where(ctx, chosen[s][1])}" for s in speakers)
        + ".",
        ("quote", "person"),
    )
    return [Candidate(question, fact="match:speakers", score=3.0 + 0.2 * len(pairs))]


@generator("people-roles", QuestionType.MATCHING)
def people_roles(ctx: Context) -> list[Candidate]:
    people = [p for p in ctx.entities(EntityKind.PERSON) if p.role and len(p.name.split()) > 1]
    seen: set[str] = set()
    rows = []
    for person in people:
        assert person.role is not None
        phrase = role_phrase(person.role)
        key = comparable(person.role)
        if phrase is None or key in seen or len(person.role.split()) > 8:
            continue
        if mentions(person.role, person.name):
            continue
        # The sentence that gives the role, so that the evidence shows every pair.
        sentence = next(
            (
                found
                for mention in sorted(person.mentions, key=lambda m: m.start)
                if (found := ctx.sentence_of(mention.start)) is not None
                and person.role in found.text
            ),
            None,
        )
        if sentence is None:
            continue
        seen.add(key)
        rows.append((person.name, person.role, sentence))
    rows = rows[:_MAX_PAIRS]
    if len(rows) < _MIN_PAIRS:
        return []
    pairs = tuple(Pair(name, role) for name, role, _ in rows)
    evidence = ctx.evidence(*(s for _, _, s in rows))
    question = _question(
        ctx,
        "roles",
        "Match each person to the role the article gives them.",
        pairs,
        evidence,
        "; ".join(f"{name}: {role}" for name, role, _ in rows) + ".",
        ("person", "role"),
    )
    return [Candidate(question, fact="match:roles", score=1.0 + 0.5 * len(pairs))]


@generator("section-statements", QuestionType.MATCHING)
def section_statements(ctx: Context) -> list[Candidate]:
    """Statements matched to the subheads of the parts they come from: their topics."""
    headings = [p.span for p in ctx.article.paragraphs if p.heading]
    if len(headings) < 2:
        return []
    said = sorted(
        [(q.content, q.sentence, True) for q in ctx.analysis.quotes if q.kind is QuoteKind.DIRECT]
        + [(c.content, c.sentence, False) for c in ctx.analysis.claims],
        key=lambda pair: pair[0].start,
    )
    rows = []
    for index, heading in enumerate(headings):
        end = headings[index + 1].start if index + 1 < len(headings) else len(ctx.article.text)
        inside = [
            (content, sentence, direct)
            for content, sentence, direct in said
            if heading.end <= content.start < end
            and len(content.text.split()) >= 6
            and balanced(excerpt(content.text, _STATEMENT_WORDS))
        ]
        if inside:
            content, sentence, direct = inside[0]
            text = capitalized(excerpt(content.text, _STATEMENT_WORDS))
            rows.append((f"“{text}”" if direct else text, heading, sentence))
    if len(rows) < _MIN_PAIRS:
        return []
    pairs = tuple(Pair(text, topic.text) for text, topic, _ in rows[:_MAX_PAIRS])
    # The subheads are evidence too: each topic stands in the article as written.
    evidence = ctx.evidence(*(span for _, h, s in rows[:_MAX_PAIRS] for span in (h, s)))
    question = _question(
        ctx,
        "sections",
        "Match each statement to the topic of the part of the article it comes from.",
        pairs,
        evidence,
        "Each statement stands under the subhead it is matched with.",
        ("quote", "topic"),
    )
    return [Candidate(question, fact="match:sections", score=1.5 + 0.5 * len(pairs))]


@generator("event-years", QuestionType.MATCHING)
def event_years(ctx: Context) -> list[Candidate]:
    """Events to their years, when the article dates two or more events in different years."""
    rows: dict[str, tuple[str, Span]] = {}
    for date in ctx.analysis.dates:
        if date.value is None or not re.fullmatch(r"\d{4}", date.value[:4]) or date.event is None:
            continue
        if ctx.in_heading(date.sentence):
            continue
        year = date.value[:4]
        event = " ".join(date.event.text.split()).strip(" ,.")
        if year in rows or not _event_reads(event) or _YEAR.search(event):
            continue
        rows[year] = (capitalized(event), date.sentence)
    if len(rows) < _MIN_PAIRS:
        return []
    years = sorted(rows)[:_MAX_PAIRS]
    pairs = tuple(Pair(rows[y][0], y) for y in years)
    evidence = ctx.evidence(*(rows[y][1] for y in years))
    question = _question(
        ctx,
        "years",
        "Match each event to the year the article gives for it.",
        pairs,
        evidence,
        "; ".join(f"{y}: paragraph {_where(ctx, rows[y][1])}" for y in years) + ".",
        ("date",),
    )
    return [Candidate(question, fact="match:years", score=1.5 + 0.5 * len(pairs))]


@generator("name-facts", QuestionType.MATCHING)
def name_facts(ctx: Context) -> list[Candidate]:
    """Names to what the article says they did: "has blamed high fuel prices for ..."."""
    rows: list[tuple[str, str, Span]] = []
    for fact in subject_facts(ctx):
        if fact.speaker is not None or any(ctx.alike(fact.answer, name) for name, _, _ in rows):
            continue
        predicate = excerpt(fact.predicate, _STATEMENT_WORDS)
        if any(mentions(predicate, name) for name, _, _ in rows) or not balanced(predicate):
            continue
        rows.append((fact.answer, capitalized(predicate), fact.evidence))
    rows = rows[:_MAX_PAIRS]
    if len(rows) < _MIN_PAIRS:
        return []
    # A name shown in another row's words would match itself.
    if any(gives_away(text, ctx.forms(name)) for name, _, _ in rows for _, text, _ in rows):
        return []
    pairs = tuple(Pair(text, name) for name, text, _ in rows)
    question = _question(
        ctx,
        "names",
        "Match each statement to the name it is about.",
        pairs,
        ctx.evidence(*(s for _, _, s in rows)),
        "; ".join(f"{name}: paragraph {_where(ctx, s)}" for name, _, s in rows) + ".",
        ("person" if any(" " in n for n, _, _ in rows) else "organization", "claim"),
    )
    return [Candidate(question, fact="match:names", score=1.5 + 0.5 * len(pairs))]


def _event_reads(event: str) -> bool:
    """Whether an event clause stands alone: a few words, not opening on a pronoun or "which"."""
    words = event.split()
    if not 4 <= len(words) <= 18 or not balanced(event) or event[-1:].isdigit():
        return False
    return words[0].lower() not in {
        "which",
        "who",
        "that",
        "it",
        "this",
        "they",
        "he",
        "she",
        "and",
    }


def _where(ctx: Context, span: Span) -> int:
    return ctx.paragraph_number(span.start)


def _question(
    ctx: Context,
    key: str,
    prompt: str,
    pairs: tuple[Pair, ...],
    evidence: tuple[Evidence, ...],
    explanation: str,
    tags: tuple[str, ...],
) -> Question:
    return Question(
        id=ctx.question_id(QuestionType.MATCHING, key),
        type=QuestionType.MATCHING,
        article=ctx.article.id,
        prompt=prompt,
        pairs=pairs,
        explanation=explanation,
        evidence=evidence,
        # Matching asks for several facts at once: hard from four pairs on.
        difficulty=Difficulty.HARD if len(pairs) >= 4 else Difficulty.MEDIUM,
        tags=tags,
        points=len(pairs),
    )
