"""How fast, and in how little memory, files that are no bank are refused.

Each file is checked in a process of its own, as `studyguide validate` checks it; the table
shows how long the check took (reading, composing and checking the file, the process's
start not counted), the peak resident memory of the process, and the exit code
`validate` gives. A valid 100-question bank and a valid bank of one 20 MB article are
there for comparison. The target: a file that is no bank is refused within a second and
in 100 MB, whatever it holds.

    python benchmarks/bank_refusals.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from studyguide.bank import MAX_BANK_BYTES, dump_bank
from studyguide.bank.yaml_nodes import MAX_NODES
from studyguide.model import Bank, BankArticle, Question, QuestionType

TARGET_SECONDS = 1.0
TARGET_MB = 100


def _alias_bomb() -> bytes:
    lines = ["a0: &a0 [" + ", ".join(["lol"] * 9) + "]"]
    for level in range(1, 9):
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 9) + "]")
    return ("\n".join(lines) + "\n").encode()


def _valid_bank() -> bytes:
    text = " ".join(f"Sentence {n} of the article." for n in range(100))
    questions = tuple(
        Question(
            id=f"q{n}",
            type=QuestionType.MULTIPLE_CHOICE,
            article="a",
            prompt=f"Which sentence is number {n}?",
            answer=f"Sentence {n}",
            choices=(f"Sentence {n}", f"Sentence {n + 1}", f"Sentence {n + 2}"),
        )
        for n in range(100)
    )
    article = BankArticle(id="a", title="An article", text=text)
    return dump_bank(Bank(title="Valid", articles=(article,), questions=questions)).encode()


def _big_bank() -> bytes:
    """A valid bank just under the size limit: one article of 20 MB, one question."""
    head = b"schema: 1\ntitle: Big\narticles:\n  - id: a\n    title: Big\n    text: |\n"
    line = b"      " + b"All work and no play makes a long article. " * 2 + b"\n"
    body = line * ((MAX_BANK_BYTES - 1000) // len(line))
    tail = b"questions:\n  - type: short_answer\n    prompt: What?\n    answer: Work\n"
    return head + body + tail


FILES: dict[str, Callable[[], bytes]] = {
    "valid 100-question bank": _valid_bank,
    "python tag": lambda: b"schema: 1\ntitle: !!python/object/apply:os.system [ls]\n",
    "alias bomb (9**9 values)": _alias_bomb,
    "binary file": lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00" + os.urandom(1 << 20),
    "empty file": lambda: b"",
    "a list": lambda: b"- one\n- two\n",
    "over the size limit": lambda: b"# padding\n" * (MAX_BANK_BYTES // 10 + 1),
    "one article of 20 MB (valid)": _big_bank,
    f"over {MAX_NODES:,} values": lambda: b"- a\n" * (MAX_NODES * 2),
    "100,000 brackets deep": lambda: b"title: " + b"[" * 100_000,
}


_CHILD = """
import sys, time
from pathlib import Path
from studyguide.bank import check_file
from studyguide.errors import BankError
started = time.perf_counter()
try:
    bank, problems = check_file(Path(sys.argv[1]))
    code = 0 if bank is not None else 4
except BankError:
    code = 4
seconds = time.perf_counter() - started
# The process's own high-water mark: ru_maxrss would count the parent's memory as well.
status = Path("/proc/self/status").read_text().split("VmHWM:")[1].split()[0]
print(seconds, int(status) / 1024, code)
"""


def _run(path: Path) -> tuple[float, float, int]:
    """Seconds the check took, peak memory in MB, and the exit code `validate` gives."""
    process = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    seconds, peak, code = process.stdout.read().split()
    process.wait()
    return float(seconds), float(peak), int(code)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    failed = False
    with tempfile.TemporaryDirectory() as folder:
        print(f"{'file':34} {'size':>9} {'seconds':>8} {'peak MB':>8} exit")
        for name, make in FILES.items():
            path = Path(folder) / "bank.yaml"
            data = make()
            path.write_bytes(data)
            results = [_run(path) for _ in range(runs)]
            seconds = statistics.median(r[0] for r in results)
            peak = max(r[1] for r in results)
            code = results[0][2]
            slow = code != 0 and (seconds > TARGET_SECONDS or peak > TARGET_MB)
            failed = failed or slow
            size = f"{len(data) / 1024:.0f} KB"
            print(
                f"{name:34} {size:>9} {seconds:8.2f} {peak:8.0f} {code:>4}{'  !' if slow else ''}"
            )
    print(
        f"target: each refusal under {TARGET_SECONDS:.1f} s and {TARGET_MB} MB"
        f" (seconds: median of {runs} runs; peak: the highest)"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
