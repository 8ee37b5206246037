"""Small drawn marks a worksheet needs: answer circles, number boxes, writing lines."""

from __future__ import annotations

from reportlab.platypus import Flowable

from studyguide.render.page import BODY_LEADING, INK, RULE

_MARK_SIZE = 13.0
_BASELINE_DROP = 10.5
"""A Paragraph sets its first baseline one font size below its top; marks centre on the
middle of the lower-case letters there, so they line up with the text beside them."""


class Bubble(Flowable):  # type: ignore[misc]
    """A circle with a letter inside, for the student to circle or fill in."""

    def __init__(self, label: str, font_name: str) -> None:
        super().__init__()
        self.label = label
        self.font_name = font_name

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return _MARK_SIZE + 1, BODY_LEADING

    def draw(self) -> None:
        canvas = self.canv
        radius = _MARK_SIZE / 2
        centre_y = BODY_LEADING - _BASELINE_DROP + 3.6
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.7)
        canvas.circle(radius + 0.5, centre_y, radius, stroke=1, fill=0)
        canvas.setFillColor(INK)
        canvas.setFont(self.font_name, 7.5)
        canvas.drawCentredString(radius + 0.5, centre_y - 2.7, self.label)


class Box(Flowable):  # type: ignore[misc]
    """An empty square to write a number in."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return _MARK_SIZE + 4, BODY_LEADING

    def draw(self) -> None:
        size = _MARK_SIZE
        bottom = BODY_LEADING - _BASELINE_DROP + 3.6 - size / 2
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.7)
        self.canv.rect(0.5, bottom, size, size, stroke=1, fill=0)


class WritingLines(Flowable):  # type: ignore[misc]
    """Ruled lines to write an answer on."""

    spacing = 24.0

    def __init__(self, count: int) -> None:
        super().__init__()
        self.count = count
        self.width = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.count * self.spacing

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.6)
        for index in range(self.count):
            y = index * self.spacing + 2
            self.canv.line(0, y, self.width, y)


class AnswerLine(Flowable):  # type: ignore[misc]
    """A short line to write a letter or word on, level with the first line of text beside it."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.line_width = width

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.line_width, BODY_LEADING

    def draw(self) -> None:
        y = BODY_LEADING - _BASELINE_DROP - 2
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.6)
        self.canv.line(0, y, self.line_width, y)
