"""Ordering: the story's dated events in the order they happened.

Never points in the order the article makes them: that tests where sentences stand, not
what a reader understood."""

from __future__ import annotations

import re

from studyguide.generation.context import Context
from studyguide.generation.lexicon import YEAR
from studyguide.generation.plan import is_lead
from studyguide.generation.registry import Candidate, generator
from studyguide.generation.text import balanced, capitalized
from studyguide.model import Difficulty, Question, QuestionType, Span

_MAX_ITEMS = 5
_DATE_VALUE = re.compile(r"\d{4}(-\d\d(-\d\d)?)?")
_BOUND = re.compile(r"\b(?:since|until|till|to|through|by|from|before|after)\s+(?:the\s+)?$", re.I)
_FORECAST = re.compile(
    r"\b(?:forecasts?|predicts?|predicted|expects?|expected|could|may|might|will|would)\b",
    re.I,
)


@generator("chronology", QuestionType.ORDERING)
def chronology(ctx: Context) -> list[Candidate]:
    """Events the article dates, put in the order they happened (no two on an uncertain order)."""
    rows: dict[str, tuple[str, Span]] = {}
    for date in ctx.analysis.dates:
        value = date.value
        if value is None or not _DATE_VALUE.fullmatch(value) or date.event is None:
            continue
        if ctx.in_heading(date.sentence) or is_lead(ctx, date.sentence):
            continue
        event = " ".join(date.event.text.split()).strip(" ,.")
        words = event.split()
        if not 4 <= len(words) <= 18 or not balanced(event) or YEAR.search(event):
            continue
        # An event cut off after a figure ("growth of more than 10") lost its unit.
        if event[-1:].isdigit():
            continue
        if words[0].lower() in {"which", "who", "that", "and"} or not ctx.stands_alone(event):
            continue
        # A year inside a name ("won Sound of 2004") dates no event; nor does a bound
        # ("the lowest rate since June 2001", "growth to 2004"), nor the date of what is
        # only forecast ("forecast an 8% fall in 2005").
        before = ctx.article.text[: date.span.start]
        if re.search(r"[A-Z]\w* of\s*$", before) or _BOUND.search(before):
            continue
        if _FORECAST.search(event):
            continue
        if value not in rows and capitalized(event) not in [r[0] for r in rows.values()]:
            rows[value] = (capitalized(event), date.sentence)
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
