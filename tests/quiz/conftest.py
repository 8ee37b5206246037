"""Running a quiz in a test: a recording console and answers scripted as lines of text."""

from __future__ import annotations

import io
import random
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console

from studyguide.model import Bank, Question
from studyguide.quiz import QuizResult, read_lines, run_quiz, show_summary

TRANSCRIPTS = Path(__file__).parent / "transcripts"
"""Whole quiz transcripts, compared line for line."""

ANSWERS = "\n".join(
    [
        "b",  # multiple choice, right
        "t",  # true/false, wrong
        "2023",  # fill in the blank, right
        "a yaer late",  # short answer with a typo, accepted
        "x",  # matching: not an answer, asked again
        "s",  # matching, skipped
        "2 1",  # ordering, right (seed 7 shows the events in the wrong order)
    ]
)


def recording_console() -> Console:
    return Console(file=io.StringIO(), width=80, record=True, color_system=None, highlight=False)


def take_quiz(
    bank: Bank,
    answers: str,
    *,
    questions: Sequence[Question] | None = None,
    seed: int = 7,
    plain: bool = False,
) -> tuple[QuizResult, str]:
    """Run a whole quiz on `bank` with `answers` (one a line); return the result and the
    transcript, summary included."""
    console = recording_console()
    result = run_quiz(
        bank.questions if questions is None else questions,
        console=console,
        ask=read_lines(io.StringIO(answers), console, plain=plain),
        rng=random.Random(seed),
        articles=bank.articles,
        title=bank.title,
        plain=plain,
    )
    show_summary(result, console=console, plain=plain)
    return result, console.export_text()
