"""Generating into a bank the teacher has edited: nothing lost, changed, duplicated or revived."""

from __future__ import annotations

import dataclasses
import difflib
import os
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studyguide.bank import dump_bank, load_bank, parse_bank, question_id, save_bank
from studyguide.bank.merge import (
    MergeReport,
    fingerprint,
    merge_bank_text,
    merge_into_bank,
    record_generated,
)
from studyguide.bank.problems import Report
from studyguide.bank.text_places import item_span
from studyguide.bank.writer import article_lines, question_lines
from studyguide.bank.yaml_nodes import compose
from studyguide.errors import BankMergeError, InvalidBank
from studyguide.model import (
    Bank,
    BankArticle,
    Difficulty,
    Evidence,
    GeneratedRecord,
    Question,
    QuestionType,
)
from tests.support import HARBOUR_TEXT, examples

FERRY_TEXT = (
    "Night Ferry Returns\n"
    "The night ferry to Ísafjörður sails again from 1 June, captain Ólöf Jónsdóttir said.\n"
    "“The sea has not changed, but our boat has,” she said.\n"
)


def _ferry() -> Bank:
    """A second article, as generating it might give."""
    article = BankArticle(id="night-ferry", title="Night Ferry Returns", text=FERRY_TEXT)
    sentence = "“The sea has not changed, but our boat has,” she said."
    start = FERRY_TEXT.index(sentence)
    evidence = (Evidence(start, start + len(sentence), sentence),)
    questions = (
        Question(
            id="night-ferry-mc-1",
            type=QuestionType.MULTIPLE_CHOICE,
            article=article.id,
            prompt="Who said “The sea has not changed, but our boat has”?",
            answer="Ólöf Jónsdóttir",
            choices=("Ólöf Jónsdóttir", "Elena Dvořák", "Mehmet Özdağ"),
            evidence=evidence,
            tags=("quote",),
        ),
        Question(
            id="night-ferry-fb-2",
            type=QuestionType.FILL_BLANK,
            article=article.id,
            prompt="The night ferry to _____ sails again from 1 June.",
            answer="Ísafjörður",
            difficulty=Difficulty.HARD,
            tags=("place",),
        ),
    )
    return Bank(title="Night Ferry Returns", articles=(article,), questions=questions)


def _replace_question(bank: Bank, question_id: str, **changes: object) -> Bank:
    questions = tuple(
        dataclasses.replace(q, **changes) if q.id == question_id else q  # type: ignore[arg-type]
        for q in bank.questions
    )
    return dataclasses.replace(bank, questions=questions)


def _block(text: str, question_id: str) -> str:
    """The lines of one question in a bank's text."""
    start = text.index(f"  - id: {question_id}\n")
    end = text.find("\n\n", start)
    return text[start : end + 1]


HAND_WRITTEN = """
  # My own question, for the class on Tuesday.
  - type: short_answer
    prompt: How many cables were replaced?
    answer: '40'
"""

# -- the story ----------------------------------------------------------------


def _changes(old: str, new: str) -> tuple[list[str], list[str]]:
    """The lines taken out of `old` and put into `new`, each sorted."""
    diff = list(difflib.ndiff(old.splitlines(), new.splitlines()))
    removed = sorted(line[2:] for line in diff if line.startswith("- "))
    added = sorted(line[2:] for line in diff if line.startswith("+ "))
    return removed, added


def _record_line(question: Question) -> str:
    return f"      {question.id}: {fingerprint(question_lines(question))}"


def test_the_teacher_owns_the_file(tmp_path: Path, harbour_bank: Bank) -> None:
    path = tmp_path / "bank.yaml"
    backup = tmp_path / "bank.yaml~"

    # Generating into a bank that does not exist yet writes it, with the record.
    report = merge_into_bank(path, harbour_bank)
    first = path.read_text(encoding="utf-8")
    assert first == dump_bank(record_generated(harbour_bank))
    assert report == MergeReport(
        added_articles=("harbour-bridge",),
        added=tuple(q.id for q in harbour_bank.questions),
        total=len(harbour_bank.questions),
    )
    assert not backup.exists()
    assert "    generated:\n" + _record_line(harbour_bank.questions[0]) + "\n" in first

    # The teacher edits a prompt, deletes a question, adds one and leaves comments.
    edited = first.replace(
        "    prompt: Engineers replaced 40 cables in 2021.\n",
        "    prompt: Engineers replaced 40 cables in 2019.\n",
    )
    edited = edited.replace(_block(first, "q-fill-year") + "\n", "")
    edited = edited.replace("title: Harbour Bridge\n", "title: Harbour Bridge  # year 9\n")
    edited = edited.replace(
        "  - id: q-short-late\n", "  # The hardest one: keep it last.\n  - id: q-short-late\n"
    )
    edited = edited.replace("    points: 2\n", "    points: 2  # worth more\n", 1)
    edited = edited.rstrip("\n") + "\n" + HAND_WRITTEN + "\n# End of my bank.\n"
    path.write_text(edited, encoding="utf-8")
    teacher = load_bank(path)
    mine = question_id("harbour-bridge", "How many cables were replaced?")
    assert [q.id for q in teacher.questions] == [
        "q-mc-speaker",
        "q-tf-cables",
        "q-short-late",
        "q-match-roles",
        "q-order-events",
        mine,
    ]

    # Generating the same article again, from a generator that has since improved two
    # questions and found a new one.
    better = _replace_question(harbour_bank, "q-mc-speaker", explanation="Paragraph 2 says so.")
    better = _replace_question(better, "q-order-events", difficulty=Difficulty.HARD)
    euros = Question(
        id="q-tf-euros",
        type=QuestionType.TRUE_FALSE,
        article="harbour-bridge",
        prompt="The work cost 12 million euros.",
        answer="True",
    )
    again = dataclasses.replace(better, questions=(*better.questions, euros))
    report = merge_into_bank(path, again)
    assert report == MergeReport(
        added=("q-tf-euros",),
        refreshed=("q-mc-speaker", "q-order-events"),
        unchanged=("q-match-roles",),
        kept_edited=("q-tf-cables", "q-short-late"),
        skipped_deleted=("q-fill-year",),
        backup=backup,
        total=7,
    )
    assert report.summary() == (
        "1 question added, 2 refreshed, 1 up to date, 2 kept as edited, 1 left as it was,"
        " 1 deleted and not brought back; the bank holds 7 questions"
    )
    assert backup.read_text(encoding="utf-8") == edited
    second = path.read_text(encoding="utf-8")
    merged = load_bank(path)
    assert [q.id for q in merged.questions] == [
        "q-mc-speaker",
        "q-tf-cables",
        "q-short-late",
        "q-match-roles",
        "q-order-events",
        mine,
        "q-tf-euros",
    ]
    # The teacher's questions are as the teacher left them, the generated ones as generated.
    assert merged.questions[1:4] == teacher.questions[1:4]
    assert merged.questions[5] == teacher.questions[5]
    assert merged.questions[0] == better.questions[0]
    assert merged.questions[4] == better.questions[5]
    assert merged.questions[6] == euros
    # The only lines changed: in the two refreshed questions and in the record.
    (old_speaker, old_order) = (harbour_bank.questions[0], harbour_bank.questions[5])
    assert _changes(edited, second) == (
        sorted(
            [
                "    explanation: Paragraph 2 quotes Mayor Elena Dvořák at the ceremony.",
                "    difficulty: medium",
                _record_line(old_speaker),
                _record_line(old_order),
            ]
        ),
        sorted(
            [
                "    explanation: Paragraph 2 says so.",
                "    difficulty: hard",
                _record_line(better.questions[0]),
                _record_line(better.questions[5]),
                _record_line(euros),
                *question_lines(euros).splitlines(),
                "",
            ]
        ),
    )
    assert "\n" + HAND_WRITTEN.lstrip("\n") + "\n" + question_lines(euros) + "\n# End" in second

    # A new article: added at the end, and the hand-written question now says its article.
    ferry = _ferry()
    report = merge_into_bank(path, ferry)
    assert report == MergeReport(
        added_articles=("night-ferry",),
        added=("night-ferry-mc-1", "night-ferry-fb-2"),
        pinned=(mine,),
        backup=backup,
        total=9,
    )
    assert backup.read_text(encoding="utf-8") == second
    third = path.read_text(encoding="utf-8")
    assert "  - type: short_answer\n    article: harbour-bridge\n    prompt: How" in third
    ferry_lines = "\n".join(question_lines(q) for q in ferry.questions)
    assert question_lines(euros) + "\n" + ferry_lines + "\n# End of my bank.\n" in third
    assert third.endswith("\n# End of my bank.\n")
    both = load_bank(path)
    assert [a.id for a in both.articles] == ["harbour-bridge", "night-ferry"]
    assert both.articles[0] == merged.articles[0]
    assert both.articles[1] == record_generated(ferry).articles[0]
    assert both.questions == merged.questions + ferry.questions
    removed, added = _changes(second, third)
    assert removed == []
    assert added == sorted(
        [
            "    article: harbour-bridge",
            *article_lines(record_generated(ferry).articles[0]).splitlines(),
            *ferry_lines.splitlines(),
            "",
            "",
        ]
    )

    # Generating both again changes nothing, and writes nothing.
    stamp = path.stat().st_mtime_ns
    everything = Bank(
        title="x",
        articles=again.articles + ferry.articles,
        questions=again.questions + ferry.questions,
    )
    report = merge_into_bank(path, everything)
    assert report == MergeReport(
        unchanged=(
            "q-mc-speaker",
            "q-match-roles",
            "q-order-events",
            "q-tf-euros",
            "night-ferry-mc-1",
            "night-ferry-fb-2",
        ),
        kept_edited=("q-tf-cables", "q-short-late"),
        skipped_deleted=("q-fill-year",),
        total=9,
    )
    assert not report.changed
    assert path.read_text(encoding="utf-8") == third
    assert path.stat().st_mtime_ns == stamp
    assert backup.read_text(encoding="utf-8") == second
    # Two writes so far: the bank before each is kept.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bank.yaml", "bank.yaml~", "bank.yaml~2"]


# -- how the lines of a question are found ----------------------------------------------


def test_a_question_s_lines_in_a_bank_are_what_the_writer_writes(harbour_bank: Bank) -> None:
    folded = dataclasses.replace(
        harbour_bank.questions[1],
        id="q-tf-long",
        prompt="Engineers from a steelworks in another country replaced forty cables in 2021.",
        altered="date: 2023 → 2021, and the name of the steelworks left out of the statement",
    )
    bank = dataclasses.replace(harbour_bank, questions=(*harbour_bank.questions, folded))
    text = dump_bank(record_generated(bank))
    root = compose(text, Report("bank.yaml"))
    assert root is not None
    (questions,) = [value for key, value in root.value if key.value == "questions"]
    assert "    altered: >-\n" in text
    for question, node in zip(bank.questions, questions.value, strict=True):
        start, end = item_span(text, node)
        assert text[start:end] == question_lines(question)
    for article in record_generated(bank).articles:
        assert article.generated == tuple(
            GeneratedRecord(q.id, fingerprint(question_lines(q))) for q in bank.questions
        )


def test_a_fingerprint_is_blind_to_line_break_style_and_trailing_spaces() -> None:
    lines = "  - id: q1\n    type: short_answer\n"
    assert fingerprint(lines) == fingerprint("  - id: q1   \r\n    type: short_answer\r\n")
    assert fingerprint(lines) != fingerprint("  - id: q1\n    type: short_answer  # mine\n")
    assert len(fingerprint(lines)) == 8


# -- banks written otherwise --------------------------------------------------------------


def test_windows_line_breaks_are_kept(harbour_bank: Bank) -> None:
    text = dump_bank(record_generated(harbour_bank)).replace("\n", "\r\n")
    better = _replace_question(harbour_bank, "q-mc-speaker", points=3)
    merged, report = merge_bank_text(text, better, "bank.yaml")
    assert report.refreshed == ("q-mc-speaker",)
    assert "\n" not in merged.replace("\r\n", "")
    assert merged.replace("\r\n", "\n") == dump_bank(record_generated(better))


def test_a_bank_without_a_record_keeps_its_questions_and_gets_a_record(
    harbour_bank: Bank,
) -> None:
    """A bank saved without the record: studyguide cannot tell its questions from the
    teacher's, so it keeps them all and records only what it adds."""
    text = dump_bank(harbour_bank)
    new = Question(
        id="q-new",
        type=QuestionType.SHORT_ANSWER,
        article="harbour-bridge",
        prompt="Who replaced the cables?",
        answer="Łódź Steelworks",
    )
    better = _replace_question(harbour_bank, "q-mc-speaker", points=3)
    merged, report = merge_bank_text(
        text, dataclasses.replace(better, questions=(*better.questions, new)), "bank.yaml"
    )
    assert report == MergeReport(
        added=("q-new",), kept_edited=_ids(harbour_bank), total=len(harbour_bank.questions) + 1
    )
    record = f"    generated:\n      q-new: {fingerprint(question_lines(new))}\n"
    assert merged == text.replace("\n\nquestions:", "\n" + record + "\nquestions:") + (
        "\n" + question_lines(new)
    )


def _ids(bank: Bank) -> tuple[str, ...]:
    return tuple(q.id for q in bank.questions)


@pytest.mark.parametrize("empty", ["questions: []\n", "questions:\n", ""])
def test_a_bank_with_no_questions_gets_them_as_generating_would_write_them(
    harbour_bank: Bank, empty: str
) -> None:
    article_only = dataclasses.replace(harbour_bank, questions=())
    text = dump_bank(article_only)
    assert text.endswith("\n\nquestions: []\n")
    text = text.replace("questions: []\n", empty)
    merged, report = merge_bank_text(text, harbour_bank, "bank.yaml")
    assert report.added == _ids(harbour_bank)
    expected = dump_bank(record_generated(harbour_bank))
    # Without the key, the blank line that stood before it stays at the end.
    assert merged == (expected if empty else expected + "\n")


def test_lists_indented_otherwise_get_their_new_items_indented_alike() -> None:
    text = (
        "schema: 1\n"
        "title: Bridge\n"
        "articles:\n"
        "- id: bridge\n"
        "  title: Bridge\n"
        "  text: The bridge opened in 2003.\n"
        "questions:\n"
        "- type: short_answer   # mine\n"
        "  prompt: When did the bridge open?\n"
        "  answer: '2003'\n"
    )
    article = BankArticle(id="bridge", title="Bridge", text="The bridge opened in 2003.")
    new = Question(
        id="q-gen",
        type=QuestionType.TRUE_FALSE,
        article="bridge",
        prompt="The bridge opened in 2004.",
        answer="False",
    )
    generated = Bank(title="x", articles=(article,), questions=(new,))
    merged, report = merge_bank_text(text, generated, "bank.yaml")
    assert report.added == ("q-gen",)
    written = (
        "- id: q-gen\n"
        "  type: true_false\n"
        "  article: bridge\n"
        "  prompt: The bridge opened in 2004.\n"
        "  answer: 'False'\n"
        "  difficulty: medium\n"
        "  points: 1\n"
    )
    assert merged == text.replace(
        "  text: The bridge opened in 2003.\n",
        f"  text: The bridge opened in 2003.\n  generated:\n    q-gen: {fingerprint(written)}\n",
    ) + ("\n" + written)
    # The fingerprint is of the lines as they stand, so the question is known again.
    better = Bank(title="x", articles=(article,), questions=(dataclasses.replace(new, points=2),))
    again, report = merge_bank_text(merged, better, "bank.yaml")
    assert report.refreshed == ("q-gen",)
    assert again.endswith("\n- id: q-gen\n" + written.split("\n", 1)[1].replace("1", "2"))


def test_a_question_written_in_braces_gets_its_article_inside_them(harbour_bank: Bank) -> None:
    text = dump_bank(record_generated(harbour_bank)) + (
        "\n  - {type: short_answer, prompt: 'How many cables?', answer: '40'}\n"
    )
    merged, report = merge_bank_text(text, _ferry(), "bank.yaml")
    assert report.pinned == (question_id("harbour-bridge", "How many cables?"),)
    assert "\n  - {article: harbour-bridge, type: short_answer, prompt: 'How" in merged


def test_a_list_in_brackets_cannot_be_added_to(harbour_bank: Bank) -> None:
    text = (
        "schema: 1\ntitle: T\narticles:\n  - id: harbour-bridge\n    title: T\n    text: x\n"
        "questions: [{type: short_answer, prompt: Why, answer: Because.}]\n"
    )
    with pytest.raises(BankMergeError) as caught:
        merge_bank_text(text, _ferry(), "bank.yaml")
    assert caught.value.message == (
        "bank.yaml:7:12: cannot add to the bank's questions: it is written on one line, in brackets"
    )
    assert caught.value.hint == (
        'write it as indented lines, each item starting with "- " (or as key: value lines), '
        "then generate again"
    )
    assert caught.value.code == "SG103"


# -- what is not merged -------------------------------------------------------------------


def test_an_article_whose_text_changed_is_left_alone(harbour_bank: Bank) -> None:
    text = dump_bank(record_generated(harbour_bank))
    article = dataclasses.replace(
        harbour_bank.articles[0], text=harbour_bank.articles[0].text + "More.\n"
    )
    changed = dataclasses.replace(
        _replace_question(harbour_bank, "q-mc-speaker", points=3), articles=(article,)
    )
    merged, report = merge_bank_text(text, changed, "bank.yaml")
    assert merged == text
    assert report == MergeReport(text_differs=("harbour-bridge",), total=6)
    assert report.summary() == (
        "6 left as they were, 1 article left alone (its text differs); the bank holds 6 questions"
    )
    assert MergeReport().summary() == "nothing to add; the bank holds 0 questions"


def test_a_new_question_the_article_already_asks_is_not_added(harbour_bank: Bank) -> None:
    text = dump_bank(record_generated(harbour_bank))
    same = dataclasses.replace(
        harbour_bank.questions[3],
        id="q-other-id",
        prompt="What did Mehmet Özdağ say about the project's  SCHEDULE?",
    )
    merged, report = merge_bank_text(
        text, dataclasses.replace(harbour_bank, questions=(same,)), "bank.yaml"
    )
    assert merged == text
    assert report.duplicates == ("q-other-id",)


def test_an_id_the_teacher_gave_a_question_of_another_article_is_kept(
    harbour_bank: Bank,
) -> None:
    text = dump_bank(record_generated(harbour_bank))
    ferry = _ferry()
    taken = dataclasses.replace(ferry.questions[0], id="q-mc-speaker")
    text = merge_bank_text(text, dataclasses.replace(ferry, questions=()), "bank.yaml")[0]
    merged, report = merge_bank_text(
        text, dataclasses.replace(ferry, questions=(taken,)), "bank.yaml"
    )
    assert merged == text
    assert report.kept_edited == ("q-mc-speaker",)


def test_questions_must_be_about_the_articles_given(harbour_bank: Bank) -> None:
    text = dump_bank(harbour_bank)
    stray = dataclasses.replace(_ferry(), articles=())
    with pytest.raises(ValueError, match="question 'night-ferry-mc-1' is about an article"):
        merge_bank_text(text, stray, "bank.yaml")


# -- safety -------------------------------------------------------------------------------


def test_an_invalid_bank_is_refused_and_left_as_it_was(tmp_path: Path, harbour_bank: Bank) -> None:
    path = tmp_path / "bank.yaml"
    text = dump_bank(harbour_bank).replace("    prompt: Engineers replaced", "    promt: Eng")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidBank) as caught:
        merge_into_bank(path, harbour_bank)
    assert [p.code for p in caught.value.problems] == ["SG116"]
    assert path.read_text(encoding="utf-8") == text
    assert [p.name for p in tmp_path.iterdir()] == ["bank.yaml"]


def test_a_merge_that_would_not_read_back_as_meant_writes_nothing(
    tmp_path: Path, harbour_bank: Bank, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Were the text edits ever wrong, the check after them keeps the bank as it was."""
    path = tmp_path / "bank.yaml"
    save_bank(record_generated(harbour_bank), path)
    before = path.read_text(encoding="utf-8")
    import studyguide.bank.merge as merge

    def lines_without_points(question: Question) -> str:
        return question_lines(question).replace("    points: 3\n", "")

    monkeypatch.setattr(merge, "question_lines", lines_without_points)
    with pytest.raises(BankMergeError) as caught:
        merge_into_bank(path, _replace_question(harbour_bank, "q-mc-speaker", points=3))
    assert caught.value.message == (
        f"{path}: the new questions could not be added without disturbing the bank's layout; "
        "the bank was not changed"
    )
    assert path.read_text(encoding="utf-8") == before
    assert [p.name for p in tmp_path.iterdir()] == ["bank.yaml"]


def test_an_interrupted_write_leaves_the_bank_whole(
    tmp_path: Path, harbour_bank: Bank, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "bank.yaml"
    save_bank(record_generated(harbour_bank), path)
    before = path.read_text(encoding="utf-8")

    real = os.replace

    def interrupted(source: str, target: Path) -> None:
        if str(target).endswith("~"):
            return real(source, target)  # the backup is made; the bank's own write is cut
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        merge_into_bank(path, _ferry())
    assert path.read_text(encoding="utf-8") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bank.yaml", "bank.yaml~"]
    assert (tmp_path / "bank.yaml~").read_text(encoding="utf-8") == before


def test_an_interrupted_backup_leaves_the_last_backup_whole(
    tmp_path: Path, harbour_bank: Bank, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "bank.yaml"
    save_bank(record_generated(harbour_bank), path)
    (tmp_path / "bank.yaml~").write_text("the last backup\n", encoding="utf-8")

    def interrupted(source: str, target: str) -> None:
        Path(target).write_text("", encoding="utf-8")  # half a copy
        raise KeyboardInterrupt

    monkeypatch.setattr(shutil, "copy2", interrupted)
    with pytest.raises(KeyboardInterrupt):
        merge_into_bank(path, _ferry())
    assert (tmp_path / "bank.yaml~").read_text(encoding="utf-8") == "the last backup\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bank.yaml", "bank.yaml~"]


def test_a_merged_bank_round_trips(harbour_bank: Bank) -> None:
    text = dump_bank(record_generated(harbour_bank))
    merged, _ = merge_bank_text(text, _ferry(), "bank.yaml")
    assert dump_bank(parse_bank(merged)) == merged


# -- with questions generated from a real article ----------------------------------------


@pytest.mark.slow
def test_generating_again_from_real_articles(tmp_path: Path) -> None:
    from studyguide.pipeline import build_bank

    example = Path(__file__).parents[2] / "studyguide" / "examples" / "assad-coalition.txt"
    path = tmp_path / "assad.yaml"
    generated = build_bank([example], count=12, seed=3).bank
    merge_into_bank(path, generated)
    first = path.read_text(encoding="utf-8")
    edited_id, deleted_id = generated.questions[0].id, generated.questions[1].id
    block = _block(first, edited_id)
    start = block.index("\n    prompt:") + 1
    end = re.compile(r"^    \S", re.M).search(block, start + 1)
    assert end is not None
    reworded = block[:start] + "    prompt: My own wording?\n" + block[end.start() :]
    text = first.replace(block, reworded)
    text = text.replace(_block(first, deleted_id) + "\n", "")
    text = text.replace("title: ", "# For period 3.\ntitle: ", 1)
    text += "\n  - type: short_answer\n    prompt: Who is Assad?\n    answer: Syria's president\n"
    path.write_text(text, encoding="utf-8")
    teacher = load_bank(path)
    assert teacher.questions[0].prompt == "My own wording?"

    report = merge_into_bank(path, build_bank([example], count=12, seed=3).bank)
    assert report.kept_edited == (edited_id,)
    assert report.skipped_deleted == (deleted_id,)
    assert report.added == report.refreshed == ()
    assert len(report.unchanged) == len(generated.questions) - 2
    assert path.read_text(encoding="utf-8") == text

    harbour = tmp_path / "harbour.txt"
    harbour.write_text(HARBOUR_TEXT, encoding="utf-8")
    new = build_bank([harbour], count=5).bank
    report = merge_into_bank(path, new)
    assert report.added_articles == ("harbour",)
    assert report.added == tuple(q.id for q in new.questions)
    assert report.pinned == (teacher.questions[-1].id,)
    merged = load_bank(path)
    assert merged.questions[: len(teacher.questions)] == teacher.questions
    added = merged.questions[len(teacher.questions) :]
    assert [q.article for q in added] == ["harbour"] * len(new.questions)
    assert deleted_id not in {q.id for q in merged.questions}
    assert "# For period 3.\ntitle: " in path.read_text(encoding="utf-8")


# -- any comment anywhere -------------------------------------------------------------------


@settings(
    max_examples=examples(40),
    deadline=None,
    # The fixture is a frozen bank: sharing it between examples is safe.
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    notes=st.lists(
        st.tuples(st.integers(0, 10_000), st.integers(0, 8), st.booleans()),
        min_size=1,
        max_size=4,
    )
)
def test_comments_anywhere_survive_and_nothing_is_lost(
    harbour_bank: Bank, notes: list[tuple[int, int, bool]]
) -> None:
    """Comments at any place, on lines of their own or at the end of a line: each one is
    still there after merging, and every question is either kept or refreshed."""
    bank = harbour_bank
    lines = dump_bank(record_generated(bank)).splitlines(keepends=True)
    for number, (where, indent, own_line) in enumerate(notes):
        index = where % len(lines)
        note = f"# note {number}"
        if own_line:
            lines.insert(index, " " * indent + note + "\n")
        else:
            lines[index] = lines[index].rstrip("\n") + "  " + note + "\n"
    text = "".join(lines)
    try:
        before = parse_bank(text, "bank.yaml")
    except InvalidBank:
        return  # a note that breaks the YAML is for `validate` to report
    better = _replace_question(bank, "q-mc-speaker", points=3)
    merged, report = merge_bank_text(text, _with_ferry(better), "bank.yaml")
    for number in range(len(notes)):
        assert merged.count(f"# note {number}") == text.count(f"# note {number}")
    after = parse_bank(merged, "bank.yaml")
    kept = {q.id: q for q in after.questions}
    for question in before.questions:
        if question.id in report.refreshed:
            assert kept[question.id] == better.questions[0]
        else:
            assert kept[question.id] == question
    assert len(after.questions) == len(before.questions) + 2


def _with_ferry(bank: Bank) -> Bank:
    ferry = _ferry()
    return Bank(
        title=bank.title,
        articles=bank.articles + ferry.articles,
        questions=bank.questions + ferry.questions,
    )
