"""Article files: refusing what is not an article, decoding bytes, telling the format."""

from __future__ import annotations

import re
import stat
from enum import Enum
from pathlib import Path

from studyguide.errors import (
    ArticleEncodingError,
    ArticleNotFound,
    ArticleTooLarge,
    BinaryArticle,
)

MAX_ARTICLE_BYTES = 5 * 1024 * 1024
"""Larger files are refused: no news article comes near this, a log file or data dump does."""

_SNIFF_BYTES = 8192

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)


class ArticleFormat(str, Enum):
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"


_SUFFIXES = {
    ".md": ArticleFormat.MARKDOWN,
    ".markdown": ArticleFormat.MARKDOWN,
    ".html": ArticleFormat.HTML,
    ".htm": ArticleFormat.HTML,
    ".xhtml": ArticleFormat.HTML,
}

ARTICLE_SUFFIXES = frozenset({".txt", *_SUFFIXES})
"""The endings of article files: a folder of articles is read for these."""


def read_bytes(path: Path) -> bytes:
    """The file's bytes, once it is known to be a file of a size an article can have."""
    if not path.exists():
        raise ArticleNotFound(path, "no such file", "check the path and the file name")
    if path.is_dir():
        raise ArticleNotFound(
            path, "is a folder, not an article file", "give the path of a .txt, .md or .html file"
        )
    if not stat.S_ISREG(path.stat().st_mode):
        # A pipe would wait for ever; /dev/zero never ends.
        raise ArticleNotFound(
            path, "is a device or a pipe, not a file", "give the path of a .txt, .md or .html file"
        )
    with path.open("rb") as handle:
        data = handle.read(MAX_ARTICLE_BYTES + 1)  # the limit holds as the file is read
    if len(data) > MAX_ARTICLE_BYTES:
        size = max(path.stat().st_size, len(data))
        raise ArticleTooLarge(
            path,
            f"is {size / 1024 / 1024:.1f} MB; articles over {MAX_ARTICLE_BYTES // 1024 // 1024} MB"
            " are refused",
            "give the text of one news article",
        )
    return data


def decode_article(path: Path, data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM, even with a few broken bytes), UTF-16 with
    a BOM, else Windows-1252 or Latin-1; binary files are refused."""
    if data.startswith(_UTF16_BOMS):
        try:
            return _checked(path, data.decode("utf-16"))
        except UnicodeDecodeError:
            raise ArticleEncodingError(
                path, "starts like UTF-16 text but is not", "save the article as UTF-8 text"
            ) from None
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise _binary(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _mostly_utf8(data) or _windows_1252(data)
    return _checked(path, text)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few broken bytes (a bad copy-paste, a cut file) stays UTF-8, the
    broken bytes shown as U+FFFD; Windows-1252 text almost never holds a valid UTF-8
    sequence, so more good sequences than broken ones tells the two apart."""
    text = data.decode("utf-8-sig", errors="replace")
    broken = text.count("\ufffd")
    good = sum(1 for char in text if ord(char) > 0x7F and char != "\ufffd")
    return text if good > broken else None


def _windows_1252(data: bytes) -> str:
    # Windows-1252 is what old Windows editors and most "ANSI" news exports write; it
    # leaves five bytes undefined, which a Latin-1 file may still hold as C1 controls.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def sniff_format(path: Path, text: str) -> ArticleFormat:
    """By the file's suffix; a page saved as .txt or without a suffix is HTML by its start."""
    by_suffix = _SUFFIXES.get(path.suffix.lower())
    if by_suffix is not None:
        return by_suffix
    if _HTML_START.match(text[:_SNIFF_BYTES]):
        return ArticleFormat.HTML
    return ArticleFormat.TEXT


def _checked(path: Path, text: str) -> str:
    sample = text[:_SNIFF_BYTES]
    if sample and len(_CONTROL.findall(sample)) > len(sample) // 100:
        raise _binary(path)
    return text


def _binary(path: Path) -> BinaryArticle:
    return BinaryArticle(
        path,
        "is a binary file, not text",
        "give the article as a text (.txt), Markdown (.md) or web page (.html) file",
    )
