"""How a bank's questions are laid out on paper: sections, numbers, printed order.

The worksheet and its answer key are both drawn from one `Form`, so the letter the key
gives is the letter the worksheet prints. Matching and ordering items are printed in a
shuffled order that depends only on the question id, so the same bank always prints the
same way. Versions of a test (forms A, B, C...) shuffle the questions within each section,
the multiple-choice options and the matching and ordering items, from a seed, so the same
seed gives the same versions.
Pure data: no reportlab here.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from studyguide.model import Bank, Question, QuestionType, mixed

SECTION_ORDER = (
    QuestionType.MULTIPLE_CHOICE,
    QuestionType.TRUE_FALSE,
    QuestionType.FILL_BLANK,
    QuestionType.MATCHING,
    QuestionType.ORDERING,
    QuestionType.SHORT_ANSWER,
)
"""Quick questions first, writing last."""

MAX_VERSIONS = 26
"""Versions are lettered A to Z."""

_TRIES = 20
"""Shuffles tried for a version before accepting one that repeats an earlier version."""


@dataclass(frozen=True, slots=True)
class PrintedQuestion:
    number: int
    question: Question
    choices: tuple[str, ...] = ()
    """Multiple choice: the options in printed order, lettered A, B, C..."""
    right: tuple[str, ...] = ()
    """Matching: the right column in printed order, lettered A, B, C..."""
    items: tuple[str, ...] = ()
    """Ordering: the items in printed order, each with a box for its number."""

    @property
    def answer_letter(self) -> str | None:
        """Multiple choice: the letter of the correct option."""
        if self.question.answer in self.choices:
            return letter(self.choices.index(self.question.answer))
        return None

    @property
    def matching_key(self) -> tuple[str, ...]:
        """Matching: for left item 1, 2, ... the letter of its partner in the right column."""
        return tuple(letter(self.right.index(pair.right)) for pair in self.question.pairs)

    @property
    def ordering_key(self) -> tuple[int, ...]:
        """Ordering: for each printed item, the number its box should get."""
        order = self.question.order
        return tuple(order.index(item) + 1 for item in self.items)


@dataclass(frozen=True, slots=True)
class Section:
    type: QuestionType
    questions: tuple[PrintedQuestion, ...]

    @property
    def points(self) -> int:
        return sum(printed.question.points for printed in self.questions)


@dataclass(frozen=True, slots=True)
class Form:
    """One printing of a bank: its questions grouped by type and numbered through."""

    sections: tuple[Section, ...]
    version: str = ""
    """The version's letter ("A"), or "" for the bank's own order."""

    @property
    def points(self) -> int:
        return sum(section.points for section in self.sections)

    @property
    def questions(self) -> tuple[PrintedQuestion, ...]:
        return tuple(printed for section in self.sections for printed in section.questions)


def letter(index: int) -> str:
    return chr(ord("A") + index)


def arrange(bank: Bank, rng: random.Random | None = None, version: str = "") -> Form:
    """Group the bank's questions by type in `SECTION_ORDER`, keeping bank order within a type,
    or, given `rng`, shuffling the questions of each type and their options."""
    sections = []
    number = 0
    ordered_types = SECTION_ORDER + tuple(t for t in QuestionType if t not in SECTION_ORDER)
    for question_type in ordered_types:
        chosen = [question for question in bank.questions if question.type is question_type]
        if rng is not None:
            rng.shuffle(chosen)
        printed = []
        for question in chosen:
            number += 1
            printed.append(_printed(number, question, rng))
        if printed:
            sections.append(Section(question_type, tuple(printed)))
    return Form(tuple(sections), version)


def arrange_versions(bank: Bank, count: int, seed: int = 0) -> tuple[Form, ...]:
    """`count` versions lettered A, B, C..., each shuffled from `seed` and its letter, and
    each laid out unlike the ones before it where the bank leaves room for that.

    Raises ValueError for a count outside 1 to `MAX_VERSIONS`."""
    if not 1 <= count <= MAX_VERSIONS:
        raise ValueError(f"versions must be from 1 to {MAX_VERSIONS}, not {count}")
    forms: list[Form] = []
    seen: set[tuple[tuple[str, tuple[str, ...]], ...]] = set()
    for index in range(count):
        rng = random.Random(f"{seed}/{letter(index)}")
        for _ in range(_TRIES):
            form = arrange(bank, rng, letter(index))
            layout = tuple((p.question.id, p.choices + p.right + p.items) for p in form.questions)
            if layout not in seen:
                break
        seen.add(layout)
        forms.append(form)
    return tuple(forms)


def _printed(number: int, question: Question, rng: random.Random | None = None) -> PrintedQuestion:
    choices = list(question.choices)
    # The bank's own printing mixes the columns from the question id alone; a version mixes
    # them again from its own shuffle, like its options.
    mix = question.id
    if rng is not None:
        rng.shuffle(choices)
        mix = f"{question.id}/{rng.getrandbits(32)}"
    return PrintedQuestion(
        number=number,
        question=question,
        choices=tuple(choices),
        right=mixed(tuple(pair.right for pair in question.pairs), random.Random(f"{mix}/right")),
        items=mixed(question.order, random.Random(f"{mix}/order")),
    )
