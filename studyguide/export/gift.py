"""Moodle's GIFT format: one question per block, answers in braces.

Ordering has no GIFT form, so an ordering question becomes a matching one that pairs each
item with its place ("1st", "2nd", ...), which Moodle marks the same way.
"""

from __future__ import annotations

import re

from studyguide.export.words import ordinal
from studyguide.model import BLANK, FALSE, Bank, Question, QuestionType

_SPECIAL = re.compile(r"([~=#{}:\\])")


def escape(text: str) -> str:
    """Text with GIFT's special characters escaped and on one line."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def gift_text(bank: Bank) -> str:
    """The whole bank as GIFT, one Moodle category per article."""
    blocks = [f"// {escape(bank.title)}: exported from a studyguide question bank"]
    for article in bank.articles:
        questions = [q for q in bank.questions if q.article == article.id]
        if questions:
            blocks.append(f"$CATEGORY: studyguide/{escape(bank.title)}/{escape(article.id)}")
            blocks.extend(gift_question(q) for q in questions)
    return "\n\n".join(blocks) + "\n"


def gift_question(question: Question) -> str:
    head = f"::{escape(question.id)}::"
    feedback = f"####{escape(question.explanation)}" if question.explanation else ""
    if question.type is QuestionType.FILL_BLANK and BLANK in question.prompt:
        before, _, after = question.prompt.partition(BLANK)
        answers = " ".join(f"={escape(a)}" for a in (question.answer, *question.accepted))
        return f"{head}{escape(before)} {{{answers}{feedback}}} {escape(after)}".rstrip()
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
        return " ".join(f"={escape(p.left)} -> {escape(p.right)}" for p in question.pairs)
    if kind is QuestionType.ORDERING:
        return " ".join(
            f"={escape(item)} -> {ordinal(n)}" for n, item in enumerate(question.order, start=1)
        )
    return " ".join(f"={escape(a)}" for a in (question.answer, *question.accepted))
