"""What changed and by how much: passages written for these tests, each with the change
the analysis must find (what changed, the amount, the clause turned round), or none."""

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
            "Ferry fares rose by 4% in January, the council said.",
            [("Ferry fares", "4%", "did Ferry fares rise in January")],
        ),
        (
            "Shares in Brinmouth Ferries have fallen 5% since the storm.",
            [("Shares in Brinmouth Ferries", "5%", "have Shares in Brinmouth Ferries fallen")],
        ),
        # Someone made the change: what changed is the object.
        (
            "Brinmouth Ferries cut its costs by 20% last year.",
            [("its costs", "20%", "did Brinmouth Ferries cut its costs")],
        ),
        # The amount, not where it ended ("to £8m").
        (
            "Profits at Brinmouth Ferries rose by 5% to £8m.",
            [("Profits at Brinmouth Ferries", "5%", "did Profits at Brinmouth Ferries rise")],
        ),
        # A pronoun, a change that might be, and no amount: nothing to ask.
        ("It fell 5% on Monday.", []),
        ("Fares would rise by 10% if the pier closed.", []),
        ("Ferry fares rose sharply in January.", []),
    ],
)
def test_changes(nlp: Language, passage: str, found: list[tuple[str, str, str]]) -> None:
    changes = analyze(passage, nlp=nlp).changes
    assert [(c.thing.text, c.amount.text, c.to_dict()["asked"]) for c in changes] == found
    for change in changes:
        assert passage[change.amount.start : change.amount.end] == change.amount.text
