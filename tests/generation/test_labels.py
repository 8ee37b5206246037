"""How one side sums up a thing, asked of the side by name: articles written for these
tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

from studyguide.analysis import analyze_article
from studyguide.generation.context import Context
from studyguide.generation.labels import label_answer
from studyguide.ingest import parse_text

if TYPE_CHECKING:
    from spacy.language import Language


def _asked(nlp: Language, text: str) -> list[tuple[str, str]]:
    article = parse_text(text, article_id="labels")
    ctx = Context(article, analyze_article(article, nlp))
    return [(c.question.prompt, c.question.answer) for c in label_answer(ctx)]


def test_a_label_is_asked_of_its_giver_and_answered_without_its_quotation_marks(
    nlp: Language,
) -> None:
    text = """Harbour Line Profits Fall

Harbour Line's profits fell by a third last year as fuel costs rose.

Tom Reddy, chairman of Harbour Line, described the results as "disappointing".
"""
    assert _asked(nlp, text) == [("How did Tom Reddy describe the results?", "disappointing")]


def test_no_label_inside_a_speaker_s_own_words(nlp: Language) -> None:
    text = """Harbour Line Profits Fall

Harbour Line's profits fell by a third last year as fuel costs rose.

"Tom Reddy described the Harbour Line results as a disaster. He was right," said Ann Hale.
"""
    assert _asked(nlp, text) == []
