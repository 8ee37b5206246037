"""Sentences that paint a scene or state how things stand, rather than report news.

A feature often opens on a scene told in the simple present, of people doing something: "At
the Mbita Point primary school in western Kenya students click away at a handheld computer";
"Robert Redford cuts an unmistakable figure through the star-struck crowds". A thing doing
something in the present ("OutKast's trio of trophies crowns a year of success") is the
writer's verdict on the news, and sums it up. News reports what happened or will
("has won", "fell", "is to freeze") or what someone says or a study shows ("hopes", "figures
show", "according to a survey"); a scene tells neither, and does not sum its story up. Nor
does an opening that states how things stand ("The rate of incarceration in the U.S. is the
world's highest"), when the story then turns from it to its news ("But ... started Tuesday").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from studyguide.model import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_NEWS_VERBS = frozenset(
    """say tell show suggest find reveal indicate warn claim insist argue believe think know
    expect fear hope predict urge call want need plan face remain seem appear look lead
    accept deny admit agree report estimate mean promise pledge vow threaten""".split()
)
"""Present-tense verbs of news: what someone says, wants or faces, or what figures show."""
_REPORTED = re.compile(r"\baccording to\b|\b(?:is|are) (?:set |due |expected |about )?to\b", re.I)
"""Words of news the parse may hang off another verb: "according to a survey", "is to freeze"."""


def scenes(doc: Doc, sentences: tuple[Span, ...], headline: Span | None = None) -> tuple[Span, ...]:
    """The sentences of `sentences` whose main verb paints a scene in the simple present.

    Not one whose main verb the `headline` uses too: news may be told in the present
    ("Hillary Clinton wins the Democratic primary in New York" under "Clinton wins ..."),
    and what the headline and the sentence both tell someone doing is the news."""
    told = _verbs(doc, headline)
    out = []
    for sentence, root in _present(doc, sentences):
        if root.lemma_ in {"be", "have"} or {root.lower_, root.lemma_.lower()} & told:
            continue
        if root.lemma_.lower() in _NEWS_VERBS or root.lower_.rstrip("s") in _NEWS_VERBS:
            continue
        subjects = [child for child in root.children if child.dep_ == "nsubj"]
        if subjects and not any(_someone(subject) for subject in subjects):
            continue  # "OutKast's trio of trophies crowns a year of success": a verdict
        out.append(sentence)
    return tuple(out)


def _verbs(doc: Doc, headline: Span | None) -> frozenset[str]:
    """The words of the headline, as written and as their lemmas, that a verb may be: a
    headline's "Wins" may be parsed as a noun."""
    tokens = (
        doc.char_span(headline.start, headline.end, alignment_mode="expand") if headline else None
    )
    if tokens is None:
        return frozenset()
    return frozenset(
        form
        for t in tokens
        if t.is_alpha and not t.is_stop
        for form in (t.lower_, t.lemma_.lower())
    )


def _someone(subject: Token) -> bool:
    """Whether the subject is people, whom a scene shows doing something: a person, a
    pronoun, "students", "crowds"."""
    if subject.ent_type_ == "PERSON" or subject.pos_ == "PRON":
        return True
    return subject.lemma_.lower() in _PEOPLE


_PEOPLE = frozenset(
    """student pupil child kid teacher fan visitor shopper worker tourist crowd people man
    woman boy girl player family resident villager farmer driver passenger customer user
    gamer reader viewer listener audience""".split()
)


def states(doc: Doc, sentences: tuple[Span, ...]) -> tuple[Span, ...]:
    """The sentences of `sentences` whose main verb is "be" in the simple present: they
    state how things stand ("The rate of incarceration is the world's highest")."""
    return tuple(sentence for sentence, root in _present(doc, sentences) if root.lemma_ == "be")


def _present(doc: Doc, sentences: tuple[Span, ...]) -> list[tuple[Span, Token]]:
    """Each sentence whose main verb is in the simple present, with no helping verb and no
    words that report news ("is to freeze"), and that verb."""
    out = []
    for sentence in sentences:
        tokens = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        if tokens is None or _REPORTED.search(sentence.text):
            continue
        root = tokens.root
        helped = any(child.dep_ in {"aux", "auxpass"} for child in root.children)
        if root.tag_ in {"VBZ", "VBP"} and not helped:
            out.append((sentence, root))
    return out
