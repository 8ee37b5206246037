"""The pieces the date grammar is written with: month and weekday names, days, years,
numbers in words and figures, units of time."""

from __future__ import annotations

import re
from collections.abc import Iterable

from studyguide.analysis.lang.en.dates import vocabulary as lex

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
