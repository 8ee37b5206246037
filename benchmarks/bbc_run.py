"""Robustness and question yield over the BBC News stories of the evaluation data.

Run from the project folder:

    python benchmarks/bbc_run.py --analyze-only          # every article: analysis only
    python benchmarks/bbc_run.py --limit 40              # 40 articles: analysis, generation, quality
    python benchmarks/bbc_run.py --limit 40 --out banks  # keep the banks it writes
    python benchmarks/bbc_run.py --limit 40 --every 11   # 40 articles from every section

Each story is written to a temporary file (never into the project) and read, analysed and
questioned as `studyguide generate` would, with the spaCy model loaded once. A crash in any
stage is counted and printed with the article's id and the exception's last line; the run
goes on. At the end: articles, crashes, seconds, questions and question types per article,
then the quality check of benchmarks/check_banks.py over the banks written (its hard
failures listed; --warnings lists the rest too). Exits with 1
when an article crashed, else 0.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from check_banks import table  # noqa: E402
from quality import check_quality, combine_reports  # noqa: E402

from studyguide.analysis import analyze_article, load_model  # noqa: E402
from studyguide.bank import load_bank, save_bank  # noqa: E402
from studyguide.generation import generate_questions  # noqa: E402
from studyguide.ingest import read_article  # noqa: E402
from studyguide.model import Bank, BankArticle, QuestionType  # noqa: E402
from studyguide.pipeline import DEFAULT_COUNT  # noqa: E402

CORPUS = Path("../shared/eval/bbc.dev.jsonl")
"""Relative to the project folder."""

STAGES = ("ingest", "analysis", "generation", "save")
ENOUGH_QUESTIONS = 10
ENOUGH_TYPES = 4


@dataclass
class Run:
    articles: int = 0
    sections: Counter[str] = field(default_factory=Counter)
    crashes: Counter[str] = field(default_factory=Counter)
    seconds: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    """Quotes, claims, dates, people found, added over the analysed articles."""
    analysed: int = 0
    questions: list[int] = field(default_factory=list)
    """Per generated article: how many questions."""
    types: list[int] = field(default_factory=list)
    """Per generated article: how many question types."""
    by_type: Counter[QuestionType] = field(default_factory=Counter)
    short: int = 0
    """Articles that gave fewer questions than asked for."""
    banks: list[Path] = field(default_factory=list)
    slowest: tuple[float, str] = (0.0, "")

    @contextmanager
    def stage(self, name: str, article: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        except Exception as error:  # a crash is what this benchmark counts and reports
            self.crashes[name] += 1
            last = traceback.format_exception_only(type(error), error)[-1].strip()
            print(f"CRASH {article} ({name}): {last}", flush=True)
            raise _Crashed from error
        finally:
            self.seconds[name] += time.perf_counter() - started


class _Crashed(Exception):
    """A stage crashed; the article is done with."""


def records(path: Path, limit: int | None, every: int = 1) -> Iterator[dict[str, str]]:
    """The corpus's records: every `every`-th one, at most `limit` of them."""
    taken = 0
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if limit is not None and taken >= limit:
                return
            if number % every == 0:
                taken += 1
                yield json.loads(line)


def run(
    corpus: Path,
    limit: int | None,
    out: Path,
    analyze_only: bool,
    count: int,
    seed: int,
    every: int = 1,
) -> Run:
    result = Run()
    started = time.perf_counter()
    nlp = load_model()
    result.seconds["model"] = time.perf_counter() - started
    with tempfile.TemporaryDirectory(prefix="bbc-articles-") as folder:
        for record in records(corpus, limit, every):
            result.articles += 1
            result.sections[record.get("section", "?")] += 1
            name = record["id"].replace(":", "-").replace("/", "-")
            path = Path(folder) / f"{name}.txt"
            path.write_text(record["text"], encoding="utf-8")
            try:
                _one(result, record["id"], path, out, nlp, analyze_only, count, seed)
            except _Crashed:
                continue
            finally:
                path.unlink()
    result.seconds["total"] = time.perf_counter() - started
    return result


def _one(
    result: Run,
    article_id: str,
    path: Path,
    out: Path,
    nlp: Language,
    analyze_only: bool,
    count: int,
    seed: int,
) -> None:
    with result.stage("ingest", article_id):
        article = read_article(path)
    started = time.perf_counter()
    with result.stage("analysis", article_id):
        analysis = analyze_article(article, nlp)
    took = time.perf_counter() - started
    result.slowest = max(result.slowest, (took, article_id))
    result.analysed += 1
    result.found.update(
        quotes=len(analysis.quotes),
        claims=len(analysis.claims),
        dates=len(analysis.dates),
        people=len(analysis.people()),
    )
    if analyze_only:
        return
    with result.stage("generation", article_id):
        questions, report = generate_questions(article, analysis, count=count, seed=seed)
        bank = Bank(
            title=article.title,
            articles=(BankArticle.from_analysis(article, analysis),),
            questions=tuple(questions),
        )
    kinds = Counter(q.type for q in questions)
    result.questions.append(len(questions))
    result.types.append(len(kinds))
    result.by_type.update(kinds)
    result.short += report.produced < report.requested
    with result.stage("save", article_id):
        bank_path = out / f"{article.id}.yaml"
        save_bank(bank, bank_path)
    result.banks.append(bank_path)


def summary(result: Run, analyze_only: bool) -> list[str]:
    crashes = sum(result.crashes.values())
    per_stage = ", ".join(f"{result.crashes[s]} {s}" for s in STAGES)
    lines = [
        f"articles: {result.articles} ("
        + ", ".join(f"{section} {n}" for section, n in sorted(result.sections.items()))
        + ")",
        f"crashes: {crashes} ({per_stage})",
        f"seconds: {result.seconds['total']:.1f} in all; model {result.seconds['model']:.1f},"
        f" analysis {result.seconds['analysis']:.1f}"
        f" ({_mean(result.seconds['analysis'], result.analysed, '{:.2f}')} per article,"
        f" slowest {result.slowest[0]:.2f} {result.slowest[1]})"
        + (
            ""
            if analyze_only
            else f", generation {result.seconds['generation']:.1f}, save {result.seconds['save']:.1f}"
        ),
        "found per analysed article: "
        + ", ".join(
            f"{kind} {_mean(result.found[kind], result.analysed, '{:.2f}')}"
            for kind in ("quotes", "claims", "dates", "people")
        ),
    ]
    if analyze_only:
        return lines
    made = len(result.questions)
    both = sum(
        q >= ENOUGH_QUESTIONS and t >= ENOUGH_TYPES
        for q, t in zip(result.questions, result.types, strict=True)
    )
    enough_questions = sum(q >= ENOUGH_QUESTIONS for q in result.questions)
    enough_types = sum(t >= ENOUGH_TYPES for t in result.types)
    lines += [
        f"generated: {made} articles, {sum(result.questions)} questions;"
        f" {result.short} articles gave fewer than asked",
        f"mean questions per article: {_mean(sum(result.questions), made, '{:.1f}')}",
        f"mean types per article: {_mean(sum(result.types), made, '{:.2f}')}",
        f"articles with >= {ENOUGH_QUESTIONS} questions: {_share(enough_questions, made)};"
        f" with >= {ENOUGH_TYPES} types: {_share(enough_types, made)};"
        f" both: {_share(both, made)}",
        "questions by type: " + ", ".join(f"{t.value} {result.by_type[t]}" for t in QuestionType),
    ]
    return lines


def _mean(total: float, count: int, form: str) -> str:
    return form.format(total / count) if count else "-"


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({part / whole:.0%})" if whole else "-"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "corpus", nargs="?", type=Path, default=CORPUS, help=f"JSON lines (default: {CORPUS})"
    )
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument(
        "--every",
        type=int,
        default=1,
        metavar="K",
        help="every K-th article only (the file is in section order: business first)",
    )
    parser.add_argument("--out", type=Path, default=None, help="keep the banks in this folder")
    parser.add_argument("--analyze-only", action="store_true", help="no generation")
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT, help="questions per article")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--warnings", action="store_true", help="list every finding, not the hard failures alone"
    )
    args = parser.parse_args(argv)
    corpus = args.corpus if args.corpus.is_absolute() else ROOT / args.corpus
    with tempfile.TemporaryDirectory(prefix="bbc-banks-") as scratch:
        out = args.out if args.out is not None else Path(scratch)
        out.mkdir(parents=True, exist_ok=True)
        result = run(corpus, args.limit, out, args.analyze_only, args.count, args.seed, args.every)
        print()
        print("\n".join(summary(result, args.analyze_only)))
        if result.banks:
            reports = [check_quality(load_bank(p), str(p)) for p in result.banks]
            print()
            print(table(reports, combine_reports(reports), warnings=args.warnings))
    return 1 if sum(result.crashes.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
