"""Writing files so that a reader never sees half of one.

Every file studyguide writes (banks, PDFs, results) goes through `write_atomic`: the data
goes to a temporary file beside the target, is flushed to disk, and replaces the target
in one rename. An interrupted write leaves the old file as it was. Only a writable regular
file or a new path is written: a read-only file, a device, a pipe, a socket or a folder is
refused, and a link is written through, to the file it names. A read-modify-write (a bank
merged into, a progress file brought up to date) runs under `locked`, so that two runs at
once both land; files that belong together (a bank's PDFs) change together, through
`write_together`.
"""

from __future__ import annotations

import itertools
import os
import shutil
import signal
import stat
import tempfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from studyguide.errors import CannotWrite


@contextmanager
def locked(path: Path, waiting: Callable[[], None] | None = None) -> Iterator[None]:
    """Holds the lock of the folder `path` is in while the body runs: another studyguide
    run updating a file there waits for it (calling `waiting` first, to say so). The folder
    is locked, not the file, because the file itself is replaced by every write; no lock
    file is left behind. Where the system has no such locks (Windows), runs are not kept
    apart."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    folder = path.resolve().parent
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        yield  # a folder that cannot be opened cannot be written either: the write says so
        return
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if waiting is not None:
                waiting()
            fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)  # closing releases the lock


def write_atomic(path: Path, data: bytes | str, *, backup: bool = False) -> Path | None:
    """Write `data` to `path` atomically; with `backup`, keep the replaced file as `path~`
    (and the ones before it as `path~2` and `path~3`).

    Returns the backup's path when one was made.
    """
    path = writable(path)
    saved = _keep_backup(path) if backup and path.exists() else None
    write_together({path: data})
    return saved


def write_together(files: Mapping[Path, bytes | str]) -> None:
    """Write several files that belong together (a worksheet and its answer key) so that
    they change as one: each is written aside in full first, then all are renamed into
    place with Ctrl-C and `kill` held off, so that a run stopped while writing leaves the
    old set or the new one, never a new worksheet beside an old key."""
    targets = {writable(path): data for path, data in files.items()}
    staged: dict[Path, str] = {}
    try:
        for path, data in targets.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            staged[path] = _staged(path, data)
        with _signals_held():
            for path, tmp_name in staged.items():
                os.replace(tmp_name, path)
    except BaseException:
        for tmp_name in staged.values():
            Path(tmp_name).unlink(missing_ok=True)
        raise


def _staged(path: Path, data: bytes | str) -> str:
    """`data` in a temporary file beside `path`, flushed to disk, with the mode `path` has
    (or a new file's): ready to be renamed over it. Returns the temporary file's name."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp_name = _temporary(path)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            shutil.copymode(path, tmp_name)
        else:
            os.chmod(tmp_name, 0o666 & ~_umask())
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return tmp_name


@contextmanager
def _signals_held() -> Iterator[None]:
    """SIGINT and SIGTERM held off while the body runs, and delivered after it."""
    held = {signal.SIGINT, signal.SIGTERM}
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - Windows
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def _temporary(path: Path) -> tuple[int, str]:
    """A new hidden file beside `path`, of a short name of its own: a long file name and
    the temporary ending could pass the file system's limit together."""
    return tempfile.mkstemp(prefix=f".{path.name[:40]}.", suffix=".tmp", dir=path.parent)


BACKUPS = 3
"""How many replaced versions are kept: `path~` (the last), `path~2`, `path~3`."""


def _keep_backup(path: Path) -> Path:
    """`path` copied to `path~`, the older backups moved one down (`path~` to `path~2`, and
    so on, the oldest dropped). The copy is written aside first and renamed into place
    after the move, so that a run killed while copying leaves the backups as they were."""
    saved = path.with_name(path.name + "~")
    older = [saved, *(path.with_name(f"{path.name}~{n}") for n in range(2, BACKUPS + 1))]
    fd, tmp_name = _temporary(path)
    os.close(fd)
    try:
        shutil.copy2(path, tmp_name)
        for newer, older_one in reversed(list(itertools.pairwise(older))):
            if newer.exists():
                os.replace(newer, older_one)
        os.replace(tmp_name, saved)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return saved


def writable(path: Path) -> Path:
    """The file to write for `path`: the file a link names, or `path` itself. Raises
    `CannotWrite` for anything but a regular file or a new path."""
    target = path.resolve() if path.is_symlink() else path
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return target
    except OSError:
        return target  # unreadable: the write itself will say why
    if stat.S_ISDIR(mode):
        raise CannotWrite(f"{path}: is a folder, not a file", "give a file name to write to")
    if not stat.S_ISREG(mode):
        raise CannotWrite(
            f"{path}: is a device, a pipe or a socket, not a file",
            "give the name of a file to write to",
        )
    if not mode & stat.S_IWUSR:
        # Made read-only to keep it: the rename would replace it all the same (and always
        # does for root), so it is refused here.
        raise CannotWrite(
            f"{path}: is read-only",
            "make it writable (chmod u+w) to replace it, or write elsewhere",
        )
    return target


def refuse_input(output: Path, *inputs: Path) -> None:
    """Raise `CannotWrite` when `output` is one of the command's inputs, which writing it
    would destroy ("export bank.yaml -o bank.yaml")."""
    for given in inputs:
        if output.exists() and given.exists() and os.path.samefile(output, given):
            raise CannotWrite(
                f"{output}: is the input {given}; writing it would replace it",
                "give another file name to write to",
            )


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
