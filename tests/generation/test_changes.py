"""What changed: "By how much did Kelby ferry fares rise in January?", asked only of a figure on
what the story is about, of a thing the article says changed once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from studyguide.analysis import analyze_article
from studyguide.generation.changes import by_how_much
from studyguide.generation.context import Context
from studyguide.ingest import parse_text

if TYPE_CHECKING:
    from spacy.language import Language


def _asked(nlp: Language, text: str) -> list[tuple[str, str]]:
    article = parse_text(text)
    ctx = Context(article, analyze_article(article, nlp))
    return [(c.question.prompt, c.question.answer) for c in by_how_much(ctx)]


def test_a_change_on_the_story_s_subject_is_asked(nlp: Language) -> None:
    text = (
        "Ferry fares go up\n\n"
        "Brinmouth Ferries has raised its fares for the summer, the company said on Monday.\n\n"
        "Kelby ferry fares rose by 4% in January after the harbour fees were doubled."
    )
    assert _asked(nlp, text) == [("By how much did Kelby ferry fares rise in January?", "4%")]


def test_a_side_figure_is_not_asked(nlp: Language) -> None:
    text = (
        "Ferry fares go up\n\n"
        "Brinmouth Ferries has raised its fares for the summer, the company said on Monday.\n\n"
        "Hotel bookings in the town rose by 3% in January."
    )
    assert _asked(nlp, text) == []


def test_a_thing_that_changed_twice_is_not_asked(nlp: Language) -> None:
    text = (
        "Ferry fares go up\n\n"
        "Brinmouth Ferries has raised its fares for the summer, the company said on Monday.\n\n"
        "Kelby ferry fares rose by 4% in January. Kelby ferry fares fell by 2% in February."
    )
    assert _asked(nlp, text) == []


def test_a_change_someone_reports_is_asked_as_theirs(nlp: Language) -> None:
    text = (
        "Ferry fares go up\n\n"
        "Brinmouth Ferries has raised its fares for the summer, the company said on Monday.\n\n"
        "Mayor Anna Falk said ferry fares rose by 4% in January."
    )
    assert _asked(nlp, text) == [
        ("According to Anna Falk, by how much did ferry fares rise in January?", "4%")
    ]


def test_one_figure_a_bank_the_one_most_on_the_story(nlp: Language) -> None:
    text = (
        "Ferry fares go up\n\n"
        "Brinmouth Ferries has raised its fares for the summer, the company said on Monday.\n\n"
        "Kelby bus fares rose by 2% in January. Kelby ferry fares rose by 4% in January."
    )
    assert _asked(nlp, text) == [("By how much did Kelby ferry fares rise in January?", "4%")]


def test_a_figure_that_names_no_one_is_not_asked(nlp: Language) -> None:
    text = (
        "Ferry fares go up\n\n"
        "Brinmouth Ferries has raised its fares for the summer, the company said on Monday.\n\n"
        "Ferry fares rose by 4% in January after the harbour fees were doubled."
    )
    assert _asked(nlp, text) == []  # whose fares, where? "in January" says only when


def test_a_day_s_move_of_a_share_price_is_not_asked(nlp: Language) -> None:
    text = (
        "Ferry fares go up\n\n"
        "Brinmouth Ferries has raised its fares for the summer, the company said on Monday.\n\n"
        "Shares in Brinmouth Ferries fell by 3% on the news."
    )
    assert _asked(nlp, text) == []


def test_a_figure_of_a_firm_s_is_not_asked_without_its_name(nlp: Language) -> None:
    text = (
        "Ferry firm profits soar\n\n"
        "Brinmouth Ferries and Kelby Lines both reported record profits for the year.\n\n"
        "Net profit surged 70% to £2m in the last three months of the year."
    )
    assert _asked(nlp, text) == []
