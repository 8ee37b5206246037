"""Moodle's GIFT format: one question per block, answers in braces.

Ordering has no GIFT form, so an ordering question becomes a matching one that pairs each
item with its place ("1st", "2nd", ...), which Moodle marks the same way. Moodle reads a
question's text, its choices and the left side of a matching pair as HTML, so those are
HTML-escaped as well as GIFT-escaped; the answers a student types and the right side of a
pair (shown in a list) it keeps as written, so those are GIFT-escaped only: "M&S" typed by a
student matches "M&S". Since GIFT cannot escape the "->" that splits a matching pair, one
inside an item is written as an arrow.

Each question is named by the start of its prompt; its id and tags go in the comment line
before it, where Moodle's import reads `[id:...]` and `[tag:...]`.
"""

from __future__ import annotations

import html
import re

from studyguide.export.words import category, ordinal, question_name
from studyguide.model import BLANK, FALSE, Bank, Question, QuestionType, unhandled

_SPECIAL = re.compile(r"([~=#{}:\\])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""Characters no question holds on purpose (a NUL, an escape): left out."""


def escape(text: str) -> str:
    """Text on one line, with HTML's and GIFT's special characters escaped."""
    return _escaped(_CONTROL.sub("", text))


def plain(text: str) -> str:
    """Text Moodle keeps as written (a typed answer, the right side of a pair): on one line,
    GIFT's special characters escaped, HTML's left alone."""
    return _escaped(_CONTROL.sub("", text), as_html=False)


def _escaped(text: str, as_html: bool = True) -> str:
    one_line = " ".join(text.split())
    escaped = _SPECIAL.sub(r"\\\1", html.escape(one_line, quote=False) if as_html else one_line)
    # "%100%" opening an answer is a weight to Moodle: its "%" is written as HTML.
    return f"&#37;{escaped[1:]}" if escaped.startswith("%") else escaped


def item(text: str) -> str:
    """The left side of a matching pair: escaped, with no "->" left to split the pair at."""
    return escape(text.replace("->", "→"))


def right_item(text: str) -> str:
    """The right side of a matching pair, kept as written, with no "->" in it either."""
    return plain(text.replace("->", "→"))


def gift_text(bank: Bank) -> str:
    """The whole bank as GIFT, one Moodle category per article."""
    blocks = [f"// {' '.join(bank.title.split())}: exported from a studyguide question bank"]
    for article in bank.articles:
        questions = [q for q in bank.questions if q.article == article.id]
        if questions:
            blocks.append(f"$CATEGORY: studyguide/{category(bank.title)}/{category(article.id)}")
            blocks.extend(gift_question(q) for q in questions)
    return "\n\n".join(blocks) + "\n"


def gift_question(question: Question) -> str:
    """The question's block: the comment line with its id and tags, then the question."""
    labels = "".join(f" [tag:{_bracketed(tag)}]" for tag in question.tags)
    return f"// [id:{_bracketed(question.id)}]{labels}\n{_question(question)}"


def _bracketed(text: str) -> str:
    """Text inside "[id:...]" or "[tag:...]": on one line, no control character, "]" escaped."""
    return " ".join(_CONTROL.sub("", text).split()).replace("]", "\\]")


def _question(question: Question) -> str:
    head = f"::{plain(question_name(question))}::"
    feedback = f"####{escape(question.explanation)}" if question.explanation else ""
    if question.type is QuestionType.FILL_BLANK and BLANK in question.prompt:
        # Moodle puts a gap where the braces stand: they replace the blank exactly.
        # A NUL marks the blank, once every NUL of the prompt's own is gone.
        marked = _CONTROL.sub("", question.prompt).replace(BLANK, "\0", 1)
        before, _, after = _escaped(marked).partition("\0")
        answers = " ".join(f"={plain(a)}" for a in (question.answer, *question.accepted))
        return f"{head}{before}{{{answers}{feedback}}}{after}"
    return f"{head}{escape(question.prompt)} {{{_answers(question)}{feedback}}}"


def _answers(question: Question) -> str:
    match question.type:
        case QuestionType.MULTIPLE_CHOICE:
            return " ".join(
                ("=" if choice == question.answer else "~") + escape(choice)
                for choice in question.choices
            )
        case QuestionType.TRUE_FALSE:
            return "F" if question.answer == FALSE else "T"
        case QuestionType.MATCHING:
            return " ".join(f"={item(p.left)} -> {right_item(p.right)}" for p in question.pairs)
        case QuestionType.ORDERING:
            return " ".join(
                f"={item(text)} -> {ordinal(n)}" for n, text in enumerate(question.order, start=1)
            )
        case QuestionType.FILL_BLANK | QuestionType.SHORT_ANSWER:
            return " ".join(f"={plain(a)}" for a in (question.answer, *question.accepted))
        case _:
            unhandled(question.type)
