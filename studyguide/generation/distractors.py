"""Wrong options of the answer's own kind: from the article first, then built-in lists.

A distractor is never the answer under another name (US for the United States, BA for
British Airways), never a name the prompt itself shows, and is written the way the answer
is: a year for a year, "£60m" for "£75m", a country for a country.
"""

from __future__ import annotations

import random
import re

from studyguide.generation.context import Context, place_kind
from studyguide.generation.lexicon import (
    CITIES,
    COUNTRIES,
    NATIONALITIES,
    REGIONS,
    TITLES,
)
from studyguide.generation.text import contains
from studyguide.model import Entity, EntityKind

_BUILT_IN = {EntityKind.NATIONALITY: NATIONALITIES}
"""Built-in names a question may offer beside the article's own. Not organisations: a
stranger ("the World Bank" beside a city council) is wrong at a glance."""

NUMBER = re.compile(
    r"(?<![\w$£€.,])(?P<pre>(?:(?:A|C|HK|NZ|US)?\$|[£€])?)(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?P<post>%|bn|m|\s?(?:billion|million|pence|per cent|percent))?(?![\w.,]?\d)"
)
"""A figure as news prints it: 40%, £75m, $1.97bn, 13,000, 274.5 pence."""


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
        # Nationalities as the lexicon writes them: not "Indians", not "communist".
        and (kind is not EntityKind.NATIONALITY or e.name in NATIONALITIES)
        and (kind is not EntityKind.ORGANIZATION or named_organization(e))
        # People by name alone ("Peter Costello", not "Treasurer Peter Costello"), and with
        # a first name and a surname: a one-word "person" is often a firm or a place.
        and (
            kind is not EntityKind.PERSON
            or (len(e.name.split()) > 1 and e.name.split()[0] not in TITLES)
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
        # A person the recogniser took for an organisation or a place ("Victor Conte").
        if any(person <= _words(name) for person in people):
            continue
        if avoid and any(contains(avoid, form) for form in ctx.forms(name)):
            continue
        out.append(name)
        if len(out) == count:
            break
    return out


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


def number_distractors(
    answer: str, ctx: Context, rng: random.Random, avoid: str = "", count: int = 3
) -> list[str]:
    """Figures in the answer's format: the article's own of the same unit, then near values."""
    found = NUMBER.fullmatch(answer)
    if found is None:
        return []
    pre, post = found.group("pre"), found.group("post") or ""
    value = float(found.group("num").replace(",", ""))
    decimals = _decimals(found.group("num"))
    same_unit = []
    for match in NUMBER.finditer(ctx.article.text):
        other = float(match.group("num").replace(",", ""))
        if (
            (match.group("pre"), match.group("post") or "") == (pre, post)
            and match.group(0) != answer
            and _decimals(match.group("num")) == decimals
            # Of the same order as the answer: 10% beside 0.6% would give the answer away.
            and value / 3 <= other <= value * 3
        ):
            same_unit.append(match.group(0))
    same_unit = sorted(set(same_unit))
    rng.shuffle(same_unit)
    if value < 20:
        # Small figures move by steps of their own precision: 4.75% -> 4.50%, 5.25%.
        step = (10.0**-decimals) * _STEP_SCALE[min(decimals, 3)] if decimals else 1.0
        near = [value + k * step for k in (-3, -2, -1, 1, 2, 3, 4) if value + k * step > 0]
    else:
        # Close to the answer, as a reader might misremember it: 578m -> 460m, 640m.
        near = [value * f for f in (0.7, 0.8, 0.9, 1.1, 1.2, 1.3, 1.5)]
    rng.shuffle(near)
    scaled = [_formatted(v, found.group("num"), pre, post) for v in near]
    out: list[str] = []
    for candidate in same_unit[:2] + scaled:
        if candidate != answer and candidate not in out and not contains(avoid, candidate):
            out.append(candidate)
        if len(out) == count:
            break
    return out


_STEP_SCALE = {0: 1, 1: 1, 2: 25, 3: 250}
"""Two decimals move in quarters (4.75, 5.00), as rates do; one decimal in tenths."""


def _decimals(number: str) -> int:
    return len(number.split(".")[1]) if "." in number else 0


def _formatted(value: float, like: str, pre: str, post: str) -> str:
    """`value` written as `like` is: the same decimals, the same thousands separator."""
    decimals = len(like.split(".")[1]) if "." in like else 0
    if decimals == 0:
        number = round(value)
        if number == 0:
            number = 1
        if float(like.replace(",", "")) >= 20:
            # Round figures look like figures: 13,000 -> 6,500, not 6,521.
            step = 10 ** max(0, len(str(number)) - 2)
            number = max(step, round(number / step) * step)
        text = f"{number:,}" if "," in like else str(number)
    else:
        text = f"{value:.{decimals}f}"
    return f"{pre}{text}{post}"
