"""Questions from an analysed article: generators in a registry, then selection.

Every generator proposes candidates; `selection` filters them (trivia, give-aways, prompts
the grammar checks catch, unfair choices), ranks them (comprehension before recall) and
takes a mix of types until it has `count`. Randomness comes from `random.Random` objects
seeded with the seed and the article id, so the same input and seed give the same bank.

Difficulty, by rule:

- easy: the answer stands beside its cue in one sentence and is picked, not recalled:
  who said a quote when the article quotes one person, who holds a role the article gives,
  a person's name to fill in;
- medium: one sentence, but the reader must hold the fact: who said it among several
  speakers, which country or organization did something, a year, a figure or a phrase to
  pick or fill in, a true statement, or a false one with a name or speaker swapped;
- hard: a typed answer to a question about reported speech or a reason, a false statement
  whose negation, date or figure was changed, a matching of four pairs or more, and the
  ordering of dated events or of a speaker's points (they need several sentences at once;
  the order of a few paragraph openings is medium).

Tags name what a question is about: quote, claim, statement, person, role, place,
organization, date, event, number, reason, topic, structure; a false statement also
carries the kind of change (negation, date, number, speaker, place, ...).
"""

from __future__ import annotations

import random
from collections.abc import Collection
from dataclasses import dataclass

from studyguide.errors import counted
from studyguide.generation import (  # noqa: F401  (each module registers its generators)
    blanks,
    dates,
    main_idea,
    matching,
    numbers,
    ordering,
    people,
    phrases,
    places,
    quotes,
    reasons,
    speakers,
    subjects,
    truefalse,
)
from studyguide.generation.context import Context
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
            + "; the rest asked again about points, sentences or answers already asked"
        )
    report = GenerationReport(article.id, count, produced, by_type, shortfall)
    return chosen, report


__all__ = ["GenerationReport", "generate_questions"]
