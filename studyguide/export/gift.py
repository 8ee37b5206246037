"""Moodle's GIFT format: one question per block, answers in braces.

Ordering has no GIFT form, so an ordering question becomes a matching one that pairs each
item with its place ("1st", "2nd", ...), which Moodle marks the same way. Moodle reads GIFT
text as HTML, so text is HTML-escaped as well as GIFT-escaped; and since GIFT cannot escape
the "->" that splits a matching pair, one inside an item is written as an arrow.
"""

from __future__ import annotations

import html
import re

from studyguide.export.words import ordinal
from studyguide.model import BLANK, FALSE, Bank, Question, QuestionType

_SPECIAL = re.compile(r"([~=#{}:\\])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""Characters no question holds on purpose (a NUL, an escape): left out."""


def escape(text: str) -> str:
    """Text on one line, with HTML's and GIFT's special characters escaped."""
    return _escaped(_CONTROL.sub("", text))


def _escaped(text: str) -> str:
    escaped = _SPECIAL.sub(r"\\\1", html.escape(" ".join(text.split()), quote=False))
    # "%100%" opening an answer is a weight to Moodle: its "%" is written as HTML.
    return f"&#37;{escaped[1:]}" if escaped.startswith("%") else escaped


def item(text: str) -> str:
    """A matching item: escaped, with no "->" left to split the pair at."""
    return escape(text.replace("->", "→"))


def category(name: str) -> str:
    """A name in a category path, where "/" starts a subcategory and "//" is a slash."""
    return " ".join(name.split()).replace("/", "//")


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
    head = f"::{escape(question.id)}::"
    feedback = f"####{escape(question.explanation)}" if question.explanation else ""
    if question.type is QuestionType.FILL_BLANK and BLANK in question.prompt:
        # Moodle puts a gap where the braces stand: they replace the blank exactly.
        # A NUL marks the blank, once every NUL of the prompt's own is gone.
        marked = _CONTROL.sub("", question.prompt).replace(BLANK, "\0", 1)
        before, _, after = _escaped(marked).partition("\0")
        answers = " ".join(f"={escape(a)}" for a in (question.answer, *question.accepted))
        return f"{head}{before}{{{answers}{feedback}}}{after}"
    return f"{head}{escape(question.prompt)} {{{_answers(question)}{feedback}}}"


def _answers(question: Question) -> str:
    kind = question.type
    if kind is QuestionType.MULTIPLE_CHOICE:
        return " ".join(
            ("=" if choice == question.answer else "~") + escape(choice)
            for choice in question.choices
        )
    if kind is QuestionType.TRUE_FALSE:
        return "F" if question.answer == FALSE else "T"
    if kind is QuestionType.MATCHING:
        return " ".join(f"={item(p.left)} -> {item(p.right)}" for p in question.pairs)
    if kind is QuestionType.ORDERING:
        return " ".join(
            f"={item(text)} -> {ordinal(n)}" for n, text in enumerate(question.order, start=1)
        )
    return " ".join(f"={escape(a)}" for a in (question.answer, *question.accepted))
