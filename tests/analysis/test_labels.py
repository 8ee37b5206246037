"""How one side sums up a thing: passages written for these tests, each with the question
the parse asks and the words given, or none."""

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
            'Councillor Ann Hale branded the harbour scheme "a waste of money".',
            [("How did Councillor Ann Hale describe the harbour scheme?", '"a waste of money"')],
        ),
        # After "as"; an aside on who the giver is stays out of the question.
        (
            "Tom Reddy, chairman of Harbour Line, described the results as disappointing.",
            [("How did Tom Reddy describe the results?", "disappointing")],
        ),
        (
            "The ferry union has described the new timetable as a disgrace.",
            [("How has The ferry union described the new timetable?", "a disgrace")],
        ),
        # No one to ask of, no thing named, or a label someone only might give.
        ("The new timetable was described as a disgrace.", []),
        ("The band's singer calls himself Heretic.", []),
        ("Mr Reddy left the party, which he labelled a joke.", []),
        ("The union would call the timetable a disgrace.", []),
        ("The union did not describe the timetable as a disgrace.", []),
    ],
)
def test_labels(nlp: Language, passage: str, found: list[tuple[str, str]]) -> None:
    labels = analyze(passage, nlp=nlp).labels
    assert [(label.to_dict()["asked"], label.label.text) for label in labels] == found
    for label in labels:
        assert passage[label.label.start : label.label.end] == label.label.text
