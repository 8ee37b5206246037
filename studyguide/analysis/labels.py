"""How one side sums up a thing in words of its own: "Vince Cable branded the Tory plans
“fantasy economics”"; "Alain Levy described the performance as “disappointing”".

A verb of describing ("described", "called", "branded", "labelled", "dubbed") with its
subject, its object and what it calls the object (after "as", or straight after the object)
gives a label: who gave it, the thing, the words, and the helper that asks for them ("How
did" + "Vince Cable" + "describe the Tory plans?"). A label is one side's view, which a
reader should keep beside who holds it. Not a name given ("calls itself Heretic", "what it
calls the Interactive Media Player"): the thing must be named, not "it", "what" or
"himself"; nor a label someone "would" give, nor one given in the passive, with no one to
ask of.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from studyguide.analysis.parsing import do_support, in_order, verbs_in, words_of
from studyguide.model import Label, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_DESCRIBING = frozenset("describe call brand label dub term".split())
_NOT_NAMED = frozenset(
    """it them him her himself herself itself themselves ourselves myself yourself what which
    who whom that this these those one you me us""".split()
)
"""Things and givers no question can name: a pronoun, or a word tying the label to a name
before it ("which he labelled a joke")."""
_MAX_THING_WORDS = 10
_LABEL_WORDS = (1, 12)
_ASIDE = frozenset({",", "(", ")", "-", "–", "—", ";", ":"})
_HAVE = frozenset({"has", "have", "had"})


def find_labels(doc: Doc, sentences: tuple[Span, ...]) -> tuple[Label, ...]:
    return tuple(
        label for verb, s in verbs_in(doc, sentences) if (label := _label(verb, s)) is not None
    )


def _label(verb: Token, sentence: Span) -> Label | None:
    if verb.lemma_.lower() not in _DESCRIBING or verb.dep_ in {"relcl", "acl", "ccomp"}:
        return None
    helpers = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.dep_ == "neg" for c in verb.children) or any(h.dep_ == "auxpass" for h in helpers):
        return None
    helper = _helper(verb, helpers)
    giver = _giver(verb)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if helper is None or giver is None or not objects:
        return None
    words = _label_words(verb, objects)
    if words is None:
        return None
    thing = [t for t in in_order(objects[0]) if t.i < words[0].i and not t.is_punct]
    if not thing or thing[0].lower_ in _NOT_NAMED:
        return None
    low, high = _LABEL_WORDS
    if len(thing) > _MAX_THING_WORDS or any(t.text in _ASIDE or t.is_space for t in thing + giver):
        return None
    if not low <= sum(not t.is_punct for t in words) <= high or any(t.is_space for t in words):
        return None
    return Label(
        sentence=sentence,
        giver=words_of(giver),
        helper=helper,
        verb="described" if helper in _HAVE else "describe",
        thing=words_of(thing),
        label=words_of(words),
    )


def _giver(verb: Token) -> list[Token] | None:
    """The words of the verb's subject that name the giver, without an aside on who they
    are ("Alain Levy, chairman of EMI Music,") or a dash before them."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].lower_ in _NOT_NAMED:
        return None
    aside = {
        t.i
        for c in subjects[0].children
        if c.dep_ == "appos" and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ","
        for t in c.subtree
    }
    words = [t for t in in_order(subjects[0]) if t.i not in aside and not t.is_punct]
    if not words or [t.i for t in words] != list(range(words[0].i, words[-1].i + 1)):
        return None
    return words if words[-1].i < verb.i else None


def _helper(verb: Token, helpers: list[Token]) -> str | None:
    """The helper that asks how: "did" for "described", "has" for "has described"; None
    for a label someone "would" or "may" give."""
    if not helpers:
        return do_support(verb)
    return helpers[0].lower_ if len(helpers) == 1 and helpers[0].lower_ in _HAVE else None


def _label_words(verb: Token, objects: list[Token]) -> list[Token] | None:
    """What the thing is called, with the quotation marks around it: the words after "as"
    ("described it as disappointing") or straight after the object ("branded the scheme
    “a costly mistake”"), which the parse may take for a second object or an aside on the
    first."""
    thing = objects[0]
    found: list[Token] = []
    if len(objects) == 2:
        found = in_order(objects[1])
    for child in verb.children:
        if child.dep_ == "oprd":
            found = in_order(child)
        if child.dep_ == "prep" and child.lower_ == "as" and child.i > thing.i:
            found = [t for t in in_order(child) if t.i > child.i]
    asides = [c for c in thing.children if c.dep_ == "appos" and c.i > thing.i]
    if not found and asides and not any(t.text == "," for t in verb.doc[thing.i : asides[0].i]):
        found = in_order(asides[0])
    if len(objects) > 2 or not found:
        return None
    doc = verb.doc
    start, end = found[0].i, found[-1].i
    if start > 0 and doc[start - 1].is_quote and doc[start - 1].i > thing.i:
        start -= 1
    if end + 1 < len(doc) and doc[end + 1].is_quote and not found[-1].is_quote:
        end += 1
    return list(doc[start : end + 1])
