"""Choosing which questions a quiz asks, and in what order."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence

from studyguide.errors import NoQuestions
from studyguide.model import Question, QuestionType

TYPE_NAMES: dict[str, QuestionType] = {
    **{kind.value: kind for kind in QuestionType},
    "mc": QuestionType.MULTIPLE_CHOICE,
    "tf": QuestionType.TRUE_FALSE,
    "fill": QuestionType.FILL_BLANK,
    "short": QuestionType.SHORT_ANSWER,
    "match": QuestionType.MATCHING,
    "order": QuestionType.ORDERING,
}
"""Names accepted for `--types`: each type's own name, and a short one."""


def parse_types(names: Iterable[str]) -> tuple[QuestionType, ...]:
    """Question types from names such as "mc", "true_false" or "fill-blank"; each given
    name may hold several, separated by commas. Raises ValueError naming an unknown one."""
    kinds: list[QuestionType] = []
    for group in names:
        for name in group.split(","):
            key = name.strip().lower().replace("-", "_")
            if not key:
                continue
            if key not in TYPE_NAMES:
                known = ", ".join(TYPE_NAMES)
                raise ValueError(f"unknown question type {name.strip()!r}; choose from: {known}")
            kinds.append(TYPE_NAMES[key])
    return tuple(dict.fromkeys(kinds))


def select_questions(
    questions: Sequence[Question],
    *,
    types: Sequence[QuestionType] = (),
    count: int | None = None,
    shuffle: bool = False,
    rng: random.Random | None = None,
    source: str = "",
) -> tuple[Question, ...]:
    """The questions to ask: those of `types` (all when empty), shuffled with `rng` when
    `shuffle`, then the first `count`. Fewer than `count` when fewer match.

    Raises NoQuestions, naming `source` (the bank's file), when none match.
    """
    chosen = [q for q in questions if not types or q.type in types]
    if not chosen:
        raise _nothing_to_ask(questions, types, source)
    if shuffle:
        (rng or random.Random()).shuffle(chosen)
    return tuple(chosen if count is None else chosen[:count])


def _nothing_to_ask(
    questions: Sequence[Question], types: Sequence[QuestionType], source: str
) -> NoQuestions:
    where = f"{source}: " if source else ""
    if not questions:
        return NoQuestions(
            f"{where}the bank has no questions",
            "add some with: studyguide generate ARTICLE -o BANK",
        )
    asked = " or ".join(kind.value for kind in types)
    present = ", ".join(dict.fromkeys(q.type.value for q in questions))
    return NoQuestions(
        f"{where}the bank has no {asked} questions",
        f"its questions are of these types: {present}",
    )
