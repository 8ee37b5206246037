"""Progress across quizzes: spaced-repetition memory, records by question id, the file."""

from __future__ import annotations

import dataclasses
import json
from datetime import timedelta
from pathlib import Path

import pytest

from studyguide.bank import save_bank
from studyguide.errors import ProgressUnreadable
from studyguide.model import Bank
from studyguide.quiz import (
    Memory,
    Outcome,
    Progress,
    ProgressBook,
    QuestionResult,
    Record,
    data_dir,
    fingerprint,
    load_progress,
    parse_progress,
    progress_json,
    progress_path,
    remember,
    save_progress,
)
from tests.quiz.conftest import MONDAY, Clock

MINUTE = timedelta(minutes=1)
DAY = timedelta(days=1)


# -- memory -------------------------------------------------------------------------------


def test_a_missed_question_comes_back_soon_and_a_known_one_later() -> None:
    missed = remember(None, False, MONDAY)
    assert (missed.state, missed.step, missed.due - MONDAY) == ("learning", 0, MINUTE)

    right = remember(None, True, MONDAY)
    assert (right.state, right.step, right.due - MONDAY) == ("learning", 1, 10 * MINUTE)

    learnt = remember(right, True, right.due)
    assert (learnt.state, learnt.step, learnt.due - right.due) == ("review", None, 2 * DAY)

    later = remember(learnt, True, learnt.due)
    assert later.state == "review"
    assert later.due - learnt.due > 2 * DAY
    assert later.stability is not None and learnt.stability is not None
    assert later.stability > learnt.stability

    lapsed = remember(later, False, later.due)
    assert (lapsed.state, lapsed.step, lapsed.due - later.due) == ("relearning", 0, 10 * MINUTE)


def test_the_same_answers_give_the_same_schedule() -> None:
    def schedule() -> list[Memory]:
        memory: Memory | None = None
        memories = []
        for correct in (True, True, False, True, True, True):
            memory = remember(memory, correct, memory.due if memory else MONDAY)
            memories.append(memory)
        return memories

    assert schedule() == schedule()


def test_memory_reads_back_as_written() -> None:
    memory = remember(remember(None, True, MONDAY + timedelta(microseconds=7)), True, MONDAY + DAY)
    assert Memory.from_dict(json.loads(json.dumps(memory.to_dict()))) == memory
    assert memory.to_dict()["last_review"] == "2024-05-07T09:00:00+00:00"


# -- records ------------------------------------------------------------------------------


def _result(bank: Bank, index: int, outcome: Outcome) -> QuestionResult:
    return QuestionResult(bank.questions[index], outcome)


def test_a_record_counts_answers_and_schedules_the_next(harbour_bank: Bank) -> None:
    progress = Progress("bank.yaml", "Harbour Bridge")
    progress = progress.after(_result(harbour_bank, 1, Outcome.INCORRECT), MONDAY)
    progress = progress.after(_result(harbour_bank, 1, Outcome.CORRECT), MONDAY + MINUTE)
    progress = progress.after(_result(harbour_bank, 4, Outcome.SKIPPED), MONDAY)

    record = progress.records["q-tf-cables"]
    assert (record.seen, record.right, record.wrong, record.skipped) == (2, 1, 1, 0)
    assert record.last_outcome is Outcome.CORRECT
    assert record.last_seen == MONDAY + MINUTE
    assert record.memory is not None and record.memory.state == "learning"
    skipped = progress.records["q-match-roles"]
    assert (skipped.seen, skipped.missed, skipped.last_outcome) == (1, 1, Outcome.SKIPPED)
    assert skipped.memory is not None and skipped.memory.due == MONDAY + MINUTE


def test_due_and_next_due(harbour_bank: Bank) -> None:
    questions = harbour_bank.questions
    progress = Progress().after(_result(harbour_bank, 0, Outcome.CORRECT), MONDAY)
    progress = progress.after(_result(harbour_bank, 1, Outcome.INCORRECT), MONDAY)

    due = [q.id for q in questions if progress.is_due(q, MONDAY + 2 * MINUTE)]
    assert due == ["q-tf-cables", "q-fill-year", "q-short-late", "q-match-roles", "q-order-events"]
    assert progress.next_due(questions, MONDAY) == MONDAY + MINUTE
    assert progress.next_due(questions, MONDAY + 2 * MINUTE) == MONDAY + 10 * MINUTE
    assert progress.next_due(questions, MONDAY + 10 * MINUTE) is None


def test_editing_a_question_resets_its_record_and_no_other(harbour_bank: Bank) -> None:
    progress = Progress()
    for index in (0, 1, 2):
        progress = progress.after(_result(harbour_bank, index, Outcome.CORRECT), MONDAY)
    choice, true_false, fill = harbour_bank.questions[:3]

    # What is asked changed: a new question under the old id.
    reworded = dataclasses.replace(true_false, prompt="Engineers replaced 41 cables in 2021.")
    # What is not asked changed: the same question.
    touched = dataclasses.replace(
        choice,
        explanation="Rewritten.",
        tags=("new",),
        choices=(*choice.choices[:3], "Somebody Else"),
        accepted=("Dvořák",),
    )
    assert fingerprint(reworded) != fingerprint(true_false)
    assert fingerprint(touched) == fingerprint(choice)
    assert fingerprint(dataclasses.replace(fill, answer="2024")) != fingerprint(fill)

    assert progress.record_for(reworded) is None
    assert progress.is_due(reworded, MONDAY)
    assert progress.record_for(touched) == progress.records["q-mc-speaker"]
    assert not progress.is_due(touched, MONDAY)

    again = progress.after(QuestionResult(reworded, Outcome.INCORRECT), MONDAY + DAY)
    record = again.records["q-tf-cables"]
    assert (record.seen, record.wrong, record.fingerprint) == (1, 1, fingerprint(reworded))
    assert again.records["q-mc-speaker"] == progress.records["q-mc-speaker"]
    assert again.records["q-fill-year"] == progress.records["q-fill-year"]


# -- the file ------------------------------------------------------------------------------


def test_progress_json_reads_back_as_written(harbour_bank: Bank) -> None:
    progress = Progress("/banks/harbour.yaml", "Harbour Bridge")
    progress = progress.after(_result(harbour_bank, 3, Outcome.CORRECT), MONDAY)
    progress = progress.after(_result(harbour_bank, 0, Outcome.SKIPPED), MONDAY)
    text = progress_json(progress)

    assert parse_progress(text, "p.json") == progress
    data = json.loads(text)
    assert list(data) == ["format", "bank", "title", "scheduler", "questions"]
    assert (data["format"], data["bank"], data["scheduler"]) == (1, "/banks/harbour.yaml", "FSRS")
    assert list(data["questions"]) == ["q-mc-speaker", "q-short-late"]
    assert data["questions"]["q-mc-speaker"] == {
        "fingerprint": fingerprint(harbour_bank.questions[0]),
        "seen": 1,
        "right": 0,
        "wrong": 0,
        "skipped": 1,
        "last_seen": "2024-05-06T09:00:00+00:00",
        "last_outcome": "skipped",
        "memory": {
            "due": "2024-05-06T09:01:00+00:00",
            "last_review": "2024-05-06T09:00:00+00:00",
            "state": "learning",
            "step": 0,
            "stability": 0.212,
            "difficulty": 6.4133,
        },
        "overridden": 0,
    }


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("{not json", "not a progress file: Expecting property name enclosed in double quotes"),
        ("[1, 2]", "not a progress file: no questions in it"),
        ('{"format": 2, "questions": {}}', "progress file format 2 is not the 1 this reads"),
        (
            '{"format": 1, "questions": {"q1": {"right": 1}}}',
            "question 'q1': bad record ('fingerprint')",
        ),
        (
            '{"format": 1, "questions": {"q1": {"fingerprint": "ab", "right": -1}}}',
            "question 'q1': bad record (counts must be whole numbers, found [-1, 0, 0, 0])",
        ),
        (
            '{"format": 1, "questions": {"q1": {"fingerprint": "ab", "memory": {"due": 3}}}}',
            "question 'q1': bad record ('state')",
        ),
        (
            '{"format": 1, "questions": {"q1": {"fingerprint": "ab", "last_outcome": "great"}}}',
            "question 'q1': bad record ('great' is not a valid Outcome)",
        ),
        ('{"format": 1, "questions": {"q1": 7}}', "question 'q1': bad record (not a record)"),
        # A stability the scheduler would divide by: refused, not a crash after the answer.
        (
            '{"format": 1, "questions": {"q1": {"fingerprint": "ab", "memory": {"due":'
            ' "2024-05-06T09:00:00+00:00", "last_review": "2024-05-06T09:00:00+00:00",'
            ' "state": "review", "stability": 0, "difficulty": 5}}}}',
            "question 'q1': bad record (stability must be above 0, found 0.0)",
        ),
    ],
)
def test_a_damaged_progress_file(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "p.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProgressUnreadable) as raised:
        load_progress(path)
    assert raised.value.message.startswith(f"{path}: {problem}")
    assert raised.value.hint == "move the file away to start afresh: the quiz writes a new one"
    assert raised.value.code == "SG301"
    assert path.read_text(encoding="utf-8") == text


def test_a_missing_progress_file_is_a_fresh_start(tmp_path: Path) -> None:
    assert load_progress(tmp_path / "none.json", bank="b.yaml", title="T") == Progress(
        "b.yaml", "T"
    )


def test_where_progress_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, harbour_bank: Bank
) -> None:
    monkeypatch.setenv("STUDYGUIDE_DATA_DIR", str(tmp_path / "mine"))
    assert data_dir() == tmp_path / "mine"
    bank = tmp_path / "banks" / "harbour.yaml"
    path = progress_path(bank, bank=harbour_bank)
    assert path.parent == tmp_path / "mine" / "progress"
    assert path.name.startswith("harbour-") and path.suffix == ".json"
    # The same bank moved or copied to another folder keeps its progress; a bank of
    # other articles keeps its own.
    assert progress_path(tmp_path / "other" / "harbour.yaml", bank=harbour_bank) == path
    ferry = dataclasses.replace(harbour_bank.articles[0], id="ferry")
    other = dataclasses.replace(harbour_bank, articles=(ferry,))
    assert progress_path(bank, bank=other) != path
    # Read from the file when not given.
    bank.parent.mkdir()
    save_bank(harbour_bank, bank)
    assert progress_path(bank) == path
    # A name of many emoji is cut to what a file name may hold, in bytes, whole characters.
    emoji = progress_path(tmp_path / f"{'😀' * 70}.yaml", bank=harbour_bank)
    assert len(emoji.name.encode("utf-8")) < 100 and emoji.name.startswith("😀" * 15 + "-")

    monkeypatch.delenv("STUDYGUIDE_DATA_DIR")
    from platformdirs import user_data_dir

    assert data_dir() == Path(user_data_dir("studyguide", appauthor=False))


def test_the_book_saves_after_every_answer(harbour_bank: Bank, tmp_path: Path) -> None:
    clock = Clock()
    book = ProgressBook.open(tmp_path / "harbour.yaml", harbour_bank, clock=clock.now)
    assert not book.path.exists()

    book.record(_result(harbour_bank, 0, Outcome.CORRECT))
    clock.advance(minutes=5)
    book.record(_result(harbour_bank, 1, Outcome.INCORRECT))

    saved = load_progress(book.path)
    assert saved == book.progress
    assert saved.bank == str(tmp_path / "harbour.yaml")
    assert sorted(saved.records) == ["q-mc-speaker", "q-tf-cables"]
    assert saved.records["q-tf-cables"].last_seen == MONDAY + 5 * MINUTE
    assert book.error is None
    assert [p.name for p in book.path.parent.iterdir()] == [book.path.name]

    reopened = ProgressBook.open(tmp_path / "harbour.yaml", harbour_bank)
    assert reopened.progress == saved


def test_two_quizzes_on_one_bank_keep_each_others_answers(
    harbour_bank: Bank, tmp_path: Path
) -> None:
    first = ProgressBook.open(tmp_path / "harbour.yaml", harbour_bank, clock=lambda: MONDAY)
    second = ProgressBook.open(tmp_path / "harbour.yaml", harbour_bank, clock=lambda: MONDAY)
    first.record(_result(harbour_bank, 0, Outcome.CORRECT))
    second.record(_result(harbour_bank, 1, Outcome.INCORRECT))
    first.record(_result(harbour_bank, 0, Outcome.CORRECT))
    saved = load_progress(first.path)
    assert sorted(saved.records) == ["q-mc-speaker", "q-tf-cables"]
    assert saved.records["q-mc-speaker"].right == 2


def test_a_book_that_cannot_save_says_so_and_tries_again(
    harbour_bank: Bank, tmp_path: Path
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder\n", encoding="utf-8")
    book = ProgressBook(blocker / "progress" / "p.json", Progress(), clock=lambda: MONDAY)

    book.record(_result(harbour_bank, 0, Outcome.CORRECT))
    assert book.error is not None
    assert book.error == (
        f"{blocker / 'progress' / 'p.json'}: could not keep the progress"
        f" ({blocker} is a file, not a folder)"
    )
    assert book.progress.records["q-mc-speaker"].right == 1

    blocker.unlink()
    book.record(_result(harbour_bank, 1, Outcome.CORRECT))
    assert book.error is None
    assert sorted(load_progress(book.path).records) == ["q-mc-speaker", "q-tf-cables"]


def test_records_of_questions_gone_from_the_bank_are_kept(
    harbour_bank: Bank, tmp_path: Path
) -> None:
    path = tmp_path / "p.json"
    old = Progress().after(QuestionResult(harbour_bank.questions[0], Outcome.CORRECT), MONDAY)
    gone = dataclasses.replace(harbour_bank.questions[1], id="q-deleted")
    old = old.after(QuestionResult(gone, Outcome.CORRECT), MONDAY)
    save_progress(old, path)
    book = ProgressBook(path, load_progress(path), clock=lambda: MONDAY + DAY)
    book.record(_result(harbour_bank, 2, Outcome.CORRECT))
    assert sorted(load_progress(path).records) == ["q-deleted", "q-fill-year", "q-mc-speaker"]
    assert isinstance(load_progress(path).records["q-deleted"], Record)


def test_progress_kept_by_the_bank_s_place_is_read_and_kept_by_its_articles(
    harbour_bank: Bank, tmp_path: Path
) -> None:
    from studyguide.quiz.progress import _by_place

    bank_path = tmp_path / "harbour.yaml"
    first = ProgressBook.open(bank_path, harbour_bank, clock=lambda: MONDAY)
    first.record(QuestionResult(harbour_bank.questions[0], Outcome.CORRECT, "b"))
    # As an earlier studyguide left it: under the bank's place on disk.
    first.path.rename(_by_place(bank_path, None))
    again = ProgressBook.open(bank_path, harbour_bank, clock=lambda: MONDAY)
    assert harbour_bank.questions[0].id in again.progress.records
    again.record(QuestionResult(harbour_bank.questions[1], Outcome.INCORRECT, "t"))
    assert again.path == progress_path(bank_path, bank=harbour_bank) and again.path.exists()


def test_an_answer_counted_right_by_the_student_is_kept_as_such(harbour_bank: Bank) -> None:
    fill = harbour_bank.questions[2]
    result = QuestionResult(fill, Outcome.CORRECT, "2022", overridden=True)
    progress = Progress().after(result, MONDAY)
    record = progress.records[fill.id]
    assert (record.right, record.overridden) == (1, 1)
    assert parse_progress(progress_json(progress), "p.json") == progress
