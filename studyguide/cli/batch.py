"""Building many articles in one run: a bank and the PDFs for each, with progress on
stderr, going on past an article that cannot be built, and a table of what each gave."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from studyguide.cli.app import say, visible
from studyguide.errors import StudyguideError, counted
from studyguide.model import QuestionType


@dataclass(frozen=True, slots=True)
class Built:
    """What building one article gave."""

    article: Path
    bank: Path
    questions: int = 0
    """The questions its bank holds."""
    note: str = ""
    """Why it gave fewer questions than asked for."""
    failure: str = ""
    """Why it could not be built; nothing was written for it."""


@dataclass(frozen=True, slots=True)
class Job:
    """How every article of a run is built."""

    output: Path
    paper: str
    count: int
    types: tuple[QuestionType, ...] | None
    seed: int
    published: str | None
    model: str | None


def run(
    sources: Sequence[Path],
    banks: Sequence[Path],
    job: Job,
    *,
    plain: bool,
    jobs: int = 1,
    scheduler: str | None = None,
) -> list[Built]:
    """Builds each article into its bank and PDFs, says what each gave, and returns that
    in the order given. With `jobs` above 1, that many worker processes build articles side
    by side, each loading the language model once; with `scheduler`, the workers of that
    Dask cluster do. What is written is the same."""
    rows: dict[int, Built] = {}
    with _progress(len(sources), plain) as shown, _ctrl_c_kept() as stop_if_pressed:
        if scheduler is not None:
            for at, row in _on_cluster(scheduler, sources, banks, job, shown):
                rows[at] = row
                shown(_line(row, len(rows), len(sources)), done=True)
                stop_if_pressed()
        elif jobs <= 1:
            for at, (source, bank) in enumerate(zip(sources, banks, strict=True)):
                shown(f"Reading {source.name}")
                rows[at] = build_one(source, bank, job)
                shown(_line(rows[at], len(rows), len(sources)), done=True)
                stop_if_pressed()
        else:
            from concurrent.futures import ProcessPoolExecutor, as_completed

            workers = min(jobs, len(sources))
            with ProcessPoolExecutor(max_workers=workers, initializer=_one_thread) as pool:
                futures = {
                    pool.submit(build_one, source, bank, job): at
                    for at, (source, bank) in enumerate(zip(sources, banks, strict=True))
                }
                shown(f"Reading {len(sources)} articles, {jobs} at a time")
                for future in as_completed(futures):
                    rows[futures[future]] = future.result()
                    shown(_line(rows[futures[future]], len(rows), len(sources)), done=True)
                    stop_if_pressed()
    ordered = [rows[at] for at in range(len(sources))]
    _table(ordered)
    return ordered


@dataclass(frozen=True, slots=True)
class Remote:
    """What a cluster's worker sends back for one article: all the client writes."""

    built: Built
    bank: str = ""
    """The bank's new text."""
    documents: tuple[tuple[str, bytes], ...] = ()
    """The PDFs, by the end of their file names."""


def remote_build(name: str, article: bytes, bank: str | None, job: Job) -> Remote:
    """One article built where the files are not: from the article file's name and bytes
    and the text of its bank as it is (None for a new one), the bank's new text and the
    PDFs. It works in a folder of its own, so the same inputs give the same outputs on any
    worker, and the client alone writes the user's files."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        source, held = Path(folder) / name, Path(folder) / "bank.yaml"
        source.write_bytes(article)
        if bank is not None:
            held.write_text(bank, encoding="utf-8")
        built = build_one(source, held, replace(job, output=Path(folder) / "pdf"))
        if built.failure:
            return Remote(built)
        pdfs = tuple(
            (p.name.removeprefix("bank-"), p.read_bytes())
            for p in sorted((Path(folder) / "pdf").iterdir())
        )
        return Remote(built, held.read_text(encoding="utf-8"), pdfs)


def _on_cluster(
    scheduler: str,
    sources: Sequence[Path],
    banks: Sequence[Path],
    job: Job,
    shown: Callable[..., None],
) -> Iterator[tuple[int, Built]]:
    """The articles built on the Dask cluster at `scheduler`, each result written here as
    it comes back, in whatever order they finish."""
    from studyguide.storage import write_atomic, write_together

    try:
        from distributed import Client, as_completed
    except ImportError:
        raise StudyguideError(
            "--scheduler needs Dask's distributed package, which is not installed",
            "install it with: pip install 'studyguide[cluster]'",
        ) from None
    try:
        client = Client(scheduler, timeout="10s")  # type: ignore[no-untyped-call]
    except OSError as error:
        raise StudyguideError(
            f"no Dask scheduler answers at {scheduler} ({error})",
            "start one with: dask scheduler, and workers with: dask worker ADDRESS",
        ) from None
    with client:
        futures = {}
        for at, (source, bank) in enumerate(zip(sources, banks, strict=True)):
            if not source.is_file():
                yield at, Built(source, bank, failure="no such article file")
                continue
            held = bank.read_text(encoding="utf-8") if bank.exists() else None
            work = client.submit(
                remote_build, source.name, source.read_bytes(), held, job, pure=False
            )
            futures[work] = at
        shown(f"Sent {len(sources)} articles to {scheduler}")
        for future in as_completed(futures):  # type: ignore[no-untyped-call]
            at = futures[future]
            remote: Remote = future.result()
            built = replace(remote.built, article=sources[at], bank=banks[at])
            if not built.failure:
                stem = banks[at].stem
                write_atomic(banks[at], remote.bank, backup=banks[at].exists())
                write_together({job.output / f"{stem}-{end}": pdf for end, pdf in remote.documents})
            yield at, built


def _one_thread() -> None:
    """A worker computes on one thread: the workers side by side use the processors, and a
    numerical library's own threads in each would only make them wait for one another."""
    import os

    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = "1"


def build_one(source: Path, bank: Path, job: Job) -> Built:
    """One article into its bank (merged into the one there, keeping a teacher's edits) and
    its PDFs; what it gave, or why it could not be built (then nothing is written)."""
    from studyguide import pipeline
    from studyguide.bank import load_bank
    from studyguide.render import render_documents
    from studyguide.storage import write_together

    try:
        written = pipeline.write_bank(
            [source],
            bank,
            count=job.count,
            seed=job.seed,
            published=job.published,
            model=job.model,
            types=job.types,
        )
        held = load_bank(bank)
        documents = render_documents(held, paper=job.paper)
        write_together({job.output / f"{bank.stem}-{name}": pdf for name, pdf in documents.items()})
    except StudyguideError as error:
        return Built(source, bank, failure=error.message.removeprefix(f"{source}: "))
    note = next((r.shortfall for r in written.built.reports if r.shortfall), "")
    # The reason's first words: "the article gave 3 good questions from 5 candidates".
    return Built(source, bank, len(held.questions), (note or "").split(" (")[0])


def _line(row: Built, number: int, total: int) -> str:
    said = f"failed: {row.failure}" if row.failure else counted(row.questions, "question")
    return f"[{number}/{total}] {row.article}: {said}"


@contextmanager
def _ctrl_c_kept() -> Iterator[Callable[[], None]]:
    """A check to make after each article, which stops the run if Ctrl-C came meanwhile.
    Ctrl-C raises KeyboardInterrupt wherever the work is, and a library that catches every
    exception there would swallow it; here it is also noted, and the run stops all the
    same. Where Ctrl-C is ignored or handled by another, it is left to that."""
    import signal
    import threading

    pressed = False

    def noted(number: int, frame: object) -> None:
        nonlocal pressed
        pressed = True
        raise KeyboardInterrupt

    def stop_if_pressed() -> None:
        if pressed:
            raise KeyboardInterrupt

    ours = threading.current_thread() is threading.main_thread()
    if not ours or signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        yield stop_if_pressed
        return
    signal.signal(signal.SIGINT, noted)
    try:
        yield stop_if_pressed
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)


@contextmanager
def _progress(total: int, plain: bool) -> Iterator[Callable[..., None]]:
    """A progress bar on a terminal's stderr (the article being read, done / total and the
    time left); a plain line for each article when not a terminal, or with `plain`."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    console = Console(stderr=True)
    if plain or not console.is_terminal:

        def line(text: str, done: bool = False) -> None:
            if done:
                say(visible(text), err=True)

        yield line
        return
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task("Starting", total=total)

        def bar(text: str, done: bool = False) -> None:
            progress.update(task, description=visible(text), advance=1 if done else 0)

        yield bar


def _table(rows: Sequence[Built]) -> None:
    """What each article gave, a line each, and the counts."""
    width = max(len(str(row.article)) for row in rows)
    say("")
    for row in rows:
        if row.failure:
            said = f"failed: {row.failure}"
        else:
            said = f"{counted(row.questions, 'question'):>13}  {row.bank}"
            if row.note:
                said += f"  ({row.note})"
        say(visible(f"{str(row.article).ljust(width)}  {said}"))
    failed = sum(bool(row.failure) for row in rows)
    built = len(rows) - failed
    summary = f"Built {counted(built, 'article')}"
    if failed:
        summary += f"; {failed} failed, and nothing was written for them"
    say(f"{summary}.")
