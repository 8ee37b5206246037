"""Time as the quiz tells it: now, and waits in words a student reads at a glance."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

Clock = Callable[[], datetime]
"""Gives the current time, timezone-aware; passed in so tests can set the time."""


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def wait_in_words(wait: timedelta) -> str:
    """How long until something, the way people say it: "in 1 min", "in 10 min", "in 5 h",
    "in 3 days"; "now" for a wait that is over. Minutes are rounded up, so that a wait of
    seconds is not "in 0 min"; hours and days to the nearest."""
    seconds = wait.total_seconds()
    if seconds <= 0:
        return "now"
    minutes = math.ceil(seconds / 60)
    if minutes < 60:
        return f"in {minutes} min"
    hours = round(minutes / 60)
    if hours < 48:
        return f"in {hours} h"
    return f"in {round(hours / 24)} days"


def seconds_in_words(seconds: float) -> str:
    """A time taken or allowed: "4.2 s" under ten seconds, "42 s" above."""
    return f"{seconds:.1f} s" if seconds < 10 else f"{seconds:.0f} s"
