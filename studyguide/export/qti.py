"""A QTI 1.2 package for Canvas (and other tools that take QTI 1.2): a zip holding the
manifest, the assessment and Canvas's own quiz settings.

Canvas reads its question types from each item's metadata: multiple choice, true or false,
short answer (fill in the blank too, every accepted answer scoring), and matching, each left
item a choice among all the right ones; ordering becomes matching, each item to its place.
Every item carries its points and, as general feedback, the explanation and the article's
words. Texts are HTML, escaped, so that "<b>" in a bank is printed, not made bold.
"""

from __future__ import annotations

import hashlib
import html
import io
import xml.etree.ElementTree as ElementTree
import zipfile

from studyguide.export.words import evidence_lines, ordinal, question_name, xml_safe
from studyguide.model import FALSE, TRUE, Bank, Question, QuestionType

_QTI = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
_MANIFEST = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
_CANVAS = "http://canvas.instructure.com/xsd/cccv1p0"

_TYPES = {
    QuestionType.MULTIPLE_CHOICE: "multiple_choice_question",
    QuestionType.TRUE_FALSE: "true_false_question",
    QuestionType.FILL_BLANK: "short_answer_question",
    QuestionType.SHORT_ANSWER: "short_answer_question",
    QuestionType.MATCHING: "matching_question",
    QuestionType.ORDERING: "matching_question",
}


def qti_package(bank: Bank) -> bytes:
    """The bank as a QTI 1.2 zip for Canvas's "QTI .zip file" import."""
    ident = _ident("assessment", bank.title)
    files = {
        "imsmanifest.xml": _manifest(ident),
        f"{ident}/{ident}.xml": _assessment(bank, ident),
        f"{ident}/assessment_meta.xml": _settings(bank, ident),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in files.items():
            entry = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, text)
    return out.getvalue()


def _ident(kind: str, *key: str) -> str:
    """A stable identifier: the same bank gives the same package."""
    return f"studyguide_{kind}_{hashlib.sha1(chr(31).join(key).encode()).hexdigest()[:20]}"


def _xml(root: ElementTree.Element) -> str:
    ElementTree.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(
        root, encoding="unicode"
    )


def _manifest(ident: str) -> str:
    manifest = ElementTree.Element(
        "manifest", identifier=_ident("manifest", ident), xmlns=_MANIFEST
    )
    ElementTree.SubElement(manifest, "organizations")
    resources = ElementTree.SubElement(manifest, "resources")
    settings = _ident("settings", ident)
    resource = ElementTree.SubElement(
        resources, "resource", identifier=ident, type="imsqti_xmlv1p2"
    )
    ElementTree.SubElement(resource, "file", href=f"{ident}/{ident}.xml")
    ElementTree.SubElement(resource, "dependency", identifierref=settings)
    meta = ElementTree.SubElement(
        resources,
        "resource",
        identifier=settings,
        type="associatedcontent/imscc_xmlv1p1/learning-application-resource",
        href=f"{ident}/assessment_meta.xml",
    )
    ElementTree.SubElement(meta, "file", href=f"{ident}/assessment_meta.xml")
    return _xml(manifest)


def _settings(bank: Bank, ident: str) -> str:
    quiz = ElementTree.Element("quiz", identifier=ident, xmlns=_CANVAS)
    ElementTree.SubElement(quiz, "title").text = bank.title
    ElementTree.SubElement(quiz, "shuffle_answers").text = "false"
    ElementTree.SubElement(quiz, "quiz_type").text = "practice_quiz"
    points = sum(q.points for q in bank.questions)
    ElementTree.SubElement(quiz, "points_possible").text = f"{points:.1f}"
    return _xml(quiz)


def _assessment(bank: Bank, ident: str) -> str:
    root = ElementTree.Element("questestinterop", xmlns=_QTI)
    assessment = ElementTree.SubElement(root, "assessment", ident=ident, title=bank.title)
    section = ElementTree.SubElement(assessment, "section", ident="root_section")
    for article in bank.articles:
        for question in (q for q in bank.questions if q.article == article.id):
            section.append(_item(question, article.title))
    return _xml(root)


def _item(question: Question, article: str) -> ElementTree.Element:
    item = ElementTree.Element(
        "item", ident=_ident("question", question.id), title=question_name(question)
    )
    fields = ElementTree.SubElement(ElementTree.SubElement(item, "itemmetadata"), "qtimetadata")
    for label, entry in (
        ("question_type", _TYPES[question.type]),
        ("points_possible", str(question.points)),
    ):
        field = ElementTree.SubElement(fields, "qtimetadatafield")
        ElementTree.SubElement(field, "fieldlabel").text = label
        ElementTree.SubElement(field, "fieldentry").text = entry
    presentation = ElementTree.SubElement(item, "presentation")
    _material(presentation, question.prompt)
    processing = ElementTree.SubElement(item, "resprocessing")
    ElementTree.SubElement(
        ElementTree.SubElement(processing, "outcomes"),
        "decvar",
        maxvalue="100",
        minvalue="0",
        varname="SCORE",
        vartype="Decimal",
    )
    feedback = _feedback(question, article)
    if feedback:
        shown = ElementTree.SubElement(processing, "respcondition", {"continue": "Yes"})
        ElementTree.SubElement(ElementTree.SubElement(shown, "conditionvar"), "other")
        ElementTree.SubElement(
            shown, "displayfeedback", feedbacktype="Response", linkrefid="general_fb"
        )
    if question.type in (QuestionType.MATCHING, QuestionType.ORDERING):
        _matching(presentation, processing, question)
    elif question.type in (QuestionType.FILL_BLANK, QuestionType.SHORT_ANSWER):
        _typed(presentation, processing, question)
    else:
        _choice(presentation, processing, question)
    if feedback:
        holder = ElementTree.SubElement(item, "itemfeedback", ident="general_fb")
        _material(ElementTree.SubElement(holder, "flow_mat"), feedback, escaped=True)
    return item


def _choice(
    presentation: ElementTree.Element, processing: ElementTree.Element, question: Question
) -> None:
    choices = question.choices if question.type is QuestionType.MULTIPLE_CHOICE else (TRUE, FALSE)
    response = ElementTree.SubElement(
        presentation, "response_lid", ident="response1", rcardinality="Single"
    )
    render = ElementTree.SubElement(response, "render_choice")
    right = ""
    for n, choice in enumerate(choices):
        ident = _ident("choice", question.id, str(n))
        label = ElementTree.SubElement(render, "response_label", ident=ident)
        _material(label, choice)
        if choice.casefold() == question.answer.casefold():
            right = ident
    _scores(processing, [("response1", right)], "Set", "100")


def _typed(
    presentation: ElementTree.Element, processing: ElementTree.Element, question: Question
) -> None:
    response = ElementTree.SubElement(
        presentation, "response_str", ident="response1", rcardinality="Single"
    )
    ElementTree.SubElement(
        ElementTree.SubElement(response, "render_fib"),
        "response_label",
        ident="answer1",
        rshuffle="No",
    )
    condition = ElementTree.SubElement(processing, "respcondition", {"continue": "No"})
    accepted = ElementTree.SubElement(condition, "conditionvar")
    for answer in dict.fromkeys((question.answer, *question.accepted)):
        ElementTree.SubElement(accepted, "varequal", respident="response1").text = xml_safe(answer)
    ElementTree.SubElement(condition, "setvar", action="Set", varname="SCORE").text = "100"


def _matching(
    presentation: ElementTree.Element, processing: ElementTree.Element, question: Question
) -> None:
    pairs = (
        [(p.left, p.right) for p in question.pairs]
        if question.type is QuestionType.MATCHING
        else [(item, ordinal(n)) for n, item in enumerate(question.order, start=1)]
    )
    rights = list(dict.fromkeys(right for _, right in pairs))
    right_ident = {right: _ident("match", question.id, right) for right in rights}
    answers = []
    for n, (left, right) in enumerate(pairs):
        respident = f"response_{_ident('left', question.id, str(n))}"
        response = ElementTree.SubElement(presentation, "response_lid", ident=respident)
        _material(response, left)
        render = ElementTree.SubElement(response, "render_choice")
        for option in rights:
            label = ElementTree.SubElement(render, "response_label", ident=right_ident[option])
            _material(label, option)
        answers.append((respident, right_ident[right]))
    _scores(processing, answers, "Add", f"{100 / len(pairs):.2f}")


def _scores(
    processing: ElementTree.Element, answers: list[tuple[str, str]], action: str, score: str
) -> None:
    for respident, ident in answers:
        condition = ElementTree.SubElement(
            processing, "respcondition", {"continue": "No" if action == "Set" else "Yes"}
        )
        var = ElementTree.SubElement(ElementTree.SubElement(condition, "conditionvar"), "varequal")
        var.set("respident", respident)
        var.text = ident
        ElementTree.SubElement(condition, "setvar", action=action, varname="SCORE").text = score


def _feedback(question: Question, article: str) -> str:
    """The explanation and the article's words, as HTML."""
    parts = [f"<p>{html.escape(question.explanation)}</p>"] if question.explanation else []
    evidence = evidence_lines(question, None)
    if evidence:
        quoted = "<br>".join(html.escape(line) for line in evidence)
        parts.append(f"<blockquote>{quoted}<br>— {html.escape(article)}</blockquote>")
    return "".join(parts)


def _material(parent: ElementTree.Element, text: str, escaped: bool = False) -> None:
    shown = text if escaped else f"<p>{html.escape(' '.join(text.split()), quote=False)}</p>"
    mattext = ElementTree.SubElement(ElementTree.SubElement(parent, "material"), "mattext")
    mattext.set("texttype", "text/html")
    mattext.text = xml_safe(shown)
