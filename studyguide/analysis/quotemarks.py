"""Pairing quote marks into quoted stretches of text.

News mixes straight and curly marks, leaves marks unclosed at the end of a paragraph when
the quote goes on in the next one, and sometimes simply has one mark too many. The
scanner reads paragraph by paragraph, decides for each mark whether it opens or closes
from the characters around it, and never lets one stray mark swallow the rest of the
article: a quote never crosses a paragraph boundary unopened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from studyguide.analysis.lang import QuoteMarks
from studyguide.model import Span

_SENTENCE_END = re.compile(r"[.?!](?= [A-Z])")

_BEFORE_OPENING = " \n([{—–-/:;,"
"""A straight mark after one of these (or at a paragraph start) opens a quote."""


@dataclass(frozen=True, slots=True)
class Quoted:
    """A stretch of text between quote marks."""

    inner: Span
    """The words inside the marks."""
    outer: Span
    """The words with their marks."""
    unclosed: bool = False
    """Opened but not closed in its paragraph: the quote runs on into the next paragraph."""


def find_quoted(text: str, paragraphs: tuple[Span, ...], marks: QuoteMarks) -> tuple[Quoted, ...]:
    """Every quoted stretch of double (or curly single) quotes, paragraph by paragraph, in
    the language whose quote marks are `marks`."""
    found: list[Quoted] = []
    for index, paragraph in enumerate(paragraphs):
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        runs_on = following is not None and (
            following.text[:1] in marks.opening + marks.straight
            or following.text[:2] in marks.doubled
        )
        found.extend(_double_quoted(marks, text, paragraph, runs_on))
        found.extend(_single_quoted(marks, text, paragraph, found))
    found.sort(key=lambda q: q.outer.start)
    return tuple(found)


def _double_quoted(marks: QuoteMarks, text: str, paragraph: Span, runs_on: bool) -> list[Quoted]:
    out: list[Quoted] = []
    opened: tuple[int, int] | None = None
    position = paragraph.start
    while position < paragraph.end:
        width = _mark_width(marks, text, position, paragraph.end)
        if not width:
            position += 1
            continue
        mark = text[position]
        role = _role(marks, text, position, width, paragraph)
        if opened is None:
            if role != "close":
                opened = (position, width)
        elif role == "open" and mark in marks.opening:
            # A curly opening mark inside an open quote: the earlier mark was stray.
            opened = (position, width)
        elif role == "open" and _after_sentence(text, position, width, opened[0]):
            # '"...anymore. "I was once...': the next paragraph of a quote, run into one
            # line; the quote before it ends without a closing mark.
            out.append(_quoted(text, opened[0], position, opened[1], 0))
            opened = (position, width)
        elif role == "open" and (stop := _SENTENCE_END.search(text, opened[0], position)):
            # 'were "only 10% of it. Dr Gibbons said ... after "tremendous change"': a mark
            # that opens, and the quote before it left unclosed at its sentence's end.
            out.append(_quoted(text, opened[0], stop.start() + 1, opened[1], 0))
            opened = (position, width)
        else:
            out.append(_quoted(text, opened[0], position + width, opened[1], width))
            opened = None
        position += width
    if opened is not None and (runs_on or opened[0] == paragraph.start):
        out.append(_quoted(text, opened[0], paragraph.end, opened[1], 0, unclosed=True))
    return [q for q in out if q.inner.text]


def _mark_width(marks: QuoteMarks, text: str, position: int, end: int) -> int:
    """1 for a double quote mark, 2 for two apostrophes or backticks used as one, else 0."""
    mark = text[position]
    if mark in marks.opening + marks.closing + marks.straight:
        return 1
    pair = text[position : position + 2]
    following = text[position + 2] if position + 2 < end else ""
    singles = marks.apostrophes + marks.single_opening + marks.single_closing
    if (
        pair in marks.doubled
        and position + 2 <= end
        and (not following or following not in singles)
    ):
        return 2
    return 0


def _single_quoted(
    marks: QuoteMarks, text: str, paragraph: Span, doubles: list[Quoted]
) -> list[Quoted]:
    """Curly single quotes used as quotation marks (‘like this’), not as apostrophes."""
    out: list[Quoted] = []
    position = paragraph.start
    while True:
        start = text.find(marks.single_opening, position, paragraph.end)
        if start < 0:
            return out
        end = start + 1
        while True:
            end = text.find(marks.single_closing, end, paragraph.end)
            if end < 0 or end + 1 >= paragraph.end or not text[end + 1].isalpha():
                break
            end += 1  # an apostrophe inside the quote: don’t
        if end < 0:
            return out
        inside_double = any(q.outer.start <= start < q.outer.end for q in doubles)
        if not inside_double and end > start + 1:
            out.append(_quoted(text, start, end + 1))
        position = end + 1


def _after_sentence(text: str, position: int, width: int, opened: int) -> bool:
    """A mark with a space before it, after the end of a quoted sentence ("... win. \"I")."""
    before = text[opened + 1 : position - 1].rstrip("'’")  # "...ridiculous.' \"But"
    return (
        text[position - 1] == " "
        and before[-1:] in {".", "?", "!", "…"}
        and text[position + width : position + width + 1].isalnum()
    )


def _role(marks: QuoteMarks, text: str, position: int, width: int, paragraph: Span) -> str:
    mark = text[position]
    if mark in marks.opening or text[position : position + 2] == "``":
        return "open"
    if mark in marks.closing:
        return "close"
    before = text[position - 1] if position > paragraph.start else " "
    after = text[position + width] if position + width < paragraph.end else " "
    if before in _BEFORE_OPENING and not after.isspace():
        return "open"
    if after.isspace() or after in ".,;:!?)]—–-'’":
        return "close"
    return "either"


def _quoted(
    text: str, start: int, end: int, opening: int = 1, closing: int = 1, unclosed: bool = False
) -> Quoted:
    inner_start = start + opening
    inner_end = end - closing
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    # The comma before the closing mark belongs to the frame ("...," she said), not the words.
    while inner_end > inner_start and (text[inner_end - 1].isspace() or text[inner_end - 1] == ","):
        inner_end -= 1
    return Quoted(
        inner=Span(inner_start, inner_end, text[inner_start:inner_end]),
        outer=Span(start, end, text[start:end]),
        unclosed=unclosed,
    )
