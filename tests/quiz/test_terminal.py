"""A whole quiz over a real pseudo-terminal: typed answers, a retry, Ctrl-C, and the progress
file it leaves behind."""

from __future__ import annotations

import io
import json
import os
import re
import signal
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pexpect
import pytest

from studyguide.errors import ExitCode
from studyguide.quiz import progress_path

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 90
"""Seconds to wait for each screen: generous, as a busy machine can be slow to start Python."""

ANSI = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|[\]PX^_][^\x07\x1b]*(\x07|\x1b\\)|[ -/]*[0-~])")


def _spawn(*args: str, data_dir: Path) -> tuple[pexpect.spawn, io.StringIO]:
    env = {key: value for key, value in os.environ.items() if key not in ("NO_COLOR", "COLUMNS")}
    env.update({"STUDYGUIDE_DATA_DIR": str(data_dir), "TERM": "xterm-256color", "LINES": "50"})
    child = pexpect.spawn(
        sys.executable,
        ["-m", "studyguide", *args],
        cwd=str(ROOT),
        env=env,
        encoding="utf-8",
        dimensions=(50, 80),
        timeout=TIMEOUT,
        # Ctrl-C as a terminal gives it, also where the tests run with SIGINT ignored
        # (started in the background), which a child would otherwise inherit.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    screen = io.StringIO()
    child.logfile_read = screen
    return child, screen


def _answer(child: pexpect.spawn, prompt: str, answer: str, then: str) -> None:
    """Wait for `prompt`, type `answer` and Enter, and wait for `then` to appear."""
    child.expect_exact(prompt)
    child.sendline(answer)
    child.expect_exact(then)


def _plain(screen: io.StringIO) -> list[str]:
    return ANSI.sub("", screen.getvalue()).replace("\r\n", "\n").replace("\r", "").splitlines()


def test_a_whole_quiz_at_a_terminal(bank_file: Path, data_dir: Path) -> None:
    child, screen = _spawn("quiz", str(bank_file), "--no-shuffle", "--seed", "7", data_dir=data_dir)
    try:
        _answer(child, "Your answer, a to d: ", "b", "Right")
        # A wrong answer waits for Enter, so that its verdict stays on the screen.
        _answer(child, "True or false? t or f: ", "t", "Wrong")
        _answer(child, "Press Enter for the next question: ", "", "Fill in the blank: ")
        # A typed answer marked wrong may be counted right: "I was right".
        _answer(child, "", "2022", "Wrong")
        _answer(
            child,
            "Press Enter for the next question, or r if your answer was right after all: ",
            "r",
            "Counted right, as you say.",
        )
        _answer(child, "Your answer: ", "a yaer late", "Accepted with a small typo.")
        _answer(child, "Your matches: ", "s", "Skipped")
        _answer(child, "Press Enter for the next question: ", "", "Your order: ")
        _answer(child, "", "2 1", "Right")
        _answer(child, "Retry the 2 missed questions now? [y/N] ", "y", "Again:")
        _answer(child, "True or false? t or f: ", "f", "Right")
        child.expect_exact("Your matches: ")
        child.sendintr()
        child.expect_exact("Interrupted: stopping here.")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == ExitCode.INTERRUPTED

    lines = _plain(screen)
    assert max(len(line) for line in lines) <= 80
    for expected in [
        "Your answer, a to d: b",
        "✓ Right: b) Elena Dvořák",
        "✗ Wrong: you answered True",
        "  Answer: False",
        "Your answer: a yaer late",
        "  Accepted with a small typo. The spelling is: a year late",
        "– Skipped",
        "Score: 5 of 8 points (62%) · 4 of 6 right · 1 skipped",
        "Retry the 2 missed questions now? [y/N] y",
        "Again: the 2 missed questions",
        "Question 2 of 2 · Matching · 2 points ".ljust(80, "─"),
        "You stopped after 1 of 2 questions.",
        "Score: 1 of 1 points (100%) · 1 of 1 right",
    ]:
        assert expected in lines
    # The summary of the retry closes the screen; there is no offer after Ctrl-C.
    assert lines[-1] == "Nothing missed so far."
    assert sum(line.startswith("Retry the") for line in lines) == 1

    data = json.loads(progress_path(bank_file, data_dir).read_text(encoding="utf-8"))
    records = data["questions"]
    assert (data["bank"], data["title"]) == (str(bank_file), "Harbour Bridge")
    assert {
        key: (r["seen"], r["right"], r["wrong"], r["skipped"]) for key, r in records.items()
    } == {
        "q-fill-year": (1, 1, 0, 0),
        "q-match-roles": (1, 0, 0, 1),
        "q-mc-speaker": (1, 1, 0, 0),
        "q-order-events": (1, 1, 0, 0),
        "q-short-late": (1, 1, 0, 0),
        "q-tf-cables": (2, 1, 1, 0),
    }
    assert records["q-tf-cables"]["last_outcome"] == "correct"
    assert records["q-match-roles"]["last_outcome"] == "skipped"

    def wait(key: str) -> timedelta:
        memory = records[key]["memory"]
        return datetime.fromisoformat(memory["due"]) - datetime.fromisoformat(memory["last_review"])

    # Missed once: back in a minute. Right first time, or right after a miss: ten minutes.
    assert wait("q-match-roles") == timedelta(minutes=1)
    assert wait("q-mc-speaker") == timedelta(minutes=10)
    assert (records["q-tf-cables"]["memory"]["state"], wait("q-tf-cables")) == (
        "learning",
        timedelta(minutes=10),
    )


def test_q_at_a_terminal_keeps_the_progress(bank_file: Path, data_dir: Path) -> None:
    child, screen = _spawn("quiz", str(bank_file), "--no-shuffle", data_dir=data_dir)
    try:
        _answer(child, "Your answer, a to d: ", "c", "Wrong")
        # q stops the quiz at the pause after a verdict as at a question.
        child.expect_exact("Press Enter for the next question: ")
        child.sendline("q")
        # As after the last question: the missed one may be asked again at once.
        child.expect_exact("Retry the 1 missed question now? [y/N] ")
        child.sendline("")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == 0
    assert "Stopping here." in _plain(screen)
    data = json.loads(progress_path(bank_file, data_dir).read_text(encoding="utf-8"))
    assert list(data["questions"]) == ["q-mc-speaker"]
    assert data["questions"]["q-mc-speaker"]["wrong"] == 1


def test_a_time_limit_counts_down_and_closes_the_question(bank_file: Path, data_dir: Path) -> None:
    child, screen = _spawn(
        "quiz", str(bank_file), "--no-shuffle", "--time-limit", "3", data_dir=data_dir
    )
    try:
        # The seconds left stand at the end of the answer line (drawn in pieces: the last
        # letter may come apart from the rest, and a redraw writes only the digit).
        child.expect_exact("Your answer, a to d: ")
        child.expect(r"3 s lef")
        child.expect_exact("Time is up")
        child.expect_exact("Press Enter for the next question: ")
        child.sendline("")
        child.expect_exact("True or false? t or f: ")
        child.sendline("q")
        child.expect_exact("Retry the ")
        child.sendline("")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == 0
    lines = _plain(screen)
    assert "  The 3.0 s for this question ran out." in lines
    data = json.loads(progress_path(bank_file, data_dir).read_text(encoding="utf-8"))
    assert data["questions"]["q-mc-speaker"]["wrong"] == 1


@pytest.fixture(autouse=True)
def _a_terminal_is_needed() -> None:
    if not hasattr(os, "openpty"):
        pytest.skip("pseudo-terminals are a POSIX feature")


HEAVY_IMPORTS = """
import atexit, sys
heavy = ("spacy", "reportlab", "thinc", "torch")
atexit.register(lambda: print("heavy:", sorted({m.split(".")[0] for m in sys.modules} & set(heavy))))
sys.argv = ["studyguide", *sys.argv[1:]]
from studyguide.cli import main
main()
"""


@pytest.mark.parametrize(
    "command", [["quiz", "--no-shuffle"], ["quiz", "--review"], ["progress"]], ids=" ".join
)
def test_the_quiz_imports_neither_spacy_nor_reportlab(
    bank_file: Path, data_dir: Path, command: list[str]
) -> None:
    import subprocess

    done = subprocess.run(
        [sys.executable, "-c", HEAVY_IMPORTS, command[0], str(bank_file), *command[1:]],
        input="b\nf\nq\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "STUDYGUIDE_DATA_DIR": str(data_dir)},
        timeout=TIMEOUT,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.splitlines()[-1] == "heavy: []"


def test_bytes_that_are_no_text_are_a_wrong_answer_not_the_end(
    bank_file: Path, data_dir: Path
) -> None:
    import subprocess

    done = subprocess.run(
        [sys.executable, "-m", "studyguide", "quiz", str(bank_file), "--no-shuffle"],
        input=b"\xff\xfe\nb\nq\n",
        capture_output=True,
        cwd=ROOT,
        # Standard input read strictly, as under a UTF-8 locale.
        env={**os.environ, "STUDYGUIDE_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8"},
        timeout=TIMEOUT,
        check=False,
    )
    out = done.stdout.decode("utf-8")
    assert (done.returncode, done.stderr) == (0, b"")
    assert (
        "Your answer, a to d: ��\nAnswer with a letter from a to d or a number from 1 to 4." in out
    )
    assert "✓ Right: b) Elena Dvořák" in out
