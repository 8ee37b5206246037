"""What people have bound themselves to do, or were made to: "Some Democrats have vowed to
vote against any budget bill that does not include a DACA fix"; "Russia forced Yukos to sell
off Yuganskneftegas"; "McCririck was ordered to leave the house". And what one side accuses
another of: "Vincent Cable accused Mr Brown of ducking tough choices".

A verb of binding oneself ("vowed", "agreed", "refused"), of making someone ("forced
Yukos", "was ordered") or of demanding of a side the article names ("urged Ofcom") with the
"to" of what is meant gives an aim: who, what, and the clause's parts to ask for it round its
subject ("What have" + "some Democrats" + "vowed to do?"), with the verb's tense as the
article has it. Only what the article tells as news: not
what someone "would" or "may" do, nor what they do not, nor an aim inside someone's view
("She believed most people want to ...").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from studyguide.analysis.parsing import (
    do_support,
    in_order,
    subject_words,
    text_of,
    verbs_in,
    words_of,
)
from studyguide.model import Aim, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_MEANING = frozenset("vow pledge promise threaten refuse agree decide".split())
"""Verbs whose "to" says what their subject has bound itself to: "vowed to vote against".
Not "plans", "aims", "wants" or "hopes": a side's wishes are many, and which one a question
means, a reader cannot tell."""
_TELLING = frozenset("order force".split())
"""Verbs whose "to" says what their object must do: "forced Yukos to sell"; "was ordered to
leave"."""
_DEMANDING = frozenset("urge ask press".split())
"""Verbs whose "to" says what one side demands of another: "The RNID is urging Ofcom to cut
the cost of calls". Only of a side the article names, or of a government or a body of
lawmakers: advice to anyone ("urged users to update their anti-virus software") is what
anyone would guess."""
_ACCUSING = frozenset({"accuse"})
"""Verbs whose "of" says what one side holds against another: "accused Mr Brown of ducking
tough choices"; "was accused of industrial espionage"."""
_OPENING_QUOTES = frozenset({"“", '"', "‘"})
_CLOSING_QUOTES = frozenset({"”", '"', "’"})
_AUTHORITIES = frozenset(
    "government governments council ministers minister parliament congress lawmakers"
    " legislators regulator regulators court authorities administration".split()
)
_NOT_SAID_TO_BE = frozenset("will would could can may might must should shall".split())
"""Helpers of what might be, not of what is meant: "would want to", "may seek to"."""
_NOT_ACTORS = frozenset("who which that it we i you this these those there what".split())
"""Subjects that name no one to ask about: "who" ties the aim to a name before it."""
_ASIDE = frozenset({",", "(", ")", "-", "–", "—", ";", ":", "\n"})
"""Marks of a clause or an aside inside a subject: "MAB, which opposed the war,"."""
_MAX_ACTOR_WORDS = 8
_GOAL_WORDS = (2, 25)


def find_aims(doc: Doc, sentences: tuple[Span, ...]) -> tuple[Aim, ...]:
    return tuple(a for verb, s in verbs_in(doc, sentences) if (a := _aim(verb, s)) is not None)


def _aim(verb: Token, sentence: Span) -> Aim | None:
    lemma = verb.lemma_.lower()
    if lemma not in _MEANING | _TELLING | _DEMANDING | _ACCUSING:
        return None
    if lemma in _DEMANDING and not _named_side(verb):
        return None
    if verb.dep_ in {"ccomp", "relcl", "acl", "xcomp"}:
        return None  # "She believed most people want to ...": someone's view, not news
    helpers = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "did not want to": not what was meant
    if any(h.lower_ in _NOT_SAID_TO_BE for h in helpers):
        return None
    actor = subject_words(verb, _NOT_ACTORS)
    if actor is None:
        return None
    if len(actor) > _MAX_ACTOR_WORDS or any(t.text in _ASIDE for t in actor):
        return None  # "MAB, which opposed the war in Iraq,": a clause inside
    found = _charge(verb, helpers) if lemma in _ACCUSING else _goal(verb, lemma, helpers)
    if found is None:
        return None
    middle, goal = found
    asked = _asked(verb, helpers, middle, "of" if lemma in _ACCUSING else "to do")
    if asked is None:
        return None
    text = text_of(verb.doc)
    start, end = goal[0].idx, goal[-1].idx + len(goal[-1])
    words = text[start:end]
    low, high = _GOAL_WORDS
    if not low <= len(words.split()) <= high or "\n" in words:
        return None
    return Aim(
        sentence=sentence,
        actor=words_of(actor),
        helper=asked[0],
        rest=asked[1],
        goal=Span(start, end, words),
    )


def _named_side(verb: Token) -> bool:
    """Whether the one a demand is made of is a side the article names ("Ofcom", "the
    Burmese government"), not anyone ("users", "people")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return len(objects) == 1 and (objects[0].pos_ == "PROPN" or objects[0].lower_ in _AUTHORITIES)


def _goal(verb: Token, lemma: str, helpers: list[Token]) -> tuple[list[Token], list[Token]] | None:
    """The words between the verb and what is meant ("Yukos" of "forced Yukos to sell"),
    and what is meant ("to sell off Yuganskneftegas")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    passive = any(h.dep_ == "auxpass" for h in helpers)
    to_do = [
        c
        for c in verb.children
        if c.dep_ == "xcomp"
        and c.pos_ in {"VERB", "AUX"}
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and not any(a.dep_ == "neg" for a in c.children)
    ]
    if not to_do or (passive and lemma in _MEANING):
        return None
    if lemma in _MEANING or passive:
        if objects:
            return None  # "promised rapid action to help": the "to" is the action's
        middle: list[Token] = []
    elif len(objects) == 1:
        middle = in_order(objects[0])
    else:
        return None  # "forced to": whom?
    clause = to_do[0]
    to = next(a for a in clause.children if a.dep_ == "aux" and a.lower_ == "to")
    goal = [t for t in in_order(clause) if t.i >= to.i]
    after = goal[-1].nbor() if goal[-1].i + 1 < len(goal[-1].doc) else None
    if after is not None and after.pos_ in {"VERB", "AUX"}:
        return None  # "to ensure only those whose roles are essential | are at work": cut
    if (middle[-1].i if middle else verb.i) + 1 != to.i:
        return None  # "forced Yukos, in the end, to": what lies between?
    return middle, goal


def _charge(verb: Token, helpers: list[Token]) -> tuple[list[Token], list[Token]] | None:
    """Whom the verb accuses ("Mr Brown" of "accused Mr Brown of ..."), none where the
    accused is the subject ("was accused of"), and the charge ("ducking tough choices")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    passive = any(h.dep_ == "auxpass" for h in helpers)
    if len(objects) != (0 if passive else 1):
        return None
    middle = in_order(objects[0]) if objects else []
    if any(t.text in _ASIDE for t in middle):
        return None  # "accused Rafael Cruz, who was born in Cuba, of": an aside inside
    of = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"]
    if len(of) != 1 or (middle[-1].i if middle else verb.i) + 1 != of[0].i:
        return None  # "accused him, in a letter, of": what lies between?
    charge = [t for t in in_order(of[0]) if t.i > of[0].i]
    if not charge:
        return None
    after = charge[-1].nbor() if charge[-1].i + 1 < len(verb.doc) else None
    if after is not None and after.text in _CLOSING_QUOTES and charge[0].text in _OPENING_QUOTES:
        charge.append(after)  # “treating passengers with contempt”: the words quoted whole
        after = after.nbor() if after.i + 1 < len(verb.doc) else None
    if after is not None and after.pos_ in {"VERB", "AUX"}:
        return None  # cut before the verb of the clause it belongs to
    return middle, charge


def _asked(
    verb: Token, helpers: list[Token], middle: list[Token], ending: str
) -> tuple[str, str] | None:
    """The helper verb and the rest of the question, up to its `ending`: ("did", "vow to
    do"), ("have", "vowed to do"), ("was", "ordered to do"), ("did", "force Yukos to do"),
    ("did", "accuse Mr Brown of")."""
    whom = f" {words_of(middle).text}" if middle else ""
    if not helpers:
        do = do_support(verb)
        return (do, f"{verb.lemma_}{whom} {ending}") if do else None
    if any(h.i > verb.i for h in helpers) or helpers[0].lower_ in {"to", "do", "does", "did"}:
        return None
    rest = [h.lower_ for h in helpers[1:]]
    return helpers[0].lower_, " ".join([*rest, verb.text]) + f"{whom} {ending}"
