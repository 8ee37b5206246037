"""Who is speaking: from a verb of saying to the canonical name of its subject."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from studyguide.analysis.entities import Cast
from studyguide.analysis.lexicon import PERSONAL_PRONOUNS, SPEECH_VERBS
from studyguide.model import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

_MAX_DESCRIPTION_WORDS = 7
_SINGULAR_PRONOUNS = frozenset({"he", "she", "him", "her"})


def is_cue(token: Token) -> bool:
    """A verb of saying, or the "according" of "according to X"."""
    if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
        return True
    return token.lemma_.lower() in SPEECH_VERBS and token.pos_ in {"VERB", "AUX"}


def cue_subject(cue: Token) -> SpacySpan | None:
    """The words naming who speaks: nsubj of the cue, of the verb it hangs on, or to-object."""
    if cue.lower_ == "according":
        for to in cue.children:
            if to.lower_ == "to":
                objects = [c for c in to.children if c.dep_ == "pobj"]
                if objects:
                    return _phrase(objects[0])
        return None
    verb: Token | None = cue
    for _ in range(3):
        if verb is None:
            break
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            return _phrase(subjects[0])
        agents = [c for c in verb.children if c.dep_ == "agent"]
        if agents:
            objects = [c for c in agents[0].children if c.dep_ == "pobj"]
            if objects:
                return _phrase(objects[0])
        verb = verb.head if verb.dep_ in {"conj", "xcomp", "advcl", "acl", "pcomp"} else None
    return None


def _phrase(head: Token) -> SpacySpan:
    """The head's noun phrase, cut before a relative clause or a long appositive."""
    tokens = list(head.subtree)
    end = head.i + 1
    for token in tokens:
        if token.i > head.i and token.dep_ in {"relcl", "acl", "punct", "appos", "cc"}:
            break
        if token.i >= head.i:
            end = token.i + 1
    start = min(t.i for t in tokens)
    return head.doc[start:end]


class SpeakerResolver:
    """Resolves speaker mentions against the cast, remembering who was last in focus.

    A pronoun speaker ("he said") is the person most recently named as the subject of a
    sentence, the way a reader follows it; a person merely mentioned ("after the death of
    X") does not take the focus unless nobody has been a subject yet.
    """

    def __init__(self, cast: Cast, doc: Doc) -> None:
        self._cast = cast
        self._subjects: list[tuple[int, str]] = []
        self._mentions: list[tuple[int, str]] = []
        for entity in cast.entities():
            if entity.kind.value == "person":
                self._mentions.extend((m.start, entity.name) for m in entity.mentions)
        for token in doc:
            if is_cue(token):
                self._add_missed_speaker(token)
        for token in doc:
            if token.dep_ in {"nsubj", "nsubjpass"} and token.pos_ == "PROPN":
                name = self._name(_phrase(token))
                if name:
                    self._subjects.append((token.idx, name))
        self._subjects.sort()
        self._mentions.sort()

    def _add_missed_speaker(self, cue: Token) -> None:
        subject = cue_subject(cue)
        if subject is None or subject.root.pos_ != "PROPN" or self._name(subject):
            return
        if any(t.ent_type_ in {"ORG", "GPE", "NORP", "FAC", "LOC"} for t in subject):
            return
        names = [t for t in subject if t.pos_ == "PROPN" and t.i <= subject.root.i]
        tail: list[Token] = []
        for token in reversed(names):
            if tail and token.i != tail[-1].i - 1:
                break
            tail.append(token)
        tail.reverse()
        if 1 <= len(tail) <= 3:
            start, end = tail[0].idx, tail[-1].idx + len(tail[-1].text)
            self._cast.add_person(
                subject.doc.text[start:end], Span(start, end, subject.doc.text[start:end])
            )

    def last_person_before(self, position: int) -> str | None:
        for memory in (self._subjects, self._mentions):
            index = bisect.bisect_left(memory, (position, ""))
            if index:
                return memory[index - 1][1]
        return None

    def _name(self, mention: SpacySpan) -> str | None:
        for ent in mention.ents:
            if ent.label_ == "PERSON":
                name = self._cast.person(ent.text)
                if name:
                    return name
        propns = [t for t in mention if t.pos_ == "PROPN"]
        if propns and propns[-1] == mention.root:
            name = self._cast.person(" ".join(t.text for t in propns))
            if name:
                start, end = propns[0].idx, propns[-1].idx + len(propns[-1].text)
                self._cast.add_mention(name, Span(start, end, mention.doc.text[start:end]))
            return name
        return None

    def resolve(self, mention: SpacySpan) -> str | None:
        """A canonical name, an organisation or a short description; None when unclear."""
        text = mention.text.strip()
        if len(mention) == 1 and mention[0].lower_ in PERSONAL_PRONOUNS:
            if mention[0].lower_ in _SINGULAR_PRONOUNS:
                return self.last_person_before(mention.start_char)
            return None
        name = self._name(mention)
        if name:
            return name
        by_role = self._cast.person_by_role(text) if mention.root.pos_ == "NOUN" else None
        if by_role:
            return by_role
        for ent in mention.ents:
            if ent.label_ in {"ORG", "GPE"} and ent.start <= mention.root.i < ent.end:
                return self._cast.organization(ent.text) or ent.text
        if mention.root.pos_ in {"NOUN", "PROPN"} and len(mention) <= _MAX_DESCRIPTION_WORDS:
            return text
        return None
