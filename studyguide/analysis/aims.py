"""What people mean to do, or were told to: "Some Democrats have vowed to vote against any
budget bill that does not include a DACA fix"; "MPs urged the BBC to give watchdogs more
freedom"; "McCririck was ordered to leave the house"; "Mr Howard called for a return to
O-levels".

A verb of meaning ("vowed", "plans", "agreed", "refused") or of telling someone ("urged
the BBC", "called on Congress", "was ordered") with the "to" of what is meant gives an aim:
who means it, what, and the clause's parts to ask for it round its subject ("What have"
+ "some Democrats" + "vowed to do?"), with the verb's tense as the article has it. Only
what is said to be meant now or before: not what someone "would" or "may" want, nor what
they do not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from studyguide.analysis.parsing import text_of
from studyguide.model import Aim, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_MEANING = frozenset(
    """vow pledge promise threaten plan intend aim hope want seek agree refuse decide offer
    vote choose opt propose""".split()
)
"""Verbs whose "to" says what their subject means to do: "vowed to vote against"."""
_TELLING = frozenset("urge ask order call encourage press force persuade advise instruct".split())
"""Verbs whose "to" says what their object was told to do: "urged the BBC to give"; "was
ordered to leave"."""
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NOT_SAID_TO_BE = frozenset("will would could can may might must should shall".split())
"""Helpers of what might be, not of what is meant: "would want to", "may seek to"."""
_NOT_ACTORS = frozenset("who which that it we i you this these those there what".split())
"""Subjects that name no one to ask about: "who" ties the aim to a name before it."""
_ASIDE = frozenset({",", "(", ")", "-", "–", "—", ";", ":", "\n"})
"""Marks of a clause or an aside inside a subject: "MAB, which opposed the war,"."""
_MAX_ACTOR_WORDS = 8
_GOAL_WORDS = (2, 25)


def find_aims(doc: Doc, sentences: tuple[Span, ...]) -> tuple[Aim, ...]:
    found = []
    for sentence in sentences:
        tokens = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        for token in tokens or ():
            aim = _aim(token, sentence) if token.pos_ == "VERB" else None
            if aim is not None:
                found.append(aim)
    return tuple(found)


def _aim(verb: Token, sentence: Span) -> Aim | None:
    lemma = verb.lemma_.lower()
    if lemma not in _MEANING | _TELLING:
        return None
    helpers = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "did not want to": not what was meant
    if any(h.lower_ in _NOT_SAID_TO_BE for h in helpers):
        return None
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if len(subjects) != 1 or subjects[0].lower_ in _NOT_ACTORS:
        return None
    actor = [t for t in subjects[0].subtree if t.i < verb.i]
    if not actor or [t.i for t in actor] != list(range(actor[0].i, actor[-1].i + 1)):
        return None
    if len(actor) > _MAX_ACTOR_WORDS or any(t.text in _ASIDE for t in actor):
        return None  # "MAB, which opposed the war in Iraq,": a clause inside
    found = _goal(verb, lemma, helpers)
    if found is None:
        return None
    middle, goal, tail = found
    asked = _asked(verb, helpers, middle, tail)
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
        actor=_span(actor),
        helper=asked[0],
        rest=asked[1],
        goal=Span(start, end, words),
    )


def _goal(
    verb: Token, lemma: str, helpers: list[Token]
) -> tuple[list[Token], list[Token], str] | None:
    """The words between the verb and what is meant ("the BBC", "on Congress"), what is
    meant ("to give watchdogs more freedom"), and the question's tail ("to do", "for")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    told = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"]
    passive = any(h.dep_ == "auxpass" for h in helpers)
    to_do = [
        c
        for c in verb.children
        if c.dep_ == "xcomp"
        and c.pos_ in {"VERB", "AUX"}
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and not any(a.dep_ == "neg" for a in c.children)
    ]
    if not to_do:
        called = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"]
        if lemma != "call" or objects or told or passive or len(called) != 1:
            return None
        wanted = [c for c in called[0].children if c.dep_ == "pobj"]
        return ([], _words_from(called[0], wanted), "for") if wanted else None
    if lemma in _MEANING:
        if objects or told or passive:
            return None  # "promised rapid action to help": the "to" is the action's
        middle: list[Token] = []
    elif passive:
        if objects or told:
            return None
        middle = []
    else:
        whom = objects or told
        if len(whom) != 1:
            return None  # "urged to": whom?
        middle = list(whom[0].subtree)
    clause = to_do[0]
    to = next(a for a in clause.children if a.dep_ == "aux" and a.lower_ == "to")
    goal = [t for t in clause.subtree if t.i >= to.i]
    after = goal[-1].nbor() if goal[-1].i + 1 < len(goal[-1].doc) else None
    if after is not None and after.pos_ in {"VERB", "AUX"}:
        return None  # "to ensure only those whose roles are essential | are at work": cut
    if middle and middle[-1].i + 1 != to.i:
        return None  # "urged Muslims in the UK, as before, to": what lies between?
    if not middle and verb.i + 1 != to.i:
        return None
    return middle, goal, "to do"


def _words_from(first: Token, objects: list[Token]) -> list[Token]:
    """The object's words after the preposition `first`: "a return to O-levels"."""
    return [t for t in objects[0].subtree if t.i > first.i]


def _asked(
    verb: Token, helpers: list[Token], middle: list[Token], tail: str
) -> tuple[str, str] | None:
    """The helper verb and the rest of the question: ("did", "vow to do"), ("have",
    "vowed to do"), ("was", "ordered to do"), ("did", "urge the BBC to do")."""
    whom = f" {_text(middle)}" if middle else ""
    if not helpers:
        if verb.tag_ == "VBD":
            return "did", f"{verb.lemma_}{whom} {tail}"
        if verb.tag_ in {"VBZ", "VBP"}:
            return ("does" if verb.tag_ == "VBZ" else "do"), f"{verb.lemma_}{whom} {tail}"
        return None
    if any(h.i > verb.i for h in helpers) or helpers[0].lower_ in {"to", "do", "does", "did"}:
        return None
    rest = [h.lower_ for h in helpers[1:]]
    return helpers[0].lower_, " ".join([*rest, verb.text]) + f"{whom} {tail}"


def _span(tokens: list[Token]) -> Span:
    return Span(tokens[0].idx, tokens[-1].idx + len(tokens[-1]), _text(tokens))


def _text(tokens: list[Token]) -> str:
    text = text_of(tokens[0].doc)
    return " ".join(text[tokens[0].idx : tokens[-1].idx + len(tokens[-1])].split())
