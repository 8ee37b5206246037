"""Writing files: only over a regular file or a new path, through a link, never over an input."""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from studyguide import storage
from studyguide.bank import save_bank
from studyguide.cli import app
from studyguide.errors import CannotWrite
from studyguide.model import Bank
from studyguide.storage import locked, refuse_input, write_atomic, write_together

runner = CliRunner()


def test_a_new_file_and_a_regular_file_are_written(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "out.txt"
    write_atomic(target, "one")
    write_atomic(target, "two")
    assert target.read_text() == "two"
    assert sorted(p.name for p in target.parent.iterdir()) == ["out.txt"]  # no temp file left


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CannotWrite, match="is a folder"):
        write_atomic(tmp_path, "data")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_is_refused_and_left_as_it_is(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(CannotWrite, match="a device, a pipe or a socket"):
        write_atomic(pipe, "data")
    assert pipe.is_fifo()


@pytest.mark.skipif(not Path("/dev/null").is_char_device(), reason="no /dev/null here")
def test_a_device_is_refused() -> None:
    with pytest.raises(CannotWrite, match="a device"):
        write_atomic(Path("/dev/null"), "data")
    assert Path("/dev/null").is_char_device()


def test_a_link_is_written_through_to_its_file(tmp_path: Path) -> None:
    real = tmp_path / "real.yaml"
    real.write_text("old")
    link = tmp_path / "link.yaml"
    link.symlink_to(real)
    backup = write_atomic(link, "new", backup=True)
    assert link.is_symlink() and real.read_text() == "new"
    assert backup == tmp_path / "real.yaml~" and backup.read_text() == "old"


def test_an_output_that_is_an_input_is_refused(tmp_path: Path) -> None:
    bank = tmp_path / "bank.yaml"
    bank.write_text("x")
    with pytest.raises(CannotWrite, match="is the input"):
        refuse_input(tmp_path / "." / "bank.yaml", bank)
    refuse_input(tmp_path / "other.yaml", bank)  # a new path is fine


@pytest.mark.parametrize(
    "command",
    [
        ["export", "{bank}", "-o", "{bank}"],
        ["quiz", "{bank}", "--results", "{bank}"],
        ["generate", "{article}", "-o", "{article}", "--force"],
    ],
)
def test_no_command_overwrites_its_own_input(
    command: list[str], tmp_path: Path, harbour_bank: Bank
) -> None:
    harbour_file = tmp_path / "bank.yaml"
    save_bank(harbour_bank, harbour_file)
    article = tmp_path / "article.txt"
    article.write_text("Harbour news\n\nThe harbour reopened on Monday after repairs.\n")
    before = {p: p.read_bytes() for p in (article, harbour_file)}
    args = [a.format(bank=harbour_file, article=article) for a in command]
    result = runner.invoke(app, args, input="")
    assert result.exit_code == 2, result.output
    assert "[SG901]" in result.output
    assert {p: p.read_bytes() for p in before} == before


@pytest.mark.slow
def test_a_second_run_waits_for_the_lock_and_says_so(tmp_path: Path) -> None:
    bank = tmp_path / "bank.yaml"
    events: list[str] = []

    def second_run() -> None:
        with locked(bank, waiting=lambda: events.append("waiting")):
            events.append("second writes")

    with locked(bank):
        other = threading.Thread(target=second_run)
        other.start()
        other.join(timeout=0.5)
        assert other.is_alive()  # held back while the first run writes
        events.append("first writes")
    other.join(timeout=5)
    assert events == ["waiting", "first writes", "second writes"]
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no lock file left behind


def test_what_the_file_system_refuses_is_one_line_not_a_traceback(
    tmp_path: Path, harbour_bank: Bank
) -> None:
    bank = tmp_path / "bank.yaml"
    save_bank(harbour_bank, bank)
    in_the_way = tmp_path / "output"
    in_the_way.write_text("not a folder")
    result = runner.invoke(app, ["render", str(bank), "-o", str(in_the_way)])
    assert result.exit_code == 1
    assert f"error: {in_the_way}: File exists [SG902]" in result.output
    too_long = tmp_path / f"{'😀' * 70}.yaml"
    result = runner.invoke(app, ["validate", str(too_long)], input="")
    assert result.exit_code in (1, 4) and "Traceback" not in result.output


def test_a_long_name_is_written_with_a_short_temporary_name(tmp_path: Path) -> None:
    target = tmp_path / f"{'x' * 240}.gift"
    write_atomic(target, "data")
    assert target.read_text() == "data"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_read_only_file_is_refused_and_kept(tmp_path: Path) -> None:
    kept = tmp_path / "bank.yaml"
    kept.write_text("title: mine\n")
    kept.chmod(0o444)
    with pytest.raises(CannotWrite, match="is read-only"):
        write_atomic(kept, "title: theirs\n")
    assert kept.read_text() == "title: mine\n"


def _old_set(folder: Path) -> dict[Path, bytes]:
    files = {folder / "week-worksheet.pdf": b"old worksheet", folder / "week-key.pdf": b"old key"}
    for path, data in files.items():
        path.write_bytes(data)
    return files


def test_files_written_together_stay_old_when_stopped_before_the_last_is_ready(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _old_set(tmp_path)
    staged = storage._staged

    def stopped_at_the_key(path: Path, data: bytes | str) -> str:
        if path.name == "week-key.pdf":
            raise KeyboardInterrupt  # Ctrl-C while the key is being written
        return staged(path, data)

    monkeypatch.setattr(storage, "_staged", stopped_at_the_key)
    with pytest.raises(KeyboardInterrupt):
        write_together(dict.fromkeys(files, b"new"))
    assert {path: path.read_bytes() for path in files} == files
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in files)


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="no signal masks here")
def test_a_ctrl_c_while_files_are_renamed_waits_until_all_are_new(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _old_set(tmp_path)
    rename = os.replace

    def interrupted(source: str, target: Path) -> None:
        os.kill(os.getpid(), signal.SIGINT)  # arrives after the first rename, held off
        rename(source, target)

    monkeypatch.setattr(storage.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_together(dict.fromkeys(files, b"new"))
    assert {path.read_bytes() for path in files} == {b"new"}
