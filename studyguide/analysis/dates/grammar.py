"""What a language's date grammar is made of: rules that find date phrases, each with the
resolver that gives the phrase its value, and the words around a phrase that qualify it or
tell the tense of its verb. The English grammar is in `studyguide.analysis.lang.en.dates`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from studyguide.analysis.dates.calendar import _Env, _Resolution

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

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


@dataclass(frozen=True, eq=False)
class DateGrammar:
    """One language's grammar of date phrases."""

    rules: tuple[_Rule, ...]
    """Every rule; where two phrases found overlap, the longer wins, then the earlier rule."""
    modifier: re.Pattern[str]
    """Words just before a phrase that belong to it and qualify it ("early", "the end of"),
    as the group `mod`; they end where the phrase starts."""
    modifiers: dict[str, str]
    """TimeML's modifier for each of those words (and for a rule's own `edge` group + " of")."""
    bare_the: re.Pattern[str]
    """A bare "the" just before a phrase, taken in by rules that take one."""
    preposition: re.Pattern[str]
    """A preposition just before a phrase whose meaning the value keeps ("since 2014"), as
    the group `prep`."""
    preposition_modifiers: dict[str, str]
    """TimeML's modifier for each of those prepositions."""
    quantity_modifiers: dict[str, str]
    """TimeML's modifier for a rule's `qual` group: how sure "nearly two weeks ago" is."""
    not_a_date_before: re.Pattern[str]
    """Words before a phrase that make it a set ("every Monday") or a time ("5 p.m. Nov. 9")."""
    future_auxiliaries: frozenset[str]
    """Helping verbs that put their verb in the future ("will")."""
    future_governors: frozenset[str]
    """Verbs whose complement is still to come: "is expected to vote Friday"."""
    scheduling_verbs: frozenset[str]
    """Verbs that put the date they take in the future: "planned for early March"."""
    expecting_verbs: frozenset[str]
    """Verbs that look ahead in the passive: "the verdict is expected Friday"."""


def _token_at(doc: Doc, offset: int) -> Token | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span[0]
