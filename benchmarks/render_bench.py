"""How long printing takes: all three documents for a 40-question bank (target: under 1 s),
and a study guide whose article is one paragraph of 100, 300 and 600 KB (the time must grow
about as the text does).

Run from the project folder:  python benchmarks/render_bench.py
"""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from studyguide.render import (  # noqa: E402
    page_count,
    render_answer_key,
    render_documents,
    render_study_guide,
    render_worksheet,
)
from tests.render.banks import sample_bank  # noqa: E402

QUESTIONS = 40
LONG_PARAGRAPH_KB = (100, 300, 600)
ROUNDS = 5
TARGET_SECONDS = 1.0


def main() -> None:
    bank = sample_bank(QUESTIONS)
    started = time.perf_counter()
    documents = render_documents(bank)
    first = time.perf_counter() - started
    times, cpu_times = [], []
    for _ in range(ROUNDS):
        started, cpu_started = time.perf_counter(), time.process_time()
        render_documents(bank)
        times.append(time.perf_counter() - started)
        cpu_times.append(time.process_time() - cpu_started)
    pages = ", ".join(f"{name} {page_count(pdf)} pages" for name, pdf in documents.items())
    best, median = min(times), sorted(times)[len(times) // 2]
    print(f"{QUESTIONS}-question bank: {pages}")
    print(f"first run (fonts loaded): {first:.3f} s")
    print(f"next {ROUNDS} runs: best {best:.3f} s, median {median:.3f} s")
    # On a shared machine the wall clock counts other programs' time too; CPU time does not.
    print(f"  CPU time: best {min(cpu_times):.3f} s, median {sorted(cpu_times)[ROUNDS // 2]:.3f} s")
    for name, render in (
        ("worksheet", render_worksheet),
        ("answer key", render_answer_key),
        ("study guide", render_study_guide),
    ):
        alone = []
        for _ in range(ROUNDS):
            started = time.perf_counter()
            render(bank)
            alone.append(time.perf_counter() - started)
        print(f"  {name}: median {sorted(alone)[len(alone) // 2]:.3f} s")
    verdict = "within" if first < TARGET_SECONDS else "over"
    print(f"{verdict} the {TARGET_SECONDS:.0f} s target")
    article = bank.articles[0]
    line = " ".join(article.text.split()) + " "
    for size in LONG_PARAGRAPH_KB:
        paragraph = (line * (size * 1000 // len(line) + 1))[: size * 1000]
        long = replace(bank, articles=(replace(article, text=paragraph),))
        started = time.perf_counter()
        pdf = render_study_guide(long)
        seconds = time.perf_counter() - started
        print(f"study guide, one {size} KB paragraph: {seconds:.2f} s, {page_count(pdf)} pages")


if __name__ == "__main__":
    main()
