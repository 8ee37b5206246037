"""Ordering: the story's dated events in the order they happened.

Never points in the order the article makes them: that tests where sentences stand, not
what a reader understood."""

from __future__ import annotations

import re

from studyguide.generation.context import Context
from studyguide.generation.plan import is_lead
from studyguide.generation.registry import Candidate, generator
from studyguide.generation.wording import balanced, capitalized, has_verb, without_full_stop
from studyguide.generation.writing_words import YEAR
from studyguide.model import DateMention, Difficulty, Question, QuestionType, Span

_MAX_ITEMS = 5
_DATE_VALUE = re.compile(r"\d{4}(-\d\d(-\d\d)?)?")
_LOOK_BACK = 80
"""Characters before a date read for a word that binds it: far more than the few it takes."""
_BOUND = re.compile(r"\b(?:since|until|till|to|through|by|from|before|after)\s+(?:the\s+)?$", re.I)
_FORECAST = re.compile(
    r"\b(?:forecasts?|predicts?|predicted|expects?|expected|could|may|might|will|would"
    r"|plans?|planned|proposed|proposes|aims?|hopes?)\b",
    re.I,
)
_MAX_EVENT_WORDS = 18
_SUPERLATIVE_END = re.compile(r"\b(?:lowest|highest|biggest|largest|smallest|best|worst)\b\W*\w*$")
_POINTING = frozenset("which who that and it this they he she".split())


def dated_event(ctx: Context, date: DateMention) -> str | None:
    """What happened at the date, as an item that reads alone ("Saddam Hussein was
    captured"), or None: not in the headline or the lead, nor pointing back to what the
    student cannot see ("The corporation plans"), nor an event the date does not date: a
    year inside a name ("won Sound of 2004"), a bound ("the lowest rate since June 2001",
    "growth to 2004")."""
    if date.event is None or ctx.in_heading(date.sentence) or is_lead(ctx, date.sentence):
        return None
    event = without_full_stop(" ".join(date.event.text.split()).strip(" ,")).strip(" ,")
    if not event_reads(event) or not ctx.stands_alone(event):
        return None
    before = ctx.article.text[max(0, date.span.start - _LOOK_BACK) : date.span.start]
    if re.search(r"[A-Z]\w* of\s*$", before) or _BOUND.search(before):
        return None
    return capitalized(event)


def event_reads(event: str) -> bool:
    """Whether an event clause reads as one: a few words with a verb of its own (not
    "Following the collapse of ITV Digital"), not opening on a pronoun or "which", not cut
    off after a figure ("growth of more than 10") or a superlative ("the lowest rate",
    whose year was its end), and not only planned or forecast ("has proposed switch off",
    "forecast an 8% fall"), which the year does not date."""
    words = event.split()
    if not 4 <= len(words) <= _MAX_EVENT_WORDS or not balanced(event) or YEAR.search(event):
        return False
    if event[-1:].isdigit() or words[0].lower() in _POINTING or _SUPERLATIVE_END.search(event):
        return False
    return has_verb(event) and not _FORECAST.search(event)


@generator("chronology", QuestionType.ORDERING)
def chronology(ctx: Context) -> list[Candidate]:
    """Events the article dates, put in the order they happened (no two on an uncertain order)."""
    rows: dict[str, tuple[str, Span]] = {}
    for date in ctx.analysis.dates:
        value = date.value
        if value is None or not _DATE_VALUE.fullmatch(value):
            continue
        event = dated_event(ctx, date)
        if event is not None and value not in rows and event not in [r[0] for r in rows.values()]:
            rows[value] = (event, date.sentence)
    # 2003 and 2003-03 cannot be told apart in time: keep only the more precise.
    values = [v for v in rows if not any(o != v and o.startswith(v) for o in rows)]
    values = sorted(values)[:_MAX_ITEMS]
    if len(values) < 3:
        return []
    question = Question(
        id=ctx.question_id(QuestionType.ORDERING, "chronology"),
        type=QuestionType.ORDERING,
        article=ctx.article.id,
        prompt="Put these events in the order they happened, earliest first.",
        order=tuple(rows[v][0] for v in values),
        explanation="The article dates them: "
        + "; ".join(f"{v} (paragraph {ctx.paragraph_number(rows[v][1].start)})" for v in values)
        + ".",
        evidence=ctx.evidence(*(rows[v][1] for v in values)),
        difficulty=Difficulty.HARD,
        tags=("date", "event"),
        points=2,
    )
    return [Candidate(question, fact="order:chronology", score=4.0, points=("timeline",))]
