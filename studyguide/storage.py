"""Writing files so that a reader never sees half of one.

Every file studyguide writes (banks, PDFs, results) goes through `write_atomic`: the data
goes to a temporary file beside the target, is flushed to disk, and replaces the target
in one rename. An interrupted write leaves the old file as it was.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes | str, *, backup: bool = False) -> Path | None:
    """Write `data` to `path` atomically; with `backup`, keep the replaced file as `path~`.

    Returns the backup's path when one was made.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    saved: Path | None = None
    if backup and path.exists():
        saved = path.with_name(path.name + "~")
        shutil.copy2(path, saved)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            shutil.copymode(path, tmp_name)
        else:
            os.chmod(tmp_name, 0o666 & ~_umask())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return saved


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
