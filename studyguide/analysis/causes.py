"""Why things happened, as the article says: "The project was delayed because of the lack of
political support"; "Revenues slipped 11%, mainly due to the weakness of the dollar".

A clause with "because", or a verb with "because of", "due to" or "as a result of", gives a
cause: what happened (the verb's subject, its helper and the rest of what it did) and why.
The parts are those a question needs to ask it round its subject ("Why" + "was" + "the
project" + "delayed"), with the verb's tense as the article has it. Only the main clause, or
a clause someone is reported to say, gives one: a "because" inside a description ("passengers
who are unable to board because of overbooking") says why of something else. Nor does a
verb denied ("did not sell because ...": which did the "because" deny?) or one of what may be.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from studyguide.analysis.parsing import do_support, text_of, words_of
from studyguide.model import Cause, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_PHRASE_LINKS = {("because", "of"), ("due", "to"), ("owing", "to")}
"""Two words that bring a cause named by a noun: "because of the lack of support"."""
_RESULT = ("as", "a", "result", "of")
_QUOTE_MARKS = frozenset({'"', "“", "”"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_HELPERS = frozenset({"aux", "auxpass"})
_CLAUSES = frozenset({"ROOT", "ccomp", "conj"})
"""Where a verb tells what happened: the main clause, a clause joined to it, or what someone
is said to say ("Revenues slipped 11%, ... the group said")."""
_HEDGES = frozenset("mainly partly largely chiefly partly simply only just in part".split())
"""Words that weigh a cause, left out of the question: "mainly due to"."""
_ENDS = frozenset({";", ":", "(", ")", "\n"})
_TURNS = frozenset("while whereas although though which who".split())
"""Words after a comma on which a cause goes on to another thing: ", while his markets"."""
_JOINS = frozenset("and but so yet".split())
"""Words after a comma that go on to another thing when they join a clause: ", but the
centre could not convert", not ", and the cancellation of a contract"."""
_PERSONAL = frozenset("i me my we us our you your".split())
"""Words of someone speaking: a question with them reads as the speaker's, not the reader's."""
_NOT_ACTORS = frozenset("who which that this these those there what we i you".split())
"""Subjects that name no one to ask about: "he" or "it" may stand for a name before them."""
_MAX_ACTOR_WORDS = 8
_MAX_REST_WORDS = 20
_CAUSE_WORDS = (2, 30)


def find_causes(doc: Doc, sentences: tuple[Span, ...]) -> tuple[Cause, ...]:
    found = []
    for sentence in sentences:
        tokens = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        for verb in tokens or ():
            # A verb, or "be" as one: "Windows has long been a favourite ... because".
            if verb.pos_ in {"VERB", "AUX"} and verb.dep_ in _CLAUSES:
                cause = _cause(verb, sentence)
                if cause is not None:
                    found.append(cause)
    return tuple(found)


def _cause(verb: Token, sentence: Span) -> Cause | None:
    link = _link(verb)
    if link is None:
        return None
    first, why, clause = link
    if verb.dep_ not in _CLAUSES or (verb.dep_ == "conj" and verb.head.dep_ != "ROOT"):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    helpers = [c for c in verb.children if c.dep_ in _HELPERS]
    if any(h.i > verb.i or h.lower_ in {"to", "would", "could", "may", "might"} for h in helpers):
        return None
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if len(subjects) != 1 or subjects[0].lower_ in _NOT_ACTORS:
        return None
    actor = list(subjects[0].subtree)
    if [t.i for t in actor] != list(range(actor[0].i, actor[-1].i + 1)) or actor[-1].i >= verb.i:
        return None
    if len(actor) > _MAX_ACTOR_WORDS or any(_ends(t) or t.text == "," for t in actor):
        return None  # "MAB, which opposed the war,": a clause inside
    asked = _asked(verb, helpers, actor[-1].i, first.i)
    if asked is None:
        return None
    helper, rest = asked
    text = text_of(verb.doc)
    start, end = why[0].idx, why[-1].idx + len(why[-1])
    words = text[start:end]
    low, high = _CAUSE_WORDS
    if not low <= len(words.split()) <= high:
        return None
    return Cause(
        sentence=sentence,
        actor=words_of(actor),
        helper=helper,
        rest=rest,
        cause=Span(start, end, words),
        clause=clause,
    )


def _link(verb: Token) -> tuple[Token, list[Token], bool] | None:
    """The first word of the verb's link to a cause ("because", "due"), the cause's words up
    to where the sentence goes on to another thing, and whether they make a clause."""
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ == "advcl":
            mark = next((c for c in child.children if c.dep_ == "mark"), None)
            if mark is None or mark.lower_ != "because" or mark.i > child.i:
                continue
            words = _until_turn([t for t in child.subtree if t.i > mark.i])
            return (_weighed(mark), words, True) if words else None
        if child.dep_ in {"prep", "advmod", "amod"}:
            phrase = _phrase(child)
            words = _until_turn(phrase) if phrase is not None else None
            if words:
                return _weighed(child), words, False
    return None


def _phrase(link: Token) -> list[Token] | None:
    """The noun a two- or four-word link brings: "the lack" of "because of the lack of ..."."""
    doc = link.doc
    after = doc[link.i + 1] if link.i + 1 < len(doc) else None
    if after is None:
        return None
    if (link.lower_, after.lower_) in _PHRASE_LINKS:
        last = after
    elif tuple(t.lower_ for t in doc[link.i : link.i + 4]) == _RESULT:
        last = doc[link.i + 3]
    else:
        return None
    # The parser hangs the noun on either word: "because" or "of".
    noun = next((c for c in (*last.children, *link.children) if c.dep_ == "pobj"), None)
    if noun is None:
        return None
    words = list(noun.subtree)
    return words if words[0].i == last.i + 1 else None


def _weighed(link: Token) -> Token:
    """Where the link starts, with a word that weighs it ("mainly due to")."""
    before = link.doc[link.i - 1] if link.i > 0 else None
    return before if before is not None and before.lower_ in _HEDGES else link


def _until_turn(words: list[Token]) -> list[Token] | None:
    """The words up to where they go on to another thing: ", while ...", " - ", ";"; None
    where a quote cuts them ('because there was "not an alternative ..."'): the cause is
    the speaker's words."""
    kept: list[Token] = []
    for at, token in enumerate(words):
        if token.text in _QUOTE_MARKS:
            return None
        if _ends(token):
            break
        nxt = words[at + 1] if at + 1 < len(words) else None
        if token.text == "," and (nxt is None or _turns(nxt)):
            break
        kept.append(token)
    while kept and (kept[-1].text in {",", "."} or kept[-1].lower_ in {"and", "or", "but"}):
        kept.pop()
    return kept


def _turns(token: Token) -> bool:
    """Whether a word after a comma goes on to another thing."""
    if token.lower_ in _JOINS:
        return token.head.pos_ in {"VERB", "AUX"}
    return token.lower_ in _TURNS or token.tag_ == "VBG"


def _ends(token: Token) -> bool:
    """Whether the token ends a stretch of plain words: a quote mark, a dash set apart
    (not the hyphen of "all-night"), a semicolon or a bracket."""
    if token.text in {"-", "–", "—"}:
        before = token.doc[token.i - 1] if token.i > 0 else None
        return before is None or bool(before.whitespace_) or bool(token.whitespace_)
    return token.text in _ENDS or token.text in _QUOTE_MARKS


def _asked(
    verb: Token, helpers: list[Token], actor_end: int, link_start: int
) -> tuple[str, str] | None:
    """The helper verb and the rest of the question, from after the subject to the link:
    ("was", "delayed"), ("did", "slip 11% during 2004"), ("do", "continue to receive ...")."""
    between = list(verb.doc[actor_end + 1 : link_start])
    while between and (between[-1].text == "," or between[-1].lower_ in _HEDGES):
        between.pop()
    if not between or len(between) > _MAX_REST_WORDS:
        return None
    if any(t.lower_ in _PERSONAL for t in between) or not verb.text.isalpha():
        return None  # "Why is Madrid interested in me?"; "Why 's it?"
    if any(_ends(t) or t.text == "," for t in between):
        return None  # a clause or an aside before the cause
    if any(t.dep_ in {"cc", "conj"} and t.pos_ in {"VERB", "AUX"} for t in between):
        return None  # two doings: which is the cause of?
    if helpers:
        moved = helpers[0]
        if moved.lower_ in {"do", "does", "did"}:
            return None
    elif verb.lemma_ == "be":
        moved = verb
    else:
        do = do_support(verb)
        return (do, _joined(between, verb.i, verb.lemma_)) if do else None
    rest = _joined(between, moved.i)
    return (moved.lower_, rest) if rest else None  # nothing left but the verb moved


def _joined(tokens: list[Token], at: int, instead: str = "") -> str:
    """The tokens' words as the article spaces them, with the word at `at` left out, or put
    `instead`: the helper moved before the subject, a verb in its base form after "did"."""
    words = "".join(
        (instead or "") + t.whitespace_ if t.i == at else t.text_with_ws for t in tokens
    )
    return " ".join(words.split())
