"""Ordering: events in the order they happened, or a speaker's points in the article's order."""

from __future__ import annotations

import re

from studyguide.generation.context import Context
from studyguide.generation.lexicon import NEEDS_CONTEXT
from studyguide.generation.registry import Candidate, generator
from studyguide.generation.text import balanced, capitalized, excerpt, mentions
from studyguide.model import Difficulty, Question, QuestionType, QuoteKind, Span

_MAX_ITEMS = 5
_ITEM_WORDS = 14
_DATE_VALUE = re.compile(r"\d{4}(-\d\d(-\d\d)?)?")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@generator("chronology", QuestionType.ORDERING)
def chronology(ctx: Context) -> list[Candidate]:
    """Events the article dates, put in the order they happened (no two on an uncertain order)."""
    rows: dict[str, tuple[str, Span]] = {}
    for date in ctx.analysis.dates:
        value = date.value
        if value is None or not _DATE_VALUE.fullmatch(value) or date.event is None:
            continue
        if ctx.in_heading(date.sentence):
            continue
        event = " ".join(date.event.text.split()).strip(" ,.")
        words = event.split()
        if not 4 <= len(words) <= 18 or not balanced(event) or _YEAR.search(event):
            continue
        # An event cut off after a figure ("growth of more than 10") lost its unit.
        if event[-1:].isdigit():
            continue
        if words[0].lower() in {"which", "who", "that", "it", "this", "they", "and"}:
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
    return [Candidate(question, fact="order:chronology", score=4.0)]


@generator("speaker-points", QuestionType.ORDERING)
def speaker_points(ctx: Context) -> list[Candidate]:
    """A speaker's points in the order the article reports them: following an argument."""
    out = []
    for speaker in ctx.speakers()[:2]:
        said = sorted(
            [
                (q.content, q.sentence, True)
                for q in ctx.analysis.quotes
                if q.speaker == speaker and q.kind is QuoteKind.DIRECT
            ]
            + [(c.content, c.sentence, False) for c in ctx.analysis.claims if c.speaker == speaker],
            key=lambda pair: pair[0].start,
        )
        items: list[tuple[str, Span]] = []
        for content, sentence, direct in said:
            text = capitalized(excerpt(content.text, _ITEM_WORDS))
            if len(text.split()) < 5 or not balanced(text) or mentions(text, speaker):
                continue
            if any(sentence.start == s.start for _, s in items):
                continue
            items.append((f"“{text}”" if direct else text, sentence))
        # Points all in one paragraph are ordered by reading one paragraph: not enough.
        if len(items) < 3 or len({ctx.paragraph_number(s.start) for _, s in items}) < 3:
            continue
        # Spread over the article: first, last, and evenly between.
        step = max(1, (len(items) - 1) / (_MAX_ITEMS - 1))
        picked = sorted(
            {round(i * step) for i in range(_MAX_ITEMS) if round(i * step) < len(items)}
        )
        chosen = [items[i] for i in picked][:_MAX_ITEMS]
        question = Question(
            id=ctx.question_id(QuestionType.ORDERING, "speaker-points", speaker),
            type=QuestionType.ORDERING,
            article=ctx.article.id,
            prompt=f"Put these points in the order the article reports {speaker} making them.",
            order=tuple(text for text, _ in chosen),
            explanation="They stand in paragraphs "
            + ", ".join(str(ctx.paragraph_number(s.start)) for _, s in chosen)
            + ".",
            evidence=ctx.evidence(*(s for _, s in chosen)),
            difficulty=Difficulty.HARD,
            tags=("quote", "structure"),
            points=2,
        )
        out.append(Candidate(question, fact=f"order:{speaker}", score=2.0))
    return out


@generator("article-points", QuestionType.ORDERING)
def article_points(ctx: Context) -> list[Candidate]:
    """The opening points of paragraphs spread over the article, in the article's order."""
    paragraphs = [p.span for p in ctx.article.body]
    items: list[tuple[str, Span]] = []
    for paragraph in paragraphs[1:]:
        sentence = ctx.sentence_of(paragraph.start)
        if sentence is None or ctx.in_heading(sentence):
            continue
        text = " ".join(sentence.text.split())
        if re.search(r"[“”\"]", text) or text.split()[0].lower() in NEEDS_CONTEXT:
            continue
        if len(text.split()) < 6:
            continue
        items.append((excerpt(text, _ITEM_WORDS).rstrip("."), sentence))
    if len(items) < 4:
        return []
    step = (len(items) - 1) / 3
    chosen = [items[round(i * step)] for i in range(4)]
    question = Question(
        id=ctx.question_id(QuestionType.ORDERING, "article-points"),
        type=QuestionType.ORDERING,
        article=ctx.article.id,
        prompt="Put these points in the order the article makes them.",
        order=tuple(text for text, _ in chosen),
        explanation="They open paragraphs "
        + ", ".join(str(ctx.paragraph_number(s.start)) for _, s in chosen)
        + ".",
        evidence=ctx.evidence(*(s for _, s in chosen)),
        difficulty=Difficulty.MEDIUM,
        tags=("structure",),
        points=2,
    )
    return [Candidate(question, fact="order:article", score=1.0)]
