"""Quotes and their speakers, one short passage per form news uses."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from studyguide.pipeline import analyze

if TYPE_CHECKING:
    from spacy.language import Language

INTRO = "Mayor Elena Novak opened the new library on Monday. "

# (passage, expected [(quoted words, speaker, kind)])
CASES = [
    (
        INTRO + '"We built this for every child in the city," Novak said.',
        [("We built this for every child in the city", "Elena Novak", "direct")],
    ),
    (
        INTRO + '"We built this for every child in the city" Novak said.',
        [("We built this for every child in the city", "Elena Novak", "direct")],
    ),
    (
        INTRO + 'Novak said: "Reading changes lives, and it changed mine."',
        [("Reading changes lives, and it changed mine.", "Elena Novak", "direct")],
    ),
    (
        INTRO + 'Novak said, "Reading changes lives, and it changed mine."',
        [("Reading changes lives, and it changed mine.", "Elena Novak", "direct")],
    ),
    (
        INTRO + "“The shelves are full and the doors are open,” said Novak.",
        [("The shelves are full and the doors are open", "Elena Novak", "direct")],
    ),
    (
        INTRO + '"It took us four long years to get here," she said.',
        [("It took us four long years to get here", "Elena Novak", "direct")],
    ),
    (
        INTRO + '"We waited a long time," Novak said. "Now the whole town can read for free."',
        [
            ("We waited a long time", "Elena Novak", "direct"),
            ("Now the whole town can read for free.", "Elena Novak", "direct"),
        ],
    ),
    (
        INTRO + "Novak said the city had waited too long.\n"
        "“Every neighbourhood deserves a place like this one.”",
        [("Every neighbourhood deserves a place like this one.", "Elena Novak", "direct")],
    ),
    (
        INTRO + "Novak said the building was “a gift to the next generation” of readers.",
        [
            (
                "the building was “a gift to the next generation” of readers",
                "Elena Novak",
                "mixed",
            )
        ],
    ),
    (
        "Critics called the plan a “white elephant” before it opened.",
        [],
    ),
    (
        INTRO + "The library will screen “Casablanca” on Friday.",
        [],
    ),
    (
        "Opposition councillor Tomas Berg disagreed. "
        '"The money should have gone to the schools first," Berg told reporters.',
        [("The money should have gone to the schools first", "Tomas Berg", "direct")],
    ),
    (
        INTRO + '"We built this for every child," Novak said. "Odd mark here',
        [("We built this for every child", "Elena Novak", "direct")],
    ),
]


@pytest.mark.parametrize(("passage", "expected"), CASES)
def test_quote_forms(nlp: Language, passage: str, expected: list[tuple[str, str, str]]) -> None:
    analysis = analyze(passage, nlp=nlp)
    found = [(q.content.text, q.speaker, q.kind.value) for q in analysis.quotes]
    assert found == expected
    for quote in analysis.quotes:
        assert passage[quote.content.start : quote.content.end] == quote.content.text


def test_speaker_role_and_aliases(nlp: Language) -> None:
    text = (
        "Syrian President Bashar Assad spoke on Sunday.\n"
        '"The coalition has failed," Assad said.\n'
        "The Syrian president also noted that the two armies do not coordinate their attacks."
    )
    analysis = analyze(text, nlp=nlp)
    (person,) = analysis.people()
    assert (person.name, person.role, person.aliases) == (
        "Bashar Assad",
        "Syrian President",
        ("Assad",),
    )
    assert [q.speaker for q in analysis.quotes] == ["Bashar Assad"]
    assert [(c.speaker, c.cue, c.content.text) for c in analysis.claims] == [
        ("Bashar Assad", "noted", "the two armies do not coordinate their attacks")
    ]


def test_claims_are_kept_apart_from_the_articles_own_statements(nlp: Language) -> None:
    text = (
        "Inspectors searched the site for a week. No weapons were found.\n"
        "Minister Anna Falk said the search had been thorough."
    )
    analysis = analyze(text, nlp=nlp)
    assert [(c.speaker, c.content.text) for c in analysis.claims] == [
        ("Anna Falk", "the search had been thorough")
    ]


def test_dateline_agency_is_not_a_person(nlp: Language) -> None:
    text = "BERLIN (Sputnik) — Foreign Minister Maria Lindqvist said the talks would go on."
    analysis = analyze(text, nlp=nlp)
    assert [p.name for p in analysis.people()] == ["Maria Lindqvist"]
