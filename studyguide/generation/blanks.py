"""Fill in the blank: a sentence of the article with one name taken out."""

from __future__ import annotations

import random

from studyguide.generation.context import Context, comparable
from studyguide.generation.registry import generator
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
def name_blank(ctx: Context) -> list[Question]:
    rng = random.Random(f"name-blank:{ctx.article.id}")
    out = []
    for sentence in ctx.analysis.sentences:
        if len(sentence.text.split()) > _MAX_SENTENCE_WORDS or not balanced(sentence.text):
            continue
        candidates = _blankable(ctx, sentence)
        if not candidates:
            continue
        mention, entity = rng.choice(candidates)
        accepted = _accepted(mention.text, entity)
        out.append(
            Question(
                id=ctx.question_id(QuestionType.FILL_BLANK, "name-blank", sentence.text),
                type=QuestionType.FILL_BLANK,
                article=ctx.article.id,
                prompt=blank_out(sentence, mention),
                answer=mention.text,
                accepted=accepted,
                explanation=(
                    f"Paragraph {ctx.paragraph_number(sentence.start)} names {entity.name} here."
                ),
                evidence=ctx.evidence(sentence),
                difficulty=Difficulty.EASY
                if entity.kind is EntityKind.PERSON
                else Difficulty.MEDIUM,
                tags=(_KINDS[entity.kind],),
            )
        )
    return out


def _blankable(ctx: Context, sentence: Span) -> list[tuple[Span, Entity]]:
    """Mentions in the sentence whose name does not appear a second time in it."""
    found = []
    for entity in ctx.analysis.entities:
        if entity.kind not in _KINDS:
            continue
        inside = [m for m in entity.mentions if sentence.start <= m.start and m.end <= sentence.end]
        if len(inside) == 1 and len(inside[0].text) > 1:
            found.append((inside[0], entity))
    return sorted(found, key=lambda pair: pair[0].start)


def _accepted(answer: str, entity: Entity) -> tuple[str, ...]:
    forms = [entity.name, *entity.aliases]
    if entity.kind is EntityKind.PERSON and len(entity.name.split()) > 1:
        forms.append(entity.name.split()[-1])
    seen = {comparable(answer)}
    out = []
    for form in forms:
        if comparable(form) not in seen:
            seen.add(comparable(form))
            out.append(form)
    return tuple(out)
