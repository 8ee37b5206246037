"""A question and its answer as plain lines of text, the same in every export."""

from __future__ import annotations

import random

from studyguide.model import BLANK, BankArticle, Question, QuestionType, mixed, unhandled


def xml_safe(text: str) -> str:
    """The text without the characters XML 1.0 cannot hold (NUL and the other controls)."""
    return "".join(c for c in text if c in "\t\n\r" or c >= " " and c not in "\ufffe\uffff")


def category(name: str) -> str:
    """A name in a Moodle category path, where "/" starts a subcategory and "//" is a slash."""
    return " ".join(name.split()).replace("/", "//")


def ordinal(n: int) -> str:
    """1 -> "1st", 2 -> "2nd", 11 -> "11th"."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


ASKED_HOW = {
    QuestionType.MULTIPLE_CHOICE: "",
    QuestionType.TRUE_FALSE: "True or false?",
    QuestionType.FILL_BLANK: "Fill in the blank.",
    QuestionType.SHORT_ANSWER: "",
    QuestionType.MATCHING: "",
    QuestionType.ORDERING: "",
}
"""What a card whose prompt is a statement asks of the student; the others ask it
themselves (nothing to add)."""

_NAME_CHARS = 60
"""The most characters of the prompt a question's name holds."""


def question_name(question: Question) -> str:
    """A name to know the question by in another tool's question bank: its prompt's start."""
    prompt = " ".join(question.prompt.replace(BLANK, "___").split())
    if len(prompt) > _NAME_CHARS:
        prompt = prompt[:_NAME_CHARS].rsplit(" ", 1)[0] + "…"
    return prompt


def question_lines(question: Question) -> list[str]:
    """What a student sees: the prompt, then the choices or items to match or order."""
    lines = [question.prompt]
    match question.type:
        case QuestionType.MULTIPLE_CHOICE:
            lines += [f"{chr(ord('A') + i)}. {choice}" for i, choice in enumerate(question.choices)]
        case QuestionType.MATCHING:
            lines += [f"{i}. {pair.left}" for i, pair in enumerate(question.pairs, start=1)]
            rights = shown_rights(question)
            lines += [f"{chr(ord('a') + i)}) {right}" for i, right in enumerate(rights)]
        case QuestionType.ORDERING:
            lines += [f"- {item}" for item in shown_order(question)]
        case QuestionType.TRUE_FALSE | QuestionType.FILL_BLANK | QuestionType.SHORT_ANSWER:
            pass
        case _:
            unhandled(question.type)
    return lines


def answer_lines(question: Question) -> list[str]:
    """The answer in words: the right choice, the pairs, the order or the expected words."""
    match question.type:
        case QuestionType.MATCHING:
            return [f"{pair.left} → {pair.right}" for pair in question.pairs]
        case QuestionType.ORDERING:
            return [f"{i}. {item}" for i, item in enumerate(question.order, start=1)]
        case QuestionType.FILL_BLANK | QuestionType.SHORT_ANSWER if question.accepted:
            return [f"{question.answer} (also: {', '.join(question.accepted)})"]
        case (
            QuestionType.MULTIPLE_CHOICE
            | QuestionType.TRUE_FALSE
            | QuestionType.FILL_BLANK
            | QuestionType.SHORT_ANSWER
        ):
            return [question.answer]
        case _:
            unhandled(question.type)


def evidence_lines(question: Question, article: BankArticle | None) -> list[str]:
    """The article's words the answer rests on, and where they come from."""
    lines = [" ".join(evidence.text.split()) for evidence in question.evidence]
    if lines and article is not None:
        lines.append(f"— {article.title}")
    return lines


def shown_order(question: Question) -> tuple[str, ...]:
    """An ordering question's items as an export shows them: mixed, never in the answer's
    order, the same for the same question every time."""
    return mixed(question.order, random.Random(f"{question.id}/order"))


def shown_rights(question: Question) -> tuple[str, ...]:
    """A matching question's right-hand items as an export shows them, mixed the same way."""
    return mixed(
        tuple(pair.right for pair in question.pairs), random.Random(f"{question.id}/right")
    )
