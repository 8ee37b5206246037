"""The QTI package for Canvas, beside what text2qti (a well-used Canvas QTI writer) writes
for the same questions: the same elements and attributes, item by item."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ElementTree
import zipfile
from dataclasses import replace

from text2qti.config import Config
from text2qti.qti import QTI
from text2qti.quiz import Quiz

from studyguide.export import ExportFormat, export_bank
from studyguide.model import Bank

_QTI = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"

_THEIRS = """Quiz title: Harbour Bridge

1.  Who said “We promised a safer crossing, and today we keep that promise”?
... Paragraph 2 quotes Mayor Elena Dvořák at the ceremony.
a)  Mehmet Özdağ
*b) Elena Dvořák
c)  Anna Kowalski
d)  Tomás Rivera

2.  Engineers replaced 40 cables in 2021.
... The article says the cables were replaced in 2023.
a)  True
*b) False

3.  What did Mehmet Özdağ say about the project's schedule?
... Paragraph 4.
*   It ran a year late.
*   a year late
"""
"""The first, second and fourth questions of the harbour bank, as text2qti's text."""

_THEIR_OWN = {"original_answer_ids", "assessment_question_identifierref"}
"""Metadata text2qti adds for its own bookkeeping, which Canvas does not need."""


def _files(package: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _items(package: bytes) -> list[ElementTree.Element]:
    files = _files(package)
    (assessment,) = [
        data
        for name, data in files.items()
        if name.endswith(".xml") and "/" in name and not name.endswith("/assessment_meta.xml")
    ]
    return list(ElementTree.fromstring(assessment).iter(f"{_QTI}item"))


def _shape(element: ElementTree.Element, path: str = "") -> list[tuple[str, tuple[str, ...]]]:
    """Each element's path and attribute names, texts and identifiers left out."""
    here = f"{path}/{element.tag.removeprefix(_QTI)}"
    if element.tag == f"{_QTI}qtimetadatafield":
        label = element.find(f"{_QTI}fieldlabel")
        if label is not None and label.text in _THEIR_OWN:
            return []
    shape = [(here, tuple(sorted(element.attrib)))]
    for child in element:
        shape += _shape(child, here)
    return shape


def test_canvas_items_have_the_shape_text2qti_gives_them(harbour_bank: Bank) -> None:
    first, second, _, fourth, *_ = harbour_bank.questions
    bank = replace(
        harbour_bank, questions=(first, second, replace(fourth, accepted=("a year late",)))
    )
    ours = _items(export_bank(bank, ExportFormat.QTI))
    theirs = _items(QTI(Quiz(_THEIRS, config=Config())).zip_bytes())
    assert [_shape(item) for item in ours] == [_shape(item) for item in theirs]
    kinds = [item.findtext(f".//{_QTI}fieldentry") for item in ours]
    assert kinds == ["multiple_choice_question", "true_false_question", "short_answer_question"]


def test_the_package_holds_what_its_manifest_names(harbour_bank: Bank) -> None:
    files = _files(export_bank(harbour_bank, ExportFormat.QTI))
    manifest = ElementTree.fromstring(files["imsmanifest.xml"])
    named = {f.get("href") for f in manifest.iter() if f.tag.endswith("}file")}
    assert named == set(files) - {"imsmanifest.xml"}
    items = _items(export_bank(harbour_bank, ExportFormat.QTI))
    assert [item.findtext(f".//{_QTI}fieldentry") for item in items] == [
        "multiple_choice_question",
        "true_false_question",
        "short_answer_question",
        "short_answer_question",
        "matching_question",
        "matching_question",
    ]
    roles = items[4]
    lefts = [r.findtext(f"{_QTI}material/{_QTI}mattext") for r in roles.iter(f"{_QTI}response_lid")]
    assert lefts == ["<p>Elena Dvořák</p>", "<p>Mehmet Özdağ</p>"]
    scores = [s.text for s in roles.iter(f"{_QTI}setvar")]
    assert scores == ["50.00", "50.00"]
