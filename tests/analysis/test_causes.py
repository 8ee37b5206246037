"""The reasons an article gives: passages written for these tests, each with the why-question
the parse turns round its subject and the reason, or none."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from studyguide.pipeline import analyze

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("passage", "found"),
    [
        # A verb in the simple present or past takes "does" or "did"; a helper moves.
        (
            "Mr Holt faces criminal charges because he misled the shareholders.",
            [("Why does Mr Holt face criminal charges?", "he misled the shareholders")],
        ),
        (
            "The agency shut down its accounts because of a security breach.",
            [("Why did The agency shut down its accounts?", "a security breach")],
        ),
        (
            "The ferry company is cutting its winter crossings due to falling demand.",
            [("Why is The ferry company cutting its winter crossings?", "falling demand")],
        ),
        (
            "December is usually a quiet month for estate agents because of Christmas.",
            [("Why is December usually a quiet month for estate agents?", "Christmas")],
        ),
        # A linking word before the subject is dropped; an adverb before the verb stays.
        (
            "However, the club's turnover dropped sharply over the year, because of a fall"
            " in ticket sales.",
            [
                (
                    "Why did the club's turnover drop sharply over the year?",
                    "a fall in ticket sales",
                )
            ],
        ),
        (
            "The firm also cut its fares because of the protests.",
            [("Why did The firm also cut its fares?", "the protests")],
        ),
        # A setting is part of what the sentence says; a pronoun names nothing; words
        # between the subject and the verb that a question cannot leave there; a plan.
        ("In the past, the threats were theoretical because the viruses stayed in labs.", []),
        ("It closed because the roof was unsafe.", []),
        ("The council opposed it because the cost was too high.", []),
        (
            "Kelby Ferries struggles to establish itself because of its rivals' low fares.",
            [
                (
                    "Why does Kelby Ferries struggle to establish itself?",
                    "its rivals' low fares",
                )
            ],
        ),
        ("The ferry workers don't deserve the cut because they kept the boats running.", []),
        ("The agency earlier this month shut its accounts because of a breach.", []),
        ("The firm is due to merge with its rival next spring.", []),
        ("The fall in fares is mainly because of a price war between the ferry lines.", []),
        # A "because" inside what someone thought is theirs, not the sentence's.
        ("Anna Falk believed the pier closed because the roof was unsafe.", []),
        # What a doing was for: after it, before it, after "in order"; an object's aim.
        (
            "The ferry line cut its fares to lure passengers back from the airlines.",
            [("Why did The ferry line cut its fares?", "lure passengers back from the airlines")],
        ),
        (
            "To offset the rising cost of fuel, the ferry company introduced a surcharge.",
            [
                (
                    "Why did the ferry company introduce a surcharge?",
                    "offset the rising cost of fuel",
                )
            ],
        ),
        (
            "However, the council sold the pier in order to pay off its debts.",
            [("Why did the council sell the pier?", "pay off its debts")],
        ),
        (
            "Local fans have taken out an advert in the Kelby Courier to save the pier.",
            [
                (
                    "Why have Local fans taken out an advert in the Kelby Courier?",
                    "save the pier",
                )
            ],
        ),
        # An aim may hold a clause of its own that tells of its object.
        (
            "The charity flew in doctors to treat patients the hospital could not reach.",
            [
                (
                    "Why did The charity fly in doctors?",
                    "treat patients the hospital could not reach",
                )
            ],
        ),
        (
            "The council cut bus fares to get more people out of their cars.",
            [("Why did The council cut bus fares?", "get more people out of their cars")],
        ),
        (
            "A special court was set up to hear the case and hearings have taken place there"
            " for nine years.",
            [],
        ),
        # No aim: a result, a noun's "to", "only for", what someone was made to do, an aim
        # cut short by the parse, or a sentence that asks two things.
        ("Moya won the final set 7-5 to give the hosts an unbeatable lead.", []),
        ("De Marigny landed a penalty to make it 19-8 at the break.", []),
        ("To judge by the crowds at the weekend, the new pier has proved a great success.", []),
        ("Mr Holt made a bid last year to become chairman of the ferry line.", []),
        (
            "Ferry Plans\n\nThe harbour board has new plans.\n\nMoves to unite the ferry and bus"
            " tickets look set to get more emphasis in 2005 too.\n\nFor a start, the board looks"
            " set to roll out new passes.\n",
            [],
        ),
        ("Kelby Online offers users new tools to publish their own blogs.", []),
        ("The mayor arrived back from her mission to the islands to try to save the ferry.", []),
        ("Novak turned inside the defender only for the keeper to save his shot.", []),
        ("The council directed the ferry line to cut its fares.", []),
        ("Wide desks would combine with low chairs to save space in the office.", []),
        ("Senators blocked the package to fight the virus.", []),
        # What someone binds themselves to is no aim of the binding: "Why do rabbis vow?"
        ("Pastors vow to boycott Ruiz speech to pro-ferry group.", []),
        ("The union welcomed the council's grant to repair the pier.", []),
        ("The inquiry expanded to include the harbour board's accounts.", []),
        ("The mayor's diary included a speech to Save Our Pier, a local charity.", []),
        (
            "To reach more readers, the Courier has printed more copies and plans to open"
            " a website.",
            [],
        ),
    ],
)
def test_causes(nlp: Language, passage: str, found: list[tuple[str, str]]) -> None:
    causes = analyze(passage, nlp=nlp).causes
    assert [(c.to_dict()["asked"], c.reason.text) for c in causes] == found
    for cause in causes:
        assert passage[cause.reason.start : cause.reason.end] == cause.reason.text
