from __future__ import annotations

from dataclasses import replace

from studyguide.model import Bank, Pair, QuestionType
from studyguide.render.arrangement import arrange


def test_questions_are_grouped_by_type_and_numbered_through(harbour_bank: Bank) -> None:
    form = arrange(harbour_bank)
    assert [s.type for s in form.sections] == [
        QuestionType.MULTIPLE_CHOICE,
        QuestionType.TRUE_FALSE,
        QuestionType.FILL_BLANK,
        QuestionType.MATCHING,
        QuestionType.ORDERING,
        QuestionType.SHORT_ANSWER,
    ]
    assert [(p.number, p.question.id) for p in form.questions] == [
        (1, "q-mc-speaker"),
        (2, "q-tf-cables"),
        (3, "q-fill-year"),
        (4, "q-match-roles"),
        (5, "q-order-events"),
        (6, "q-short-late"),
    ]
    assert form.points == 8
    assert [s.points for s in form.sections] == [1, 1, 1, 2, 1, 2]


def test_keys_follow_the_printed_order(harbour_bank: Bank) -> None:
    printed = {p.question.id: p for p in arrange(harbour_bank).questions}
    assert printed["q-mc-speaker"].answer_letter == "B"
    matching = printed["q-match-roles"]
    assert matching.right == ("Mayor", "Opposition councillor")
    assert matching.matching_key == ("A", "B")
    ordering = printed["q-order-events"]
    assert ordering.items == ("Cables replaced", "Bridge reopened")
    assert ordering.ordering_key == (1, 2)


def test_shuffled_columns_never_print_in_answer_order(harbour_bank: Bank) -> None:
    base = next(q for q in harbour_bank.questions if q.type is QuestionType.MATCHING)
    two_kept = set()
    for index in range(60):
        pairs = tuple(Pair(f"left {n}", f"right {n}") for n in range(index % 4 + 2))
        question = replace(base, id=f"m{index}", pairs=pairs)
        printed = arrange(replace(harbour_bank, questions=(question,))).questions[0]
        answer_order = tuple(pair.right for pair in pairs)
        assert sorted(printed.right) == sorted(answer_order)
        if len(pairs) > 2:
            assert printed.right != answer_order
        else:
            # Two items always swapped would give the answer away just the same.
            two_kept.add(printed.right == answer_order)
    assert two_kept == {True, False}


def test_the_same_bank_arranges_the_same_way(harbour_bank: Bank) -> None:
    assert arrange(harbour_bank) == arrange(harbour_bank)
