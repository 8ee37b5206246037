"""Reported speech without quote marks: who claims what.

`X said (that) ...`, `..., X said.`, `X added / noted / told reporters that ...` and
`according to X, ...` give a claim with its speaker, cue and content. Sentences with no
such frame are the article's own statements, not anyone's claim.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from studyguide.analysis.document import inside, text_of, word_start
from studyguide.analysis.lexicon import STRONG_SPEECH_VERBS
from studyguide.analysis.quotemarks import QUOTE_CHARACTERS, Quoted
from studyguide.analysis.speakers import SpeakerResolver
from studyguide.model import Claim, Quote, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_MIN_CONTENT_WORDS = 3
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def find_claims(
    doc: Doc,
    resolver: SpeakerResolver,
    quoted: tuple[Quoted, ...],
    quotes: tuple[Quote, ...],
    skipped: tuple[Span, ...],
) -> tuple[Claim, ...]:
    claims: list[Claim] = []
    taken = [(q.content.start, q.content.end) for q in quotes]
    for sentence in doc.sents:
        if inside(skipped, sentence.start_char, sentence.end_char):
            continue
        for token in sentence:
            if any(q.outer.start <= token.idx < q.outer.end for q in quoted):
                continue
            content = _content(token)
            if content is None:
                continue
            start, end = content
            text = text_of(doc)[start:end]
            if any(ch in text for ch in QUOTE_CHARACTERS if ch not in "'’"):
                continue
            if len(text.split()) < _MIN_CONTENT_WORDS or any(s <= start < e for s, e in taken):
                continue
            speaker = resolver.speaker_of(token)[0]
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


def _content(cue: Token) -> tuple[int, int] | None:
    """Character range of what the cue reports, without "that" or closing punctuation."""
    if cue.lower_ == "according":
        head = cue.head
        excluded = {t.i for t in cue.subtree}
        tokens = [t for t in head.subtree if t.i not in excluded]
    elif cue.tag_ == "VB":
        return None  # "is expected to say that ...", "will tell them that ...": not said yet
    elif cue.lemma_.lower() in STRONG_SPEECH_VERBS and cue.pos_ in {"VERB", "AUX"}:
        clauses = [c for c in cue.children if c.dep_ == "ccomp"]
        if not clauses:
            return None
        tokens = list(clauses[0].subtree)
        last = clauses[-1]
        if last.i > cue.i and not any(c.dep_ in _SUBJECTS for c in last.children):
            # The parser hung the clause's subject on the cue ("added its bid ..., was being
            # considered"; "said the settlement, details of which ..., was a chance"): the
            # claim runs from the cue's first word after it to the clause's end.
            if cue.lemma_.lower() == "tell":
                return None  # its object is whom they told ("told MPs on Tuesday care was ...")
            after = [c for c in cue.rights if c.dep_ in _SUBJECTS | {"dobj", "ccomp"}]
            first = min(t.i for t in after[0].subtree)
            tokens = list(cue.doc[first : last.right_edge.i + 1])
    else:
        return None
    while tokens and (tokens[0].lower_ == "that" or tokens[0].is_punct):
        tokens.pop(0)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not tokens:
        return None
    return word_start(text_of(cue.doc), tokens[0].idx), tokens[-1].idx + len(tokens[-1].text)
