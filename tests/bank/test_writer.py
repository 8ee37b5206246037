"""Writing banks: the exact text, the round trip, and text that must stay text."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studyguide.bank import dump_bank, parse_bank
from studyguide.bank.writer import HEADER
from studyguide.model import (
    Bank,
    BankArticle,
    DateMention,
    Evidence,
    Question,
    QuestionType,
    Quote,
    QuoteKind,
    Span,
)
from tests.support import examples

GOLDEN = Path(__file__).with_name("golden") / "harbour.yaml"


def test_harbour_bank_is_written_exactly_as_the_golden_file(harbour_bank: Bank) -> None:
    assert dump_bank(harbour_bank) == GOLDEN.read_text(encoding="utf-8")


def test_round_trip_gives_the_same_bank_and_the_same_text(harbour_bank: Bank) -> None:
    text = dump_bank(harbour_bank)
    loaded = parse_bank(text, "harbour.yaml")
    assert loaded == harbour_bank
    assert dump_bank(loaded) == text


def test_output_is_deterministic(harbour_bank: Bank) -> None:
    copy = dataclasses.replace(harbour_bank)
    assert dump_bank(harbour_bank) == dump_bank(copy)


def test_header_says_what_the_file_is_and_how_to_check_it(harbour_bank: Bank) -> None:
    text = dump_bank(harbour_bank)
    assert text.startswith(HEADER + "\nschema: 1\ntitle: Harbour Bridge\n\narticles:\n")
    assert "# After editing, check the file with:  studyguide validate FILE\n" in HEADER
    assert all(line.startswith("#") for line in HEADER.splitlines())


def test_no_anchors_aliases_or_tags(harbour_bank: Bank) -> None:
    twice = dataclasses.replace(
        harbour_bank, questions=harbour_bank.questions + harbour_bank.questions[:1]
    )
    events = list(yaml.parse(dump_bank(twice)))
    assert not [e for e in events if isinstance(e, yaml.AliasEvent)]
    assert not [e for e in events if getattr(e, "anchor", None)]
    assert not [e for e in events if getattr(e, "tag", None)]


def test_article_text_is_a_literal_block(harbour_bank: Bank) -> None:
    text = dump_bank(harbour_bank)
    assert "    text: |\n      Harbour Bridge Reopens After Repairs\n      KINGSTOWN" in text


def test_keys_of_a_question_come_in_the_documented_order(harbour_bank: Bank) -> None:
    data = yaml.safe_load(dump_bank(harbour_bank))
    assert list(data) == ["schema", "title", "articles", "questions"]
    assert list(data["articles"][0]) == [
        "id",
        "title",
        "source",
        "place",
        "published",
        "text",
        "people",
        "organizations",
        "quotes",
        "claims",
        "dates",
    ]
    assert list(data["questions"][1]) == [
        "id",
        "type",
        "article",
        "prompt",
        "answer",
        "explanation",
        "evidence",
        "difficulty",
        "tags",
        "points",
        "altered",
    ]


def _bank_with(question: Question, text: str = "The bridge opened in 2003.") -> Bank:
    article = BankArticle(id="bridge", title="Bridge", text=text)
    return Bank(title="T", articles=(article,), questions=(question,))


def _question(**fields: object) -> Question:
    base: dict[str, object] = {
        "id": "q1",
        "type": QuestionType.SHORT_ANSWER,
        "article": "bridge",
        "prompt": "What?",
        "answer": "x",
    }
    base.update(fields)
    return Question(**base)  # type: ignore[arg-type]


TRICKY_TEXTS = [
    "No",
    "Yes",
    "On",
    "Off",
    "3.10",
    "2003",
    "null",
    "~",
    "true",
    "0x1F",
    "1e3",
    "0o17",
]


@pytest.mark.parametrize("value", TRICKY_TEXTS)
def test_text_that_yaml_would_misread_is_quoted(value: str) -> None:
    question = _question(type=QuestionType.MULTIPLE_CHOICE, choices=(value, "other"), answer=value)
    text = dump_bank(_bank_with(question))
    assert f"    answer: '{value}'\n" in text
    # Any YAML reader, not only ours, reads it back as the same text.
    assert yaml.safe_load(text)["questions"][0]["answer"] == value


def test_empty_and_missing_optional_fields_are_left_out() -> None:
    text = dump_bank(_bank_with(_question(explanation="", altered=None)))[len(HEADER) :]
    assert "explanation" not in text
    assert "altered" not in text
    assert "choices" not in text
    assert "source" not in text
    assert (
        "  - id: q1\n    type: short_answer\n    article: bridge\n    prompt: What?\n"
        "    answer: x\n    difficulty: medium\n    points: 1\n"
    ) in text


def test_long_text_is_folded_and_multi_line_text_is_literal() -> None:
    long_prompt = (
        "Which of these statements about the bridge and its repairs does the article support?"
    )
    question = _question(prompt=long_prompt, explanation="First line.\nSecond line.")
    text = dump_bank(_bank_with(question))
    assert (
        "    prompt: >-\n      Which of these statements about the bridge and its repairs "
        "does the article support?\n"
    ) in text
    assert "    explanation: |-\n      First line.\n      Second line.\n" in text
    assert parse_bank(text).questions[0] == question


def test_tags_and_aliases_are_written_on_one_line(harbour_bank: Bank) -> None:
    text = dump_bank(harbour_bank)
    assert "    tags: [quote, person]\n" in text
    assert "        aliases: [Dvořák]\n" in text


def test_facts_keep_sentences_as_offsets_and_events_in_full() -> None:
    text = "In 2003 the bridge opened. People cheered."
    mention = DateMention(
        Span(3, 7, "2003"),
        "2003",
        Span(0, 26, "In 2003 the bridge opened."),
        mod="START",
        event=Span(8, 25, "the bridge opened"),
    )
    article = BankArticle(id="a", title="A", text=text, dates=(mention,))
    bank = Bank(title="T", articles=(article,))
    written = dump_bank(bank)
    assert (
        "    dates:\n"
        "      - text: '2003'\n"
        "        value: '2003'\n"
        "        mod: START\n"
        "        event:\n"
        "          text: the bridge opened\n"
        "          start: 8\n"
        "          end: 25\n"
        "        start: 3\n"
        "        end: 7\n"
        "        sentence: {start: 0, end: 26}\n"
    ) in written
    assert "questions: []\n" in written
    assert parse_bank(written) == bank


def test_evidence_that_is_not_in_the_article_is_written_without_offsets() -> None:
    question = _question(evidence=(Evidence(-1, -1, "words the teacher typed"),))
    text = dump_bank(_bank_with(question))
    assert "    evidence:\n      - text: words the teacher typed\n    difficulty" in text


_ANY_TEXT = st.text(st.characters(codec="utf-8"), min_size=1).filter(str.strip)


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=_ANY_TEXT, prompt=_ANY_TEXT, answer=_ANY_TEXT, article_text=_ANY_TEXT)
def test_any_text_survives_the_round_trip(
    title: str, prompt: str, answer: str, article_text: str
) -> None:
    """Quotes, line breaks, control characters, leading spaces: all come back as they were."""
    question = _question(prompt=prompt, answer=answer, accepted=(answer,), tags=(title,))
    bank = dataclasses.replace(_bank_with(question, article_text), title=title)
    assert parse_bank(dump_bank(bank)) == bank


def test_the_parts_of_a_split_quote_are_numbered_and_read_back() -> None:
    text = "“We lost the vote,” Novak said. “We will win the next one.”"
    sentence = Span(0, len(text), text)
    parts = (
        Quote(Span(1, 17, text[1:17]), QuoteKind.DIRECT, "Elena Novak", sentence, "said"),
        Quote(Span(33, 58, text[33:58]), QuoteKind.DIRECT, "Elena Novak", sentence, continues=True),
    )
    article = BankArticle(id="vote", title="Vote", text=text, quotes=parts)
    bank = dataclasses.replace(_bank_with(_question(article="vote")), articles=(article,))
    written = dump_bank(bank)
    assert written.count("part:") == 1
    assert "        part: 2\n        text: We will win the next one." in written
    assert parse_bank(written, "vote.yaml").articles[0].quotes == parts
