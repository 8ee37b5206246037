"""Why things happened: passages written for these tests, each with the causes the analysis
must find (the question's words, and why), or none."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from studyguide.pipeline import analyze

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("passage", "found"),
    [
        # A clause, and a thing: the verb's tense kept, "did" put in for the simple past.
        (
            "The Brinmouth ferry was cancelled because the harbour wall had cracked.",
            [("Why was The Brinmouth ferry cancelled?", "the harbour wall had cracked", True)],
        ),
        (
            "Ticket sales at Brinmouth Ferries fell 12% last year because of the storms.",
            [
                (
                    "Why did Ticket sales at Brinmouth Ferries fall 12% last year?",
                    "the storms",
                    False,
                )
            ],
        ),
        (
            "Profits at the harbour board dropped sharply, mainly due to higher fuel costs.",
            [("Why did Profits at the harbour board drop sharply?", "higher fuel costs", False)],
        ),
        (
            "The island's schools have been closed as a result of the flooding.",
            [("Why have The island's schools been closed?", "the flooding", False)],
        ),
        # "be" as the verb, and a cause that names two things.
        (
            "The new pier is popular with anglers because it reaches deep water.",
            [("Why is The new pier popular with anglers?", "it reaches deep water", True)],
        ),
        (
            "Fares rose because of rising fuel prices and the cost of the new pier.",
            [("Why did Fares rise?", "rising fuel prices and the cost of the new pier", False)],
        ),
        # What someone is said to say: the clause after "said" is theirs.
        (
            "Mayor Anna Falk said the inquiry was delayed because of missing records.",
            [("Why was the inquiry delayed?", "missing records", False)],
        ),
        # The cause ends where the sentence turns to another thing.
        (
            "Falk resigned because the council ignored her, while her deputy stayed on.",
            [("Why did Falk resign?", "the council ignored her", True)],
        ),
        # "Due to" of a plan, a "because" inside a description, a verb denied, what may
        # only be, and a cause that is someone's quoted words.
        ("The new ferry is due to enter service in May.", []),
        ("Passengers who missed the ferry because of the storm will be refunded.", []),
        ("The ferry did not sail because of the storm.", []),
        ("The ferry might be cancelled because of the storm.", []),
        ('The ferry was cancelled because there was "no safe way across".', []),
    ],
)
def test_causes(nlp: Language, passage: str, found: list[tuple[str, str, bool]]) -> None:
    causes = analyze(passage, nlp=nlp).causes
    assert [(c.to_dict()["asked"], c.cause.text, c.clause) for c in causes] == found
    for cause in causes:
        assert passage[cause.cause.start : cause.cause.end] == cause.cause.text
