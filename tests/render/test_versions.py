from __future__ import annotations

import pytest

from studyguide.model import Bank, QuestionType
from studyguide.render import render_documents
from studyguide.render.arrangement import arrange, arrange_versions, letter
from studyguide.render.worksheet import points_label
from tests.render.banks import sample_bank
from tests.render.conftest import flat, page_texts
from tests.render.test_documents import worksheet_prompt

pytestmark = pytest.mark.slow

VERSIONS = ("A", "B", "C")


@pytest.fixture(scope="module")
def bank() -> Bank:
    return sample_bank(20)


@pytest.fixture(scope="module")
def documents(bank: Bank) -> dict[str, str]:
    pdfs = render_documents(bank, versions=3, seed=7)
    return {name: " ".join(page_texts(pdf)) for name, pdf in pdfs.items()}


def _printed_order(text: str, bank: Bank, *, key: bool = False) -> list[str]:
    """Question ids in the order their prompts appear in `text` (a key prints gaps as they
    are in the bank)."""
    found = {
        q.id: text.index(flat(q.prompt) if key else worksheet_prompt(q)) for q in bank.questions
    }
    return sorted(found, key=found.__getitem__)


def test_versions_are_named_by_letter(documents: dict[str, str]) -> None:
    assert list(documents) == [
        "worksheet-A.pdf",
        "answer-key-A.pdf",
        "worksheet-B.pdf",
        "answer-key-B.pdf",
        "worksheet-C.pdf",
        "answer-key-C.pdf",
        "study-guide.pdf",
    ]
    for version in VERSIONS:
        assert f"Worksheet · Version {version} ·" in documents[f"worksheet-{version}.pdf"]
        assert f"Answer key · Version {version} ·" in documents[f"answer-key-{version}.pdf"]


def test_every_page_of_a_version_names_it(bank: Bank) -> None:
    pdfs = render_documents(bank, versions=2, seed=7, guide=False)
    for name, document in (("worksheet", "Worksheet"), ("answer-key", "Answer key")):
        for version in ("A", "B"):
            pages = page_texts(pdfs[f"{name}-{version}.pdf"])
            for number, page in enumerate(pages, start=1):
                footer = f"{document}, version {version} Page {number} of {len(pages)}"
                assert page.endswith(footer)


def test_each_version_prints_its_own_order(bank: Bank, documents: dict[str, str]) -> None:
    forms = arrange_versions(bank, 3, seed=7)
    orders = []
    for form, version in zip(forms, VERSIONS, strict=True):
        order = _printed_order(documents[f"worksheet-{version}.pdf"], bank)
        assert order == [printed.question.id for printed in form.questions]
        orders.append(order)
    assert len({tuple(order) for order in orders}) == 3
    assert [printed.question.id for printed in arrange(bank).questions] not in orders
    for form in forms:
        # Shuffled within sections: the sections keep their order.
        assert [section.type for section in form.sections] == [
            section.type for section in arrange(bank).sections
        ]


def test_each_key_matches_its_worksheet(bank: Bank, documents: dict[str, str]) -> None:
    layouts = set()
    for form in arrange_versions(bank, 3, seed=7):
        worksheet = documents[f"worksheet-{form.version}.pdf"]
        key = documents[f"answer-key-{form.version}.pdf"]
        assert _printed_order(key, bank, key=True) == _printed_order(worksheet, bank)
        choices = []
        for printed in form.questions:
            question = printed.question
            numbered = f"{printed.number}. {worksheet_prompt(question)}"
            assert numbered in worksheet
            assert f"{printed.number}. {flat(question.prompt)}" in key
            if question.type is not QuestionType.MULTIPLE_CHOICE:
                continue
            options = " ".join(f"{letter(i)} {flat(c)}" for i, c in enumerate(printed.choices))
            assert f"{numbered} {points_label(question.points)} {options}" in worksheet
            answer = letter(printed.choices.index(question.answer))
            assert f"{printed.number}. {answer} " in key
            assert f"{numbered} {answer} {flat(question.answer)}" in key
            choices.append(printed.choices)
        layouts.add(tuple(choices))
    assert len(layouts) == 3


def test_versions_shuffle_matching_and_ordering_items_and_keys_follow(
    bank: Bank, documents: dict[str, str]
) -> None:
    forms = arrange_versions(bank, 3, seed=7)
    columns: dict[str, set[tuple[str, ...]]] = {}
    for form in forms:
        worksheet = documents[f"worksheet-{form.version}.pdf"]
        key = documents[f"answer-key-{form.version}.pdf"]
        for printed in form.questions:
            question = printed.question
            if question.type is QuestionType.MATCHING:
                printed_items = printed.right
                expected = ", ".join(
                    f"{index}–{letter(printed.right.index(pair.right))}"
                    for index, pair in enumerate(question.pairs, start=1)
                )
                rows = [
                    f"{index + 1}. {flat(pair.left)} {letter(index)}. {flat(right)}"
                    for index, (pair, right) in enumerate(
                        zip(question.pairs, printed.right, strict=True)
                    )
                ]
            elif question.type is QuestionType.ORDERING:
                printed_items = printed.items
                expected = ", ".join(str(question.order.index(item) + 1) for item in printed.items)
                rows = [" ".join(flat(item) for item in printed.items)]
            else:
                continue
            columns.setdefault(question.id, set()).add(printed_items)
            block = worksheet[worksheet.index(f"{printed.number}. {worksheet_prompt(question)}") :]
            for row in rows:
                assert row in block[:600]
            assert f"{printed.number}. {expected}" in key
    # Every matching and ordering question is printed in more than one way across versions.
    assert columns and all(len(layouts) > 1 for layouts in columns.values())


def test_the_same_seed_gives_the_same_versions(bank: Bank) -> None:
    first = render_documents(bank, versions=2, seed=3, guide=False)
    assert render_documents(bank, versions=2, seed=3, guide=False) == first
    other = render_documents(bank, versions=2, seed=4, guide=False)
    assert other["worksheet-A.pdf"] != first["worksheet-A.pdf"]


def test_versions_differ_even_when_every_section_has_one_question(harbour_bank: Bank) -> None:
    forms = arrange_versions(harbour_bank, 3)
    layouts = {tuple(printed.choices for printed in form.questions) for form in forms}
    assert len(layouts) == 3


@pytest.mark.parametrize("count", [0, 27])
def test_a_count_of_versions_out_of_range_is_refused(bank: Bank, count: int) -> None:
    with pytest.raises(ValueError) as raised:
        arrange_versions(bank, count)
    assert str(raised.value) == f"versions must be from 1 to 26, not {count}"
