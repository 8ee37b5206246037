"""`studyguide progress` as a library: the report's figures and how it is shown."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from studyguide.model import Bank
from studyguide.quiz import Outcome, Progress, QuestionResult, progress_report, show_progress
from tests.quiz.conftest import MONDAY, recording_console

LATER = MONDAY + timedelta(minutes=5)


def _progress(bank: Bank) -> Progress:
    progress = Progress()
    for index, outcome in [
        (0, Outcome.CORRECT),
        (1, Outcome.INCORRECT),
        (1, Outcome.INCORRECT),
        (3, Outcome.CORRECT),
        (4, Outcome.SKIPPED),
        (4, Outcome.CORRECT),
    ]:
        progress = progress.after(QuestionResult(bank.questions[index], outcome), MONDAY)
    return progress


def _shown(bank: Bank, progress: Progress, *, plain: bool = False) -> list[str]:
    console = recording_console()
    report = progress_report(bank, progress, now=LATER)
    show_progress(report, console=console, plain=plain, bank="harbour.yaml")
    return console.export_text().splitlines()


def test_the_report_s_figures(harbour_bank: Bank) -> None:
    report = progress_report(harbour_bank, _progress(harbour_bank), now=LATER)

    total = report.total
    assert (total.questions, total.seen, total.answers, total.right, total.due) == (6, 4, 6, 3, 3)
    assert total.next_due == MONDAY + timedelta(minutes=10)
    assert [(row.name, row.seen, row.right, row.due) for row in report.by_tag] == [
        ("claim", 1, 1, 0),
        ("date", 1, 0, 3),
        ("person", 2, 2, 0),
        ("quote", 1, 1, 0),
    ]
    assert [row.name for row in report.by_type] == [
        "Multiple choice",
        "True or false",
        "Fill in the blank",
        "Short answer",
        "Matching",
        "Ordering",
    ]
    assert [(weak.question.id, weak.due) for weak in report.weakest] == [
        ("q-tf-cables", True),
        ("q-match-roles", False),
    ]


def test_the_report_on_screen(harbour_bank: Bank) -> None:
    # "Right" counts questions whose last answer was right, of those seen: what the
    # student knows now, not answers over every quiz.
    assert _shown(harbour_bank, _progress(harbour_bank)) == [
        "Harbour Bridge: your progress on 6 questions",
        "",
        "Type                Questions   Seen    Right   Due now   Next due",
        "─" * 66,
        "Multiple choice             1      1   1 of 1         0   in 5 min",
        "True or false               1      1   0 of 1         1   –",
        "Fill in the blank           1      0        –         1   –",
        "Short answer                1      1   1 of 1         0   in 5 min",
        "Matching                    1      1   1 of 1         0   in 5 min",
        "Ordering                    1      0        –         1   –",
        "",
        "All questions               6      4   3 of 4         3   in 5 min",
        "",
        "Tag      Questions   Seen    Right   Due now   Next due",
        "─" * 55,
        "claim            1      1   1 of 1         0   in 5 min",
        "date             3      1   0 of 1         3   –",
        "person           2      2   2 of 2         0   in 5 min",
        "quote            1      1   1 of 1         0   in 5 min",
        "",
        "The weakest questions:",
        "  1. Engineers replaced 40 cables in 2021.",
        "     right 0 of 2 · due now",
        "  2. Match each person with their role.",
        "     right 1 of 2 · skipped 1 · due in 5 min",
        "",
        "Review the questions due with: studyguide quiz harbour.yaml --review",
    ]


def test_the_plain_report(harbour_bank: Bank) -> None:
    lines = _shown(harbour_bank, _progress(harbour_bank), plain=True)
    assert lines[2:5] == [
        "Type               Questions  Seen   Right  Due now  Next due",
        "Multiple choice            1     1  1 of 1        0  in 5 min",
        "True or false              1     1  0 of 1        1  –",
    ]
    assert "     right 1 of 2, skipped 1, due in 5 min" in lines
    assert not {"─", "│"} & set("".join(lines))


def test_before_any_answer(harbour_bank: Bank) -> None:
    lines = _shown(harbour_bank, Progress())
    assert lines[-1] == "No answers yet. Take the quiz with: studyguide quiz harbour.yaml"
    assert "All questions               6      0       –         6   –" in lines


def test_nothing_missed_and_nothing_due(harbour_bank: Bank) -> None:
    progress = Progress()
    for question in harbour_bank.questions:
        progress = progress.after(QuestionResult(question, Outcome.CORRECT), MONDAY)
    lines = _shown(harbour_bank, progress)
    assert lines[-1] == "Nothing missed so far."
    assert "All questions               6      6   6 of 6         0   in 5 min" in lines


def test_a_changed_question_counts_as_never_seen(harbour_bank: Bank) -> None:
    progress = _progress(harbour_bank)
    changed = dataclasses.replace(harbour_bank.questions[1], prompt="Engineers replaced 41 cables.")
    bank = dataclasses.replace(
        harbour_bank, questions=(harbour_bank.questions[0], changed, *harbour_bank.questions[2:])
    )
    report = progress_report(bank, progress, now=LATER)
    assert report.by_type[1].seen == 0
    assert [weak.question.id for weak in report.weakest] == ["q-match-roles"]
