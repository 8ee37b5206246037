"""Grading, as a table: answer typed → verdict, answer as understood, note."""

from __future__ import annotations

from dataclasses import replace

import pytest

from studyguide.model import Bank, Entity, EntityKind, Question, QuestionType
from studyguide.quiz import (
    Layout,
    Verdict,
    expected_response,
    grade,
    normalize,
    rivals_for,
    typos,
)
from studyguide.quiz.grading import in_own_words

C, W, U = Verdict.CORRECT, Verdict.INCORRECT, Verdict.UNCLEAR


def _question(bank: Bank, question_id: str) -> Question:
    return next(q for q in bank.questions if q.id == question_id)


def _typed(answer: str, *accepted: str) -> Question:
    return Question(
        id="q-typed",
        type=QuestionType.FILL_BLANK,
        article="harbour-bridge",
        prompt="_____ said it.",
        answer=answer,
        accepted=accepted,
    )


@pytest.mark.parametrize(
    ("answer", "verdict", "response"),
    [
        ("b", C, "b) Elena Dvořák"),
        ("B", C, "b) Elena Dvořák"),
        ("b)", C, "b) Elena Dvořák"),
        ("2", C, "b) Elena Dvořák"),
        ("2.", C, "b) Elena Dvořák"),
        ("  elena dvorak ", C, "b) Elena Dvořák"),
        ("a", W, "a) Mehmet Özdağ"),
        ("4", W, "d) Tomás Rivera"),
        ("Tomas Rivera", W, "d) Tomás Rivera"),
        ("e", U, ""),
        ("5", U, ""),
        ("0", U, ""),
        ("Dvořák", U, ""),
    ],
)
def test_multiple_choice_by_letter_number_or_text(
    harbour_bank: Bank, answer: str, verdict: Verdict, response: str
) -> None:
    result = grade(_question(harbour_bank, "q-mc-speaker"), answer)
    assert (result.verdict, result.response) == (verdict, response)
    if verdict is U:
        assert result.note == "Answer with a letter from a to d or a number from 1 to 4."


@pytest.mark.parametrize(
    ("answer", "verdict", "response"),
    [
        ("f", C, "False"),
        ("F", C, "False"),
        ("false", C, "False"),
        ("FALSE.", C, "False"),
        ("t", W, "True"),
        ("True", W, "True"),
        ("yes", U, ""),
        ("", U, ""),
        ("tf", U, ""),
    ],
)
def test_true_false_by_t_f_true_false(
    harbour_bank: Bank, answer: str, verdict: Verdict, response: str
) -> None:
    result = grade(_question(harbour_bank, "q-tf-cables"), answer)
    assert (result.verdict, result.response) == (verdict, response)
    if verdict is U:
        assert result.note == "Answer t for true or f for false."


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        ("2023", C),
        (" 2023. ", C),
        ("2021", W),
        ("2032", W),
        ("20233", W),
        ("in 2023", C),  # a leading preposition changes nothing
        ("from 2023", C),
        ("before 2023", W),  # this one does
    ],
)
def test_a_number_must_be_exact(harbour_bank: Bank, answer: str, verdict: Verdict) -> None:
    assert grade(_question(harbour_bank, "q-fill-year"), answer).verdict is verdict


@pytest.mark.parametrize(
    ("answer", "verdict", "note"),
    [
        ("It ran a year late.", C, ""),
        ("it ran a year late", C, ""),
        ("A year late!", C, ""),
        ("one year late", C, ""),
        ("one yaer late", C, "Accepted with a small typo. The spelling is: one year late"),
        (
            "It ran a yeat lste",
            C,
            "Accepted with small typos. The spelling is: It ran a year late.",
        ),
        ("two years late", W, ""),
        ("on time", W, ""),
        ("late", W, ""),
    ],
)
def test_short_answer_and_its_accepted_forms(
    harbour_bank: Bank, answer: str, verdict: Verdict, note: str
) -> None:
    result = grade(_question(harbour_bank, "q-short-late"), answer)
    assert (result.verdict, result.response, result.note) == (verdict, answer, note)


def test_an_empty_typed_answer_is_asked_again(harbour_bank: Bank) -> None:
    result = grade(_question(harbour_bank, "q-fill-year"), "  ")
    assert (result.verdict, result.note) == (U, "Type an answer, or s to skip.")


@pytest.mark.parametrize(
    ("answer", "verdict", "note"),
    [
        ("Elena Dvořák", C, ""),
        ("elena dvorak", C, ""),
        ("ELENA DVOŘÁK.", C, ""),
        ("the Elena Dvořák", C, ""),
        ("Elena-Dvořák", C, ""),
        ("ElenaDvorak", C, ""),
        ("Dvořák", C, ""),
        ("dvorak", C, ""),
        ("Elena Dvorka", C, "Accepted with a small typo. The spelling is: Elena Dvořák"),
        ("Elena Dvorsk", C, "Accepted with a small typo. The spelling is: Elena Dvořák"),
        ("Elna Dvorak", C, "Accepted with a small typo. The spelling is: Elena Dvořák"),
        ("dvorka", C, "Accepted with a small typo. The spelling is: Dvořák"),
        ("Elena", W, ""),
        ("Elena Dvorac", W, ""),
        ("Elena Tvorak", W, ""),
        ("Mehmet Özdağ", W, ""),
        ("Ozdag", W, ""),
        ("Elena Dvořák Özdağ", W, ""),
    ],
)
def test_names_forgive_typos_but_not_another_name(
    harbour_bank: Bank, answer: str, verdict: Verdict, note: str
) -> None:
    question = _typed("Elena Dvořák", "Dvořák")
    rivals = rivals_for(question, harbour_bank.articles[0])
    result = grade(question, answer, rivals=rivals)
    assert (result.verdict, result.note) == (verdict, note)


@pytest.mark.parametrize(
    ("answer", "typed", "verdict"),
    [
        ("Obama", "Osama", W),
        ("Obama", "Obamq", C),
        ("Kerry", "Perry", W),
        ("Kerry", "Kery", C),
        ("Assad", "Asad", C),
        ("Assad", "Asasd", C),
        ("Bashar al-Assad", "Hafez al-Assad", W),
        ("Bashar al-Assad", "Bashar al Asad", C),
        ("Putin", "Puttin", C),
        ("Li", "Lu", W),
        ("The Old Harbour Bridge", "old harbour bridge", C),
        ("The Old Harbour Bridge", "the old harbor bridge", C),
    ],
)
def test_a_typo_is_a_slip_not_a_different_word(answer: str, typed: str, verdict: Verdict) -> None:
    assert grade(_typed(answer), typed).verdict is verdict


@pytest.mark.parametrize(
    ("typed", "verdict"),
    [("Mark Olsen", C), ("Mark Olson", W), ("Mark Olsne", C), ("Mark Olsin", W)],
)
def test_a_typo_closer_to_a_rival_name_is_that_rival(typed: str, verdict: Verdict) -> None:
    assert grade(_typed("Mark Olsen"), typed, rivals=("Mark Olson",)).verdict is verdict


@pytest.mark.parametrize(
    ("answer", "verdict", "response", "note"),
    [
        ("1a 2b", C, "1a 2b", ""),
        ("2b 1a", C, "1a 2b", ""),
        ("1A, 2B", C, "1a 2b", ""),
        ("1-a 2-b", C, "1a 2b", ""),
        ("1a2b", C, "1a 2b", ""),
        ("ab", C, "1a 2b", ""),
        ("a b", C, "1a 2b", ""),
        ("1b 2a", W, "1b 2a", "0 of 2 matched right."),
        ("1a 2a", W, "1a 2a", "1 of 2 matched right."),
        ("1a", U, "", ""),
        ("1a 1b", U, "", ""),
        ("1a 2b 3a", U, "", ""),
        ("1c 2a", U, "", ""),
        ("abc", U, "", ""),
        ("mayor", U, "", ""),
    ],
)
def test_matching_by_number_and_letter(
    harbour_bank: Bank, answer: str, verdict: Verdict, response: str, note: str
) -> None:
    result = grade(_question(harbour_bank, "q-match-roles"), answer)
    assert (result.verdict, result.response) == (verdict, response)
    if verdict is U:
        assert (
            result.note == "Give each number from 1 to 2 a letter from a to b, for example: 1b 2a"
        )
    else:
        assert result.note == note


def test_matching_letters_refer_to_the_layout_shown(harbour_bank: Bank) -> None:
    question = _question(harbour_bank, "q-match-roles")
    layout = Layout(left=("Elena Dvořák", "Mehmet Özdağ"), right=("Opposition councillor", "Mayor"))
    assert grade(question, "1b 2a", layout).verdict is C
    assert grade(question, "1a 2b", layout).verdict is W
    assert expected_response(question, layout) == "1b 2a"


@pytest.mark.parametrize(
    ("answer", "verdict", "response"),
    [
        ("2 1", C, "2 1"),
        ("21", C, "2 1"),
        ("2, 1", C, "2 1"),
        ("2-1", C, "2 1"),
        ("1 2", W, "1 2"),
        ("1 1", U, ""),
        ("2 3", U, ""),
        ("2", U, ""),
        ("first", U, ""),
    ],
)
def test_ordering_by_numbers_first_to_last(
    harbour_bank: Bank, answer: str, verdict: Verdict, response: str
) -> None:
    question = _question(harbour_bank, "q-order-events")
    layout = Layout(items=("Bridge reopened", "Cables replaced"))
    result = grade(question, answer, layout)
    assert (result.verdict, result.response) == (verdict, response)
    if verdict is U:
        assert result.note == "Give the numbers 1 to 2 from first to last, for example: 2 1"
    assert expected_response(question, layout) == "2 1"


def test_expected_responses_use_the_labels_shown(harbour_bank: Bank) -> None:
    answers = {q.id: expected_response(q) for q in harbour_bank.questions}
    assert answers == {
        "q-mc-speaker": "b) Elena Dvořák",
        "q-tf-cables": "False",
        "q-fill-year": "2023",
        "q-short-late": "It ran a year late.",
        "q-match-roles": "1a 2b",
        "q-order-events": "1 2",
    }


def test_rivals_are_the_other_names_in_the_article(harbour_bank: Bank) -> None:
    article = harbour_bank.articles[0]
    assert rivals_for(_typed("Elena Dvořák"), article) == (
        "Mehmet Özdağ",
        "Özdağ",
        "Łódź Steelworks",
    )
    assert rivals_for(_typed("Dvorak"), article) == ("Mehmet Özdağ", "Özdağ", "Łódź Steelworks")
    assert rivals_for(_question(harbour_bank, "q-mc-speaker"), article) == ()


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("The United States.", "united states"),
        ("ISIS [ISIL]", "isis isil"),
        ("Łódź", "lodz"),
        ("al-Assad’s", "al assads"),
        ("  Elena   DVOŘÁK ", "elena dvorak"),
        ("A", "a"),
        ("an apple", "apple"),
        ("Ærø", "aero"),
        ("in the Middle East", "middle east"),
        ("from 2014", "2014"),
        ("after 2014", "after 2014"),
        ("In", "in"),
    ],
)
def test_normalize(text: str, folded: str) -> None:
    assert normalize(text) == folded


@pytest.mark.parametrize(
    ("expected", "typed", "count"),
    [
        ("dvorak", "dvorak", 0),
        ("dvorak", "dvroak", 1),
        ("steelworks", "steelwroks", 1),
        ("steelworks", "stelworcs", None),
        ("steelworks", "steelwoeks", 1),
        ("harbour bridge", "harbor brigde", 2),
        ("harbour bridge", "harbor brdge", 2),
        ("harbour bridge", "harbor brdg", None),
        ("old harbour", "oldharbour", 0),
        ("cat", "car", None),
        ("40 cables", "40 cabels", 1),
        ("40 cables", "41 cables", None),
    ],
)
def test_typos(expected: str, typed: str, count: int | None) -> None:
    assert typos(expected, typed) == count


def test_the_example_answer_has_as_many_items_as_the_question() -> None:
    from studyguide.quiz.grading import matching_example, ordering_example

    assert ordering_example(4) == "2 1 3 4"
    assert matching_example(3) == "1b 2a 3c"
    assert ordering_example(2) == "2 1"


def test_a_given_name_or_surname_alone_names_the_person(harbour_bank: Bank) -> None:
    from studyguide.quiz.grading import with_name_parts

    article = harbour_bank.articles[0]
    asked = with_name_parts(_typed("Elena Dvořák"), article)
    assert grade(asked, "elena").verdict is Verdict.CORRECT
    assert grade(asked, "Dvorak").verdict is Verdict.CORRECT
    assert grade(asked, "Mehmet").verdict is Verdict.INCORRECT
    # Not a name part another person of the article shares.
    twin = replace(article, people=(*article.people, Entity("Elena Marsh", EntityKind.PERSON, ())))
    assert grade(with_name_parts(_typed("Elena Dvořák"), twin), "elena").verdict is (
        Verdict.INCORRECT
    )


@pytest.mark.parametrize(
    ("answer", "typed"),
    [("willful blindness", "wilful blindness"), ("organize", "organise"), ("centre", "center")],
)
def test_another_spelling_is_no_typo(answer: str, typed: str) -> None:
    verdict = grade(_typed(answer), typed)
    assert verdict.verdict is Verdict.CORRECT
    assert verdict.note == f"Accepted: another spelling of {answer}."


def test_a_short_answer_in_the_student_s_words_is_judged_on_its_key_words() -> None:
    why = replace(
        _typed("Engineers replaced the old cables because they had rusted"),
        type=QuestionType.SHORT_ANSWER,
    )
    said = grade(why, "the engineers replaced rusted cables")
    assert said.verdict is Verdict.CORRECT
    assert said.note.startswith("Judged on its key words (engineers, replaced, cables, rusted).")
    assert grade(why, "cables rusted").verdict is Verdict.INCORRECT  # too few of them
    # The same words with a "not" say the opposite; another figure is another answer.
    assert grade(why, "the engineers did not replace the rusted cables").verdict is (
        Verdict.INCORRECT
    )
    assert grade(why, "engineers replaced two cables that rusted").verdict is Verdict.INCORRECT


def test_the_main_idea_is_answered_in_the_student_s_own_words_however_short_its_model() -> None:
    summary = Question(
        id="q1",
        type=QuestionType.SHORT_ANSWER,
        article="a",
        prompt="In one sentence, in your own words, what is the article mainly about?",
        answer="Kelby school turns to handhelds.",
        tags=("main idea",),
    )
    assert in_own_words(summary)
    # A short answer of a few words is typed as it is, not in other words.
    assert not in_own_words(replace(summary, tags=("reason",)))
