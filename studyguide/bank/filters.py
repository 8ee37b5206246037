"""Choosing a bank's questions by article, type, tag and difficulty.

render, quiz and export take the same filters (`--article`, `--type`, `--tag`,
`--difficulty`) as one `QuestionFilter` and read them the same way, here. Each filter lets through questions that
match any of its values; the filters together let through questions that pass them all;
an empty filter lets everything through.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from studyguide.bank.problems import did_you_mean, listing, quoted
from studyguide.errors import NoQuestions, counted
from studyguide.model import Bank, Difficulty, Question, QuestionType

TYPE_NAMES: dict[str, QuestionType] = {
    **{kind.value: kind for kind in QuestionType},
    **{kind.code: kind for kind in QuestionType},
    **{kind.short: kind for kind in QuestionType},
}
"""Names accepted for a question type: each type's own name, its short name and its code."""

_TYPE_CHOICES = ", ".join(f"{kind.value} ({kind.short})" for kind in QuestionType)


def split_names(values: Iterable[str]) -> tuple[str, ...]:
    """Names given as options, each option holding one or several separated by commas."""
    names = (name.strip() for value in values for name in value.split(","))
    return tuple(dict.fromkeys(name for name in names if name))


def parse_types(values: Iterable[str]) -> tuple[QuestionType, ...]:
    """Question types from names such as "mc", "true_false" or "fill-blank".

    Raises ValueError naming an unknown one."""
    kinds = []
    for name in split_names(values):
        key = name.lower().replace("-", "_")
        if key not in TYPE_NAMES:
            raise ValueError(f"unknown question type {quoted(name)}; choose from: {_TYPE_CHOICES}")
        kinds.append(TYPE_NAMES[key])
    return tuple(dict.fromkeys(kinds))


def parse_difficulties(values: Iterable[str]) -> tuple[Difficulty, ...]:
    """Difficulties from names: easy, medium, hard. Raises ValueError naming an unknown one."""
    known = [d.value for d in Difficulty]
    levels = []
    for name in split_names(values):
        if name.lower() not in known:
            raise ValueError(f"unknown difficulty {quoted(name)}; choose from: {listing(known)}")
        levels.append(Difficulty(name.lower()))
    return tuple(dict.fromkeys(levels))


@dataclass(frozen=True, slots=True)
class QuestionFilter:
    """Which of a bank's questions render, export and quiz take. An empty field lets every
    question through; a field with several values lets through a question that has any one
    of them (tags in any case); the fields together let through what passes them all."""

    articles: tuple[str, ...] = ()
    """Article ids, as the bank names them."""
    types: tuple[QuestionType, ...] = ()
    tags: tuple[str, ...] = ()
    difficulties: tuple[Difficulty, ...] = ()

    def admit(self, question: Question) -> bool:
        return (
            (not self.articles or question.article in self.articles)
            and (not self.types or question.type in self.types)
            and (not self.tags or bool(_folded(self.tags) & _folded(question.tags)))
            and (not self.difficulties or question.difficulty in self.difficulties)
        )

    def describe(self, count: int = 2) -> str:
        """`count` of the questions let through, in words (without the number): "hard
        ordering questions tagged date from article "bridge"."""
        words = [
            " or ".join(level.value for level in self.difficulties),
            " or ".join(kind.value for kind in self.types),
            "question" if count == 1 else "questions",
        ]
        if self.tags:
            words.append("tagged " + " or ".join(self.tags))
        if self.articles:
            words.append("from article " + " or ".join(quoted(a) for a in self.articles))
        return " ".join(word for word in words if word)


EVERY_QUESTION = QuestionFilter()
"""The filter that lets every question through."""


def _folded(tags: Iterable[str]) -> set[str]:
    return {tag.casefold() for tag in tags}


def filter_questions(
    questions: Sequence[Question],
    chosen: QuestionFilter = EVERY_QUESTION,
    *,
    articles: Sequence[str] | None = None,
    source: str = "",
) -> tuple[Question, ...]:
    """The questions `chosen` lets through, in the bank's order. `articles` are the ids of
    the bank's articles (by default, those the questions are on).

    Raises NoQuestions, naming `source` (the bank's file), for an article or a tag the bank
    does not hold (most likely a typo), and when the filter leaves no question of a bank
    that has some.
    """
    where = f"{source}: " if source else ""
    held = list(articles if articles is not None else dict.fromkeys(q.article for q in questions))
    for article in chosen.articles:
        if article not in held:
            raise NoQuestions(
                f"{where}the bank has no article {quoted(article)}",
                did_you_mean(article, held, also=f"its articles: {listing(held) or 'none'}"),
            )
    if not questions:
        return ()
    tags = list(dict.fromkeys(t for q in questions for t in q.tags))
    for tag in chosen.tags:
        if tag.casefold() not in _folded(tags):
            raise NoQuestions(
                f"{where}the bank has no questions tagged {quoted(tag)}",
                did_you_mean(tag, tags, also=f"its tags: {listing(tags) or 'none'}"),
            )
    kept = tuple(q for q in questions if chosen.admit(q))
    if not kept:
        raise NoQuestions(f"{where}the bank has no {chosen.describe()}", _what_there_is(questions))
    return kept


def filter_bank(bank: Bank, chosen: QuestionFilter = EVERY_QUESTION, *, source: str = "") -> Bank:
    """The bank with only the questions `chosen` lets through, and only the articles it
    names, when it names some. Raises NoQuestions as `filter_questions` does."""
    questions = filter_questions(
        bank.questions, chosen, articles=[a.id for a in bank.articles], source=source
    )
    kept = tuple(a for a in bank.articles if not chosen.articles or a.id in chosen.articles)
    return dataclasses.replace(bank, articles=kept, questions=questions)


def _what_there_is(questions: Sequence[Question]) -> str:
    types = dict.fromkeys(q.type.value for q in questions)
    tags = sorted({t for q in questions for t in q.tags}, key=lambda t: (t.casefold(), t))
    levels = [d.value for d in Difficulty if any(q.difficulty is d for q in questions)]
    there = [f"types: {listing(types)}"]
    if tags:
        there.append(f"tags: {listing(tags)}")
    there.append(f"difficulties: {listing(levels)}")
    have = "has" if len(questions) == 1 else "have"
    return f"the bank's {counted(len(questions), 'question')} {have} {'; '.join(there)}"
