"""Who says the words an article reports without quote marks: claims against the Gender Gap
Tracker's indirect quotes.

The evaluation's quote scorer leaves indirect quotes out ("X said the plan would fail"),
yet the library gives them as claims, and the study guide, the who-said questions and the
false statements that give a view to another person all name their speaker. This script
scores them: a claim matches a gold indirect quote when their ranges overlap by half of
each (as the quote scorer matches quotes), and its speaker agrees with the gold's resolved
name when their surnames agree or one holds the other.

Run from the project folder, with ../shared beside it:

    python benchmarks/claim_speakers.py --half 1
    python benchmarks/claim_speakers.py --half 2 --errors

Prints one JSON line: claims' precision, recall and F1 against the gold indirect quotes,
and speaker accuracy over the matched ones; with --errors, each wrong speaker first.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import studyguide

GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "ggt_quotes.dev.jsonl"


def _overlaps(first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether two ranges overlap by at least half of each."""
    shared = min(first[1], second[1]) - max(first[0], second[0])
    return shared >= 0.5 * (first[1] - first[0]) and shared >= 0.5 * (second[1] - second[0])


def same_speaker(found: str | None, gold: str | None) -> bool:
    """Surnames agree, or one name holds the other ("Fox", "Liam Fox")."""
    if not found or not gold:
        return False
    found, gold = found.lower(), gold.lower()
    return found.split()[-1] == gold.split()[-1] or found in gold or gold in found


def score(records: list[dict[str, Any]], errors: bool) -> dict[str, float | int]:
    matched = extra = missed = right = 0
    for record in records:
        gold = [q for q in record["quotes"] if q["kind"] == "indirect"]
        taken: set[int] = set()
        for claim in studyguide.analyze(record["text"]).claims:
            span = (claim.content.start, claim.content.end)
            at = next(
                (
                    i
                    for i, q in enumerate(gold)
                    if i not in taken and _overlaps(span, (q["start"], q["end"]))
                ),
                None,
            )
            if at is None:
                extra += 1
                continue
            taken.add(at)
            matched += 1
            expected = gold[at].get("speaker_resolved") or gold[at].get("speaker")
            if same_speaker(claim.speaker, expected):
                right += 1
            elif errors:
                sentence = " ".join(claim.sentence.text.split())[:140]
                print(f"{record['id']}: {claim.speaker!r} for {expected!r}: {sentence}")
        missed += len(gold) - len(taken)
    precision = matched / max(matched + extra, 1)
    recall = matched / max(matched + missed, 1)
    return {
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(2 * precision * recall / max(precision + recall, 1e-9), 3),
        "speaker_acc": round(right / max(matched, 1), 3),
        "speaker_n": matched,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=GOLD)
    parser.add_argument("--half", type=int, choices=(1, 2), help="odd (1) or even (2) records")
    parser.add_argument("--errors", action="store_true", help="print each wrong speaker")
    args = parser.parse_args()
    with args.gold.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines]
    if args.half:
        records = records[args.half - 1 :: 2]
    print(json.dumps(score(records, args.errors)))


if __name__ == "__main__":
    main()
