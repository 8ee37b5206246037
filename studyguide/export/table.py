"""A bank as a spreadsheet (CSV): one row per question, answers and evidence in words."""

from __future__ import annotations

import csv
import io

from studyguide.export.words import answer_lines, evidence_lines
from studyguide.model import Bank

COLUMNS = (
    "id",
    "article",
    "type",
    "difficulty",
    "points",
    "tags",
    "prompt",
    "choices",
    "answer",
    "explanation",
    "evidence",
)


def csv_text(bank: Bank) -> str:
    """The bank's questions as CSV with a header row; lists are joined with " | "."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for question in bank.questions:
        # Items to order go in a fixed order that is not the answer's.
        choices = (
            question.choices or tuple(p.left for p in question.pairs) or sorted(question.order)
        )
        writer.writerow(
            [
                question.id,
                question.article,
                question.type.value,
                question.difficulty.value,
                question.points,
                " | ".join(question.tags),
                question.prompt,
                " | ".join(choices),
                " | ".join(answer_lines(question)),
                question.explanation,
                " | ".join(evidence_lines(question, None)),
            ]
        )
    return out.getvalue()
