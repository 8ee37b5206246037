"""A bank as a spreadsheet (CSV or TSV): one row per question and one value per cell, so
that a spreadsheet or a quiz tool's import reads each choice, pair and accepted answer alone.

The columns: id, article, type, difficulty, points, tags, prompt, answer, explanation,
evidence, then as many `choice N` columns as the longest list of choices needs (a matching
question's left items, an ordering question's items in their right order), a `match N`
column beside each when the bank holds matching or ordering questions (the right item, or
the place), and `also accepted N` for the other answers a short answer takes.
"""

from __future__ import annotations

import csv
import io

from studyguide.export.words import evidence_lines, ordinal
from studyguide.model import Bank, Question, QuestionType

FIRST_COLUMNS = (
    "id",
    "article",
    "type",
    "difficulty",
    "points",
    "tags",
    "prompt",
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


def table_text(bank: Bank, delimiter: str = ",") -> str:
    """The bank's questions as a table with a header row, cells split by `delimiter`."""
    lists = [_choices_and_matches(q) for q in bank.questions]
    widest = max((len(choices) for choices, _ in lists), default=0)
    matched = any(matches for _, matches in lists)
    accepted = max((len(q.accepted) for q in bank.questions), default=0)
    header = [*FIRST_COLUMNS]
    for n in range(1, widest + 1):
        header += [f"choice {n}", f"match {n}"] if matched else [f"choice {n}"]
    header += [f"also accepted {n}" for n in range(1, accepted + 1)]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(header)
    for question, (choices, matches) in zip(bank.questions, lists, strict=True):
        row: list[str | int] = [
            question.id,
            question.article,
            question.type.value,
            question.difficulty.value,
            question.points,
            ", ".join(question.tags),
            question.prompt,
            _answer(question),
            question.explanation,
            " ".join(evidence_lines(question, None)),
        ]
        for n in range(widest):
            row.append(choices[n] if n < len(choices) else "")
            if matched:
                row.append(matches[n] if n < len(matches) else "")
        row += [*question.accepted, *[""] * (accepted - len(question.accepted))]
        writer.writerow([cell(value) if isinstance(value, str) else value for value in row])
    return out.getvalue()


def _choices_and_matches(question: Question) -> tuple[list[str], list[str]]:
    if question.type is QuestionType.MATCHING:
        return [p.left for p in question.pairs], [p.right for p in question.pairs]
    if question.type is QuestionType.ORDERING:
        return list(question.order), [ordinal(n) for n in range(1, len(question.order) + 1)]
    return list(question.choices), []


def _answer(question: Question) -> str:
    """The answer in one cell: the matching and ordering answers are in their columns."""
    if question.type is QuestionType.MATCHING:
        return "each choice with its match"
    if question.type is QuestionType.ORDERING:
        return "the choices in the order given"
    return question.answer
