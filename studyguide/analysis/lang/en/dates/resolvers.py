"""From a matched phrase to its value: one resolver per family of phrases, anchored to
the publication date as a newsroom writes them."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from studyguide.analysis.dates.calendar import (
    FUTURE_REF,
    PAST_REF,
    PRESENT_REF,
    _add_months,
    _day,
    _Env,
    _quarter_of,
    _Resolution,
    _shift,
    _week,
    _When,
)
from studyguide.analysis.lang.en.dates import vocabulary as lex
from studyguide.analysis.lang.en.dates.pieces import _month, _number, _unit

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
