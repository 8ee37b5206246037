"""Reading an article file into an `Article`: its text, title, dateline and paragraphs.

Reading normalises the text once (newlines, byte-order mark, trailing spaces, Unicode
composition); everything after that points into the normalised text with character
offsets, so `parse_text` never changes the text it is given.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from studyguide.errors import (
    ArticleEncodingError,
    ArticleNotFound,
    ArticleTooLarge,
    BinaryArticle,
    EmptyArticle,
)
from studyguide.model import Article, Paragraph, Span

MAX_ARTICLE_BYTES = 5 * 1024 * 1024
"""Larger files are refused: no news article comes near this, a log file or data dump does."""

_SENTENCE_END = ".!?;:…,"
"""A line ending in one of these (closing quotes aside) is prose, not a headline or subhead."""

_CLOSERS = "\"'”’)]"

_HEADLINE_MAX_WORDS = 20

_DATELINE = re.compile(
    r"""^(?P<place>[A-Z][A-Z.'\- ]*[A-Z.](?:,\s+[A-Z][A-Za-z.'\- ]+)?)   # DAMASCUS / WASHINGTON, D.C.
        (?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?                              # , Nov 3
        \s*(?:\((?P<source>[^()\n]{2,40})\))?                                # (Sputnik)
        \s*(?:—|–|--|-)\s*""",
    re.VERBOSE,
)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def read_article(path: Path, published: str | None = None) -> Article:
    """Read and parse an article file; raise an `ArticleError` with a plain message if it can't be."""
    if not path.exists():
        raise ArticleNotFound(path, "no such file", "check the path and the file name")
    if path.is_dir():
        raise ArticleNotFound(
            path, "is a folder, not an article file", "give the path of a .txt file"
        )
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise ArticleTooLarge(
            path,
            f"is {size / 1024 / 1024:.1f} MB; articles over {MAX_ARTICLE_BYTES // 1024 // 1024} MB"
            " are refused",
            "give the text of one news article",
        )
    text = normalize_text(decode_article(path, path.read_bytes()))
    if not text.strip():
        raise EmptyArticle(path, "is empty", "give a file that holds the article's text")
    return parse_text(
        text, article_id=slugify(path.stem), published=published, fallback_title=path.stem
    )


def decode_article(path: Path, data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM), else Windows-1252, refusing binary files."""
    if b"\x00" in data[:8192]:
        raise BinaryArticle(path, "is a binary file, not text", "give a plain-text (.txt) article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise ArticleEncodingError(
                path,
                f"is neither UTF-8 nor Windows-1252 text (byte {exc.start})",
                "save the article as UTF-8 text",
            ) from None
    sample = text[:8192]
    if sample and len(_CONTROL.findall(sample)) > len(sample) // 100:
        raise BinaryArticle(path, "is a binary file, not text", "give a plain-text (.txt) article")
    return text


def normalize_text(text: str) -> str:
    """One canonical form: NFC, `\\n` newlines, no trailing spaces, no control characters."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", text).replace("\t", " ").replace("\u00a0", " ")
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


def slugify(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", name).lower()).strip("-")
    return slug or "article"


def parse_text(
    text: str,
    article_id: str = "article",
    published: str | None = None,
    fallback_title: str | None = None,
) -> Article:
    """Find title, dateline, paragraphs and subheads in `text`, without changing it."""
    blocks = split_paragraphs(text)
    title_span: Span | None = None
    if len(blocks) > 1 and _is_headline(blocks[0].text) and not _DATELINE.match(blocks[0].text):
        title_span = blocks[0]
        blocks = blocks[1:]
    paragraphs = tuple(Paragraph(span, heading=_is_headline(span.text)) for span in blocks)

    dateline: Span | None = None
    place = source = None
    first = next((p.span for p in paragraphs if not p.heading), None)
    if first is not None:
        found = _DATELINE.match(first.text)
        if found and len(found.group("place")) >= 3:
            dateline = Span(first.start, first.start + found.end(), found.group(0))
            place = found.group("place").title()
            source = found.group("source")

    if title_span is not None:
        title = title_span.text
    else:
        title = (fallback_title or article_id).replace("-", " ").replace("_", " ").strip().title()
    return Article(
        id=article_id,
        title=title,
        text=text,
        paragraphs=paragraphs,
        source=source,
        place=place,
        published=published,
        title_span=title_span,
        dateline=dateline,
    )


def split_paragraphs(text: str) -> tuple[Span, ...]:
    """Paragraphs are blocks between blank lines; in a text without blank lines, lines."""
    separator = r"\n[ \t]*\n+" if re.search(r"\n[ \t]*\n", text) else r"\n+"
    spans = []
    start = 0
    for gap in re.finditer(separator, text):
        spans.append(_trimmed(text, start, gap.start()))
        start = gap.end()
    spans.append(_trimmed(text, start, len(text)))
    return tuple(span for span in spans if span.text)


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, text[start:end])


def _is_headline(line: str) -> bool:
    """A short single line, starting with a capital or digit, with no sentence punctuation."""
    words = line.split()
    return (
        0 < len(words) <= _HEADLINE_MAX_WORDS
        and "\n" not in line
        and (line[0].isupper() or line[0].isdigit())
        and line.rstrip(_CLOSERS)[-1:] not in _SENTENCE_END
        and not re.search(r"[.!?][\"”’]?\s+[\"“‘]?[A-Z]", line)
    )
