"""`studyguide analyze`: show what the analysis finds in an article."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer

from studyguide.cli.app import app, json_text, say
from studyguide.cli.options import ArticleArg, Model, Published, check_published


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
        from studyguide.digest.text import report

        say(report(parsed, analysis))
