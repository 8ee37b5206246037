"""What someone asks others to do, asked as a short answer."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from studyguide.analysis import analyze_article
from studyguide.generation.context import Context
from studyguide.generation.demands import demand_answer
from studyguide.ingest import parse_text
from studyguide.model import QuestionType

if TYPE_CHECKING:
    from spacy.language import Language

_HEADLINE = "Harbour Wall Row\n\nThe Harbour Town council met on Monday to discuss the old harbour wall.\n\n"

# (a sentence of the story's second paragraph, the question and answer it gives, or None)
CASES = [
    (
        "Councillor Anna Lind urged the government to pay for repairs to the harbour wall.",
        (
            "What did Anna Lind urge the government to do?",
            "pay for repairs to the harbour wall",
        ),
    ),
    # An aside on who the speaker is, "has", and a clause on when or why, which the answer
    # leaves out; "the wall" as the article named it first.
    (
        "Tom Berg, the harbour master, has called for a full survey of the wall before the"
        " winter storms, after a section collapsed in March.",
        (
            "What has Tom Berg called for?",
            "a full survey of the old harbour wall before the winter storms",
        ),
    ),
    (
        "The Greenfield Party called on the council to close the quay until the wall is safe.",
        (
            "What did the Greenfield Party call on the Harbour Town council to do?",
            "close the quay until the old harbour wall is safe",
        ),
    ),
    # Not of someone unnamed, nor of "them", nor another's words told.
    ("Fishermen urged the council to repair the harbour wall this year.", None),
    ("Councillor Anna Lind urged them to pay for repairs to the harbour wall.", None),
    (
        "Councillor Anna Lind wants the government to pay for the repairs, Tom Berg said.",
        None,
    ),
    # "also" tells of another demand, which the student does not see.
    ("Councillor Anna Lind also called for a full survey of the harbour wall.", None),
    # A demand to know is a question put, not a position.
    ("Councillor Anna Lind demanded to know who would pay for the repairs to the wall.", None),
]


def _asked(nlp: Language, sentence: str) -> list[tuple[str, str]]:
    article = parse_text(_HEADLINE + sentence + "\n", article_id="demands")
    ctx = Context(article, analyze_article(article, nlp))
    return [(c.question.prompt, c.question.answer) for c in demand_answer(ctx)]


@pytest.mark.parametrize(("sentence", "asked"), CASES)
def test_demands(nlp: Language, sentence: str, asked: tuple[str, str] | None) -> None:
    assert _asked(nlp, sentence) == ([asked] if asked else [])


def test_no_demand_question_on_someone_who_asks_for_two_things(nlp: Language) -> None:
    two = (
        "Councillor Anna Lind called for a full survey of the harbour wall.\n\n"
        "Councillor Anna Lind urged the government to pay for repairs to the harbour wall."
    )
    assert _asked(nlp, two) == []


def test_a_demand_is_a_short_answer_on_the_speaker_s_position(nlp: Language) -> None:
    article = parse_text(_HEADLINE + CASES[0][0] + "\n", article_id="demands")
    ctx = Context(article, analyze_article(article, nlp))
    (candidate,) = demand_answer(ctx)
    question = candidate.question
    assert question.type is QuestionType.SHORT_ANSWER
    assert question.explanation == "Paragraph 2 tells what Anna Lind wants done."
    (evidence,) = question.evidence
    assert article.text[evidence.start : evidence.end].startswith("Councillor Anna Lind urged")
