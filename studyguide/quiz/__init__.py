"""The terminal quiz: ask a bank's questions, grade forgivingly, teach with every answer.

    from studyguide.quiz import read_answers, run_quiz, select_questions, show_summary

    questions = select_questions(bank.questions, types=..., count=10, shuffle=True, rng=rng)
    result = run_quiz(questions, console=console, ask=read_answers(sys.stdin, console),
                      rng=rng, articles=bank.articles, title=bank.title)
    show_summary(result, console=console)

Grading is pure (`grade`), the console, the answers and the randomness are passed in.
This package never imports spaCy, reportlab or YAML: it works on `Question` objects.
"""

from __future__ import annotations

from studyguide.quiz.answers import Ask, read_answers, read_lines, read_terminal
from studyguide.quiz.grading import (
    Grade,
    Verdict,
    expected_response,
    grade,
    normalize,
    rivals_for,
    typos,
)
from studyguide.quiz.layout import Layout, canonical_layout, lay_out
from studyguide.quiz.literal import clean, literal
from studyguide.quiz.results import (
    Outcome,
    QuestionResult,
    QuizResult,
    StopReason,
    Tally,
    results_json,
)
from studyguide.quiz.screen import show_summary
from studyguide.quiz.selection import TYPE_NAMES, parse_types, select_questions
from studyguide.quiz.session import run_quiz

__all__ = [
    "TYPE_NAMES",
    "Ask",
    "Grade",
    "Layout",
    "Outcome",
    "QuestionResult",
    "QuizResult",
    "StopReason",
    "Tally",
    "Verdict",
    "canonical_layout",
    "clean",
    "expected_response",
    "grade",
    "lay_out",
    "literal",
    "normalize",
    "parse_types",
    "read_answers",
    "read_lines",
    "read_terminal",
    "results_json",
    "rivals_for",
    "run_quiz",
    "select_questions",
    "show_summary",
    "typos",
]
