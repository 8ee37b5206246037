"""What someone warned, admitted or argued would happen: "What did Mark Serwotka warn could
happen unless there was a government rethink?" from "Mark Serwotka warned there could be
further walkouts unless there was a government rethink."

A verb that says how something was said (warned, admitted, argued) tells the reader what
kind of position it is; the condition it was said on, or the thing said to lead somewhere,
narrows the question to one answer. Asked with only who said it ("What did Serwotka warn?"),
it has as many answers as the speaker has lines: teachers struck those out as open to many
readings. Nor is it asked of a plain "said", of a verb the speaker uses twice, of someone
only "he" or "she" stands for, or of the lead, which the main idea asks.
"""

from __future__ import annotations

import re

from studyguide.generation.context import Context
from studyguide.generation.distractors import person_like
from studyguide.generation.plan import is_lead, on_topic
from studyguide.generation.registry import Candidate, generator
from studyguide.generation.wording import POINTING, balanced, capitalized, mentions
from studyguide.generation.writing_words import ANOTHER_SAYS, NEEDS_CONTEXT
from studyguide.model import Claim, Difficulty, EntityKind, Question, QuestionType, Span

_TELLING = {
    "warn": ("warned", "warns"),
    "admit": ("admitted", "admits"),
    "deny": ("denied", "denies"),
    "insist": ("insisted", "insists"),
    "argue": ("argued", "argues"),
    "claim": ("claimed", "claims"),
    "promise": ("promised", "promises"),
    "pledge": ("pledged", "pledges"),
    "vow": ("vowed", "vows"),
    "predict": ("predicted", "predicts"),
    "concede": ("conceded", "concedes"),
    "acknowledge": ("acknowledged", "acknowledges"),
    "conclude": ("concluded", "concludes"),
    "reveal": ("revealed", "reveals"),
    "allege": ("alleged", "alleges"),
    "fear": ("feared", "fears"),
    "hope": ("hoped", "hopes"),
    "believe": ("believed", "believes"),
    "expect": ("expected", "expects"),
}
"""Verbs of saying that tell what kind of position the words are, by base form: (past,
present)."""
_FORMS = {
    form: (base, tense)
    for base, (past, present) in _TELLING.items()
    for form, tense in ((past, "past"), (present, "present"), (base, "plural"))
}
_PERFECT = re.compile(r"\b(has|have|had)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_GOES_ON = re.compile(r"\s[-–—]\s|,\s+but\b|;")
"""Where the reported words go on to another thing than the one told so: " - but refused to
rule out future tax rises"."""
_OPENS_ON_LINK = re.compile(r"(?:instead|however|indeed|meanwhile|also|still)\b", re.IGNORECASE)
_OWN = {EntityKind.PERSON: {"he", "she"}, EntityKind.ORGANIZATION: {"it"}}
"""Words a speaker's reported words may open on for the speaker: "Marat Safin admitted he had
begun to doubt ..."."""
_MIN_WORDS, _MAX_WORDS = 6, 35
_MAX_ASKED = 2


@generator("position-answer", QuestionType.SHORT_ANSWER)
def position_answer(ctx: Context) -> list[Candidate]:
    out: list[Candidate] = []
    told = [(claim, _telling(ctx, claim)) for claim in ctx.analysis.claims]
    uses = [(claim.speaker, found[0]) for claim, found in told if found is not None]
    asked: set[str] = set()
    for claim, found in told:
        speaker = claim.speaker
        if found is None or speaker is None or speaker in asked:
            continue
        if uses.count((speaker, found[0])) > 1:
            continue  # two warnings: "What did she warn?" has two answers
        entity = ctx.entity_named(speaker)
        if entity is None or entity.kind not in _OWN:
            continue
        if entity.kind is EntityKind.PERSON and not person_like(entity.name):
            continue  # "Dubs' Succession": a bill the recogniser took for a person
        if is_lead(ctx, claim.sentence) or not _by_name(ctx, speaker, claim.sentence):
            continue  # the lead is the main idea's; the "he" of a sentence may be another's
        if not on_topic(ctx, claim.sentence.text) and speaker not in ctx.speakers():
            continue  # a side remark of someone the story is not about
        words = _said(ctx, claim, entity.kind)
        if words is None:
            continue
        narrowed = _what_would_happen(words)
        if narrowed is None:
            continue  # "What did she admit?": as many answers as she has lines
        name = entity.name if entity.kind is EntityKind.PERSON else ctx.display(speaker)
        prompt = f"What {found[1]} {name} {found[2]} {narrowed[0]}?"
        answer = f"{capitalized(narrowed[1])}."
        asked.add(speaker)
        out.append(
            Candidate(
                Question(
                    id=ctx.question_id(QuestionType.SHORT_ANSWER, "position", claim.content.text),
                    type=QuestionType.SHORT_ANSWER,
                    article=ctx.article.id,
                    prompt=prompt,
                    answer=answer,
                    accepted=(f"that {words}",),
                    explanation=(
                        f"Paragraph {ctx.paragraph_number(claim.content.start)} reports it:"
                        f" {name} {claim.cue} that {words}."
                    ),
                    evidence=ctx.evidence(claim.sentence),
                    difficulty=Difficulty.MEDIUM,
                    tags=("claim", "position"),
                ),
                fact=f"claim:{claim.content.start}",
                score=3.3,
            )
        )
        if len(out) == _MAX_ASKED:
            break
    return out


_MODAL = r"(?P<modal>could|would|might|will|may)"
_CONDITIONAL = re.compile(
    rf"^(?P<condition>(?:if|unless) [^,]{{3,90}}), (?:then )?(?P<then>[^,]*\b{_MODAL} .+)$"
    rf"|^(?P<then2>[^,]*\b(?P<modal2>could|would|might|will|may) [^,]+?)"
    r" (?P<condition2>(?:if|unless) [^,]{3,90})$"
)
"""What someone says would happen on a condition: "there could be further walkouts unless
there was a government rethink"."""
_LEADS_TO = re.compile(
    rf"^(?P<cause>(?!(?:it|this|that|they|these|those)\b)[^,]{{3,80}}?) {_MODAL}"
    r" (?P<verb>lead to|result in|cost|mean) (?P<effect>[^,]{3,90})$"
)
"""What someone says a thing would bring: "a lack of action could lead to further legal
action"."""


def _what_would_happen(words: str) -> tuple[str, str] | None:
    """(the question's words after the verb of saying, the answer) for reported words that
    tell what would happen on a condition, or what a thing would lead to: ("could happen
    unless there was a government rethink", "there could be further walkouts"); None for
    other words, which a question naming only who said them leaves open."""
    found = _CONDITIONAL.match(words)
    if found is not None:
        then = found.group("then") or found.group("then2")
        modal = found.group("modal") or found.group("modal2")
        condition = found.group("condition") or found.group("condition2")
        return f"{modal} happen {condition}", then
    led = _LEADS_TO.match(words)
    if led is not None:
        cause = led.group("cause")
        return f"{cause} {led.group('modal')} {led.group('verb')}", led.group("effect")
    return None


def _telling(ctx: Context, claim: Claim) -> tuple[str, str, str] | None:
    """(the verb's base form, the question's helper, the verb as the question has it):
    ("warn", "did", "warn") for "warned", ("warn", "has", "warned") for "has warned"."""
    cue = claim.cue.lower()
    if cue not in _FORMS:
        return None
    base, tense = _FORMS[cue]
    at = claim.sentence.text.lower().find(cue)
    before = claim.sentence.text[:at] if at >= 0 else ""
    perfect = _PERFECT.search(before)
    if tense == "past" and perfect is not None:
        return base, perfect.group(1).lower(), cue
    helper = {"past": "did", "present": "does", "plural": "do"}[tense]
    return base, helper, base


def _by_name(ctx: Context, speaker: str, sentence: Span) -> bool:
    """Whether the sentence names the speaker: "He insisted ..." after a sentence on the
    prime minister is too often given to the last person named."""
    forms = (*ctx.forms(speaker), speaker.split()[-1])
    return any(
        re.search(rf"\b{re.escape(form)}\b", sentence.text) for form in forms if len(form) > 2
    )


def _said(ctx: Context, claim: Claim, kind: EntityKind) -> str | None:
    """The reported words as a model answer: one thing, told alone, or None."""
    words = ctx.as_clause(ctx.whole(claim.content))
    words = _GOES_ON.split(words, maxsplit=1)[0].strip(" ,.")
    # "... growth was picking up, and that the markets had been stronger": two things told,
    # both the answer.
    words = re.sub(r",?\s+and that\s+", " and ", words)
    if ANOTHER_SAYS.search(words):
        return None  # "... was theft but Russian authorities argued ...": another's view too
    if not _MIN_WORDS <= len(words.split()) <= _MAX_WORDS or not balanced(words):
        return None
    first = words.split()[0].lower()
    if first in NEEDS_CONTEXT and first not in _OWN[kind] or _OPENS_ON_LINK.match(words):
        return None  # "this was unfair", "Instead, the Act could ...": of what came before
    if mentions(words, claim.speaker or ""):
        return None  # "Mr Mallon is a late recruit": the speaker told of by name
    if POINTING.search(words):
        return None  # "would address that imbalance": which one, the words do not say
    return None if ctx.slipped(words) else words
