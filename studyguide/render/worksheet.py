"""The worksheet a class writes on: questions grouped by type, numbered through, with points."""

from __future__ import annotations

from reportlab.lib.units import inch
from reportlab.platypus import Flowable, Spacer, Table

from studyguide.errors import counted
from studyguide.render.arrangement import PrintedQuestion, Section
from studyguide.render.page import INK
from studyguide.render.pdf_document import FormDocument, keep_together, markup, plain_table, text
from studyguide.render.questions import printing

NUMBER_COLUMN = 24.0
POINTS_COLUMN = 48.0


def points_label(points: int) -> str:
    return counted(points, "point")


class Worksheet(FormDocument):
    name = "Worksheet"
    suffix = "worksheet.pdf"

    def story(self) -> list[Flowable]:
        story = [*self.header(self.version_line), self._student_lines(), self.rule()]
        for index, section in enumerate(self.form.sections, start=1):
            story.extend(self._section(index, section))
        return story

    def _student_lines(self) -> Flowable:
        styles = self.styles
        count = len(self.form.questions)
        summary = counted(count, "question")
        rows: list[list[object]] = [
            [
                text("Name", styles.body),
                "",
                text("Class", styles.body),
                "",
                text("Date", styles.body),
                "",
            ],
            [
                text(summary, styles.muted),
                "",
                "",
                "",
                text("Score", styles.body),
                text(f"/ {self.form.points}", styles.points_total),
            ],
        ]
        width = self.setup.width
        widths = [40.0, width * 0.42, 40.0, width * 0.2, 36.0]
        widths.append(width - sum(widths))
        return plain_table(
            rows,
            widths,
            ("LINEBELOW", (1, 0), (1, 0), 0.6, INK),
            ("LINEBELOW", (3, 0), (3, 0), 0.6, INK),
            ("LINEBELOW", (5, 0), (5, 1), 0.6, INK),
            ("RIGHTPADDING", (1, 0), (1, 0), 14),
            ("RIGHTPADDING", (3, 0), (3, 0), 14),
            ("TOPPADDING", (0, 1), (-1, 1), 14),
            ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),
            ("SPAN", (0, 1), (3, 1)),
        )

    def _section(self, index: int, section: Section) -> list[Flowable]:
        kind = printing(section.type)
        count = len(section.questions)
        heading = [
            text(f"Part {index}: {section.type.label}", self.styles.section),
            text(
                f"{kind.instruction} ({counted(count, 'question')}, "
                f"{points_label(section.points)})",
                self.styles.instruction,
            ),
        ]
        blocks: list[Flowable] = []
        for position, printed in enumerate(section.questions):
            block = self._question(printed)
            # The section heading travels with its first question, never alone at a page foot.
            blocks.append(keep_together([*heading, *block] if position == 0 else block))
        return blocks

    def _question(self, printed: PrintedQuestion) -> list[Flowable]:
        styles = self.styles
        kind = printing(printed.question.type)
        body_width = self.setup.width - NUMBER_COLUMN - POINTS_COLUMN
        rows: list[list[object]] = [
            [
                text(f"{printed.number}.", styles.number),
                markup(kind.prompt_markup(printed), styles.body),
                text(points_label(printed.question.points), styles.points),
            ]
        ]
        rows.extend(["", flowable, ""] for flowable in kind.body(printed, self.setup, body_width))
        table: Table = plain_table(
            rows,
            [NUMBER_COLUMN, body_width, POINTS_COLUMN],
            ("TOPPADDING", (0, 1), (-1, -1), 4),
        )
        return [table, Spacer(1, 0.16 * inch)]
