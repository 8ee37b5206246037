"""Calendar values as TimeML writes them (a day, a week, a quarter, a season, a
year, a decade) and the publication date relative expressions are anchored to."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

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
