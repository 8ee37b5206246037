"""Choosing a bank's questions by article, type, tag and difficulty.

render, quiz and export take the same filters (`--article`, `--type`, `--tag`,
`--difficulty`) and read them the same way, here. Each filter lets through questions that
match any of its values; the filters together let through questions that pass them all;
an empty filter lets everything through.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence

from studyguide.bank.report import did_you_mean, listing, quoted
from studyguide.errors import NoQuestions
from studyguide.model import Bank, Difficulty, Question, QuestionType

TYPE_NAMES: dict[str, QuestionType] = {
    **{kind.value: kind for kind in QuestionType},
    "mc": QuestionType.MULTIPLE_CHOICE,
    "tf": QuestionType.TRUE_FALSE,
    "fill": QuestionType.FILL_BLANK,
    "fb": QuestionType.FILL_BLANK,
    "short": QuestionType.SHORT_ANSWER,
    "sa": QuestionType.SHORT_ANSWER,
    "match": QuestionType.MATCHING,
    "order": QuestionType.ORDERING,
}
"""Names accepted for a question type: each type's own name, and short ones."""

_TYPE_CHOICES = ", ".join(
    f"{kind.value} ({next(n for n, k in TYPE_NAMES.items() if k is kind and n != kind.value)})"
    for kind in QuestionType
)


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


def filter_questions(
    bank: Bank,
    *,
    articles: Sequence[str] = (),
    types: Sequence[QuestionType] = (),
    tags: Sequence[str] = (),
    difficulties: Sequence[Difficulty] = (),
    source: str = "",
) -> tuple[Question, ...]:
    """The bank's questions about one of `articles`, of one of `types`, with one of `tags`
    (in any case) and of one of `difficulties`, in the bank's order.

    Raises NoQuestions, naming `source` (the bank's file), for an article the bank does
    not hold, and when the filters leave no question of a bank that has some.
    """
    where = f"{source}: " if source else ""
    held = [a.id for a in bank.articles]
    for article in articles:
        if article not in held:
            raise NoQuestions(
                f"{where}the bank has no article {quoted(article)}",
                did_you_mean(article, held, also=f"its articles: {listing(held) or 'none'}"),
            )
    wanted_tags = {tag.casefold() for tag in tags}
    chosen = tuple(
        q
        for q in bank.questions
        if (not articles or q.article in articles)
        and (not types or q.type in types)
        and (not wanted_tags or wanted_tags.intersection(t.casefold() for t in q.tags))
        and (not difficulties or q.difficulty in difficulties)
    )
    if bank.questions and not chosen:
        asked = _describe(articles, types, tags, difficulties)
        raise NoQuestions(f"{where}no question is {asked}", _what_there_is(bank.questions))
    return chosen


def filter_bank(
    bank: Bank,
    *,
    articles: Sequence[str] = (),
    types: Sequence[QuestionType] = (),
    tags: Sequence[str] = (),
    difficulties: Sequence[Difficulty] = (),
    source: str = "",
) -> Bank:
    """The bank with only the questions `filter_questions` chooses, and only the articles
    named, when some are. Raises NoQuestions as `filter_questions` does."""
    questions = filter_questions(
        bank,
        articles=articles,
        types=types,
        tags=tags,
        difficulties=difficulties,
        source=source,
    )
    kept = tuple(a for a in bank.articles if not articles or a.id in articles)
    return dataclasses.replace(bank, articles=kept, questions=questions)


def _describe(
    articles: Sequence[str],
    types: Sequence[QuestionType],
    tags: Sequence[str],
    difficulties: Sequence[Difficulty],
) -> str:
    """'about "bridge", of type matching, tagged date or person, hard'."""
    parts = []
    if articles:
        parts.append("about " + " or ".join(quoted(a) for a in articles))
    if types:
        parts.append("of type " + " or ".join(t.value for t in types))
    if tags:
        parts.append("tagged " + " or ".join(tags))
    if difficulties:
        parts.append(" or ".join(d.value for d in difficulties))
    return ", ".join(parts)


def _what_there_is(questions: Sequence[Question]) -> str:
    types = dict.fromkeys(q.type.value for q in questions)
    tags = sorted({t for q in questions for t in q.tags}, key=lambda t: (t.casefold(), t))
    levels = [d.value for d in Difficulty if any(q.difficulty is d for q in questions)]
    there = [f"types: {listing(types)}"]
    if tags:
        there.append(f"tags: {listing(tags)}")
    there.append(f"difficulties: {listing(levels)}")
    return f"the bank's {len(questions)} questions have {'; '.join(there)}"
