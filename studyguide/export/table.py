"""A bank as a spreadsheet (CSV): one row per question, answers and evidence in words."""

from __future__ import annotations

import csv
import io

from studyguide.export.words import answer_lines, evidence_lines, shown_order
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


def cell(text: str) -> str:
    """Text a spreadsheet shows as text: one starting with = + - or @ (after any spaces,
    tabs or line breaks) would be run as a formula, so it is written with the apostrophe
    spreadsheets take for "this is text"; a tab or a carriage return leading it is guarded
    too. A lone carriage return becomes a line break, which the writer quotes: read as an
    end of line, it would split the row."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    opening = text.lstrip(" \t\n")[:1]
    return f"'{text}" if opening in ("=", "+", "-", "@") or text[:1] == "\t" else text


def csv_text(bank: Bank) -> str:
    """The bank's questions as CSV with a header row; lists are joined with " | "."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for question in bank.questions:
        choices = question.choices or tuple(p.left for p in question.pairs) or shown_order(question)
        row = [
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
        writer.writerow([cell(value) if isinstance(value, str) else value for value in row])
    return out.getvalue()
