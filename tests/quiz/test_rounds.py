"""Time limits, the offer to retry missed questions, and results heard as they come."""

from __future__ import annotations

import io
import json
import random
from collections.abc import Iterator

from studyguide.model import Bank
from studyguide.quiz import (
    Outcome,
    QuestionResult,
    Session,
    StopReason,
    TimeUp,
    read_lines,
    results_json,
    run_quiz,
    run_session,
)
from tests.quiz.conftest import ANSWERS, Clock, recording_console, timed_answers


def _session(
    bank: Bank, answers: str, *, offer_retry: bool = True
) -> tuple[Session, list[QuestionResult], list[str]]:
    console = recording_console()
    heard: list[QuestionResult] = []
    session = run_session(
        bank.questions,
        console=console,
        ask=read_lines(io.StringIO(answers), console),
        rng=random.Random(7),
        articles=bank.articles,
        title=bank.title,
        timer=lambda: 0.0,
        on_result=heard.append,
        offer_retry=offer_retry,
    )
    return session, heard, console.export_text().splitlines()


# -- time limit -------------------------------------------------------------------------


def test_answers_after_the_time_limit_count_as_wrong(harbour_bank: Bank) -> None:
    clock = Clock()
    console = recording_console()
    typed: Iterator[str] = timed_answers(
        clock,
        [("b", 12.0), ("t", 30.0), ("2023", 4.5), ("s", 40.0), ("x", 6.0), ("1a 2b", 6.0)],
    )

    def ask(prompt: str, /, seconds: float | None = None) -> str:
        console.print(prompt, end="")
        answer = next(typed)
        console.print(answer)
        return answer

    questions = (*harbour_bank.questions[:3], *harbour_bank.questions[4:5])
    result = run_quiz(
        (*questions[:3], harbour_bank.questions[3], questions[3]),
        console=console,
        ask=ask,
        rng=random.Random(7),
        articles=harbour_bank.articles,
        title=harbour_bank.title,
        time_limit=10,
        timer=clock.timer,
    )

    assert [(r.id, r.outcome, r.seconds, r.late) for r in result.results] == [
        ("q-mc-speaker", Outcome.INCORRECT, 12.0, True),
        ("q-tf-cables", Outcome.INCORRECT, 30.0, True),
        ("q-fill-year", Outcome.CORRECT, 4.5, False),
        ("q-short-late", Outcome.SKIPPED, 40.0, False),
        # An unreadable answer asked again: the time runs from the question appearing.
        ("q-match-roles", Outcome.INCORRECT, 12.0, True),
    ]
    lines = console.export_text().splitlines()
    assert lines[2] == "You have 10 s for each question; an answer not in by then counts as wrong."
    start = lines.index("Your answer, a to d: b")
    # A right answer too late: no "Answer:" line repeating it.
    assert lines[start : start + 5] == [
        "Your answer, a to d: b",
        "✗ Too late: you answered b) Elena Dvořák",
        "  That is right, but it came after 12 s, over the 10 s limit, so it counts as",
        "  wrong.",
        "  Paragraph 2 quotes Mayor Elena Dvořák at the ceremony.",
    ]
    start = lines.index("True or false? t or f: t")
    assert lines[start : start + 4] == [
        "True or false? t or f: t",
        "✗ Too late: you answered True",
        "  Answer: False",
        "  That came after 30 s, over the 10 s limit.",
    ]
    start = lines.index("Fill in the blank: 2023")
    assert lines[start + 1] == "✓ Right: 2023"
    assert "– Skipped" in lines
    assert result.by_id()["q-match-roles"].note == (
        "That is right, but it came after 12 s, over the 10 s limit, so it counts as wrong."
    )
    data = json.loads(results_json(result))
    assert [(q["seconds"], q["late"], q["points"]) for q in data["questions"]] == [
        (12.0, True, 0),
        (30.0, True, 0),
        (4.5, False, 1),
        (40.0, False, 0),
        (12.0, True, 0),
    ]


def test_a_late_wrong_answer_keeps_what_was_partly_right(harbour_bank: Bank) -> None:
    clock = Clock()
    typed = timed_answers(clock, [("1b 2a", 61.0)])
    result = run_quiz(
        [harbour_bank.questions[4]],
        console=recording_console(),
        ask=lambda prompt, seconds=None: next(typed),
        rng=random.Random(7),
        time_limit=60,
        timer=clock.timer,
    )
    assert (
        result.results[0].note == "That came after 61 s, over the 60 s limit. 0 of 2 matched right."
    )


def test_no_time_limit_times_answers_all_the_same(harbour_bank: Bank) -> None:
    clock = Clock()
    typed = timed_answers(clock, [("b", 600.0)])
    result = run_quiz(
        harbour_bank.questions[:1],
        console=recording_console(),
        ask=lambda prompt, seconds=None: next(typed),
        rng=random.Random(7),
        timer=clock.timer,
    )
    assert (result.results[0].outcome, result.results[0].seconds) == (Outcome.CORRECT, 600.0)
    assert not result.results[0].late


# -- retrying the missed questions --------------------------------------------------------


def test_retrying_the_missed_questions(harbour_bank: Bank) -> None:
    session, heard, lines = _session(harbour_bank, ANSWERS + "\ny\nf\n1a 2b\n")

    assert session.stopped is StopReason.FINISHED
    assert [len(r.questions) for r in session.rounds] == [6, 2]
    assert [(r.id, r.outcome) for r in session.retries[0].results] == [
        ("q-tf-cables", Outcome.CORRECT),
        ("q-match-roles", Outcome.CORRECT),
    ]
    start = lines.index("Retry the 2 missed questions now? [y/N] y")
    assert lines[start - 5 : start + 5] == [
        "  2. Engineers replaced 40 cables in 2021.",
        "     Answer: False",
        "  5. Match each person with their role. (skipped)",
        "     Answer: Elena Dvořák → Mayor; Mehmet Özdağ → Opposition councillor",
        "",
        "Retry the 2 missed questions now? [y/N] y",
        "",
        "Again: the 2 missed questions",
        "",
        "Question 1 of 2 · True or false " + "─" * 48,
    ]
    assert lines[-10:] == [
        "Results " + "─" * 72,
        "Score: 3 of 3 points (100%) · 2 of 2 right",
        "  By type",
        "    True or false   1 of 1 right",
        "    Matching        1 of 1 right",
        "  By tag",
        "    date            1 of 1 right",
        "    person          1 of 1 right",
        "",
        "Nothing missed. Well done!",
    ]
    # Every answer is heard as it is given, the retries' too.
    assert [(r.id, r.outcome) for r in heard] == [
        *((r.id, r.outcome) for r in session.first.results),
        ("q-tf-cables", Outcome.CORRECT),
        ("q-match-roles", Outcome.CORRECT),
    ]


def test_the_offer_comes_again_while_questions_are_missed(harbour_bank: Bank) -> None:
    session, _, lines = _session(harbour_bank, ANSWERS + "\nyes\nt\n1a 2b\nY\nf\n")

    assert [len(r.questions) for r in session.rounds] == [6, 2, 1]
    assert "Retry the 1 missed question now? [y/N] Y" in lines
    assert "Again: the 1 missed question" in lines
    assert lines[-1] == "Nothing missed. Well done!"


def test_declining_the_offer(harbour_bank: Bank) -> None:
    for answer in ("n", "", "no thanks", "q"):
        session, _, lines = _session(harbour_bank, ANSWERS + f"\n{answer}\nf\n")
        assert (len(session.rounds), session.stopped) == (1, StopReason.FINISHED)
        assert lines[-1] == f"Retry the 2 missed questions now? [y/N] {answer}"


def test_the_end_of_input_declines_the_offer(harbour_bank: Bank) -> None:
    session, _, lines = _session(harbour_bank, ANSWERS)

    assert (len(session.rounds), session.stopped) == (1, StopReason.FINISHED)
    assert lines[-2:] == ["", "Retry the 2 missed questions now? [y/N] "]


def test_ctrl_c_at_the_offer_ends_the_session_as_interrupted(harbour_bank: Bank) -> None:
    answers = iter(ANSWERS.splitlines())

    def ask(prompt: str) -> str:
        try:
            return next(answers)
        except StopIteration:
            raise KeyboardInterrupt from None

    session = run_session(
        harbour_bank.questions, console=recording_console(), ask=ask, rng=random.Random(7)
    )
    assert (len(session.rounds), session.stopped) == (1, StopReason.INTERRUPTED)


def test_no_offer_after_stopping_nothing_missed_or_when_turned_off(harbour_bank: Bank) -> None:
    stopped, _, lines = _session(harbour_bank, "t\nq\ny\n")
    assert stopped.stopped is StopReason.QUIT
    assert not [line for line in lines if line.startswith("Retry")]

    perfect, _, lines = _session(harbour_bank, "b\nf\n2023\na year late\n1a 2b\n2 1\ny\n")
    assert (len(perfect.rounds), lines[-1]) == (1, "Nothing missed. Well done!")

    unoffered, _, lines = _session(harbour_bank, ANSWERS + "\ny\n", offer_retry=False)
    assert len(unoffered.rounds) == 1
    assert not [line for line in lines if line.startswith("Retry")]


def test_a_session_s_results_hold_its_retries(harbour_bank: Bank) -> None:
    session, _, _ = _session(harbour_bank, ANSWERS + "\ny\nf\nq\n")

    data = json.loads(results_json(session))
    assert data["stopped"] == "quit"
    assert data["time_limit"] is None
    assert data["score"]["asked"] == 6
    assert [q["id"] for q in data["questions"]][:2] == ["q-mc-speaker", "q-tf-cables"]
    assert len(data["retries"]) == 1
    retry = data["retries"][0]
    assert (retry["stopped"], retry["questions_in_quiz"]) == ("quit", 2)
    assert [(q["id"], q["outcome"]) for q in retry["questions"]] == [("q-tf-cables", "correct")]
    assert "title" not in retry


def test_a_question_whose_time_runs_out_closes_and_the_quiz_goes_on(harbour_bank: Bank) -> None:
    console = recording_console()
    given: list[float | None] = []

    def ask(prompt: str, /, seconds: float | None = None) -> str:
        given.append(seconds)
        if len(given) == 1:
            raise TimeUp  # the student typed nothing in time
        return "t"

    result = run_quiz(
        harbour_bank.questions[:2],
        console=console,
        ask=ask,
        rng=random.Random(7),
        time_limit=20,
        timer=lambda: 0.0,
    )
    # Each prompt is told the seconds left, for a terminal to count down.
    assert given == [20.0, 20.0]
    first, second = result.results
    assert (first.outcome, first.late, first.answer, first.seconds) == (
        Outcome.INCORRECT,
        True,
        "",
        20,
    )
    assert (second.id, second.late) == ("q-tf-cables", False)
    lines = console.export_text().splitlines()
    at = lines.index("✗ Time is up")
    assert lines[at + 1 : at + 3] == [
        "  Answer: b) Elena Dvořák",
        "  The 20 s for this question ran out.",
    ]


def test_piped_answers_meet_their_questions_when_the_time_is_used_up(harbour_bank: Bank) -> None:
    clock = Clock()
    # An unreadable answer after the limit, then the answer to the same question: a pipe
    # has no countdown, so each line still meets its question.
    typed = timed_answers(clock, [("x", 12.0), ("1a 2b", 1.0), ("b", 1.0)])
    result = run_quiz(
        [harbour_bank.questions[4], harbour_bank.questions[0]],
        console=recording_console(),
        ask=lambda prompt, seconds=None: next(typed),
        rng=random.Random(7),
        time_limit=10,
        timer=clock.timer,
    )
    first, second = result.results
    assert (first.answer, first.late) == ("1a 2b", True)
    assert (second.answer, second.outcome) == ("b", Outcome.CORRECT)
