"""The study guide's timeline: dated events along a vertical line, drawn with reportlab.graphics.

Each event is its own drawing, and the line runs through them edge to edge, so a long
timeline reads as one picture and can still continue on the next page. Events at times the
article does not date ("on Thursday") come last, with open dots on a dashed line.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Line, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from studyguide.digest import TimelineEvent
from studyguide.render.fonts import FontFamily
from studyguide.render.page import ACCENT, INK, MUTED, RULE

_DATE_WIDTH = 104.0
_SPINE_GAP = 14.0
_SIZE = 9.5
_LEADING = 12.5
_NOTE_SIZE = 7.5
_ROW_GAP = 10.0
_DOT_RADIUS = 3.6


def timeline_drawings(
    events: tuple[TimelineEvent, ...], family: FontFamily, width: float
) -> list[Drawing]:
    spine = _DATE_WIDTH + _SPINE_GAP
    text_left = spine + _SPINE_GAP
    drawings = []
    for index, event in enumerate(events):
        lines = wrap(event.what, family.regular, _SIZE, width - text_left)
        dates = wrap(event.when, family.bold, _SIZE, _DATE_WIDTH)
        note = f"paragraph {event.paragraph}" if event.paragraph is not None else None
        label_height = len(dates) * _LEADING + (_LEADING if note else 0)
        height = max(len(lines) * _LEADING, label_height) + _ROW_GAP
        drawing = Drawing(width, height)
        first_baseline = height - _SIZE
        dot_y = first_baseline + _SIZE * 0.35
        top = height if index > 0 else dot_y
        bottom = 0 if index < len(events) - 1 else dot_y
        if top > bottom:
            line = Line(spine, bottom, spine, top, strokeColor=RULE, strokeWidth=1.4)
            if not event.placed:
                line.strokeDashArray = [2, 2]
            drawing.add(line)
        # An open dot on a dashed line: a time the article names without dating it.
        fill = ACCENT if event.placed else colors.white
        drawing.add(
            Circle(spine, dot_y, _DOT_RADIUS, fillColor=fill, strokeColor=ACCENT, strokeWidth=1)
        )
        for number, line in enumerate(dates):
            drawing.add(
                String(
                    _DATE_WIDTH,
                    first_baseline - number * _LEADING,
                    line,
                    fontName=family.bold,
                    fontSize=_SIZE,
                    fillColor=INK,
                    textAnchor="end",
                )
            )
        if note:
            drawing.add(
                String(
                    _DATE_WIDTH,
                    first_baseline - len(dates) * _LEADING,
                    note,
                    fontName=family.regular,
                    fontSize=_NOTE_SIZE,
                    fillColor=MUTED,
                    textAnchor="end",
                )
            )
        for number, line in enumerate(lines):
            drawing.add(
                String(
                    text_left,
                    first_baseline - number * _LEADING,
                    line,
                    fontName=family.regular,
                    fontSize=_SIZE,
                    fillColor=INK,
                )
            )
        drawings.append(drawing)
    return drawings


def wrap(text: str, font_name: str, size: float, width: float) -> list[str]:
    """Break `text` into lines no wider than `width`, between words where it can."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if stringWidth(candidate, font_name, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while stringWidth(current, font_name, size) > width and len(current) > 1:
            cut = len(current) - 1
            while cut > 1 and stringWidth(current[:cut], font_name, size) > width:
                cut -= 1
            lines.append(current[:cut])
            current = current[cut:]
    if current:
        lines.append(current)
    return lines or [""]
