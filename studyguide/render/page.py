"""Page geometry, type styles and the page frame that every document shares.

A document supplies only its story (the flowables); paper size, margins, fonts, colours
and the footer ("Page X of Y") are decided here, once.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, LayoutError, PageTemplate

from studyguide.errors import DoesNotFit, RenderError
from studyguide.render.fonts import FontFamily

PAPER_SIZES: dict[str, tuple[float, float]] = {"letter": LETTER, "a4": A4}

MARGIN: float = 0.75 * inch
FOOTER_GAP: float = 0.4 * inch
"""Distance from the bottom of the text frame down to the footer's baseline."""

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5f6368")
RULE = colors.HexColor("#9aa0a6")
SHADE = colors.HexColor("#f1f3f4")
ACCENT = colors.HexColor("#1f4e79")

_NO_PADDING = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}

BODY_SIZE = 10.5
BODY_LEADING = 14.0


@dataclass(frozen=True, slots=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    section: ParagraphStyle
    subsection: ParagraphStyle
    instruction: ParagraphStyle
    body: ParagraphStyle
    number: ParagraphStyle
    points: ParagraphStyle
    points_total: ParagraphStyle
    small: ParagraphStyle
    small_bold: ParagraphStyle
    muted: ParagraphStyle
    label: ParagraphStyle
    article: ParagraphStyle
    article_run: ParagraphStyle
    """A stretch of a long article paragraph that the next stretch goes on from."""
    subhead: ParagraphStyle


def make_styles(family: FontFamily) -> Styles:
    def style(name: str, **options: Any) -> ParagraphStyle:
        settings: dict[str, Any] = {
            "fontName": family.regular,
            "fontSize": BODY_SIZE,
            "leading": BODY_LEADING,
            "textColor": INK,
        }
        settings.update(options)
        return ParagraphStyle(name, **settings)

    return Styles(
        title=style("title", fontName=family.bold, fontSize=17, leading=21, spaceAfter=2),
        subtitle=style("subtitle", fontSize=10, leading=13, textColor=MUTED),
        section=style(
            "section",
            fontName=family.bold,
            fontSize=12,
            leading=15,
            textColor=ACCENT,
            spaceBefore=10,
        ),
        subsection=style(
            "subsection", fontName=family.bold, fontSize=10.5, leading=14, spaceBefore=6
        ),
        instruction=style(
            "instruction",
            fontName=family.italic,
            fontSize=9.5,
            leading=12,
            textColor=MUTED,
            spaceAfter=6,
        ),
        body=style("body"),
        number=style("number", fontName=family.bold),
        points=style(
            "points", fontSize=8.5, leading=BODY_LEADING, textColor=MUTED, alignment=TA_RIGHT
        ),
        points_total=style("points_total", fontName=family.bold, alignment=TA_RIGHT),
        small=style("small", fontSize=9, leading=11.5),
        small_bold=style("small_bold", fontName=family.bold, fontSize=9, leading=11.5),
        muted=style("muted", fontSize=8.5, leading=11, textColor=MUTED),
        label=style("label", fontName=family.bold, fontSize=8.5, leading=11, textColor=MUTED),
        article=style(
            "article",
            fontSize=10,
            leading=13.5,
            leftIndent=26,
            bulletIndent=0,
            bulletFontName=family.bold,
            bulletFontSize=8.5,
            bulletColor=MUTED,
            spaceAfter=6,
        ),
        article_run=style("article_run", fontSize=10, leading=13.5, leftIndent=26),
        subhead=style(
            "subhead",
            fontName=family.bold,
            fontSize=10.5,
            leading=14,
            leftIndent=26,
            spaceBefore=4,
            spaceAfter=4,
            keepWithNext=1,
        ),
    )


@dataclass(frozen=True, slots=True)
class Setup:
    """Everything a document needs to lay out its story."""

    paper: str
    family: FontFamily
    styles: Styles

    @property
    def page_size(self) -> tuple[float, float]:
        return PAPER_SIZES[self.paper]

    @property
    def width(self) -> float:
        """The width of the text frame."""
        return self.page_size[0] - 2 * MARGIN


def make_setup(paper: str, family: FontFamily) -> Setup:
    size = paper.lower()
    if size not in PAPER_SIZES:
        raise RenderError(
            f"unknown paper size {paper!r}",
            f"choose one of: {', '.join(PAPER_SIZES)}",
        )
    return Setup(size, family, make_styles(family))


def build_pdf(story: list[Flowable], setup: Setup, *, title: str, footer: str) -> bytes:
    """Lay out `story` on pages with the shared frame and footer; the PDF's bytes."""
    buffer = io.BytesIO()
    width, height = setup.page_size
    # No frame padding: the margins alone decide where text may go, so tables sized to
    # `setup.width` line up with the footer rule.
    frame = Frame(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN, id="text", **_NO_PADDING)
    document = BaseDocTemplate(
        buffer,
        pagesize=setup.page_size,
        pageTemplates=[PageTemplate(id="page", frames=[frame])],
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author="studyguide",
        creator="studyguide",
        invariant=1,
        initialFontName=setup.family.regular,
    )

    def make_canvas(*args: Any, **kwargs: Any) -> _FooterCanvas:
        return _FooterCanvas(*args, footer=footer, family=setup.family, **kwargs)

    try:
        document.build(story, canvasmaker=make_canvas)
    except LayoutError as error:
        raise DoesNotFit(title) from error
    return buffer.getvalue()


def _fit(text: str, font_name: str, size: float, width: float) -> str:
    """`text`, shortened with an ellipsis if it is wider than `width`."""
    if stringWidth(text, font_name, size) <= width:
        return text
    while text and stringWidth(text + "…", font_name, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class _FooterCanvas(Canvas):  # type: ignore[misc]
    """A canvas that holds its pages back until the end, to print "Page X of Y" on each."""

    def __init__(self, *args: Any, footer: str, family: FontFamily, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._family = family
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for number, page in enumerate(self._held_pages, start=1):
            self.__dict__.update(page)
            self._draw_footer(number, total)
            super().showPage()
        super().save()

    def _draw_footer(self, number: int, total: int) -> None:
        width, _ = self._pagesize
        y = MARGIN - FOOTER_GAP
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, y + 11, width - MARGIN, y + 11)
        self.setFillColor(MUTED)
        self.setFont(self._family.regular, 8)
        self.drawString(
            MARGIN, y, _fit(self._footer, self._family.regular, 8, width - 2 * MARGIN - 90)
        )
        self.drawRightString(width - MARGIN, y, f"Page {number} of {total}")
        self.restoreState()
