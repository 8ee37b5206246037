"""`studyguide render`."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from studyguide.cli.app import app, say
from studyguide.cli.options import (
    ArticleFilter,
    DifficultyFilter,
    TagFilter,
    TypeFilter,
    load_chosen,
    question_filter,
)
from studyguide.errors import counted
from studyguide.storage import write_together


class Paper(str, Enum):
    LETTER = "letter"
    A4 = "a4"


@app.command()
def render(
    bank: Annotated[
        Path, typer.Argument(metavar="BANK", help="The question bank (.yaml) to print.")
    ],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Folder to write the PDFs in.")
    ] = Path("output"),
    worksheet: Annotated[bool, typer.Option("--worksheet", help="Write the worksheet.")] = False,
    key: Annotated[bool, typer.Option("--key", help="Write the answer key.")] = False,
    guide: Annotated[bool, typer.Option("--guide", help="Write the study guide.")] = False,
    paper: Annotated[
        Paper, typer.Option("--paper", case_sensitive=False, help="Paper size.")
    ] = Paper.LETTER,
    font: Annotated[
        Path | None,
        typer.Option(
            "--font", help="A TrueType font (.ttf) to print with, instead of an installed one."
        ),
    ] = None,
    article: ArticleFilter = None,
    types: TypeFilter = None,
    tag: TagFilter = None,
    difficulty: DifficultyFilter = None,
    versions: Annotated[
        int | None,
        typer.Option(
            "--versions",
            min=1,
            max=26,
            metavar="N",
            help="Print N versions (A, B, C...) of the worksheet and answer key, questions and "
            "options shuffled.",
            show_default=False,
        ),
    ] = None,
    seed: Annotated[
        int, typer.Option("--seed", metavar="N", help="Shuffle versions from this number.")
    ] = 0,
    practice: Annotated[
        bool | None,
        typer.Option(
            "--practice/--no-practice",
            help="End the study guide with the bank's questions, without answers. Default:"
            " only when the worksheet is not printed with it (the guide would answer it).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Print a bank as PDFs: worksheet, answer key and study guide (all three unless you pick).

    The files are OUTPUT/BANK-worksheet.pdf and so on; with one --article, they are named
    after that article instead, so that the articles of one bank print side by side.
    """
    from studyguide.render import render_documents

    chosen = question_filter(article, types, tag, difficulty)
    loaded = load_chosen(bank, chosen)
    everything = not (worksheet or key or guide)
    documents = render_documents(
        loaded,
        worksheet=worksheet or everything,
        key=key or everything,
        guide=guide or everything,
        paper=paper.value,
        font=font,
        versions=versions,
        seed=seed,
        practice=practice,
    )
    # The PDFs of one article of a bank are named after it, so that printing another article
    # does not write over them.
    stem = chosen.articles[0] if len(chosen.articles) == 1 else bank.stem
    write_documents(documents, output, stem)


def write_documents(documents: dict[str, bytes], output: Path, stem: str) -> None:
    """Writes the PDFs together, as OUTPUT/STEM-SUFFIX, and says how long each is."""
    from studyguide.render import page_count

    written = {output / f"{stem}-{suffix}": pdf for suffix, pdf in documents.items()}
    write_together(written)
    for path, pdf in written.items():
        say(f"Wrote {path} ({counted(page_count(pdf), 'page')})")
