"""Questions for the bundled sample article: types, grounding, fairness, selection."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from studyguide.analysis import analyze_article
from studyguide.generation import GENERATORS, generate_questions
from studyguide.generation.context import Context
from studyguide.generation.wording import gives_away, grammar_problems
from studyguide.ingest import read_article
from studyguide.model import FALSE, TRUE, Analysis, Article, Question, QuestionType

if TYPE_CHECKING:
    from spacy.language import Language

SAMPLE = Path(__file__).parents[2] / "studyguide" / "examples" / "assad-coalition.txt"


@pytest.fixture(scope="module")
def sample(nlp: Language) -> tuple[Article, Analysis]:
    article = read_article(SAMPLE)
    return article, analyze_article(article, nlp)


@pytest.fixture(scope="module")
def bank(sample: tuple[Article, Analysis]) -> tuple[Question, ...]:
    questions, _ = generate_questions(*sample, count=25, seed=0)
    return questions


def test_the_sample_bank_asks_its_key_points_once_each(bank: tuple[Question, ...]) -> None:
    main = [q for q in bank if "main idea" in q.tags]
    assert [q.answer for q in main] == [
        "Syrian President Bashar Assad said that the US-led international coalition against"
        " the Islamic State militant group has failed, and lacks impact on the ground."
    ]
    # Who said what: Assad's view of the US administration, asked as his.
    (said,) = [q for q in bank if q.prompt.startswith("According to Bashar Assad,")]
    assert said.answer == "willful blindness"
    evidence = " ".join(e.text for q in bank for e in q.evidence)
    assert "2003" in evidence
    assert "since 2014" in evidence
    # One question per sentence of the article, and no prompt twice.
    starts = [e.start for q in bank for e in q.evidence]
    assert len(starts) == len(set(starts))
    assert len({q.prompt for q in bank}) == len({q.id for q in bank}) == len(bank) <= 25


def test_comprehension_questions_are_among_the_candidates(
    sample: tuple[Article, Analysis],
) -> None:
    ctx = Context(*sample)
    prompts = {c.question.prompt for g in GENERATORS for c in g.make(ctx)}
    assert (
        "In one sentence, in your own words, what is the main news that the article reports?"
        in prompts
    )
    # Which country did something is not asked: the one the story is about answers it.
    assert "According to Bashar Assad, which country strongly opposed that invasion?" not in prompts
    assert (
        "Since when has the US-led international coalition been launching airstrikes against"
        " the group’s positions without seeking approval from Damascus?" in prompts
    )
    assert (
        "According to Bashar Assad, what is the US administration displaying when it refuses"
        " to cooperate with the Syrian armed forces in the battle against the Islamic State"
        " militant group?" in prompts
    )
    # "not" taken out of a long sentence reads as a trick, not as a false statement.
    assert (
        "Bashar Assad noted that the US-led coalition against the Islamic State and the Syrian"
        " Army coordinate their attacks against the militants’ positions in any way." not in prompts
    )


def test_every_question_is_grounded_in_the_article(
    sample: tuple[Article, Analysis], bank: tuple[Question, ...]
) -> None:
    article, _ = sample
    ctx = Context(*sample)
    for question in bank:
        assert question.evidence, question.prompt
        for evidence in question.evidence:
            assert article.text[evidence.start : evidence.end] == evidence.text
        if question.type in (
            QuestionType.MULTIPLE_CHOICE,
            QuestionType.FILL_BLANK,
            QuestionType.SHORT_ANSWER,
        ):
            forms = [*ctx.forms(question.answer), *question.accepted]
            text = " ".join(e.text for e in question.evidence)
            if "main idea" in question.tags:  # the lead with who said it first
                words = set(re.findall(r"[\w'-]+", question.answer)) - {"that"}
                assert words <= set(re.findall(r"[\w'-]+", text.lower() + " " + text))
            else:
                assert any(form in text for form in forms), question.prompt


def test_no_prompt_holds_its_answer_and_no_distractor_is_the_answer(
    sample: tuple[Article, Analysis], bank: tuple[Question, ...]
) -> None:
    ctx = Context(*sample)
    for question in bank:
        if question.type is QuestionType.TRUE_FALSE or not question.answer:
            continue
        assert not gives_away(question.prompt, [question.answer, *question.accepted])
        for choice in question.choices:
            if choice != question.answer:
                assert not ctx.alike(choice, question.answer), (choice, question.answer)


def test_prompts_pass_the_grammar_checks(bank: tuple[Question, ...]) -> None:
    assert [q.prompt for q in bank if grammar_problems(q.prompt)] == []


def test_true_false_is_balanced_and_records_each_change(bank: tuple[Question, ...]) -> None:
    statements = [q for q in bank if q.type is QuestionType.TRUE_FALSE]
    answers = Counter(q.answer for q in statements)
    assert -2 <= answers[TRUE] - answers[FALSE] <= 1
    for question in statements:
        assert (question.altered is None) == (question.answer == TRUE)


def test_the_right_choice_moves_around(bank: tuple[Question, ...]) -> None:
    positions = Counter(
        q.choices.index(q.answer) for q in bank if q.type is QuestionType.MULTIPLE_CHOICE
    )
    assert len(positions) == sum(positions.values())  # never twice in one place here


def test_every_question_has_difficulty_tags_and_points(bank: tuple[Question, ...]) -> None:
    for question in bank:
        assert question.tags
        assert question.points >= 1


def test_same_seed_same_questions(sample: tuple[Article, Analysis]) -> None:
    first, _ = generate_questions(*sample, count=25, seed=3)
    again, _ = generate_questions(*sample, count=25, seed=3)
    assert first == again


def test_types_filter(sample: tuple[Article, Analysis]) -> None:
    questions, report = generate_questions(
        *sample, count=5, types={QuestionType.TRUE_FALSE, QuestionType.SHORT_ANSWER}
    )
    assert {q.type for q in questions} == {QuestionType.TRUE_FALSE, QuestionType.SHORT_ANSWER}
    assert report.produced == 5


def test_a_shortfall_says_how_many_and_why(sample: tuple[Article, Analysis]) -> None:
    questions, report = generate_questions(*sample, count=200)
    assert report.produced == len(questions) < 200
    assert report.shortfall is not None
    assert report.shortfall.startswith(f"the article gave {len(questions)} good questions from ")
    assert "left out:" in report.shortfall


def test_false_statements_say_the_opposite_or_change_a_place(
    sample: tuple[Article, Analysis],
) -> None:
    ctx = Context(*sample)
    altered = [
        c.question.altered
        for g in GENERATORS
        if g.type is QuestionType.TRUE_FALSE
        for c in g.make(ctx)
        if c.question.altered
    ]
    assert altered
    # Never a "not" put in, a year or figure moved, or words given to someone else.
    assert {a.split(":")[0] for a in altered} <= {"opposite", "place"}
