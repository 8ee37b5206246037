"""`studyguide help`: the documents an installed studyguide carries, printed."""

from __future__ import annotations

from enum import Enum
from importlib.resources import files
from typing import Annotated

import typer

from studyguide.cli.app import app, say


class Topic(str, Enum):
    BANK = "bank"


_DOCUMENTS = {Topic.BANK: ("studyguide.bank", "format.md")}


@app.command(name="help")
def show_help(
    topic: Annotated[
        Topic,
        typer.Argument(help="bank: the question bank's format, every field and problem code."),
    ],
) -> None:
    """Print a document: the bank format a teacher edits by hand (bank).

    Example:  studyguide help bank | less
    """
    package, name = _DOCUMENTS[topic]
    say((files(package) / name).read_text(encoding="utf-8"), nl=False)
