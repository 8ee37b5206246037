"""`studyguide build`: the whole job in one command, article to bank to PDFs."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Annotated

import typer

from studyguide.cli.app import app, say
from studyguide.cli.generate import BANK_FOLDER, chosen_types, write_bank
from studyguide.cli.options import Count, Model, Published, Seed, TypeFilter, check_published
from studyguide.cli.render import Paper, write_documents

EXAMPLE = "assad-coalition.txt"


def example_article() -> Path:
    """The sample article that ships inside the package."""
    return Path(str(resources.files("studyguide") / "examples" / EXAMPLE))


@app.command()
def build(
    article: Annotated[
        Path | None,
        typer.Argument(
            metavar="ARTICLE",
            help=f"A news article (.txt, .md or .html). Default: the bundled example, {EXAMPLE}.",
            show_default=False,
        ),
    ] = None,
    bank_folder: Annotated[
        Path, typer.Option("--bank-folder", help="Where the bank is written.")
    ] = BANK_FOLDER,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Where the PDFs are written.")
    ] = Path("output"),
    count: Count = 25,
    types: TypeFilter = None,
    seed: Seed = 0,
    published: Published = None,
    model: Model = None,
    paper: Annotated[
        Paper, typer.Option("--paper", case_sensitive=False, help="Paper size.")
    ] = Paper.LETTER,
) -> None:
    """Generate the bank for ARTICLE, then print its worksheet, answer key and study guide.

    Writes question_bank/ARTICLE.yaml and output/ARTICLE-worksheet.pdf, -answer-key.pdf and
    -study-guide.pdf. Run it with no argument to try it on the bundled example.

    Example:  studyguide build article.txt --count 15
    """
    source = article or example_article()
    bank = bank_folder / f"{source.stem}.yaml"
    write_bank(
        [source],
        bank,
        count=count,
        types=chosen_types(types),
        seed=seed,
        published=check_published(published),
        model=model,
    )
    from studyguide.bank import load_bank
    from studyguide.render import render_documents

    write_documents(render_documents(load_bank(bank), paper=paper.value), output, bank.stem)
    say(f"Next:  studyguide quiz {bank}     (the quiz, in this terminal)")
    say(f"       studyguide render {bank}   (the PDFs again, once you edit the bank)")
