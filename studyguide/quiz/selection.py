"""Choosing which questions a quiz asks, and in what order."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from studyguide.errors import NoQuestions
from studyguide.model import Difficulty, Question, QuestionType


@dataclass(frozen=True, slots=True)
class Filters:
    """Which of a bank's questions to ask. An empty field lets every question through; a
    field with several values lets through a question that has any one of them."""

    types: tuple[QuestionType, ...] = ()
    tags: tuple[str, ...] = ()
    difficulties: tuple[Difficulty, ...] = ()
    articles: tuple[str, ...] = ()
    """Article ids, as the bank names them."""

    def admit(self, question: Question) -> bool:
        return (
            (not self.types or question.type in self.types)
            and (not self.tags or bool(_folded(self.tags) & _folded(question.tags)))
            and (not self.difficulties or question.difficulty in self.difficulties)
            and (not self.articles or question.article in self.articles)
        )

    @property
    def only_types(self) -> bool:
        """Whether types are all that is asked for (or nothing at all)."""
        return not (self.tags or self.difficulties or self.articles)

    def describe(self, count: int = 2) -> str:
        """`count` of the questions let through, in words: "hard ordering questions tagged
        date" (without the number)."""
        words = [
            " or ".join(level.value for level in self.difficulties),
            " or ".join(kind.value for kind in self.types),
            "question" if count == 1 else "questions",
        ]
        if self.tags:
            words.append("tagged " + " or ".join(self.tags))
        if self.articles:
            words.append("from article " + " or ".join(self.articles))
        return " ".join(word for word in words if word)


def _folded(tags: Sequence[str]) -> set[str]:
    """Tags as compared: in any case, as render and export compare them."""
    return {tag.casefold() for tag in tags}


EVERY_QUESTION = Filters()
"""The filters that let every question through."""


def filter_questions(
    questions: Sequence[Question], filters: Filters = EVERY_QUESTION, *, source: str = ""
) -> tuple[Question, ...]:
    """The questions `filters` lets through, in the bank's order.

    Raises NoQuestions, naming `source` (the bank's file), when none do, and also when a
    tag or article asked for is not in the bank at all, which is most likely a typo.
    """
    where = f"{source}: " if source else ""
    if not questions:
        raise NoQuestions(
            f"{where}the bank has no questions",
            "add some with: studyguide generate ARTICLE -o BANK",
        )
    tags = tuple(dict.fromkeys(tag for q in questions for tag in q.tags))
    unknown_tags = [tag for tag in filters.tags if tag.casefold() not in _folded(tags)]
    if unknown_tags:
        raise NoQuestions(
            f"{where}the bank has no questions tagged {' or '.join(unknown_tags)}",
            f"its tags are: {', '.join(tags)}" if tags else "its questions have no tags",
        )
    articles = tuple(dict.fromkeys(q.article for q in questions))
    unknown_articles = [article for article in filters.articles if article not in articles]
    if unknown_articles:
        raise NoQuestions(
            f"{where}the bank has no article {' or '.join(unknown_articles)}",
            f"its articles are: {', '.join(articles)}",
        )
    chosen = tuple(q for q in questions if filters.admit(q))
    if not chosen:
        raise NoQuestions(
            f"{where}the bank has no {filters.describe()}", _present(questions, filters)
        )
    return chosen


def _present(questions: Sequence[Question], filters: Filters) -> str:
    if filters.only_types:
        present = ", ".join(dict.fromkeys(q.type.value for q in questions))
        return f"its questions are of these types: {present}"
    return "no question meets all of these at once; ask for fewer"


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


def select_questions(
    questions: Sequence[Question],
    filters: Filters = EVERY_QUESTION,
    *,
    count: int | None = None,
    shuffle: bool = False,
    rng: random.Random | None = None,
    source: str = "",
) -> tuple[Question, ...]:
    """The questions to ask: those `filters` lets through, shuffled with `rng` when
    `shuffle`, then the first `count`. Fewer than `count` when fewer match.

    Raises NoQuestions, naming `source` (the bank's file), when none match.
    """
    chosen = filter_questions(questions, filters, source=source)
    return order_questions(chosen, count=count, shuffle=shuffle, rng=rng)
