"""Reported speech without quote marks: who claims what.

`X said (that) ...`, `..., X said.`, `X added / noted / told reporters that ...` and
`according to X, ...` give a claim with its speaker, cue and content. Sentences with no
such frame are the article's own statements, not anyone's claim.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from studyguide.analysis.lang import language_of, words_of
from studyguide.analysis.parsing import Regions, inside, text_of, word_start
from studyguide.analysis.quotemarks import Quoted
from studyguide.analysis.speakers import SpeakerResolver
from studyguide.model import Claim, Quote, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_MIN_CONTENT_WORDS = 3
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_REFLEXIVES = frozenset("himself herself themselves itself myself ourselves yourself".split())


def find_claims(
    doc: Doc,
    resolver: SpeakerResolver,
    quoted: tuple[Quoted, ...],
    quotes: tuple[Quote, ...],
    skipped: tuple[Span, ...],
) -> tuple[Claim, ...]:
    claims: list[Claim] = []
    taken = Regions((q.content.start, q.content.end) for q in quotes)
    quoting = Regions((q.outer.start, q.outer.end) for q in quoted)
    marks = language_of(doc).quote_marks.characters
    for sentence in doc.sents:
        if inside(skipped, sentence.start_char, sentence.end_char):
            continue
        for token in sentence:
            if token.idx in quoting:
                continue
            content = _content(token)
            if content is None:
                continue
            start, end = content
            text = text_of(doc)[start:end]
            if any(ch in text for ch in marks if ch not in "'’"):
                continue
            if len(text.split()) < _MIN_CONTENT_WORDS or start in taken:
                continue
            if ";" in text_of(doc)[min(end, token.idx) : max(start, token.idx)]:
                continue  # "Fares rise; islanders say ...": a semicolon ends what they said
            speaker, mention = resolver.speaker_of(token)
            # "Mr Mallon is a late recruit ..., he claims, ...": an aside, whose words are
            # the article's sentence round it.
            aside = token.idx > start and sentence.end_char - token.idx > len(token.text) + 2
            if speaker and mention and not aside and _names_itself(mention, speaker, text):
                speaker = None  # "She also said that the woman supplied ...": not the woman
            trimmed = sentence.text.strip()
            lead = (
                sentence.start_char + sentence.text.index(trimmed[:1])
                if trimmed
                else sentence.start_char
            )
            claims.append(
                Claim(
                    content=Span(start, end, text),
                    speaker=speaker,
                    cue=token.text if token.lower_ != "according" else "according to",
                    sentence=Span(lead, lead + len(trimmed), trimmed),
                )
            )
    return tuple(claims)


def _names_itself(mention: Span, speaker: str, content: str) -> bool:
    """Whether a pronoun's speaker is one the words it reports name: news calls a speaker
    "he" or "she" in what they said, never by name or as "the woman", so "she" was another."""
    if mention.text.lower() not in {"he", "she", "they"}:
        return False
    surname = speaker.split()[-1]
    # Not as someone's ("Sculthorpe's team-mate"), which the speaker may say of another.
    named = rf"\b{re.escape(surname)}\b(?!['’]s\b)"
    return re.search(named, content, re.IGNORECASE) is not None


def _whom_told(clause: Token) -> int:
    """Where the words told begin, after whom they were told to, where the parser ran the
    two together ("told the BBC Michael Howard has ..."): names before the name that is the
    clause's subject."""
    doc = clause.doc
    start = clause.left_edge.i
    subjects = [c for c in clause.children if c.dep_ in _SUBJECTS]
    if not subjects or subjects[0].left_edge.i != start or not subjects[0].ent_type_:
        return start
    named = subjects[0].i
    while named > start and doc[named].ent_iob_ == "I":
        named -= 1  # where the subject's name begins: "Michael" of "Michael Howard"
    before = doc[start:named]
    told = [t for t in before if t.lower_ != "the"]
    if told and all(t.pos_ == "PROPN" for t in told):
        return named
    return start


_TOLD = frozenset({"dobj", "dative", "iobj"})


def _joined_clause(thing: Token, clause: Token) -> bool:
    """Whether the words right before the clause the parser hung on the cue are its own
    subject, which the parse joined by "and" to a word deep in the cue's object:
    "announced plans to help buyers and the Tories would extend ...", two statements, not
    one reported."""
    doc = thing.doc
    return any(
        token.dep_ == "conj"
        and token.head.i != thing.i
        and token.right_edge.i + 1 == clause.left_edge.i
        for token in doc[thing.i : clause.left_edge.i]
    )


_ONLY = frozenset({"only", "merely", "simply", "just"})
"""Words that weigh what was said, before its "that": "said only that ..."."""


def _content(cue: Token) -> tuple[int, int] | None:
    """Character range of what the cue reports, without "that" or closing punctuation."""
    if cue.lower_ == "according":
        # The words "according to X" hang on, without them: only the first and the last
        # word count, so "according to X" is cut from whichever end it stands at.
        doc, head = cue.doc, cue.head
        begin, stop = head.left_edge.i, head.right_edge.i
        while stop > begin and doc[stop].is_punct:
            stop -= 1
        while begin < stop and doc[begin].is_punct:
            begin += 1
        if cue.left_edge.i <= begin:
            begin = cue.right_edge.i + 1
        elif cue.right_edge.i >= stop:
            stop = cue.left_edge.i - 1
        tokens = doc[begin : stop + 1]
    elif cue.tag_ == "VB":
        return None  # "is expected to say that ...", "will tell them that ...": not said yet
    elif cue.lemma_.lower() in words_of(cue).strong_speech_verbs and cue.pos_ in {"VERB", "AUX"}:
        clauses = [c for c in cue.children if c.dep_ == "ccomp"]
        if not clauses:
            return None
        # A subtree is one stretch of the sentence: taken from its edges, not word by word.
        tokens = cue.doc[clauses[0].left_edge.i : clauses[0].right_edge.i + 1]
        last = clauses[-1]
        if last.i > cue.i and not any(c.dep_ in _SUBJECTS for c in last.children):
            # The parser hung the clause's subject on the cue ("added its bid ..., was being
            # considered"; "said the settlement, details of which ..., was a chance"): the
            # claim runs from the cue's first word after it to the clause's end.
            if cue.lemma_.lower() == "tell":
                return None  # its object is whom they told ("told MPs on Tuesday care was ...")
            after = [c for c in cue.rights if c.dep_ in _SUBJECTS | {"dobj", "ccomp"}]
            if _joined_clause(after[0], last):
                return None
            tokens = cue.doc[after[0].left_edge.i : last.right_edge.i + 1]
        elif cue.lemma_.lower() == "tell" and not any(c.dep_ in _TOLD for c in cue.children):
            tokens = tokens[_whom_told(clauses[0]) - tokens.start :]
    else:
        return None
    at, end = 0, len(tokens)
    # Not "only" of "said only that ...": what they said opens after the "that".
    while at < end and (
        tokens[at].lower_ == "that"
        or tokens[at].is_punct
        or tokens[at].is_space
        or (tokens[at].lower_ in _ONLY and at + 1 < end and tokens[at + 1].lower_ == "that")
    ):
        at += 1
    while end > at and (tokens[end - 1].is_punct or tokens[end - 1].is_space):
        end -= 1  # nor the line break after a headline's last word
    if at == end or tokens[at].lower_ in _REFLEXIVES:
        return None  # "declared himself satisfied": how they are, not a clause they said
    first, final = tokens[at], tokens[end - 1]
    return word_start(text_of(cue.doc), first.idx), final.idx + len(final.text)
