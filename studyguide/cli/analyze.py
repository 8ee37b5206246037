"""`studyguide analyze`: show what the analysis finds in an article."""

from __future__ import annotations

import json
from collections import defaultdict
from enum import Enum
from typing import Annotated

import typer

from studyguide.cli.app import app
from studyguide.cli.options import ArticleArg, Model, Published, check_published
from studyguide.model import Analysis, Article, EntityKind, QuoteKind


class Format(str, Enum):
    TEXT = "text"
    JSON = "json"


@app.command()
def analyze(
    article: ArticleArg,
    published: Published = None,
    model: Model = None,
    output_format: Annotated[
        Format,
        typer.Option(
            "--format", "-f", case_sensitive=False, help="text for people, json for scripts."
        ),
    ] = Format.TEXT,
) -> None:
    """Show who's who, who said what, and when things happened in ARTICLE.

    Example:  studyguide analyze article.txt --format json > facts.json
    """
    from studyguide.pipeline import analyze_file

    parsed, analysis = analyze_file(article, check_published(published), model)
    if output_format is Format.JSON:
        typer.echo(json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2))
    else:
        typer.echo(report(parsed, analysis))


def report(article: Article, analysis: Analysis) -> str:
    """The analysis as a plain-text report, section by section."""
    lines = [article.title, "=" * len(article.title)]
    facts = [
        f"Source: {article.source}" if article.source else "",
        f"Place: {article.place}" if article.place else "",
        f"Published: {article.published}" if article.published else "",
    ]
    lines += [f for f in facts if f]
    lines += ["", "Who's who"]
    people = analysis.people()
    for person in people:
        role = f" ({person.role})" if person.role else ""
        aliases = f" — also “{'”, “'.join(person.aliases)}”" if person.aliases else ""
        lines.append(f"  {person.name}{role}{aliases}")
    if not people:
        lines.append("  (no people named)")

    said: dict[str, list[str]] = defaultdict(list)
    for quote in analysis.quotes:
        words = quote.content.text
        said[quote.speaker or "(speaker unclear)"].append(
            f"“{words}”" if quote.kind is QuoteKind.DIRECT else f"{words} (partly quoted)"
        )
    for claim in analysis.claims:
        said[claim.speaker or "(speaker unclear)"].append(f"{claim.cue}: {claim.content.text}")
    lines += ["", "Who said what"]
    for speaker, items in said.items():
        lines.append(f"  {speaker}")
        lines += [f"    - {item}" for item in items]
    if not said:
        lines.append("  (no quotes or claims found)")

    lines += ["", "Timeline"]
    for date in sorted(analysis.dates, key=lambda d: (d.value or "~", d.span.start)):
        event = f": {date.event.text}" if date.event else ""
        lines.append(f"  {date.value or '?'}  “{date.span.text}”{event}")
    if not analysis.dates:
        lines.append("  (no dates found)")

    lines += ["", "Names"]
    for kind in (
        EntityKind.ORGANIZATION,
        EntityKind.PLACE,
        EntityKind.NATIONALITY,
        EntityKind.EVENT,
    ):
        names = [e for e in analysis.entities if e.kind is kind]
        if names:
            shown = [e.name + (f" ({', '.join(e.aliases)})" if e.aliases else "") for e in names]
            lines.append(f"  {kind.value.capitalize()}: {'; '.join(shown)}")
    return "\n".join(lines)
