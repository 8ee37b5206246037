"""The terminal quiz: ask a bank's questions, grade forgivingly, teach with every answer,
and remember across quizzes what the student got wrong.

    from studyguide.quiz import ProgressBook, plan_quiz, read_answers, run_session

    book = ProgressBook.open(bank_path, bank)
    plan = plan_quiz(bank.questions, QuestionFilter(types=...), count=10, shuffle=True, rng=rng,
                     review=book.progress if review else None)
    session = run_session(plan.questions, console=console, ask=read_answers(sys.stdin, console),
                          rng=rng, articles=bank.articles, title=bank.title,
                          on_result=book.record)

Grading is pure (`grade`); the console, the answers, the randomness, the clock and the
place progress is kept are passed in. This package never imports spaCy, reportlab or
YAML: it works on `Question` objects.
"""

from __future__ import annotations

from studyguide.quiz.answers import Ask, TimeUp, read_answers, read_lines, read_terminal
from studyguide.quiz.clock import Clock, seconds_in_words, utc_now, wait_in_words
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
from studyguide.quiz.memory import Memory, remember
from studyguide.quiz.order import order_questions, quiz_questions, select_questions
from studyguide.quiz.plan import Plan, plan_quiz
from studyguide.quiz.progress import (
    DATA_DIR_VARIABLE,
    Progress,
    ProgressBook,
    Record,
    data_dir,
    fingerprint,
    load_progress,
    parse_progress,
    progress_json,
    progress_path,
    save_progress,
)
from studyguide.quiz.progress_report import (
    ProgressReport,
    ProgressRow,
    progress_report,
    show_progress,
)
from studyguide.quiz.results import (
    Outcome,
    QuestionResult,
    QuizResult,
    Session,
    StopReason,
    Tally,
    results_json,
)
from studyguide.quiz.screen import retry_prompt, show_notes, show_summary
from studyguide.quiz.session import run_quiz, run_session

__all__ = [
    "DATA_DIR_VARIABLE",
    "Ask",
    "Clock",
    "Grade",
    "Layout",
    "Memory",
    "Outcome",
    "Plan",
    "Progress",
    "ProgressBook",
    "ProgressReport",
    "ProgressRow",
    "QuestionResult",
    "QuizResult",
    "Record",
    "Session",
    "StopReason",
    "Tally",
    "TimeUp",
    "Verdict",
    "canonical_layout",
    "clean",
    "data_dir",
    "expected_response",
    "fingerprint",
    "grade",
    "lay_out",
    "literal",
    "load_progress",
    "normalize",
    "order_questions",
    "parse_progress",
    "plan_quiz",
    "quiz_questions",
    "progress_json",
    "progress_path",
    "progress_report",
    "read_answers",
    "read_lines",
    "read_terminal",
    "remember",
    "results_json",
    "retry_prompt",
    "rivals_for",
    "run_quiz",
    "run_session",
    "save_progress",
    "seconds_in_words",
    "select_questions",
    "show_notes",
    "show_progress",
    "show_summary",
    "typos",
    "utc_now",
    "wait_in_words",
]
