"""Date expressions in news text, normalized to TimeML-style values.

A grammar of regular expressions finds the phrases (absolute dates, partial dates, quarters,
weeks, seasons, decades, relative expressions); the spaCy parse rules out words that only
look like dates ("May" the modal verb, "2000 troops"), gives the tense of the verb a date
belongs to, and the clause that names the event. Relative expressions are anchored to the
publication date, as a newsroom writes them: "Friday" in a past-tense sentence is the last
Friday on or before the day of publication.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from studyguide.analysis import datelex as lex
from studyguide.analysis.document import entity_of, text_of
from studyguide.model import DateMention, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

PAST_REF = "PAST_REF"
PRESENT_REF = "PRESENT_REF"
FUTURE_REF = "FUTURE_REF"

# ---------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _When:
    """A calendar point or period at one granularity, before it is written as a value.

    `grain` is one of day, month, year, quarter, half, week, weekend, season, decade,
    century; `part` holds the month, quarter, half or ISO week number; `season` the TimeML
    season code; a decade is kept as its first year and a century as its first year too.
    """

    grain: str
    year: int
    part: int = 0
    day: int = 0
    season: str = ""

    @property
    def value(self) -> str | None:
        if not 0 <= self.year <= 9999:
            return None
        if self.grain == "day":
            return f"{self.year:04d}-{self.part:02d}-{self.day:02d}"
        if self.grain == "month":
            return f"{self.year:04d}-{self.part:02d}"
        if self.grain == "quarter":
            return f"{self.year:04d}-Q{self.part}"
        if self.grain == "half":
            return f"{self.year:04d}-H{self.part}"
        if self.grain == "week":
            return f"{self.year:04d}-W{self.part:02d}"
        if self.grain == "weekend":
            return f"{self.year:04d}-W{self.part:02d}-WE"
        if self.grain == "season":
            return f"{self.year:04d}-{self.season}"
        if self.grain == "decade":
            return f"{self.year // 10:03d}"
        if self.grain == "century":
            return f"{self.year // 100:02d}"
        return f"{self.year:04d}"

    def as_date(self) -> dt.date | None:
        """The first day of the period, where the calendar has one."""
        try:
            if self.grain == "day":
                return dt.date(self.year, self.part, self.day)
            if self.grain == "month":
                return dt.date(self.year, self.part, 1)
            if self.grain in ("week", "weekend"):
                return dt.date.fromisocalendar(self.year, self.part, 1)
            if self.grain == "quarter":
                return dt.date(self.year, 3 * self.part - 2, 1)
        except ValueError:
            return None
        return None


_Resolution = _When | str | None
"""A resolved date: a calendar value, a PAST_REF-like reference, or None (unknown)."""


def _day(value: dt.date) -> _When:
    return _When("day", value.year, value.month, value.day)


def _week(value: dt.date, grain: str = "week") -> _When:
    iso = value.isocalendar()
    return _When(grain, iso[0], iso[1])


def _quarter_of(value: dt.date) -> _When:
    return _When("quarter", value.year, (value.month - 1) // 3 + 1)


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def _add_years(value: dt.date, years: int) -> dt.date:
    try:
        return value.replace(year=value.year + years)
    except ValueError:  # 29 February in a common year
        return value.replace(year=value.year + years, day=28)


def _shift(when: _When, unit: str, amount: int) -> _When | None:
    """`when` moved by `amount` units, kept at its own granularity when that makes sense."""
    try:
        if when.grain == "day":
            base = dt.date(when.year, when.part, when.day)
            if unit == "day":
                return _day(base + dt.timedelta(days=amount))
            if unit == "week":
                return _day(base + dt.timedelta(weeks=amount))
            if unit in ("month", "quarter"):
                months = amount * (3 if unit == "quarter" else 1)
                year, month = _add_months(base.year, base.month, months)
                return _day(base.replace(year=year, month=month, day=min(base.day, 28)))
            if unit in ("year", "decade"):
                return _day(_add_years(base, amount * (10 if unit == "decade" else 1)))
        if when.grain == "month" and unit in ("month", "quarter", "year"):
            months = amount * {"month": 1, "quarter": 3, "year": 12}[unit]
            year, month = _add_months(when.year, when.part, months)
            return _When("month", year, month)
        if when.grain == "quarter" and unit in ("quarter", "year"):
            quarters = amount * (4 if unit == "year" else 1)
            index = when.year * 4 + when.part - 1 + quarters
            return _When("quarter", index // 4, index % 4 + 1)
        if when.grain in ("week", "weekend") and unit in ("week", "year"):
            start = dt.date.fromisocalendar(when.year, when.part, 1)
            moved = start + dt.timedelta(weeks=amount) if unit == "week" else None
            if moved is None:
                return replace(when, year=when.year + amount)
            return _week(moved, when.grain)
        if unit in ("year", "decade") and when.grain in ("year", "half", "season", "decade"):
            return replace(when, year=when.year + amount * (10 if unit == "decade" else 1))
    except (ValueError, OverflowError):
        return None
    return None


# ---------------------------------------------------------------------------
# Resolution context
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Env:
    anchor: dt.date | None
    """The publication date, when known."""
    tense: str | None
    """past, future or present: the tense of the verb the date belongs to."""
    reference: _When | None
    """The last calendar date the text gave before this one, for "the following day"."""
    reference_nearby: bool
    """Whether that reference stands in this sentence or the one before ("... a year ago")."""


def _parse_anchor(published: str | None) -> dt.date | None:
    if not published:
        return None
    found = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", published)
    if found is None:
        return None
    try:
        return dt.date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        return None


# ---------------------------------------------------------------------------
# Pieces of the grammar
# ---------------------------------------------------------------------------


def _alternatives(words: Iterable[str]) -> str:
    names = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in names)


def _capitalized(words: Iterable[str]) -> str:
    names = list(words)
    forms = {n.capitalize() for n in names} | {n.upper() for n in names}
    return "|".join(sorted(forms, key=lambda form: (-len(form), form)))


_MONTH_FULL = rf"(?:{_capitalized(lex.MONTH_NAMES)})"
_MONTH_ABBR = rf"(?:{_capitalized(lex.MONTH_ABBREVIATIONS)})\.?"
_MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
_WEEKDAY = rf"(?:{_capitalized(lex.WEEKDAYS)})"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w%]|[.,:/]\d)"
_YEAR = (
    r"(?<![\w$£€¥.,:/#])(?<!\d-)(?:1[0-9]\d\d|20\d\d|21\d\d)(?![\w%]|[.,:]\d)"
    # "At 1405 GMT" is a time of day.
    r"(?!\s*(?:GMT|BST|UTC|CET|[ECMP][SD]T|hrs\b|hours\b|local\s+time))"
)
_UNIT = r"(?i:days?|weeks?|months?|years?|decades?|centur(?:y|ies)|quarters?)"
_NUMBER_WORDS = _alternatives([w for w in lex.NUMBER_WORDS if w not in ("a", "an")])
_VAGUE = _alternatives(lex.VAGUE_QUANTITIES)
_DIGIT_WORDS = r"(?i:one|two|three|four|five|six|seven|eight|nine)"
_NUMBER = rf"(?:\d{{1,3}}|(?i:{_VAGUE})|(?i:{_NUMBER_WORDS})(?:-{_DIGIT_WORDS})?|(?i:a|an))"
_QUALIFIER = rf"(?:(?P<qual>(?i:{_alternatives(lex.QUANTITY_QUALIFIERS)}))\s+)?"
_QUARTER_ORDINAL = r"(?i:first|second|third|fourth|final|1st|2nd|3rd|4th)"
_SEASON = r"(?i:spring|summer|fall|autumn|winter)"
_TIME_OF_DAY = r"(?:\s+(?P<tod>(?i:morning|afternoon|evening|night)))?"
_END = r"(?![\w-])"


def _number(text: str) -> int | None:
    """The amount a number phrase gives, or None when it is vague ("several")."""
    words = re.sub(r"\s+", " ", text.strip().lower())
    if words.isdigit():
        return int(words)
    if words in lex.NUMBER_WORDS:
        return lex.NUMBER_WORDS[words]
    head, _, tail = words.partition("-")
    if head in lex.NUMBER_WORDS and tail in lex.NUMBER_WORDS:
        return lex.NUMBER_WORDS[head] + lex.NUMBER_WORDS[tail]
    return None


def _month(text: str) -> int:
    return lex.MONTHS[text.lower().rstrip(".")]


def _unit(text: str) -> str:
    word = text.lower()
    if word.startswith("centur"):
        return "century"
    return word[:-1] if word.endswith("s") else word


# ---------------------------------------------------------------------------
# Resolvers: one per family of phrases
# ---------------------------------------------------------------------------


def _groups(found: re.Match[str]) -> dict[str, str]:
    return {k: v for k, v in found.groupdict().items() if v is not None}


def _rel(found: re.Match[str]) -> str:
    return re.sub(r"\s+", " ", (found.groupdict().get("rel") or "").lower())


def _direction_ref(rel: str) -> str:
    """What is known of a relative date without a publication date to anchor it."""
    if rel in ("last", "this past", "the past", "the last", "the previous", "yesterday"):
        return PAST_REF
    if rel in ("next", "this coming", "the coming", "the next", "tomorrow"):
        return FUTURE_REF
    return PRESENT_REF


_MONTHS_AHEAD = 6
"""How far past the publication month a date without a year may be and still be this year's."""
_DAYS_AHEAD = 183


def _infer_year(month: int, day: int, env: _Env) -> int | None:
    """The year of a month (and day) the text gives without one, from the tense."""
    if env.anchor is None:
        return None
    anchor = env.anchor
    year = anchor.year
    here = (anchor.month, anchor.day if day else 0)
    there = (month, day)
    if env.tense == "past":
        return year - 1 if there > here else year
    if env.tense == "future":
        return year + 1 if there < here else year
    # Without a tense, news speaks of the current year, unless that would put the date
    # well after publication: "Nov. 25" in a January story is last November.
    return year - 1 if month - anchor.month > _MONTHS_AHEAD else year


def _resolve_calendar_date(found: re.Match[str], env: _Env) -> _Resolution:
    groups = _groups(found)
    month = _month(groups["mon"])
    day = int(re.sub(r"\D", "", groups["day"]))
    year = int(groups["year"]) if "year" in groups else _infer_year(month, day, env)
    if year is None:
        return None
    if "year" not in groups and "wd" in groups:
        year = _year_of_weekday(year, month, day, lex.WEEKDAYS[groups["wd"].lower()])
    try:
        return _day(dt.date(year, month, day))
    except ValueError:
        return None


def _year_of_weekday(year: int, month: int, day: int, weekday: int) -> int:
    """The year nearest `year` in which the day falls on the weekday the text names."""
    for candidate in (year, year + 1, year - 1):
        try:
            if dt.date(candidate, month, day).weekday() == weekday:
                return candidate
        except ValueError:
            continue
    return year


def _resolve_numeric_date(found: re.Match[str], env: _Env) -> _Resolution:
    groups = _groups(found)
    year = int(groups["year"])
    if year < 100:
        year += 1900 if year > 50 else 2000
    try:
        return _day(dt.date(year, int(groups["m"]), int(groups["d"])))
    except ValueError:
        return None


def _resolve_month_year(found: re.Match[str], env: _Env) -> _Resolution:
    return _When("month", int(found["year"]), _month(found["mon"]))


def _resolve_month_relative_year(found: re.Match[str], env: _Env) -> _Resolution:
    rel = _rel(found)
    if env.anchor is None:
        return _direction_ref(rel)
    offset = {"last": -1, "next": 1}.get(rel, 0)
    return _When("month", env.anchor.year + offset, _month(found["mon"]))


def _resolve_week_of(found: re.Match[str], env: _Env) -> _Resolution:
    day = _resolve_calendar_date(found, env)
    if not isinstance(day, _When):
        return None
    start = day.as_date()
    return _week(start) if start else None


def _resolve_week_number(found: re.Match[str], env: _Env) -> _Resolution:
    year = int(found["year"]) if found["year"] else (env.anchor.year if env.anchor else None)
    if year is None:
        return None
    try:
        return _week(dt.date.fromisocalendar(year, int(found["week"]), 1))
    except ValueError:
        return None


def _resolve_month(found: re.Match[str], env: _Env) -> _Resolution:
    month = _month(found["mon"])
    rel = _rel(found)
    anchor = env.anchor
    if anchor is None:
        return _direction_ref(rel) if rel else None
    if rel in ("last", "this past", "the previous", "the preceding"):
        base = env.reference.as_date() if rel != "last" and env.reference else anchor
        base = base or anchor
        # "last February" written in March is not last month: that would be "last month".
        year = base.year if month < base.month - (1 if rel == "last" else 0) else base.year - 1
    elif rel in ("next", "this coming", "the coming", "the following"):
        base = env.reference.as_date() if rel == "the following" and env.reference else anchor
        base = base or anchor
        year = base.year if month > base.month else base.year + 1
    elif rel == "this":
        year = anchor.year
    else:
        inferred = _infer_year(month, 0, env)
        if inferred is None:
            return None
        year = inferred
    return _When("month", year, month)


def _resolve_year(found: re.Match[str], env: _Env) -> _Resolution:
    return _When("year", int(found["year"]))


def _resolve_spelled_year(found: re.Match[str], env: _Env) -> _Resolution:
    groups = _groups(found)
    if "thousand" in groups:
        rest = _number(groups.get("n", "")) or 0
        return _When("year", 2000 + rest)
    tens = _number(groups["tens"])
    if tens is None:
        return None
    return _When("year", 1900 + tens)


def _decade_start(digits: int, env: _Env) -> int:
    """The year a two-digit decade ("the '80s") begins: the latest such before publication."""
    now = env.anchor.year if env.anchor else 1999
    start = (now // 100) * 100 + digits
    return start if start <= now else start - 100


def _resolve_decade(found: re.Match[str], env: _Env) -> _Resolution:
    groups = _groups(found)
    if "dec" in groups:
        start = int(groups["dec"])
        if start % 100 == 0 and start < 2000:
            return _When("century", start)
        return _When("decade", start)
    if "dd" in groups:
        return _When("decade", _decade_start(int(groups["dd"]), env))
    digit = lex.DECADE_WORDS[groups["word"].lower()]
    return _When("decade", _decade_start(digit * 10, env))


def _resolve_century(found: re.Match[str], env: _Env) -> _Resolution:
    groups = _groups(found)
    if "ord" in groups:
        word = groups["ord"].lower()
        number = int(re.sub(r"\D", "", word)) if word[0].isdigit() else lex.ORDINALS.get(word)
        if number is None or number < 1:
            return None
        return _When("century", (number - 1) * 100)
    rel = _rel(found)
    if env.anchor is None:
        return _direction_ref(rel)
    start = (env.anchor.year // 100) * 100
    return _When("century", start + {"last": -100, "next": 100}.get(rel, 0))


def _current_quarter(env: _Env) -> _When | None:
    return _quarter_of(env.anchor) if env.anchor else None


def _resolve_quarter(found: re.Match[str], env: _Env) -> _Resolution:
    groups = _groups(found)
    ordinal = groups["q"].lower()
    number = {"final": 4}.get(ordinal) or lex.ORDINALS.get(ordinal) or int(ordinal[0])
    year_text = groups.get("ylead") or groups.get("ypos") or groups.get("ytail")
    if year_text:
        return _When("quarter", int(year_text), number)
    rel = (groups.get("rely") or groups.get("relt") or "").lower()
    if env.anchor is None:
        return _direction_ref(rel.replace("the ", "")) if rel else None
    year = env.anchor.year + {"last": -1, "the previous": -1, "next": 1}.get(rel, 0)
    if not rel and env.tense == "past" and number > _quarter_of(env.anchor).part:
        year -= 1
    return _When("quarter", year, number)


def _resolve_q_quarter(found: re.Match[str], env: _Env) -> _Resolution:
    year_text = found["ytail"]
    number = int(found["q"])
    if year_text:
        year = int(year_text[-2:]) + 1900 if year_text.startswith("'") else int(year_text)
        if year_text.startswith("'") and year < 1950:
            year += 100
        return _When("quarter", year, number)
    if env.anchor is None:
        return None
    return _When("quarter", env.anchor.year, number)


def _resolve_relative_quarter(found: re.Match[str], env: _Env) -> _Resolution:
    rel = _rel(found)
    current = _current_quarter(env)
    reference = env.reference if env.reference and env.reference.grain == "quarter" else None
    if rel == "same":
        return reference
    if current is None:
        return _direction_ref({"coming": "next", "next": "next"}.get(rel, "last"))
    if rel in ("current", "this"):
        return current
    if rel in ("next", "coming"):
        return _shift(current, "quarter", 1)
    return _shift(current, "quarter", -1)


def _resolve_half(found: re.Match[str], env: _Env) -> _Resolution:
    groups = _groups(found)
    number = 1 if groups["h"].lower() == "first" else 2
    if "ytail" in groups:
        return _When("half", int(groups["ytail"]), number)
    if env.anchor is None:
        return None
    rel = groups.get("relt", "").lower()
    return _When("half", env.anchor.year + {"last": -1, "next": 1}.get(rel, 0), number)


_SEASON_ORDER = ("SP", "SU", "FA", "WI")


def _season_index(value: dt.date) -> int:
    """Seasons counted from year 0: spring, summer, fall, winter (December to February)."""
    if value.month in (1, 2):
        return (value.year - 1) * 4 + 3
    return value.year * 4 + (value.month - 3) // 3


def _resolve_season(found: re.Match[str], env: _Env) -> _Resolution:
    groups = _groups(found)
    code = lex.SEASONS[groups["season"].lower()]
    if "year" in groups:
        return _When("season", int(groups["year"]), season=code)
    rel = _rel(found)
    if env.anchor is None:
        return _direction_ref(rel) if rel else None
    now = _season_index(env.anchor)
    order = _SEASON_ORDER.index(code)
    candidates = [(now // 4 + k) * 4 + order for k in (-1, 0, 1)]
    if rel in ("last", "this past", "the past", "the previous") or (
        not rel and env.tense == "past"
    ):
        index = max(c for c in candidates if c < now or (not rel and c == now))
    elif rel in ("next", "this coming", "the coming", "the following") or (
        not rel and env.tense == "future"
    ):
        index = min(c for c in candidates if c > now or (not rel and c == now))
    else:
        index = min(candidates, key=lambda c: (abs(c - now), -c))
    return _When("season", index // 4, season=_SEASON_ORDER[index % 4])


def _resolve_weekday(found: re.Match[str], env: _Env) -> _Resolution:
    groups = _groups(found)
    weekday = lex.WEEKDAYS[groups["wd"].lower()]
    rel = _rel(found)
    if env.anchor is None:
        return _direction_ref(rel) if rel in ("last", "next", "this past", "this coming") else None
    anchor = env.anchor
    base = anchor
    if rel in ("the previous", "the preceding", "the prior", "the following", "the next"):
        reference = env.reference.as_date() if env.reference else None
        base = reference if reference and env.reference and env.reference.grain == "day" else anchor
    back = (base.weekday() - weekday) % 7
    ahead = (weekday - base.weekday()) % 7
    if rel in ("last", "this past", "the previous", "the preceding", "the prior"):
        return _day(base - dt.timedelta(days=back or 7))
    if rel in ("next", "this coming", "the following", "the next"):
        return _day(base + dt.timedelta(days=ahead or 7))
    if env.tense == "future":
        return _day(base + dt.timedelta(days=ahead))
    return _day(base - dt.timedelta(days=back))


def _resolve_day_word(found: re.Match[str], env: _Env) -> _Resolution:
    word = found["w"].lower()
    offset = {"today": 0, "yesterday": -1, "tomorrow": 1}[word]
    if env.anchor is None:
        return _direction_ref(word)
    return _day(env.anchor + dt.timedelta(days=offset))


def _resolve_two_days(found: re.Match[str], env: _Env) -> _Resolution:
    before = found["dir"].lower() == "before"
    if env.anchor is None:
        return PAST_REF if before else FUTURE_REF
    return _day(env.anchor + dt.timedelta(days=-2 if before else 2))


def _resolve_relative_unit(found: re.Match[str], env: _Env) -> _Resolution:
    rel = _rel(found)
    unit = re.sub(r"\s+", " ", found["unit"].lower())
    if env.anchor is None:
        return _direction_ref(rel)
    offset = {"last": -1, "this past": -1, "the past": -1, "the last": -1}.get(rel, 0)
    if rel in ("next", "the coming", "this coming"):
        offset = 1
    anchor = env.anchor
    if unit in ("year", "fiscal year"):
        return _When("year", anchor.year + offset)
    if unit == "month":
        year, month = _add_months(anchor.year, anchor.month, offset)
        return _When("month", year, month)
    if unit in ("week", "weekend"):
        day = anchor + dt.timedelta(weeks=offset)
        if unit == "weekend" and offset == 0 and env.tense == "past" and day.weekday() < 5:
            day -= dt.timedelta(weeks=1)
        return _week(day, unit)
    if unit == "decade":
        return _When("decade", (anchor.year // 10 + offset) * 10)
    if unit == "century":
        return _When("century", (anchor.year // 100 + offset) * 100)
    return None


def _resolve_named_year(found: re.Match[str], env: _Env) -> _Resolution:
    latest = _rel(found).startswith(("latest", "most recent"))
    if env.anchor is None:
        return PAST_REF if latest else PRESENT_REF
    return _When("year", env.anchor.year - (1 if latest else 0))


def _resolve_the_quarter(found: re.Match[str], env: _Env) -> _Resolution:
    reference = env.reference
    if reference is not None and reference.grain == "quarter":
        return reference
    current = _current_quarter(env)
    return _shift(current, "quarter", -1) if current else None


def _resolve_vague_date(found: re.Match[str], env: _Env) -> _Resolution:
    later = found["w"].lower() in ("later", "future", "subsequent")
    return FUTURE_REF if later else PAST_REF


def _resolve_the_weekend(found: re.Match[str], env: _Env) -> _Resolution:
    if env.anchor is None:
        return None
    day = env.anchor
    if env.tense == "past" and day.weekday() < 5:
        day -= dt.timedelta(weeks=1)
    return _week(day, "weekend")


def _resolve_period_end(found: re.Match[str], env: _Env) -> _Resolution:
    unit = found["unit"].lower()
    if env.anchor is None:
        return None
    anchor = env.anchor
    if unit == "month":
        return _When("month", anchor.year, anchor.month)
    if unit == "week":
        return _week(anchor)
    if unit == "quarter":
        return _quarter_of(anchor)
    if unit == "decade":
        return _When("decade", anchor.year // 10 * 10)
    if unit == "century":
        return _When("century", anchor.year // 100 * 100)
    return _When("year", anchor.year)


def _resolve_year_end(found: re.Match[str], env: _Env) -> _Resolution:
    return _When("year", env.anchor.year) if env.anchor else None


def _counted(anchor: dt.date, unit: str, amount: int) -> _When | None:
    """`amount` units from `anchor` (back when negative), at the granularity of the unit:
    "two years ago" is a year, "three days ago" a day."""
    try:
        if unit in ("day", "week"):
            days = amount * (7 if unit == "week" else 1)
            return _day(anchor + dt.timedelta(days=days))
        if unit in ("month", "quarter"):
            months = amount * (3 if unit == "quarter" else 1)
            year, month = _add_months(anchor.year, anchor.month, months)
            if unit == "quarter":
                return _quarter_of(dt.date(year, month, 1))
            return _When("month", year, month)
        if unit == "year":
            return _When("year", anchor.year + amount)
        if unit == "decade":
            return _When("decade", (anchor.year + 10 * amount) // 10 * 10)
        if unit == "century":
            return _When("century", (anchor.year + 100 * amount) // 100 * 100)
    except (ValueError, OverflowError):
        return None
    return None


_PERIODS = frozenset({"quarter", "half", "month"})
"""Reporting periods that "a year ago" in a results story is compared with."""


def _resolve_ago(found: re.Match[str], env: _Env) -> _Resolution:
    amount = _number(found["n"]) if found["n"] else None
    if amount is None or amount > 10000:
        return PAST_REF
    unit = _unit(found["unit"])
    reference = env.reference
    # "a year ago" next to a reported quarter is that quarter a year before; "41 years
    # ago" counts back from publication whatever period the text was just about
    if (
        unit == "year"
        and amount == 1
        and reference is not None
        and env.reference_nearby
        and reference.grain in _PERIODS
    ):
        return _shift(reference, "year", -amount)
    if env.anchor is None:
        return PAST_REF
    return _counted(env.anchor, unit, -amount)


def _resolve_earlier_later(found: re.Match[str], env: _Env) -> _Resolution:
    amount = _number(found["n"])
    direction = found["dir"].lower()
    from_now = direction.startswith("from")
    later = from_now or direction in ("later", "after", "afterward", "afterwards")
    if amount is None or amount > 10000:
        return FUTURE_REF if from_now else None
    unit = _unit(found["unit"])
    signed = amount if later else -amount
    if env.reference is not None and not from_now:
        return _shift(env.reference, unit, signed)
    if env.anchor is None:
        return FUTURE_REF if from_now else None
    return _counted(env.anchor, unit, signed)


def _resolve_year_ago(found: re.Match[str], env: _Env) -> _Resolution:
    """ "year-earlier net income", "the year-ago quarter": the period just reported on, a
    year before; without one nearby, the year before publication."""
    reference = env.reference
    if reference is not None and env.reference_nearby and reference.grain in _PERIODS:
        return _shift(reference, "year", -1)
    if env.anchor is None:
        return PAST_REF
    if "quarter" in found[0].lower():
        return _shift(_quarter_of(env.anchor), "quarter", -5)
    return _When("year", env.anchor.year - 1)


_ANAPHORIC_STEPS = {
    "following": 1,
    "next": 1,
    "later": 1,
    "after": 1,
    "previous": -1,
    "preceding": -1,
    "prior": -1,
    "earlier": -1,
    "before": -1,
}


def _resolve_anaphoric(found: re.Match[str], env: _Env) -> _Resolution:
    rel = _rel(found)
    unit = found["unit"].lower()
    if unit in ("morning", "afternoon", "evening", "night"):
        unit = "day"
    step = _ANAPHORIC_STEPS.get(rel.split()[-1], 0)
    base = env.reference
    if base is None:
        if env.anchor is None:
            return None
        base = _day(env.anchor)
    if unit == "weekend":
        start = base.as_date()
        if start is None:
            return None
        return _week(start + dt.timedelta(weeks=step), "weekend")
    if step == 0:
        return _truncate(base, unit)
    moved = _shift(base, unit, step)
    return _truncate(moved, unit) if moved else None


def _truncate(when: _When, unit: str) -> _When | None:
    """`when` seen at a coarser granularity: the year of a day, the week of a day..."""
    if unit == "year":
        return _When("year", when.year) if when.grain != "decade" else None
    if unit == "month" and when.grain in ("day", "month"):
        return _When("month", when.year, when.part)
    if unit == "week" and when.grain in ("day", "week"):
        start = when.as_date()
        return _week(start) if start else None
    if unit == "day" and when.grain == "day":
        return when
    return None


def _constant(value: str) -> Callable[[re.Match[str], _Env], _Resolution]:
    def resolve(found: re.Match[str], env: _Env) -> _Resolution:
        return value

    return resolve


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    n = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * n) // 451
    month, day = divmod(h + n - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The nth given weekday of a month; nth = -1 for the last one."""
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    last = following - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


_HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "christmas": lambda y: dt.date(y, 12, 25),
    "christmas day": lambda y: dt.date(y, 12, 25),
    "christmas eve": lambda y: dt.date(y, 12, 24),
    "new year's day": lambda y: dt.date(y, 1, 1),
    "new year's eve": lambda y: dt.date(y, 12, 31),
    "independence day": lambda y: dt.date(y, 7, 4),
    "halloween": lambda y: dt.date(y, 10, 31),
    "valentine's day": lambda y: dt.date(y, 2, 14),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "easter": _easter,
    "easter sunday": _easter,
    "good friday": lambda y: _easter(y) - dt.timedelta(days=2),
}


def _resolve_holiday(found: re.Match[str], env: _Env) -> _Resolution:
    name = re.sub(r"\s+", " ", found["hol"].lower()).replace("’", "'")
    rule = _HOLIDAYS.get(name)
    rel = _rel(found)
    groups = _groups(found)
    if rule is None:
        return None
    week = "week" in groups

    def starts(year: int) -> dt.date:
        day = rule(year)
        return day - dt.timedelta(days=day.weekday()) if week else day

    try:
        if "year" in groups:
            year = int(groups["year"])
        elif env.anchor is None:
            return _direction_ref(rel) if rel else None
        else:
            anchor = env.anchor
            year = anchor.year
            if rel == "last" or (not rel and env.tense == "past"):
                year -= 0 if starts(year) <= anchor else 1
            elif rel == "next" or (not rel and env.tense == "future"):
                year += 0 if starts(year) >= anchor else 1
            elif not rel and (starts(year) - anchor).days > _DAYS_AHEAD:
                year -= 1
        return _week(rule(year)) if week else _day(rule(year))
    except ValueError:
        return None


# ---------------------------------------------------------------------------
# Checks against the parse
# ---------------------------------------------------------------------------

_NAME_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "FAC", "PRODUCT", "WORK_OF_ART", "LOC", "NORP"})
_NUMBER_ENTITIES = frozenset({"MONEY", "PERCENT", "QUANTITY"})
_CURRENCY = frozenset({"$", "£", "€", "¥", "US$", "C$", "A$", "#", "No.", "no."})
_TIME_NOUNS = frozenset(
    {"period", "season", "holiday", "holidays", "break", "week", "weekend", "day", "eve", "time"}
)


def _token_at(doc: Doc, offset: int) -> Token | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span[0]


def _is_month_name(doc: Doc, found: re.Match[str]) -> bool:
    """ "May" the month, not the modal verb, "march" the verb or Theresa May."""
    if found["rel"]:
        return True
    token = _token_at(doc, found.start("mon"))
    if token is None:
        return True
    if token.tag_ == "MD" or token.pos_ in ("VERB", "AUX") or token.ent_type_ in _NAME_ENTITIES:
        return False
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return not any(t is not None and t.pos_ == "PROPN" and t.is_title for t in (before, after))


def _is_weekday_name(doc: Doc, found: re.Match[str]) -> bool:
    token = _token_at(doc, found.start("wd"))
    return token is None or token.ent_type_ not in _NAME_ENTITIES


def _is_year_number(doc: Doc, found: re.Match[str]) -> bool:
    """A year, not an amount: "in 1998", not "2000 troops" or "$2015"."""
    token = _token_at(doc, found.start("year"))
    if token is None:
        return True
    if token.ent_type_ in _NUMBER_ENTITIES or token.ent_type_ in ("PRODUCT", "FAC"):
        return False
    if token.i > 0 and doc[token.i - 1].text in _CURRENCY:
        return False
    if token.ent_type_ != "DATE" and token.dep_ == "nummod" and token.head.tag_ == "NNS":
        return False
    return not (token.ent_type_ == "CARDINAL" and token.dep_ in ("nummod", "dobj", "nsubj"))


def _is_time_adjective(doc: Doc, found: re.Match[str]) -> bool:
    """ "current" as "of now", not the noun (an electric current)."""
    token = _token_at(doc, found.start("w"))
    return token is not None and token.tag_ == "JJ" and token.ent_type_ not in _NAME_ENTITIES


def _is_holiday_date(doc: Doc, found: re.Match[str]) -> bool:
    """The holiday as a date, not the kind of thing it names ("a Christmas tree")."""
    last = _token_at(doc, found.end("hol") - 1)
    if last is None or found["rel"] or found["year"]:
        return True
    modifier = last.dep_ in ("compound", "nmod", "amod")
    return not (modifier and last.head.lemma_ not in _TIME_NOUNS)


# ---------------------------------------------------------------------------
# The grammar
# ---------------------------------------------------------------------------

_Resolver = Callable[[re.Match[str], _Env], _Resolution]
_Check = Callable[["Doc", re.Match[str]], bool]


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: _Resolver
    takes_the: bool = False
    """Whether a bare "the" in front belongs to the phrase ("the 1990s", "the third quarter")."""
    check: _Check | None = None
    """What the parse must agree to: that "May" is the month and not the modal verb..."""
    compares: bool = False
    """Whether the phrase only compares with another date ("a year earlier"), so that it is
    not itself the reference for the next relative phrase."""


def _rule(name: str, pattern: str, resolve: _Resolver, **options: Any) -> _Rule:
    return _Rule(name, re.compile(pattern), resolve, **options)


_RELATIVE = (
    r"(?i:last|next|this\s+past|this\s+coming|this"
    r"|the\s+previous|the\s+preceding|the\s+prior|the\s+following|the\s+next)"
)

_RULES: tuple[_Rule, ...] = (
    _rule(
        "month-day",
        rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<mon>{_MONTH})\s+(?P<day>{_DAY})(?:,?\s+(?P<year>{_YEAR}))?",
        _resolve_calendar_date,
    ),
    _rule(
        "day-month",
        rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:(?i:the)\s+)?(?<![\d.,])(?P<day>{_DAY})(?:\s+(?i:of))?\s+(?P<mon>{_MONTH})(?:,?\s+(?P<year>{_YEAR}))?",
        _resolve_calendar_date,
    ),
    _rule(
        "iso",
        r"(?<![\w-])(?P<year>1\d\d\d|20\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\w-])",
        _resolve_numeric_date,
    ),
    _rule(
        "numeric",
        r"(?<![\w/.])(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<year>\d{4}|\d{2})(?![\w/])",
        _resolve_numeric_date,
    ),
    _rule(
        "month-year",
        rf"(?P<mon>{_MONTH})(?:\s+(?i:of)|,)?\s+(?P<year>{_YEAR})",
        _resolve_month_year,
    ),
    _rule(
        "month-relative-year",
        rf"(?P<mon>{_MONTH_FULL})(?:\s+(?i:of))?\s+(?P<rel>(?i:last|this|next))\s+(?i:year){_END}",
        _resolve_month_relative_year,
    ),
    _rule(
        "week-of",
        rf"(?i:the\s+week\s+of)\s+(?P<mon>{_MONTH})\s+(?P<day>{_DAY})(?:,?\s+(?P<year>{_YEAR}))?",
        _resolve_week_of,
    ),
    _rule(
        "week-number",
        rf"(?<![\w-])(?i:week)\s+(?P<week>[1-9]|[1-4]\d|5[0-3])(?:,?\s+(?:(?i:of)\s+)?(?P<year>{_YEAR}))?(?![\w-])",
        _resolve_week_number,
    ),
    _rule(
        "week-ordinal",
        # "the 12th week of 2003"; only with its year, as "the third week of the strike"
        # counts weeks of an event, not of the calendar
        rf"(?<![\w-])(?:(?i:the)\s+)?(?P<week>[1-9]|[1-4]\d|5[0-3])(?i:st|nd|rd|th)\s+(?i:week)\s+(?i:of)\s+(?P<year>{_YEAR})(?![\w-])",
        _resolve_week_number,
    ),
    _rule(
        "month",
        rf"(?:(?P<rel>{_RELATIVE})\s+)?(?P<mon>{_MONTH_FULL}){_END}",
        _resolve_month,
        check=_is_month_name,
    ),
    _rule(
        "year",
        rf"(?:(?i:the\s+(?:calendar\s+|fiscal\s+)?year|fiscal(?:\s+year)?|calendar\s+year|FY)\s*)?(?P<year>{_YEAR})(?:\s+(?i:fiscal\s+year))?",
        _resolve_year,
        check=_is_year_number,
    ),
    _rule(
        "spelled-year",
        r"(?i:the\s+year)\s+(?P<thousand>(?i:two\s+thousand))(?:(?:\s+(?i:and))?\s+"
        r"(?P<n>(?i:one|two|three|four|five|six|seven|eight|nine|ten)))?(?![\w-])",
        _resolve_spelled_year,
    ),
    _rule(
        "nineteen",
        r"(?i:nineteen)[\s-]+(?P<tens>(?i:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?i:one|two|three|four|five|six|seven|eight|nine))?)(?![\w-])",
        _resolve_spelled_year,
    ),
    _rule(
        "decade",
        r"(?<![\w$.,])(?:(?P<dec>(?:1[0-9]|20)\d0)['’]?s|['‘’](?P<dd>\d0)['’]?s)(?!\w)",
        _resolve_decade,
        takes_the=True,
    ),
    _rule(
        "decade-the",
        r"(?<=\b[Tt]he\s)(?:(?i:early|mid|late)[\s-]+)?(?P<core>(?P<dd>[1-9]0)s)(?!\w)",
        _resolve_decade,
        takes_the=True,
    ),
    _rule(
        "decade-word",
        rf"(?i:the)\s+(?:(?i:early|mid|late)[\s-]+)?(?P<word>(?i:{_alternatives(lex.DECADE_WORDS)})){_END}",
        _resolve_decade,
    ),
    _rule(
        "century",
        rf"(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|(?i:{_alternatives(lex.ORDINALS)}))[\s-]+(?i:century){_END}",
        _resolve_century,
        takes_the=True,
    ),
    _rule(
        "relative-century",
        rf"(?P<rel>(?i:this|last|next))\s+(?i:century){_END}",
        _resolve_century,
    ),
    _rule(
        "quarter",
        rf"""(?:(?P<ylead>{_YEAR})\s+|(?P<ypos>{_YEAR})['’]s\s+|(?P<rely>(?i:last|this|next))\s+(?i:year)['’]s\s+)?(?:(?i:fiscal)[\s-]+)?(?P<q>{_QUARTER_ORDINAL})[\s-]+(?:(?i:fiscal)[\s-]+)?(?i:quarter|qtr\.?)(?!s)(?:\s+(?i:of)\s+(?:(?i:the\s+)?(?i:fiscal\s+|calendar\s+)?(?i:year\s+)?(?P<ytail>{_YEAR})|(?P<relt>(?i:this|last|next|the\s+current|the\s+previous))\s+(?i:fiscal\s+)?(?i:year)))?{_END}""",
        _resolve_quarter,
        takes_the=True,
    ),
    _rule(
        "q-quarter",
        rf"(?<![\w-])Q(?P<q>[1-4])(?:[\s/-]*(?P<ytail>{_YEAR}|'\d\d))?(?!\w)",
        _resolve_q_quarter,
    ),
    _rule(
        "relative-quarter",
        r"(?:(?i:the)\s+)?(?P<rel>(?i:latest|most\s+recent|recent|past|last|previous|prior|current|same|coming|next|this))(?:\s+(?i:fiscal))?\s+(?i:quarter)(?![\w-])",
        _resolve_relative_quarter,
    ),
    _rule(
        "half",
        rf"(?P<h>(?i:first|second|last|latter|final))[\s-]+(?i:half)\s+(?i:of)\s+(?:(?i:fiscal\s+)?(?P<ytail>{_YEAR})|(?P<relt>(?i:this|last|next|the))\s+(?i:fiscal\s+)?(?i:year))",
        _resolve_half,
        takes_the=True,
    ),
    _rule(
        "two-quarters",
        rf"(?P<h>(?i:first|last|final|second))\s+(?i:two)\s+(?i:quarters)\s+(?i:of)\s+(?:(?i:fiscal\s+)?(?P<ytail>{_YEAR})|(?P<relt>(?i:this|last|next|the))\s+(?i:year))",
        _resolve_half,
        takes_the=True,
    ),
    _rule(
        "relative-season",
        rf"(?P<rel>(?i:this\s+past|this\s+coming|this|last|next|the\s+coming|the\s+past|the\s+following|the\s+previous))\s+(?P<season>{_SEASON}){_END}",
        _resolve_season,
    ),
    _rule(
        "season-year",
        rf"(?P<season>{_SEASON})(?:\s+(?i:of))?\s+(?P<year>{_YEAR})",
        _resolve_season,
        takes_the=True,
    ),
    _rule(
        "season",
        r"(?<![\w-])(?i:in|during|by|until|through|over|since|for|this|of|from)\s+(?:(?i:the)\s+)?"
        rf"(?:(?i:early|late|mid)[\s-]+)?(?P<core>(?P<season>(?i:spring|summer|autumn|winter))){_END}",
        _resolve_season,
        takes_the=True,
    ),
    _rule(
        # "fall" is a season only where a verb or a drop cannot be meant
        "season-fall",
        r"(?<![\w-])(?i:in|during|by|until|through|since)\s+(?:(?i:the)\s+)?(?:(?i:early|late|mid)[\s-]+)?"
        r"(?P<core>(?P<season>(?i:fall)))(?![\w-])(?!\s+(?i:of|in|from|to|for|on|at)\b)",
        _resolve_season,
        takes_the=True,
    ),
    _rule(
        "weekday",
        rf"(?:(?P<rel>{_RELATIVE})\s+)?(?P<wd>{_WEEKDAY}){_TIME_OF_DAY}(?!\w)"
        rf"(?!(?:\s+(?i:and|or)\s+{_WEEKDAY})?\s+(?i:mornings|afternoons|evenings|nights)\b)",
        _resolve_weekday,
        check=_is_weekday_name,
    ),
    _rule(
        "day-word",
        rf"(?<![\w-])(?<!of\s)(?P<w>(?i:today|yesterday|tomorrow)){_TIME_OF_DAY}(?!\w)",
        _resolve_day_word,
    ),
    _rule(
        "two-days",
        r"(?i:the\s+day)\s+(?P<dir>(?i:before(?=\s+yesterday)|after(?=\s+tomorrow)))\s+(?i:yesterday|tomorrow)(?!\w)",
        _resolve_two_days,
    ),
    _rule(
        "relative-unit",
        # units in lower case: "This Week With ..." is a title; "the past week" is a duration
        r"(?<![\w-])(?P<rel>(?i:this\s+past|this\s+coming|this|last|next|the\s+coming|the\s+current"
        r"|the\s+present|the\s+(?:past|last)(?=\s+year\b)))"
        r"\s+(?P<unit>fiscal\s+year|year|month|week|weekend|decade|century)(?![\w-])",
        _resolve_relative_unit,
    ),
    _rule(
        "named-year",
        r"(?i:the)\s+(?P<rel>(?i:full|fiscal|calendar|current\s+fiscal|latest(?:\s+fiscal)?|most\s+recent(?:\s+fiscal)?))\s+(?i:year)(?![\w-])",
        _resolve_named_year,
    ),
    _rule(
        "the-quarter",
        r"(?i:the)\s+quarter(?![\w-])",
        _resolve_the_quarter,
    ),
    _rule(
        "vague-date",
        r"(?i:a|an|some)\s+(?P<w>(?i:later|future|earlier|previous|subsequent))\s+(?i:date|time)(?![\w-])",
        _resolve_vague_date,
    ),
    _rule(
        "the-weekend",
        r"(?i:the)\s+(?i:weekend)(?![\w-])",
        _resolve_the_weekend,
    ),
    _rule(
        "period-end",
        r"(?P<core>(?i:the\s+(?P<edge>end|close|beginning|start|middle)\s+of\s+the)\s+(?P<unit>(?i:year|month|week|decade|century|quarter)))(?![\w-])",
        _resolve_period_end,
    ),
    _rule(
        "year-end",
        r"(?<![\w-])(?i:year)(?:-|\s+|['’]s\s+)(?i:end)(?![\w-])",
        _resolve_year_end,
        takes_the=True,
    ),
    _rule(
        "ago",
        rf"(?<![\w-]){_QUALIFIER}(?:(?P<n>{_NUMBER})\s+)?(?P<unit>{_UNIT})(?P<orso>\s+(?i:or\s+so))?"
        r"\s+(?i:ago)(?!\w)",
        _resolve_ago,
    ),
    _rule(
        "earlier-later",
        rf"(?<![\w-]){_QUALIFIER}(?P<n>{_NUMBER})\s+(?P<unit>{_UNIT})(?P<orso>\s+(?i:or\s+so))?"
        r"\s+(?P<dir>(?i:earlier|later|previously|afterwards?|from\s+(?:now|today))"
        r"|(?i:before|after)(?=\s*(?:[,.;:!?)\"”’]|$)))",
        _resolve_earlier_later,
        compares=True,
    ),
    _rule(
        "year-ago",
        r"(?<![\w-])(?:(?i:the)\s+)?(?i:year)-(?i:earlier|ago)(?:\s+(?P<noun>(?i:period|quarter)))?(?![\w-])"
        r"|(?i:the)\s+(?i:year)\s+(?i:ago|earlier)\s+(?i:period|quarter)(?![\w-])"
        r"|(?i:the)\s+(?:(?i:same)\s+)?(?i:quarter|period|month)\s+(?i:a)\s+(?i:year)\s+(?i:ago|earlier)(?![\w-])",
        _resolve_year_ago,
        compares=True,
    ),
    _rule(
        "anaphoric",
        r"(?P<rel>(?i:the\s+following|the\s+next|the\s+previous|the\s+preceding|the\s+prior"
        r"|that\s+same|the\s+same|that(?!\s+(?i:morning|afternoon|evening|night)\b)))"
        r"\s+(?P<unit>(?i:day|morning|afternoon|evening|night|week|weekend|month|year))(?![\w-])",
        _resolve_anaphoric,
    ),
    _rule(
        "unit-before",
        r"(?i:the)\s+(?P<unit>(?i:day|week|month|year))\s+(?P<rel>(?i:earlier|later|(?:before|after)(?=\s*(?:[,.;:!?)\"”’]|$))))",
        _resolve_anaphoric,
    ),
    _rule(
        "present",
        rf"(?<![\w-])(?P<w>(?i:{_alternatives(lex.PRESENT_WORDS)}))(?![\w-])",
        _constant(PRESENT_REF),
    ),
    _rule(
        "current",
        r"(?<![\w-])(?P<w>(?i:current))(?![\w-])(?!\s+(?i:accounts?|affairs)\b)",
        _constant(PRESENT_REF),
        check=_is_time_adjective,
    ),
    _rule("then-current", r"(?i:then)[\s-]+(?i:current)(?![\w-])", _constant(PAST_REF)),
    _rule(
        "past",
        rf"(?<![\w-])(?:(?i:in)\s+)?(?P<core>(?P<w>(?i:{_alternatives(lex.PAST_WORDS)})))(?![\w-])",
        _constant(PAST_REF),
    ),
    _rule(
        "the-past",
        rf"(?<![\w-])(?i:the\s+past)(?!\s+(?:{_NUMBER}|(?i:{_UNIT}|weekend|summers?|winters?|springs?|falls?|autumns?))(?![\w-]))(?![\w-])",
        _constant(PAST_REF),
    ),
    _rule(
        "future",
        rf"(?<![\w-])(?P<w>(?i:{_alternatives(lex.FUTURE_WORDS)}))(?![\w-])",
        _constant(FUTURE_REF),
    ),
    _rule(
        "at-the-time",
        r"(?<![\w-])(?i:at)\s+(?P<core>(?i:the\s+time))(?![\w-])",
        _constant(PAST_REF),
    ),
    _rule(
        "holiday",
        rf"(?:(?P<rel>(?i:last|next|this))\s+)?(?P<hol>Christmas(?:\s+(?:Eve|Day))?|New\s+Year['’]s\s+(?:Eve|Day)|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday)?|Good\s+Friday|Independence\s+Day|Halloween|Valentine['’]s\s+Day|Labor\s+Day|Memorial\s+Day)(?P<week>\s+(?i:week))?(?:,?\s+(?P<year>{_YEAR}))?(?!\w)",
        _resolve_holiday,
        check=_is_holiday_date,
    ),
)


_MODIFIER = re.compile(
    rf"(?i)(?:(?<![\w-])(?P<the>the)\s+)?(?<![\w-])(?P<mod>{_alternatives(lex.MODIFIER_PREFIXES)})"
    r"(?:\s+the)?(?:\s*-\s*|\s+)$"
)
_BARE_THE = re.compile(r"(?i)(?<![\w-])the\s+$")
_PREPOSITION = re.compile(
    rf"(?i)(?<![\w-])(?P<prep>{_alternatives(lex.PREPOSITION_MODIFIERS)})\s+$"
)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")

# ---------------------------------------------------------------------------
# Candidates and the parse
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    rule: _Rule
    found: re.Match[str]
    mod: str | None


def _modifier(text: str, start: int, rule: _Rule) -> tuple[int, str | None]:
    """Where the phrase starts once its qualifying words are taken in, and their modifier."""
    before = text[max(0, start - 40) : start]
    found = _MODIFIER.search(before)
    if found is not None:
        word = re.sub(r"\s+", " ", found["mod"].lower())
        return start - (len(before) - found.start()), lex.MODIFIER_PREFIXES[word]
    if rule.takes_the:
        bare = _BARE_THE.search(before)
        if bare is not None:
            return start - (len(before) - bare.start()), None
    return start, None


def _candidates(text: str) -> list[_Candidate]:
    found_all: list[_Candidate] = []
    for rule in _RULES:
        for found in rule.pattern.finditer(text):
            start, end = found.span()
            if "core" in rule.pattern.groupindex:
                start, end = found.span("core")
            if start == end or _PARAGRAPH_BREAK.search(text, start, end):
                continue
            start, mod = _modifier(text, start, rule)
            if "edge" in rule.pattern.groupindex:
                # "the end of the month": the modifier is inside the phrase itself
                mod = lex.MODIFIER_PREFIXES[f"{found['edge'].lower()} of"]
            found_all.append(_Candidate(start, end, rule, found, mod))
    return found_all


def _choose(candidates: list[_Candidate]) -> list[_Candidate]:
    """The longest candidates that do not overlap, in text order."""
    order = {rule.name: i for i, rule in enumerate(_RULES)}
    ranked = sorted(candidates, key=lambda c: (-(c.end - c.start), c.start, order[c.rule.name]))
    taken: list[_Candidate] = []
    for candidate in ranked:
        if all(candidate.end <= t.start or candidate.start >= t.end for t in taken):
            taken.append(candidate)
    return sorted(taken, key=lambda c: c.start)


_SET_OR_TIME_BEFORE = re.compile(
    r"(?i)(?:(?<![\w-])(?:each|every)"
    r"|(?:\d(?:\s*[ap]\.?m\.?|:\d\d)(?:\s+(?-i:[A-Z]{2,4})\b)?,?|(?<![\w-])(?:noon|midnight))"
    r"(?:\s+on)?)\s+$"
)
"""Words before a date that make it a set ("every Monday") or a time ("5 p.m. Nov. 9")."""
_NAME_LIKE = frozenset({"WORK_OF_ART", "ORG", "PRODUCT", "FAC", "LAW", "PERSON"})


def _inside_name(span: SpacySpan) -> bool:
    """Whether the words are part of a longer name: "This Week With David Brinkley"."""
    for token in span:
        if token.ent_type_ not in _NAME_LIKE:
            continue
        entity = entity_of(token)
        if entity is not None and (entity.start < span.start or entity.end > span.end):
            return True
    return False


def _passes(doc: Doc, text: str, candidate: _Candidate) -> bool:
    """Whether the parse agrees that the words are a date and not a look-alike."""
    before = text[max(0, candidate.start - 30) : candidate.start]
    if _SET_OR_TIME_BEFORE.search(before):
        return False
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    if span is not None and _inside_name(span):
        return False
    check = candidate.rule.check
    return check is None or check(doc, candidate.found)


# ---------------------------------------------------------------------------
# Tense and event
# ---------------------------------------------------------------------------


_LINKS = frozenset({"prep", "agent", "conj", "appos", "pobj", "dobj", "attr"})
"""Dependencies through which a date still belongs to the verb itself: "met on Friday"."""


def _clause(doc: Doc, start: int, end: int) -> tuple[Token | None, Token | None, bool]:
    """The head of the clause a date phrase belongs to, the verb that gives its tense, and
    whether the date hangs from them directly (through a preposition at most) rather than
    from a noun on the way ("payable Dec. 7")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None, None, False
    token = span.root
    direct = True
    for _ in range(12):
        inside = span.start <= token.i < span.end
        if token.pos_ in ("VERB", "AUX") and not inside:
            return token, token, direct
        if token.head.i == token.i:
            # A sentence the parser rooted on a noun ("a coalition invaded ..." read as a
            # noun with a participle): the noun's own verb still tells the event.
            verb = next((c for c in token.children if c.pos_ == "VERB" and c.dep_ == "acl"), None)
            if verb is None or inside:
                return None, None, False
            return token, verb, direct
        if token.i != span.root.i and token.dep_ not in _LINKS:
            direct = False
        token = token.head
    return None, None, False


def _tense(verb: Token | None) -> str | None:
    """past, future or present, for the verb a date belongs to."""
    if verb is None:
        return None
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {h.lower_ for h in helpers}
    if words & lex.FUTURE_AUXILIARIES:
        return "future"
    tags = {h.tag_ for h in helpers}
    head = verb.head
    if verb.dep_ in ("xcomp", "ccomp") and head.lemma_ in lex.FUTURE_GOVERNORS and head.i != verb.i:
        if head.lemma_ != "go" or head.tag_ == "VBG":
            return "future"
    passive = any(h.dep_ == "auxpass" for h in helpers) or (verb.tag_ == "VBN" and not helpers)
    if verb.lemma_ in lex.SCHEDULING_VERBS or (passive and verb.lemma_ in lex.EXPECTING_VERBS):
        return "future"
    if "VBD" in tags or verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBN" and (not helpers or words & {"has", "have", "had", "'s", "'ve", "'d"}):
        return "past"
    if "would" in words:
        return "future"
    if verb.tag_ in ("VBZ", "VBP") or tags & {"VBZ", "VBP"}:
        return "present"
    if verb.tag_ == "VB" and words & {"did"}:
        return "past"
    return None


_OUTSIDE_CLAUSE = frozenset(
    {"ccomp", "advcl", "conj", "parataxis", "cc", "mark", "punct", "relcl", "csubj", "preconj"}
)
"""Children of the clause's head that are not part of its event: other clauses, linking words."""
_OTHER_CLAUSES = frozenset({"conj", "advcl", "parataxis"})
"""Verbs anywhere under the head that start an event of their own ("..., justifying the war")."""


def _event(doc: Doc, head: Token | None, start: int, end: int) -> Span | None:
    """The clause the date belongs to, without the date phrase: what happened then."""
    if head is None:
        return None
    date = doc.char_span(start, end, alignment_mode="expand")
    if date is None:
        return None
    while head.dep_ == "xcomp" and head.head.i != head.i:
        head = head.head  # "is expected to close", not "to close"
    left_out: set[int] = set(range(date.start, date.end))
    attachment = date.root
    while attachment.head.i != attachment.i and attachment.head.i != head.i:
        if attachment.head.dep_ in ("prep", "agent") or attachment.head.i in left_out:
            attachment = attachment.head
            continue
        break
    if attachment.dep_ in ("prep", "npadvmod", "tmod", "pobj", "advmod", "nummod", "compound"):
        left_out.update(t.i for t in attachment.subtree)
    for token in head.subtree:
        own_clause = token.dep_ in _OTHER_CLAUSES and token.pos_ in ("VERB", "AUX")
        if own_clause or (token.head.i == head.i and token.dep_ in _OUTSIDE_CLAUSE):
            left_out.update(t.i for t in token.subtree if t.i != head.i)
    kept = [t for t in head.subtree if t.i not in left_out]
    before = [t for t in kept if t.i < date.start]
    after = [t for t in kept if t.i >= date.end]
    if head.i < date.start and before:
        kept = before  # "invaded Iraq in March 2003 after ..." ends at the date
    elif not before:
        kept = after
    return _trimmed_span(doc, kept)


def _trimmed_span(doc: Doc, tokens: list[Token]) -> Span | None:
    """The text from the first to the last token, without linking words left at the edges."""
    while tokens and (tokens[0].is_punct or tokens[0].is_space or tokens[0].dep_ == "cc"):
        tokens = tokens[1:]
    while tokens and (
        tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].pos_ in ("ADP", "CCONJ", "DET")
    ):
        tokens = tokens[:-1]
    if not tokens:
        return None
    first, last = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return Span(first, last, doc[tokens[0].i : tokens[-1].i + 1].text)


# ---------------------------------------------------------------------------
# Public entry point
# ---------------------------------------------------------------------------


def _sentence(doc: Doc, start: int) -> tuple[Span, int]:
    """The sentence holding the character at `start`, and where the sentence before begins."""
    token = _token_at(doc, start)
    if token is None:
        return Span(0, len(text_of(doc)), text_of(doc)), -1
    sentence = token.sent
    previous = doc[sentence.start - 1].sent.start_char if sentence.start > 0 else -1
    return Span(sentence.start_char, sentence.end_char, sentence.text), previous


def _outer_modifier(text: str, candidate: _Candidate) -> str | None:
    """A modifier given by the phrase itself or by the preposition before it ("since 2014")."""
    groups = candidate.found.groupdict()
    if groups.get("orso"):
        return "APPROX"
    if groups.get("qual"):
        return lex.QUANTITY_QUALIFIERS[re.sub(r"\s+", " ", groups["qual"].lower())]
    if candidate.mod is not None:
        return candidate.mod
    if text.startswith(("'s", "’s"), candidate.end):
        return None
    found = _PREPOSITION.search(text, max(0, candidate.start - 20), candidate.start)
    if found is None or found.end() != candidate.start:
        return None
    return lex.PREPOSITION_MODIFIERS[re.sub(r"\s+", " ", found["prep"].lower())]


def find_dates(doc: Doc, published: str | None) -> tuple[DateMention, ...]:
    """Every date expression in `doc` with its TimeML-style value, modifier, sentence and event.

    `published` (ISO `YYYY-MM-DD`) anchors relative expressions; without it they get only
    what can be known (PAST_REF for "last year", None for "Friday").
    """
    text: str = text_of(doc)
    anchor = _parse_anchor(published)
    chosen = _choose([c for c in _candidates(text) if _passes(doc, text, c)])
    mentions: list[DateMention] = []
    reference: _When | None = None
    reference_sentence = -1
    for candidate in chosen:
        sentence, previous = _sentence(doc, candidate.start)
        head, verb, direct = _clause(doc, candidate.start, candidate.end)
        tense = _tense(verb) if direct else None
        nearby = reference_sentence in (sentence.start, previous)
        env = _Env(anchor, tense, reference, nearby)
        try:
            resolved = candidate.rule.resolve(candidate.found, env)
        except (ValueError, OverflowError, KeyError):
            # Calendar arithmetic at the edges of what `datetime` holds ("9999 years ago"):
            # the phrase is still a date, only its value cannot be known.
            resolved = None
        value = resolved.value if isinstance(resolved, _When) else resolved
        if isinstance(resolved, _When) and value is not None and not candidate.rule.compares:
            if resolved.grain not in ("decade", "century"):
                reference, reference_sentence = resolved, sentence.start
        span = Span(candidate.start, candidate.end, text[candidate.start : candidate.end])
        mentions.append(
            DateMention(
                span=span,
                value=value,
                sentence=sentence,
                mod=_outer_modifier(text, candidate),
                event=_event(doc, head, candidate.start, candidate.end),
            )
        )
    return tuple(mentions)
