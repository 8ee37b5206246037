"""Quote scores with each split quote scored as one quote, as the parts it is told in.

A split quote ('"We lost," Novak said. "We will win the next."') is one quote with one
speaker. `studyguide.analyze` gives it as parts, each span holding only quoted words, and
marks every part after the first with `continues`. Gold corpora disagree on how to mark it:
PolNeAR gives one span from the first quoted word to the last, attribution and all; the
Gender Gap Tracker gives each part. This script runs the evaluation's own scorer unchanged,
twice: once on the parts, as `score_quotes.py --system studyguide` sees them, and once with
each quote told in parts (split by its attribution, or running on over paragraphs) given
as one span, the parts grouped as the library groups them (`studyguide.model.quotations`).

Run from the project folder, with ../shared beside it:

    python benchmarks/split_quotes.py ../shared/eval/polnear.dev.jsonl
    python benchmarks/split_quotes.py ../shared/eval/ggt_quotes.dev.jsonl --limit 10

Prints the scorer's JSON line for each way, labelled "parts" and "whole"; the second run
scores the analyses of the first again, so it has no time of its own.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import studyguide
from studyguide.model import Analysis, quotations

SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score_quotes.py"


def whole_quotes(analysis: Analysis) -> list[dict[str, Any]]:
    """The quotes of `to_dict()`, each quote told in parts given as one span, from the
    start of its first part to the end of its last (`studyguide.model.quotations`)."""
    return [
        {**parts[0].to_dict(), "end": parts[-1].content.end}
        for parts in quotations(analysis.quotes)
    ]


def score(
    scorer: ModuleType, gold: str, limit: int, whole: bool, seen: dict[str, Any]
) -> dict[str, Any]:
    """The scorer's figures; `seen` keeps each text's analysis for the second run."""
    analyze = studyguide.analyze

    def analyzed(text: str, published: str | None = None) -> dict[str, Any]:
        if text not in seen:
            seen[text] = analyze(text, published)
        analysis = seen[text]
        data = analysis.to_dict()
        return {**data, "quotes": whole_quotes(analysis)} if whole else data

    argv = [str(SCORER), gold, "--system", "studyguide", "--limit", str(limit)]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        old_argv, sys.argv = sys.argv, argv
        studyguide.analyze = analyzed  # type: ignore[assignment]
        try:
            scorer.main()
        finally:
            sys.argv, studyguide.analyze = old_argv, analyze
    return dict(json.loads(out.getvalue()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", help="a quote corpus in ../shared/eval (JSONL)")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N articles")
    args = parser.parse_args()
    if not SCORER.is_file():
        print(f"error: the scorer is not at {SCORER}", file=sys.stderr)
        return 2
    sys.path.insert(0, str(SCORER.parent))
    scorer = importlib.import_module("score_quotes")  # the scorer in ../shared/eval
    seen: dict[str, Any] = {}
    for label, whole in (("parts", False), ("whole", True)):
        figures = score(scorer, args.gold, args.limit, whole, seen)
        if whole:
            del figures["seconds"]  # the analyses of the first run, scored again
        print(label, json.dumps(figures), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
