"""The words English date phrases are made of, for the grammar and its resolvers."""

from __future__ import annotations

MONTH_NAMES: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sept": 9,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
MONTHS: dict[str, int] = {**MONTH_NAMES, **MONTH_ABBREVIATIONS}

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}

ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "twenty-second": 22,
}

NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "a couple of": 2,
    "a couple": 2,
}

VAGUE_QUANTITIES: frozenset[str] = frozenset(
    {"a few", "few", "several", "many", "some", "a number of", "countless", "numerous"}
)
"""How many, when a text will not say: "several years ago" is only known to be past."""

DECADE_WORDS: dict[str, int] = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}

PRESENT_WORDS: tuple[str, ...] = (
    "right now",
    "just now",
    "now",
    "currently",
    "nowadays",
    "these days",
    "at present",
    "at the moment",
    "presently",
)
PAST_WORDS: tuple[str, ...] = (
    "recently",
    "lately",
    "recent years",
    "recent decades",
    "the other day",
)
FUTURE_WORDS: tuple[str, ...] = ("the near future", "the future")

MODIFIER_PREFIXES: dict[str, str] = {
    "early": "START",
    "earlier": "START",
    "beginning of": "START",
    "start of": "START",
    "late": "END",
    "later": "END",
    "end of": "END",
    "close of": "END",
    "mid": "MID",
    "middle of": "MID",
    "around": "APPROX",
    "approximately": "APPROX",
    "roughly": "APPROX",
    "circa": "APPROX",
    "post": "AFTER",
    "pre": "BEFORE",
}
"""Words that belong to a date phrase and qualify it: "early 2015", "the end of 1994"."""

PREPOSITION_MODIFIERS: dict[str, str] = {
    "since": "AFTER",
    "after": "AFTER",
    "before": "BEFORE",
    "prior to": "BEFORE",
}
"""Prepositions left outside the phrase whose meaning the value keeps: "since 2014"."""

QUANTITY_QUALIFIERS: dict[str, str] = {
    "about": "APPROX",
    "around": "APPROX",
    "some": "APPROX",
    "roughly": "APPROX",
    "approximately": "APPROX",
    "nearly": "EQUAL_OR_LESS",
    "almost": "EQUAL_OR_LESS",
    "less than": "LESS_THAN",
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
}
"""How sure "nearly two weeks ago" is: TimeML's modifiers for an approximate amount."""

FUTURE_AUXILIARIES: frozenset[str] = frozenset({"will", "'ll", "ll", "shall", "wo"})
FUTURE_GOVERNORS: frozenset[str] = frozenset(
    {
        "go",
        "plan",
        "expect",
        "schedule",
        "set",
        "due",
        "intend",
        "aim",
        "hope",
        "prepare",
        "propose",
        "slate",
        "promise",
        "vow",
        "pledge",
        "threaten",
        "want",
        "seek",
        "agree",
        "decide",
    }
)
"""Verbs whose complement is still to come: "is expected to vote Friday"."""

SCHEDULING_VERBS: frozenset[str] = frozenset(
    {"schedule", "reschedule", "plan", "slate", "postpone", "delay", "defer", "adjourn"}
)
"""Verbs that put the date they take in the future: "planned for early March"."""
EXPECTING_VERBS: frozenset[str] = frozenset({"expect", "set", "due", "forecast", "predict"})
"""Verbs that look ahead in the passive: "the verdict is expected Friday"."""
