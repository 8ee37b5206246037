"""Plain text into an `Article`: title, dateline, byline, paragraphs and subheads.

Reading normalises the text once (newlines, byte-order mark, trailing spaces, Unicode
composition); everything after that points into the normalised text with character
offsets, so `parse_text` never changes the text it is given. Markdown and web pages are
reduced to `Block`s of plain text and put together by `assemble`, so that their articles
are plain text too, with the same offsets everywhere.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from studyguide.model import Article, Paragraph, Span

_SENTENCE_END = ".!?;:…,"
"""A line ending in one of these (closing quotes aside) is prose, not a headline or subhead."""

_CLOSERS = "\"'”’)]"

_HEADLINE_MAX_WORDS = 20

_DATELINE = re.compile(
    r"""^(?P<place>[A-Z][A-Z.'\- ]*[A-Z.](?:,\s+[A-Z][A-Za-z.'\- ]+)?)   # DAMASCUS / WASHINGTON, D.C.
        (?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?                              # , Nov 3
        \s*(?:\((?P<source>[^()\n]{2,40})\))?                                # (Sputnik)
        \s*(?:—|―|–|--|-)\s*""",
    re.VERBOSE,
)

_MIN_PLACE = 3
"""The fewest letters of a dateline's place: two capitals before a dash ("UK - ") more often
open a sentence."""

_BYLINE = re.compile(r"(?:By|BY)\s+(?P<name>[A-Z][^\n!?;:]{1,80}(?<![.,]))")
"""A line of its own such as "By Anna Lind" or "By Anna Lind and Tom Berg, Reuters"."""

_BYLINE_SEARCH_BLOCKS = 3
"""A byline stands among the first few blocks after the headline, never further down."""

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,30});")
"""A character written as a web page writes it, left in text copied from one: "&#233;",
"&lt;", "&amp;"."""
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

PARAGRAPH_BREAK = "\n\n"


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph or subhead of plain text, as a Markdown or HTML reader finds it."""

    text: str
    heading: bool = False


def normalize_text(text: str) -> str:
    """One canonical form: NFC, `\\n` newlines, no trailing spaces, no control characters,
    and no character written as a web page's entity ("pass&#233;" as "passé")."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = _ENTITY.sub(lambda found: html.unescape(found.group(0)), text)
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
    """Find title, dateline, byline, paragraphs and subheads in `text`, without changing it."""
    blocks = split_paragraphs(text)
    title_span: Span | None = None
    if (
        len(blocks) > 1
        and not _DATELINE.match(blocks[0].text)
        and (
            is_headline(blocks[0].text, title=True)
            or _decked(blocks[0].text)
            or _before_dateline(blocks[0].text, blocks[1].text)
        )
    ):
        title_span = blocks[0]
        blocks = blocks[1:]
    paragraphs = tuple(Paragraph(span, heading=is_headline(span.text)) for span in blocks)
    return _finish(
        text,
        paragraphs,
        title_span,
        article_id=article_id,
        published=published,
        fallback_title=fallback_title,
    )


def _decked(block: str) -> bool:
    """Whether a block is a headline and its deck a semicolon apart, on one line or two, as
    news archives print them ("Super PAC haul surges past $1B; Small group of rich donors
    pushes tally beyond total for 2012."): after a semicolon, prose goes on in lower case."""
    parts = re.split(r";\s+", block, maxsplit=1)
    return len(parts) == 2 and all(
        is_headline(part.removesuffix("."), title=True) for part in parts
    )


def _before_dateline(line: str, next_block: str) -> bool:
    """Whether a short line stands before a paragraph that opens on a dateline, as only a
    headline does, whatever its punctuation ("Clinton wins primary in New York." above "NEW
    YORK (AP) — ...")."""
    return (
        _dateline(next_block) is not None
        and "\n" not in line
        and len(line.split()) <= _HEADLINE_MAX_WORDS
    )


def _dateline(text: str) -> re.Match[str] | None:
    """The dateline the text opens on ("NEW YORK (AP) — "), or None."""
    found = _DATELINE.match(text)
    return found if found is not None and len(found.group("place")) >= _MIN_PLACE else None


def assemble(
    blocks: Sequence[Block],
    title: str | None,
    article_id: str = "article",
    published: str | None = None,
    fallback_title: str | None = None,
    source: str | None = None,
    byline: str | None = None,
) -> Article:
    """An article whose text is `title` and `blocks` one after the other, a blank line apart.

    Markdown and HTML readers know which blocks are subheads and which line is the title,
    so nothing is guessed here but the dateline and the byline. `source` and `byline`, when
    given (from a web page's metadata), win over what the text shows.
    """
    pieces: list[tuple[str, bool]] = []
    clean_title = _one_line(normalize_text(title)) if title else ""
    if clean_title:
        pieces.append((clean_title, True))
    for block in blocks:
        clean = normalize_text(block.text).strip()
        if clean:
            pieces.append((clean, block.heading))
    text = ""
    spans: list[tuple[Span, bool]] = []
    for piece, heading in pieces:
        if text:
            text += PARAGRAPH_BREAK
        spans.append((Span(len(text), len(text) + len(piece), piece), heading))
        text += piece
    title_span = spans[0][0] if clean_title else None
    paragraphs = tuple(
        Paragraph(span, heading) for span, heading in spans[1 if clean_title else 0 :]
    )
    return _finish(
        text,
        paragraphs,
        title_span,
        article_id=article_id,
        published=published,
        fallback_title=fallback_title,
        source=source,
        byline=byline,
    )


def split_paragraphs(text: str) -> tuple[Span, ...]:
    """Paragraphs are blocks between blank lines; in a text without blank lines, lines.
    Within a block, a line break after a sentence's end before a capital starts a new
    paragraph too: a feed that puts its headline apart but its paragraphs on single lines
    is not one long paragraph. A line wrapped inside a sentence stays in it."""
    if re.search(r"\n[ \t]*\n", text):
        separator = r"\n[ \t]*\n+|(?<=[.!?\"”’'])[ \t]*\n(?=[ \t]*[\"“‘'A-Z])"
    else:
        separator = r"\n+"
    spans = []
    start = 0
    for gap in re.finditer(separator, text):
        spans.append(_trimmed(text, start, gap.start()))
        start = gap.end()
    spans.append(_trimmed(text, start, len(text)))
    return tuple(span for span in spans if span.text)


def _finish(
    text: str,
    paragraphs: tuple[Paragraph, ...],
    title_span: Span | None,
    *,
    article_id: str,
    published: str | None,
    fallback_title: str | None,
    source: str | None = None,
    byline: str | None = None,
) -> Article:
    """Find the byline and the dateline among `paragraphs`, and name the article."""
    paragraphs, found_byline = _mark_byline(paragraphs)
    paragraphs, dateline, found = _find_dateline(paragraphs)
    place = None
    if found is not None:
        place = found.group("place").title()
        source = source or found.group("source")

    if title_span is not None:
        title = _one_line(title_span.text)
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
        byline=byline or found_byline,
    )


def _find_dateline(
    paragraphs: tuple[Paragraph, ...],
) -> tuple[tuple[Paragraph, ...], Span | None, re.Match[str] | None]:
    """The dateline opening the first paragraph, or standing alone as a line of its own
    ("JOHANNESBURG, August 7 (Xinhua) --"), where it would otherwise pass for a subhead."""
    for index, paragraph in enumerate(paragraphs):
        span = paragraph.span
        found = _dateline(span.text)
        if found:
            if paragraph.heading and found.end() != len(span.text):
                continue
            dateline = Span(span.start, span.start + found.end(), found.group(0))
            if paragraph.heading:
                # the dateline is kept apart by `dateline`; its date is a date of the story
                marked = Paragraph(span, heading=False)
                paragraphs = paragraphs[:index] + (marked,) + paragraphs[index + 1 :]
            return paragraphs, dateline, found
        if not paragraph.heading:
            break
    return paragraphs, None, None


def _mark_byline(
    paragraphs: tuple[Paragraph, ...],
) -> tuple[tuple[Paragraph, ...], str | None]:
    """A "By Anna Lind" line near the top is kept out of the prose, like a subhead."""
    for index, paragraph in enumerate(paragraphs[:_BYLINE_SEARCH_BLOCKS]):
        found = _BYLINE.fullmatch(paragraph.span.text)
        if found:
            marked = Paragraph(paragraph.span, heading=True)
            rest = paragraphs[:index] + (marked,) + paragraphs[index + 1 :]
            return rest, found.group("name").strip()
        if not paragraph.heading:
            break
    return paragraphs, None


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, text[start:end])


def is_headline(line: str, title: bool = False) -> bool:
    """A short single line, starting with a capital or digit (for a `title`, after any
    opening quote mark), with no sentence punctuation (a `title` may end on "?", and on a
    full stop where it is set in title case)."""
    words = line.split()
    if not (0 < len(words) <= _HEADLINE_MAX_WORDS and "\n" not in line):
        return False
    if title and line.rstrip(_CLOSERS).endswith(".") and _title_cased(words):
        return True  # "Clinton Breaks With Obama On 9/11 Lawsuit Bill."
    return (
        # A headline may open on a quote mark ("'Fido' to be taken off vote lists"); a
        # subhead that does is more likely a short quote of its own.
        ((line.lstrip("'\"‘“") if title else line)[:1].isupper() or line[0].isdigit())
        # A headline may ask ("What's next for next-gen consoles?"); a subhead that asks is
        # as often a reader's question printed in the text.
        and line.rstrip(_CLOSERS)[-1:]
        not in (_SENTENCE_END.replace("?", "") if title else _SENTENCE_END)
        and not re.search(r"[.!?][\"”’]?\s+[\"“‘]?[A-Z]", line)
        # A quoted sentence with its speaker ("“We will rebuild.” — Governor Collins").
        and not (title and re.search(r"[.!?,][\"”’]", line))
    )


_MINOR_WORDS = frozenset(
    "a an and as at but by for from in into nor of off on or out over per the to up via vs".split()
)
"""Words a title-cased headline leaves in lower case."""
_MIN_CAPITALISED = 3
_CAPITALISED_SHARE = 0.85


def _title_cased(words: list[str]) -> bool:
    """Whether a line capitalises its words as a headline does ("Clinton Breaks With Obama
    On 9/11 Lawsuit Bill"), where a sentence capitalises only its names: nearly every word
    but the short minor ones, and at least three of them."""
    major = [
        bare
        for word in words
        if (bare := word.strip("‘’'\"“”()[]:;,.!?…–—-"))[:1].isalpha()
        and bare.lower() not in _MINOR_WORDS
    ]
    capitals = sum(word[0].isupper() for word in major)
    return capitals >= _MIN_CAPITALISED and capitals >= _CAPITALISED_SHARE * len(major)
