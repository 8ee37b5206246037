"""Fill in the blank: a sentence of the article with the name of one of its speakers taken
out, when it quotes or reports two people or more: who holds which view.

Not other names: a place, a body or a person the story passes by is the recall a teacher
strikes out first, and a name the story is about is a free mark."""

from __future__ import annotations

import random
import re

from studyguide.generation.context import Context
from studyguide.generation.lexicon import GENERIC_BODIES
from studyguide.generation.registry import Candidate, generator
from studyguide.generation.text import balanced, blank_out
from studyguide.model import Difficulty, Entity, EntityKind, Question, QuestionType, Span

_KINDS = {
    EntityKind.PERSON: "person",
    EntityKind.PLACE: "place",
    EntityKind.ORGANIZATION: "organization",
    EntityKind.NATIONALITY: "nationality",
}
_MAX_SENTENCE_WORDS = 45


@generator("name-blank", QuestionType.FILL_BLANK)
def name_blank(ctx: Context) -> list[Candidate]:
    rng = random.Random(f"name-blank:{ctx.article.id}")
    out = []
    for sentence in ctx.body_sentences():
        if len(sentence.text.split()) > _MAX_SENTENCE_WORDS or not balanced(sentence.text):
            continue
        candidates = _blankable(ctx, sentence)
        if not candidates:
            continue
        mention, entity = rng.choice(candidates)
        accepted = tuple(
            form for form in ctx.accepted(entity.name, entity.kind) if form != mention.text
        )
        if entity.name != mention.text and entity.name not in accepted:
            accepted = (entity.name, *accepted)
        out.append(
            Candidate(
                Question(
                    id=ctx.question_id(QuestionType.FILL_BLANK, "name-blank", sentence.text),
                    type=QuestionType.FILL_BLANK,
                    article=ctx.article.id,
                    prompt=blank_out(sentence, mention),
                    answer=mention.text,
                    accepted=accepted,
                    explanation=(
                        f"Paragraph {ctx.paragraph_number(sentence.start)} has the word"
                        f" {mention.text} here."
                        if entity.kind is EntityKind.NATIONALITY
                        else f"Paragraph {ctx.paragraph_number(sentence.start)} names"
                        f" {ctx.display(entity.name)} here."
                    ),
                    evidence=ctx.evidence(sentence),
                    difficulty=Difficulty.EASY
                    if entity.kind is EntityKind.PERSON
                    else Difficulty.MEDIUM,
                    tags=(_KINDS[entity.kind],),
                ),
                fact=f"name:{mention.start}",
                # A nationality ("the _____ crisis") is the weakest gap: it comes last.
                score=0.5 if entity.kind is EntityKind.NATIONALITY else 1.0,
            )
        )
    return out


def _blankable(ctx: Context, sentence: Span) -> list[tuple[Span, Entity]]:
    """Mentions in the sentence whose name does not appear a second time in it."""
    speakers = ctx.speakers()
    found = []
    for entity in ctx.analysis.entities:
        if entity.kind not in _KINDS:
            continue
        inside = [m for m in entity.mentions if sentence.start <= m.start and m.end <= sentence.end]
        if len(inside) != 1 or len(inside[0].text) < 2:
            continue
        if inside[0].text in GENERIC_BODIES:
            continue
        # A gap glued to a hyphen or an apostrophe ("_____-led", "the _____’ claims") reads badly.
        following = ctx.article.text[inside[0].end : inside[0].end + 1]
        if following in {"-", "’", "'"}:
            continue
        if entity.name not in speakers or len(speakers) < 2:
            continue
        # "Mr _____" in a story about Mr Brown is a free mark.
        if re.search(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s*$", ctx.article.text[: inside[0].start]):
            continue
        found.append((inside[0], entity))
    return sorted(found, key=lambda pair: pair[0].start)
