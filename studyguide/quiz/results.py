"""What a quiz run leaves behind: one result per question asked, keyed by question id."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import Enum
from typing import Any

from studyguide.model import Question, QuestionType

RESULTS_FORMAT = 1
"""Version of the `--results` JSON layout, raised when a key changes meaning."""


class Outcome(str, Enum):
    CORRECT = "correct"
    INCORRECT = "incorrect"
    SKIPPED = "skipped"


class StopReason(str, Enum):
    FINISHED = "finished"
    QUIT = "quit"
    """The student typed q."""
    END_OF_INPUT = "end_of_input"
    """The answers ran out: the end of a pipe, or Ctrl-D."""
    INTERRUPTED = "interrupted"
    """Ctrl-C."""


@dataclass(frozen=True, slots=True)
class QuestionResult:
    question: Question
    outcome: Outcome
    answer: str | None = None
    """What the student typed, as typed; None when skipped."""
    understood: str = ""
    """The answer as understood, in the labels shown ("b) Elena Dvořák", "1b 2a")."""
    expected: str = ""
    """The right answer in the same labels."""
    note: str = ""
    """What was forgiven or partly right ("Accepted with a small typo..."), or that the
    answer came too late."""
    seconds: float | None = None
    """How long the student took to answer, from the question appearing."""
    late: bool = False
    """Answered after the time limit, and so counted as wrong whatever the answer."""
    partial: float = 0.0
    """The share of a matching or ordering answer that was right, when not all of it."""
    overridden: bool = False
    """Marked wrong, then counted right because the student said so ("I was right"), as
    Anki and Quizlet allow for a typed answer the grader did not recognise."""

    @property
    def id(self) -> str:
        return self.question.id

    @property
    def points(self) -> float:
        """The question's points when right; as much of them as the share right of a
        matching or ordering answer (as Moodle gives); none when wrong, skipped or late."""
        if self.outcome is Outcome.CORRECT:
            return self.question.points
        return round(self.question.points * self.partial, 2)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.question.id,
            "type": self.question.type.value,
            "prompt": self.question.prompt,
            "outcome": self.outcome.value,
            "answer": self.answer,
            "understood": self.understood or None,
            "expected": self.expected,
            "points": self.points,
            "possible": self.question.points,
            "seconds": None if self.seconds is None else round(self.seconds, 1),
            "late": self.late,
            "overridden": self.overridden,
        }


@dataclass(frozen=True, slots=True)
class Tally:
    asked: int = 0
    correct: int = 0
    skipped: int = 0
    points: float = 0
    possible: int = 0

    @property
    def percent(self) -> float:
        return 100.0 * self.points / self.possible if self.possible else 0.0

    def add(self, result: QuestionResult) -> Tally:
        return Tally(
            asked=self.asked + 1,
            correct=self.correct + (result.outcome is Outcome.CORRECT),
            skipped=self.skipped + (result.outcome is Outcome.SKIPPED),
            points=self.points + result.points,
            possible=self.possible + result.question.points,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "asked": self.asked,
            "correct": self.correct,
            "incorrect": self.asked - self.correct - self.skipped,
            "skipped": self.skipped,
            "points": round(self.points, 2),
            "possible": self.possible,
            "percent": round(self.percent, 1),
        }


@dataclass(frozen=True, slots=True)
class QuizResult:
    questions: tuple[Question, ...]
    """Every question the quiz meant to ask, in order."""
    results: tuple[QuestionResult, ...]
    """One per question asked (answered or skipped), in the order asked."""
    stopped: StopReason
    title: str = ""

    def by_id(self) -> dict[str, QuestionResult]:
        return {result.id: result for result in self.results}

    @property
    def tally(self) -> Tally:
        total = Tally()
        for result in self.results:
            total = total.add(result)
        return total

    def by_type(self) -> dict[QuestionType, Tally]:
        """A tally for each type asked, in the order of `QuestionType`."""
        tallies: dict[QuestionType, Tally] = {}
        for kind in QuestionType:
            for result in self.results:
                if result.question.type is kind:
                    tallies[kind] = tallies.get(kind, Tally()).add(result)
        return tallies

    def by_tag(self) -> dict[str, Tally]:
        """A tally for each tag of the questions asked, in alphabetical order; a question
        with several tags counts under each."""
        tallies: dict[str, Tally] = {}
        for result in self.results:
            for tag in dict.fromkeys(result.question.tags):
                tallies[tag] = tallies.get(tag, Tally()).add(result)
        return {tag: tallies[tag] for tag in sorted(tallies, key=str.casefold)}

    @property
    def missed(self) -> tuple[QuestionResult, ...]:
        """The questions answered wrongly or skipped, in the order asked."""
        return tuple(r for r in self.results if r.outcome is not Outcome.CORRECT)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": RESULTS_FORMAT,
            "title": self.title,
            **self._round_dict(),
        }

    def _round_dict(self) -> dict[str, Any]:
        return {
            "stopped": self.stopped.value,
            "questions_in_quiz": len(self.questions),
            "score": self.tally.to_dict(),
            "by_type": {kind.value: tally.to_dict() for kind, tally in self.by_type().items()},
            "by_tag": {tag: tally.to_dict() for tag, tally in self.by_tag().items()},
            "questions": [result.to_dict() for result in self.results],
        }


@dataclass(frozen=True, slots=True)
class Session:
    """A quiz and the retries of its missed questions that followed it."""

    rounds: tuple[QuizResult, ...]
    """The quiz first, then each retry; never empty."""
    stopped: StopReason
    """How the session ended: FINISHED when the student finished or declined a retry."""
    time_limit: float | None = None

    @property
    def first(self) -> QuizResult:
        return self.rounds[0]

    @property
    def retries(self) -> tuple[QuizResult, ...]:
        return self.rounds[1:]

    def to_dict(self) -> dict[str, Any]:
        """The first round's results, with the session's end and the retries added."""
        return {
            **self.first.to_dict(),
            "stopped": self.stopped.value,
            "time_limit": self.time_limit,
            "retries": [retry._round_dict() for retry in self.retries],
        }


def results_json(result: QuizResult | Session) -> str:
    """The `--results` file: the result's `to_dict()` as indented UTF-8 JSON."""
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n"
