"""Date expressions: what is found, how it is spanned, and the TimeML value it gets."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studyguide.analysis.dates import find_dates
from studyguide.analysis.nlp import load_model
from studyguide.model import DateMention
from tests.support import examples

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = "2015-10-14"
"""A Wednesday, in ISO week 42."""


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def _dates(nlp: Language, text: str, published: str | None = PUBLISHED) -> tuple[DateMention, ...]:
    return find_dates(nlp(text), published)


def _mention(
    nlp: Language, text: str, phrase: str, published: str | None = PUBLISHED
) -> DateMention:
    found = [m for m in _dates(nlp, text, published) if m.span.text == phrase]
    assert len(found) == 1, [m.span.text for m in _dates(nlp, text, published)]
    return found[0]


DATES = [
    # absolute and partial dates
    ("The treaty was signed on 5 March 2003.", "5 March 2003", "2003-03-05", None),
    ("The treaty was signed on March 5, 2003.", "March 5, 2003", "2003-03-05", None),
    ("The law took effect on 2003-03-20.", "2003-03-20", "2003-03-20", None),
    ("Invoices dated 3/20/2003 were paid.", "3/20/2003", "2003-03-20", None),
    ("The festival ended on Saturday, Oct. 10.", "Saturday, Oct. 10", "2015-10-10", None),
    ("In March 2003, a coalition invaded the country.", "March 2003", "2003-03", None),
    ("The mill closed in 1998.", "1998", "1998", None),
    ("The pier was rebuilt in the year 2000.", "the year 2000", "2000", None),
    ("The fair opened on Nov. 25.", "Nov. 25", "2014-11-25", None),
    ("The election is scheduled for May.", "May", "2016-05", None),
    ("Tourism has grown since May last year.", "May last year", "2014-05", "AFTER"),
    # quarters, halves, weeks, fiscal years
    ("Profits fell in the first quarter of 2015.", "the first quarter of 2015", "2015-Q1", None),
    ("Sales rose in the third quarter.", "the third quarter", "2015-Q3", None),
    ("Output grew in Q2 2014.", "Q2 2014", "2014-Q2", None),
    ("Losses narrowed in the second half of 2013.", "the second half of 2013", "2013-H2", None),
    ("The company lost money in fiscal 2009.", "fiscal 2009", "2009", None),
    ("The strike began in week 12 of 2015.", "week 12 of 2015", "2015-W12", None),
    ("Traffic was heavy last week.", "last week", "2015-W41", None),
    ("Inspectors arrived this week.", "this week", "2015-W42", None),
    # decades, centuries, seasons
    ("The band was formed in the 1980s.", "the 1980s", "198", None),
    ("Its shares peaked in the early 1980s.", "the early 1980s", "198", "START"),
    ("Prices soared in the mid-1990s.", "the mid-1990s", "199", "MID"),
    ("The railway opened in the 19th century.", "the 19th century", "18", None),
    ("Harvests were poor in the summer of 2012.", "the summer of 2012", "2012-SU", None),
    ("Repairs will be finished by next spring.", "next spring", "2016-SP", None),
    ("The ferry service stopped last winter.", "last winter", "2014-WI", None),
    # modifiers
    ("Growth slowed in early 2015.", "early 2015", "2015", "START"),
    ("Prices have risen since 2014.", "2014", "2014", "AFTER"),
    ("The yard stayed busy until the end of 2016.", "the end of 2016", "2016", "END"),
    ("The storm is expected around Nov. 1.", "around Nov. 1", "2015-11-01", "APPROX"),
    ("The pumps failed about two weeks ago.", "about two weeks ago", "2015-09-30", "APPROX"),
    # relative to the publication date
    ("The mayor spoke on Friday.", "Friday", "2015-10-09", None),
    ("The mayor will visit the harbour on Monday.", "Monday", "2015-10-19", None),
    ("The mayor spoke today.", "today", "2015-10-14", None),
    ("The council met yesterday.", "yesterday", "2015-10-13", None),
    ("The vote is tomorrow.", "tomorrow", "2015-10-15", None),
    ("The bridge reopened two years ago.", "two years ago", "2013", None),
    ("Unemployment rose last year.", "last year", "2014", None),
    ("The ferry will return next month.", "next month", "2015-11", None),
    ("Rents went up last month.", "last month", "2015-09", None),
    ("Wages have risen this year.", "this year", "2015", None),
    ("The talks broke down last Tuesday.", "last Tuesday", "2015-10-13", None),
    ("The museum reopened earlier this month.", "earlier this month", "2015-10", "START"),
    ("Crowds gathered over the weekend.", "the weekend", "2015-W41-WE", None),
    ("Shops expect crowds on Christmas Eve.", "Christmas Eve", "2015-12-24", None),
    # relative to a date given just before
    (
        "The ministers met on 2 June. They signed the accord the following day.",
        "the following day",
        "2015-06-03",
        None,
    ),
    ("The plant closed in 1995 and reopened two years later.", "two years later", "1997", None),
    ("The port was opened in 2001. The railway came the next year.", "the next year", "2002", None),
    # the present, the past and the future
    ("The museum is currently closed.", "currently", "PRESENT_REF", None),
    ("Floods have struck the valley recently.", "recently", "PAST_REF", None),
    ("The town will need new bridges in the future.", "the future", "FUTURE_REF", None),
    ("Rain fell often in the past.", "the past", "PAST_REF", None),
]

NEWS_DATES = [
    # written in the forms news stories use, each with its TimeML value
    ("The war began on 20 March 2003.", "20 March 2003", "2003-03-20", None),
    ("The attacks came on Sept. 11, 2001.", "Sept. 11, 2001", "2001-09-11", None),
    ("The minister resigned Oct. 13, 2015.", "Oct. 13, 2015", "2015-10-13", None),
    ("The first match is on 4 July 2015.", "4 July 2015", "2015-07-04", None),
    ("The parade was on the 4th of July.", "the 4th of July", "2015-07-04", None),
    ("The market opened in January 2016.", "January 2016", "2016-01", None),
    ("The flood came in December.", "December", "2014-12", None),
    ("The treaty dates from 1648.", "1648", "1648", None),
    ("The tower opened in the year 1889.", "the year 1889", "1889", None),
    (
        "Shares rose in the third quarter of fiscal 2003.",
        "the third quarter of fiscal 2003",
        "2003-Q3",
        None,
    ),
    ("The count began in the 12th week of 2003.", "the 12th week of 2003", "2003-W12", None),
    ("Results came in the first half of the year.", "the first half of the year", "2015-H1", None),
    ("Talks resume next week.", "next week", "2015-W43", None),
    ("Crowds came last weekend.", "last weekend", "2015-W41-WE", None),
    ("The fair opens in the fall of 2003.", "the fall of 2003", "2003-FA", None),
    ("The band plays this summer.", "this summer", "2015-SU", None),
    ("Music changed in the 2000s.", "the 2000s", "200", None),
    ("Music was louder in the '90s.", "the '90s", "199", None),
    ("Rents rose in the late 1990s.", "the late 1990s", "199", "END"),
    ("Trade grew in the mid-1800s.", "the mid-1800s", "18", "MID"),
    ("Cities grew in the 21st century.", "the 21st century", "20", None),
    ("Mills closed in the late 19th century.", "the late 19th century", "18", "END"),
    ("The report came out in mid-2003.", "mid-2003", "2003", "MID"),
    ("Prices fell in late 2016.", "late 2016", "2016", "END"),
    ("Workers struck in mid-March.", "mid-March", "2015-03", "MID"),
    ("Elections will be held later this year.", "later this year", "2015", "END"),
    ("The deal ends at the end of the month.", "the end of the month", "2015-10", "END"),
    ("Work starts at the beginning of the year.", "the beginning of the year", "2015", "START"),
    ("Talks pause in the middle of the week.", "the middle of the week", "2015-W42", "MID"),
    ("The rule has applied since the 1990s.", "the 1990s", "199", "AFTER"),
    ("The museum has been closed since last year.", "last year", "2014", "AFTER"),
    ("Protests have continued since Friday.", "Friday", "2015-10-09", "AFTER"),
    ("The plant has been closed since last March.", "last March", "2015-03", "AFTER"),
    ("Rain fell on Friday night.", "Friday night", "2015-10-09", None),
    ("The minister resigned on Tuesday, Oct. 13.", "Tuesday, Oct. 13", "2015-10-13", None),
    ("The vote is next Thursday.", "next Thursday", "2015-10-15", None),
    ("Prices were higher the previous year.", "the previous year", "2014", None),
    ("Sales rose earlier this year.", "earlier this year", "2015", "START"),
    ("The storm hit five months ago.", "five months ago", "2015-05", None),
    ("The vote took place a week ago.", "a week ago", "2015-10-07", None),
    ("The school opened 20 years ago.", "20 years ago", "1995", None),
    ("Crowds gathered on New Year's Day.", "New Year's Day", "2015-01-01", None),
    ("Shops close on Christmas Day.", "Christmas Day", "2015-12-25", None),
    ("Exports have fallen in recent years.", "recent years", "PAST_REF", None),
    ("Prices are high at the moment.", "at the moment", "PRESENT_REF", None),
    ("Nowadays few people write letters.", "Nowadays", "PRESENT_REF", None),
    ("The firm is now bigger.", "now", "PRESENT_REF", None),
]


@pytest.mark.parametrize(("text", "phrase", "value", "mod"), DATES + NEWS_DATES)
def test_date_phrases(nlp: Language, text: str, phrase: str, value: str, mod: str | None) -> None:
    mention = _mention(nlp, text, phrase)
    assert (mention.value, mention.mod) == (value, mod)
    assert text[mention.span.start : mention.span.end] == phrase


NOT_DATES = [
    "Officials may resign if the plan fails.",
    "Thousands of workers will march through the city.",
    "The march began at the station.",
    "The talks lasted three years.",
    "Workers were paid for two weeks.",
    "The shop opens every Monday.",
    "The train leaves at 9 a.m.",
    "The 52-year-old driver was unhurt.",
    "The firm publishes an annual report.",
    "The farm sold 2000 tractors.",
    "Sales grew 1998 percent, a misprint said.",
    "Prices rose by $2015.",
    "Iraq was in breach of UN resolution 1441.",
    "The pilots of Flight 1549 landed on the river.",
    "The mill has run for decades.",
    "The count began in the 3rd week of the strike.",
    "At 1405 GMT, shares in the bank were trading down 1%.",  # a time of day
    "The ferry left at 0730 local time.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_phrases_that_are_not_dates(nlp: Language, text: str) -> None:
    assert [m.span.text for m in _dates(nlp, text)] == []


def test_dates_come_in_text_order_with_their_sentence(nlp: Language) -> None:
    text = "The port opened in 2001. Trade boomed in the 1990s and slowed last year."
    mentions = _dates(nlp, text)
    assert [(m.span.text, m.value) for m in mentions] == [
        ("2001", "2001"),
        ("the 1990s", "199"),
        ("last year", "2014"),
    ]
    assert mentions[0].sentence.text == "The port opened in 2001."
    assert mentions[2].sentence.text == "Trade boomed in the 1990s and slowed last year."
    for mention in mentions:
        assert text[mention.sentence.start : mention.sentence.end] == mention.sentence.text


def test_the_event_is_the_clause_without_the_date(nlp: Language) -> None:
    text = "In March 2003, a US-led coalition invaded Iraq, justifying the war with claims."
    mention = _mention(nlp, text, "March 2003")
    assert mention.event is not None
    assert mention.event.text == "a US-led coalition invaded Iraq"
    assert text[mention.event.start : mention.event.end] == mention.event.text


def test_event_of_a_date_after_its_verb(nlp: Language) -> None:
    mention = _mention(nlp, "The bridge reopened last year after repairs.", "last year")
    assert mention.event is not None
    assert mention.event.text == "The bridge reopened"


def test_the_event_of_a_date_in_a_parse_that_crosses_itself_is_in_text_order(
    nlp: Language,
) -> None:
    # "what" hangs on "about", after "talking": the parse gives the clause's words out of
    # order, and the event is still the words as the text runs.
    text = "A: Look, what the mayor is talking about now is mainstream."
    mention = _mention(nlp, text, "now")
    assert mention.event is not None
    assert mention.event.text == "what the mayor is talking"
    assert text[mention.event.start : mention.event.end] == mention.event.text


WITHOUT_PUBLICATION_DATE = [
    ("The mill closed in 1998.", "1998", "1998"),
    ("Unemployment rose last year.", "last year", "PAST_REF"),
    ("The ferry will return next month.", "next month", "FUTURE_REF"),
    ("The mayor spoke on Friday.", "Friday", None),
    ("The fair opened on Nov. 25.", "Nov. 25", None),
    ("The bridge reopened two years ago.", "two years ago", "PAST_REF"),
    ("Floods have struck the valley recently.", "recently", "PAST_REF"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), WITHOUT_PUBLICATION_DATE)
def test_relative_dates_without_a_publication_date(
    nlp: Language, text: str, phrase: str, value: str | None
) -> None:
    assert _mention(nlp, text, phrase, published=None).value == value


def test_a_publication_time_after_the_date_is_ignored(nlp: Language) -> None:
    assert _mention(nlp, "The mayor spoke today.", "today", "2015-10-14T09:30").value == (
        "2015-10-14"
    )


ODD_TEXTS = [
    "",
    " ",
    "...",
    "!!! ??? ;;;",
    "The year 99999 will never come.",
    "In 99999999999999999999 years ago, nothing.",
    "It happened on Feb. 30, 2015.",
    "Week 99 of 2015 and week 53 of 2014.",
    "the 99th century, 0/0/0000, 13/45/2015",
    "99999 days ago and 10000000 centuries ago",
    "“Friday” — ‘2015’ — (March) — [the 1990s]",
    "May May May March March March",
    "a year earlier a year earlier the following day",
]


@pytest.mark.parametrize("text", ODD_TEXTS)
@pytest.mark.parametrize("published", [PUBLISHED, None, "not a date", "2015-13-45", "0001-01-01"])
def test_odd_text_never_raises(nlp: Language, text: str, published: str | None) -> None:
    for mention in _dates(nlp, text, published):
        assert text[mention.span.start : mention.span.end] == mention.span.text


def test_an_impossible_date_has_no_value(nlp: Language) -> None:
    assert _mention(nlp, "It happened on Feb. 30, 2015.", "Feb. 30, 2015").value is None


_WORDS = st.sampled_from(
    [
        "Friday",
        "May",
        "March",
        "2015",
        "1990s",
        "last",
        "next",
        "year",
        "ago",
        "two",
        "the",
        "following",
        "day",
        "quarter",
        "third",
        "early",
        "since",
        "week",
        "of",
        ",",
        ".",
        "'s",
        "9999",
        "Q4",
        "12/31/2015",
        "\n\n",
    ]
)


@settings(max_examples=examples(60), deadline=None)
@given(words=st.lists(_WORDS, max_size=25), published=st.sampled_from([PUBLISHED, None]))
def test_date_like_word_salad_never_raises(
    nlp: Language, words: list[str], published: str | None
) -> None:
    text = " ".join(words)
    for mention in _dates(nlp, text, published):
        assert text[mention.span.start : mention.span.end] == mention.span.text
