"""Who said what: multiple choice on the speaker of a quote, true/false on a claim's speaker."""

from __future__ import annotations

import random

from studyguide.generation.context import Context
from studyguide.generation.distractors import entity_distractors
from studyguide.generation.registry import generator
from studyguide.generation.text import clause, excerpt, mentions
from studyguide.model import (
    FALSE,
    TRUE,
    Difficulty,
    EntityKind,
    Question,
    QuestionType,
    QuoteKind,
)


@generator("who-said", QuestionType.MULTIPLE_CHOICE)
def who_said(ctx: Context) -> list[Question]:
    rng = random.Random(f"who-said:{ctx.article.id}")
    people = {e.name for e in ctx.entities(EntityKind.PERSON)}
    out = []
    for quote in ctx.analysis.quotes:
        if quote.kind is not QuoteKind.DIRECT or quote.speaker not in people:
            continue
        words = excerpt(quote.content.text)
        if len(words.split()) < 5 or mentions(words, quote.speaker):
            continue
        distractors = entity_distractors(ctx, quote.speaker, EntityKind.PERSON, rng)
        if len(distractors) < 3:
            continue
        out.append(
            Question(
                id=ctx.question_id(QuestionType.MULTIPLE_CHOICE, "who-said", quote.content.text),
                type=QuestionType.MULTIPLE_CHOICE,
                article=ctx.article.id,
                prompt=f"Who said: “{words}”?",
                answer=quote.speaker,
                choices=(quote.speaker, *distractors),
                explanation=(
                    f"Paragraph {ctx.paragraph_number(quote.content.start)} quotes {quote.speaker}."
                ),
                evidence=ctx.evidence(quote.sentence),
                difficulty=Difficulty.EASY,
                tags=("quote", "person"),
            )
        )
    return out


@generator("claim-speaker", QuestionType.TRUE_FALSE)
def claim_speaker(ctx: Context) -> list[Question]:
    """ "True or false: X said that ..." — false ones swap in another person of the article."""
    rng = random.Random(f"claim-speaker:{ctx.article.id}")
    people = [e.name for e in ctx.entities(EntityKind.PERSON)]
    out = []
    for index, claim in enumerate(ctx.analysis.claims):
        if claim.speaker not in people or claim.cue.lower() == "according to":
            continue
        content = clause(claim.content.text)
        if len(content.split()) < 4 or mentions(content, claim.speaker):
            continue
        others = [p for p in people if p != claim.speaker and not mentions(content, p)]
        make_false = bool(others) and index % 2 == 1
        speaker = rng.choice(others) if make_false else claim.speaker
        paragraph = ctx.paragraph_number(claim.content.start)
        out.append(
            Question(
                id=ctx.question_id(QuestionType.TRUE_FALSE, "claim-speaker", claim.content.text),
                type=QuestionType.TRUE_FALSE,
                article=ctx.article.id,
                prompt=f"{speaker} {claim.cue} that {content}.",
                answer=FALSE if make_false else TRUE,
                explanation=(
                    f"Paragraph {paragraph}: it was {claim.speaker}, not {speaker}, who {claim.cue} this."
                    if make_false
                    else f"Paragraph {paragraph} reports that {claim.speaker} {claim.cue} this."
                ),
                evidence=ctx.evidence(claim.sentence),
                difficulty=Difficulty.MEDIUM,
                tags=("claim", "person"),
                altered=f"speaker: {claim.speaker} → {speaker}" if make_false else None,
            )
        )
    return out
