"""What someone has bound themselves to do: "What did Brinmouth Ferries agree to do?", asked of
someone the story names, on its subject, once for each of them."""

from __future__ import annotations

from typing import TYPE_CHECKING

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


def test_an_aim_of_someone_the_story_names_is_asked(nlp: Language) -> None:
    assert _asked(nlp, "Brinmouth Ferries agreed to pay £2m to the stranded passengers.") == [
        ("What did Brinmouth Ferries agree to do?", "to pay £2m to the stranded passengers")
    ]


def test_he_is_asked_of_by_name(nlp: Language) -> None:
    body = (
        "Mr Tom Reddy, the ferry boss, apologised to the passengers. "
        "He promised to rebuild the ferry terminal before the summer."
    )
    assert _asked(nlp, body) == [
        ("What did Tom Reddy promise to do?", "to rebuild the ferry terminal before the summer")
    ]


def test_the_aim_ends_where_the_sentence_goes_on(nlp: Language) -> None:
    body = "Brinmouth Ferries agreed to pay £2m to the passengers, ending a year of court fights."
    assert _asked(nlp, body) == [
        ("What did Brinmouth Ferries agree to do?", "to pay £2m to the passengers")
    ]


def test_no_one_in_particular_a_list_and_no_comment_are_not_asked(nlp: Language) -> None:
    body = (
        "A rival firm agreed to buy two of the ferries from the company. "
        "Brinmouth Ferries agreed to pay £2m, repair the pier and hire more crew. "
        "Brinmouth Ferries refused to comment on the claims of the passengers."
    )
    assert _asked(nlp, body) == []


def test_one_aim_for_each_actor(nlp: Language) -> None:
    body = (
        "Brinmouth Ferries agreed to pay £2m to the stranded passengers. "
        "Brinmouth Ferries also promised to buy two new ferries for the winter."
    )
    assert _asked(nlp, body) == [
        ("What did Brinmouth Ferries agree to do?", "to pay £2m to the stranded passengers")
    ]
