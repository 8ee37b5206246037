"""The plain-text report `studyguide analyze` prints: who's who, who said what, the
timeline and the other names, laid out from the same digest the study guide prints, so
that both word a date, an event and a speaker's words alike."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

from studyguide.digest import number_paragraphs, statements_by_speaker, timeline
from studyguide.model import Analysis, Article, BankArticle, Entity, EntityKind

WIDTH = 80
"""The report fits a standard terminal and a printed page."""

_NAME_KINDS = (
    (EntityKind.PLACE, "Places"),
    (EntityKind.NATIONALITY, "Nationalities"),
    (EntityKind.EVENT, "Events"),
    (EntityKind.NUMBER, "Numbers"),
    (EntityKind.OTHER, "Other names"),
)


def report(article: Article, analysis: Analysis) -> str:
    """The analysis as a plain-text report, section by section, at most 80 columns wide.

    The report is plain text: nothing in it is read as markup, so an article's own
    brackets and symbols are shown as they are.
    """
    digest = BankArticle.from_analysis(article, analysis)
    lines = _header(article)
    lines += _section("Who's who", _whos_who(analysis))
    lines += _section("Who said what", _who_said_what(digest))
    lines += _section("Timeline", _timeline(digest))
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


def _who_said_what(digest: BankArticle) -> list[str]:
    """Each speaker's quotes and claims, speakers in the order they first speak."""
    speakers = statements_by_speaker(digest, number_paragraphs(digest))
    if not speakers:
        return ["  (no quotes or claims found)"]
    lines = []
    for speaker in speakers:
        name = f"{speaker.name}, {speaker.role}" if speaker.role else speaker.name
        lines.append(_wrap(_flat(name), "  ", "    "))
        for statement in speaker.statements:
            words = f"“{statement.text}”" if statement.quoted else statement.text
            where = f" (paragraph {statement.paragraph})" if statement.paragraph else ""
            lines.append(_wrap(_flat(f"{statement.cue}: {words}{where}"), "    - ", "      "))
    return lines


def _timeline(digest: BankArticle) -> list[str]:
    events = timeline(digest, number_paragraphs(digest))
    if not events:
        return ["  (no dates found)"]
    column = min(max(len(event.when) for event in events), 20) + 2
    return [
        _wrap(_flat(event.what), f"  {(event.when + ' ').ljust(column)}", " " * (column + 2))
        for event in events
    ]


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
