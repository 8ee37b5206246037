"""The registry of question generators: one function per kind of question.

A generator takes the `Context` of one article and returns candidate questions; selection
happens later, across all generators. A new kind of question is one new module with a
`@generator(...)` function, imported in `studyguide.generation`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from studyguide.generation.context import Context
from studyguide.model import Question, QuestionType

Generator = Callable[[Context], list[Question]]


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
