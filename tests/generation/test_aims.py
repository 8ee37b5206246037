"""What someone has bound themselves to do: "What did Brinmouth Ferries agree to do?", asked of
someone the story names, on its subject, once for each of them."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from studyguide.analysis import analyze_article
from studyguide.generation.aims import aims
from studyguide.generation.context import Context
from studyguide.ingest import parse_text

if TYPE_CHECKING:
    from spacy.language import Language

_HEADLINE = "Ferry firm settles claims\n\n"
_LEAD = "Brinmouth Ferries has settled the claims of passengers stranded by the storm.\n\n"


def _asked(nlp: Language, body: str) -> list[tuple[str, str]]:
    article = parse_text(_HEADLINE + _LEAD + body)
    ctx = Context(article, analyze_article(article, nlp))
    return [(c.question.prompt, c.question.answer) for c in aims(ctx)]


@pytest.mark.parametrize(
    ("body", "asked"),
    [
        # Someone the story names, and someone "he" stands for, by name.
        (
            "Brinmouth Ferries agreed to pay £2m to the stranded passengers.",
            [("What did Brinmouth Ferries agree to do?", "to pay £2m to the stranded passengers")],
        ),
        (
            "Mr Tom Reddy, the ferry boss, apologised to the passengers. "
            "He promised to rebuild the ferry terminal before the summer.",
            [
                (
                    "What did Tom Reddy promise to do?",
                    "to rebuild the ferry terminal before the summer",
                )
            ],
        ),
        # The aim ends where the sentence goes on to something else.
        (
            "Brinmouth Ferries agreed to pay £2m to the passengers, ending a year of court fights.",
            [("What did Brinmouth Ferries agree to do?", "to pay £2m to the passengers")],
        ),
        # No one in particular, one of a list, and no comment: nothing to ask.
        (
            "A rival firm agreed to buy two of the ferries from the company. "
            "Brinmouth Ferries agreed to pay £2m, repair the pier and hire more crew. "
            "Brinmouth Ferries refused to comment on the claims of the passengers.",
            [],
        ),
        # One of several things meant: the question would have two answers.
        (
            "As well as paying £2m to the passengers, Brinmouth Ferries agreed to repair the pier.",
            [],
        ),
        # A charge is asked wherever the story gives it, its quoted words the accuser's own.
        (
            "The ferries will run again on Monday. The new timetable starts in May. "
            "Crews will be trained over the winter. The pier will be repaired in March. "
            "Two new ferries will be bought next year. The fares will stay the same. "
            "The cafe on the pier will open again. The car park will be resurfaced. "
            "The ticket office will move to the pier. "
            "Anna Falk accused Brinmouth Ferries of “treating passengers with contempt”.",
            [
                (
                    "What did Anna Falk accuse Brinmouth Ferries of?",
                    "“treating passengers with contempt”",
                )
            ],
        ),
        # One aim for each actor: the first.
        (
            "Brinmouth Ferries agreed to pay £2m to the stranded passengers. "
            "Brinmouth Ferries also promised to buy two new ferries for the winter.",
            [("What did Brinmouth Ferries agree to do?", "to pay £2m to the stranded passengers")],
        ),
    ],
)
def test_aims(nlp: Language, body: str, asked: list[tuple[str, str]]) -> None:
    assert _asked(nlp, body) == asked
