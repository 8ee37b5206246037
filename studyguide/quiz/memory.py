"""When a question is due again: spaced repetition with FSRS (the `fsrs` package).

FSRS models how well a student remembers each question (its stability and difficulty)
from their past answers, and schedules the next review for when they are likely to have
forgotten it. This module is the only one that speaks to `fsrs`; the rest of the quiz sees
a `Memory`, a plain value saved with the progress.

The scheduler runs with the package's published default parameters and its usual
settings: a desired retention of 90 %; a new question comes back after 1 minute when
missed and 10 minutes when answered right, then, answered right again, after days that
grow with each right answer; a question missed after that comes back after 10 minutes.
Its random spreading of due dates (fuzzing) is off, so the same answers at the same times
always give the same schedule. The quiz rates a right answer "good" and a wrong answer, a
skip or an answer over the time limit "again".
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from fsrs import Card, Rating, Scheduler, State

SCHEDULER = "FSRS"
"""How due dates are reckoned, as recorded in the progress file."""


@dataclass(frozen=True, slots=True)
class Memory:
    """What FSRS knows about one question, after its last review."""

    due: datetime
    """When the question should be asked again (timezone-aware)."""
    last_review: datetime
    state: str
    """"learning" (new, within its first steps), "review", or "relearning" (missed after
    it was learnt)."""
    step: int | None = None
    """Which learning or relearning step the question is at; None in review."""
    stability: float | None = None
    """Days until the chance of remembering falls to 90 %."""
    difficulty: float | None = None
    """From 1 (easy) to 10 (hard), for this student."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "due": _iso(self.due),
            "last_review": _iso(self.last_review),
            "state": self.state,
            "step": self.step,
            "stability": self.stability,
            "difficulty": self.difficulty,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Memory:
        """The memory a `to_dict` wrote; raises ValueError, KeyError or TypeError otherwise."""
        state = str(data["state"])
        if state not in _STATES:
            raise ValueError(f"unknown state {state!r}")
        stability = _optional(data.get("stability"), float)
        difficulty = _optional(data.get("difficulty"), float)
        # The scheduler divides by the stability and keeps difficulty within 1 to 10: any
        # other value (or "nan", "inf") comes from a hand-edited or damaged file.
        if stability is not None and not 0 < stability < math.inf:
            raise ValueError(f"stability must be above 0, found {stability}")
        if difficulty is not None and not 1 <= difficulty <= 10:
            raise ValueError(f"difficulty must be from 1 to 10, found {difficulty}")
        return cls(
            due=_aware(datetime.fromisoformat(data["due"])),
            last_review=_aware(datetime.fromisoformat(data["last_review"])),
            state=state,
            step=_optional(data.get("step"), int),
            stability=stability,
            difficulty=difficulty,
        )


def remember(memory: Memory | None, correct: bool, now: datetime) -> Memory:
    """The memory after answering at `now` (timezone-aware): rightly or not. `memory` is
    None for a question never answered before."""
    card = Card(card_id=0) if memory is None else _card(memory)
    rating = Rating.Good if correct else Rating.Again
    # Whole seconds, as the progress file keeps them, so a saved memory reads back equal.
    reviewed, _ = _scheduler().review_card(card, rating, now.replace(microsecond=0))
    assert reviewed.last_review is not None  # review_card always sets it
    return Memory(
        due=reviewed.due,
        last_review=reviewed.last_review,
        state=reviewed.state.name.lower(),
        step=reviewed.step,
        stability=reviewed.stability,
        difficulty=reviewed.difficulty,
    )


_STATES = {state.name.lower(): state for state in State}


@cache
def _scheduler() -> Scheduler:
    return Scheduler(enable_fuzzing=False)


def _card(memory: Memory) -> Card:
    return Card(
        card_id=0,
        state=_STATES[memory.state],
        step=memory.step,
        stability=memory.stability,
        difficulty=memory.difficulty,
        due=memory.due,
        last_review=memory.last_review,
    )


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError(f"{moment.isoformat()} has no time zone")
    return moment


def _optional(value: object, kind: type[int] | type[float]) -> Any:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"expected a number, found {value!r}")
    return kind(value)
