"""Running a quiz in a test: a recording console and answers scripted as lines of text."""

from __future__ import annotations

import io
import random
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from rich.console import Console

from studyguide.bank import save_bank
from studyguide.model import Bank, Question
from studyguide.quiz import DATA_DIR_VARIABLE, QuizResult, read_lines, run_quiz, show_summary

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


MONDAY = datetime(2024, 5, 6, 9, 0, tzinfo=timezone.utc)
"""A fixed moment to reckon due dates from."""


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where progress is kept during a test: never the user's own data directory."""
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(folder))
    return folder


@pytest.fixture
def bank_file(harbour_bank: Bank, tmp_path: Path) -> Path:
    path = tmp_path / "harbour.yaml"
    save_bank(harbour_bank, path)
    return path


class Clock:
    """A clock that moves only when told to: `now()` for dates, `timer()` for seconds."""

    def __init__(self, start: datetime = MONDAY) -> None:
        self.moment = start

    def now(self) -> datetime:
        return self.moment

    def timer(self) -> float:
        return (self.moment - MONDAY).total_seconds()

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


def timed_answers(clock: Clock, answers: Sequence[tuple[str, float]]) -> Iterator[str]:
    """Answers that each take the given number of seconds to type."""
    for answer, seconds in answers:
        clock.advance(seconds=seconds)
        yield answer


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
    """Run a whole quiz on `bank` with `answers` (one a line), each answered at once;
    return the result and the transcript, summary included."""
    console = recording_console()
    result = run_quiz(
        bank.questions if questions is None else questions,
        console=console,
        ask=read_lines(io.StringIO(answers), console, plain=plain),
        rng=random.Random(seed),
        articles=bank.articles,
        title=bank.title,
        plain=plain,
        timer=lambda: 0.0,
    )
    show_summary(result, console=console, plain=plain)
    return result, console.export_text()
