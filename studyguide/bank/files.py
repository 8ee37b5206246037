"""Bank files: read with a clear message for every way they can fail, written atomically."""

from __future__ import annotations

import codecs
import stat
from os import PathLike
from pathlib import Path

from studyguide.bank.reader import check_bank, parse_bank
from studyguide.bank.writer import dump_bank
from studyguide.bank.yaml_nodes import MAX_BANK_CHARS
from studyguide.errors import BankNotFound, BankUnreadable, InvalidBank, Problem
from studyguide.ingest import ARTICLE_SUFFIXES
from studyguide.model import Bank
from studyguide.storage import write_atomic

MAX_BANK_BYTES = MAX_BANK_CHARS
"""Bank files larger than this are refused before they are read."""

_SNIFF = 8192

_NOT_A_BANK = "a question bank is a YAML text file, such as question_bank/NAME.yaml"


def load_bank(path: str | PathLike[str]) -> Bank:
    """Read and check the bank at `path`.

    Raises BankNotFound, BankUnreadable or InvalidBank when it cannot be loaded.

    Warnings (evidence that no longer matches, say) do not stop loading. An article given
    where a bank is asked for (a .txt, .md or .html file that is no bank) is said to be one.
    """
    path = Path(path)
    try:
        return parse_bank(read_bank_text(path), str(path))
    except InvalidBank:
        if path.suffix.lower() not in ARTICLE_SUFFIXES:
            raise
        bank = Path("question_bank") / f"{path.stem}.yaml"
        raise BankUnreadable(
            f"{path}: is an article, not a question bank",
            f"make its bank and PDFs with: studyguide build {path}   (then use {bank})",
        ) from None


def check_file(path: Path) -> tuple[Bank | None, list[Problem]]:
    """Every problem of the bank at `path`, warnings too, and the bank when it has no errors."""
    return check_bank(read_bank_text(path), str(path))


def save_bank(bank: Bank, path: str | PathLike[str]) -> None:
    """Write the bank atomically, keeping the file it replaces as `path~`."""
    write_atomic(Path(path), dump_bank(bank), backup=True)


def read_bank_text(path: Path) -> str:
    """The text of a bank file, refusing what cannot be a bank before parsing it."""
    if not path.exists():
        raise BankNotFound(path)
    if path.is_dir():
        raise BankUnreadable(f"{path}: is a folder, not a question bank", _NOT_A_BANK)
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            # A pipe would wait for ever; /dev/zero never ends.
            raise BankUnreadable(f"{path}: is a device or a pipe, not a question bank", _NOT_A_BANK)
        with path.open("rb") as handle:
            data = handle.read(MAX_BANK_BYTES + 1)  # the limit holds as the file is read
        if len(data) > MAX_BANK_BYTES:
            size = max(path.stat().st_size, len(data))
            raise BankUnreadable(
                f"{path}: is {size / 1024 / 1024:.1f} MB; banks over "
                f"{MAX_BANK_BYTES // 1024 // 1024} MB are refused",
                "a bank holds articles and questions; check that this is the right file",
            )
    except OSError as error:
        raise BankUnreadable(
            f"{path}: cannot be read ({error.strerror})", "check the file's permissions"
        ) from None
    return _decode(path, data)


def _decode(path: Path, data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
        if b"\x00" in data[:_SNIFF]:
            raise BankUnreadable(f"{path}: is a binary file, not a question bank", _NOT_A_BANK)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise BankUnreadable(
            f"{path}: is not UTF-8 text (byte {error.start} cannot be read)",
            "save the bank as UTF-8 text",
        ) from None
