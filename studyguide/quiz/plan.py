"""What a quiz will ask, and what the student should know about it before it starts."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from studyguide.bank import EVERY_QUESTION, QuestionFilter
from studyguide.model import Question
from studyguide.quiz.clock import utc_now, wait_in_words
from studyguide.quiz.order import order_questions, quiz_questions
from studyguide.quiz.progress import Progress


@dataclass(frozen=True, slots=True)
class Plan:
    questions: tuple[Question, ...]
    """In the order to ask them; empty when a review finds nothing due."""
    notes: tuple[str, ...] = ()
    """To show before the first question: fewer questions than asked for, how many are
    due for review, or when the next one will be."""
    suggestion: str = ""
    """A command to run instead, when there is nothing to ask."""


def plan_quiz(
    questions: Sequence[Question],
    filters: QuestionFilter = EVERY_QUESTION,
    *,
    count: int | None = None,
    shuffle: bool = False,
    rng: random.Random | None = None,
    source: str = "",
    review: Progress | None = None,
    now: datetime | None = None,
) -> Plan:
    """The questions `filters` lets through (with `review`, only those due at `now` by
    that progress), shuffled with `rng` when `shuffle`, then the first `count`.

    Raises NoQuestions, naming `source` (the bank's file), when the filters let nothing
    through; a review with nothing due is an empty plan that says when the next is due.
    """
    chosen = quiz_questions(questions, filters, source=source)
    notes: list[str] = []
    if review is not None:
        moment = now or utc_now()
        due = tuple(question for question in chosen if review.is_due(question, moment))
        if not due:
            said = _nothing_due(review.next_due(chosen, moment), moment)
            whole = f"To take the whole quiz now: studyguide quiz {source}" if source else ""
            return Plan((), said, whole)
        notes.append(_due(len(due), len(chosen), count))
        chosen = due
    elif count is not None and count > len(chosen):
        them = "all of them" if len(chosen) > 1 else "that one"
        notes.append(
            f"The bank has only {len(chosen)} {filters.describe(len(chosen))}, "
            f"so the quiz asks {them}."
        )
    return Plan(order_questions(chosen, count=count, shuffle=shuffle, rng=rng), tuple(notes))


def _due(due: int, total: int, count: int | None) -> str:
    verb = "is" if due == 1 else "are"
    if count is not None and count > due:
        return f"Only {_questions(due)} {verb} due for review, so the quiz asks all of them."
    if due == total:
        said = "The 1 question is" if total == 1 else f"All {total} questions are"
        said += " due for review"
    else:
        said = f"{due} of {_questions(total)} {verb} due for review"
    if count is not None and count < due:
        return f"{said}; the quiz asks {count} of them."
    return f"{said}."


def _nothing_due(next_due: datetime | None, now: datetime) -> tuple[str, ...]:
    notes = ["Nothing is due for review."]
    if next_due is not None:
        local = next_due.astimezone()
        notes.append(
            f"The next question is due {wait_in_words(next_due - now)}, "
            f"at {local:%H:%M} on {local:%Y-%m-%d}."
        )
    return tuple(notes)


def _questions(count: int) -> str:
    return f"{count} question" if count == 1 else f"{count} questions"
