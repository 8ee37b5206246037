"""What someone said about a thing the story is about: passages written for these tests,
each with the question it must ask, or none."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from studyguide.analysis import analyze_article
from studyguide.generation.context import Context
from studyguide.generation.views import said_about
from studyguide.ingest import parse_text

if TYPE_CHECKING:
    from spacy.language import Language

_STORY = (
    "Harbour plan delayed again\n\n"
    "The Millbrook harbour plan has been delayed for a second year, the town council said on"
    " Monday.\n\n"
)


@pytest.mark.parametrize(
    ("paragraph", "asked"),
    [
        (
            "Mayor Anna Falk said the harbour plan would cost the town more than it had hoped.",
            # "the harbour plan" named as the article first named it.
            (
                "What did Anna Falk say about the Millbrook harbour plan?",
                "the Millbrook harbour plan would cost the town more than it had hoped",
            ),
        ),
        # A body that speaks reads in lower case inside the question.
        (
            "Engineers said the old harbour wall could not survive another winter of storms.",
            (
                "What did engineers say about the old harbour wall?",
                "the old harbour wall could not survive another winter of storms",
            ),
        ),
        (
            "The Scottish government said the old harbour wall would need new funding soon.",
            (
                "What did the Scottish government say about the old harbour wall?",
                "the old harbour wall would need new funding soon",
            ),
        ),
        # What the words open on does not say which thing they mean.
        ("Mayor Anna Falk said a delay would cost the town more than it had hoped.", None),
        ("Mayor Anna Falk said these plans would cost the town more than it had hoped.", None),
        ("Mayor Anna Falk said they would cost the town more than it had hoped.", None),
        # Off the story's subject: a detail.
        ("Mayor Anna Falk said the school choir would sing at the summer fair in July.", None),
    ],
)
def test_said_about(nlp: Language, paragraph: str, asked: tuple[str, str] | None) -> None:
    article = parse_text(_STORY + paragraph)
    found = [
        (c.question.prompt, c.question.answer)
        for c in said_about(Context(article, analyze_article(article, nlp)))
    ]
    assert found == ([asked] if asked else [])


def test_not_asked_where_the_speaker_says_more_of_the_same_thing(nlp: Language) -> None:
    article = parse_text(
        _STORY
        + "Mayor Anna Falk said the harbour plan would cost the town more than it had hoped.\n\n"
        + "She later said the harbour plan was still the town's best hope of new jobs."
    )
    assert said_about(Context(article, analyze_article(article, nlp))) == []


def test_the_answer_is_grounded_in_the_evidence(nlp: Language) -> None:
    article = parse_text(
        _STORY
        + "“The harbour wall could collapse in the next big storm,” said Anna Falk, the mayor."
    )
    (candidate,) = said_about(Context(article, analyze_article(article, nlp)))
    question = candidate.question
    assert question.prompt == "What did Anna Falk say about the harbour wall?"
    told = " ".join(e.text for e in question.evidence)
    assert any(answer in told for answer in (question.answer, *question.accepted))
