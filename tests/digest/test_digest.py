from __future__ import annotations

from dataclasses import replace

import pytest

from studyguide.digest import (
    UNATTRIBUTED,
    Statement,
    TimelineEvent,
    date_sort_key,
    format_date,
    format_published,
    number_paragraphs,
    statements_by_speaker,
    timeline,
)
from studyguide.model import Bank, BankArticle, DateMention, Quote, QuoteKind, Span
from tests.render.banks import sample_article


def test_paragraphs_are_numbered_without_title_or_subheads() -> None:
    text = number_paragraphs(sample_article())
    assert text.title is None
    numbers = [p.number for p in text.paragraphs]
    assert numbers[:6] == [1, 2, 3, 4, 5, None]
    assert [p for p in numbers if p is not None] == list(range(1, 18))
    headings = [p.span.text for p in text.paragraphs if p.heading]
    assert headings == [
        "US-Led 2003 Iraq Invasion Gave Rise to Syrian Crisis",
        "Syria is Ready to Cooperate With Any Country to Counter Terrorism",
        'The US is Displaying "Willful Blindness"',
    ]


def test_the_dateline_is_marked_in_the_first_paragraph() -> None:
    first = number_paragraphs(sample_article()).paragraphs[0]
    assert first.dateline_end is not None
    assert first.span.text[: first.dateline_end] == "DAMASCUS (Sputnik) — "


def test_an_offset_maps_to_its_paragraph(harbour_bank: Bank) -> None:
    article = harbour_bank.articles[0]
    text = number_paragraphs(article)
    assert text.title == "Harbour Bridge Reopens After Repairs"
    assert text.paragraph_at(article.text.index("“We promised")) == 2
    assert text.paragraph_at(article.text.index("Engineers")) == 3
    assert text.paragraph_at(article.text.index("Harbour Bridge Reopens")) is None


@pytest.mark.parametrize(
    ("value", "mod", "expected"),
    [
        ("2003", None, "2003"),
        ("2003-03", None, "March 2003"),
        ("2024-05-06", None, "6 May 2024"),
        ("2015-Q1", None, "Q1 2015"),
        ("2015-W12", None, "week 12 of 2015"),
        ("2014", "AFTER", "since 2014"),
        ("2015", "START", "early 2015"),
        ("2015-10", "END", "late October 2015"),
        ("197", None, "the 1970s"),
        ("197", "MID", "mid-1970s"),
        ("PAST_REF", None, None),
        (None, None, None),
    ],
)
def test_dates_read_as_people_write_them(
    value: str | None, mod: str | None, expected: str | None
) -> None:
    assert format_date(value, mod) == expected


def test_a_published_date_that_is_not_iso_is_kept() -> None:
    assert format_published("2015-10-11") == "11 October 2015"
    assert format_published("Sunday morning") == "Sunday morning"
    assert format_published(None) is None


def test_timeline_is_in_time_order_once_per_event() -> None:
    article = sample_article()
    events = timeline(article, number_paragraphs(article))
    assert [(e.when, e.paragraph) for e in events] == [
        ("2003", 9),
        ("2003", 6),
        ("March 2003", 10),
        ("since 2014", 4),
    ]
    assert events[0] == TimelineEvent(
        "2003", "The United States and its coalition partners invaded Iraq", 9
    )


def test_timeline_skips_dates_it_cannot_place() -> None:
    text = "Officials met recently. They met again in 2020."
    sentence = Span(0, 23, "Officials met recently.")
    article = BankArticle(
        id="a",
        title="A",
        text=text,
        dates=(
            DateMention(Span(14, 22, "recently"), "PAST_REF", sentence),
            DateMention(Span(42, 46, "2020"), "2020", Span(24, 47, text[24:47])),
            DateMention(Span(42, 46, "2020"), "2020", Span(24, 47, text[24:47])),
        ),
    )
    events = timeline(article, number_paragraphs(article))
    assert events == (TimelineEvent("2020", "They met again in 2020.", 1),)


def test_statements_are_grouped_by_speaker_in_text_order(harbour_bank: Bank) -> None:
    article = harbour_bank.articles[0]
    speakers = statements_by_speaker(article, number_paragraphs(article))
    assert [(s.name, s.role) for s in speakers] == [
        ("Elena Dvořák", "Mayor"),
        ("Mehmet Özdağ", "Opposition councillor"),
    ]
    quote_start = article.text.index("We promised")
    claim_start = article.text.index("the project ran")
    assert speakers[0].statements == (
        Statement(
            "said",
            "We promised a safer crossing, and today we keep that promise",
            True,
            2,
            quote_start,
        ),
    )
    assert speakers[1].statements == (
        Statement("said", "the project ran a year late", False, 4, claim_start),
    )


def test_a_mixed_quote_shows_its_whole_sentence() -> None:
    article = sample_article()
    speakers = statements_by_speaker(article, number_paragraphs(article))
    assert [s.name for s in speakers] == ["Bashar Assad"]
    blindness = [
        s for s in speakers[0].statements if "willful blindness" in s.text and not s.quoted
    ]
    assert blindness[0].text.startswith("The US administration is displaying “willful blindness”")


def test_quotes_without_a_speaker_are_listed_as_not_attributed(harbour_bank: Bank) -> None:
    article = harbour_bank.articles[0]
    anonymous = replace(article, quotes=tuple(replace(q, speaker=None) for q in article.quotes))
    speakers = statements_by_speaker(anonymous, number_paragraphs(anonymous))
    assert [s.name for s in speakers] == [UNATTRIBUTED, "Mehmet Özdağ"]
    assert UNATTRIBUTED == "Not attributed"


def test_an_event_that_lacks_its_subject_is_shown_by_its_sentence() -> None:
    article = sample_article()
    events = {e.paragraph: e.what for e in timeline(article, number_paragraphs(article))}
    # The event clause "has been seizing large swathes of Iraq and Syria" reads as a fragment.
    assert events[4].startswith("The ISIL, which has been seizing large swathes of Iraq and Syria")
    # A clause that stands alone is kept, with a capital letter.
    assert events[10] == "A US-led coalition invaded Iraq"


@pytest.mark.parametrize(
    ("event", "shown"),
    [
        ("Expected", "The console is expected in 2006, Sony said."),
        ("due in 2006", "The console is expected in 2006, Sony said."),
        ("it ships", "The console is expected in 2006, Sony said."),
        ("the console is expected", "The console is expected"),
    ],
)
def test_an_event_too_short_or_without_its_subject_shows_its_sentence(
    event: str, shown: str
) -> None:
    text = f"The console is expected in 2006, Sony said. {event}\n"
    sentence = Span(0, 43, text[:43])
    start = text.index(event, 44)
    article = BankArticle(
        id="a",
        title="A",
        text=text,
        dates=(
            DateMention(
                Span(25, 29, "2006"), "2006", sentence, event=Span(start, start + len(event), event)
            ),
        ),
    )
    (found,) = timeline(article, number_paragraphs(article))
    assert found.what == shown


def test_a_date_in_someones_words_is_shown_as_theirs() -> None:
    article = sample_article()
    events = {e.paragraph: e.what for e in timeline(article, number_paragraphs(article))}
    # Paragraph 6 quotes Assad; the event clause ("It was the Iraq war") needs its sentence,
    # which is cut where the quotation ends.
    assert events[6] == (
        "Bashar Assad: “It was the Iraq war in 2003, when the United States invaded Iraq”"
    )


def test_times_without_a_date_come_last_in_article_order() -> None:
    text = "The show opens on Thursday. It closed in 2019. Tickets went on sale recently.\n"

    def mention(needle: str, value: str | None, sentence: str) -> DateMention:
        start, at = text.index(needle), text.index(sentence)
        return DateMention(
            Span(start, start + len(needle), needle), value, Span(at, at + len(sentence), sentence)
        )

    article = BankArticle(
        id="a",
        title="A",
        text=text,
        dates=(
            mention("Thursday", None, "The show opens on Thursday."),
            mention("2019", "2019", "It closed in 2019."),
            mention("recently", "PAST_REF", "Tickets went on sale recently."),
        ),
    )
    assert timeline(article, number_paragraphs(article)) == (
        TimelineEvent("2019", "It closed in 2019.", 1),
        TimelineEvent("Thursday", "The show opens on Thursday.", 1, placed=False),
    )


def test_a_quote_told_in_parts_is_one_statement() -> None:
    text = "“We lost the vote,” Novak said. “We will win the next one.”"
    sentence = Span(0, len(text), text)
    first = Quote(Span(1, 17, text[1:17]), QuoteKind.DIRECT, "Elena Novak", sentence, "said")
    second = Quote(
        Span(33, 58, text[33:58]), QuoteKind.DIRECT, "Elena Novak", sentence, continues=True
    )
    article = BankArticle(id="a", title="A", text=text, quotes=(first, second))
    (speaker,) = statements_by_speaker(article, number_paragraphs(article))
    assert speaker.statements == (
        Statement("said", "We lost the vote … We will win the next one.", True, 1, 1),
    )


def test_a_part_left_after_its_first_part_was_deleted_joins_nobody_else() -> None:
    text = "“We won,” Ruiz said. “We lost the vote,” Novak said. “We will win the next one.”"
    sentence = Span(0, len(text), text)
    ruiz = Quote(Span(1, 7, text[1:7]), QuoteKind.DIRECT, "Ana Ruiz", sentence, "said")
    rest = Quote(
        Span(54, 78, text[54:78]), QuoteKind.DIRECT, "Elena Novak", sentence, continues=True
    )
    article = BankArticle(id="a", title="A", text=text, quotes=(ruiz, rest))
    speakers = statements_by_speaker(article, number_paragraphs(article))
    assert [(s.name, [st.text for st in s.statements]) for s in speakers] == [
        ("Ana Ruiz", ["We won"]),
        ("Elena Novak", ["We will win the next one"]),
    ]


def test_a_decade_sorts_among_years_at_its_first_year() -> None:
    assert sorted(["1982", "197", "2004-03"], key=date_sort_key) == ["197", "1982", "2004-03"]
