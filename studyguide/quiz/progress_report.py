"""`studyguide progress`: what a student has learnt from a bank, by type and by tag, and
which questions they find hardest."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from rich import box
from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from studyguide.errors import counted
from studyguide.model import Bank, Question, QuestionType
from studyguide.quiz.clock import wait_in_words
from studyguide.quiz.literal import literal
from studyguide.quiz.progress import Progress, Record
from studyguide.quiz.results import Outcome
from studyguide.quiz.screen import INDENT, Screen

WEAKEST = 5
"""How many of the weakest questions the report lists."""


@dataclass(frozen=True, slots=True)
class ProgressRow:
    """Progress on a group of questions: one type, one tag, or all."""

    name: str
    questions: int
    seen: int
    """Questions answered (or skipped) at least once."""
    answers: int
    """Answers given, skips included, over every quiz."""
    right: int
    """Questions whose last answer was right: what the student knows now."""
    due: int
    """Questions due for review now, those never seen included."""
    next_due: datetime | None
    """When the first question not due now will be; None when all are due."""


@dataclass(frozen=True, slots=True)
class WeakQuestion:
    question: Question
    record: Record
    due: bool


@dataclass(frozen=True, slots=True)
class ProgressReport:
    title: str
    now: datetime
    by_type: tuple[ProgressRow, ...]
    by_tag: tuple[ProgressRow, ...]
    total: ProgressRow
    weakest: tuple[WeakQuestion, ...]
    """Questions missed at least once, the least often right first."""


def progress_report(bank: Bank, progress: Progress, *, now: datetime) -> ProgressReport:
    """The progress on each of `bank`'s questions that is still current (a question
    changed since it was answered counts as never seen), at `now`."""
    questions = bank.questions
    records = {q.id: record for q in questions if (record := progress.record_for(q)) is not None}

    def row(name: str, group: Sequence[Question]) -> ProgressRow:
        kept = [records[q.id] for q in group if q.id in records]
        return ProgressRow(
            name=name,
            questions=len(group),
            seen=sum(record.seen > 0 for record in kept),
            answers=sum(record.seen for record in kept),
            right=sum(record.last_outcome is Outcome.CORRECT for record in kept),
            due=sum(progress.is_due(q, now) for q in group),
            next_due=progress.next_due(group, now),
        )

    kinds = [kind for kind in QuestionType if any(q.type is kind for q in questions)]
    tags = sorted({tag for q in questions for tag in q.tags}, key=str.casefold)
    missed = [
        WeakQuestion(q, records[q.id], progress.is_due(q, now))
        for q in questions
        if q.id in records and records[q.id].missed
    ]
    missed.sort(key=lambda weak: (weak.record.right / weak.record.seen, -weak.record.missed))
    return ProgressReport(
        title=bank.title,
        now=now,
        by_type=tuple(row(kind.label, [q for q in questions if q.type is kind]) for kind in kinds),
        by_tag=tuple(row(tag, [q for q in questions if tag in q.tags]) for tag in tags),
        total=row("All questions", questions),
        weakest=tuple(missed[:WEAKEST]),
    )


def show_progress(
    report: ProgressReport, *, console: Console, plain: bool = False, bank: str = "BANK"
) -> None:
    """Print `report`: a table by type and one by tag, then the weakest questions. `bank`
    names the bank's file in the suggestion to take the quiz."""
    screen = Screen(console, plain=plain)
    total = report.total
    questions = counted(total.questions, "question")
    heading = Text(f"Your progress on {questions}")
    if report.title:
        heading = Text.assemble(
            literal(report.title, screen.style("title")), f": your progress on {questions}"
        )
    screen.print(heading)
    screen.print()
    screen.print(_table("Type", report.by_type, report, plain, total=total))
    if report.by_tag:
        screen.print()
        screen.print(_table("Tag", report.by_tag, report, plain))
    screen.print()
    if not total.seen:
        screen.command(f"No answers yet. Take the quiz with: studyguide quiz {bank}")
        return
    if not report.weakest:
        screen.print(Text("Nothing missed so far.", style=screen.style("correct")))
    else:
        screen.print(Text("The weakest questions:", style=screen.style("title")))
        for number, weak in enumerate(report.weakest, start=1):
            record = weak.record
            facts = [f"right {record.right} of {record.seen}"]
            if record.skipped:
                facts.append(f"skipped {record.skipped}")
            if weak.due:
                facts.append("due now")
            elif record.memory is not None:
                facts.append(f"due {wait_in_words(record.memory.due - report.now)}")
            grid = Table.grid(padding=(0, 1))
            grid.add_column(no_wrap=True, justify="right")
            grid.add_column()
            grid.add_row(Text(f"{number}."), literal(weak.question.prompt))
            grid.add_row(Text(""), Text(screen.sep.join(facts), style=screen.style("hint")))
            screen.print(Padding(grid, (0, 0, 0, INDENT)))
    if total.due:
        screen.print()
        screen.command(f"Review the questions due with: studyguide quiz {bank} --review")


def _table(
    heading: str,
    rows: Sequence[ProgressRow],
    report: ProgressReport,
    plain: bool,
    *,
    total: ProgressRow | None = None,
) -> Table:
    table = Table(
        box=None if plain else box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        padding=(0, 1),
        header_style="" if plain else "bold",
    )
    table.add_column(heading)
    for name in ("Questions", "Seen", "Right", "Due now"):
        table.add_column(name, justify="right", no_wrap=True)
    table.add_column("Next due", no_wrap=True)
    for row in rows:
        table.add_row(*_cells(row, report.now, literal(row.name)))
    if total is not None:
        table.add_section()
        table.add_row(*_cells(total, report.now, Text(total.name)))
    return table


def _cells(row: ProgressRow, now: datetime, name: Text) -> list[Text]:
    right = f"{row.right} of {row.seen}" if row.seen else "–"
    later = wait_in_words(row.next_due - now) if row.next_due is not None else "–"
    return [
        name,
        Text(str(row.questions)),
        Text(str(row.seen)),
        Text(right),
        Text(str(row.due)),
        Text(later),
    ]
