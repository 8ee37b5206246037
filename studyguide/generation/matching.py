"""Matching: speakers to their positions, events to their years, names to what they did.

Not people to their roles: teachers strike that out as memorising labels, a team sheet;
a role is asked about one person at a time, where it matters to the story."""

from __future__ import annotations

import re

from studyguide.generation.context import Context
from studyguide.generation.ordering import dated_event
from studyguide.generation.plan import is_lead
from studyguide.generation.registry import Candidate, generator
from studyguide.generation.subjects import subject_facts
from studyguide.generation.wording import (
    balanced,
    capitalized,
    first_clause,
    gives_away,
    mentions,
    named_among,
    whole_sentence,
)
from studyguide.generation.writing_words import NEEDS_CONTEXT
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
_STATEMENT_WORDS = 28
"""A statement longer than this is cut to its first clause, or left out: a line of a matching
item is read at a glance beside the others."""
_FACT_WORDS = 16
"""A line of a names-to-facts matching is shorter than a view: what someone did, at a glance."""
_MIN_STATEMENT_WORDS = 6


@generator("speaker-statements", QuestionType.MATCHING)
def speaker_statements(ctx: Context) -> list[Candidate]:
    """Who holds which view: each speaker with the position the article first reports
    them taking, when it quotes three people or more."""
    # Each speaker's first position, as their own words and as reported words where the
    # article has both; the items are then all of one form.
    found: dict[str, dict[bool, tuple[str, Span]]] = {}
    for speaker in ctx.speakers():
        if len(speaker.split()) < 2:
            continue  # "Hynde" beside full names: name each the same way, or not at all
        said = (
            [
                (whole_sentence(q.content.text, _STATEMENT_WORDS), q.sentence, True)
                for q in ctx.quotes
                if q.speaker == speaker and q.kind is QuoteKind.DIRECT
            ]
            + [
                # Reported words with a phrase quoted: "lifting it would be “irresponsible”".
                (first_clause(ctx.as_clause(q.content), _STATEMENT_WORDS), q.sentence, False)
                for q in ctx.quotes
                if q.speaker == speaker and q.kind is QuoteKind.MIXED
            ]
            + [
                (first_clause(ctx.as_clause(c.content), _STATEMENT_WORDS), c.sentence, False)
                for c in ctx.analysis.claims
                if c.speaker == speaker
            ]
        )
        said.sort(key=lambda item: item[1].start)
        for text, where, direct in said:
            # The lead is the main-idea question's; a pronoun or "that" at the start
            # points to words the item does not show.
            if text is None or is_lead(ctx, where) or named_among(where.text, speaker):
                continue  # the lead is the main idea's; a joint letter is not one person's
            first = text.split()[0].lower().strip('“",')
            if first in NEEDS_CONTEXT or first in {"which", "who"} or not balanced(text):
                continue
            if any(mentions(text, other) for other in ctx.speakers()):
                continue
            # "That's where the best teams are" points back; "It's a case of wait and see"
            # could be anyone's.
            if len(text.split()) < _MIN_STATEMENT_WORDS or re.sub(r"['’]\w+$", "", first) in (
                NEEDS_CONTEXT
            ):
                continue
            if direct and not text.lstrip("“\"'")[:1].isupper():
                continue  # "one of the best ... complexes in rock 'n' roll": a phrase mocked
            if not direct and not ctx.stands_alone(capitalized(text), where.start):
                continue  # "The figures were plausible", told by the article: which figures?
            forms = found.setdefault(speaker, {})
            forms.setdefault(direct, (f"“{text}”" if direct else capitalized(text), where))
    chosen = _of_one_form(found)
    if len(chosen) < _MIN_PAIRS:
        return []
    speakers = list(chosen)[:_MAX_PAIRS]
    pairs = tuple(Pair(chosen[s][0], s) for s in speakers)
    evidence = ctx.evidence(*(chosen[s][1] for s in speakers))
    question = _question(
        ctx,
        "speakers",
        f"Match each statement to the {_who(ctx, speakers)} who made it.",
        pairs,
        evidence,
        "The article quotes "
        + "; ".join(f"{s} in paragraph {_where(ctx, chosen[s][1])}" for s in speakers)
        + ".",
        ("quote", "person", "viewpoint"),
    )
    points = ("views", *(f"position:{s}" for s in speakers))
    return [Candidate(question, fact="match:speakers", score=3.0 + 0.2 * len(pairs), points=points)]


def _who(ctx: Context, speakers: list[str]) -> str:
    """ "person", or "person or group" where a body speaks among them ("the Making
    Decisions Alliance")."""
    bodies = [s for s in speakers if (e := ctx.entity_named(s)) and e.kind is not EntityKind.PERSON]
    return "person or group" if bodies else "person"


def _of_one_form(found: dict[str, dict[bool, tuple[str, Span]]]) -> dict[str, tuple[str, Span]]:
    """Each speaker's first position (in the article's order), all quoted or all reported,
    in the form three speakers or more have; none where neither has. A quotation beside
    "The band had ..." reads as two kinds of thing, and teachers print neither."""
    for direct in (True, False):
        alike = {s: forms[direct] for s, forms in found.items() if direct in forms}
        if len(alike) >= _MIN_PAIRS:
            return alike
    return {}


@generator("event-years", QuestionType.MATCHING)
def event_years(ctx: Context) -> list[Candidate]:
    """Events to their years, when the article dates two or more events in different years."""
    rows: dict[str, tuple[str, Span]] = {}
    for date in ctx.analysis.dates:
        if date.value is None or not re.fullmatch(r"\d{4}", date.value[:4]):
            continue
        year = date.value[:4]
        event = dated_event(ctx, date)
        if event is None or year in rows:
            continue
        if event in (text for text, _ in rows.values()):
            continue  # one event over a span of years ("for the years 2006 to 2015")
        rows[year] = (event, date.sentence)
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
    return [
        Candidate(question, fact="match:years", score=1.0 + 0.3 * len(pairs), points=("timeline",))
    ]


@generator("name-facts", QuestionType.MATCHING)
def name_facts(ctx: Context) -> list[Candidate]:
    """Names to what the article says they did: "has blamed high fuel prices for ..."."""
    rows: list[tuple[str, str, Span]] = []
    for fact in subject_facts(ctx):
        if fact.speaker is not None or any(ctx.alike(fact.answer, name) for name, _, _ in rows):
            continue
        predicate = " ".join(fact.predicate.split())
        if (
            len(predicate.split()) > _FACT_WORDS
            or any(mentions(predicate, name) for name, _, _ in rows)
            or any(capitalized(predicate) == text for _, text, _ in rows)
            or not balanced(predicate)
        ):
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
