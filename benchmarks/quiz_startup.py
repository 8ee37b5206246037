"""How long a student waits for the first question: `studyguide quiz` on a 100-question bank.

Times, over several runs, from starting the process to the first question's answer prompt
appearing on its output (the bank loaded, checked, the progress read, the questions chosen,
the first one drawn). The target is under 0.5 seconds. It is measured twice: a first quiz,
and a `--review` with a progress file that holds every question, all of them due.

    python benchmarks/quiz_startup.py [--runs N] [--questions N]
"""

from __future__ import annotations

import argparse
import os
import resource
import select
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from studyguide.bank import load_bank, save_bank
from studyguide.model import (
    Bank,
    BankArticle,
    Entity,
    EntityKind,
    Evidence,
    Pair,
    Question,
    QuestionType,
)
from studyguide.quiz import (
    DATA_DIR_VARIABLE,
    Outcome,
    Progress,
    QuestionResult,
    progress_path,
    save_progress,
)

TARGET_SECONDS = 0.5
PROMPT_MARKER = b"Your answer, a to d:"
"""The first question is multiple choice (run with --no-shuffle), so this ends its screen."""

SENTENCE = "In {year}, the council of {town} voted {votes} to {against} to rebuild the {thing}."
TOWNS = ("Kingstown", "Łódź", "Porto", "Tromsø", "Zürich", "Galway", "Split", "Tartu")
THINGS = ("bridge", "harbour wall", "library", "market hall", "ferry pier", "old mill")


def build_bank(size: int) -> Bank:
    """An article of `size` sentences and one question on each, of every type in turn."""
    sentences = [
        SENTENCE.format(
            year=1950 + n,
            town=TOWNS[n % len(TOWNS)],
            votes=10 + n % 7,
            against=n % 5,
            thing=THINGS[n % len(THINGS)],
        )
        for n in range(size)
    ]
    text = "Councils Vote on Rebuilding\n" + "\n".join(sentences) + "\n"
    article = BankArticle(
        id="councils",
        title="Councils Vote on Rebuilding",
        text=text,
        people=(Entity("Elena Dvořák", EntityKind.PERSON, (), ("Dvořák",), "Mayor"),),
    )
    kinds = list(QuestionType)
    questions = []
    for n, sentence in enumerate(sentences):
        start = text.index(sentence)
        evidence = (Evidence(start, start + len(sentence), sentence),)
        town, year = TOWNS[n % len(TOWNS)], str(1950 + n)
        kind = kinds[n % len(kinds)]
        base = Question(
            id=f"q{n + 1:03d}",
            type=kind,
            article=article.id,
            prompt=f"When did the council of {town} vote to rebuild the {THINGS[n % len(THINGS)]}?",
            explanation="The sentence gives the year.",
            evidence=evidence,
        )
        questions.append(_complete(base, year, town))
    return Bank(title="Councils", articles=(article,), questions=tuple(questions))


def _complete(question: Question, year: str, town: str) -> Question:
    from dataclasses import replace

    if question.type is QuestionType.MULTIPLE_CHOICE:
        others = tuple(str(int(year) + d) for d in (-3, 2, 5))
        return replace(question, answer=year, choices=(others[0], year, *others[1:]))
    if question.type is QuestionType.TRUE_FALSE:
        return replace(question, prompt=f"The council of {town} voted in {year}.", answer="True")
    if question.type is QuestionType.MATCHING:
        pairs = (Pair(town, year), Pair("Elsewhere", str(int(year) + 1)), Pair("Nowhere", "never"))
        return replace(question, prompt="Match each place with its year.", pairs=pairs)
    if question.type is QuestionType.ORDERING:
        order = (f"{town} votes", "Work starts", "The building reopens")
        return replace(question, prompt="Put these in order.", order=order)
    return replace(question, answer=year)


def keep_progress(bank: Bank, bank_path: Path, data_dir: Path) -> None:
    """A progress file in which every question was answered a week ago, so all are due."""
    answered = datetime.now(timezone.utc) - timedelta(days=7)
    progress = Progress(str(bank_path.resolve()), bank.title)
    for n, question in enumerate(bank.questions):
        outcome = Outcome.CORRECT if n % 3 else Outcome.INCORRECT
        progress = progress.after(QuestionResult(question, outcome), answered)
    save_progress(progress, progress_path(bank_path, data_dir))


def time_to_first_question(bank_path: Path, data_dir: Path, *options: str) -> tuple[float, float]:
    """Seconds from starting `studyguide quiz` to its first answer prompt on the pipe, by
    the clock and in CPU time (which a busy machine disturbs less)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "studyguide", "quiz", str(bank_path), "--no-shuffle", *options],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, DATA_DIR_VARIABLE: str(data_dir)},
    )
    assert process.stdout is not None
    seen = b""
    try:
        while PROMPT_MARKER not in seen:
            ready, _, _ = select.select([process.stdout], [], [], 10.0)
            chunk = os.read(process.stdout.fileno(), 65536) if ready else b""
            if not chunk:
                errors = process.stderr.read().decode() if process.stderr else ""
                raise RuntimeError(f"no question shown; output so far:\n{seen.decode()}{errors}")
            seen += chunk
        elapsed = time.perf_counter() - started
    finally:
        process.kill()
        process.wait()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


def time_to_load(bank_path: Path) -> float:
    """Seconds `load_bank` takes in this process: the part of the wait spent on the YAML."""
    started = time.perf_counter()
    load_bank(bank_path)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--questions", type=int, default=100)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        bank_path = Path(folder) / "councils.yaml"
        bank = build_bank(options.questions)
        save_bank(bank, bank_path)
        fresh, kept = Path(folder) / "fresh", Path(folder) / "kept"
        keep_progress(bank, bank_path, kept)
        time_to_first_question(bank_path, fresh)  # warm the file cache and the bytecode
        first = [time_to_first_question(bank_path, fresh) for _ in range(options.runs)]
        review = [time_to_first_question(bank_path, kept, "--review") for _ in range(options.runs)]
        loading = statistics.median(time_to_load(bank_path) for _ in range(options.runs))
    print(f"quiz startup, {options.questions}-question bank, {options.runs} runs each:")
    for name, runs in (("first quiz", first), ("--review", review)):
        times = sorted(elapsed for elapsed, _ in runs)
        median = statistics.median(times)
        cpu = statistics.median(cpu for _, cpu in runs)
        verdict = "within" if median < TARGET_SECONDS else "OVER"
        print(
            f"  {name:<11} median {median:.3f} s, best {times[0]:.3f} s, worst {times[-1]:.3f} s, "
            f"CPU {cpu:.3f} s ({verdict} the {TARGET_SECONDS} s target)"
        )
    print(f"  of the wait, loading the bank takes {loading:.3f} s")


if __name__ == "__main__":
    main()
