"""Analysis never raises, whatever the text, and every offset it gives points into the text.

Random text, and short news passages whose quote marks have been inserted, deleted and
swapped: unbalanced and mismatched quote marks are what real articles (and copy-paste)
bring, and they must never crash the analysis or lose track of the text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studyguide.analysis import analyze_article
from studyguide.digest.text import WIDTH, report
from studyguide.ingest import parse_text
from studyguide.model import Analysis, Article, Span
from tests.support import examples

if TYPE_CHECKING:
    from spacy.language import Language

QUOTE_MARKS = "\"'“”‘’«»"

PASSAGE = (
    "Harbour Bridge Reopens\n\n"
    "KINGSTOWN (Coastline News) — The Old Harbour Bridge reopened on Monday, Mayor Elena "
    'Novak said. "We promised a safer crossing," Novak said. "And we kept it."\n\n'
    "“Nobody should celebrate a delay,” said councillor Tomas Berg, a former engineer. "
    "He said the city was displaying “willful blindness” about costs.\n\n"
    "According to the city's 'transparency report', the work cost 12 million euros in 2023. "
    "Novak said: ‘The cables will last until the 2090s.’\n\n"
    "“The next phase starts in early 2025. We will need the whole summer for it.\n\n"
    "“And then the ferry will stop,” she added."
)
"""Every quote form the analysis knows, in straight, curly, single and double marks."""

_SETTINGS = settings(
    max_examples=examples(40),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def _check_span(text: str, span: Span | None) -> None:
    if span is None:
        return
    assert 0 <= span.start <= span.end <= len(text), span
    assert text[span.start : span.end] == span.text


def _check(text: str, analysis: Analysis) -> None:
    for sentence in analysis.sentences:
        _check_span(text, sentence)
    for quote in analysis.quotes:
        for span in (quote.content, quote.sentence, quote.speaker_mention):
            _check_span(text, span)
    for claim in analysis.claims:
        _check_span(text, claim.content)
        _check_span(text, claim.sentence)
    for date in analysis.dates:
        for span in (date.span, date.sentence, date.event):
            _check_span(text, span)
    for entity in analysis.entities:
        for mention in entity.mentions:
            _check_span(text, mention)
    analysis.to_dict()


def _analyze(nlp: Language, text: str, published: str | None = "2024-05-08") -> None:
    article = parse_text(text, published=published)
    analysis = analyze_article(article, nlp)
    _check(article.text, analysis)
    _check_report(article, analysis)


def _check_report(article: Article, analysis: Analysis) -> None:
    """`studyguide analyze` shows any analysis within its width."""
    for line in report(article, analysis).splitlines():
        assert len(line) <= WIDTH, line


_NEWSY = st.lists(
    st.sampled_from(
        list("abcdeABCDE ,.:;!?—-()[]0123\n") + list(QUOTE_MARKS) + ["said ", "Novak ", "2015 "]
    ),
    max_size=120,
).map("".join)


@_SETTINGS
@given(text=st.text(max_size=200))
def test_random_text(nlp: Language, text: str) -> None:
    _analyze(nlp, text)


@_SETTINGS
@given(text=_NEWSY, published=st.sampled_from(["2024-05-08", None]))
def test_random_text_with_quote_marks_and_cue_words(
    nlp: Language, text: str, published: str | None
) -> None:
    _analyze(nlp, text, published)


@st.composite
def _edited_passage(draw: st.DrawFn) -> str:
    """PASSAGE with some of its quote marks deleted, swapped for others, and new ones added."""
    text = PASSAGE
    for _ in range(draw(st.integers(0, 6))):
        marks = [i for i, char in enumerate(text) if char in QUOTE_MARKS]
        action = draw(st.sampled_from(["insert", "delete", "swap"]))
        if action == "insert" or not marks:
            at = draw(st.integers(0, len(text)))
            text = text[:at] + draw(st.sampled_from(QUOTE_MARKS)) + text[at:]
        elif action == "delete":
            at = draw(st.sampled_from(marks))
            text = text[:at] + text[at + 1 :]
        else:
            at = draw(st.sampled_from(marks))
            text = text[:at] + draw(st.sampled_from(QUOTE_MARKS)) + text[at + 1 :]
    return text


@_SETTINGS
@given(text=_edited_passage())
def test_passage_with_quote_marks_inserted_deleted_and_swapped(nlp: Language, text: str) -> None:
    _analyze(nlp, text)


def test_the_unedited_passage_finds_its_quotes(nlp: Language) -> None:
    """The passage the edits start from is one the analysis reads well."""
    article = parse_text(PASSAGE, published="2024-05-08")
    analysis = analyze_article(article, nlp)
    _check(PASSAGE, analysis)
    speakers = {quote.content.text: quote.speaker for quote in analysis.quotes}
    assert speakers["We promised a safer crossing"] == "Elena Novak"
    assert speakers["Nobody should celebrate a delay"] == "Tomas Berg"
