"""Questions from an analysed article: a plan of its key points, generators, then selection.

`plan` ranks what a reader should take from the article: its main point, each quoted
person's position, who holds which view, causes and effects, what changed, the timeline.
Every generator proposes candidates; `selection` strikes out what a teacher would (trivia,
give-aways, prompts that cannot stand alone, unfair choices) and
asks about the plan's points in order of rank, the best question on each, once each, up to
`count`. Randomness comes from `random.Random` objects seeded with the seed and the article
id, so the same input and seed give the same bank.

Difficulty, by rule:

- easy: the answer stands beside its cue in one sentence and is picked, not recalled:
  who said a quote when the article quotes one person;
- medium: one sentence, but the reader must hold the fact: the main idea among true
  details, who said it among several speakers, a statement with one thing changed, what
  someone is bound to do, or why something happened;
- hard: a typed answer to a question about reported speech, a matching of four pairs or
  more, and the ordering of dated events (they need several sentences at once).

Tags name what a question is about: main idea, quote, claim, statement, viewpoint, person,
organization, date, event, reason, aim; a false statement also carries the kind of change
(opposite, place, speaker).
"""

from __future__ import annotations

import random
from collections.abc import Collection
from dataclasses import dataclass

from studyguide.errors import counted
from studyguide.generation import (  # noqa: F401  (each module registers its generators)
    aims,
    date_questions,
    main_idea,
    matching,
    ordering,
    phrases,
    reasons,
    subjects,
    truefalse,
    who_said,
)
from studyguide.generation.context import Context
from studyguide.generation.plan import lead
from studyguide.generation.registry import GENERATORS, Candidate
from studyguide.generation.selection import select
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
    article: Article,
    analysis: Analysis,
    count: int = 25,
    seed: int = 0,
    types: Collection[QuestionType] | None = None,
    asked: tuple[Question, ...] = (),
) -> tuple[tuple[Question, ...], GenerationReport]:
    """Up to `count` questions about the article, of the given types (default: all six).

    `asked` are questions a bank already holds on the article: a new question asks about
    none of their points or sentences, and with them the bank keeps to `count`. A question
    generated again under the id of one of them is its new version, and is returned too."""
    ctx = Context(article, analysis)
    wanted = set(types) if types else set(QuestionType)
    candidates: list[Candidate] = []
    for registered in GENERATORS:
        if registered.type in wanted:
            candidates.extend(registered.make(ctx))
    rng = random.Random(f"{seed}:{article.id}")
    selection = select(ctx, candidates, count, rng, asked)
    chosen = selection.questions
    by_type = tuple((t, n) for t in QuestionType if (n := sum(q.type is t for q in chosen)))
    again = {q.id for q in chosen} & {q.id for q in asked}
    produced = len(chosen) + len(asked) - len(again)
    shortfall = None
    if produced < count:
        reasons = ", ".join(f"{n} {why}" for why, n in selection.dropped)
        rest = selection.candidates - sum(n for _, n in selection.dropped) - len(chosen)
        found = ", ".join(
            counted(len(facts), what)
            for facts, what in [
                (analysis.quotes, "quote"),
                (analysis.claims, "claim"),
                (analysis.dates, "date"),
                (analysis.entities, "name"),
            ]
        )
        shortfall = (
            f"the article gave {counted(produced, 'good question')}"
            f" from {counted(selection.candidates, 'candidate')} ({found} found)"
            + (f"; left out: {reasons}" if reasons else "")
            + (
                f"; the other {rest} asked again about a point, sentence or answer already"
                " asked, or about a minor detail"
                if rest > 0
                else ""
            )
            + (
                "; no sentence of it tells the news to sum up (a review, a column, or a"
                " feature that opens on a scene), nor does its headline, so it has no"
                " main-idea question"
                if lead(ctx) is None and not any("main idea" in q.tags for q in chosen)
                else ""
            )
        )
    report = GenerationReport(article.id, count, produced, by_type, shortfall)
    return chosen, report


__all__ = ["GenerationReport", "generate_questions"]
