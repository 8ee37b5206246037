"""Moodle XML, Moodle's own question format: every question type with its feedback.

One category per article, under "studyguide/BANK TITLE". Multiple choice, true or false and
matching keep their Moodle types; fill in the blank and short answer are short-answer
questions taking every accepted answer; ordering becomes matching, each item to its place
("1st", "2nd", ...), as in GIFT. A question's text, its choices and the left side of a pair
are HTML in Moodle; typed answers, the right side of a pair, names and tags are plain text.
The general feedback gives the explanation and the article's words; the question's id is
its Moodle ID number, its tags Moodle tags.
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ElementTree

from studyguide.export.words import category, evidence_lines, ordinal, question_name, xml_safe
from studyguide.model import FALSE, Bank, BankArticle, Question, QuestionType

_TYPES = {
    QuestionType.MULTIPLE_CHOICE: "multichoice",
    QuestionType.TRUE_FALSE: "truefalse",
    QuestionType.FILL_BLANK: "shortanswer",
    QuestionType.SHORT_ANSWER: "shortanswer",
    QuestionType.MATCHING: "matching",
    QuestionType.ORDERING: "matching",
}


def moodle_xml(bank: Bank) -> str:
    """The bank as a Moodle XML question file."""
    quiz = ElementTree.Element("quiz")
    for article in bank.articles:
        questions = [q for q in bank.questions if q.article == article.id]
        if not questions:
            continue
        path = f"$course$/top/studyguide/{category(bank.title)}/{category(article.title)}"
        holder = ElementTree.SubElement(quiz, "question", type="category")
        _text(ElementTree.SubElement(holder, "category"), path)
        for question in questions:
            quiz.append(_question(question, article))
    ElementTree.indent(quiz)
    body = ElementTree.tostring(quiz, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'


def _question(question: Question, article: BankArticle) -> ElementTree.Element:
    element = ElementTree.Element("question", type=_TYPES[question.type])
    _text(ElementTree.SubElement(element, "name"), question_name(question))
    _html(ElementTree.SubElement(element, "questiontext"), question.prompt)
    _feedback(ElementTree.SubElement(element, "generalfeedback"), question, article)
    ElementTree.SubElement(element, "defaultgrade").text = str(question.points)
    ElementTree.SubElement(element, "penalty").text = "0"
    ElementTree.SubElement(element, "hidden").text = "0"
    ElementTree.SubElement(element, "idnumber").text = question.id
    _answers(element, question)
    if question.tags:
        tags = ElementTree.SubElement(element, "tags")
        for tag in question.tags:
            _text(ElementTree.SubElement(tags, "tag"), tag)
    return element


def _answers(element: ElementTree.Element, question: Question) -> None:
    kind = question.type
    if kind is QuestionType.MULTIPLE_CHOICE:
        ElementTree.SubElement(element, "single").text = "true"
        ElementTree.SubElement(element, "shuffleanswers").text = "true"
        ElementTree.SubElement(element, "answernumbering").text = "abc"
        for choice in question.choices:
            right = "100" if choice == question.answer else "0"
            _html(ElementTree.SubElement(element, "answer", fraction=right), choice)
    elif kind is QuestionType.TRUE_FALSE:
        keyed = "false" if question.answer == FALSE else "true"
        for word in ("true", "false"):
            answer = ElementTree.SubElement(
                element,
                "answer",
                fraction="100" if word == keyed else "0",
                format="moodle_auto_format",
            )
            _text(answer, word)
    elif kind in (QuestionType.FILL_BLANK, QuestionType.SHORT_ANSWER):
        ElementTree.SubElement(element, "usecase").text = "0"
        for accepted in (question.answer, *question.accepted):
            answer = ElementTree.SubElement(
                element, "answer", fraction="100", format="moodle_auto_format"
            )
            _text(answer, accepted)
    else:
        ElementTree.SubElement(element, "shuffleanswers").text = "true"
        pairs = (
            [(p.left, p.right) for p in question.pairs]
            if kind is QuestionType.MATCHING
            else [(item, ordinal(n)) for n, item in enumerate(question.order, start=1)]
        )
        for left, right in pairs:
            sub = ElementTree.SubElement(element, "subquestion")
            _html(sub, left)
            _text(ElementTree.SubElement(sub, "answer"), right)


def _feedback(element: ElementTree.Element, question: Question, article: BankArticle) -> None:
    parts = [f"<p>{html.escape(question.explanation)}</p>"] if question.explanation else []
    evidence = evidence_lines(question, article)
    if evidence:
        quoted = "<br>".join(html.escape(line) for line in evidence)
        parts.append(f"<blockquote>{quoted}</blockquote>")
    element.set("format", "html")
    _text(element, "".join(parts))


def _html(element: ElementTree.Element, plain: str) -> None:
    """Plain text as the HTML Moodle shows: "<b>" printed, not bold."""
    element.set("format", "html")
    _text(element, html.escape(" ".join(plain.split()), quote=False))


def _text(element: ElementTree.Element, value: str) -> None:
    ElementTree.SubElement(element, "text").text = xml_safe(value)
