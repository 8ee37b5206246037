"""`studyguide analyze`: show what the analysis finds in an article."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from enum import Enum
from typing import Annotated

import typer

from studyguide.cli.app import app, json_text, say
from studyguide.cli.options import ArticleArg, Model, Published, check_published
from studyguide.model import (
    Analysis,
    Article,
    DateMention,
    Entity,
    EntityKind,
    QuoteKind,
    quotations,
)

WIDTH = 80
"""The report fits a standard terminal and a printed page."""


class Format(str, Enum):
    TEXT = "text"
    JSON = "json"
    YAML = "yaml"


@app.command()
def analyze(
    article: ArticleArg,
    published: Published = None,
    model: Model = None,
    output_format: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            case_sensitive=False,
            help="text for people; json or yaml (the same data) for scripts.",
        ),
    ] = Format.TEXT,
) -> None:
    """Show who's who, who said what, and when things happened in ARTICLE.

    Example:  studyguide analyze article.html --format json > facts.json
    """
    from studyguide.pipeline import analyze_file

    parsed, analysis = analyze_file(article, check_published(published), model)
    if output_format is Format.JSON:
        say(json_text(analysis.to_dict()))
    elif output_format is Format.YAML:
        from studyguide.bank import dump_plain

        say(dump_plain(analysis.to_dict()), nl=False)
    else:
        say(report(parsed, analysis))


_MODIFIERS = {
    "START": "early {}",
    "MID": "mid {}",
    "END": "late {}",
    "AFTER": "from {} on",
    "BEFORE": "before {}",
    "APPROX": "about {}",
}
"""How a TimeML modifier reads next to its value in the timeline."""

_REFERENCES = {"PAST_REF": "the past", "PRESENT_REF": "now", "FUTURE_REF": "the future"}

_NAME_KINDS = (
    (EntityKind.PLACE, "Places"),
    (EntityKind.NATIONALITY, "Nationalities"),
    (EntityKind.EVENT, "Events"),
    (EntityKind.NUMBER, "Numbers"),
    (EntityKind.OTHER, "Other names"),
)

UNCLEAR = "Speaker unclear"


def report(article: Article, analysis: Analysis) -> str:
    """The analysis as a plain-text report, section by section, at most 80 columns wide.

    The report is plain text: nothing in it is read as markup, so an article's own
    brackets and symbols are shown as they are.
    """
    lines = _header(article)
    lines += _section("Who's who", _whos_who(analysis))
    lines += _section("Who said what", _who_said_what(analysis))
    lines += _section("Timeline", _timeline(analysis.dates))
    lines += _section("Names", _names(analysis.entities))
    return "\n".join(lines)


def _header(article: Article) -> list[str]:
    title = textwrap.wrap(_flat(article.title), WIDTH) or [article.id]
    lines = [*title, "=" * max(len(line) for line in title)]
    facts = (
        ("Source", article.source),
        ("By", article.byline),
        ("Place", article.place),
        ("Published", article.published),
    )
    lines += [
        _wrap(f"{label}: {_flat(value)}", "", " " * (len(label) + 2))
        for label, value in facts
        if value
    ]
    return lines


def _section(heading: str, body: list[str]) -> list[str]:
    return ["", heading, "-" * len(heading), *body]


def _whos_who(analysis: Analysis) -> list[str]:
    people = analysis.people()
    organizations = [e for e in analysis.entities if e.kind is EntityKind.ORGANIZATION]
    if not people and not organizations:
        return ["  (no people or organisations named)"]
    lines = []
    for label, group in (("People", people), ("Organisations", organizations)):
        if group:
            lines.append(f"  {label}")
            lines += [_wrap(_describe(entity), "    ", "      ") for entity in group]
    return lines


def _describe(entity: Entity) -> str:
    text = entity.name
    if entity.role:
        text += f", {entity.role}"
    if entity.aliases:
        text += f" (also {', '.join(entity.aliases)})"
    return _flat(text)


def _who_said_what(analysis: Analysis) -> list[str]:
    """Each speaker's quotes and claims, in the order the article gives them."""
    canonical = _canonical_names(analysis.entities)
    said: dict[str, list[tuple[int, str]]] = {}
    for parts in quotations(analysis.quotes):
        first = parts[0]
        words = " … ".join(_flat(part.content.text).rstrip(",") for part in parts)
        if first.kind is QuoteKind.DIRECT:
            item = f"Quote: “{words}”"
        else:
            item = f"Partly quoted: {words}"
        speaker = canonical.get(first.speaker or "", first.speaker or UNCLEAR)
        said.setdefault(speaker, []).append((first.content.start, item))
    for claim in analysis.claims:
        item = f"Claim ({claim.cue}): {_flat(claim.content.text)}"
        speaker = canonical.get(claim.speaker or "", claim.speaker or UNCLEAR)
        said.setdefault(speaker, []).append((claim.content.start, item))
    if not said:
        return ["  (no quotes or claims found)"]
    roles = {person.name: person.role for person in analysis.people()}
    lines = []
    for speaker in sorted(said, key=lambda name: name == UNCLEAR):
        role = roles.get(speaker)
        lines.append(_wrap(f"{speaker}, {role}" if role else speaker, "  ", "    "))
        lines += [_wrap(item, "    - ", "      ") for _, item in sorted(said[speaker])]
    return lines


def _canonical_names(entities: Iterable[Entity]) -> dict[str, str]:
    """Each alias that names one entity only ("NHTSA"), with that entity's canonical name, so
    that what an organisation says under its short name is listed with the rest."""
    owners: dict[str, set[str]] = {}
    for entity in entities:
        for alias in entity.aliases:
            owners.setdefault(alias, set()).add(entity.name)
    return {alias: next(iter(names)) for alias, names in owners.items() if len(names) == 1}


def _timeline(dates: Iterable[DateMention]) -> list[str]:
    ordered = sorted(dates, key=lambda d: (_when(d.value), d.span.start))
    if not ordered:
        return ["  (no dates found)"]
    labels = [_date_label(d) for d in ordered]
    column = min(max(len(label) for label in labels), 20) + 2
    lines = []
    for label, date in zip(labels, ordered, strict=True):
        happened = date.event or date.sentence
        text = f"“{_flat(date.span.text)}”: {_flat(happened.text)}"
        lines.append(_wrap(text, f"  {(label + ' ').ljust(column)}", " " * (column + 2)))
    return lines


def _when(value: str | None) -> tuple[int, str]:
    """Sort key: the past, then dated values in calendar order, now, the future, unknown."""
    if value is None:
        return (4, "")
    if value in _REFERENCES:
        return ({"PAST_REF": 0, "PRESENT_REF": 2, "FUTURE_REF": 3}[value], "")
    return (1, value)


def _date_label(date: DateMention) -> str:
    """The date as the study guide writes it ("March 2003", "mid-1970s", "since 2014");
    a value it does not spell out, as TimeML gives it."""
    from studyguide.render.articles import format_date  # the renderer loads only when used

    written = format_date(date.value, date.mod)
    if written is not None:
        return written
    value = _REFERENCES.get(date.value or "", date.value or "?")
    if date.mod in _MODIFIERS:
        return _MODIFIERS[date.mod].format(value)
    return value


def _names(entities: Iterable[Entity]) -> list[str]:
    lines = []
    entities = tuple(entities)
    for kind, label in _NAME_KINDS:
        names = [e for e in entities if e.kind is kind]
        if names:
            shown = "; ".join(
                _flat(e.name + (f" (also {', '.join(e.aliases)})" if e.aliases else ""))
                for e in names
            )
            lines.append(_wrap(f"{label}: {shown}", "  ", "    "))
    return lines or ["  (no other names found)"]


def _flat(text: str) -> str:
    """Article text on one line: a quote wrapped over lines in the article is one item here."""
    return " ".join(text.split())


def _wrap(text: str, first: str, rest: str) -> str:
    return textwrap.fill(
        text,
        WIDTH,
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=True,
        break_on_hyphens=False,
    )
