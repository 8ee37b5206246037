"""Whole quizzes on the harbour bank, answered from a script, read from the transcript."""

from __future__ import annotations

import dataclasses
import io
import json
import os
import random
import re

import pytest
from rich.console import Console

from studyguide.model import Bank, Evidence, Pair, Question, QuestionType
from studyguide.quiz import (
    Outcome,
    QuizResult,
    StopReason,
    read_lines,
    results_json,
    run_quiz,
    show_summary,
)
from tests.quiz.conftest import ANSWERS, TRANSCRIPTS, recording_console, take_quiz


def _check_transcript(name: str, text: str) -> None:
    """Compare with the transcript kept in tests/quiz/transcripts (rewrite it with
    STUDYGUIDE_UPDATE_TRANSCRIPTS=1 after a deliberate change, and read the diff)."""
    path = TRANSCRIPTS / name
    if os.environ.get("STUDYGUIDE_UPDATE_TRANSCRIPTS"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def _lines(text: str) -> list[str]:
    return text.splitlines()


def test_a_whole_quiz_teaches_after_every_answer(harbour_bank: Bank) -> None:
    result, text = take_quiz(harbour_bank, ANSWERS)

    _check_transcript("harbour.txt", text)
    lines = _lines(text)
    assert lines[:2] == [
        "Harbour Bridge: 6 questions",
        "Type your answer and press Enter. s skips a question; q stops the quiz.",
    ]
    # Right: the choice understood, the explanation, the evidence and who said it.
    start = lines.index("Your answer, a to d: b")
    assert lines[start : start + 7] == [
        "Your answer, a to d: b",
        "✓ Right: b) Elena Dvořák",
        "  Paragraph 2 quotes Mayor Elena Dvořák at the ceremony.",
        "  From the article:",
        "  │ “We promised a safer crossing, and today we keep that promise,” Dvořák said",
        "  │ at the ceremony.",
        "  │ — Elena Dvořák, Mayor",
    ]
    # Wrong: what was understood and the right answer.
    start = lines.index("True or false? t or f: t")
    assert lines[start : start + 4] == [
        "True or false? t or f: t",
        "✗ Wrong: you answered True",
        "  Answer: False",
        "  The article says the cables were replaced in 2023.",
    ]
    # A typo forgiven, and said so.
    start = lines.index("Your answer: a yaer late")
    assert lines[start : start + 3] == [
        "Your answer: a yaer late",
        "✓ Right: a yaer late",
        "  Accepted with a small typo. The spelling is: a year late",
    ]
    # Matching shown side by side with the answer form on screen; an unreadable answer is
    # asked again; a skip still teaches.
    start = lines.index("Match each person with their role.")
    assert lines[start : start + 12] == [
        "Match each person with their role.",
        "",
        "  1) Elena Dvořák    a) Mayor",
        "  2) Mehmet Özdağ    b) Opposition councillor",
        "Give each number a letter, for example: 1b 2a",
        "Your matches: x",
        "Give each number from 1 to 2 a letter from a to b, for example: 1b 2a",
        "Your matches: s",
        "– Skipped",
        "  Answer: 1a 2b",
        "    1a Elena Dvořák → Mayor",
        "    2b Mehmet Özdağ → Opposition councillor",
    ]
    start = lines.index("Put these events in the order they happened.")
    assert lines[start : start + 9] == [
        "Put these events in the order they happened.",
        "",
        "  1. Bridge reopened",
        "  2. Cables replaced",
        "Type the numbers from first to last, for example: 2 1",
        "Your order: 2 1",
        "✓ Right: 2 1",
        "    2. Cables replaced",
        "    1. Bridge reopened",
    ]
    summary = lines[lines.index("Results " + "─" * 72) :]
    assert summary == [
        "Results " + "─" * 72,
        "Score: 5 of 8 points (62%) · 4 of 6 right · 1 skipped",
        "  By type",
        "    Multiple choice     1 of 1 right",
        "    True or false       0 of 1 right",
        "    Fill in the blank   1 of 1 right",
        "    Short answer        1 of 1 right",
        "    Matching            0 of 1 right",
        "    Ordering            1 of 1 right",
        "  By tag",
        "    claim               1 of 1 right",
        "    date                2 of 3 right",
        "    person              1 of 2 right",
        "    quote               1 of 1 right",
        "",
        "To look at again (2):",
        "  2. Engineers replaced 40 cables in 2021.",
        "     Answer: False",
        "  5. Match each person with their role. (skipped)",
        "     Answer: Elena Dvořák → Mayor; Mehmet Özdağ → Opposition councillor",
    ]
    assert result.stopped is StopReason.FINISHED
    assert {r.id: r.outcome for r in result.results} == {
        "q-mc-speaker": Outcome.CORRECT,
        "q-tf-cables": Outcome.INCORRECT,
        "q-fill-year": Outcome.CORRECT,
        "q-short-late": Outcome.CORRECT,
        "q-match-roles": Outcome.SKIPPED,
        "q-order-events": Outcome.CORRECT,
    }


def test_every_line_fits_80_columns(harbour_bank: Bank) -> None:
    _, text = take_quiz(harbour_bank, ANSWERS)
    assert max(len(line) for line in _lines(text)) <= 80
    assert not [line for line in _lines(text) if line != line.rstrip()]


def test_plain_mode_has_no_decoration(harbour_bank: Bank) -> None:
    _, text = take_quiz(harbour_bank, ANSWERS, plain=True)

    _check_transcript("harbour-plain.txt", text)
    assert not {"─", "│", "✓", "✗"} & set(text)
    lines = _lines(text)
    assert "Question 1 of 6, Multiple choice" in lines
    assert "Right: b) Elena Dvořák" in lines
    assert "Wrong: you answered True" in lines
    start = lines.index("Match each person with their role.")
    assert lines[start + 2 : start + 7] == [
        "  1) Elena Dvořák",
        "  2) Mehmet Özdağ",
        "",
        "  a) Mayor",
        "  b) Opposition councillor",
    ]


def test_the_same_seed_gives_the_same_quiz(harbour_bank: Bank) -> None:
    assert take_quiz(harbour_bank, ANSWERS)[1] == take_quiz(harbour_bank, ANSWERS)[1]


def test_end_of_input_mid_quiz_stops_with_a_summary(harbour_bank: Bank) -> None:
    result, text = take_quiz(harbour_bank, "b\nf\n")

    assert result.stopped is StopReason.END_OF_INPUT
    assert [r.id for r in result.results] == ["q-mc-speaker", "q-tf-cables"]
    lines = _lines(text)
    start = lines.index("Fill in the blank: ")
    assert lines[start:] == [
        "Fill in the blank: ",
        "",
        "No more answers: stopping here.",
        "",
        "Results " + "─" * 72,
        "You stopped after 2 of 6 questions.",
        "Score: 2 of 2 points (100%) · 2 of 2 right",
        "  By type",
        "    Multiple choice   1 of 1 right",
        "    True or false     1 of 1 right",
        "  By tag",
        "    date              1 of 1 right",
        "    person            1 of 1 right",
        "    quote             1 of 1 right",
        "",
        "Nothing missed so far.",
    ]


def test_q_mid_quiz_stops_with_a_summary(harbour_bank: Bank) -> None:
    result, text = take_quiz(harbour_bank, "a\nQ\nf\n")

    assert result.stopped is StopReason.QUIT
    assert [(r.id, r.outcome) for r in result.results] == [("q-mc-speaker", Outcome.INCORRECT)]
    lines = _lines(text)
    start = lines.index("True or false? t or f: Q")
    assert lines[start:] == [
        "True or false? t or f: Q",
        "",
        "Stopping here.",
        "",
        "Results " + "─" * 72,
        "You stopped after 1 of 6 questions.",
        "Score: 0 of 1 points (0%) · 0 of 1 right",
        "  By tag",
        "    person   0 of 1 right",
        "    quote    0 of 1 right",
        "",
        "To look at again (1):",
        "  1. Who said “We promised a safer crossing, and today we keep that promise”?",
        "     Answer: Elena Dvořák",
    ]


def test_ctrl_c_stops_with_a_summary(harbour_bank: Bank) -> None:
    console = recording_console()
    answers = iter(["b"])

    def ask(prompt: str) -> str:
        console.print(prompt, end="")
        try:
            return next(answers)
        except StopIteration:
            raise KeyboardInterrupt from None

    result = run_quiz(
        harbour_bank.questions, console=console, ask=ask, rng=random.Random(1), plain=True
    )
    show_summary(result, console=console, plain=True)

    assert result.stopped is StopReason.INTERRUPTED
    assert [r.id for r in result.results] == ["q-mc-speaker"]
    lines = _lines(console.export_text())
    start = lines.index("True or false? t or f: ")
    assert lines[start : start + 6] == [
        "True or false? t or f: ",
        "",
        "Interrupted: stopping here.",
        "",
        "Results",
        "You stopped after 1 of 6 questions.",
    ]


def test_stopping_before_any_answer(harbour_bank: Bank) -> None:
    result, text = take_quiz(harbour_bank, "")
    assert result.results == ()
    assert _lines(text)[-2:] == ["Results " + "─" * 72, "You stopped after 0 of 6 questions."]


def test_every_answer_is_kept_by_question_id(harbour_bank: Bank) -> None:
    result, _ = take_quiz(harbour_bank, ANSWERS)
    by_id = result.by_id()
    assert by_id["q-short-late"].answer == "a yaer late"
    assert by_id["q-short-late"].points == 2
    assert by_id["q-match-roles"].answer is None
    assert by_id["q-match-roles"].expected == "1a 2b"
    assert by_id["q-tf-cables"].understood == "True"
    assert [r.id for r in result.missed] == ["q-tf-cables", "q-match-roles"]


# -- text from a bank is shown literally ---------------------------------------------------


def _hostile(bank: Bank) -> Bank:
    """The harbour bank with markup-like brackets and terminal escapes in its text."""
    question = dataclasses.replace(
        bank.questions[0],
        prompt="Who leads ISIS [ISIL]? [bold red]not markup[/] :smile:\x1b]0;pwned\x07\x1b[2J",
        choices=("Abu [Bakr]", "Elena Dvořák", "Anna\x1b[31m Kowalski", "Tomás\x07 Rivera"),
        explanation="[link=http://x]Ibid.[/link]\r\x08\x08 done\u202e",
        evidence=(Evidence(0, 10, "ISIS [ISIL] said \x1b[1mso\x1b[0m."),),
    )
    return dataclasses.replace(bank, questions=(question,), title="[b]Bank[/b]")


def test_bank_text_is_shown_literally(harbour_bank: Bank) -> None:
    _, text = take_quiz(_hostile(harbour_bank), "a\n")
    lines = _lines(text)
    assert lines[0] == "[b]Bank[/b]: 1 question"
    assert "Who leads ISIS [ISIL]? [bold red]not markup[/] :smile:" in lines
    assert lines[lines.index("  a) Abu [Bakr]") : lines.index("  a) Abu [Bakr]") + 4] == [
        "  a) Abu [Bakr]",
        "  b) Elena Dvořák",
        "  c) Anna Kowalski",
        "  d) Tomás Rivera",
    ]
    assert "✗ Wrong: you answered a) Abu [Bakr]" in lines
    assert "  [link=http://x]Ibid.[/link] done" in lines
    assert "  │ ISIS [ISIL] said so." in lines


def test_no_escape_from_a_bank_reaches_the_terminal(harbour_bank: Bank) -> None:
    """On a colour terminal, the only escapes written are rich's own colours."""
    output = io.StringIO()
    console = Console(file=output, width=80, force_terminal=True, color_system="truecolor")
    bank = _hostile(harbour_bank)
    answers = io.StringIO("a\x1b[2J\x07\n")
    result = run_quiz(
        bank.questions,
        console=console,
        ask=read_lines(answers, console),
        rng=random.Random(1),
        title=bank.title,
    )
    show_summary(result, console=console)

    written = output.getvalue()
    without_colours = re.sub(r"\x1b\[[0-9;]*m", "", written)
    assert "\x1b" not in without_colours
    assert not [c for c in without_colours if ord(c) < 32 and c != "\n"]
    assert "\u202e" not in written
    assert "not markup" in without_colours
    assert result.results[0].answer == "a"
    assert result.results[0].outcome is Outcome.INCORRECT


# -- results ------------------------------------------------------------------------------


def test_results_json(harbour_bank: Bank) -> None:
    result, _ = take_quiz(harbour_bank, "b\nt\n2023\nq\n")
    data = json.loads(results_json(result))
    assert data == {
        "format": 1,
        "title": "Harbour Bridge",
        "stopped": "quit",
        "questions_in_quiz": 6,
        "score": {
            "asked": 3,
            "correct": 2,
            "incorrect": 1,
            "skipped": 0,
            "points": 2,
            "possible": 3,
            "percent": 66.7,
        },
        "by_type": {
            "multiple_choice": _tally(1, 1, 0, 0),
            "true_false": _tally(1, 0, 1, 0),
            "fill_blank": _tally(1, 1, 0, 0),
        },
        "by_tag": {
            "date": _tally(2, 1, 1, 0),
            "person": _tally(1, 1, 0, 0),
            "quote": _tally(1, 1, 0, 0),
        },
        "questions": [
            {
                "id": "q-mc-speaker",
                "type": "multiple_choice",
                "prompt": harbour_bank.questions[0].prompt,
                "outcome": "correct",
                "answer": "b",
                "understood": "b) Elena Dvořák",
                "expected": "b) Elena Dvořák",
                "points": 1,
                "possible": 1,
                "seconds": 0.0,
                "late": False,
                "overridden": False,
            },
            {
                "id": "q-tf-cables",
                "type": "true_false",
                "prompt": "Engineers replaced 40 cables in 2021.",
                "outcome": "incorrect",
                "answer": "t",
                "understood": "True",
                "expected": "False",
                "points": 0,
                "possible": 1,
                "seconds": 0.0,
                "late": False,
                "overridden": False,
            },
            {
                "id": "q-fill-year",
                "type": "fill_blank",
                "prompt": "Engineers from Łódź Steelworks replaced 40 cables in _____.",
                "outcome": "correct",
                "answer": "2023",
                "understood": "2023",
                "expected": "2023",
                "points": 1,
                "possible": 1,
                "seconds": 0.0,
                "late": False,
                "overridden": False,
            },
        ],
    }
    assert results_json(result).endswith("}\n")
    assert "Łódź" in results_json(result)


def _tally(asked: int, correct: int, incorrect: int, skipped: int) -> dict[str, object]:
    return {
        "asked": asked,
        "correct": correct,
        "incorrect": incorrect,
        "skipped": skipped,
        "points": correct,
        "possible": asked,
        "percent": 100.0 * correct / asked,
    }


@pytest.mark.parametrize("kind", list(QuestionType))
def test_a_question_without_article_or_evidence_still_teaches(kind: QuestionType) -> None:
    question = Question(
        id="q1",
        type=kind,
        article="elsewhere",
        prompt="Anything?",
        answer="True" if kind is QuestionType.TRUE_FALSE else "Yes",
        choices=("Yes", "No") if kind is QuestionType.MULTIPLE_CHOICE else (),
        order=("One", "Two", "Three") if kind is QuestionType.ORDERING else (),
    )
    if kind is QuestionType.MATCHING:
        question = dataclasses.replace(
            question, pairs=(Pair("A", "one"), Pair("B", "two"), Pair("C", "two"))
        )
    console = recording_console()
    result = run_quiz(
        [question],
        console=console,
        ask=read_lines(io.StringIO("s\n"), console),
        rng=random.Random(3),
    )
    assert isinstance(result, QuizResult)
    assert result.results[0].outcome is Outcome.SKIPPED
    assert "From the article:" not in console.export_text()


def test_a_matching_or_ordering_answer_partly_right_earns_its_share_and_says_which(
    harbour_bank: Bank,
) -> None:
    from studyguide.quiz import QuestionResult, canonical_layout, grade
    from studyguide.quiz.screen import Screen

    matching = harbour_bank.questions[4]  # 2 points: Dvořák - Mayor, Özdağ - councillor
    layout = canonical_layout(matching)
    verdict = grade(matching, "1a 2a", layout)
    assert (verdict.correct, verdict.partial, verdict.note) == (False, 0.5, "1 of 2 matched right.")
    result = QuestionResult(
        matching,
        Outcome.INCORRECT,
        "1a 2a",
        verdict.response,
        "1a 2b",
        verdict.note,
        partial=verdict.partial,
    )
    assert result.points == 1.0
    console = recording_console()
    Screen(console, plain=True).feedback(result, layout, harbour_bank.articles[0])
    shown = console.export_text()
    assert "Elena Dvořák: Mayor  (right)" in shown
    assert "Mehmet Özdağ: Opposition councillor  (wrong)" in shown

    three = dataclasses.replace(harbour_bank.questions[5], order=("Cables", "Bridge", "Party"))
    placed = grade(three, "1 3 2", canonical_layout(three))
    assert (placed.correct, placed.note) == (False, "1 of 3 in the right place.")
    assert placed.partial == pytest.approx(1 / 3)


def test_at_a_terminal_a_wrong_verdict_waits_and_a_typed_answer_may_be_counted_right(
    harbour_bank: Bank,
) -> None:
    from studyguide.quiz import QuestionResult, read_lines, run_quiz

    fill, statement = harbour_bank.questions[2], harbour_bank.questions[1]
    console = recording_console()
    heard: list[QuestionResult] = []
    # 2022 is wrong, then r; "t" is wrong, then Enter (no r for a true or false).
    answers = io.StringIO("2022\nr\nt\nr\n")
    result = run_quiz(
        (fill, statement),
        console=console,
        ask=read_lines(answers, console),
        rng=random.Random(1),
        articles=harbour_bank.articles,
        timer=lambda: 0.0,
        on_result=heard.append,
        pause=True,
    )
    outcomes = [(r.question.id, r.outcome, r.overridden) for r in result.results]
    assert outcomes == [
        (fill.id, Outcome.CORRECT, True),
        (statement.id, Outcome.INCORRECT, False),
    ]
    assert heard == list(result.results)  # heard once each, as finally counted
    shown = console.export_text()
    assert "or r if your answer was right after all: r" in shown
    assert "Counted right, as you say." in shown
    assert "Press Enter to see your score: r" in shown


def test_an_answer_in_the_student_s_own_words_is_compared_not_marked_wrong(
    harbour_bank: Bank,
) -> None:
    from studyguide.quiz import read_lines, run_quiz

    (short,) = [q for q in harbour_bank.questions if q.type is QuestionType.SHORT_ANSWER][:1]
    main = dataclasses.replace(
        short,
        prompt="In one sentence, in your own words, what is the main news that the article reports?",
        answer="The harbour bridge will be rebuilt at a cost of two million pounds, the council said.",
        accepted=(),
    )
    console = recording_console()
    # Words of the student's own that the quiz cannot match, then y: it says the same.
    answers = io.StringIO("The council is going to pay to rebuild the old bridge\ny\n")
    result = run_quiz(
        (main,),
        console=console,
        ask=read_lines(answers, console),
        rng=random.Random(1),
        articles=harbour_bank.articles,
        timer=lambda: 0.0,
        pause=True,
    )
    assert [(r.outcome, r.overridden) for r in result.results] == [(Outcome.CORRECT, True)]
    shown = console.export_text()
    assert "Compare: you wrote The council is going to pay" in shown
    assert "Wrong" not in shown
    assert "Model answer: The harbour bridge will be rebuilt" in shown
    assert "Does yours say the same? y if it does; Enter to see your score: y" in shown
