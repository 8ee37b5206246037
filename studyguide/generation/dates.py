"""When things happened: multiple choice on the year of a dated event."""

from __future__ import annotations

import random
import re

from studyguide.generation.context import Context
from studyguide.generation.distractors import year_distractors
from studyguide.generation.registry import generator
from studyguide.generation.text import balanced, blank_out
from studyguide.model import Difficulty, Question, QuestionType, Span

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@generator("event-year", QuestionType.MULTIPLE_CHOICE)
def event_year(ctx: Context) -> list[Question]:
    rng = random.Random(f"event-year:{ctx.article.id}")
    out = []
    seen: set[str] = set()
    for date in ctx.analysis.dates:
        found = _YEAR.search(date.span.text)
        sentence = ctx.sentence_of(date.span.start)
        if (
            found is None
            or sentence is None
            or sentence.text in seen
            or not balanced(sentence.text)
        ):
            continue
        year = found.group(1)
        if len(_YEAR.findall(sentence.text)) > 1:
            continue
        seen.add(sentence.text)
        start = date.span.start + found.start()
        target = Span(start, start + len(year), year)
        distractors = year_distractors(year, ctx, rng)
        out.append(
            Question(
                id=ctx.question_id(QuestionType.MULTIPLE_CHOICE, "event-year", sentence.text),
                type=QuestionType.MULTIPLE_CHOICE,
                article=ctx.article.id,
                prompt=f"Which year completes this sentence from the article? “{blank_out(sentence, target)}”",
                answer=year,
                choices=(year, *distractors),
                explanation=f"Paragraph {ctx.paragraph_number(sentence.start)} gives the year {year}.",
                evidence=ctx.evidence(sentence),
                difficulty=Difficulty.MEDIUM,
                tags=("date",),
            )
        )
    return out
