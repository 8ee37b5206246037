"""What people have bound themselves to do, or were made to, and what one side accuses another
of: passages written for these tests, each with the aims the analysis must find (who, the
question's words, what is meant), or none."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from studyguide.pipeline import analyze

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("passage", "found"),
    [
        (
            "The ferry workers' union has vowed to strike over the new rotas.",
            [("What has The ferry workers' union vowed to do?", "to strike over the new rotas")],
        ),
        (
            "Brinmouth Ferries agreed to pay £2m to settle the claims.",
            [("What did Brinmouth Ferries agree to do?", "to pay £2m to settle the claims")],
        ),
        # Made to: whom, and the passive.
        (
            "The council forced Brinmouth Ferries to restore the winter timetable.",
            [
                (
                    "What did The council force Brinmouth Ferries to do?",
                    "to restore the winter timetable",
                )
            ],
        ),
        (
            "Brinmouth Ferries was ordered to refund every passenger.",
            [("What was Brinmouth Ferries ordered to do?", "to refund every passenger")],
        ),
        # A demand made of a side the article names is that side's position to answer for.
        (
            "The council urged Brinmouth Ferries to restore the winter timetable.",
            [
                (
                    "What did The council urge Brinmouth Ferries to do?",
                    "to restore the winter timetable",
                )
            ],
        ),
        (
            "The union is pressing the government to keep the night crossings.",
            [("What is The union pressing the government to do?", "to keep the night crossings")],
        ),
        # A charge one side makes against another, and one made against a side.
        (
            "Mayor Anna Falk accused Brinmouth Ferries of cutting the winter crossings.",
            [
                (
                    "What did Mayor Anna Falk accuse Brinmouth Ferries of?",
                    "cutting the winter crossings",
                )
            ],
        ),
        ("Anna Falk accused Tom Reddy, who runs the ferries, of hiding the cracks.", []),
        (
            "Brinmouth Ferries was accused of hiding the cracks in its hull.",
            [("What was Brinmouth Ferries accused of?", "hiding the cracks in its hull")],
        ),
        # A wish, advice to anyone and a call are many and vague: which would a question mean?
        ("Brinmouth Ferries plans to buy two new ferries.", []),
        ("The council urged passengers to check the timetable before they travel.", []),
        ("Mayor Anna Falk called for a public inquiry into the sinking.", []),
        # An aim inside someone's view is theirs.
        ("Anna Falk believed the union had agreed to end the strike.", []),
        # What is not meant, what only might be, and a "to" that belongs to a noun.
        ("Brinmouth Ferries did not want to raise its fares.", []),
        ("Brinmouth Ferries would plan to raise its fares if the pier closed.", []),
        ("Brinmouth Ferries promised rapid action to help passengers.", []),
    ],
)
def test_aims(nlp: Language, passage: str, found: list[tuple[str, str]]) -> None:
    aims = analyze(passage, nlp=nlp).aims
    assert [(a.to_dict()["asked"], a.goal.text) for a in aims] == found
    for aim in aims:
        assert passage[aim.goal.start : aim.goal.end] == aim.goal.text
