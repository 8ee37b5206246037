"""Options several commands share, declared once."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from studyguide.model import Bank, QuestionType

if TYPE_CHECKING:
    from studyguide.bank import QuestionFilter

ArticleArg = Annotated[
    Path,
    typer.Argument(
        metavar="ARTICLE",
        help=(
            "A news article: a text file (paragraphs, with the headline on the first line if"
            " there is one; otherwise the file name gives the title),"
            " a Markdown file (.md) or a saved web page (.html)."
        ),
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

Count = Annotated[
    int,
    typer.Option(
        "--count",
        "-n",
        min=1,
        max=200,
        help="Most questions per article (fewer when the article has fewer good points).",
    ),
]

Seed = Annotated[
    int, typer.Option("--seed", help="Seed for choosing and shuffling: same seed, same bank.")
]


def check_published(value: str | None) -> str | None:
    if value is None:
        return value
    try:
        real = re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) and date.fromisoformat(value)
    except ValueError:
        real = None  # "2015-02-30": the form of a date, but no day of the calendar
    if not real:
        raise typer.BadParameter(
            f"{value!r} is not a date like 2015-10-11", param_hint="--published"
        )
    return value


TypeFilter = Annotated[
    list[str] | None,
    typer.Option(
        "--type",
        "--types",
        "-t",
        metavar="TYPES",
        help="Only these question types, comma-separated or repeated: "
        + ", ".join(kind.short for kind in QuestionType)
        + " (or full names such as multiple_choice). Default: all of them.",
        show_default=False,
    ),
]

TagFilter = Annotated[
    list[str] | None,
    typer.Option(
        "--tag",
        "--tags",
        metavar="TAGS",
        help="Only questions with one of these tags (quote, claim, date, person, ...),"
        " comma-separated or repeated.",
        show_default=False,
    ),
]

DifficultyFilter = Annotated[
    list[str] | None,
    typer.Option(
        "--difficulty",
        metavar="LEVELS",
        help="Only questions of these difficulties, comma-separated or repeated: easy,"
        " medium, hard.",
        show_default=False,
    ),
]

ArticleFilter = Annotated[
    list[str] | None,
    typer.Option(
        "--article",
        metavar="ID",
        help="Only questions on this article (its id in the bank); may be repeated.",
        show_default=False,
    ),
]

_Parsed = TypeVar("_Parsed")


def parse_option(
    parse: Callable[[Iterable[str]], tuple[_Parsed, ...]], names: list[str] | None, option: str
) -> tuple[_Parsed, ...]:
    """Names given to a filter option, parsed; a usage error naming the option if one is
    unknown."""
    try:
        return parse(names or ())
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint=f"'{option}'") from None


def question_filter(
    article: list[str] | None,
    types: list[str] | None,
    tag: list[str] | None,
    difficulty: list[str] | None,
) -> QuestionFilter:
    """The one filter the options ask for, that render, export and quiz apply alike."""
    from studyguide.bank import QuestionFilter, parse_difficulties, parse_types, split_names

    return QuestionFilter(
        articles=split_names(article or ()),
        types=parse_option(parse_types, types, "--type"),
        tags=split_names(tag or ()),
        difficulties=parse_option(parse_difficulties, difficulty, "--difficulty"),
    )


def load_chosen(path: Path, chosen: QuestionFilter) -> Bank:
    """The bank at `path` with only the questions `chosen` lets through."""
    from studyguide.bank import filter_bank, load_bank

    return filter_bank(load_bank(path), chosen, source=str(path))
