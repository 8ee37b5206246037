"""Printable PDFs from a question bank: worksheet, answer key and study guide.

Each function returns the PDF's bytes; the caller decides where they go. The same bank
always gives the same bytes. Font problems are reported as `RenderWarning`s (through the
`warnings` module), never printed.
"""

from __future__ import annotations

import re
from pathlib import Path

from studyguide.model import Bank
from studyguide.render.answer_key import AnswerKey
from studyguide.render.arrangement import MAX_VERSIONS, arrange_versions
from studyguide.render.fonts import (
    FontFallbackWarning,
    MissingGlyphsWarning,
    RenderWarning,
    load_font,
    warn_missing_glyphs,
)
from studyguide.render.page import PAPER_SIZES, Setup, make_setup
from studyguide.render.pdf_document import bank_texts
from studyguide.render.study_guide import StudyGuide
from studyguide.render.worksheet import Worksheet

__all__ = [
    "MAX_VERSIONS",
    "PAPER_SIZES",
    "FontFallbackWarning",
    "MissingGlyphsWarning",
    "RenderWarning",
    "page_count",
    "render_answer_key",
    "render_documents",
    "render_study_guide",
    "render_worksheet",
]


def render_worksheet(bank: Bank, *, paper: str = "letter", font: Path | None = None) -> bytes:
    """The worksheet: questions by type with answer circles, boxes and lines; points."""
    return Worksheet(bank, _setup(bank, paper, font)).render()


def render_answer_key(bank: Bank, *, paper: str = "letter", font: Path | None = None) -> bytes:
    """The answer key: each answer with its evidence and paragraph number."""
    return AnswerKey(bank, _setup(bank, paper, font)).render()


def render_study_guide(bank: Bank, *, paper: str = "letter", font: Path | None = None) -> bytes:
    """The study guide: the article at a glance, who's who, who said what, timeline, text."""
    return StudyGuide(bank, _setup(bank, paper, font)).render()


def render_documents(
    bank: Bank,
    *,
    worksheet: bool = True,
    key: bool = True,
    guide: bool = True,
    paper: str = "letter",
    font: Path | None = None,
    versions: int | None = None,
    seed: int = 0,
    practice: bool | None = None,
) -> dict[str, bytes]:
    """The documents asked for, by file-name suffix: "worksheet.pdf", "answer-key.pdf",
    "study-guide.pdf" (in that order).

    The study guide ends with the bank's questions as practice (`practice`), by default
    only when the worksheet is not printed with it: handed out together, the guide would
    answer the worksheet.

    With `versions`, the worksheet and answer key come in that many versions, their
    questions and options shuffled from `seed`: "worksheet-A.pdf", "answer-key-A.pdf",
    "worksheet-B.pdf" ..., then the one study guide. Raises ValueError for more versions
    than `MAX_VERSIONS`.
    """
    setup = _setup(bank, paper, font)
    documents: dict[str, bytes] = {}
    if versions is None:
        if worksheet:
            documents[Worksheet.suffix] = Worksheet(bank, setup).render()
        if key:
            documents[AnswerKey.suffix] = AnswerKey(bank, setup).render()
    else:
        for form in arrange_versions(bank, versions, seed):
            for kind, asked in ((Worksheet, worksheet), (AnswerKey, key)):
                if asked:
                    stem = kind.suffix.removesuffix(".pdf")
                    documents[f"{stem}-{form.version}.pdf"] = kind(bank, setup, form).render()
    if guide:
        with_practice = not worksheet if practice is None else practice
        documents[StudyGuide.suffix] = StudyGuide(bank, setup, practice=with_practice).render()
    return documents


_PAGE_COUNT = re.compile(rb"/Count (\d+)")


def page_count(pdf: bytes) -> int:
    """The number of pages of a PDF these functions made (its page tree is one flat list)."""
    counts = [int(found) for found in _PAGE_COUNT.findall(pdf)]
    return max(counts, default=0)


def _setup(bank: Bank, paper: str, font: Path | None) -> Setup:
    family = load_font(font)
    setup = make_setup(paper, family)
    warn_missing_glyphs(family, bank_texts(bank))
    return setup
