"""What a student has learnt from a bank, kept across quizzes in their data directory.

Each bank has its own progress file, a JSON file in `<data directory>/progress/`, named
after the bank's file and its articles (not its place on disk: a bank moved or copied
keeps its progress; one that holds other articles has its own). The data directory is the
user's
(platformdirs' `user_data_dir("studyguide")`), or the one the environment variable
STUDYGUIDE_DATA_DIR names.

Progress is kept by question id, so that a teacher's edit to one question resets that
question's record and no other. Each record holds a fingerprint of what the question
asks and expects (its type, prompt, answer, pairs and order; not its wording of choices,
accepted aliases, explanation or tags, which can change without making it a new
question). A record whose fingerprint no longer matches counts as never seen, and is
replaced the next time the question is answered. Records of questions that have left the
bank are kept, in case they come back.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from studyguide.bank import load_bank
from studyguide.errors import ProgressUnreadable
from studyguide.model import Bank, Question
from studyguide.quiz.clock import Clock, utc_now
from studyguide.quiz.memory import SCHEDULER, Memory, remember
from studyguide.quiz.results import Outcome, QuestionResult
from studyguide.storage import locked, write_atomic

PROGRESS_FORMAT = 1
"""Version of the progress file's layout, raised when a key changes meaning."""

DATA_DIR_VARIABLE = "STUDYGUIDE_DATA_DIR"


_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def data_dir() -> Path:
    """Where studyguide keeps what it learns about its user: STUDYGUIDE_DATA_DIR when set,
    otherwise the platform's place for application data."""
    chosen = os.environ.get(DATA_DIR_VARIABLE)
    if chosen:
        return Path(chosen).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("studyguide", appauthor=False))


def progress_path(bank_path: Path, directory: Path | None = None, bank: Bank | None = None) -> Path:
    """The progress file of the bank at `bank_path` (read from there unless given as
    `bank`): named after the file's name and the bank's articles, so that the bank keeps
    its progress when moved or copied, and two banks of other articles keep apart."""
    articles = (bank if bank is not None else load_bank(bank_path)).articles
    what = json.dumps(sorted([a.id, a.text] for a in articles), ensure_ascii=False)
    return _named(bank_path, hashlib.sha256(what.encode("utf-8")).hexdigest()[:12], directory)


def _named(bank_path: Path, key: str, directory: Path | None) -> Path:
    # Cut by bytes, which the file system counts: 60 emoji are 240 of them.
    stem = bank_path.stem.encode("utf-8")[:60].decode("utf-8", errors="ignore")
    return (directory or data_dir()) / "progress" / f"{stem}-{key}.json"


def _by_place(bank_path: Path, directory: Path | None) -> Path:
    """Where the progress of a bank was kept before it went by the bank's articles: by the
    bank's place on disk. Read once, then kept under the new name."""
    place = hashlib.sha256(str(bank_path.resolve()).encode("utf-8")).hexdigest()[:12]
    return _named(bank_path, place, directory)


def fingerprint(question: Question) -> str:
    """A short hash of what `question` asks and expects (see the module's docstring)."""
    asked = [
        question.type.value,
        question.prompt,
        question.answer,
        [[pair.left, pair.right] for pair in question.pairs],
        list(question.order),
    ]
    text = json.dumps(asked, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Record:
    """One question's history, and when it is due again."""

    fingerprint: str
    right: int = 0
    wrong: int = 0
    """Answers that were wrong, including right answers given after the time limit."""
    skipped: int = 0
    last_seen: datetime | None = None
    last_outcome: Outcome | None = None
    memory: Memory | None = None
    overridden: int = 0
    """Right answers among `right` that the grader had marked wrong and the student counted
    right ("I was right")."""

    @property
    def seen(self) -> int:
        """How many times the question was asked (and answered or skipped)."""
        return self.right + self.wrong + self.skipped

    @property
    def missed(self) -> int:
        return self.wrong + self.skipped

    def due(self, now: datetime) -> bool:
        return self.memory is None or self.memory.due <= now

    def after(self, result: QuestionResult, now: datetime) -> Record:
        """This record once `result` is added, answered at `now`."""
        correct = result.outcome is Outcome.CORRECT
        return replace(
            self,
            right=self.right + correct,
            wrong=self.wrong + (result.outcome is Outcome.INCORRECT),
            skipped=self.skipped + (result.outcome is Outcome.SKIPPED),
            last_seen=now.replace(microsecond=0),
            last_outcome=result.outcome,
            memory=remember(self.memory, correct, now),
            overridden=self.overridden + result.overridden,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "fingerprint": self.fingerprint,
            "seen": self.seen,
            "right": self.right,
            "wrong": self.wrong,
            "skipped": self.skipped,
            "last_seen": None if self.last_seen is None else self.last_seen.isoformat(),
            "last_outcome": None if self.last_outcome is None else self.last_outcome.value,
            "memory": None if self.memory is None else self.memory.to_dict(),
            "overridden": self.overridden,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Record:
        """The record a `to_dict` wrote; raises ValueError, KeyError or TypeError otherwise."""
        counts = [data.get(key, 0) for key in ("right", "wrong", "skipped", "overridden")]
        if not all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in counts):
            raise ValueError(f"counts must be whole numbers, found {counts}")
        if not isinstance(data["fingerprint"], str):
            raise TypeError("fingerprint must be text")
        last_seen = data.get("last_seen")
        last_outcome = data.get("last_outcome")
        memory = data.get("memory")
        return cls(
            fingerprint=data["fingerprint"],
            right=counts[0],
            wrong=counts[1],
            skipped=counts[2],
            last_seen=None if last_seen is None else datetime.fromisoformat(last_seen),
            last_outcome=None if last_outcome is None else Outcome(last_outcome),
            memory=None if memory is None else Memory.from_dict(memory),
            overridden=counts[3],
        )


@dataclass(frozen=True, slots=True)
class Progress:
    """A student's progress on one bank: a record for each question answered."""

    bank: str = ""
    """The bank's file, as an absolute path, for whoever reads the progress file."""
    title: str = ""
    records: Mapping[str, Record] = field(default_factory=dict)
    """By question id."""

    def record_for(self, question: Question) -> Record | None:
        """The question's record, or None if it was never answered or has changed since."""
        record = self.records.get(question.id)
        if record is None or record.fingerprint != fingerprint(question):
            return None
        return record

    def is_due(self, question: Question, now: datetime) -> bool:
        """Whether `question` should be asked in a review at `now`: never seen (or changed
        since), or its review is due."""
        record = self.record_for(question)
        return record is None or record.due(now)

    def next_due(self, questions: Iterable[Question], now: datetime) -> datetime | None:
        """When the first of `questions` not due at `now` will be; None if there is none."""
        waits = [
            record.memory.due
            for question in questions
            if (record := self.record_for(question)) is not None
            and record.memory is not None
            and record.memory.due > now
        ]
        return min(waits, default=None)

    def after(self, result: QuestionResult, now: datetime) -> Progress:
        """This progress once `result` is added, answered at `now`."""
        question = result.question
        record = self.record_for(question) or Record(fingerprint(question))
        records = {**self.records, question.id: record.after(result, now)}
        return replace(self, records=records)

    def joined(self, other: Progress) -> Progress:
        """This progress with `other`'s records added: of two records of one question, the
        one with more answers in it (two quizzes at once each add their own)."""
        records = dict(self.records)
        for key, record in other.records.items():
            mine = records.get(key)
            if mine is None or (record.seen, record.last_seen or _EPOCH) > (
                mine.seen,
                mine.last_seen or _EPOCH,
            ):
                records[key] = record
        return replace(self, records=records)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": PROGRESS_FORMAT,
            "bank": self.bank,
            "title": self.title,
            "scheduler": SCHEDULER,
            "questions": {key: self.records[key].to_dict() for key in sorted(self.records)},
        }


def progress_json(progress: Progress) -> str:
    return json.dumps(progress.to_dict(), ensure_ascii=False, indent=2) + "\n"


def parse_progress(text: str, path: Path | str) -> Progress:
    """The progress a progress file holds; raises ProgressUnreadable, naming `path`, for
    text that is not one."""
    try:
        data = json.loads(text)
    except ValueError as error:
        raise ProgressUnreadable(path, f"not a progress file: {error}") from None
    if not isinstance(data, dict) or not isinstance(data.get("questions"), dict):
        raise ProgressUnreadable(path, "not a progress file: no questions in it")
    version = data.get("format")
    if version != PROGRESS_FORMAT:
        raise ProgressUnreadable(
            path, f"progress file format {version!r} is not the {PROGRESS_FORMAT} this reads"
        )
    records: dict[str, Record] = {}
    for key, entry in data["questions"].items():
        try:
            if not isinstance(entry, dict):
                raise TypeError("not a record")
            records[key] = Record.from_dict(entry)
        except (ValueError, KeyError, TypeError) as error:
            raise ProgressUnreadable(path, f"question {key!r}: bad record ({error})") from None
    return Progress(str(data.get("bank", "")), str(data.get("title", "")), records)


def load_progress(path: Path, *, bank: str = "", title: str = "") -> Progress:
    """The progress kept in `path`; an empty progress for `bank` and `title` when there is
    no such file yet. Raises ProgressUnreadable for a file that cannot be read or is not
    a progress file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        # Nothing kept yet; a folder that cannot hold the file shows when saving.
        return Progress(bank, title)
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        raise ProgressUnreadable(path, f"could not read it ({reason})") from None
    progress = parse_progress(text, path)
    return replace(progress, bank=bank or progress.bank, title=title or progress.title)


def save_progress(progress: Progress, path: Path) -> None:
    """Write `progress` to `path` atomically; raises OSError when it cannot."""
    write_atomic(path, progress_json(progress))


class ProgressBook:
    """A bank's progress on disk, brought up to date after every answer, so that it is
    kept however the quiz ends: finished, q, Ctrl-C, the end of the input, or the
    terminal closing.

    A failed write does not stop the quiz: the book tries again after the next answer,
    and `error` says what went wrong if the last write failed.
    """

    def __init__(self, path: Path, progress: Progress, *, clock: Clock = utc_now) -> None:
        self.path = path
        self.progress = progress
        self.clock = clock
        self.error: str | None = None

    @classmethod
    def open(
        cls,
        bank_path: Path,
        bank: Bank,
        *,
        directory: Path | None = None,
        clock: Clock = utc_now,
    ) -> ProgressBook:
        """The book of `bank`, read from `bank_path`, in `directory` (by default
        `data_dir()`). Raises ProgressUnreadable for a damaged progress file."""
        path = progress_path(bank_path, directory, bank)
        older = _by_place(bank_path, directory)
        source = older if not path.exists() and older.exists() else path
        progress = load_progress(source, bank=str(bank_path.resolve()), title=bank.title)
        return cls(path, progress, clock=clock)

    def record(self, result: QuestionResult) -> None:
        """Adds the answer to the progress on disk, read again under the lock: another
        quiz on the same bank may have added its own answers since."""
        now = self.clock()
        try:
            with locked(self.path):
                try:
                    kept = load_progress(
                        self.path, bank=self.progress.bank, title=self.progress.title
                    )
                except ProgressUnreadable:
                    kept = self.progress
                self.progress = kept.joined(self.progress).after(result, now)
                save_progress(self.progress, self.path)
        except OSError as error:
            # "File exists" when a file stands where the progress folder should be.
            blocked = next((p for p in self.path.parents if p.is_file()), None)
            reason = f"{blocked} is a file, not a folder" if blocked else error.strerror or error
            self.error = f"{self.path}: could not keep the progress ({reason})"
        else:
            self.error = None
