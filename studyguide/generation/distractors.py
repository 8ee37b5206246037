"""Wrong options of the answer's own kind: from the article first, then built-in lists."""

from __future__ import annotations

import random
import re

from studyguide.generation.context import Context, comparable
from studyguide.generation.lexicon import COUNTRIES, NATIONALITIES, ORGANIZATIONS, PUBLIC_FIGURES
from studyguide.model import EntityKind

_BUILT_IN = {
    EntityKind.PERSON: PUBLIC_FIGURES,
    EntityKind.PLACE: COUNTRIES,
    EntityKind.NATIONALITY: NATIONALITIES,
    EntityKind.ORGANIZATION: ORGANIZATIONS,
}


def entity_distractors(
    ctx: Context, answer: str, kind: EntityKind, rng: random.Random, count: int = 3
) -> list[str]:
    """Names of the same kind as `answer`, never the answer or one of its aliases."""
    taken = _forms_of(ctx, answer)
    from_article = [e.name for e in ctx.entities(kind)]
    built_in = list(_BUILT_IN.get(kind, ()))
    rng.shuffle(built_in)
    out: list[str] = []
    for name in from_article + built_in:
        key = comparable(name)
        if key in taken:
            continue
        taken |= _forms_of(ctx, name)
        out.append(name)
        if len(out) == count:
            break
    return out


def year_distractors(answer: str, ctx: Context, rng: random.Random, count: int = 3) -> list[str]:
    """Other years: first those the article names, then years near the answer."""
    year = int(answer)
    named = sorted(
        {
            m.group(0)
            for d in ctx.analysis.dates
            for m in re.finditer(r"\b(1[89]|20)\d\d\b", d.span.text)
        }
        - {answer}
    )
    nearby = [str(year + step) for step in (-3, -2, -1, 1, 2, 3, -5, 5)]
    rng.shuffle(nearby)
    out: list[str] = []
    for candidate in named + nearby:
        if candidate != answer and candidate not in out:
            out.append(candidate)
        if len(out) == count:
            break
    return out


def _forms_of(ctx: Context, name: str) -> set[str]:
    entity = ctx.entity_named(name)
    forms = {comparable(name)}
    if entity is not None:
        forms |= {comparable(entity.name)} | {comparable(a) for a in entity.aliases}
    return forms
