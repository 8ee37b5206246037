"""The grammar of English date phrases: the rules that find them, each with its resolver,
and the checks against the parse that rule out look-alikes ("May" the verb, "2000 troops")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from studyguide.analysis.dates.calendar import FUTURE_REF, PAST_REF, PRESENT_REF
from studyguide.analysis.dates.grammar import DateGrammar, _Rule, _rule, _token_at
from studyguide.analysis.lang.en.dates import vocabulary as lex
from studyguide.analysis.lang.en.dates.pieces import (
    _DAY,
    _END,
    _MONTH,
    _MONTH_FULL,
    _NUMBER,
    _QUALIFIER,
    _QUARTER_ORDINAL,
    _SEASON,
    _TIME_OF_DAY,
    _UNIT,
    _WEEKDAY,
    _YEAR,
    _alternatives,
)
from studyguide.analysis.lang.en.dates.resolvers import (
    _constant,
    _resolve_ago,
    _resolve_anaphoric,
    _resolve_calendar_date,
    _resolve_century,
    _resolve_day_word,
    _resolve_decade,
    _resolve_earlier_later,
    _resolve_half,
    _resolve_holiday,
    _resolve_month,
    _resolve_month_relative_year,
    _resolve_month_year,
    _resolve_named_year,
    _resolve_numeric_date,
    _resolve_period_end,
    _resolve_q_quarter,
    _resolve_quarter,
    _resolve_relative_quarter,
    _resolve_relative_unit,
    _resolve_season,
    _resolve_spelled_year,
    _resolve_the_quarter,
    _resolve_the_weekend,
    _resolve_two_days,
    _resolve_vague_date,
    _resolve_week_number,
    _resolve_week_of,
    _resolve_weekday,
    _resolve_year,
    _resolve_year_ago,
    _resolve_year_end,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

# ---------------------------------------------------------------------------
# Checks against the parse
# ---------------------------------------------------------------------------

_NAME_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "FAC", "PRODUCT", "WORK_OF_ART", "LOC", "NORP"})
_NUMBER_ENTITIES = frozenset({"MONEY", "PERCENT", "QUANTITY"})
_CURRENCY = frozenset({"$", "£", "€", "¥", "US$", "C$", "A$", "#", "No.", "no."})
_TIME_NOUNS = frozenset(
    {"period", "season", "holiday", "holidays", "break", "week", "weekend", "day", "eve", "time"}
)


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


GRAMMAR = DateGrammar(
    rules=_RULES,
    modifier=re.compile(
        rf"(?i)(?:(?<![\w-])(?P<the>the)\s+)?(?<![\w-])(?P<mod>{_alternatives(lex.MODIFIER_PREFIXES)})"
        r"(?:\s+the)?(?:\s*-\s*|\s+)$"
    ),
    modifiers=lex.MODIFIER_PREFIXES,
    bare_the=re.compile(r"(?i)(?<![\w-])the\s+$"),
    preposition=re.compile(
        rf"(?i)(?<![\w-])(?P<prep>{_alternatives(lex.PREPOSITION_MODIFIERS)})\s+$"
    ),
    preposition_modifiers=lex.PREPOSITION_MODIFIERS,
    quantity_modifiers=lex.QUANTITY_QUALIFIERS,
    not_a_date_before=re.compile(
        r"(?i)(?:(?<![\w-])(?:each|every)"
        r"|(?:\d(?:\s*[ap]\.?m\.?|:\d\d)(?:\s+(?-i:[A-Z]{2,4})\b)?,?|(?<![\w-])(?:noon|midnight))"
        r"(?:\s+on)?"
        # A number that names one of a series: "UN resolution 1441", "Flight 1549", "No 2004".
        r"|(?<![\w-])(?:resolutions?|no\.?|number|flight|room|page|pages|section|article|chapter"
        r"|clause|paragraph|route|platform|gate|junction|exit|highway|interstate|amendment"
        r"|decree|item|model|version|catalogue))\s+$"
    ),
    future_auxiliaries=lex.FUTURE_AUXILIARIES,
    future_governors=lex.FUTURE_GOVERNORS,
    scheduling_verbs=lex.SCHEDULING_VERBS,
    expecting_verbs=lex.EXPECTING_VERBS,
)
