"""How the analysis time grows with an article's length: it must grow about as the text does.

Two kinds of text are timed at growing sizes: the sample article repeated (plain news, its
paragraphs, quotes and dates as they are), and one quote opened again and again with a
verb of saying ('"He said ' repeated), where every quote is near every other. For each
size the table gives the seconds the analysis took and the seconds per 100 KB; near-linear
analysis keeps that last column about flat (twice the text in at most 2.5 times the time).
The target: 1 MB of news analysed in under 30 s.

    python benchmarks/analysis_scaling.py [--sizes 100,300,1000] [--quotes 1000,3000,10000]
"""

from __future__ import annotations

import argparse
import time
from importlib.resources import files

from studyguide.analysis import analyze_article, load_model
from studyguide.ingest.text import parse_text

TARGET_SECONDS_PER_MB = 30.0


def _timed(text: str, nlp: object) -> float:
    article = parse_text(text, article_id="scaling")
    started = time.perf_counter()
    analyze_article(article, nlp)  # type: ignore[arg-type]
    return time.perf_counter() - started


def _row(kind: str, text: str, nlp: object) -> tuple[str, float, float]:
    seconds = _timed(text, nlp)
    kb = len(text.encode()) / 1000
    print(f"{kind:<28} {kb:>9.0f} KB {seconds:>9.1f} s {seconds / kb * 100:>9.2f} s/100 KB")
    return kind, kb, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,300,1000", help="KB of repeated news")
    parser.add_argument("--quotes", default="1000,3000,10000", help="repeats of '\"He said '")
    args = parser.parse_args()
    nlp = load_model()
    sample = (files("studyguide") / "examples" / "assad-coalition.txt").read_text("utf-8")
    title, _, body = sample.partition("\n")
    print(f"{'text':<28} {'size':>12} {'time':>11} {'rate':>16}")
    for size in (int(s) for s in args.sizes.split(",")):
        repeats = max(1, size * 1000 // len(body.encode()))
        _, kb, seconds = _row(f"news x{repeats}", f"{title}\n{body * repeats}", nlp)
        if kb >= 900:
            verdict = "met" if seconds / kb * 1000 < TARGET_SECONDS_PER_MB else "missed"
            print(f"  1 MB target ({TARGET_SECONDS_PER_MB:.0f} s): {verdict}")
    for count in (int(c) for c in args.quotes.split(",")):
        _row(
            f'"He said x{count}',
            f"Quotes\n\n{chr(34)}He said " * 1 + f"{chr(34)}He said " * count,
            nlp,
        )


if __name__ == "__main__":
    main()
