"""How a question is laid out on the screen, which the answer's labels refer to.

A multiple-choice answer "b" or a matching answer "1b 2a" only means something with
the layout the student saw, so the layout is a value of its own: made once per question
(with the quiz's `random.Random`, so that a seed repeats a quiz exactly), shown, and
handed to the grader.
"""

from __future__ import annotations

import random
import string
from collections.abc import Sequence
from dataclasses import dataclass

from studyguide.model import Question, QuestionType, mixed, unhandled

LETTERS = string.ascii_lowercase


@dataclass(frozen=True, slots=True)
class Layout:
    choices: tuple[str, ...] = ()
    """Multiple choice: the options in the order shown, lettered a, b, c..."""
    left: tuple[str, ...] = ()
    """Matching: the items to match, numbered 1, 2, 3..."""
    right: tuple[str, ...] = ()
    """Matching: what they match with, lettered a, b, c...; each distinct text once."""
    items: tuple[str, ...] = ()
    """Ordering: the items in the (shuffled) order shown, numbered 1, 2, 3..."""


def canonical_layout(question: Question) -> Layout:
    """The layout with nothing shuffled: choices, pairs and items in the bank's own order."""
    match question.type:
        case QuestionType.MULTIPLE_CHOICE:
            return Layout(choices=question.choices)
        case QuestionType.MATCHING:
            rights = tuple(dict.fromkeys(pair.right for pair in question.pairs))
            return Layout(left=tuple(pair.left for pair in question.pairs), right=rights)
        case QuestionType.ORDERING:
            return Layout(items=question.order)
        case QuestionType.TRUE_FALSE | QuestionType.FILL_BLANK | QuestionType.SHORT_ANSWER:
            return Layout()
        case _:
            unhandled(question.type)


def lay_out(question: Question, rng: random.Random, *, mix_choices: bool = False) -> Layout:
    """The layout to show: matching answers and ordering items shuffled; with
    `mix_choices`, multiple-choice options too (else as the bank has them, the same as on
    the worksheet), so that an answer does not sit under the same letter every time."""
    layout = canonical_layout(question)
    match question.type:
        case QuestionType.MATCHING:
            return Layout(left=layout.left, right=mixed(layout.right, rng))
        case QuestionType.ORDERING:
            return Layout(items=mixed(layout.items, rng))
        case QuestionType.MULTIPLE_CHOICE if mix_choices:
            return Layout(choices=mixed(layout.choices, rng))
        case (
            QuestionType.MULTIPLE_CHOICE
            | QuestionType.TRUE_FALSE
            | QuestionType.FILL_BLANK
            | QuestionType.SHORT_ANSWER
        ):
            return layout
        case _:
            unhandled(question.type)


def letter(index: int) -> str:
    """The label of the `index`-th lettered option: a, b, c..."""
    return LETTERS[index] if index < len(LETTERS) else str(index + 1)


def positions(shown: Sequence[str], order: Sequence[str]) -> list[int]:
    """Where each item of `order` stands in `shown`, numbered from 1: the answer to an
    ordering question laid out as `shown`. An item listed twice takes each place in turn."""
    places: list[str | None] = list(shown)
    numbers = []
    for item in order:
        index = places.index(item)
        places[index] = None
        numbers.append(index + 1)
    return numbers
