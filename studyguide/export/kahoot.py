"""A bank as Kahoot's quiz spreadsheet (.xlsx), laid out as Kahoot's own template is: a
title above, the header in row 8 (question, four answers, time limit, correct answers) in
columns B to H, each question's number in column A and the questions from row 9 down.

Kahoot asks multiple choice questions of up to four answers, and true or false ones as two
answers; its questions are at most 120 characters and its answers 75. A question that does
not fit is left out, and `left_out` says how many and why, so that the export can tell.
"""

from __future__ import annotations

import io
from collections import Counter

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from studyguide.model import FALSE, TRUE, Bank, Question, QuestionType

HEADER = (
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
)
HEADER_ROW = 8
MAX_QUESTION, MAX_ANSWER, MAX_ANSWERS = 120, 75, 4
TIME_LIMITS = (20, 30, 60, 90, 120, 240)
"""Kahoot's time limits from its default, 20 seconds, up."""
_SECONDS_A_WORD = 0.6
"""Reading time: a class reads the question and its answers aloud in about this much."""

NOT_ASKED = "not multiple choice or true or false"
TOO_LONG = "longer than Kahoot allows (120 characters a question, 75 an answer)"
TOO_MANY = "more than four choices"


def kahoot_workbook(bank: Bank) -> bytes:
    """The bank's questions that fit Kahoot, as its spreadsheet's bytes."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Kahoot quiz"
    sheet["B2"] = bank.title or "Quiz"
    sheet["B2"].font = Font(bold=True, size=14)
    sheet["B4"] = "Made by studyguide in the layout of Kahoot's quiz spreadsheet template."
    for column, text in enumerate(HEADER, start=2):
        sheet.cell(row=HEADER_ROW, column=column, value=text).font = Font(bold=True)
    number = 0
    for question in bank.questions:
        if _misfit(question) is not None:
            continue
        number += 1
        answers = _answers(question)
        row = [*answers, *[""] * (MAX_ANSWERS - len(answers))]
        right = answers.index(question.answer if question.choices else question.answer.title())
        values: list[str | int] = [number, question.prompt, *row, _time_limit(question), right + 1]
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=HEADER_ROW + number, column=column, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # text, never a formula: "=..." is shown as written
    sheet.column_dimensions["B"].width = 60
    for letter in "CDEF":
        sheet.column_dimensions[letter].width = 30
    for row in sheet.iter_rows(min_row=HEADER_ROW):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def left_out(bank: Bank) -> Counter[str]:
    """How many of the bank's questions Kahoot cannot take, by reason."""
    return Counter(reason for q in bank.questions if (reason := _misfit(q)) is not None)


def _answers(question: Question) -> list[str]:
    return list(question.choices) if question.choices else [TRUE, FALSE]


def _misfit(question: Question) -> str | None:
    if question.type not in (QuestionType.MULTIPLE_CHOICE, QuestionType.TRUE_FALSE):
        return NOT_ASKED
    answers = _answers(question)
    if len(answers) > MAX_ANSWERS:
        return TOO_MANY
    if len(question.prompt) > MAX_QUESTION or any(len(a) > MAX_ANSWER for a in answers):
        return TOO_LONG
    return None


def _time_limit(question: Question) -> int:
    """The shortest of Kahoot's time limits in which the question and answers can be read."""
    words = len(" ".join([question.prompt, *_answers(question)]).split())
    needed = 5 + words * _SECONDS_A_WORD
    return next((limit for limit in TIME_LIMITS if limit >= needed), TIME_LIMITS[-1])
