"""Reported speech without quote marks, kept apart from the article's own statements."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from studyguide.pipeline import analyze

if TYPE_CHECKING:
    from spacy.language import Language

# (passage, expected [(speaker, cue, content)])
CASES = [
    # Who accuses others "of ... by claiming" does not make the claim himself.
    (
        'Minister Anna Falk accused some critics of "spreading false fears" by claiming'
        " the cards would end privacy.",
        [(None, "claiming", "the cards would end privacy")],
    ),
    # "declared himself satisfied" tells how someone is, not words they said.
    (
        "Minister Anna Falk declared herself satisfied with how the search had been run.",
        [],
    ),
    # Someone who speaks for a person is not that person.
    (
        "Minister Anna Falk met the unions. But a spokesman for Ms Falk warned that the"
        " changes would go ahead in April.",
        [("a spokesman for Ms Falk", "warned", "the changes would go ahead in April")],
    ),
    # A hyphenated description the parser splits in two is one speaker.
    (
        "The bill's Republican co-sponsor told reporters the sanctions are meant to give the"
        " president more leverage.",
        [
            (
                "The bill's Republican co-sponsor",
                "told",
                "the sanctions are meant to give the president more leverage",
            )
        ],
    ),
    (
        "Minister Anna Falk said that the search had been thorough.",
        [("Anna Falk", "said", "the search had been thorough")],
    ),
    (
        "Minister Anna Falk said the search had been thorough.",
        [("Anna Falk", "said", "the search had been thorough")],
    ),
    # What was said opens after the "that", not on a word before it.
    (
        "Several fact checkers have pointed out that Minister Anna Falk said only that the"
        " search had been thorough.",
        [("Anna Falk", "said", "the search had been thorough")],
    ),
    (
        "The search had been thorough, Minister Anna Falk said.",
        [("Anna Falk", "said", "The search had been thorough")],
    ),
    (
        "Minister Anna Falk added that the search would go on for a week.",
        [("Anna Falk", "added", "the search would go on for a week")],
    ),
    (
        "Minister Anna Falk noted that nobody had been hurt.",
        [("Anna Falk", "noted", "nobody had been hurt")],
    ),
    (
        "Minister Anna Falk stressed that the border would stay open.",
        [("Anna Falk", "stressed", "the border would stay open")],
    ),
    (
        "Minister Anna Falk told reporters that the border would stay open.",
        [("Anna Falk", "told", "the border would stay open")],
    ),
    (
        "According to Minister Anna Falk, the border will stay open until May.",
        [("Anna Falk", "according to", "the border will stay open until May")],
    ),
    (
        "The border will stay open until May, according to the ministry.",
        [("the ministry", "according to", "The border will stay open until May")],
    ),
    (
        "The Kremlin said the talks would continue in Geneva.",
        [("Kremlin", "said", "the talks would continue in Geneva")],
    ),
    (
        "Minister Anna Falk arrived on Monday. She said the border would stay open.",
        [("Anna Falk", "said", "the border would stay open")],
    ),
    (
        "Syrian President Bashar Assad spoke on Sunday. "
        "The president said the coalition has failed.",
        [("Bashar Assad", "said", "the coalition has failed")],
    ),
    (
        # The parser hangs the subject of the reported clause on the verb of saying.
        "Bank spokesman Mark Hale said the settlement, details of which will be announced"
        " next week, was a chance to move on.",
        [
            (
                "Mark Hale",
                "said",
                "the settlement, details of which will be announced next week, was a chance"
                " to move on",
            )
        ],
    ),
    # Whom someone told is not what they said: where the parse loses the clause's subject,
    # no claim rather than a wrong one.
    ("Chairman Ann Hale told MPs on Tuesday care was needed to keep the register whole.", []),
    # "announced plans ... and the Tories would extend ...": the clause the parse hangs on
    # the verb has a subject of its own, joined by "and"; two statements, not one reported.
    (
        "Labour has already announced plans to help first-time buyers and the Tories would"
        " extend right-to-buy schemes.",
        [],
    ),
    # "He added" goes on with the spokesman, described, not with the person named before
    # him, also where the parser hangs a name's "Media and Sport" on "spokesman".
    (
        "Producer Phil Redmond told the minister he would run the channel. A spokesman for the"
        " Department for Culture, Media and Sport said there were no plans to sell the"
        " channel.\n\nHe added that new laws would be required for the station to be sold.",
        [
            ("Phil Redmond", "told", "he would run the channel"),
            (
                "A spokesman for the Department for Culture",
                "said",
                "there were no plans to sell the channel",
            ),
            ("A spokesman", "added", "new laws would be required for the station to be sold"),
        ],
    ),
    # Not claims: the article's own statements, and opinions without a verb of saying.
    ("Inspectors searched the site for a week. No weapons were found.", []),
    # Whom they told, run into what they said by the parser, is no part of it.
    (
        "Aides to the mayor told the BBC Anna Falk had always backed the harbour plan.",
        [("Aides to the mayor", "told", "Anna Falk had always backed the harbour plan")],
    ),
    ("Minister Anna Falk thinks the plan might work.", []),
    ("Minister Anna Falk is expected to say that the plan worked.", []),  # not said yet
]


@pytest.mark.parametrize(("passage", "expected"), CASES)
def test_claim_forms(nlp: Language, passage: str, expected: list[tuple[str, str, str]]) -> None:
    analysis = analyze(passage, nlp=nlp)
    assert [(c.speaker, c.cue, c.content.text) for c in analysis.claims] == expected
    for claim in analysis.claims:
        assert passage[claim.content.start : claim.content.end] == claim.content.text


def test_the_articles_own_statements_are_kept_apart(nlp: Language) -> None:
    text = (
        "Inspectors searched the site for a week. No weapons were found.\n"
        "Minister Anna Falk said the search had been thorough."
    )
    analysis = analyze(text, nlp=nlp)
    assert [(c.speaker, c.content.text) for c in analysis.claims] == [
        ("Anna Falk", "the search had been thorough")
    ]
    assert [s.text for s in analysis.statements()] == [
        "Inspectors searched the site for a week.",
        "No weapons were found.",
    ]


def test_a_quoted_sentence_is_a_quote_not_a_claim(nlp: Language) -> None:
    text = "Minister Anna Falk said: “The search has been thorough and it is over.”"
    analysis = analyze(text, nlp=nlp)
    assert analysis.claims == ()
    assert [q.speaker for q in analysis.quotes] == ["Anna Falk"]


def test_words_before_a_semicolon_are_not_what_the_clause_after_it_says(nlp: Language) -> None:
    passage = (
        "Kelby council met on Monday. Ferry fares in Kelby rose by a fifth; islanders say the"
        " council broke its word."
    )
    claims = analyze(passage, nlp=nlp).claims
    assert not [c for c in claims if c.content.text.startswith("Ferry fares")]


def test_what_a_headline_reports_ends_with_its_last_word(nlp: Language) -> None:
    passage = "Teachers say lessons are too long\n\nThe school board met on Monday to cut them.\n"
    (claim,) = [c for c in analyze(passage, nlp=nlp).claims if c.speaker == "Teachers"]
    assert claim.content.text == "lessons are too long"
