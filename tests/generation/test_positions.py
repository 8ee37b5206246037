"""What someone warned, admitted or claimed: "What did Carla Mendes warn?", asked of someone
the sentence names, with one answer, never of the lead."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from studyguide.analysis import analyze_article
from studyguide.generation.context import Context
from studyguide.generation.positions import position_answer
from studyguide.ingest import parse_text

if TYPE_CHECKING:
    from spacy.language import Language

_HEADLINE = "Ferry strike to go ahead\n\n"
_LEAD = "Crews on the Brinmouth ferries will strike for two days next week over pay.\n\n"


def _asked(nlp: Language, body: str, lead: str = _LEAD) -> list[tuple[str, str]]:
    article = parse_text(_HEADLINE + lead + body)
    ctx = Context(article, analyze_article(article, nlp))
    return [(c.question.prompt, c.question.answer) for c in position_answer(ctx)]


@pytest.mark.parametrize(
    ("body", "asked"),
    [
        # The verb tells what kind of position it is; its tense stays the article's.
        (
            "Union leader Carla Mendes warned that the ferry strike could spread to the"
            " harbour's cargo crews.",
            [
                (
                    "What did Carla Mendes warn?",
                    "The ferry strike could spread to the harbour's cargo crews.",
                )
            ],
        ),
        (
            "Ferry boss Tom Reddy has admitted the company's pay offer was lower than last year's.",
            [
                (
                    "What has Tom Reddy admitted?",
                    "The company's pay offer was lower than last year's.",
                )
            ],
        ),
        # Words that go on to another thing end where they turn.
        (
            "Ferry boss Tom Reddy denied the crews were paid less than those on the mainland"
            " ferries - but refused to rule out job cuts.",
            [
                (
                    "What did Tom Reddy deny?",
                    "The crews were paid less than those on the mainland ferries.",
                )
            ],
        ),
        # A plain "said" has as many answers as the speaker has lines.
        ("Union leader Carla Mendes said the ferry strike would hit the island's shops.", []),
        # Two warnings: "What did she warn?" has two answers.
        (
            "Union leader Carla Mendes warned that the ferry strike could last a month. Ms"
            " Mendes also warned that the cargo crews might join the ferry strike.",
            [],
        ),
        # Words that open on what came before mean nothing alone.
        (
            "The company cut the crews' overtime. Union leader Carla Mendes argued this was"
            " the reason for the ferry strike.",
            [],
        ),
        (
            "The pay talks broke down in May. Union leader Carla Mendes argued that a new"
            " offer from the company would soon settle that dispute.",
            [],
        ),
        # A speaker only "he" stands for may be another than the one last named.
        (
            "Ferry boss Tom Reddy met the harbour master on Monday. He insisted that the crews"
            " had broken the harbour's safety rules by sailing in the storm.",
            [],
        ),
        # Another speaker's view inside the words: whose is the answer?
        (
            "Union leader Carla Mendes insisted the ferry strike was fair but the company"
            " argued the crews were paid well.",
            [],
        ),
    ],
)
def test_what_someone_warned_admitted_or_claimed(
    nlp: Language, body: str, asked: list[tuple[str, str]]
) -> None:
    assert _asked(nlp, body) == asked


def test_the_lead_s_warning_is_the_main_idea_s_to_ask(nlp: Language) -> None:
    lead = (
        "Union leader Carla Mendes has warned that crews on the Brinmouth ferries will strike"
        " for two days next week.\n\n"
    )
    body = "The company said talks would go on."
    assert _asked(nlp, body, lead=lead) == []
