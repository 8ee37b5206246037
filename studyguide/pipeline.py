"""The flow from article files to a bank: ingest, analyze, generate, and write the bank
(merged into one already there, or replacing it)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from studyguide.analysis import ENGLISH, analyze_article, load_model, require_english
from studyguide.bank import (
    MergeReport,
    merge_into_bank,
    parse_bank,
    read_bank_text,
    record_generated,
    save_bank,
)
from studyguide.errors import StudyguideError
from studyguide.generation import GenerationReport, generate_questions
from studyguide.ingest import parse_text, read_article
from studyguide.model import (
    Analysis,
    Article,
    Bank,
    BankArticle,
    Question,
    QuestionType,
)
from studyguide.storage import locked

if TYPE_CHECKING:
    from studyguide.analysis.nlp import Language

DEFAULT_COUNT = 25
"""A ceiling above what a news article's key points call for, so that the plan decides."""


def analyze(text: str, published: str | None = None, nlp: Language | None = None) -> Analysis:
    """Analyse article text; every offset in the result points into `text` itself."""
    return analyze_article(parse_text(text, published=published), nlp)


def analyze_file(
    path: Path, published: str | None = None, model: str | None = None
) -> tuple[Article, Analysis]:
    """Read and analyse one article file."""
    article = read_article(path, published=published)
    require_english(article.text, path)
    return article, analyze_article(article, load_model(model))


@dataclass(frozen=True, slots=True)
class BuildResult:
    bank: Bank
    reports: tuple[GenerationReport, ...]
    """Per article: how many questions were asked for and made, and why fewer."""


def _own_id(article_id: str, taken: set[str]) -> str:
    """`article_id`, or with "-2", "-3" ... after it when another article has it."""
    own, number = article_id, 1
    while own in taken:
        number += 1
        own = f"{article_id}-{number}"
    taken.add(own)
    return own


def build_bank(
    paths: Sequence[Path],
    count: int = DEFAULT_COUNT,
    seed: int = 0,
    published: str | None = None,
    model: str | None = None,
    title: str | None = None,
    on_article: Callable[[Path], None] | None = None,
    types: Collection[QuestionType] | None = None,
    into: Bank | None = None,
) -> BuildResult:
    """Read, analyse and question every article; up to `count` questions per article, of
    the given `types` (default: all six, as the article's key points call for them).

    With `into`, the bank the questions are to be merged into: an article it holds (with
    the same text) already has its questions, and the new ones ask only about what those
    do not, up to `count` with them.

    Each article of the bank records the questions generated about it, so that a teacher's
    edits can be told from them when questions are generated into the bank again.
    """
    nlp = load_model(model)
    articles: list[BankArticle] = []
    questions: list[Question] = []
    reports = []
    taken: set[str] = set()
    for path in paths:
        # Two files of one name ("news/a.txt", "old/a.txt") get ids of their own.
        article = read_article(path, published=published)
        require_english(article.text, path)
        article = replace(article, id=_own_id(article.id, taken))
        analysis = analyze_article(article, nlp)
        asked = _asked_in(into, article)
        made, report = generate_questions(
            article, analysis, count=count, seed=seed, types=types, asked=asked
        )
        articles.append(BankArticle.from_analysis(article, analysis, ENGLISH))
        questions.extend(made)
        reports.append(report)
        if on_article is not None:
            on_article(path)
    bank_title = title or (articles[0].title if len(articles) == 1 else "Question bank")
    bank = Bank(title=bank_title, articles=tuple(articles), questions=tuple(questions))
    return BuildResult(record_generated(bank), tuple(reports))


def build_each(
    paths: Sequence[Path],
    count: int = DEFAULT_COUNT,
    seed: int = 0,
    published: str | None = None,
    model: str | None = None,
    types: Collection[QuestionType] | None = None,
) -> Iterator[tuple[Path, BuildResult | StudyguideError]]:
    """Each article built into a bank of its own, yielded as it is done, with the model
    loaded once: (path, its result), or (path, the error that stopped it), so that one bad
    article never stops the rest."""
    for path in paths:
        try:
            result: BuildResult | StudyguideError = build_bank(
                [path], count=count, seed=seed, published=published, model=model, types=types
            )
        except StudyguideError as error:
            result = error
        yield path, result


@dataclass(frozen=True, slots=True)
class WrittenBank:
    """What `write_bank` did."""

    built: BuildResult
    """The new questions, as generated."""
    merged: MergeReport | None
    """When they were added to a bank already there: what the merge did; else None (the
    bank was written whole)."""
    files: dict[str, Path]
    """Each article's file, by the id the bank gives it."""


def write_bank(
    paths: Sequence[Path],
    bank_path: Path,
    *,
    replace_bank: bool = False,
    on_wait: Callable[[], None] | None = None,
    on_article: Callable[[Path], None] | None = None,
    count: int = DEFAULT_COUNT,
    seed: int = 0,
    published: str | None = None,
    model: str | None = None,
    types: Collection[QuestionType] | None = None,
) -> WrittenBank:
    """Build a bank from the articles at `paths` (a file named twice, once) and write it to
    `bank_path`. A bank already there gets the new questions merged into it, keeping the
    teacher's edits, unless `replace_bank` (then it is replaced and kept as `BANK~`).

    The questions are made from the bank as it is, then the bank is read again and written
    under one lock on its folder; had another run changed it meanwhile, the questions are
    made again from the bank as that run left it. So two runs on one bank both land, and
    runs on other banks of one folder do their work side by side. `on_wait` is called when
    another run holds the lock. An invalid bank is refused before any article is read.
    """
    paths = _once(paths)

    def build(held: Bank | None) -> BuildResult:
        return build_bank(
            paths,
            count=count,
            seed=seed,
            published=published,
            model=model,
            on_article=on_article,
            types=types,
            into=held,
        )

    seen, held = _as_it_is(bank_path, replace_bank)
    built = build(held)
    with locked(bank_path, on_wait):
        now, held = _as_it_is(bank_path, replace_bank)
        if now != seen:
            built = build(held)
        files = dict(zip((a.id for a in built.bank.articles), paths, strict=True))
        if held is not None:
            return WrittenBank(built, merge_into_bank(bank_path, built.bank), files)
        save_bank(built.bank, bank_path)
        return WrittenBank(built, None, files)


def _as_it_is(bank_path: Path, replace_bank: bool) -> tuple[str | None, Bank | None]:
    """The text of the bank to merge into, and the bank; (None, None) when there is none
    (or it is to be replaced)."""
    if replace_bank or not bank_path.exists():
        return None, None
    text = read_bank_text(bank_path)
    return text, parse_bank(text, str(bank_path))


def _once(paths: Sequence[Path]) -> list[Path]:
    """The paths in their order, a file named twice (as "a.txt" and "./a.txt") once."""
    by_file: dict[Path, Path] = {}
    for path in paths:
        by_file.setdefault(path.resolve(), path)
    return list(by_file.values())


def _asked_in(bank: Bank | None, article: Article) -> tuple[Question, ...]:
    """The questions `bank` already holds on `article`, when it holds the same text."""
    held = bank.article(article.id) if bank is not None else None
    if held is None or held.text != article.text:
        return ()
    return tuple(q for q in bank.questions if q.article == article.id) if bank else ()
