"""The reasons an article gives for what it reports: "The agency shut down its accounts
because of a security breach"; "Mr Tsutsumi faces criminal charges because he misled
shareholders".

A sentence's main verb with a "because" clause, or a "because of" or "due to" phrase, gives
a cause; one with a "to" or "in order to" clause that tells what its doing was for ("To
offset the cost of fuel, BA introduced a surcharge") gives an aim, asked the same way. Each
has who or what it is about (the verb's subject, opening the sentence), the clause's parts
to ask why round that subject ("did" + "the agency" + "shut down its accounts"), with the
verb's tense as the article has it, and the reason. The parse tells the verb from a noun
("faces", "charges") and the helper a question moves in front of the subject, which no list
of words could.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from studyguide.analysis.parsing import do_support, in_order, subject_words, text_of, words_of
from studyguide.model import Cause, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_HELPERS = frozenset({"aux", "auxpass"})
_LINKING = frozenset(
    """however but and yet meanwhile still now also so instead indeed separately elsewhere
    similarly furthermore moreover""".split()
) | {"in addition", "in fact", "but now", "and now"}
"""Words a sentence may open on before its subject that only tie it to the sentence before:
a question drops them. A setting ("In the past,") is part of what it says, and keeps the
sentence out."""
_BETWEEN = frozenset({"RB", "RBR", "RBS"})
"""Words that may stand between the subject and the verb of a clause asked about: "the
firm also cut". Not "earlier this month", which a question could not leave there."""
_NOT_SUBJECTS = frozenset(
    "it its they he she we i you this that these those there who which".split()
)
"""Subjects that name nothing alone: the question would not say who or what."""
_OWN = ("self", "selves")
"""A pronoun for the subject itself ("establishing itself"), which points to nothing else."""
_MAX_SUBJECT_WORDS = 8
_MAX_ASKED_WORDS = 30
_PHRASE_LINKS = {("because", "of"), ("due", "to")}
"""Two-word links to a cause given as a noun phrase: "because of a security breach"."""
_AIM_LINKS = frozenset({"to", "in order to", "so as to"})
"""The words that open what a doing was for: "to offset the cost", "in order to save"."""
_NOT_FOR_AIMS = frozenset(
    """be have do go come look seem appear fail manage try want need wait vote agree decide
    plan hope expect intend struggle fight battle rush move refuse tend continue begin start
    ask tell order direct force urge allow enable encourage persuade invite help get lead
    cause prompt push press call use give leave win beat block oppose reject veto welcome
    criticise criticize condemn back support show set poise vow pledge promise threaten swear
    aim seek attempt offer opt choose prepare strive scramble resolve volunteer""".split()
)
"""Verbs whose "to" brings what they reach for ("look set to"), what their subject binds
itself to ("vowed to boycott the speech"), what someone was made or
asked to do, where a result follows ("beat Roddick to win the title"), or what the thing they
stand for or against is for ("blocked a package to fight the virus"): no aim of theirs."""
_RESULTS = frozenset(
    """win secure clinch claim seal book reach earn become finish end complete find see
    record post land set put leave go move lift join face stay remain close include""".split()
)
"""Verbs of what came of a doing, which a "to" after a result brings: "fired 19 aces to secure
the win", "recovered to close 12% down"."""
_STANCES = frozenset("be judge begin start sum put say hear tell see look".split())
"""Verbs of a "to" that opens a sentence on the writer's stance: "To judge by ...", "To be
fair, ...", "To begin with, ..."."""
_AIMING_NOUNS = frozenset(
    """bid attempt effort mission trip visit campaign drive plan move way chance opportunity
    time day week month year money fund power right ability decision order first last one
    deal need approval permission licence license duty obligation responsibility task job
    role tool means resource skill equipment space room capacity""".split()
)
"""Nouns a "to" may belong to ("a bid to become chairman", "14 days to find the money", "the
tools to publish their own blogs"):
between the verb and "to", the aim may be theirs, not the doing's."""
_SCORE = re.compile(r"\d+\s?-\s?\d+")
_MIGHT = frozenset("would could may might should".split())
"""Helpers of what only might be done: its aim is a design, not a doing's."""
_MAKING_SURE = frozenset(
    "ensure make show prove check see allow enable help let stop prevent".split()
)
"""Verbs of an aim whose object may be a clause of its own: "to ensure swear words are
removed", "to allow clubs to provide more sport"."""


def find_causes(doc: Doc, sentences: tuple[Span, ...]) -> tuple[Cause, ...]:
    found = []
    for sentence in sentences:
        tokens = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        if tokens is None:
            continue
        for token in tokens:
            if token.dep_ == "ROOT" and (cause := _cause(token, sentence, tokens[0])):
                found.append(cause)
    return tuple(found)


def _cause(verb: Token, sentence: Span, first: Token) -> Cause | None:
    if any(c.dep_ == "ccomp" for c in verb.children):
        return None  # "She believed the pier closed because ...": whose "because"?
    linked = _link(verb)
    if linked is None:
        return None
    link, reason = linked
    subject = subject_words(verb, _NOT_SUBJECTS)
    if subject is None:
        return None
    if len(subject) > _MAX_SUBJECT_WORDS or any(
        t.is_punct and t.text not in "-&." for t in subject
    ):
        return None  # "MAB, which opposed the war,": an aside inside; a quote's marks
    # An aim may open the sentence: "To offset the cost of fuel, the airline introduced a
    # surcharge." It is no setting, and the words asked about run on to the clause's end.
    fronted = link[0].i < subject[0].i
    linked_words = {t.i for t in (*link, *reason)}
    opening = " ".join(
        t.lower_ for t in verb.doc[first.i : subject[0].i] if t.is_alpha and t.i not in linked_words
    )
    if opening and opening not in _LINKING:
        return None  # "In the past, threats were theoretical": the setting is the point
    # The words asked about: from the subject to the link, all of the verb's own clause.
    end = max(t.i for t in verb.subtree) + 1 if fronted else link[0].i
    asked = [t for t in verb.doc[subject[-1].i + 1 : end] if not t.is_space]
    while asked and asked[-1].is_punct:
        asked.pop()
    inside = {t.i for t in verb.subtree} - linked_words
    if not asked or any(t.i not in inside for t in asked) or len(asked) > _MAX_ASKED_WORDS:
        return None
    if any(t.is_punct and t.text not in "'’-%" and not _in_list(t) for t in asked):
        return None  # "shut down its accounts, used to ...,": an aside between
    if any(t.dep_ == "neg" or (t.tag_ == "PRP" and not t.lower_.endswith(_OWN)) for t in asked):
        # "Why did Democrats oppose it?": "it" points to what the question does not
        # show; why something did not happen is asked of what the article sets against it.
        return None
    if verb.lemma_ == "be" and all(t.pos_ == "ADV" for t in asked if t.i > verb.i):
        return None  # "The downturn is mainly because of a glut": no "why is it mainly?"
    question = _asked(verb, asked)
    if question is None:
        return None
    text = text_of(verb.doc)
    start, end = reason[0].idx, reason[-1].idx + len(reason[-1])
    return Cause(
        sentence=sentence,
        subject=words_of(subject),
        helper=question[0],
        rest=question[1],
        link=" ".join(t.lower_ for t in link),
        reason=Span(start, end, text[start:end]),
    )


def _link(verb: Token) -> tuple[list[Token], list[Token]] | None:
    """The words linking the verb to its cause ("because", "because of", "due to"), and the
    cause, from the verb's own children or its "to" clause's ("struggles to establish
    itself because of ..."): not a "because" of a clause inside its object."""
    # "is reluctant to register students because of ...": the "to" clause of its complement.
    complements = [verb, *(c for c in verb.children if c.dep_ == "acomp")]
    heads = [verb, *(c for head in complements for c in head.children if c.dep_ == "xcomp")]
    aim = next((a for c in _aim_clauses(verb) if (a := _aim(verb, c)) is not None), None)
    if aim is not None:
        return aim
    for child in (c for head in heads for c in head.children):
        if child.dep_ == "advcl" and child.i > verb.i:
            marks = [m for m in child.children if m.dep_ == "mark" and m.lower_ == "because"]
            if marks and marks[0].i == child.left_edge.i:
                return [marks[0]], [t for t in in_order(child) if t.i > marks[0].i]
        if child.dep_ == "prep" and child.i > verb.i:
            nxt = child.nbor() if child.i + 1 < len(child.doc) else None
            if nxt is None or (child.lower_, nxt.lower_) not in _PHRASE_LINKS:
                continue
            cause = [t for t in in_order(child) if t.i > nxt.i]
            if cause and nxt.head.i == child.i:
                return [child, nxt], cause
    return None


def _asked(verb: Token, asked: list[Token]) -> tuple[str, str] | None:
    """The helper a question moves in front of the subject, and the rest of the words:
    ("did", "shut down its accounts"), ("is", "calling back 17,815 cars"), ("does", "face
    criminal charges"), ("is", "December a quiet month")."""
    first = asked[0]
    if first.dep_ in _HELPERS or (first.i == verb.i and verb.lemma_ == "be"):
        return (first.lower_, _words(asked[1:])) if len(asked) > 1 else None
    if any(t.dep_ in _HELPERS and t.i < verb.i for t in asked):
        return None  # "the firm also has been": words before the helper
    do = do_support(verb)
    if do is None or verb.i not in {t.i for t in asked}:
        return None
    before = [t for t in asked if t.i < verb.i]
    after = [t for t in asked if t.i > verb.i]
    if any(t.tag_ not in _BETWEEN for t in before):
        return None
    return do, " ".join(w for w in (_words(before), verb.lemma_, _words(after)) if w)


def _words(tokens: list[Token]) -> str:
    """The text the tokens run over, one space between words."""
    return words_of(tokens).text if tokens else ""


def _aim_clauses(verb: Token) -> list[Token]:
    """The "to" clauses that may tell what the verb's doing was for: its own, one hung on
    "in order", and one hung on its object ("took out an ad to persuade ...")."""
    clauses = []
    for child in verb.children:
        if child.dep_ == "advcl":
            clauses.append(child)
        elif child.dep_ == "prep" and child.lower_ in {"in", "so"}:
            clauses += (
                c for o in child.children if o.lower_ in {"order", "as"} for c in o.children
            )
        elif child.dep_ == "dobj":
            clauses += (c for c in child.children if c.dep_ in {"acl", "relcl"})
    return clauses


def _aim(verb: Token, clause: Token) -> tuple[list[Token], list[Token]] | None:
    """The words "to" or "in order to" and the aim they bring, when `clause` tells what the
    verb's doing was for: "introduced a surcharge to offset the cost of fuel", "To offset the
    cost of fuel, the airline introduced a surcharge". Not what a sports result brought ("won
    6-2 to give the hosts the lead"), what someone was asked or made to do ("directed the
    firm to pay"), what a noun is for ("a bid to become chairman", "a mission to the region
    to try ..."), nor "only to find"."""
    if clause.tag_ != "VB" or not clause.is_lower or verb.lemma_ in _NOT_FOR_AIMS:
        return None  # "a speech to Save Our Youth": a name, not a doing
    if any(c.dep_ == "aux" and c.lower_ in _MIGHT for c in verb.children):
        return None  # "desk space would combine with chairs to ...": a design, not a doing
    words = in_order(clause)
    marks = [t for t in words if t.i < clause.i]
    if clause.head.lower_ in {"order", "as"}:
        marks = [clause.head.head, clause.head, *marks]
    opening = " ".join(t.lower_ for t in marks)
    if opening not in _AIM_LINKS or clause.lemma_ in _RESULTS:
        return None
    if marks[0].i < verb.i and clause.lemma_ in _STANCES:
        return None  # "To judge by the crowds, ...", "To be fair, ...": a stance, no aim
    between = verb.doc[verb.i + 1 : marks[0].i]
    if any(t.lower_ in {"only", "enough", "too"} or t.pos_ in {"VERB", "AUX"} for t in between):
        return None  # "only for the keeper to beat it away"; "messages that purport to"
    if any(t.lemma_.lower() in _AIMING_NOUNS for t in between):
        return None
    aim = [t for t in words if t.i >= clause.i]
    if _SCORE.search(words_of(aim).text):
        return None  # "landed a penalty to make it 19-8": a score, what came of it
    after = (t for t in verb.subtree if t.i > aim[-1].i)
    if marks[0].i > verb.i and any(not (t.is_punct or t.is_space) for t in after):
        return None  # "to help them" before "anonymously send junk mail": the aim cut short
    inner = (t for t in aim if t != clause and t.dep_ not in {"relcl", "acl"})
    if any(_own_clause(t) and t.head.lemma_ not in _MAKING_SURE for t in inner):
        return None  # "to hear the case and hearings have taken place": a second clause
    if marks[0].i < verb.i and any(
        t.pos_ in {"VERB", "AUX"} for t in verb.doc[verb.i + 1 : verb.right_edge.i]
    ):
        return None  # "To find data, it has indexed pages and claims to update them": two asks
    return marks, aim


def _own_clause(token: Token) -> bool:
    """Whether the token is the verb of a clause with a subject of its own."""
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in token.children)


def _in_list(comma: Token) -> bool:
    """Whether the comma parts the items of a list ("Buick Raniers, Chevrolet Trailblazers
    and GMC Envoys"), not an aside."""
    item = comma.head
    return item.pos_ in {"NOUN", "PROPN"} and (
        item.dep_ == "conj" or any(c.dep_ == "conj" for c in item.children)
    )
