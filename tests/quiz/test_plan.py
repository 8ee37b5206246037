"""What a quiz will ask: filters, counts, and the questions due for review."""

from __future__ import annotations

import random
from datetime import timedelta

from studyguide.bank import QuestionFilter
from studyguide.model import Bank, Difficulty, QuestionType
from studyguide.quiz import Outcome, Plan, Progress, QuestionResult, plan_quiz
from tests.quiz.conftest import MONDAY


def _ids(plan: Plan) -> list[str]:
    return [q.id for q in plan.questions]


def _answered(bank: Bank, *outcomes: tuple[int, Outcome]) -> Progress:
    progress = Progress()
    for index, outcome in outcomes:
        progress = progress.after(QuestionResult(bank.questions[index], outcome), MONDAY)
    return progress


def test_an_honest_count(harbour_bank: Bank) -> None:
    questions = harbour_bank.questions
    plan = plan_quiz(questions, count=10)
    assert (len(plan.questions), plan.notes) == (
        6,
        ("The bank has only 6 questions, so the quiz asks all of them.",),
    )
    kinds = QuestionFilter(types=(QuestionType.TRUE_FALSE, QuestionType.FILL_BLANK))
    assert plan_quiz(questions, kinds, count=5).notes == (
        "The bank has only 2 true_false or fill_blank questions, so the quiz asks all of them.",
    )
    hard = QuestionFilter(tags=("claim",), difficulties=(Difficulty.HARD,))
    assert plan_quiz(questions, hard, count=2).notes == (
        "The bank has only 1 hard question tagged claim, so the quiz asks that one.",
    )
    assert plan_quiz(questions, count=6).notes == ()
    assert _ids(plan_quiz(questions, count=2)) == ["q-mc-speaker", "q-tf-cables"]


def test_a_review_asks_what_is_due_and_never_seen(harbour_bank: Bank) -> None:
    questions = harbour_bank.questions
    fresh = plan_quiz(questions, review=Progress(), now=MONDAY)
    assert (len(fresh.questions), fresh.notes) == (6, ("All 6 questions are due for review.",))

    progress = _answered(harbour_bank, (0, Outcome.CORRECT), (1, Outcome.INCORRECT))
    soon = plan_quiz(questions, review=progress, now=MONDAY)
    assert _ids(soon) == ["q-fill-year", "q-short-late", "q-match-roles", "q-order-events"]
    assert soon.notes == ("4 of 6 questions are due for review.",)

    # A minute later the missed question is due again; ten minutes on, the right one too.
    later = plan_quiz(questions, review=progress, now=MONDAY + timedelta(minutes=1))
    assert _ids(later)[0] == "q-tf-cables"
    assert (
        len(plan_quiz(questions, review=progress, now=MONDAY + timedelta(minutes=10)).questions)
        == 6
    )

    fewer = plan_quiz(questions, review=progress, now=MONDAY, count=2)
    assert (_ids(fewer), fewer.notes) == (
        ["q-fill-year", "q-short-late"],
        ("4 of 6 questions are due for review; the quiz asks 2 of them.",),
    )
    more = plan_quiz(questions, review=progress, now=MONDAY, count=5)
    assert more.notes == ("Only 4 questions are due for review, so the quiz asks all of them.",)

    shuffled = plan_quiz(questions, review=progress, now=MONDAY, shuffle=True, rng=random.Random(3))
    assert sorted(_ids(shuffled)) == sorted(_ids(soon))
    assert _ids(shuffled) != _ids(soon)


def test_a_review_within_filters(harbour_bank: Bank) -> None:
    progress = _answered(harbour_bank, (1, Outcome.CORRECT), (2, Outcome.CORRECT))
    dates = QuestionFilter(tags=("date",))
    plan = plan_quiz(harbour_bank.questions, dates, review=progress, now=MONDAY)
    assert (_ids(plan), plan.notes) == (
        ["q-order-events"],
        ("1 of 3 questions is due for review.",),
    )
    one = plan_quiz(harbour_bank.questions[:1], review=Progress(), now=MONDAY)
    assert one.notes == ("The 1 question is due for review.",)


def test_nothing_due_says_when_the_next_is(harbour_bank: Bank) -> None:
    progress = _answered(harbour_bank, *((i, Outcome.CORRECT) for i in range(6)))
    progress = progress.after(QuestionResult(harbour_bank.questions[1], Outcome.INCORRECT), MONDAY)

    plan = plan_quiz(harbour_bank.questions, review=progress, now=MONDAY, source="harbour.yaml")
    local = (MONDAY + timedelta(minutes=1)).astimezone()
    assert plan.questions == ()
    assert plan.notes == (
        "Nothing is due for review.",
        f"The next question is due in 1 min, at {local:%H:%M} on {local:%Y-%m-%d}.",
    )
    assert plan.suggestion == "To take the whole quiz now: studyguide quiz harbour.yaml"
    soon = plan_quiz(harbour_bank.questions[:1], review=progress, now=MONDAY)
    assert soon.notes[1].startswith("The next question is due in 10 min, at ")
