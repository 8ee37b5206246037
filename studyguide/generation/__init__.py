"""Questions from an analysed article: generators in a registry, then selection.

Every generator proposes candidates; selection drops duplicates and takes a mix of kinds,
round-robin, until it has `count`. Randomness comes from a `random.Random` seeded with the
seed and the article id, so the same input and seed always give the same questions.

Difficulty: easy when the answer stands right beside the evidence's cue (who said a quote,
a person's name); medium for dates, places, organisations and claims; hard for questions
that need more than one sentence.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from studyguide.generation import blanks, dates, speakers  # noqa: F401  (registers generators)
from studyguide.generation.context import Context
from studyguide.generation.registry import GENERATORS
from studyguide.model import Analysis, Article, Question, QuestionType


@dataclass(frozen=True, slots=True)
class GenerationReport:
    article: str
    requested: int
    produced: int
    by_type: tuple[tuple[QuestionType, int], ...]
    shortfall: str | None = None
    """Why fewer questions than requested were made."""


def generate_questions(
    article: Article, analysis: Analysis, count: int = 20, seed: int = 0
) -> tuple[tuple[Question, ...], GenerationReport]:
    ctx = Context(article, analysis)
    rng = random.Random(f"{seed}:{article.id}")
    pools: list[list[Question]] = []
    seen: set[tuple[str, str]] = set()
    for registered in GENERATORS:
        pool = []
        for question in registered.make(ctx):
            key = (question.prompt, question.answer)
            if key not in seen:
                seen.add(key)
                pool.append(question)
        rng.shuffle(pool)
        pools.append(pool)
    available = sum(len(p) for p in pools)
    chosen: list[Question] = []
    while len(chosen) < count and any(pools):
        for pool in pools:
            if pool and len(chosen) < count:
                chosen.append(_shuffle_choices(pool.pop(0), rng))
    by_type = tuple((t, n) for t in QuestionType if (n := sum(q.type is t for q in chosen)))
    shortfall = None
    if len(chosen) < count:
        shortfall = (
            f"the article gave {available} good question{'s' if available != 1 else ''}"
            f" ({len(analysis.quotes)} quotes, {len(analysis.claims)} claims,"
            f" {len(analysis.dates)} dates, {len(analysis.entities)} names found)"
        )
    report = GenerationReport(article.id, count, len(chosen), by_type, shortfall)
    return tuple(chosen), report


def _shuffle_choices(question: Question, rng: random.Random) -> Question:
    if not question.choices:
        return question
    from dataclasses import replace

    choices = list(question.choices)
    rng.shuffle(choices)
    return replace(question, choices=tuple(choices))


__all__ = ["GenerationReport", "generate_questions"]
