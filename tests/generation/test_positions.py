"""What someone warned, admitted or claimed would happen: "What did Carla Mendes warn could
happen unless ...?", asked of someone the sentence names, with one answer, never of the
lead."""

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
        # What would happen on a condition, with the verb and tense the article gives.
        (
            "Union leader Carla Mendes warned that the strike could spread to the cargo crews"
            " unless the company made a new offer.",
            [
                (
                    "What did Carla Mendes warn could happen unless the company made a new offer?",
                    "The strike could spread to the cargo crews.",
                )
            ],
        ),
        (
            "Ferry boss Tom Reddy has admitted that if the strike goes ahead, the island's"
            " shops will run short of fresh food.",
            [
                (
                    "What has Tom Reddy admitted will happen if the strike goes ahead?",
                    "The island's shops will run short of fresh food.",
                )
            ],
        ),
        # What a thing would lead to.
        (
            "Ferry boss Tom Reddy argued a long strike could lead to the closure of the"
            " northern route - but refused to rule out job cuts.",
            [
                (
                    "What did Tom Reddy argue a long strike could lead to?",
                    "The closure of the northern route.",
                )
            ],
        ),
        # Any other position, asked with only who holds it, has as many answers as the
        # speaker has lines.
        ("Union leader Carla Mendes admitted the strike would hurt the island's shops.", []),
        # A plain "said" tells no kind of position.
        (
            "Union leader Carla Mendes said the strike could spread to the cargo crews unless"
            " the company made a new offer.",
            [],
        ),
        # Two warnings: which one the question means, it does not say.
        (
            "Union leader Carla Mendes warned that the strike could spread to the cargo crews"
            " unless the company made a new offer. Ms Mendes also warned that the talks might"
            " fail if the company did not send its chief executive.",
            [],
        ),
        # Words that open on what came before mean nothing alone.
        (
            "The company cut the crews' overtime. Union leader Carla Mendes argued this could"
            " lead to the closure of the northern route.",
            [],
        ),
        # A speaker only "he" stands for may be another than the one last named.
        (
            "Ferry boss Tom Reddy met the harbour master on Monday. He warned that the port"
            " could close unless the crews went back to work.",
            [],
        ),
        # Another speaker's view inside the words: whose is the answer?
        (
            "Union leader Carla Mendes insisted the strike would end if the company argued"
            " less and listened more.",
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
        " for two days next week unless they are given a rise.\n\n"
    )
    body = "The company said talks would go on."
    assert _asked(nlp, body, lead=lead) == []
