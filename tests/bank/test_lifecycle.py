"""The issue's story from end to end, with the real pipeline: a teacher edits a generated
bank, and generating into it again, with the same article and with a new one, loses,
changes, duplicates and brings back nothing."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import studyguide.cli  # noqa: F401  (registers every command on the app)
from studyguide.bank import dump_bank, load_bank, question_id
from studyguide.cli.app import app
from studyguide.errors import counted
from studyguide.model import Bank, Question

runner = CliRunner()

LIBRARY = """\
Town Library Reopens With Longer Hours
MILLBROOK (Valley Herald) — The Millbrook Public Library reopened on Saturday after a flood closed it in March 2022, head librarian Grace Okafor said.
"Every book that could be saved is back on the shelves, and the rest have been replaced," Okafor said at the opening.
Volunteers from the Riverside Rotary Club cleaned 8,000 books in 2023. The repairs cost 2 million dollars.
Council member Daniel Reyes said the library should have reopened a year earlier.
"The children of this town waited too long," Reyes said.
The number of members rose by a quarter in the first week after the doors opened again.
The library will now stay open until nine in the evening because many readers work during the day.
Student Amira Haddad said the new study rooms were the best in the county.
"I can finally do my homework somewhere quiet and warm," Haddad said.
Grace Okafor said the Millbrook council had approved a bigger budget for new books.
The old reading room was sold to pay for a new roof over the children's library.
Council member Daniel Reyes said the number of visitors had risen since the spring.
"Libraries are where a town keeps its memory, and ours nearly drowned," Grace Okafor said.
"We should have moved the rare books upstairs years ago," Daniel Reyes said.
"""

GARDEN = """\
School Garden Wins National Prize
FENWICK (Coast Gazette) — Fenwick Primary School won the national school garden prize on Tuesday, headteacher Maria Lindqvist said.
"Our pupils grew every vegetable in this garden themselves," Lindqvist said after the award.
The school planted its first apple trees in 2019. Parents built a greenhouse in 2021.
Judge Samuel Boateng said the garden was the best he had seen in ten years.
"This is what a school garden should look like," Boateng said.
"""

MINE = """
  # Added by hand for Tuesday's class.
  - type: short_answer
    prompt: What did the flood do to the library?
    answer: It closed it
"""


def _generate(*args: str, count: str = "6") -> str:
    result = runner.invoke(app, ["generate", *args, "--count", count, "--seed", "2"])
    assert result.exit_code == 0, result.output
    return result.stdout


def _block(text: str, question: Question) -> str:
    """The lines of a question, and the blank line after it, in a bank's text."""
    start = text.index(f"  - id: {question.id}\n")
    end = text.index("\n\n", start) + 2
    return text[start:end]


def _reword(text: str, question: Question, prompt: str) -> str:
    """The bank's text with the prompt of `question` replaced, on one line or several."""
    block = _block(text, question)
    start = block.index("\n    prompt:") + 1
    end = re.compile(r"^    \S", re.M).search(block, start + 1)
    assert end is not None
    return text.replace(block, block[:start] + f"    prompt: {prompt}\n" + block[end.start() :])


def _asked(bank: Bank) -> list[tuple[str, str]]:
    return [(q.type.value, q.prompt) for q in bank.questions]


@pytest.mark.slow
def test_generating_again_into_a_bank_a_teacher_edited(tmp_path: Path) -> None:
    library, garden = tmp_path / "library.txt", tmp_path / "garden.txt"
    library.write_text(LIBRARY, encoding="utf-8")
    garden.write_text(GARDEN, encoding="utf-8")
    path, backup = tmp_path / "bank.yaml", tmp_path / "bank.yaml~"

    assert _generate(str(library), "-o", str(path)).startswith(f"Wrote {path}: ")
    generated = load_bank(path)
    held = len(generated.questions) - 2  # untouched after one edit and one deletion
    assert held >= 2
    text = path.read_text(encoding="utf-8")
    assert dump_bank(generated) == text  # loading and saving gives the same bytes

    # The teacher rewords the first prompt, deletes the second question, adds one of their
    # own, and leaves comments at the top, inside a question and at the end.
    reworded, deleted = generated.questions[0], generated.questions[1]
    edited = _reword(text, reworded, "Who runs the library?")
    edited = edited.replace(
        f"  - id: {reworded.id}\n", f"  - id: {reworded.id}  # reworded for my class\n"
    )
    edited = edited.replace(_block(text, deleted), "")
    edited = "# Week 3, period 2.\n" + edited + MINE + "\n# End of my bank.\n"
    path.write_text(edited, encoding="utf-8")
    teacher = load_bank(path)
    mine = question_id("library", "What did the flood do to the library?")
    assert [q.id for q in teacher.questions] == [
        reworded.id,
        *(q.id for q in generated.questions[2:]),
        mine,
    ]
    assert teacher.questions[0].prompt == "Who runs the library?"

    # The same article again: nothing to do, and the file is not touched. Asked for as
    # many questions as the bank holds (the teacher's own in the deleted one's place),
    # none is added, and the deleted one is not brought back.
    count = str(len(teacher.questions))
    assert _generate(str(library), "--bank", str(path), count=count) == (
        f"{path}: {held} up to date, 1 kept as edited, 1 left as it was;"
        f" the bank holds {count} questions\n"
        "Nothing to change: the bank was not written.\n"
    )
    assert path.read_text(encoding="utf-8") == edited
    assert not backup.exists()

    # A new article: its questions are added after the teacher's; the teacher's file is
    # kept as the backup.
    out = _generate(str(garden), "--bank", str(path), count=count)
    merged = load_bank(path)
    added = merged.questions[len(teacher.questions) :]
    assert out == (
        f"{path}: {counted(len(added), 'question')} added (with 1 new article),"
        f" {len(teacher.questions)} left as they were; the bank holds"
        f" {len(merged.questions)} questions\n"
        f"Kept the bank it replaced as {path}~\n"
    )
    assert added and {q.article for q in added} == {"garden"}
    assert backup.read_text(encoding="utf-8") == edited
    after = path.read_text(encoding="utf-8")

    # Nothing lost or changed: every question the teacher had is there as it was, in its
    # place, and so is every line of the file. Lines were only added: the new article, its
    # questions, and an "article:" line in the hand-written question, as the bank has two.
    assert merged.questions[: len(teacher.questions)] == teacher.questions
    assert [a.id for a in merged.articles] == ["library", "garden"]
    assert merged.articles[0] == teacher.articles[0]
    diff = list(difflib.ndiff(edited.splitlines(), after.splitlines()))
    assert [line for line in diff if line.startswith("- ")] == []
    assert "  - type: short_answer\n    article: library\n    prompt: What did the flood" in after
    assert after.endswith("\n# End of my bank.\n")
    for comment in ("# Week 3, period 2.", "# reworded for my class", "# Added by hand for"):
        assert after.count(comment) == 1

    # Nothing brought back or duplicated, and both articles again change nothing.
    assert deleted.id not in {q.id for q in merged.questions}
    assert len({q.id for q in merged.questions}) == len(merged.questions)
    assert len(set(_asked(merged))) == len(merged.questions)
    assert _generate(str(library), str(garden), "--bank", str(path), count=count) == (
        f"{path}: {len(added) + held} up to date, 1 kept as edited, 1 left as it was; the bank"
        f" holds {len(merged.questions)} questions\n"
        "Nothing to change: the bank was not written.\n"
    )
    assert path.read_text(encoding="utf-8") == after
    assert backup.read_text(encoding="utf-8") == edited


@pytest.mark.slow
def test_generating_again_with_other_seeds_asks_no_fact_twice_and_keeps_to_the_count(
    tmp_path: Path,
) -> None:
    library = tmp_path / "library.txt"
    library.write_text(LIBRARY, encoding="utf-8")
    path = tmp_path / "bank.yaml"
    _generate(str(library), "-o", str(path), count="5")
    for seed in ("3", "4", "5"):
        result = runner.invoke(
            app, ["generate", str(library), "--bank", str(path), "--count", "5", "--seed", seed]
        )
        assert result.exit_code == 0, result.output
    bank = load_bank(path)
    assert len(bank.questions) <= 5
    sentences = [e.start for q in bank.questions for e in q.evidence]
    assert len(sentences) == len(set(sentences))
