"""Phrases that point back to what an earlier sentence named, and what they name."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from studyguide.analysis import analyze_article
from studyguide.generation.context import Context
from studyguide.ingest.text import parse_text

if TYPE_CHECKING:
    from spacy.language import Language


def _back_references(nlp: Language, body: str) -> dict[str, str | None]:
    article = parse_text(f"Harbour News\n\n{body}", article_id="harbour")
    analysis = analyze_article(article, nlp)
    return {ref.mention.text: ref.named for ref in analysis.back_references}


@pytest.mark.parametrize(
    ("body", "phrase", "named"),
    [
        # Named by a phrase that says which: that phrase may stand in its place.
        (
            "The Brinmouth harbour board has raised its fees.\n\n"
            "The board said that costs had doubled.",
            "The board",
            "the Brinmouth harbour board",
        ),
        (
            "Ferry firms must follow the Harbour Safety Act from May.\n\n"
            "The Act applies to every boat that carries passengers.",
            "The Act",
            "the Harbour Safety Act",
        ),
        (
            "Carla Mendes's report was sent to every councillor.\n\n"
            "Tom Okafor said that the report was out of date.",
            "the report",
            "Carla Mendes's report",
        ),
        # Named first by its kind alone: nothing says which.
        (
            "A councillor sent a letter to the harbour staff.\n\n"
            "The letter was meant for a colleague.",
            "The letter",
            None,
        ),
        # A word capitalised only because it opened the sentence is no name.
        (
            "New EU harbour rules set fees at £250 a boat.\n\nThe rules apply to every ferry.",
            "The rules",
            "the new EU harbour rules",
        ),
        # Two of the kind named by names of their own: which is meant?
        (
            "Kelby Airport will get a new runway.\n\nA runway was also built at Brinmouth"
            " Airport last year. The airport is the hub of the island's ferry flights.",
            "The airport",
            None,
        ),
        # Another one told of since the one named: which is meant?
        (
            "Fees were set at the Brinmouth harbour board meeting in May.\n\n"
            "At their meeting in Leeds, ferry owners backed the fees. The meeting was short.",
            "The meeting",
            None,
        ),
        # A word the parser splits at its hyphen is one word.
        (
            "A councillor sent an e-mail to the harbour staff.\n\n"
            "The e-mail was meant for a colleague.",
            "The e-mail",
            None,
        ),
        # A nationality says which only of what a country has one of: "the Italian half" of
        # a pitch is no name for "the half" of a match.
        (
            "The wing ran into the Italian half before the break.\n\n"
            "Kelby scored again before the end of the half.",
            "the half",
            None,
        ),
        (
            "The Italian president visited Kelby harbour.\n\n"
            "The president said ferry fares would fall.",
            "The president",
            "the Italian president",
        ),
        # Named again by a nationality and a kind (of which a country has many), never named
        # so before: which one the reader must know from before.
        (
            "Kelby Motors has named a new chief.\n\n"
            "Brinmouth Cars, which owns 44% of the Japanese carmaker, backed the choice.",
            "the Japanese carmaker",
            None,
        ),
        (
            "Kelby Media has made a bid for Channel Nine.\n\n"
            "The watchdog said the commercially funded public broadcaster would not be sold.",
            "the commercially funded public broadcaster",
            None,
        ),
    ],
)
def test_a_phrase_naming_a_thing_again_is_found_with_its_first_name(
    nlp: Language, body: str, phrase: str, named: str | None
) -> None:
    found = _back_references(nlp, body)
    assert phrase in found
    assert found[phrase] == named


def test_a_phrase_describing_another_thing_is_not_named_as_that_thing(nlp: Language) -> None:
    found = _back_references(
        nlp, "The Brinmouth spring fair will close early.\n\nThe autumn fair will go ahead."
    )
    assert found.get("The autumn fair") is None


@pytest.mark.parametrize(
    "body",
    [
        # First met where it stands.
        "Ships wait outside Brinmouth.\n\nThe harbour board has raised its fees.",
        # What every reader knows without being told which.
        "The government cut harbour fees.\n\nThe government said that costs had fallen.",
        # The phrase says which itself: a superlative, a name after it, an owner.
        "Two films opened.\n\nThe best film won a prize.",
        "Two films opened.\n\nThe film Black Friday won a prize.",
        "Two films opened.\n\nThe studio's film won a prize.",
        "President Ruiz visited Kelby.\n\nThe Vallonian president said fares would fall.",
        "Kelby Bank raised its rates.\n\nThe Vallonian crown rose against the dollar.",
        # A whole name.
        "The UK cut fees.\n\nFerries left the UK early.",
        # A span of time that says which: the last quarter of a match.
        "Kelby led by ten points.\n\nKelby sent on five replacements for the final quarter.",
    ],
)
def test_a_phrase_that_says_which_thing_it_means_does_not_point_back(
    nlp: Language, body: str
) -> None:
    found = _back_references(nlp, body)
    second = body.split("\n\n")[1]
    assert not [phrase for phrase in found if phrase in second], found


def test_a_span_of_time_named_by_its_dates_before_points_back(nlp: Language) -> None:
    found = _back_references(
        nlp,
        "Ferry traffic stalled in the three months to September.\n\n"
        "Passenger numbers in the period grew just 0.1%.",
    )
    # Read alone, "the period" says no period.
    assert "the period" in found


def test_a_name_is_put_in_only_where_it_adds_what_the_text_does_not_say(nlp: Language) -> None:
    body = (
        "Voters will go to the polls in the expected 5 May election.\n\n"
        "If the election is on 5 May, voters must register by March. The election will be"
        " close."
    )
    article = parse_text(f"Harbour News\n\n{body}", article_id="harbour")
    ctx = Context(article, analyze_article(article, nlp))
    second = article.text.index("If the election")
    third = article.text.index("The election will")
    told = "If the election is on 5 May, voters must register by March."
    assert ctx.named_again(told, second) == told
    assert ctx.named_again("The election will be close.", third) == (
        "The expected 5 May election will be close."
    )


def test_no_name_is_put_in_that_makes_two_owners_in_a_row(nlp: Language) -> None:
    body = (
        "Bids are invited by Kelby's Ministry of Ferries.\n\nDetails are on the ministry's website."
    )
    article = parse_text(f"Harbour News\n\n{body}", article_id="harbour")
    ctx = Context(article, analyze_article(article, nlp))
    at = article.text.index("Details")
    told = "Details are on the ministry's website."
    assert ctx.named_again(told, at) == told
