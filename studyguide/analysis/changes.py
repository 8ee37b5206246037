"""What changed, and by how much: "House prices rose by 0.8% in January"; "Mr Ghosn cut
Nissan's costs by 20%".

A verb of rising or falling with the amount of the change ("by 0.8%", "5%") gives a
change: the thing that changed (the verb's subject, or its object where someone made the
change), the amount, and the clause's parts to turn it round and ask for the amount ("did"
+ "house prices" + "rise in January"), with the verb's tense as the article has it. Only a
clause the turn keeps whole: a subject that is a noun phrase, not a pronoun, and nothing
after the amount but when it happened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from studyguide.analysis.parsing import do_support, text_of, verbs_in, words_of
from studyguide.model import Change, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_RISING_AND_FALLING = frozenset(
    """rise fall drop climb increase decrease grow shrink slip jump soar plunge slump surge
    decline tumble dip sink gain""".split()
)
_MADE_TO_CHANGE = frozenset("cut reduce raise boost lift lower trim increase".split())
"""Verbs whose object is what changed: "cut its workforce by 10%"."""
_WHEN = frozenset({"in", "during", "over", "since", "between"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OPENS = frozenset("after before as because when while following amid despite".split())
"""Words that open a new phrase after a time: "in January after fees doubled"."""
_NOT_ASKED_HELPERS = frozenset("to be been would could might may should".split())


def find_changes(doc: Doc, sentences: tuple[Span, ...]) -> tuple[Change, ...]:
    return tuple(c for verb, s in verbs_in(doc, sentences) if (c := _change(verb, s)) is not None)


def _change(verb: Token, sentence: Span) -> Change | None:
    lemma = verb.lemma_.lower()
    made = lemma in _MADE_TO_CHANGE and any(c.dep_ == "dobj" for c in verb.children)
    if lemma not in _RISING_AND_FALLING and not made:
        return None
    amount = _amount(verb)
    if amount is None:
        return None
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if len(subjects) != 1 or subjects[0].pos_ not in {"NOUN", "PROPN"}:
        return None  # "it fell 5%": which thing?
    # Its words before the verb: the parser may hang a phrase after the amount on it.
    subject = [t for t in subjects[0].subtree if t.i < verb.i]
    if [t.i for t in subject] != list(range(subject[0].i, subject[-1].i + 1)):
        return None
    thing = subject
    if made:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if objects[0].i > amount[0].i or objects[0].pos_ not in {"NOUN", "PROPN"}:
            return None
        thing = list(objects[0].subtree)
    when = _when(verb, amount)
    asked = _asked(verb, thing if made else None, when)
    if asked is None:
        return None
    text = text_of(verb.doc)
    start, end = amount[0].idx, amount[-1].idx + len(amount[-1])
    return Change(
        sentence=sentence,
        thing=words_of(thing),
        amount=Span(start, end, text[start:end]),
        subject=words_of(subject),
        helper=asked[0],
        rest=asked[1],
    )


def _amount(verb: Token) -> list[Token] | None:
    """The words giving how much: "by 0.8%", "5%", "by about 200,000"; not where to ("by 5%
    to £801m", which the parser may take for one range)."""
    found = _amount_phrase(verb)
    if found is None:
        return None
    cut = next((at for at, t in enumerate(found) if t.lower_ in {"to", "from"}), len(found))
    return found[:cut] if cut and any(_figure(t) for t in found[:cut]) else None


def _amount_phrase(verb: Token) -> list[Token] | None:
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and any(_figure(t) for t in objects[0].subtree):
                return [t for t in objects[0].subtree if t.i <= objects[0].i]  # not "to £801m"
        if child.dep_ in {"npadvmod", "dobj"} and child.text == "%":
            return [t for t in child.subtree if t.i <= child.i]  # not "to £24.8bn" after it
    return None


def _figure(token: Token) -> bool:
    return token.like_num or any(ch.isdigit() for ch in token.text)


def _when(verb: Token, amount: list[Token]) -> list[Token]:
    """A phrase after the amount that says when ("in January"), kept in the question; not
    one the sentence goes on from ("in the year to March")."""
    for child in verb.rights:
        if child.i > amount[-1].i and child.dep_ == "prep" and child.lower_ in _WHEN:
            phrase = list(child.subtree)
            after = verb.doc[phrase[-1].i + 1] if phrase[-1].i + 1 < len(verb.doc) else None
            closed = after is None or after.is_punct or after.dep_ == "cc" or after.lower_ in _OPENS
            if closed and any(t.ent_type_ in {"DATE", "TIME"} for t in phrase):
                return phrase
    return []


def _asked(verb: Token, thing: list[Token] | None, when: list[Token]) -> tuple[str, str] | None:
    """The helper verb and the rest of the clause, to ask for the amount round the subject:
    ("did", "rise in January"), ("have", "fallen"), ("did", "cut its workforce")."""
    helpers = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    tail = "".join(f" {words_of(part).text}" for part in (thing, when) if part)
    if not helpers:
        do = do_support(verb)
        return (do, f"{verb.lemma_}{tail}") if do else None
    if len(helpers) != 1 or helpers[0].lower_ in _NOT_ASKED_HELPERS:
        return None  # "prices would rise by 6% if ...": what might be, not what changed
    return helpers[0].lower_, f"{verb.text}{tail}"
