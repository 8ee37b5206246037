"""`studyguide quiz` through typer's CliRunner, with answers piped on standard input."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Mapping
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

import studyguide.cli  # noqa: F401  (registers every command)
import studyguide.quiz
from studyguide.bank import save_bank
from studyguide.cli.app import app
from studyguide.model import Bank
from studyguide.quiz import fingerprint, progress_path
from tests.quiz.conftest import ANSWERS, TRANSCRIPTS

COLOURS = re.compile(r"\x1b\[[0-9;]*m")


def _quiz(*args: str | Path, answers: str = "", env: Mapping[str, str] | None = None) -> Result:
    environment = {"COLUMNS": "120", "NO_COLOR": None, "FORCE_COLOR": None, "TERM": "xterm"}
    environment.update(env or {})
    return CliRunner().invoke(
        app, ["quiz", *map(str, args)], input=answers, env=environment, catch_exceptions=False
    )


def test_piped_answers_give_the_whole_quiz(bank_file: Path) -> None:
    result = _quiz(bank_file, "--no-shuffle", "--seed", "7", answers=ANSWERS)

    assert result.exit_code == 0
    assert result.stderr == ""
    # The same quiz as the library's, at 80 columns although the terminal is wider, then
    # the offer to retry, which the end of the input declines.
    assert result.stdout == (TRANSCRIPTS / "harbour.txt").read_text(encoding="utf-8") + (
        "\nRetry the 2 missed questions now? [y/N] \n"
    )


def test_the_same_seed_asks_in_the_same_order(bank_file: Path) -> None:
    first = _quiz(bank_file, "--seed", "11", answers="s\n" * 6)
    again = _quiz(bank_file, "--seed", "11", answers="s\n" * 6)
    other = _quiz(bank_file, "--seed", "12", answers="s\n" * 6)

    def order(result: Result) -> list[str]:
        return [
            line.split(" · ")[1].split(" ─")[0]
            for line in result.stdout.splitlines()
            if line.startswith("Question ")
        ]

    assert order(first) == order(again)
    assert sorted(order(first)) == sorted(order(other))
    assert order(first) != order(other)


def test_types_and_an_honest_count(bank_file: Path) -> None:
    result = _quiz(bank_file, "--types", "tf,fill", "-n", "5", "--no-shuffle", answers="f\n2023\n")

    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[:3] == [
        "The bank has only 2 true_false or fill_blank questions, so the quiz asks all of",
        "them.",
        "Harbour Bridge: 2 questions",
    ]
    assert "Score: 2 of 2 points (100%) · 2 of 2 right" in lines


def test_count_takes_the_first_questions_without_shuffle(bank_file: Path) -> None:
    result = _quiz(bank_file, "--count", "2", "--no-shuffle", answers="b\nf\n")

    assert result.exit_code == 0
    assert "Harbour Bridge: 2 questions" in result.stdout
    assert "Nothing missed. Well done!" in result.stdout


def test_results_file(bank_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "results.json"
    result = _quiz(bank_file, "--no-shuffle", "--results", target, answers="b\nt\n")

    assert result.exit_code == 0
    assert result.stdout.endswith(f"\nResults written to {target}\n")
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["stopped"] == "end_of_input"
    assert (data["questions_in_quiz"], data["time_limit"], data["retries"]) == (6, None, [])
    assert data["score"] == {
        "asked": 2,
        "correct": 1,
        "incorrect": 1,
        "skipped": 0,
        "points": 1,
        "possible": 2,
        "percent": 50.0,
    }
    assert [(q["id"], q["outcome"], q["answer"]) for q in data["questions"]] == [
        ("q-mc-speaker", "correct", "b"),
        ("q-tf-cables", "incorrect", "t"),
    ]
    assert all(q["seconds"] >= 0 and q["late"] is False for q in data["questions"])
    assert [p.name for p in target.parent.iterdir()] == ["results.json"]


def test_q_ends_the_quiz_with_exit_0(bank_file: Path) -> None:
    result = _quiz(bank_file, "--no-shuffle", answers="b\nq\nthis line is never read\n")

    assert result.exit_code == 0
    assert "Stopping here." in result.stdout
    assert "You stopped after 1 of 6 questions." in result.stdout


def test_ctrl_c_ends_the_quiz_with_a_summary_and_exit_130(
    bank_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*args: object, **kwargs: object) -> studyguide.quiz.Ask:
        def ask(prompt: str) -> str:
            raise KeyboardInterrupt

        return ask

    monkeypatch.setattr(studyguide.quiz, "read_answers", interrupted)
    target = tmp_path / "results.json"
    result = _quiz(bank_file, "--results", target)

    assert result.exit_code == 130
    assert "Interrupted: stopping here." in result.stdout
    assert "You stopped after 0 of 6 questions." in result.stdout
    assert json.loads(target.read_text(encoding="utf-8"))["stopped"] == "interrupted"


def test_colour_and_no_color_and_plain(bank_file: Path) -> None:
    coloured = _quiz(bank_file, "--no-shuffle", answers="b\n", env={"FORCE_COLOR": "1"})
    no_color = _quiz(
        bank_file, "--no-shuffle", answers="b\n", env={"FORCE_COLOR": "1", "NO_COLOR": "1"}
    )
    plain = _quiz(bank_file, "--no-shuffle", "--plain", answers="b\n", env={"FORCE_COLOR": "1"})

    assert "\x1b[1;32m✓ Right" in coloured.stdout
    assert "\x1b[1m✓ Right" in no_color.stdout
    assert not [code for code in COLOURS.findall(no_color.stdout) if re.search(r"3\dm", code)]
    assert "\x1b" not in plain.stdout
    assert "Right: b) Elena Dvořák" in plain.stdout.splitlines()
    assert COLOURS.sub("", coloured.stdout) == COLOURS.sub("", no_color.stdout)


def test_a_missing_bank(tmp_path: Path) -> None:
    result = _quiz(tmp_path / "missing.yaml")

    assert result.exit_code == 4
    assert result.stdout == ""
    assert result.stderr == (
        f"error: {tmp_path / 'missing.yaml'}: no such question bank [SG100]\n"
        "hint: create one with: studyguide generate ARTICLE -o BANK\n"
    )


def test_no_questions_of_the_types_asked(bank_file: Path, harbour_bank: Bank) -> None:
    only_choice = Bank(harbour_bank.title, harbour_bank.articles, harbour_bank.questions[:2])
    save_bank(only_choice, bank_file)
    result = _quiz(bank_file, "--types", "order", "--types", "match")

    assert result.exit_code == 3
    assert result.stderr == (
        f"error: {bank_file}: the bank has no ordering or matching questions [SG300]\n"
        "hint: the bank's 2 questions have types: multiple_choice, true_false; tags: date,"
        " person, quote; difficulties: easy, medium\n"
    )


def test_an_unknown_type(bank_file: Path) -> None:
    result = _quiz(bank_file, "--types", "mc,essay")

    assert result.exit_code == 2
    assert "Invalid value for '--type': unknown question type \"essay\"; choose from:" in (
        " ".join(result.stderr.replace("│", " ").split())
    )


def test_results_that_cannot_be_written(bank_file: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder\n", encoding="utf-8")
    target = blocker / "results.json"
    result = _quiz(bank_file, "--results", target, answers="q\n")

    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {target}: could not write the results (")
    assert result.stderr.endswith(") [SG000]\n")


# -- filters ---------------------------------------------------------------------------------


def _asked(result: Result) -> list[str]:
    """The prompts of the questions asked, in order."""
    lines = result.stdout.splitlines()
    return [lines[n + 1] for n, line in enumerate(lines) if line.startswith("Question ")]


def test_tags_difficulty_and_article(bank_file: Path) -> None:
    tagged = _quiz(bank_file, "--tags", "Claim,QUOTE", "--no-shuffle", answers="s\ns\n")
    assert _asked(tagged) == [
        "Who said “We promised a safer crossing, and today we keep that promise”?",
        "What did Mehmet Özdağ say about the project's schedule?",
    ]
    hard_or_easy = _quiz(
        bank_file, "--difficulty", "hard", "--difficulty", "EASY", "--no-shuffle", answers=""
    )
    assert "Harbour Bridge: 2 questions" in hard_or_easy.stdout
    both = _quiz(
        bank_file,
        "--tags",
        "date",
        "--types",
        "order,tf",
        "--article",
        "harbour-bridge",
        "--no-shuffle",
        answers="f\n2 1\n",
    )
    assert both.exit_code == 0
    assert _asked(both) == [
        "Engineers replaced 40 cables in 2021.",
        "Put these events in the order they happened.",
    ]


def test_an_unknown_difficulty(bank_file: Path) -> None:
    unknown_level = _quiz(bank_file, "--difficulty", "tricky")
    assert unknown_level.exit_code == 2
    assert "Invalid value for '--difficulty': unknown difficulty \"tricky\"; choose from:" in (
        " ".join(unknown_level.stderr.replace("│", " ").split())
    )


# -- time limit and retries ---------------------------------------------------------------


def test_a_time_limit(bank_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "results.json"
    result = _quiz(
        bank_file,
        "--time-limit",
        "30",
        "--count",
        "1",
        "--no-shuffle",
        "--results",
        target,
        answers="b\n",
    )
    assert result.exit_code == 0
    assert result.stdout.splitlines()[2] == (
        "You have 30 s for each question; an answer not in by then counts as wrong."
    )
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["time_limit"] == 30.0
    assert data["questions"][0]["late"] is False
    too_short = _quiz(bank_file, "--time-limit", "0.5")
    assert too_short.exit_code == 2


def test_retrying_missed_questions_with_piped_answers(bank_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "results.json"
    result = _quiz(
        bank_file,
        "--no-shuffle",
        "--seed",
        "7",
        "--results",
        target,
        answers=ANSWERS + "\ny\nf\ns\nn\n",
    )

    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert "Retry the 2 missed questions now? [y/N] y" in lines
    assert "Again: the 2 missed questions" in lines
    assert lines[-3:] == [
        "Retry the 1 missed question now? [y/N] n",
        "",
        f"Results written to {target}",
    ]
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["stopped"] == "finished"
    assert [[(q["id"], q["outcome"]) for q in r["questions"]] for r in data["retries"]] == [
        [("q-tf-cables", "correct"), ("q-match-roles", "skipped")]
    ]


# -- progress --------------------------------------------------------------------------------


def _progress(bank_file: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(progress_path(bank_file).read_text(encoding="utf-8"))
    return data


def _counts(data: dict[str, Any]) -> dict[str, tuple[int, int, int, int]]:
    return {
        key: (record["seen"], record["right"], record["wrong"], record["skipped"])
        for key, record in data["questions"].items()
    }


def _move_back(bank_file: Path, **delta: float) -> None:
    """Make the progress file look as if it were written `delta` earlier."""
    path = progress_path(bank_file)
    data = _progress(bank_file)
    shift = timedelta(**delta)

    def earlier(value: str) -> str:
        return (datetime.fromisoformat(value) - shift).isoformat()

    for record in data["questions"].values():
        record["last_seen"] = earlier(record["last_seen"])
        memory = record["memory"]
        memory["due"], memory["last_review"] = (
            earlier(memory["due"]),
            earlier(memory["last_review"]),
        )
    path.write_text(json.dumps(data), encoding="utf-8")


def test_progress_is_kept_by_question_id(bank_file: Path, harbour_bank: Bank) -> None:
    result = _quiz(bank_file, "--no-shuffle", "--seed", "7", answers=ANSWERS + "\nn\n")

    assert result.exit_code == 0
    data = _progress(bank_file)
    assert (data["format"], data["bank"], data["title"]) == (1, str(bank_file), "Harbour Bridge")
    assert _counts(data) == {
        "q-fill-year": (1, 1, 0, 0),
        "q-match-roles": (1, 0, 0, 1),
        "q-mc-speaker": (1, 1, 0, 0),
        "q-order-events": (1, 1, 0, 0),
        "q-short-late": (1, 1, 0, 0),
        "q-tf-cables": (1, 0, 1, 0),
    }
    assert {key: record["fingerprint"] for key, record in data["questions"].items()} == {
        q.id: fingerprint(q) for q in harbour_bank.questions
    }


def test_progress_is_kept_after_q_and_the_end_of_input(bank_file: Path) -> None:
    _quiz(bank_file, "--no-shuffle", answers="b\nq\n")
    assert _counts(_progress(bank_file)) == {"q-mc-speaker": (1, 1, 0, 0)}
    _quiz(bank_file, "--no-shuffle", answers="a\nt\n")
    assert _counts(_progress(bank_file)) == {
        "q-mc-speaker": (2, 1, 1, 0),
        "q-tf-cables": (1, 0, 1, 0),
    }


def test_review_after_a_previous_run(bank_file: Path) -> None:
    _quiz(bank_file, "--no-shuffle", "--seed", "7", answers=ANSWERS + "\nn\n")

    # Straight after, nothing is due: a missed question waits a minute, a known one ten.
    nothing = _quiz(bank_file, "--review")
    assert nothing.exit_code == 0
    lines = nothing.stdout.splitlines()
    assert lines[0] == "Nothing is due for review."
    assert re.fullmatch(
        r"The next question is due in 1 min, at \d\d:\d\d on \d{4}-\d\d-\d\d\.", lines[1]
    )
    assert lines[2:] == [f"To take the whole quiz now: studyguide quiz {bank_file}"]

    # Two minutes on, the two missed questions are due, and only those.
    _move_back(bank_file, minutes=2)
    review = _quiz(bank_file, "--review", "--no-shuffle", "--seed", "7", answers="f\n1a 2b\n")
    assert review.exit_code == 0
    assert review.stdout.splitlines()[:2] == [
        "2 of 6 questions are due for review.",
        "Harbour Bridge: 2 questions",
    ]
    assert _asked(review) == [
        "Engineers replaced 40 cables in 2021.",
        "Match each person with their role.",
    ]
    assert "Nothing missed. Well done!" in review.stdout
    counts = _counts(_progress(bank_file))
    assert (counts["q-tf-cables"], counts["q-match-roles"]) == ((2, 1, 1, 0), (2, 1, 0, 1))

    # A day on, everything is due again, and --count takes some of it.
    _move_back(bank_file, days=1)
    some = _quiz(bank_file, "--review", "--count", "4", answers="")
    assert some.stdout.splitlines()[0] == (
        "All 6 questions are due for review; the quiz asks 4 of them."
    )


def test_editing_a_question_resets_only_its_progress(bank_file: Path, harbour_bank: Bank) -> None:
    _quiz(bank_file, "--no-shuffle", "--seed", "7", answers=ANSWERS + "\nn\n")
    questions = list(harbour_bank.questions)
    edited = questions[2] = dataclasses.replace(
        questions[2], prompt="In which year did Łódź Steelworks replace 40 cables? _____"
    )
    save_bank(dataclasses.replace(harbour_bank, questions=tuple(questions)), bank_file)
    review = _quiz(bank_file, "--review", answers="2023\n")
    assert review.stdout.splitlines()[0] == "1 of 6 questions is due for review."
    assert _asked(review) == ["In which year did Łódź Steelworks replace 40 cables? _____"]
    data = _progress(bank_file)
    assert data["questions"]["q-fill-year"]["fingerprint"] == fingerprint(edited)
    assert _counts(data)["q-fill-year"] == (1, 1, 0, 0)
    assert _counts(data)["q-mc-speaker"] == (1, 1, 0, 0)


def test_the_progress_command(bank_file: Path) -> None:
    before = CliRunner().invoke(app, ["progress", str(bank_file)], env={"COLUMNS": "120"})
    assert before.exit_code == 0
    assert f"No answers yet. Take the quiz with: studyguide quiz {bank_file}" in before.stdout

    _quiz(bank_file, "--no-shuffle", "--seed", "7", answers=ANSWERS + "\nn\n")
    result = CliRunner().invoke(
        app, ["progress", str(bank_file), "--plain"], env={"COLUMNS": "120"}
    )
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[:4] == [
        "Harbour Bridge: your progress on 6 questions",
        "",
        "Type               Questions  Seen   Right  Due now  Next due",
        "Multiple choice            1     1  1 of 1        0  in 10 min",
    ]
    assert "True or false              1     1  0 of 1        0  in 1 min" in lines
    assert "All questions              6     6  4 of 6        0  in 1 min" in lines
    start = lines.index("The weakest questions:")
    assert lines[start + 1 : start + 5] == [
        "  1. Engineers replaced 40 cables in 2021.",
        "     right 0 of 1, due in 1 min",
        "  2. Match each person with their role.",
        "     right 0 of 1, skipped 1, due in 1 min",
    ]
    assert lines[-1] == f"Progress file: {progress_path(bank_file)}"


def test_a_damaged_progress_file(bank_file: Path) -> None:
    path = progress_path(bank_file)
    path.parent.mkdir(parents=True)
    path.write_text("{oops", encoding="utf-8")
    for result in (
        _quiz(bank_file, answers="b\n"),
        CliRunner().invoke(app, ["progress", str(bank_file)]),
    ):
        assert result.exit_code == 1
        assert result.stdout == ""
        assert result.stderr.startswith(f"error: {path}: not a progress file: Expecting property")
        assert result.stderr.endswith(
            " [SG301]\nhint: move the file away to start afresh: the quiz writes a new one\n"
        )
    assert path.read_text(encoding="utf-8") == "{oops"


def test_progress_that_cannot_be_kept(bank_file: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder\n", encoding="utf-8")
    result = _quiz(
        bank_file, "--no-shuffle", answers="b\n", env={"STUDYGUIDE_DATA_DIR": str(blocker)}
    )

    assert result.exit_code == 1
    assert "✓ Right: b) Elena Dvořák" in result.stdout
    path = progress_path(bank_file, blocker)
    assert result.stderr.startswith(f"error: {path}: could not keep the progress (")
    assert result.stderr.endswith(") [SG000]\nhint: check that the folder can be written to\n")


def test_a_bank_of_several_articles_asks_a_sitting_and_names_each_article(
    harbour_bank: Bank, tmp_path: Path
) -> None:
    ferry = dataclasses.replace(harbour_bank.articles[0], id="ferry", title="Ferry Fares Cut")
    statements = tuple(
        dataclasses.replace(harbour_bank.questions[1], id=f"q-{n}", article=article)
        for n in range(30)
        for article in ("harbour-bridge", "ferry")
        if n % 2 == (article == "ferry")
    )
    path = tmp_path / "course.yaml"
    save_bank(
        dataclasses.replace(
            harbour_bank, articles=(*harbour_bank.articles, ferry), questions=statements
        ),
        path,
    )
    result = _quiz(path, "--no-shuffle")
    assert (
        "The bank holds 30 questions on 2 articles: this quiz asks 20 of them (--count for"
        " more, --article for one article)." in " ".join(result.output.split())
    )
    assert "Question 1 of 20" in result.output
    assert "On “Harbour Bridge Reopens After Repairs”" in result.output
    alone = _quiz(path, "--article", "ferry", "--no-shuffle")
    assert "Question 1 of 15" in alone.output and "On “" not in alone.output
