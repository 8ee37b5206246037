"""In what order a quiz asks the questions a filter chose (the filter itself is the
bank's: `studyguide.bank.QuestionFilter`)."""

from __future__ import annotations

import random
from collections.abc import Sequence

from studyguide.bank import EVERY_QUESTION, QuestionFilter, filter_questions
from studyguide.errors import NoQuestions
from studyguide.model import Question


def order_questions(
    questions: Sequence[Question],
    *,
    count: int | None = None,
    shuffle: bool = False,
    rng: random.Random | None = None,
) -> tuple[Question, ...]:
    """`questions` shuffled with `rng` when `shuffle`, then the first `count` of them."""
    chosen = list(questions)
    if shuffle:
        (rng or random.Random()).shuffle(chosen)
    return tuple(chosen if count is None else chosen[:count])


def quiz_questions(
    questions: Sequence[Question], chosen: QuestionFilter = EVERY_QUESTION, *, source: str = ""
) -> tuple[Question, ...]:
    """The questions `chosen` lets through, of a bank that has some to ask.

    Raises NoQuestions, naming `source` (the bank's file), for a bank without questions,
    and as `filter_questions` does."""
    if not questions:
        where = f"{source}: " if source else ""
        raise NoQuestions(
            f"{where}the bank has no questions",
            "add some with: studyguide generate ARTICLE -o BANK",
        )
    return filter_questions(questions, chosen, source=source)


def select_questions(
    questions: Sequence[Question],
    chosen: QuestionFilter = EVERY_QUESTION,
    *,
    count: int | None = None,
    shuffle: bool = False,
    rng: random.Random | None = None,
    source: str = "",
) -> tuple[Question, ...]:
    """The questions to ask: those `chosen` lets through, shuffled with `rng` when
    `shuffle`, then the first `count`. Fewer than `count` when fewer match.

    Raises NoQuestions, naming `source` (the bank's file), when none match.
    """
    kept = quiz_questions(questions, chosen, source=source)
    return order_questions(kept, count=count, shuffle=shuffle, rng=rng)
