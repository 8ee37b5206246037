"""How each question type prints: its section instruction, its worksheet body, its key answer.

One entry in `PRINTINGS` per question type; a new type is one new entry here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from studyguide.model import BLANK, FALSE, TRUE, QuestionType
from studyguide.render.arrangement import PrintedQuestion, letter
from studyguide.render.flowables import AnswerLine, Box, Bubble, WritingLines
from studyguide.render.markup import escape
from studyguide.render.page import BODY_SIZE, Setup
from studyguide.render.pdf_document import plain_table, text

_WORKSHEET_BLANK = "_" * 18
"""The gap of a fill-in-the-blank prompt as printed: long enough to write a few words in."""

_BLANK_MARK = re.compile(re.escape(BLANK) + "_*")

_MARK_COLUMN = 20.0
"""Width of the column holding a bubble or box, before the option's text."""


Body = Callable[[PrintedQuestion, Setup, float], list[Flowable]]
"""The flowables under a question's prompt, laid out in the given width."""

Answer = Callable[[PrintedQuestion], tuple[str, ...]]
"""A question's answer as markup lines: the answer itself, then notes for the marker."""

Quick = Callable[[PrintedQuestion], str | None]
"""A question's answer at a glance, as plain text for the key's quick answers ("B", "T",
"1–C, 2–A"); None where the answer needs reading."""


@dataclass(frozen=True, slots=True)
class Printing:
    instruction: str
    """What the section tells the student to do."""
    body: Body
    answer: Answer
    quick: Quick
    prompt_markup: Callable[[PrintedQuestion], str] = lambda printed: _plain_prompt(printed)


def _plain_prompt(printed: PrintedQuestion) -> str:
    return escape(printed.question.prompt)


# -- multiple choice ------------------------------------------------------------------------


def _choices_body(printed: PrintedQuestion, setup: Setup, width: float) -> list[Flowable]:
    styles, font = setup.styles, setup.family
    cells = [
        [Bubble(letter(index), font.bold), text(choice, styles.body)]
        for index, choice in enumerate(printed.choices)
    ]
    half = width / 2
    widest = max(
        (stringWidth(choice, font.regular, BODY_SIZE) for choice in printed.choices), default=0
    )
    if widest + _MARK_COLUMN + 12 <= half:
        # Short options sit two to a row (A B / C D) to keep the sheet compact.
        rows = [
            cells[i][0:2] + (cells[i + 1] if i + 1 < len(cells) else ["", ""])
            for i in range(0, len(cells), 2)
        ]
        return [
            plain_table(
                rows, [_MARK_COLUMN, half - _MARK_COLUMN, _MARK_COLUMN, half - _MARK_COLUMN]
            )
        ]
    return [plain_table([list(cell) for cell in cells], [_MARK_COLUMN, width - _MARK_COLUMN])]


def _choice_answer(printed: PrintedQuestion) -> tuple[str, ...]:
    found = printed.answer_letter
    if found is None:
        return (f"<b>{escape(printed.question.answer)}</b>",)
    return (f"<b>{found}</b>  {escape(printed.question.answer)}",)


def _choice_quick(printed: PrintedQuestion) -> str:
    return printed.answer_letter or printed.question.answer


# -- true or false ----------------------------------------------------------------------------


def _true_false_body(printed: PrintedQuestion, setup: Setup, width: float) -> list[Flowable]:
    styles, bold = setup.styles, setup.family.bold
    row = [Bubble("T", bold), text(TRUE, styles.body), Bubble("F", bold), text(FALSE, styles.body)]
    return [plain_table([row], [_MARK_COLUMN, 56, _MARK_COLUMN, 56])]


def _true_false_answer(printed: PrintedQuestion) -> tuple[str, ...]:
    lines: tuple[str, ...] = (f"<b>{escape(printed.question.answer)}</b>",)
    if printed.question.alteration:
        lines += (f"Changed from the article: {escape(printed.question.alteration)}",)
    return lines


def _true_false_quick(printed: PrintedQuestion) -> str:
    return printed.question.answer[:1].upper()


# -- fill in the blank and short answer -------------------------------------------------------


def _blank_prompt(printed: PrintedQuestion) -> str:
    return _BLANK_MARK.sub(_WORKSHEET_BLANK, escape(printed.question.prompt))


def _no_body(printed: PrintedQuestion, setup: Setup, width: float) -> list[Flowable]:
    return []


def _writing_body(printed: PrintedQuestion, setup: Setup, width: float) -> list[Flowable]:
    return [WritingLines(min(6, 2 + printed.question.points))]


def _typed_answer(printed: PrintedQuestion) -> tuple[str, ...]:
    return (f"<b>{escape(printed.question.answer)}</b>", *_also_accept(printed))


def _typed_quick(printed: PrintedQuestion) -> str:
    return printed.question.answer


def _model_answer(printed: PrintedQuestion) -> tuple[str, ...]:
    # A whole sentence in bold is hard to read; the label says what it is instead.
    return (f"<b>Model answer:</b> {escape(printed.question.answer)}", *_also_accept(printed))


def _also_accept(printed: PrintedQuestion) -> tuple[str, ...]:
    if not printed.question.accepted:
        return ()
    return ("Also accept: " + "; ".join(escape(item) for item in printed.question.accepted),)


def _short_quick(printed: PrintedQuestion) -> str:
    """The shortest answer the key accepts, when it fits a glance; else where to look."""
    question = printed.question
    shortest = min((question.answer, *question.accepted), key=len)
    return shortest if len(shortest) <= _QUICK_CHARS else "see below"


_QUICK_CHARS = 40
"""The longest short answer the quick answers hold: a few words, not a model sentence."""


# -- matching ---------------------------------------------------------------------------------


def _matching_body(printed: PrintedQuestion, setup: Setup, width: float) -> list[Flowable]:
    styles = setup.styles
    line, mark, gap = 34.0, 18.0, 14.0
    column = (width - line - 2 * mark - gap) / 2
    rows: list[list[object]] = []
    for index in range(max(len(printed.question.pairs), len(printed.right))):
        left = printed.question.pairs[index].left if index < len(printed.question.pairs) else None
        right = printed.right[index] if index < len(printed.right) else None
        rows.append(
            [
                AnswerLine(line - 6) if left is not None else "",
                text(f"{index + 1}.", styles.body) if left is not None else "",
                text(left, styles.body) if left is not None else "",
                "",
                text(f"{letter(index)}.", styles.number) if right is not None else "",
                text(right, styles.body) if right is not None else "",
            ]
        )
    return [
        plain_table(
            rows,
            [line, mark + 4, column, gap, mark, column],
            ("LEFTPADDING", (1, 0), (1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 1), (-1, -1), 5),
        )
    ]


def _matching_quick(printed: PrintedQuestion) -> str:
    return ", ".join(
        f"{index}–{found}" for index, found in enumerate(printed.matching_key, start=1)
    )


def _matching_answer(printed: PrintedQuestion) -> tuple[str, ...]:
    key = _matching_quick(printed)
    pairs = "; ".join(
        f"{escape(pair.left)} – {escape(pair.right)}" for pair in printed.question.pairs
    )
    return (f"<b>{key}</b>", pairs)


# -- ordering ---------------------------------------------------------------------------------


def _ordering_body(printed: PrintedQuestion, setup: Setup, width: float) -> list[Flowable]:
    rows: list[list[object]] = [[Box(), text(item, setup.styles.body)] for item in printed.items]
    return [
        plain_table(
            rows,
            [_MARK_COLUMN + 6, width - _MARK_COLUMN - 6],
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        )
    ]


def _ordering_quick(printed: PrintedQuestion) -> str:
    return ", ".join(str(number) for number in printed.ordering_key)


def _ordering_answer(printed: PrintedQuestion) -> tuple[str, ...]:
    boxes = _ordering_quick(printed)
    order = "; ".join(
        f"{index}. {escape(item)}" for index, item in enumerate(printed.question.order, start=1)
    )
    return (f"<b>Boxes from the top: {boxes}</b>", f"Order: {order}")


PRINTINGS: dict[QuestionType, Printing] = {
    QuestionType.MULTIPLE_CHOICE: Printing(
        "Circle the letter of the best answer.", _choices_body, _choice_answer, _choice_quick
    ),
    QuestionType.TRUE_FALSE: Printing(
        "Circle T if the statement agrees with the article, F if it does not.",
        _true_false_body,
        _true_false_answer,
        _true_false_quick,
    ),
    QuestionType.FILL_BLANK: Printing(
        "Write the missing word or words on the line.",
        _no_body,
        _typed_answer,
        _typed_quick,
        _blank_prompt,
    ),
    QuestionType.MATCHING: Printing(
        "Write the letter of the matching item on the line beside each number.",
        _matching_body,
        _matching_answer,
        _matching_quick,
    ),
    QuestionType.ORDERING: Printing(
        "Number the boxes 1, 2, 3 ... in the order the question asks for.",
        _ordering_body,
        _ordering_answer,
        _ordering_quick,
    ),
    QuestionType.SHORT_ANSWER: Printing(
        "Answer in one or two complete sentences.", _writing_body, _model_answer, _short_quick
    ),
}


def printing(question_type: QuestionType) -> Printing:
    return PRINTINGS[question_type]
