"""Hostile input against the command line: one line per attack, and how many failed.

Each attack runs `python -m studyguide ...` in a process of its own, with no standard input,
on files made for it in a temporary folder, and checks what a user would see: no traceback,
the exit code the README promises, a clear error code, and every file left whole (the bank
untouched when a command refuses, special files still special). The attacks are those of the
reliability review: terminal escapes in bank text and file names, special files as input
and output, outputs that are inputs, text that no page or parser can take, banks and
progress files damaged by hand, spreadsheet formulas, and two runs on one bank at once.

    python benchmarks/sweep.py [--only NAME]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import yaml

from studyguide.bank import load_bank
from studyguide.model import QuestionType
from studyguide.quiz.grading import expected_response

ESC = "\x1b]0;owned\x07\x1b[2J"
"""What a hostile bank or file name would send the terminal: a new title, a cleared screen."""


@dataclass
class Run:
    code: int
    out: str
    err: str
    seconds: float


def studyguide(*args: str | Path, cwd: Path, timeout: float = 120) -> Run:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "studyguide", *map(str, args)],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        errors="replace",
        timeout=timeout,
        env={**os.environ, "STUDYGUIDE_DATA_DIR": str(cwd / "progress"), "COLUMNS": "100"},
    )
    return Run(done.returncode, done.stdout, done.stderr, time.perf_counter() - started)


class Failed(Exception):
    pass


def expect(condition: bool, why: str) -> None:
    if not condition:
        raise Failed(why)


def clean(run: Run, code: int | set[int], *, says: str = "") -> None:
    """No traceback, no raw escape, the exit code promised, and the message expected."""
    shown = run.out + run.err
    codes = code if isinstance(code, set) else {code}
    expect("Traceback" not in shown, f"a traceback: {run.err.strip()[-200:]}")
    expect("\x1b]" not in shown and "\x1b[2J" not in shown, "a raw terminal escape was printed")
    expect(run.code in codes, f"exit {run.code}, not {code}: {shown.strip()[-200:]}")
    expect(says in shown, f"no {says!r} in: {shown.strip()[-200:]}")


# -- the attacks ----------------------------------------------------------------------------


def escapes_in_bank_text(work: Path, bank: Path) -> None:
    data = yaml.safe_load(bank.read_text(encoding="utf-8"))
    data["questions"][0]["id"] = f"q{ESC}"
    data["questions"][0]["answer"] = ESC
    hostile = work / "escapes.yaml"
    hostile.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    # Refused or accepted, as the id's rules say; never shown raw.
    for command in (("validate",), ("export", "-o", work / "e.gift"), ("progress",)):
        clean(studyguide(command[0], hostile, *command[1:], cwd=work), {0, 4})


def escapes_in_a_file_name(work: Path, bank: Path) -> None:
    article = work / f"news{ESC}.txt"
    shutil.copy(_sample(), article)
    clean(studyguide("validate", article, cwd=work), 4, says="\\x1b")


def a_pipe_as_article_and_bank(work: Path, bank: Path) -> None:
    pipe = work / "pipe.txt"
    os.mkfifo(pipe)
    run = studyguide("analyze", pipe, cwd=work, timeout=30)
    clean(run, 3, says="is a device or a pipe")
    clean(studyguide("validate", pipe, cwd=work, timeout=30), 4)
    expect(stat.S_ISFIFO(pipe.stat().st_mode), "the pipe was replaced")


def an_endless_device_as_article(work: Path, bank: Path) -> None:
    clean(studyguide("analyze", "/dev/zero", cwd=work, timeout=30), 3)


def a_device_as_output(work: Path, bank: Path) -> None:
    clean(studyguide("export", bank, "-o", "/dev/null", cwd=work), 2, says="SG901")
    expect(stat.S_ISCHR(os.stat("/dev/null").st_mode), "/dev/null is no longer a device")


def an_output_that_is_the_input(work: Path, bank: Path) -> None:
    before = bank.read_bytes()
    clean(studyguide("export", bank, "-o", bank, cwd=work), 2)
    clean(studyguide("quiz", bank, "--results", bank, cwd=work), 2)
    expect(bank.read_bytes() == before, "the bank changed")


def a_folder_as_output(work: Path, bank: Path) -> None:
    clean(studyguide("generate", _sample(), "-o", work, cwd=work), 2, says="is a folder")


def half_a_character_in_a_bank(work: Path, bank: Path) -> None:
    text = bank.read_text(encoding="utf-8").replace("prompt: ", 'prompt: "\\ud800" ', 1)
    broken = work / "half.yaml"
    broken.write_text(text, encoding="utf-8")
    clean(studyguide("validate", broken, cwd=work), 4, says="SG134")
    for command in ("quiz", "render"):
        clean(studyguide(command, broken, cwd=work), 4)
    clean(studyguide("export", broken, "-o", work / "h.gift", cwd=work), 4)


def a_question_taller_than_a_page(work: Path, bank: Path) -> None:
    data = yaml.safe_load(bank.read_text(encoding="utf-8"))
    data["questions"][0]["prompt"] += " more words" * 5000
    tall = work / "tall.yaml"
    tall.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    clean(studyguide("render", tall, "-o", work / "tall", cwd=work), 4, says="SG202")


def more_text_than_the_parser_takes(work: Path, bank: Path) -> None:
    long = work / "long.txt"
    long.write_text("Title\n\n" + "The ferry sailed on time. " * 40_000, encoding="utf-8")
    clean(studyguide("analyze", long, cwd=work), 3, says="SG004")


def a_date_no_calendar_has(work: Path, bank: Path) -> None:
    run = studyguide("generate", _sample(), "--published", "2015-02-30", "-o", "d.yaml", cwd=work)
    clean(run, 2, says="is not a date")


def one_article_twice_and_two_of_one_name(work: Path, bank: Path) -> None:
    for folder in ("news", "old"):
        (work / folder).mkdir()
        shutil.copy(_sample(), work / folder / "story.txt")
    stories = [work / "news" / "story.txt", work / "old" / "story.txt"]
    clean(studyguide("generate", *stories, stories[0], "-o", "twice.yaml", cwd=work), 0)
    clean(studyguide("validate", "twice.yaml", cwd=work), 0)


def a_damaged_progress_record(work: Path, bank: Path) -> None:
    record = {
        "fingerprint": "x",
        "memory": {
            "due": "2024-05-06T09:00:00+00:00",
            "last_review": "2024-05-06T09:00:00+00:00",
            "state": "review",
            "stability": 0,
            "difficulty": 5,
        },
    }
    damaged = json.dumps({"format": 1, "questions": {"q": record}})
    for path in _progress_files(work, bank):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(damaged, encoding="utf-8")
        clean(studyguide("quiz", bank, cwd=work), 1, says="SG301")


def _progress_files(work: Path, bank: Path) -> list[Path]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from studyguide.quiz.progress import progress_path

    return [progress_path(bank, work / "progress")]


def formulas_and_line_breaks_in_a_spreadsheet(work: Path, bank: Path) -> None:
    data = yaml.safe_load(bank.read_text(encoding="utf-8"))
    data["questions"][0]["prompt"] = "\t=HYPERLINK(1)"
    data["questions"][0]["explanation"] = "Late.\r=SUM(1)"
    sheet = work / "sheet.yaml"
    sheet.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    clean(studyguide("export", sheet, "-f", "csv", "-o", work / "s.csv", cwd=work), 0)
    rows = list(csv.reader(io.StringIO((work / "s.csv").read_text(encoding="utf-8-sig"))))
    expect(len(rows) == len(data["questions"]) + 1, "a line break split a row")
    expect(rows[1][6].startswith("'"), "a formula behind a tab was not guarded")


def two_runs_on_one_bank(work: Path, bank: Path) -> None:
    shared = work / "shared.yaml"
    shutil.copy(bank, shared)
    other = work / "other.txt"
    other.write_text(
        "Ferry Fares Cut\n\nThe Brinmouth ferry will cut its fares by a third from March,"
        " the operator said on Monday.\n",
        encoding="utf-8",
    )
    second = work / "second.txt"
    second.write_text(
        "Bridge Reopens\n\nThe Vallonia bridge reopened to traffic on Friday after two years"
        " of repairs, the council said.\n",
        encoding="utf-8",
    )
    command = [sys.executable, "-m", "studyguide", "generate"]
    env = {**os.environ, "STUDYGUIDE_DATA_DIR": str(work / "progress")}
    runs = [
        subprocess.Popen(
            [*command, str(article), "--bank", str(shared)],
            cwd=work,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        for article in (other, second)
    ]
    for run in runs:
        _, err = run.communicate(timeout=300)
        expect(b"Traceback" not in err, err.decode(errors="replace")[-200:])
    ids = [a["id"] for a in yaml.safe_load(shared.read_text(encoding="utf-8"))["articles"]]
    expect({"other", "second"} <= set(ids), f"an article was lost: {ids}")


def a_run_of_quotes(work: Path, bank: Path) -> None:
    quotes = work / "quotes.txt"
    quotes.write_text("Quotes\n\n" + '"He said ' * 3000, encoding="utf-8")
    run = studyguide("analyze", quotes, cwd=work, timeout=120)
    clean(run, 0)
    expect(run.seconds < 60, f"took {run.seconds:.0f} s")


def a_bank_that_is_a_link(work: Path, bank: Path) -> None:
    target = work / "real.yaml"
    shutil.copy(bank, target)
    link = work / "link.yaml"
    link.symlink_to(target)
    other = work / "more.txt"
    other.write_text(
        "Pier Rebuilt\n\nThe Brinmouth pier reopened on Saturday after a storm destroyed it"
        " two years ago, the mayor said.\n",
        encoding="utf-8",
    )
    clean(studyguide("generate", other, "--bank", link, cwd=work), 0)
    expect(link.is_symlink(), "the link was replaced by a file")
    expect("more" in target.read_text(encoding="utf-8"), "the bank the link names was not updated")


def a_read_only_folder(work: Path, bank: Path) -> None:
    if os.geteuid() == 0:
        return  # root writes anywhere: nothing to refuse
    locked = work / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        run = studyguide("generate", _sample(), "-o", locked / "b.yaml", cwd=work)
        expect("Traceback" not in run.err, run.err[-200:])
        expect(run.code != 0, "a bank was said to be written into a read-only folder")
    finally:
        locked.chmod(0o700)


def a_read_only_output(work: Path, bank: Path) -> None:
    kept = work / "kept.gift"
    kept.write_text("mine\n", encoding="utf-8")
    kept.chmod(0o444)
    clean(studyguide("export", bank, "-o", kept, cwd=work), 2, says="is read-only")
    expect(kept.read_text(encoding="utf-8") == "mine\n", "the read-only file was replaced")


def a_file_where_the_progress_folder_goes(work: Path, bank: Path) -> None:
    (work / "progress").write_text("not a folder", encoding="utf-8")
    run = studyguide("quiz", bank, cwd=work)
    clean(run, 0)  # no answer given: nothing to keep, nothing to say


def a_full_device_as_standard_output(work: Path, bank: Path) -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "studyguide", "validate", str(bank)],
            cwd=work,
            stdin=subprocess.DEVNULL,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    expect("Traceback" not in done.stderr, done.stderr[-200:])
    expect("SG902" in done.stderr, f"no clear message: {done.stderr[-200:]}")


def bytes_that_are_no_text_piped_to_the_quiz(work: Path, bank: Path) -> None:
    # The right answer to the first question, whatever its type, typed after the bytes.
    first = load_bank(bank).questions[0]
    right = expected_response(first).split(")")[0] if first.choices else first.answer
    if first.type is QuestionType.TRUE_FALSE:
        right = right[0].lower()
    done = subprocess.run(
        [sys.executable, "-m", "studyguide", "quiz", str(bank), "--no-shuffle"],
        input=b"\xff\xfe\n" + right.encode() + b"\nq\n",
        capture_output=True,
        cwd=work,
        env={
            **os.environ,
            "STUDYGUIDE_DATA_DIR": str(work / "progress"),
            "PYTHONIOENCODING": "utf-8",
        },
        timeout=60,
        check=False,
    )
    err = done.stderr.decode(errors="replace")
    expect(done.returncode == 0 and "Traceback" not in err, f"exit {done.returncode}: {err[-200:]}")
    expect("Right" in done.stdout.decode(errors="replace"), "the answer after them was lost")


def render_stopped_while_writing(work: Path, bank: Path) -> None:
    """Ctrl-C at moments spread over a render: the PDFs are the old set or the new one."""
    out = work / "pdfs"
    out.mkdir()
    names = [f"{bank.stem}-{kind}.pdf" for kind in ("worksheet", "answer-key", "study-guide")]
    command = [sys.executable, "-m", "studyguide", "render", str(bank), "-o", str(out)]
    env = {**os.environ, "STUDYGUIDE_DATA_DIR": str(work / "progress")}
    for tenth in range(4, 30, 2):
        for name in names:
            (out / name).write_bytes(b"old")
        run = subprocess.Popen(
            command,
            cwd=work,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=env,
        )
        time.sleep(tenth / 10)
        run.send_signal(signal.SIGINT)
        _, err = run.communicate(timeout=120)
        expect(b"Traceback" not in err, err.decode(errors="replace")[-200:])
        old = [(out / name).read_bytes() == b"old" for name in names]
        expect(all(old) or not any(old), f"a mixed set after {tenth / 10} s: {old}")
        expect(sorted(p.name for p in out.iterdir()) == sorted(names), "a stray file was left")


ATTACKS: tuple[Callable[[Path, Path], None], ...] = (
    escapes_in_bank_text,
    escapes_in_a_file_name,
    a_pipe_as_article_and_bank,
    an_endless_device_as_article,
    a_device_as_output,
    an_output_that_is_the_input,
    a_folder_as_output,
    half_a_character_in_a_bank,
    a_question_taller_than_a_page,
    more_text_than_the_parser_takes,
    a_date_no_calendar_has,
    one_article_twice_and_two_of_one_name,
    a_damaged_progress_record,
    formulas_and_line_breaks_in_a_spreadsheet,
    two_runs_on_one_bank,
    a_run_of_quotes,
    a_bank_that_is_a_link,
    a_read_only_folder,
    a_read_only_output,
    a_file_where_the_progress_folder_goes,
    a_full_device_as_standard_output,
    bytes_that_are_no_text_piped_to_the_quiz,
    render_stopped_while_writing,
)


def _sample() -> Path:
    return Path(str(files("studyguide") / "examples" / "assad-coalition.txt"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", help="run only the attack of this name")
    args = parser.parse_args()
    failures = 0
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        bank = base / "sample.yaml"
        made = studyguide("generate", _sample(), "-o", bank, cwd=base)
        if made.code != 0:
            sys.exit(f"could not make the sample bank: {made.err}")
        for attack in ATTACKS:
            name = attack.__name__
            if args.only and name != args.only:
                continue
            work = base / name
            work.mkdir()
            own = work / "bank.yaml"
            shutil.copy(bank, own)
            started = time.perf_counter()
            try:
                attack(work, own)
            except (Failed, subprocess.TimeoutExpired) as failure:
                failures += 1
                print(f"FAIL {name}: {failure}")
            else:
                print(f"ok   {name} ({time.perf_counter() - started:.1f} s)")
    print(f"{failures} failures")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
