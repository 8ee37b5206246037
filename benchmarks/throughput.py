"""Throughput over many news articles, one run: the bare spaCy parse (the floor), the
analysis, bank generation, and `studyguide build` over them all with --jobs 1 and --jobs 2.

    python benchmarks/throughput.py                       # 100 articles of bbc.dev
    python benchmarks/throughput.py --articles 200

The articles are read from the evaluation data beside the project (../shared/eval), used
where they are, never copied into the project; the build runs write to a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from studyguide.analysis import analyze_article, load_model  # noqa: E402
from studyguide.generation import generate_questions  # noqa: E402
from studyguide.ingest import parse_text  # noqa: E402

CORPUS = ROOT.parent / "shared" / "eval" / "bbc.dev.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines()]
    texts = [row["text"] for row in rows[: args.articles]]
    words = sum(len(text.split()) for text in texts)
    print(f"{len(texts)} articles, {words:,} words")

    nlp = load_model()
    list(nlp.pipe(texts[:3]))  # warm up
    bare = _timed(lambda: list(nlp.pipe(texts)))
    articles = [parse_text(text, article_id=f"a{n}") for n, text in enumerate(texts)]
    analysis = _timed(lambda: [analyze_article(article, nlp) for article in articles])

    def bank() -> None:
        for article in articles:
            generate_questions(article, analyze_article(article, nlp), count=25)

    banks = _timed(bank)
    print(f"bare nlp.pipe      {bare:7.1f} s   1.00")
    print(f"analysis           {analysis:7.1f} s   {analysis / bare:.2f}")
    print(f"analysis + bank    {banks:7.1f} s   {banks / bare:.2f}")

    with tempfile.TemporaryDirectory() as folder:
        given = Path(folder) / "articles"
        given.mkdir()
        for n, text in enumerate(texts):
            (given / f"article-{n:03d}.txt").write_text(text, encoding="utf-8")
        built = {}
        for jobs in (1, 2):
            out = Path(folder) / f"jobs-{jobs}"
            command = [sys.executable, "-m", "studyguide", "build", str(given), "--plain"]
            command += ["-j", str(jobs), "--bank-folder", str(out), "-o", str(out)]
            built[jobs] = _timed(
                lambda c=command: subprocess.run(c, capture_output=True, check=False)
            )
            print(
                f"build --jobs {jobs}      {built[jobs]:7.1f} s   (bank + PDFs, start-up included)"
            )
        print(f"--jobs 2 throughput: {built[1] / built[2]:.2f} times --jobs 1")


def _timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
