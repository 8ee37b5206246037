"""`studyguide generate --bank` and `-o` through typer's CliRunner: exact output and exit codes.

The pipeline is replaced by a stand-in that returns a fixed bank per article file, so that
these tests show what the command says and writes without running spaCy; the story with
the real pipeline is in test_lifecycle.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner

import studyguide.cli  # noqa: F401  (registers every command on the app)
from studyguide.bank import dump_bank, load_bank, question_id, record_generated
from studyguide.cli.app import app
from studyguide.model import Bank, BankArticle, Question, QuestionType
from studyguide.pipeline import BuildResult
from tests.support import HARBOUR_TEXT

runner = CliRunner()

FERRY_TEXT = "Night Ferry Returns\nThe night ferry to Ísafjörður sails again from 1 June.\n"


def _ferry_bank() -> Bank:
    article = BankArticle(id="ferry", title="Night Ferry Returns", text=FERRY_TEXT)
    questions = (
        Question(
            id="ferry-fb-1",
            type=QuestionType.FILL_BLANK,
            article="ferry",
            prompt="The night ferry to _____ sails again from 1 June.",
            answer="Ísafjörður",
        ),
        Question(
            id="ferry-tf-2",
            type=QuestionType.TRUE_FALSE,
            article="ferry",
            prompt="The night ferry sails again from 1 July.",
            answer="False",
        ),
    )
    return Bank(title="Night Ferry Returns", articles=(article,), questions=questions)


class _Pipeline:
    """Stands in for `studyguide.pipeline.build_bank`: a fixed bank per article file name."""

    def __init__(self, banks: dict[str, Bank]) -> None:
        self.banks = banks
        self.calls = 0

    def __call__(self, paths: Sequence[Path], **options: object) -> BuildResult:
        self.calls += 1
        parts = [self.banks[path.name] for path in paths]
        bank = Bank(
            title=parts[0].title,
            articles=tuple(a for part in parts for a in part.articles),
            questions=tuple(q for part in parts for q in part.questions),
        )
        return BuildResult(record_generated(bank), ())


@pytest.fixture
def pipeline(monkeypatch: pytest.MonkeyPatch, harbour_bank: Bank) -> _Pipeline:
    stand_in = _Pipeline({"harbour.txt": harbour_bank, "ferry.txt": _ferry_bank()})
    monkeypatch.setattr("studyguide.pipeline.build_bank", stand_in)
    return stand_in


@pytest.fixture
def harbour(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.txt"
    path.write_text(HARBOUR_TEXT, encoding="utf-8")
    return path


@pytest.fixture
def ferry(tmp_path: Path) -> Path:
    path = tmp_path / "ferry.txt"
    path.write_text(FERRY_TEXT, encoding="utf-8")
    return path


WROTE_HARBOUR = (
    "6 questions (1 multiple choice, 1 true or false, 1 fill in the blank, 1 short answer, "
    "1 matching, 1 ordering)"
)


def _refusal(path: Path) -> str:
    return (
        f"error: {path}: a question bank is already there; writing a new one would replace it"
        " [SG104]\n"
        f"hint: to add the questions to it, keeping its edits, use --bank {path}; to replace"
        " it (keeping a backup), add --force\n"
    )


# -- a new bank ------------------------------------------------------------------------------


def test_a_new_bank_records_what_was_generated(
    tmp_path: Path, harbour: Path, pipeline: _Pipeline, harbour_bank: Bank
) -> None:
    bank = tmp_path / "bank.yaml"
    result = runner.invoke(app, ["generate", str(harbour), "-o", str(bank)])
    assert (result.exit_code, result.stdout, result.stderr) == (
        0,
        f"Wrote {bank}: {WROTE_HARBOUR}\n",
        "",
    )
    assert bank.read_text(encoding="utf-8") == dump_bank(record_generated(harbour_bank))
    assert not (tmp_path / "bank.yaml~").exists()


def test_one_file_named_twice_is_read_once(
    tmp_path: Path, harbour: Path, pipeline: _Pipeline
) -> None:
    bank = tmp_path / "bank.yaml"
    again = tmp_path / "." / "harbour.txt"
    result = runner.invoke(app, ["generate", str(harbour), str(again), "-o", str(bank)])
    assert result.exit_code == 0, result.output
    assert len(load_bank(bank).articles) == 1


def test_a_date_that_is_no_day_of_the_calendar_is_refused(
    tmp_path: Path, harbour: Path, pipeline: _Pipeline
) -> None:
    bank = tmp_path / "bank.yaml"
    result = runner.invoke(
        app, ["generate", str(harbour), "--published", "2015-02-30", "-o", str(bank)]
    )
    assert result.exit_code == 2
    assert "'2015-02-30' is not a date like 2015-10-11" in result.output
    assert pipeline.calls == 0 and not bank.exists()


def test_output_onto_a_bank_is_refused_before_reading_the_articles(
    tmp_path: Path, harbour: Path, pipeline: _Pipeline
) -> None:
    bank = tmp_path / "bank.yaml"
    bank.write_text("# my bank\n", encoding="utf-8")
    result = runner.invoke(app, ["generate", str(harbour), "-o", str(bank)])
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", _refusal(bank))
    assert bank.read_text(encoding="utf-8") == "# my bank\n"
    assert pipeline.calls == 0


def test_the_default_bank_is_not_replaced_either(
    tmp_path: Path, harbour: Path, pipeline: _Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    first = runner.invoke(app, ["generate", "harbour.txt"])
    bank = Path("question_bank") / "harbour.yaml"
    assert first.stdout == f"Wrote {bank}: {WROTE_HARBOUR}\n"
    written = bank.read_bytes()
    again = runner.invoke(app, ["generate", "harbour.txt"])
    assert (again.exit_code, again.stdout, again.stderr) == (2, "", _refusal(bank))
    assert bank.read_bytes() == written


def test_force_replaces_a_bank_and_keeps_a_backup(
    tmp_path: Path, harbour: Path, pipeline: _Pipeline, harbour_bank: Bank
) -> None:
    bank = tmp_path / "bank.yaml"
    bank.write_text("# my bank\n", encoding="utf-8")
    result = runner.invoke(app, ["generate", str(harbour), "-o", str(bank), "--force"])
    assert (result.exit_code, result.stdout) == (0, f"Wrote {bank}: {WROTE_HARBOUR}\n")
    assert bank.read_text(encoding="utf-8") == dump_bank(record_generated(harbour_bank))
    assert (tmp_path / "bank.yaml~").read_text(encoding="utf-8") == "# my bank\n"


@pytest.mark.parametrize(
    ("extra", "option"),
    [(["-o", "other.yaml"], "--output"), (["--force"], "--force")],
    ids=["output", "force"],
)
def test_bank_goes_with_neither_output_nor_force(
    tmp_path: Path, harbour: Path, pipeline: _Pipeline, extra: list[str], option: str
) -> None:
    bank = tmp_path / "bank.yaml"
    result = runner.invoke(app, ["generate", str(harbour), "--bank", str(bank), *extra])
    assert result.exit_code == 2
    assert f"--bank adds to a bank; {option} is for writing a new one: give one or the" in (
        " ".join(result.output.replace("│", " ").split())
    )
    assert not bank.exists()
    assert pipeline.calls == 0


# -- adding to a bank --------------------------------------------------------------------------


def test_bank_makes_a_bank_that_is_not_there(
    tmp_path: Path, harbour: Path, pipeline: _Pipeline, harbour_bank: Bank
) -> None:
    bank = tmp_path / "new" / "bank.yaml"
    result = runner.invoke(app, ["generate", str(harbour), "--bank", str(bank)])
    assert (result.exit_code, result.stdout, result.stderr) == (
        0,
        f"Wrote {bank}: {WROTE_HARBOUR}\n",
        "",
    )
    assert bank.read_text(encoding="utf-8") == dump_bank(record_generated(harbour_bank))
    assert sorted(p.name for p in bank.parent.iterdir()) == ["bank.yaml"]


HAND_WRITTEN = (
    "\n"
    "  # Mine, for Tuesday.\n"
    "  - type: short_answer\n"
    "    prompt: How many cables were replaced?\n"
    "    answer: '40'\n"
)


def _edited(text: str) -> str:
    """The bank as a teacher leaves it: a prompt reworded, a question deleted, one added."""
    text = text.replace(
        "    prompt: Engineers replaced 40 cables in 2021.\n",
        "    prompt: Engineers replaced 40 cables in 2019.  # was 2021\n",
    )
    start = text.index("  - id: q-fill-year\n")
    end = text.index("  - id: q-short-late\n")
    return text[:start] + text[end:] + HAND_WRITTEN


def test_bank_adds_an_article_keeping_the_teacher_s_edits(
    tmp_path: Path, harbour: Path, ferry: Path, pipeline: _Pipeline, harbour_bank: Bank
) -> None:
    bank = tmp_path / "bank.yaml"
    bank.write_text(_edited(dump_bank(record_generated(harbour_bank))), encoding="utf-8")
    teacher = bank.read_text(encoding="utf-8")
    mine = question_id("harbour-bridge", "How many cables were replaced?")

    result = runner.invoke(app, ["generate", str(harbour), str(ferry), "--bank", str(bank)])
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        f"{bank}: 2 questions added (with 1 new article), 4 up to date, 1 kept as edited, "
        "1 left as it was, 1 deleted and not brought back; the bank holds 8 questions\n"
        f"Kept the bank it replaced as {bank}~\n"
    )
    assert result.stderr == (
        "note: kept as you left them, not refreshed (edited, or not written by studyguide):"
        " q-tf-cables\n"
        'note: the bank now holds several articles; these questions left out "article:" and'
        f" got a line naming theirs: {mine}\n"
    )
    assert (tmp_path / "bank.yaml~").read_text(encoding="utf-8") == teacher
    merged = load_bank(bank)
    assert [q.id for q in merged.questions] == [
        "q-mc-speaker",
        "q-tf-cables",
        "q-short-late",
        "q-match-roles",
        "q-order-events",
        mine,
        "ferry-fb-1",
        "ferry-tf-2",
    ]
    assert merged.questions[1].prompt == "Engineers replaced 40 cables in 2019."
    text = bank.read_text(encoding="utf-8")
    assert "2019.  # was 2021\n" in text
    assert "  # Mine, for Tuesday.\n  - type: short_answer\n    article: harbour-bridge\n" in text


def test_bank_with_nothing_new_writes_nothing(
    tmp_path: Path, harbour: Path, pipeline: _Pipeline, harbour_bank: Bank
) -> None:
    bank = tmp_path / "bank.yaml"
    bank.write_text(_edited(dump_bank(record_generated(harbour_bank))), encoding="utf-8")
    stamp = bank.stat().st_mtime_ns
    result = runner.invoke(app, ["generate", str(harbour), "--bank", str(bank)])
    assert (result.exit_code, result.stdout) == (
        0,
        f"{bank}: 4 up to date, 1 kept as edited, 1 left as it was, 1 deleted and not brought"
        " back; the bank holds 6 questions\n"
        "Nothing to change: the bank was not written.\n",
    )
    assert bank.stat().st_mtime_ns == stamp
    assert not (tmp_path / "bank.yaml~").exists()


def test_an_article_whose_text_changed_is_left_alone_and_said_so(
    tmp_path: Path, harbour: Path, pipeline: _Pipeline, harbour_bank: Bank
) -> None:
    bank = tmp_path / "bank.yaml"
    text = dump_bank(record_generated(harbour_bank))
    bank.write_text(text.replace("two years of repairs", "two years of work"), encoding="utf-8")
    result = runner.invoke(app, ["generate", str(harbour), "--bank", str(bank)])
    assert (result.exit_code, result.stdout, result.stderr) == (
        0,
        f"{bank}: 6 left as they were, 1 article left alone (its text differs); the bank holds"
        " 6 questions\n"
        "Nothing to change: the bank was not written.\n",
        f'note: article "harbour-bridge": its text in the bank is not the text of {harbour}, so'
        " its questions were left alone; to add this version as an article of its own, give the"
        " file another name\n",
    )


def test_an_invalid_bank_is_refused_before_reading_the_articles(
    tmp_path: Path, harbour: Path, pipeline: _Pipeline, harbour_bank: Bank
) -> None:
    bank = tmp_path / "bank.yaml"
    text = dump_bank(record_generated(harbour_bank)).replace(
        "    prompt: Match", "    promt: Match"
    )
    bank.write_text(text, encoding="utf-8")
    line = text[: text.index("promt")].count("\n") + 1
    result = runner.invoke(app, ["generate", str(harbour), "--bank", str(bank)])
    assert (result.exit_code, result.stdout) == (4, "")
    assert result.stderr == (
        f'{bank}:{line}:5: SG116 question "q-match-roles": unknown key "promt"\n'
        '    hint: did you mean "prompt"?\n'
        f"error: {bank}: invalid question bank (1 problem) [SG102]\n"
        f"hint: fix them and check with: studyguide validate {bank}\n"
    )
    assert pipeline.calls == 0
    assert bank.read_text(encoding="utf-8") == text


def test_a_bank_that_cannot_be_added_to_is_left_as_it_was(
    tmp_path: Path, ferry: Path, pipeline: _Pipeline
) -> None:
    bank = tmp_path / "bank.yaml"
    text = (
        "schema: 1\ntitle: Mine\narticles:\n  - id: mine\n    title: Mine\n    text: Mine.\n"
        "questions: [{type: short_answer, prompt: Whose is it, answer: Mine}]\n"
    )
    bank.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["generate", str(ferry), "--bank", str(bank)])
    assert (result.exit_code, result.stdout) == (4, "")
    assert result.stderr == (
        f"error: {bank}:7:12: cannot add to the bank's questions: it is written on one line, in"
        " brackets [SG103]\n"
        'hint: write it as indented lines, each item starting with "- " (or as key: value'
        " lines), then generate again\n"
    )
    assert bank.read_text(encoding="utf-8") == text


def test_build_again_adds_to_its_bank_keeping_the_edits(
    tmp_path: Path, harbour: Path, pipeline: _Pipeline, harbour_bank: Bank
) -> None:
    folder, pdfs = tmp_path / "question_bank", tmp_path / "output"
    args = ["build", str(harbour), "--bank-folder", str(folder), "-o", str(pdfs)]
    first = runner.invoke(app, args)
    bank = folder / "harbour.yaml"
    assert first.exit_code == 0, first.output
    assert first.stdout.startswith(f"Wrote {bank}: {WROTE_HARBOUR}\n")
    bank.write_text(_edited(bank.read_text(encoding="utf-8")), encoding="utf-8")
    teacher = bank.read_text(encoding="utf-8")

    again = runner.invoke(app, args)
    assert again.exit_code == 0, again.output
    assert again.stdout.startswith(
        f"{bank}: 4 up to date, 1 kept as edited, 1 left as it was, 1 deleted and not brought"
        " back; the bank holds 6 questions\n"
        "Nothing to change: the bank was not written.\n"
        f"Wrote {pdfs / 'harbour-worksheet.pdf'} ("
    )
    assert bank.read_text(encoding="utf-8") == teacher
