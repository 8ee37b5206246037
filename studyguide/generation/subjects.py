"""What names did: a claim or a sentence of the article that opens with a name as its
subject, for the matching of names to what they did.

What the name did is the rest of the sentence, with its verb and tense untouched
("announced the zero tolerance policy in April"). It is not asked on its own ("Who announced
...?"): the answer is a name the student finds by matching the question's words to a
sentence, and teachers kept none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from studyguide.generation.context import Context
from studyguide.generation.wording import (
    SECOND_CLAUSE,
    balanced,
    mentions,
    one_sentence,
    without_full_stop,
)
from studyguide.generation.writing_words import AUXILIARIES
from studyguide.model import Entity, EntityKind, Span

_KINDS = frozenset({EntityKind.PERSON, EntityKind.ORGANIZATION, EntityKind.PLACE})
_VERBS = frozenset(
    """says wants plans expects faces hopes needs believes denies insists claims argues
    remains continues accepts rejects supports opposes owns makes takes gives sees warns
    blames admits agrees refuses aims seeks""".split()
)
_MAX_WORDS = 30


@dataclass(frozen=True, slots=True)
class SubjectFact:
    """A name standing as the subject of a claim or sentence, and what it did."""

    entity: Entity
    answer: str
    evidence: Span
    speaker: str | None
    predicate: str
    """What follows the name: "strongly opposed that invasion"."""


def subject_facts(ctx: Context) -> list[SubjectFact]:
    found = (
        _fact(ctx, content, evidence, speaker) for content, evidence, speaker in ctx.stated_facts()
    )
    return [fact for fact in found if fact is not None]


def _fact(ctx: Context, content: Span, evidence: Span, speaker: str | None) -> SubjectFact | None:
    text = content.text
    if not balanced(text) or not one_sentence(text) or re.search(r"[“”\"]", text):
        return None
    lead = re.match(r"(?:the\s+)?", text, re.IGNORECASE)
    offset = content.start + (lead.end() if lead else 0)
    for entity in ctx.analysis.entities:
        if entity.kind not in _KINDS:
            continue
        mention = next((m for m in entity.mentions if m.start == offset), None)
        if mention is None:
            continue
        # A one-word "person" is as often a company the analysis took for one ("Orange").
        if entity.kind is EntityKind.PERSON and len(entity.name.split()) < 2:
            return None
        after = text[mention.end - content.start :]
        if not after[:1].isspace():
            return None
        rest = without_full_stop(after.strip())
        if not _starts_with_verb(rest) or len(rest.split()) > _MAX_WORDS:
            return None
        if SECOND_CLAUSE.search(rest):
            return None  # "Who slotted four penalties and Scotland were denied a try?"
        if speaker is not None and mentions(rest, speaker):
            return None
        return SubjectFact(entity, ctx.display(entity.name), evidence, speaker, rest)
    return None


def _starts_with_verb(rest: str) -> bool:
    words = rest.split()
    if not words or not words[0].islower():
        return False
    first = words[0].strip(",")
    if first in AUXILIARIES or first.endswith("ed") or first in _VERBS:
        return True
    return first.endswith("ly") and len(words) > 1 and _starts_with_verb(" ".join(words[1:]))
