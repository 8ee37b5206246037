"""An Anki deck (.apkg): one card per question, the answer with its evidence on the back;
a deck for each article inside the bank's deck when the bank has several.

Notes take their identity from the question's id, so importing a newer export of the same
bank updates the cards instead of adding copies, and keeps the student's review history.
"""

from __future__ import annotations

import html
import io
import itertools
import os
import sqlite3
import tempfile
import time
import zipfile
import zlib
from pathlib import Path

import genanki

from studyguide.export.words import ASKED_HOW, answer_lines, evidence_lines, question_lines
from studyguide.model import Bank, Question

_MODEL_ID = 1_607_392_319
"""Anki needs a fixed number for a note type; this one is studyguide's."""

_STYLE = """
.card { font-family: sans-serif; font-size: 20px; text-align: left; max-width: 40em;
        margin: auto; }
.answer { font-weight: bold; }
.kind { margin-top: 0.6em; font-weight: bold; }
.evidence { margin-top: 1em; color: #555; font-style: italic; }
"""

_MODEL = genanki.Model(
    _MODEL_ID,
    "studyguide question",
    fields=[{"name": "Question"}, {"name": "Answer"}, {"name": "Explanation"}],
    templates=[
        {
            "name": "Card",
            "qfmt": "{{Question}}",
            "afmt": '{{FrontSide}}<hr id="answer"><div class="answer">{{Answer}}</div>'
            "{{Explanation}}",
        }
    ],
    css=_STYLE,
)


def deck_id(title: str) -> int:
    """A deck number that stays the same for the same bank title."""
    return 1 << 30 | zlib.crc32(title.encode("utf-8"))


def anki_package(bank: Bank, timestamp: float | None = None) -> bytes:
    """The bank as an Anki package, its notes dated `timestamp` (seconds since 1970; by
    default now, or `SOURCE_DATE_EPOCH` when set): Anki updates a card on import only from a
    newer note. Notes and cards are numbered from the timestamp's milliseconds, as Anki
    numbers its own."""
    if timestamp is None:
        timestamp = _now()
    package = genanki.Package(_decks(bank))
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "collection.anki2"
        connection = sqlite3.connect(database)
        try:
            package.write_to_db(
                connection.cursor(), timestamp, itertools.count(int(timestamp * 1000))
            )
            connection.commit()
        finally:
            connection.close()
        collection = database.read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(_entry("collection.anki2"), collection)
        archive.writestr(_entry("media"), "{}")
    return out.getvalue()


def _decks(bank: Bank) -> list[genanki.Deck]:
    """One deck named as the bank; with several articles, a deck for each inside it
    ("Week 3::Harbour Bridge Reopens"), so that their cards stay apart."""
    decks = []
    for article in bank.articles:
        questions = [q for q in bank.questions if q.article == article.id]
        if not questions:
            continue
        name = bank.title if len(bank.articles) == 1 else f"{bank.title}::{article.title}"
        deck = genanki.Deck(deck_id(name), name)
        for question in questions:
            deck.add_note(_note(question, bank))
        decks.append(deck)
    return decks


def _now() -> float:
    fixed = os.environ.get("SOURCE_DATE_EPOCH", "")
    return float(fixed) if fixed.isdigit() else time.time()


def _entry(name: str) -> zipfile.ZipInfo:
    """A zip entry with a fixed date, so that the same bank gives the same bytes."""
    entry = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    entry.compress_type = zipfile.ZIP_DEFLATED
    return entry


def _note(question: Question, bank: Bank) -> genanki.Note:
    explanation = [question.explanation] if question.explanation else []
    evidence = evidence_lines(question, bank.article(question.article))
    back = _html(explanation)
    if evidence:
        back += f'<div class="evidence">{_html(evidence)}</div>'
    front = _html(question_lines(question))
    if ASKED_HOW[question.type]:
        front += f'<div class="kind">{ASKED_HOW[question.type]}</div>'
    return genanki.Note(
        model=_MODEL,
        fields=[front, _html(answer_lines(question)), back],
        guid=genanki.guid_for("studyguide", question.id),
        tags=[tag.replace(" ", "_") for tag in question.tags],
    )


def _html(lines: list[str]) -> str:
    return "<br>".join(html.escape(line) for line in lines)
