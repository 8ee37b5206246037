"""Wrong options of the answer's own kind: from the article first, then built-in lists.

A distractor is never the answer under another name (US for the United States, BA for
British Airways), never a name the prompt itself shows, and is written the way the answer
is: a year for a year, "£60m" for "£75m", a country for a country.
"""

from __future__ import annotations

import random
import re

from studyguide.generation.context import Context, place_kind
from studyguide.generation.wording import contains
from studyguide.generation.writing_words import (
    AFTER_NAME,
    CITIES,
    COUNTRIES,
    NATIONALITIES,
    REGIONS,
    TITLES,
)
from studyguide.model import Entity, EntityKind

_BUILT_IN = {EntityKind.NATIONALITY: NATIONALITIES}
"""Built-in names a question may offer beside the article's own. Not organisations: a
stranger ("the World Bank" beside a city council) is wrong at a glance."""


_NOT_A_FIRST_NAME = frozenset(
    "North South East West Northern Southern Eastern Western Central Greater Upper Lower".split()
)


def person_like(name: str) -> bool:
    """Whether a name the recogniser gives as a person's reads as one: a first name and a
    surname ("Peter Costello"), not "Treasurer Peter Costello", a one-word name (as often a
    firm), a place ("North Devon") or a work ("Mike Nichols' Closer")."""
    words = name.split()
    return (
        len(words) > 1
        and words[0] not in TITLES
        and words[0] not in _NOT_A_FIRST_NAME
        and re.search(r"\w['’]s?\s", name) is None
        and words[-1][:1].isupper()
        and re.search(r"\s[-–]\s", name) is None  # "Mark Lewis-Francis - runner"
    )


def entity_distractors(
    ctx: Context,
    answer: str,
    kind: EntityKind,
    rng: random.Random,
    avoid: str = "",
    count: int = 3,
    built_in: bool = True,
) -> list[str]:
    """Names of the answer's kind, never the answer or one of its aliases, none shown in `avoid`.

    Without `built_in`, only the article's own names: a false statement that brings in a
    stranger ("the Red Cross") is false at a glance.
    """
    if kind is EntityKind.NATIONALITY and answer not in NATIONALITIES:
        return []  # "Christianity", "Democrats": the recogniser's nationalities are not all one
    subtype = place_kind(answer) if kind is EntityKind.PLACE else ""
    from_article = [
        ctx.display(e.name) if kind is not EntityKind.PERSON else e.name
        for e in ctx.entities(kind)
        if e.name[:1].isupper()
        # Nationalities as the word lists write them: not "Indians", not "communist".
        and (kind is not EntityKind.NATIONALITY or e.name in NATIONALITIES)
        and (kind is not EntityKind.ORGANIZATION or named_organization(e))
        and (
            kind is not EntityKind.PERSON
            or person_like(e.name)
            and not ctx.placed(e.name)
            and not _describes(ctx, e)
        )
        if not subtype or place_kind(e.name) == subtype or subtype == "place"
    ]
    # A stranger among the article's people ("Vladimir Putin" beside a housing analyst) is
    # wrong at a glance: people and organisations come from the article alone.
    if not built_in or kind is EntityKind.PERSON:
        names: list[str] = []
    elif kind is EntityKind.PLACE:
        names = list(CITIES if subtype == "city" else COUNTRIES if subtype == "country" else ())
        near = region_of(answer) or {r for e in ctx.entities(kind) for r in region_of(e.name)}
        names = [n for n in names if region_of(n) & near] if near else names
    else:
        names = list(_BUILT_IN.get(kind, ()))
    rng.shuffle(names)
    # Of the built-in names, those nearest the answer's length first, so length is no tell.
    names.sort(key=lambda name: abs(len(name) - len(answer)) // 6)
    people = [] if kind is EntityKind.PERSON else _people_words(ctx)
    out: list[str] = []
    for name in from_article + names:
        if any(ctx.alike(name, taken) or _within(name, taken) for taken in [answer, *out]):
            continue
        if kind is EntityKind.PERSON and any(one_person(ctx, name, t) for t in [answer, *out]):
            continue  # "Baroness Greenfield" beside "Susan Greenfield"
        # A person the recogniser took for an organisation or a place ("Victor Conte").
        if any(person <= _words(name) for person in people):
            continue
        if avoid and any(contains(avoid, form) for form in ctx.forms(name)):
            continue
        out.append(name)
        if len(out) == count:
            break
    return out


def one_person(ctx: Context, name: str, other: str) -> bool:
    """Whether two names may be one person's: the same name, or the same surname where one
    of them gives only a title before it, or a first word that is the other's title
    ("Baroness Greenfield" beside "Susan Greenfield", whom the article calls "Baroness
    Susan Greenfield"). "Michael Howard" and "John Howard" are two people."""
    if name == other:
        return True
    first, second = name.split(), other.split()
    if first[-1] != second[-1]:
        return False
    if len(first) < 2 or len(second) < 2 or first[0] in TITLES or second[0] in TITLES:
        return True
    roles = {
        word
        for n in (name, other)
        if (entity := ctx.entity_named(n)) is not None and entity.role
        for word in entity.role.split()
    }
    return first[0] in roles or second[0] in roles


def _describes(ctx: Context, entity: Entity) -> bool:
    """Whether the name only ever stands before a noun ("One Sri Lankan blogger", "the Lib
    Dem plans"): a word of description the recogniser took for someone."""
    text = ctx.article.text
    following = [re.match(r"\s+([a-z]+)\b", text[m.end : m.end + 30]) for m in entity.mentions]
    return bool(following) and all(
        word is not None and word.group(1) not in AFTER_NAME and not word.group(1).endswith("ed")
        for word in following
    )


_REGION_OF: dict[str, set[str]] = {}
for _region, _places in REGIONS.items():
    for _place in _places.split():
        _REGION_OF.setdefault(_place.replace("_", " ").lower(), set()).add(_region)


def region_of(place: str) -> set[str]:
    """The regions a built-in place lies in; empty when it is not one of them."""
    return _REGION_OF.get(place.lower(), set()) | _REGION_OF.get(f"the {place.lower()}", set())


def named_organization(entity: Entity) -> bool:
    """An organisation the recogniser is sure of: a name of several words ("World Bank"),
    an abbreviation ("NATO"), or one it names more than once; not a lone capitalised word
    it met once ("Cicero", "Bishop")."""
    name = entity.name
    return " " in name or (name.isupper() and len(name) > 1) or len(entity.mentions) > 1


def _words(name: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[\w'&]+", name.lower()) if w != "the")


def _within(first: str, second: str) -> bool:
    """Whether every word of one name is in the other: "Victor Conte" in "Balco boss Victor
    Conte", "Interactive Bafta" in "the Bafta Interactive Awards" - one thing twice."""
    a, b = _words(first), _words(second)
    return bool(a and b) and (a <= b or b <= a)


def _people_words(ctx: Context) -> list[frozenset[str]]:
    """The words of every name and alias of the article's people."""
    return [
        words
        for person in ctx.entities(EntityKind.PERSON)
        for form in (person.name, *person.aliases)
        if (words := _words(form))
    ]
