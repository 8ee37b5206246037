"""Choosing questions by article, type, tag and difficulty, as render, quiz and export do."""

from __future__ import annotations

import dataclasses

import pytest

from studyguide.bank import (
    QuestionFilter,
    filter_bank,
    filter_questions,
    parse_difficulties,
    parse_types,
    split_names,
)
from studyguide.errors import NoQuestions
from studyguide.model import Bank, BankArticle, Difficulty, Question, QuestionType


@pytest.fixture
def two_articles(harbour_bank: Bank) -> Bank:
    ferry = BankArticle(id="night-ferry", title="Night Ferry", text="The ferry sails again.")
    question = Question(
        id="q-ferry",
        type=QuestionType.TRUE_FALSE,
        article="night-ferry",
        prompt="The ferry sails again.",
        answer="True",
        difficulty=Difficulty.EASY,
        tags=("Date",),
    )
    return dataclasses.replace(
        harbour_bank,
        articles=(*harbour_bank.articles, ferry),
        questions=(*harbour_bank.questions, question),
    )


def _ids(questions: tuple[Question, ...]) -> list[str]:
    return [q.id for q in questions]


def test_no_filter_keeps_every_question_in_order(two_articles: Bank) -> None:
    assert filter_questions(two_articles.questions) == two_articles.questions


@pytest.mark.parametrize(
    ("chosen", "expected"),
    [
        (QuestionFilter(articles=("night-ferry",)), ["q-ferry"]),
        (
            QuestionFilter(types=(QuestionType.TRUE_FALSE, QuestionType.MATCHING)),
            ["q-tf-cables", "q-match-roles", "q-ferry"],
        ),
        (
            QuestionFilter(tags=("date",)),
            ["q-tf-cables", "q-fill-year", "q-order-events", "q-ferry"],
        ),
        (
            QuestionFilter(tags=("PERSON", "claim")),
            ["q-mc-speaker", "q-short-late", "q-match-roles"],
        ),
        (QuestionFilter(difficulties=(Difficulty.EASY,)), ["q-mc-speaker", "q-ferry"]),
        (
            QuestionFilter(
                articles=("harbour-bridge",), tags=("date",), difficulties=(Difficulty.MEDIUM,)
            ),
            ["q-tf-cables", "q-fill-year", "q-order-events"],
        ),
        (
            QuestionFilter(types=(QuestionType.FILL_BLANK, QuestionType.ORDERING), tags=("date",)),
            ["q-fill-year", "q-order-events"],
        ),
    ],
)
def test_filters(two_articles: Bank, chosen: QuestionFilter, expected: list[str]) -> None:
    assert _ids(filter_questions(two_articles.questions, chosen)) == expected


def test_a_filtered_bank_keeps_the_articles_named(two_articles: Bank) -> None:
    only = filter_bank(two_articles, QuestionFilter(articles=("night-ferry",)))
    assert [a.id for a in only.articles] == ["night-ferry"]
    assert _ids(only.questions) == ["q-ferry"]
    assert only.title == two_articles.title
    typed = filter_bank(two_articles, QuestionFilter(types=(QuestionType.ORDERING,)))
    assert typed.articles == two_articles.articles
    assert _ids(typed.questions) == ["q-order-events"]


def test_an_unknown_article(two_articles: Bank) -> None:
    with pytest.raises(NoQuestions) as caught:
        filter_bank(two_articles, QuestionFilter(articles=("harbor-bridge",)), source="bank.yaml")
    assert caught.value.message == 'bank.yaml: the bank has no article "harbor-bridge"'
    assert caught.value.hint == 'did you mean "harbour-bridge"?'
    with pytest.raises(NoQuestions) as caught:
        filter_bank(two_articles, QuestionFilter(articles=("zebra",)))
    assert caught.value.message == 'the bank has no article "zebra"'
    assert caught.value.hint == "its articles: harbour-bridge, night-ferry"


def test_filters_that_leave_nothing(two_articles: Bank) -> None:
    with pytest.raises(NoQuestions) as caught:
        filter_bank(
            two_articles,
            QuestionFilter(
                articles=("night-ferry",),
                types=(QuestionType.MATCHING,),
                tags=("date", "person"),
                difficulties=(Difficulty.HARD, Difficulty.MEDIUM),
            ),
            source="bank.yaml",
        )
    assert caught.value.message == (
        "bank.yaml: the bank has no hard or medium matching questions tagged date or person"
        ' from article "night-ferry"'
    )
    assert caught.value.hint == (
        "the bank's 7 questions have types: multiple_choice, true_false, fill_blank, "
        "short_answer, matching, ordering; tags: claim, Date, date, person, quote; "
        "difficulties: easy, medium, hard"
    )
    assert caught.value.code == "SG300"


def test_a_bank_without_questions_is_not_an_error(harbour_bank: Bank) -> None:
    empty = dataclasses.replace(harbour_bank, questions=())
    assert filter_bank(empty, QuestionFilter(types=(QuestionType.MATCHING,))).questions == ()


def test_a_tag_the_bank_does_not_hold(two_articles: Bank) -> None:
    with pytest.raises(NoQuestions) as caught:
        filter_bank(two_articles, QuestionFilter(tags=("dates",)), source="bank.yaml")
    assert caught.value.message == 'bank.yaml: the bank has no questions tagged "dates"'
    assert caught.value.hint == 'did you mean "date"?'
    untagged = dataclasses.replace(
        two_articles,
        questions=tuple(dataclasses.replace(q, tags=()) for q in two_articles.questions),
    )
    with pytest.raises(NoQuestions) as caught:
        filter_bank(untagged, QuestionFilter(tags=("date",)))
    assert caught.value.hint == "its tags: none"


def test_option_values() -> None:
    assert split_names(["date, person", "quote", "date", " "]) == ("date", "person", "quote")
    assert parse_types(["mc,tf", "fill-blank", "multiple_choice"]) == (
        QuestionType.MULTIPLE_CHOICE,
        QuestionType.TRUE_FALSE,
        QuestionType.FILL_BLANK,
    )
    assert parse_difficulties(["Hard,easy"]) == (Difficulty.HARD, Difficulty.EASY)
    with pytest.raises(ValueError) as caught:
        parse_types(["mc,essay"])
    assert str(caught.value) == (
        'unknown question type "essay"; choose from: multiple_choice (mc), true_false (tf),'
        " fill_blank (fill), short_answer (short), matching (match), ordering (order)"
    )
    with pytest.raises(ValueError) as caught:
        parse_difficulties(["medum"])
    assert str(caught.value) == 'unknown difficulty "medum"; choose from: easy, medium, hard'


@pytest.mark.parametrize("command", ["render", "quiz"])
def test_commands_that_read_a_bank_take_the_same_filter_options(command: str) -> None:
    import typer.main

    import studyguide.cli  # noqa: F401  (registers every command on the app)
    from studyguide.cli.app import app

    group = typer.main.get_command(app)
    options = {name for param in group.commands[command].params for name in param.opts}  # type: ignore[attr-defined]
    assert {"--article", "--type", "--tag", "--difficulty"} <= options
