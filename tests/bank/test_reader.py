"""Reading banks: defaults for hand-written questions, text that stays text, every problem."""

from __future__ import annotations

import pytest

from studyguide.bank import check_bank, dump_bank, parse_bank, question_id
from studyguide.errors import InvalidBank, Severity
from studyguide.model import (
    Bank,
    Difficulty,
    Entity,
    EntityKind,
    Evidence,
    Pair,
    QuestionType,
)

ONE_ARTICLE = """\
schema: 1
title: Test bank
articles:
  - id: bridge
    title: Bridge reopens
    text: The bridge opened in 2003. "It is safe," the mayor said.
questions:
"""


def test_a_hand_written_question_needs_only_type_prompt_and_answer() -> None:
    bank = parse_bank(ONE_ARTICLE + "  - type: short_answer\n    prompt: When?\n    answer: 2003\n")
    (question,) = bank.questions
    assert question.id == question_id("bridge", "When?")
    assert question.id.startswith("q-") and len(question.id) == 10
    assert question.article == "bridge"
    assert question.type is QuestionType.SHORT_ANSWER
    assert question.answer == "2003"
    assert question.points == 1
    assert question.difficulty is Difficulty.MEDIUM
    assert question.evidence == ()
    assert question.tags == question.choices == ()
    assert question.explanation == ""
    assert question.altered is None


def test_derived_ids_are_stable_and_depend_on_article_and_prompt() -> None:
    assert question_id("bridge", "When?") == question_id("bridge", "When?")
    assert question_id("bridge", "When?") != question_id("tunnel", "When?")
    assert question_id("bridge", "When?") != question_id("bridge", "Where?")


def test_minimal_questions_of_the_other_types() -> None:
    bank = parse_bank(
        ONE_ARTICLE
        + "  - type: multiple_choice\n    prompt: When?\n"
        + "    choices: [2003, 2011]\n    answer: 2003\n"
        + "  - type: matching\n    prompt: Match.\n    pairs:\n"
        + "      - {left: Bridge, right: 2003}\n      - {left: Tunnel, right: 2011}\n"
        + "  - type: ordering\n    prompt: Order.\n    order: [Built, Opened]\n"
    )
    choice, matching, ordering = bank.questions
    assert choice.choices == ("2003", "2011")
    assert matching.pairs == (Pair("Bridge", "2003"), Pair("Tunnel", "2011"))
    assert ordering.order == ("Built", "Opened")


TEXTS = ["No", "Yes", "On", "Off", "3.10", "2003", "null", "~", "true", "0x1F", "1e3", ".5", "+1"]


@pytest.mark.parametrize("typed", TEXTS)
def test_text_stays_the_text_typed(typed: str) -> None:
    bank = parse_bank(
        ONE_ARTICLE
        + "  - type: multiple_choice\n    prompt: Pick one.\n"
        + f"    choices: [{typed}, other]\n    answer: {typed}\n    tags: [{typed}]\n"
    )
    (question,) = bank.questions
    assert question.answer == typed
    assert question.choices == (typed, "other")
    assert question.tags == (typed,)


def test_a_true_false_answer_is_read_in_any_case() -> None:
    bank = parse_bank(
        ONE_ARTICLE
        + "  - type: true_false\n    prompt: It opened in 2003.\n    answer: true\n"
        + "  - type: true_false\n    prompt: It opened in 2004.\n    answer: FALSE\n"
    )
    assert [q.answer for q in bank.questions] == ["True", "False"]


def test_evidence_given_as_text_alone_is_found_in_the_article() -> None:
    bank = parse_bank(
        ONE_ARTICLE
        + "  - type: short_answer\n    prompt: Who spoke?\n    answer: The mayor\n"
        + "    evidence:\n      - text: the mayor said.\n"
    )
    assert bank.questions[0].evidence == (Evidence(41, 56, "the mayor said."),)


def test_warnings_do_not_stop_a_bank_from_loading() -> None:
    text = (
        ONE_ARTICLE
        + "  - type: short_answer\n    prompt: Who spoke?\n    answer: The mayor\n"
        + "    evidence:\n      - text: the mayor said.\n        start: 40\n        end: 55\n"
    )
    bank, problems = check_bank(text, "b.yaml")
    assert bank is not None
    assert bank.questions[0].evidence == (Evidence(40, 55, "the mayor said."),)
    assert [(p.code, p.severity) for p in problems] == [("SG132", Severity.WARNING)]
    assert parse_bank(text) == bank


def test_a_question_names_its_article_when_the_bank_has_several() -> None:
    text = """\
schema: 1
title: Two
articles:
  - id: bridge
    title: Bridge
    text: The bridge opened in 2003.
  - id: tunnel
    title: Tunnel
    text: The tunnel closed in 2011.
questions:
  - type: fill_blank
    article: tunnel
    prompt: The tunnel closed in _____.
    answer: 2011
    evidence:
      - text: The tunnel closed in 2011.
"""
    bank = parse_bank(text)
    assert [a.id for a in bank.articles] == ["bridge", "tunnel"]
    assert bank.questions[0].article == "tunnel"
    assert bank.questions[0].evidence == (Evidence(0, 26, "The tunnel closed in 2011."),)


def test_people_and_organizations_are_read_without_mentions() -> None:
    text = ONE_ARTICLE.replace(
        "questions:\n",
        "    people:\n      - name: Ana Lima\n        role: Mayor\n        aliases: [Lima]\n"
        "    organizations:\n      - name: City Council\n",
    )
    article = parse_bank(text).articles[0]
    assert article.people == (Entity("Ana Lima", EntityKind.PERSON, (), ("Lima",), "Mayor"),)
    assert article.organizations == (Entity("City Council", EntityKind.ORGANIZATION, ()),)


def test_windows_line_endings_and_a_byte_order_mark_are_read() -> None:
    text = "\ufeff" + (
        ONE_ARTICLE + "  - type: short_answer\n    prompt: When?\n    answer: 2003\n"
    )
    bank = parse_bank(text.replace("\n", "\r\n"))
    assert bank.questions[0].answer == "2003"
    assert bank.articles[0].text == 'The bridge opened in 2003. "It is safe," the mayor said.'


def test_every_problem_is_reported_in_file_order() -> None:
    text = ONE_ARTICLE + (
        "  - type: multiple_choice\n"  # 8
        "    promt: When?\n"  # 9
        "    choices: [2003, 2011]\n"  # 10
        "    answer: 2033\n"  # 11
        "    points: many\n"  # 12
        "  - type: essay\n"  # 13
        "    prompt: Why?\n"  # 14
        "    answer: Because\n"  # 15
        "    difficulty: impossible\n"  # 16
    )
    with pytest.raises(InvalidBank) as caught:
        parse_bank(text, "b.yaml")
    assert [str(p) for p in caught.value.problems] == [
        'b.yaml:9:5: SG116 question 1: unknown key "promt"',
        'b.yaml:11:13: SG125 question 1: answer "2033" is not among the choices',
        'b.yaml:12:13: SG118 question 1: points must be a whole number, not "many"',
        'b.yaml:13:11: SG121 question 2: unknown question type "essay"',
        'b.yaml:16:17: SG119 question 2: unknown difficulty "impossible"',
    ]
    assert str(caught.value) == "b.yaml: invalid question bank (5 problems)"
    assert caught.value.hint == "fix them and check with: studyguide validate b.yaml"


def test_a_loaded_bank_written_again_is_unchanged(harbour_bank: Bank) -> None:
    text = dump_bank(harbour_bank)
    assert dump_bank(parse_bank(text)) == text


def _both_readers(text: str) -> tuple[object, object]:
    """What libyaml's quick reader and PyYAML's exact one make of `text`."""
    quick = check_bank(text, "b.yaml")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("studyguide.bank.reader.compose_fast", lambda text: None)
        exact = check_bank(text, "b.yaml")
    return quick, exact


@pytest.mark.parametrize(
    "extra",
    [
        "",
        "  - type: short_answer\n    prompt: Who spoke?\n    answer: The mayor\n"
        "    evidence:\n      - text: the mayor said.\n        start: 40\n        end: 55\n",
        "  - type: fill_blank  # a comment\n    prompt: |\n      Opened in _____.\n"
        "    answer: '2003'\n    accepted: [No, 3.10, null]\n",
        "  - type: multiple_choice\n    prompt: Pick one.\n    choices: [On, Off]\n"
        "    answer: On\n    points: 2\n",
    ],
)
def test_the_quick_reader_reads_a_bank_as_the_exact_one_does(extra: str) -> None:
    quick, exact = _both_readers(ONE_ARTICLE + extra)
    assert quick == exact


def test_the_quick_reader_reads_a_generated_bank_as_the_exact_one_does(
    harbour_bank: Bank,
) -> None:
    quick, exact = _both_readers(dump_bank(harbour_bank))
    assert quick == exact
    assert quick[0] == harbour_bank
