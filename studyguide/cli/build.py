"""`studyguide build`: the whole job in one command, article to bank to PDFs."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer

from studyguide.cli import batch
from studyguide.cli.app import app, say, visible
from studyguide.cli.generate import BANK_FOLDER, chosen_types, write_bank
from studyguide.cli.options import Count, Model, Published, Seed, TypeFilter, check_published
from studyguide.cli.render import Paper, write_documents
from studyguide.errors import ExitCode

EXAMPLE = "assad-coalition.txt"


def example_article() -> Path:
    """The sample article that ships inside the package."""
    return Path(str(resources.files("studyguide") / "examples" / EXAMPLE))


@app.command()
def build(
    articles: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="ARTICLE...",
            help="News articles (.txt, .md or .html), or folders of them. Default: the bundled"
            f" example, {EXAMPLE}.",
            show_default=False,
        ),
    ] = None,
    bank_folder: Annotated[
        Path, typer.Option("--bank-folder", help="Where the banks are written.")
    ] = BANK_FOLDER,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Where the PDFs are written.")
    ] = Path("output"),
    one_bank: Annotated[
        Path | None,
        typer.Option(
            "--bank",
            metavar="BANK",
            help="One bank for all the articles (and one set of PDFs named after it), instead"
            " of one each.",
            show_default=False,
        ),
    ] = None,
    count: Count = 25,
    types: TypeFilter = None,
    seed: Seed = 0,
    published: Published = None,
    model: Model = None,
    paper: Annotated[
        Paper, typer.Option("--paper", case_sensitive=False, help="Paper size.")
    ] = Paper.LETTER,
    plain: Annotated[
        bool,
        typer.Option("--plain", help="Many articles: a line for each, not a progress bar."),
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            metavar="N",
            help="Many articles: build N at a time, in worker processes that each load the"
            " language model once. Default: one for each processor.",
            show_default=False,
        ),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar="ADDRESS",
            help="Many articles: build them on the Dask cluster whose scheduler is at ADDRESS"
            " (tcp://host:8786); the files are written here. Needs studyguide[cluster].",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Generate the bank for each ARTICLE, then print its worksheet, answer key and study guide.

    Writes question_bank/ARTICLE.yaml and output/ARTICLE-worksheet.pdf, -answer-key.pdf and
    -study-guide.pdf for each article (a folder stands for the articles in it). Two articles
    of one name get the second "-2", the third "-3", in the order given. With --bank, one
    bank holds them all. Run it with no argument to try it on the bundled example.

    Over many articles it shows its progress, goes on past an article it cannot read, and
    ends with a table of what each gave; the exit status is 3 when one failed.

    Examples:

        studyguide build article.txt --count 15

        studyguide build reading-list/ extra.html --plain
    """
    sources = _articles(articles) if articles else [example_article()]
    kinds, date = chosen_types(types), check_published(published)
    if one_bank is not None or len(sources) == 1:
        bank = one_bank or bank_folder / f"{sources[0].stem}.yaml"
        write_bank(sources, bank, count=count, types=kinds, seed=seed, published=date, model=model)
        _print(bank, output, paper)
        say(f"Next:  studyguide quiz {bank}     (the quiz, in this terminal)")
        say(f"       studyguide render {bank}   (the PDFs again, once you edit the bank)")
        return
    banks = _own_names(sources, bank_folder)
    job = batch.Job(output, paper.value, count, kinds, seed, date, model)
    workers = jobs or os.cpu_count() or 1
    done = batch.run(sources, banks, job, plain=plain, jobs=workers, scheduler=scheduler)
    if any(row.failure for row in done):
        raise typer.Exit(ExitCode.BAD_INPUT)


def _print(bank: Path, output: Path, paper: Paper) -> None:
    from studyguide.bank import load_bank
    from studyguide.render import render_documents

    write_documents(render_documents(load_bank(bank), paper=paper.value), output, bank.stem)


def _articles(given: list[Path]) -> list[Path]:
    """The article files given, a folder giving the article files in it, in name order."""
    from studyguide.ingest import ARTICLE_SUFFIXES

    found: list[Path] = []
    for path in given:
        if path.is_dir():
            inside = sorted(p for p in path.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES)
            if not inside:
                raise typer.BadParameter(
                    f"{visible(str(path))} holds no article"
                    f" ({', '.join(sorted(ARTICLE_SUFFIXES))})",
                    param_hint="'ARTICLE...'",
                )
            found.extend(inside)
        else:
            found.append(path)
    return found


def _own_names(sources: list[Path], folder: Path) -> list[Path]:
    """A bank for each article, named after it: the second of one name gets "-2"."""
    taken: dict[str, int] = {}
    banks = []
    for source in sources:
        number = taken[source.stem] = taken.get(source.stem, 0) + 1
        stem = source.stem if number == 1 else f"{source.stem}-{number}"
        banks.append(folder / f"{stem}.yaml")
    return banks
