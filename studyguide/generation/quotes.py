"""What a speaker named: "Which country completes what Assad said? “It was the Iraq war in
2003, when _____ invaded Iraq.”" — a name taken out of a direct quote, with choices of its
kind, so the reader must recall what the speaker said, not only that they spoke."""

from __future__ import annotations

import random
from collections.abc import Iterator

from studyguide.generation.context import Context, place_kind
from studyguide.generation.distractors import entity_distractors, named_organization
from studyguide.generation.registry import Candidate, generator
from studyguide.generation.text import balanced, blank_out, mentions
from studyguide.model import (
    Difficulty,
    EntityKind,
    Question,
    QuestionType,
    Quote,
    QuoteKind,
    Span,
)

_NOUNS = {
    EntityKind.PERSON: "name",
    EntityKind.ORGANIZATION: "organization",
    EntityKind.NATIONALITY: "word",
}
_MIN_WORDS, _MAX_WORDS = 6, 35


@generator("quote-name", QuestionType.MULTIPLE_CHOICE)
def quote_name(ctx: Context) -> list[Candidate]:
    rng = random.Random(f"quote-name:{ctx.article.id}")
    out = []
    for quote, speaker, part in spoken_sentences(ctx):
        found = _name_in(ctx, part)
        if found is None:
            continue
        mention, kind, name = found
        noun = _NOUNS.get(kind) or place_kind(name)
        prompt = (
            f"Which {noun} completes what {_short(ctx, speaker)} said? “{blank_out(part, mention)}”"
        )
        if mentions(prompt, speaker) and kind is EntityKind.PERSON:
            continue
        distractors = entity_distractors(ctx, name, kind, rng, avoid=prompt)
        if len(distractors) < (2 if kind is EntityKind.PERSON else 3):
            continue
        answer = mention.text
        out.append(
            Candidate(
                Question(
                    id=ctx.question_id(
                        QuestionType.MULTIPLE_CHOICE, "quote-name", part.text, answer
                    ),
                    type=QuestionType.MULTIPLE_CHOICE,
                    article=ctx.article.id,
                    prompt=prompt,
                    answer=answer,
                    choices=(answer, *distractors),
                    explanation=(
                        f"Paragraph {ctx.paragraph_number(part.start)} quotes"
                        f" {speaker} naming {ctx.display(name)}."
                    ),
                    evidence=ctx.evidence(quote.sentence),
                    difficulty=Difficulty.MEDIUM,
                    tags=("quote", "person" if kind is EntityKind.PERSON else kind.value),
                ),
                fact=f"name:{mention.start}",
                score=2.5,
            )
        )
    return out


def spoken_sentences(ctx: Context) -> Iterator[tuple[Quote, str, Span]]:
    """Each sentence of each direct quote by a person the article names, with its quote
    and speaker."""
    people = {e.name for e in ctx.entities(EntityKind.PERSON)}
    for quote in ctx.analysis.quotes:
        if quote.kind is QuoteKind.DIRECT and quote.speaker in people:
            for part in quote_sentences(ctx, quote.content):
                yield quote, quote.speaker, part


def quote_sentences(ctx: Context, content: Span) -> list[Span]:
    """The sentences of a quote, cut to the quoted words."""
    out = []
    for sentence in ctx.analysis.sentences:
        start, end = max(sentence.start, content.start), min(sentence.end, content.end)
        if end <= start:
            continue
        text = ctx.article.text[start:end]
        stripped = text.rstrip(" ,")
        part = Span(start, start + len(stripped), stripped)
        if _MIN_WORDS <= len(part.text.split()) <= _MAX_WORDS and balanced(part.text):
            out.append(part)
    return out


def _name_in(ctx: Context, part: Span) -> tuple[Span, EntityKind, str] | None:
    """The first name in the words that stands there once and alone (not glued by a hyphen)."""
    for entity in sorted(ctx.analysis.entities, key=lambda e: e.name):
        if entity.kind not in (*_NOUNS, EntityKind.PLACE):
            continue
        if entity.kind is EntityKind.ORGANIZATION and not named_organization(entity):
            continue
        inside = [m for m in entity.mentions if part.start <= m.start and m.end <= part.end]
        if len(inside) != 1:
            continue
        mention = inside[0]
        around = ctx.article.text[mention.start - 1 : mention.end + 1]
        if around[:1] in "-(" or around[-1:] in "-’'":
            continue
        # An abbreviation among full names would stand out as the answer.
        if mention.text != entity.name and (mention.text.isupper() or "." in mention.text):
            continue
        return mention, entity.kind, entity.name
    return None


def _short(ctx: Context, name: str) -> str:
    surname = name.split()[-1]
    same = [e for e in ctx.entities(EntityKind.PERSON) if e.name.split()[-1] == surname]
    return surname if len(same) <= 1 else name
