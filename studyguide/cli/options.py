"""Options several commands share, declared once."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

import typer

ArticleArg = Annotated[
    Path,
    typer.Argument(
        help=(
            "A news article: a text file (title on the first line, then paragraphs),"
            " a Markdown file (.md) or a saved web page (.html)."
        )
    ),
]

Published = Annotated[
    str | None,
    typer.Option(
        "--published",
        metavar="YYYY-MM-DD",
        help=(
            'Publication date, to place relative dates ("last Friday"); for a web page or'
            " Markdown front matter, it wins over the date the file gives."
        ),
    ),
]

Model = Annotated[
    str | None,
    typer.Option(
        "--model",
        envvar="STUDYGUIDE_SPACY_MODEL",
        help="spaCy pipeline to use (e.g. en_core_web_md); default: the installed small English model.",
    ),
]

Count = Annotated[int, typer.Option("--count", "-n", min=1, max=200, help="Questions per article.")]

Seed = Annotated[
    int, typer.Option("--seed", help="Seed for choosing and shuffling: same seed, same bank.")
]


def check_published(value: str | None) -> str | None:
    if value is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise typer.BadParameter(
            f"{value!r} is not a date like 2015-10-11", param_hint="--published"
        )
    return value
