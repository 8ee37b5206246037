"""What someone holds, asked by what it is about: passages written for these tests, each with
the question the generator must ask, or none."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from studyguide.analysis import analyze_article
from studyguide.generation.context import Context
from studyguide.generation.positions import positions
from studyguide.ingest import parse_text

if TYPE_CHECKING:
    from spacy.language import Language

_NEWS = """Brinmouth Ferry Fares to Rise

Ferry fares between Brinmouth and Kelby will rise by a fifth in March, the operator said.

{claim}

The new timetable starts on 1 March.
"""


@pytest.mark.parametrize(
    ("claim", "asked"),
    [
        (
            "Harbour master Tom Varley said the new timetable would leave the island without"
            " a late ferry.",
            (
                "What did Tom Varley say about the new timetable?",
                "the new timetable would leave the island without a late ferry",
            ),
        ),
        # A cue that says what kind of view it is stays in the question, in its tense.
        (
            "Councillor Ann Lane warns the higher fares will drive young families off the island.",
            (
                "What does Ann Lane warn about the higher fares?",
                "the higher fares will drive young families off the island",
            ),
        ),
        # What names no one thing: a question on it would ask nothing the student can find.
        ("Councillor Ann Lane said a decision would be taken by the end of the month.", None),
        ("Councillor Ann Lane said the whole situation would only get worse for islanders.", None),
        ("Councillor Ann Lane said it would drive young families off the island.", None),
        # Too little held beyond what it is about, and words spoken to the reader.
        ("Councillor Ann Lane said the late crossings were too costly.", None),
        ("Councillor Ann Lane said the new fares will cost you more if you travel at night.", None),
    ],
)
def test_a_view_is_asked_by_what_it_is_about(
    nlp: Language, claim: str, asked: tuple[str, str] | None
) -> None:
    article = parse_text(_NEWS.format(claim=claim), article_id="fares")
    found = [
        (c.question.prompt, c.question.answer)
        for c in positions(Context(article, analyze_article(article, nlp)))
    ]
    assert found == ([asked] if asked else [])


def test_no_view_is_asked_of_a_thing_the_speaker_speaks_of_twice(nlp: Language) -> None:
    article = parse_text(
        _NEWS.format(
            claim="Councillor Ann Lane said the new timetable would leave the island without a"
            " late ferry. She also said the new timetable had been drawn up in secret."
        ),
        article_id="fares",
    )
    assert not positions(Context(article, analyze_article(article, nlp)))


def test_the_topic_is_the_subject_of_the_reported_clause(nlp: Language) -> None:
    text = "Mayor Anna Falk said the new pier had cost twice what the council planned."
    article = parse_text(text, article_id="pier")
    (claim,) = analyze_article(article, nlp).claims
    assert claim.topic is not None and claim.topic.text == "the new pier"
    assert text[claim.topic.start : claim.topic.end] == "the new pier"
