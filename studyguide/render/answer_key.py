"""The answer key: each answer with the evidence and the paragraph it comes from.

Quick answers (letters, T/F, words, a short answer by its shortest accepted form) come first
in a grid, for marking a class set fast; then every question in worksheet order with its
answer, notes for the marker, and evidence.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from studyguide.digest import ArticleText, number_paragraphs
from studyguide.model import Bank, Evidence, Question
from studyguide.render.arrangement import Form, PrintedQuestion, Section
from studyguide.render.markup import escape
from studyguide.render.page import RULE, SHADE, Setup
from studyguide.render.pdf_document import FormDocument, keep_together, markup, plain_table, text
from studyguide.render.questions import printing
from studyguide.render.worksheet import points_label

_LETTERS_PER_ROW = 8
_WORDS_PER_ROW = 3


class AnswerKey(FormDocument):
    name = "Answer key"
    suffix = "answer-key.pdf"

    def __init__(self, bank: Bank, setup: Setup, form: Form | None = None) -> None:
        super().__init__(bank, setup, form)
        self._texts = {article.id: number_paragraphs(article) for article in bank.articles}

    def story(self) -> list[Flowable]:
        story = self.header(self.version_line, f"Total {points_label(self.form.points)}")
        story.append(self.rule())
        quick = self._quick_answers()
        if quick:
            story.extend(quick)
        for index, section in enumerate(self.form.sections, start=1):
            story.extend(self._section(index, section))
        return story

    def _quick_answers(self) -> list[Flowable]:
        """Every answer that fits in a glance, in worksheet order: letters (A–D, T/F) in a
        grid of `_LETTERS_PER_ROW`, words and keys in a grid of `_WORDS_PER_ROW`."""
        letters: list[Flowable] = []
        words: list[Flowable] = []
        for printed in self.form.questions:
            answer = printing(printed.question.type).quick(printed)
            if answer is None:
                continue
            cell = markup(f"{printed.number}.&nbsp; <b>{escape(answer)}</b>", self.styles.body)
            (letters if len(answer) <= 2 else words).append(cell)
        story: list[Flowable] = []
        for cells, per_row in ((letters, _LETTERS_PER_ROW), (words, _WORDS_PER_ROW)):
            if cells:
                story += [Spacer(1, 3), self._grid(cells, per_row)]
        if not story:
            return []
        return [text("Quick answers", self.styles.subsection), *story]

    def _grid(self, cells: list[Flowable], per_row: int) -> Flowable:
        rows: list[list[object]] = [
            list(cells[start : start + per_row]) for start in range(0, len(cells), per_row)
        ]
        rows[-1] += [""] * (per_row - len(rows[-1]))
        return plain_table(
            rows,
            [self.setup.width / per_row] * per_row,
            ("BACKGROUND", (0, 0), (-1, -1), SHADE),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
        )

    def _section(self, index: int, section: Section) -> list[Flowable]:
        heading = text(f"Part {index}: {section.type.label}", self.styles.section)
        rows = [self._row(printed) for printed in section.questions]
        # The heading stays with the first row; the other rows may run on to the next page.
        story: list[Flowable] = [keep_together([heading, Spacer(1, 2), self._table(rows[:1])])]
        if len(rows) > 1:
            story.append(self._table(rows[1:]))
        return story

    def _table(self, rows: list[list[object]]) -> Flowable:
        width = self.setup.width
        number, points = 24.0, 44.0
        answer = (width - number - points) * 0.46
        return plain_table(
            rows,
            [number, answer, width - number - points - answer, points],
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (1, 0), (2, -1), 10),
        )

    def _row(self, printed: PrintedQuestion) -> list[object]:
        styles = self.styles
        question = printed.question
        lines = printing(question.type).answer(printed)
        answer_cell = [
            text(question.prompt, styles.muted),
            markup(lines[0], styles.body),
            *(markup(line, styles.small) for line in lines[1:]),
        ]
        return [
            text(f"{printed.number}.", styles.number),
            answer_cell,
            self._evidence(question),
            text(points_label(question.points), styles.points),
        ]

    def _evidence(self, question: Question) -> list[Flowable]:
        article_text = self._texts.get(question.article)
        return [
            markup(
                f"<b>{escape(self._where(question, evidence, article_text))}</b>  "
                + escape(evidence.text),
                self.styles.small,
            )
            for evidence in question.evidence
        ] or [text("No evidence given.", self.styles.muted)]

    def _where(
        self, question: Question, evidence: Evidence, article_text: ArticleText | None
    ) -> str:
        number = article_text.paragraph_at(evidence.start) if article_text is not None else None
        where = f"Paragraph {number}" if number is not None else "Article"
        if len(self.bank.articles) > 1:
            article = self.bank.article(question.article)
            if article is not None:
                where = f"{article.title}, {where[0].lower()}{where[1:]}"
        return where + ":"
