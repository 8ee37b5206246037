"""The registry of question generators: one function per kind of question.

A generator takes the `Context` of one article and returns candidates: questions with the
fact they test and a score for ranking. Selection happens later, across all generators. A
new kind of question is one new module with a `@generator(...)` function, imported in
`studyguide.generation`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from studyguide.generation.context import Context
from studyguide.model import Question, QuestionType


@dataclass(frozen=True, slots=True)
class Candidate:
    question: Question
    fact: str
    """What the question tests, e.g. "speaker:1249": of candidates on one fact (a true and a
    false statement of one claim, the same name asked as a choice or typed), one is kept."""
    score: float = 1.0
    """Higher is better: comprehension ranks above recall, a clear prompt above a long one."""
    points: tuple[str, ...] = ()
    """Keys of the plan's points the question asks about beyond its evidence sentences
    ("main", "views", "timeline", "position:NAME"): see `plan`."""
    naming: tuple[int, ...] = ()
    """Starts of evidence sentences that only say who a speaker is ("Tory leader Michael
    Howard"): they ground the question's words, but it does not ask about them."""


Generator = Callable[[Context], list[Candidate]]


@dataclass(frozen=True, slots=True)
class Registered:
    name: str
    type: QuestionType
    make: Generator


GENERATORS: list[Registered] = []


def generator(name: str, question_type: QuestionType) -> Callable[[Generator], Generator]:
    def register(make: Generator) -> Generator:
        GENERATORS.append(Registered(name, question_type, make))
        return make

    return register
