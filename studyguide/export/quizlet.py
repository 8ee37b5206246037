"""Quizlet's import text: one card a line, the term and its definition split by a tab.

The term is what the student sees first (the prompt, with the choices or items to match or
order); the definition is the answer. Quizlet's import takes the tab between term and
definition and a new line between cards (its defaults), so neither may appear inside a card:
the lines of a card are joined with " / " and white space is made single.
"""

from __future__ import annotations

from studyguide.export.words import ASKED_HOW, answer_lines, question_lines
from studyguide.model import Bank


def quizlet_text(bank: Bank) -> str:
    """The bank's questions as Quizlet cards, one a line."""
    cards = []
    for question in bank.questions:
        term = question_lines(question)
        if ASKED_HOW[question.type]:
            term.append(ASKED_HOW[question.type])
        cards.append(f"{_one_line(term)}\t{_one_line(answer_lines(question))}")
    return "".join(f"{card}\n" for card in cards)


def _one_line(lines: list[str]) -> str:
    return " / ".join(" ".join(line.split()) for line in lines)
