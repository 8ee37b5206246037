"""`build` over many articles: a bank and PDFs for each, the same as one at a time, past an
article that cannot be read, with a table at the end; and `render --article`'s names."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from studyguide.bank import save_bank
from studyguide.cli import app
from studyguide.model import Bank
from tests.support import HARBOUR_TEXT

runner = CliRunner()

FERRY = (
    "Night Ferry Returns\n"
    "PORTLAND (Coastline News) — The night ferry to the islands sailed again on Friday after"
    " a winter of repairs, harbour master Owen Pryce said.\n"
    "“The islands need this boat, and today they have it back,” Pryce said at the quay.\n"
    "Fares will rise by 5% in March, the Portland council said on Thursday.\n"
)


@pytest.fixture
def reading_list(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "week3"
    folder.mkdir()
    (folder / "bridge.txt").write_text(HARBOUR_TEXT, encoding="utf-8")
    (folder / "ferry.txt").write_text(FERRY, encoding="utf-8")
    (folder / "scan.txt").write_bytes(b"\x00\x01\x02 not text")
    (folder / "notes.csv").write_text("not an article", encoding="utf-8")
    return folder


@pytest.mark.slow
def test_many_articles_are_built_as_one_at_a_time_and_a_bad_one_stops_nothing(
    reading_list: Path, tmp_path: Path
) -> None:
    result = runner.invoke(app, ["build", str(reading_list), "--plain"])
    assert result.exit_code == 3  # one article failed
    out = result.stdout.splitlines()
    assert [line.split()[0] for line in out if line.startswith(str(reading_list))] == [
        str(reading_list / name) for name in ("bridge.txt", "ferry.txt", "scan.txt")
    ]
    assert any(line.endswith("failed: is a binary file, not text") for line in out)
    assert out[-1] == "Built 2 articles; 1 failed, and nothing was written for them."
    assert "[3/3]" in result.stderr  # a plain line for each article
    assert sorted(p.name for p in Path("question_bank").iterdir()) == ["bridge.yaml", "ferry.yaml"]
    assert len(list(Path("output").glob("*.pdf"))) == 6
    # The same banks as building each alone.
    for name in ("bridge", "ferry"):
        alone = tmp_path / "alone" / name
        one = runner.invoke(
            app,
            [
                "build",
                str(reading_list / f"{name}.txt"),
                "--bank-folder",
                str(alone),
                "-o",
                str(alone),
            ],
        )
        assert one.exit_code == 0, one.output
        assert (alone / f"{name}.yaml").read_bytes() == Path(
            f"question_bank/{name}.yaml"
        ).read_bytes()


@pytest.mark.slow
def test_articles_of_one_name_get_banks_of_their_own(reading_list: Path, tmp_path: Path) -> None:
    other = tmp_path / "old"
    other.mkdir()
    (other / "bridge.txt").write_text(FERRY, encoding="utf-8")
    result = runner.invoke(
        app, ["build", str(reading_list / "bridge.txt"), str(other / "bridge.txt"), "--plain"]
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in Path("question_bank").iterdir()) == [
        "bridge-2.yaml",
        "bridge.yaml",
    ]
    assert Path("output/bridge-2-worksheet.pdf").is_file()


def test_a_folder_without_articles_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("empty").mkdir()
    result = runner.invoke(app, ["build", "empty"])
    assert result.exit_code == 2
    assert "holds no article" in result.stderr


def test_render_names_the_pdfs_of_one_article_after_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, harbour_bank: Bank
) -> None:
    monkeypatch.chdir(tmp_path)
    save_bank(harbour_bank, Path("course.yaml"))
    result = runner.invoke(app, ["render", "course.yaml", "--article", "harbour-bridge", "--key"])
    assert result.exit_code == 0, result.output
    assert [p.name for p in Path("output").iterdir()] == ["harbour-bridge-answer-key.pdf"]


@pytest.mark.slow
def test_the_library_builds_each_article_as_it_goes(reading_list: Path) -> None:
    import studyguide
    from studyguide.errors import BinaryArticle
    from studyguide.pipeline import BuildResult

    paths = sorted(reading_list.glob("*.txt"))
    built = list(studyguide.build_each(paths, count=5))
    assert [path.name for path, _ in built] == ["bridge.txt", "ferry.txt", "scan.txt"]
    bridge, ferry, scan = (result for _, result in built)
    assert isinstance(bridge, BuildResult) and [a.id for a in bridge.bank.articles] == ["bridge"]
    assert isinstance(ferry, BuildResult) and ferry.bank.questions
    assert isinstance(scan, BinaryArticle)


@pytest.mark.slow
def test_two_workers_write_what_one_writes(reading_list: Path) -> None:
    written = {}
    for jobs in ("1", "2"):
        folder = Path(f"jobs-{jobs}")
        result = runner.invoke(
            app,
            [
                "build",
                str(reading_list),
                "--plain",
                "-j",
                jobs,
                "--bank-folder",
                str(folder),
                "-o",
                str(folder),
            ],
        )
        assert result.exit_code == 3  # the scan, in both
        written[jobs] = {p.name: p.read_bytes() for p in sorted(folder.iterdir())}
        # The table keeps the order the articles were given, whichever finished first.
        rows = [
            line.split()[0]
            for line in result.stdout.splitlines()
            if line.startswith(str(reading_list))
        ]
        assert rows == [str(reading_list / n) for n in ("bridge.txt", "ferry.txt", "scan.txt")]
    assert written["1"] == written["2"]
    assert len(written["1"]) == 2 + 6  # two banks, three PDFs each


@pytest.mark.slow
def test_ctrl_c_during_a_batch_leaves_no_half_written_bank(reading_list: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    from studyguide.bank import load_bank

    many = reading_list / "many"
    many.mkdir()
    # Enough stories that the first bank is written long before the last, also on a busy
    # machine: the Ctrl-C comes in the middle of the batch.
    for n in range(60):
        (many / f"story-{n}.txt").write_text(FERRY.replace("Friday", f"day {n}"), encoding="utf-8")
    child = subprocess.Popen(
        [sys.executable, "-m", "studyguide", "build", str(many), "--plain", "-j", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # Ctrl-C as a terminal gives it, also where the tests run with SIGINT ignored; in a
        # session of its own, so that nothing it does reaches the tests' process.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        start_new_session=True,
    )
    banks = Path("question_bank")
    deadline = time.monotonic() + 120
    while not (banks.is_dir() and any(banks.glob("*.yaml"))) and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(child.pid, signal.SIGINT)
    _, err = child.communicate(timeout=120)
    assert child.returncode == 130, err
    assert b"Interrupted." in err
    left = sorted(banks.iterdir())
    assert left and all(p.suffix == ".yaml" for p in left)  # no temporary file left behind
    for bank in left:
        load_bank(bank)  # each one whole


def test_ctrl_c_that_the_work_swallows_still_stops_the_batch_after_that_article(
    reading_list: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import signal
    import time

    from studyguide.cli import batch

    built: list[Path] = []

    def swallowing(source: Path, bank: Path, job: batch.Job) -> batch.Built:
        built.append(source)
        try:  # Ctrl-C while a library that catches every exception is at work
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(5)
        except KeyboardInterrupt:
            pass
        return batch.Built(source, bank, 1)

    monkeypatch.setattr(batch, "build_one", swallowing)
    sources = sorted(p for p in reading_list.iterdir() if p.suffix == ".txt")
    job = batch.Job(Path("output"), "letter", 5, None, 0, None, None)
    # Ctrl-C as a terminal gives it, also where the tests run with SIGINT ignored.
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            batch.run(sources, [Path(f"{s.stem}.yaml") for s in sources], job, plain=True)
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    finally:
        signal.signal(signal.SIGINT, before)
    assert built == sources[:1]


@pytest.mark.slow
def test_a_bank_another_run_changed_meanwhile_gets_questions_made_again(
    reading_list: Path, monkeypatch: pytest.MonkeyPatch, harbour_bank: Bank
) -> None:
    import dataclasses

    from studyguide import pipeline
    from studyguide.bank import load_bank

    bank = Path("bank.yaml")
    save_bank(harbour_bank, bank)
    mine = dataclasses.replace(harbour_bank.questions[0], id="q-mine", prompt="Who spoke first?")
    made_from: list[int] = []
    real = pipeline.build_bank

    def racing(paths: list[Path], **options: object) -> pipeline.BuildResult:
        held = options["into"]
        assert isinstance(held, Bank)
        made_from.append(len(held.questions))
        if len(made_from) == 1:  # another run adds a question while this one works
            save_bank(
                dataclasses.replace(harbour_bank, questions=(*harbour_bank.questions, mine)), bank
            )
        return real(paths, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "build_bank", racing)
    pipeline.write_bank([reading_list / "ferry.txt"], bank, count=3)
    assert made_from == [6, 7]  # made again from the bank as the other run left it
    assert "q-mine" in {q.id for q in load_bank(bank).questions}


DASK_RUN = """
import sys
from distributed import LocalCluster
from studyguide.cli import app

if __name__ == "__main__":
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        sys.argv = ["studyguide", "build", sys.argv[1], "--plain", "--scheduler",
                    cluster.scheduler_address, "--bank-folder", "many", "-o", "many"]
        try:
            app(prog_name="studyguide")
        except SystemExit as done:
            print("exit", done.code)
"""


@pytest.mark.slow
def test_a_dask_cluster_builds_what_one_process_builds(reading_list: Path) -> None:
    import subprocess
    import sys

    alone = runner.invoke(
        app, ["build", str(reading_list), "--plain", "-j", "1", "--bank-folder", "one", "-o", "one"]
    )
    assert alone.exit_code == 3
    script = Path("dask_run.py")
    script.write_text(DASK_RUN, encoding="utf-8")
    # The cluster's processes run in a session of their own, apart from the test's.
    done = subprocess.run(
        [sys.executable, str(script), str(reading_list)],
        capture_output=True,
        text=True,
        timeout=300,
        start_new_session=True,
        check=False,
    )
    assert "exit 3" in done.stdout, done.stderr  # the scan fails there too
    assert "failed: is a binary file, not text" in done.stdout
    one = {p.name: p.read_bytes() for p in sorted(Path("one").iterdir())}
    many = {p.name: p.read_bytes() for p in sorted(Path("many").iterdir())}
    assert one == many and len(one) == 8
