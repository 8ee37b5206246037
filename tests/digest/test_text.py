"""The plain-text report of `studyguide analyze`, laid out from the article's digest."""

from __future__ import annotations

from studyguide.digest.text import report
from studyguide.ingest import parse_text
from studyguide.model import (
    Analysis,
    Article,
    Claim,
    DateMention,
    Entity,
    EntityKind,
    Quote,
    QuoteKind,
    Span,
)


def _span(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(start, start + len(needle), needle)


REPORTED = (
    "Harbour Bridge Reopens\n\n"
    "KINGSTOWN (Coastline News) — The Old Harbour Bridge reopened on Monday, Mayor Elena "
    "Novak said. “We promised a safer crossing, and today we keep that promise, and we will "
    "keep every other promise we made to the people of this town,” Novak said.\n\n"
    "Engineers from Steelworks Ltd replaced 40 cables since 2022. Critics called it a "
    "“vanity project” last year. Berg said the project ran late. Steelworks said the cables "
    "would last."
)


def _reported_analysis() -> tuple[Article, Analysis]:
    text = REPORTED
    article = parse_text(text, article_id="harbour", published="2024-05-08")
    first = _span(text, "The Old Harbour Bridge reopened on Monday, Mayor Elena Novak said.")
    promise = _span(text, "“We promised a safer crossing, and today we keep that promise, and")
    cables = _span(text, "Engineers from Steelworks Ltd replaced 40 cables since 2022.")
    critics = _span(text, "Critics called it a “vanity project” last year.")
    late = _span(text, "Berg said the project ran late.")
    last = _span(text, "Steelworks said the cables would last.")
    novak = Entity(
        "Elena Novak", EntityKind.PERSON, (_span(text, "Elena Novak"),), ("Novak",), "Mayor"
    )
    return article, Analysis(
        sentences=(first, promise, cables, critics, late, last),
        quotes=(
            Quote(
                _span(
                    text,
                    "We promised a safer crossing, and today we keep that promise, and we will "
                    "keep every other promise we made to the people of this town,",
                ),
                QuoteKind.DIRECT,
                "Elena Novak",
                promise,
                "said",
            ),
            Quote(_span(text, "vanity project"), QuoteKind.MIXED, None, critics, "called"),
        ),
        claims=(
            Claim(
                _span(text, "The Old Harbour Bridge reopened on Monday"),
                "Elena Novak",
                "said",
                first,
            ),
            Claim(_span(text, "the project ran late"), "Berg", "said", late),
            Claim(_span(text, "the cables would last"), "Steelworks", "said", last),
        ),
        dates=(
            DateMention(
                _span(text, "last year"),
                "2023",
                critics,
                event=_span(text, "Critics called it a “vanity project”"),
            ),
            DateMention(
                _span(text, "Monday"),
                "2024-05-06",
                first,
                event=_span(text, "The Old Harbour Bridge reopened"),
            ),
            DateMention(
                _span(text, "2022"),
                "2022",
                cables,
                mod="AFTER",
                event=_span(text, "Engineers from Steelworks Ltd replaced 40 cables"),
            ),
        ),
        entities=(
            novak,
            Entity("Berg", EntityKind.PERSON, (_span(text, "Berg"),)),
            Entity(
                "Steelworks Ltd",
                EntityKind.ORGANIZATION,
                (_span(text, "Steelworks Ltd"),),
                ("Steelworks",),
            ),
            Entity("Kingstown", EntityKind.PLACE, (_span(text, "KINGSTOWN"),)),
            Entity("40", EntityKind.NUMBER, (_span(text, "40"),)),
        ),
    )


def test_report_of_a_small_article() -> None:
    article, analysis = _reported_analysis()
    assert report(article, analysis).splitlines() == [
        "Harbour Bridge Reopens",
        "======================",
        "Source: Coastline News",
        "Place: Kingstown",
        "Published: 2024-05-08",
        "",
        "Who's who",
        "---------",
        "  People",
        "    Elena Novak, Mayor (also Novak)",
        "    Berg",
        "  Organisations",
        "    Steelworks Ltd (also Steelworks)",
        "",
        "Who said what",
        "-------------",
        "  Elena Novak, Mayor",
        "    - said: The Old Harbour Bridge reopened on Monday (paragraph 1)",
        "    - said: “We promised a safer crossing, and today we keep that promise, and",
        "      we will keep every other promise we made to the people of this town”",
        "      (paragraph 1)",
        "  Not attributed",
        "    - called: Critics called it a “vanity project” last year. (paragraph 2)",
        "  Berg",
        "    - said: the project ran late (paragraph 2)",
        "  Steelworks Ltd",
        "    - said: the cables would last (paragraph 2)",
        "",
        "Timeline",
        "--------",
        "  since 2022  Engineers from Steelworks Ltd replaced 40 cables",
        "  2023        Critics called it a “vanity project”",
        "  6 May 2024  The Old Harbour Bridge reopened",
        "",
        "Names",
        "-----",
        "  Places: Kingstown",
        "  Numbers: 40",
    ]


def test_report_of_an_article_with_nothing_found() -> None:
    article = parse_text("Quiet Day\n\nNothing happened.", article_id="quiet")
    assert report(article, Analysis(sentences=())).splitlines() == [
        "Quiet Day",
        "=========",
        "",
        "Who's who",
        "---------",
        "  (no people or organisations named)",
        "",
        "Who said what",
        "-------------",
        "  (no quotes or claims found)",
        "",
        "Timeline",
        "--------",
        "  (no dates found)",
        "",
        "Names",
        "-----",
        "  (no other names found)",
    ]
