"""The smaller parts of the quiz: literal text, layouts, choosing questions."""

from __future__ import annotations

import random

import pytest
from rich.text import Text

from studyguide.bank import QuestionFilter
from studyguide.errors import NoQuestions
from studyguide.model import Bank, Question, QuestionType
from studyguide.quiz import (
    Layout,
    canonical_layout,
    clean,
    lay_out,
    literal,
    seconds_in_words,
    select_questions,
    wait_in_words,
)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("ISIS [ISIL]", "ISIS [ISIL]"),
        ("[bold]not bold[/bold] :smile:", "[bold]not bold[/bold] :smile:"),
        ("\x1b[31mred\x1b[0m text", "red text"),
        ("\x1b]0;new window title\x07after", "after"),
        ("\x1b]8;;http://example.com\x1b\\link\x1b]8;;\x1b\\", "link"),
        ("\x1b[2J\x1b[Hcleared", "cleared"),
        ("bell\x07 null\x00 back\x08space", "bell null backspace"),
        ("tab\there", "tab here"),
        ("line one\r\nline two\rthree", "line one\nline twothree"),
        ("\x9b31mC1 CSI", "31mC1 CSI"),
        ("\u202eevil\u202c override", "evil override"),
        ("Dvořák, Łódź, 東京, 👩‍🏫", "Dvořák, Łódź, 東京, 👩‍🏫"),
        ("lone escape at the end\x1b", "lone escape at the end"),
    ],
)
def test_clean_keeps_text_and_drops_terminal_controls(text: str, shown: str) -> None:
    assert clean(text) == shown


def test_literal_is_never_markup() -> None:
    text = literal("[red]ISIS [ISIL][/red]", "bold")
    assert isinstance(text, Text)
    assert (text.plain, str(text.style), text.spans) == ("[red]ISIS [ISIL][/red]", "bold", [])


def _ordering(*items: str) -> Question:
    return Question("q", QuestionType.ORDERING, "a", "Order them.", order=items)


def test_ordering_never_shows_three_or_more_items_already_in_order() -> None:
    question = _ordering("one", "two", "three")
    shown = {lay_out(question, random.Random(seed)).items for seed in range(200)}
    assert question.order not in shown
    assert len(shown) == 5
    assert {frozenset(items) for items in shown} == {frozenset(question.order)}


def test_two_items_may_be_shown_in_either_order() -> None:
    question = _ordering("one", "two")
    shown = {lay_out(question, random.Random(seed)).items for seed in range(50)}
    assert shown == {("one", "two"), ("two", "one")}


def test_layouts(harbour_bank: Bank) -> None:
    choice, _, fill, _, matching, _ = harbour_bank.questions
    assert lay_out(choice, random.Random(1)) == Layout(choices=choice.choices)
    assert lay_out(fill, random.Random(1)) == Layout()
    layout = lay_out(matching, random.Random(1))
    assert layout.left == ("Elena Dvořák", "Mehmet Özdağ")
    assert sorted(layout.right) == ["Mayor", "Opposition councillor"]
    assert lay_out(matching, random.Random(5)) == lay_out(matching, random.Random(5))


def test_matching_shows_a_shared_answer_once() -> None:
    from studyguide.model import Pair

    question = Question(
        "q",
        QuestionType.MATCHING,
        "a",
        "Match them.",
        pairs=(Pair("Paris", "France"), Pair("Lyon", "France"), Pair("Rome", "Italy")),
    )
    assert canonical_layout(question) == Layout(
        left=("Paris", "Lyon", "Rome"), right=("France", "Italy")
    )


def test_select_questions(harbour_bank: Bank) -> None:
    questions = harbour_bank.questions
    ids = [
        q.id for q in select_questions(questions, QuestionFilter(types=(QuestionType.TRUE_FALSE,)))
    ]
    assert ids == ["q-tf-cables"]
    assert select_questions(questions, count=2) == questions[:2]
    assert select_questions(questions, count=50) == questions
    shuffled = select_questions(questions, shuffle=True, rng=random.Random(4))
    assert shuffled == select_questions(questions, shuffle=True, rng=random.Random(4))
    assert shuffled != questions
    assert sorted(shuffled, key=questions.index) == list(questions)


def test_nothing_to_ask(harbour_bank: Bank) -> None:
    with pytest.raises(NoQuestions) as raised:
        select_questions((), source="empty.yaml")
    assert (raised.value.message, raised.value.hint) == (
        "empty.yaml: the bank has no questions",
        "add some with: studyguide generate ARTICLE -o BANK",
    )
    with pytest.raises(NoQuestions) as raised:
        select_questions(harbour_bank.questions[:1], QuestionFilter(types=(QuestionType.ORDERING,)))
    assert (raised.value.message, raised.value.hint) == (
        "the bank has no ordering questions",
        "the bank's 1 question has types: multiple_choice; tags: person, quote; difficulties: easy",
    )


_HARBOUR_IDS = ("mc-speaker", "tf-cables", "fill-year", "short-late", "match-roles", "order-events")


def _ids(questions: tuple[Question, ...]) -> list[str]:
    return [q.id for q in questions]


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (-5, "now"),
        (0, "now"),
        (1, "in 1 min"),
        (60, "in 1 min"),
        (61, "in 2 min"),
        (3599, "in 1 h"),
        (3601, "in 1 h"),
        (5 * 3600 + 1700, "in 5 h"),
        (47 * 3600, "in 47 h"),
        (48 * 3600, "in 2 days"),
        (84 * 3600, "in 4 days"),
    ],
)
def test_wait_in_words(seconds: int, words: str) -> None:
    from datetime import timedelta

    assert wait_in_words(timedelta(seconds=seconds)) == words


def test_seconds_in_words() -> None:
    assert [seconds_in_words(s) for s in (0.04, 4.25, 9.94, 10, 42.4, 90)] == [
        "0.0 s",
        "4.2 s",
        "9.9 s",
        "10 s",
        "42 s",
        "90 s",
    ]


def test_options_are_mixed_per_run_and_the_same_for_the_same_seed(harbour_bank: Bank) -> None:
    from studyguide.quiz import grade, lay_out

    choice = harbour_bank.questions[0]
    layouts = {lay_out(choice, random.Random(seed), mix_choices=True).choices for seed in range(8)}
    assert len(layouts) > 1 and all(sorted(c) == sorted(choice.choices) for c in layouts)
    assert lay_out(choice, random.Random(3), mix_choices=True) == lay_out(
        choice, random.Random(3), mix_choices=True
    )
    assert lay_out(choice, random.Random(3)).choices == choice.choices  # as the bank has them
    for seed in range(8):
        layout = lay_out(choice, random.Random(seed), mix_choices=True)
        letter = "abcd"[layout.choices.index(choice.answer)]
        assert grade(choice, letter, layout).correct
