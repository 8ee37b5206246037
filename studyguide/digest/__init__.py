"""What a reader is shown of an article: numbered paragraphs, dates in words, the timeline
of its events, and who said what.

Plain data built from a `BankArticle`, without reportlab or a terminal, laid out by the
documents (`studyguide.render`) and by `studyguide analyze` (`studyguide.digest.text`) alike,
so that both word a date, an event and a speaker's words the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from studyguide.ingest import parse_text
from studyguide.model import (
    BankArticle,
    DateMention,
    Entity,
    Quote,
    QuoteKind,
    Span,
    quotations,
)

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

_DATE_VALUE = re.compile(
    r"^(?P<year>\d{4})(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}))?|Q(?P<quarter>[1-4])|W(?P<week>\d{2})))?"
)

_MODIFIERS = {
    "START": "early {}",
    "MID": "mid-{}",
    "END": "late {}",
    "AFTER": "since {}",
    "BEFORE": "before {}",
    "APPROX": "about {}",
}


FRAGMENT_OPENERS = frozenset(
    {"which", "who", "whom", "whose", "that", "where", "when", "while", "and", "but", "or"}
    | {"has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will"}
    | {"would", "could", "should", "may", "might", "can", "must", "to"}
    | {"due", "expected", "likely", "unlikely", "set", "scheduled", "able"}
    | {"it", "its", "he", "she", "his", "her", "they", "their", "we", "i", "this", "these"}
)
"""First words of an event clause that cannot stand alone: a relative pronoun, a
conjunction, a verb or adjective whose subject was left behind ("due to be shown"), or a
pronoun whose person or thing only the sentence names."""

MIN_EVENT_WORDS = 3
"""An event clause shorter than this ("Expected") says too little: the sentence is shown."""


@dataclass(frozen=True, slots=True)
class NumberedParagraph:
    span: Span
    number: int | None
    """1, 2, ... for body paragraphs; None for subheads, which are not counted."""
    dateline_end: int | None = None
    """For the paragraph that opens with the dateline: where the dateline ends in `span.text`."""

    @property
    def heading(self) -> bool:
        return self.number is None


@dataclass(frozen=True, slots=True)
class ArticleText:
    """An article's text as the documents print it: subheads and numbered paragraphs."""

    title: str | None
    """The headline at the top of the text, when the text starts with one."""
    paragraphs: tuple[NumberedParagraph, ...]

    def paragraph_at(self, offset: int) -> int | None:
        """The number of the body paragraph holding character `offset`, if one does."""
        for paragraph in self.paragraphs:
            if paragraph.span.start <= offset < max(paragraph.span.end, paragraph.span.start + 1):
                return paragraph.number
        return None


def number_paragraphs(article: BankArticle) -> ArticleText:
    """Split the article's text into subheads and body paragraphs numbered from 1."""
    parsed = parse_text(article.text, article_id=article.id)
    numbered: list[NumberedParagraph] = []
    count = 0
    for paragraph in parsed.paragraphs:
        if paragraph.heading:
            numbered.append(NumberedParagraph(paragraph.span, None))
            continue
        count += 1
        dateline_end = None
        if parsed.dateline is not None and parsed.dateline.start == paragraph.span.start:
            dateline_end = parsed.dateline.end - paragraph.span.start
        numbered.append(NumberedParagraph(paragraph.span, count, dateline_end))
    title = parsed.title_span.text if parsed.title_span is not None else None
    return ArticleText(title, tuple(numbered))


def format_date(value: str | None, mod: str | None = None) -> str | None:
    """A TimeML value as a reader writes it: 2003-03 as "March 2003"; None if it names no time."""
    if not value:
        return None
    if re.fullmatch(r"\d{3}", value):  # a decade: "197" is the 1970s
        return _MODIFIERS[mod].format(f"{value}0s") if mod in _MODIFIERS else f"the {value}0s"
    found = _DATE_VALUE.match(value)
    if found is None:
        return None
    year = found.group("year")
    if found.group("day"):
        text = f"{int(found.group('day'))} {_month(found.group('month'))} {year}"
    elif found.group("month"):
        text = f"{_month(found.group('month'))} {year}"
    elif found.group("quarter"):
        text = f"Q{found.group('quarter')} {year}"
    elif found.group("week"):
        text = f"week {int(found.group('week'))} of {year}"
    else:
        text = year
    return _MODIFIERS[mod].format(text) if mod in _MODIFIERS else text


def format_published(published: str | None) -> str | None:
    """A publication date for a header: ISO dates spelled out, anything else as given."""
    if not published:
        return None
    return format_date(published) if _DATE_VALUE.fullmatch(published) else published


def _month(number: str) -> str:
    index = int(number)
    return _MONTHS[index - 1] if 1 <= index <= 12 else number


def date_sort_key(value: str) -> tuple[int, int, int]:
    """Year, month, day of a TimeML value (quarters and weeks at their first month, a
    decade at its first year)."""
    if re.fullmatch(r"\d{3}", value):
        return (int(value) * 10, 0, 0)
    found = _DATE_VALUE.match(value)
    if found is None:
        return (0, 0, 0)
    month = 0
    if found.group("month"):
        month = int(found.group("month"))
    elif found.group("quarter"):
        month = 3 * int(found.group("quarter")) - 2
    elif found.group("week"):
        month = min(12, 1 + (int(found.group("week")) - 1) * 12 // 52)
    return (int(found.group("year")), month, int(found.group("day") or 0))


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    when: str
    """The date as printed: "March 2003", "since 2014", or as the article writes a time it
    does not date ("Thursday", "15 March")."""
    what: str
    """What happened then: the event clause, or the sentence that gives the date."""
    paragraph: int | None
    placed: bool = True
    """False for a time the article gives without a year or a date to place it by: such
    events come after the placed ones, in the order the article mentions them."""


def timeline(article: BankArticle, text: ArticleText) -> tuple[TimelineEvent, ...]:
    """The article's dated events in time order (article order for the same date), then the
    events at times it names without dating them ("on Thursday"), in article order; once
    each. Vague references ("recently", "next month") are left out."""
    dated = []
    undated = []
    seen: set[tuple[str, str]] = set()
    for position, mention in enumerate(article.dates):
        when = format_date(mention.value, mention.mod)
        placed = when is not None and mention.value is not None
        if not placed:
            if mention.value is not None:
                continue  # PAST_REF, FUTURE_REF and the like: no time to show
            when = mention.span.text.strip()
        if not when:
            continue
        what = _event_text(mention, _quote_holding(article.quotes, mention.span))
        if (when, what) in seen:
            continue
        seen.add((when, what))
        event = TimelineEvent(when, what, text.paragraph_at(mention.sentence.start), placed)
        if placed and mention.value is not None:
            dated.append((date_sort_key(mention.value), position, event))
        else:
            undated.append(event)
    in_time = [event for _, _, event in sorted(dated, key=lambda item: (item[0], item[1]))]
    return (*in_time, *undated)


def _event_text(mention: DateMention, quote: Quote | None = None) -> str:
    """What happened at a date, as a line that reads on its own: the event clause, unless it
    is a fragment ("which has been seizing...", "Expected"), then the whole sentence;
    capitalised. A date in someone's own words is shown as theirs: Assad: “It was the Iraq
    war”."""
    what = mention.event.text.strip() if mention.event is not None else ""
    words = what.split()
    sentence = mention.sentence.text
    if quote is not None:  # the sentence cut to the quoted words
        said = quote.content
        start = max(mention.sentence.start, said.start) - said.start
        end = min(mention.sentence.end, said.end) - said.start
        sentence = said.text[start:end]
    sentence_text = sentence.strip().rstrip(",")
    fragment = len(words) < MIN_EVENT_WORDS or words[0].lower() in FRAGMENT_OPENERS
    # A sentence cut from the middle of a quotation reads worse than the fragment.
    if not words or (fragment and (quote is not None or _quotes_balance(sentence_text))):
        what = sentence_text
    what = what[:1].upper() + what[1:]
    if quote is not None and quote.speaker:
        return f"{quote.speaker}: “{what}”"
    return what


def _quote_holding(quotes: tuple[Quote, ...], span: Span) -> Quote | None:
    """The direct quote whose words hold `span`, if any."""
    return next(
        (
            q
            for q in quotes
            if q.kind is QuoteKind.DIRECT and q.content.start <= span.start < q.content.end
        ),
        None,
    )


def _quotes_balance(text: str) -> bool:
    """True if every quotation `text` opens, it closes, and the other way round."""
    return text.count('"') % 2 == 0 and text.count("“") == text.count("”")


@dataclass(frozen=True, slots=True)
class Statement:
    """Something a person said, as the study guide lists it."""

    cue: str
    """The verb of saying: said, added, noted."""
    text: str
    quoted: bool
    """Their own words, printed in quotation marks; else reported speech."""
    paragraph: int | None
    start: int


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    """The speaker's name, or "Not attributed" for quotes the article gives no speaker."""
    role: str | None
    statements: tuple[Statement, ...]


UNATTRIBUTED = "Not attributed"


def statements_by_speaker(article: BankArticle, text: ArticleText) -> tuple[Speaker, ...]:
    """Quotes and claims grouped by speaker, speakers in order of their first statement."""
    grouped: dict[str, list[Statement]] = {}
    entries: list[tuple[str, Statement]] = []
    for parts in quotations(article.quotes):
        entries.append((parts[0].speaker or UNATTRIBUTED, _quote_statement(parts, text)))
    for claim in article.claims:
        statement = Statement(
            claim.cue or "said",
            claim.content.text.strip(),
            False,
            text.paragraph_at(claim.sentence.start),
            claim.content.start,
        )
        entries.append((claim.speaker or UNATTRIBUTED, statement))
    canonical = _canonical_names((*article.people, *article.organizations))
    for speaker, statement in sorted(entries, key=lambda entry: entry[1].start):
        grouped.setdefault(canonical.get(speaker, speaker), []).append(statement)
    roles = {person.name: person.role for person in article.people}
    return tuple(
        Speaker(name, roles.get(name), tuple(statements)) for name, statements in grouped.items()
    )


def _canonical_names(entities: Iterable[Entity]) -> dict[str, str]:
    """Each alias that names one person or organisation only ("NHTSA"), with its full name,
    so that what a body says under its short name is listed with the rest."""
    owners: dict[str, set[str]] = {}
    for entity in entities:
        for alias in entity.aliases:
            owners.setdefault(alias, set()).add(entity.name)
    return {alias: next(iter(names)) for alias, names in owners.items() if len(names) == 1}


def _quote_statement(parts: tuple[Quote, ...], text: ArticleText) -> Statement:
    """A quote told in parts is one statement, its parts joined by an ellipsis."""
    first = parts[0]
    paragraph = text.paragraph_at(first.sentence.start)
    direct = all(part.kind is QuoteKind.DIRECT for part in parts)
    shown = []
    for part in parts:
        words = part.content.text.strip().rstrip(",").rstrip()
        if part.kind is QuoteKind.MIXED:
            # A partial quote means little without the sentence around it.
            shown.append(part.sentence.text.strip())
        else:
            shown.append(words if direct else f"“{words}”")
    return Statement(first.cue or "said", " … ".join(shown), direct, paragraph, first.content.start)
