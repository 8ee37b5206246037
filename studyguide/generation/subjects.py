"""Who did it: "Who announced the zero tolerance policy in April?"

When a claim or a sentence of the article opens with a name as its subject, putting a
question word in the name's place gives a grammatical question with the verb and its tense
untouched. Each such fact about a person is asked as multiple choice, among other people of
the story; never typed, where the answer is a name the student finds by matching the
question's words to a sentence, which teachers strike out. The facts about organisations
and places serve the names-to-deeds matching only.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from studyguide.generation.context import Context, place_kind
from studyguide.generation.distractors import entity_distractors
from studyguide.generation.plan import protagonist
from studyguide.generation.registry import Candidate, generator
from studyguide.generation.wording import balanced, mentions, one_sentence
from studyguide.generation.writing_words import AUXILIARIES
from studyguide.model import Difficulty, Entity, EntityKind, Question, QuestionType, Span

_ASKED = {
    EntityKind.PERSON: "who",
    EntityKind.ORGANIZATION: "which organization",
}
_VERBS = frozenset(
    """says wants plans expects faces hopes needs believes denies insists claims argues
    remains continues accepts rejects supports opposes owns makes takes gives sees warns
    blames admits agrees refuses aims seeks""".split()
)
_MAX_WORDS = 30


@generator("subject-choice", QuestionType.MULTIPLE_CHOICE)
def subject_choice(ctx: Context) -> list[Candidate]:
    rng = random.Random(f"subject-choice:{ctx.article.id}")
    out = []
    for fact in _people_facts(ctx):
        avoid = f"{fact.prompt} {fact.evidence.text}"  # names the sentence holds may be true too
        distractors = entity_distractors(ctx, fact.answer, fact.entity.kind, rng, avoid=avoid)
        if len(distractors) < (2 if fact.entity.kind is EntityKind.PERSON else 3):
            continue
        out.append(
            Candidate(
                _question(ctx, fact, choices=(fact.answer, *distractors)),
                fact=fact.key,
                score=fact.score,
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class SubjectFact:
    """A name standing as the subject of a claim or sentence, and what it did."""

    entity: Entity
    answer: str
    prompt: str
    evidence: Span
    start: int
    speaker: str | None
    score: float
    predicate: str
    """What follows the name: "strongly opposed that invasion"."""

    @property
    def key(self) -> str:
        return f"subject:{self.start}"


def _people_facts(ctx: Context) -> list[SubjectFact]:
    """What people did: "Who announced the policy in April?". Not which organisation or
    country did something: the recogniser's organisations and places are too often a band,
    a product or a division ("Which place was auctioned ...?"), and the one the story is
    about answers itself. Nor who did something when the story is about one person: "Who
    is due to perform?" answers itself in an article on the singer."""
    about = protagonist(ctx)
    return [
        f
        for f in subject_facts(ctx)
        if f.entity.kind is EntityKind.PERSON and f.entity.name != about
    ]


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
        if entity.kind not in (*_ASKED, EntityKind.PLACE):
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
        rest = after.strip().rstrip(".").strip()
        if not _starts_with_verb(rest) or len(rest.split()) > _MAX_WORDS:
            return None
        if _SECOND_CLAUSE.search(rest):
            return None  # "Who slotted four penalties and Scotland were denied a try?"
        asked = _ASKED.get(entity.kind) or f"which {place_kind(entity.name)}"
        if speaker is not None:
            if mentions(rest, speaker):
                return None
            prompt = f"According to {speaker}, {asked} {rest}?"
        else:
            prompt = f"{asked[:1].upper()}{asked[1:]} {rest}?"
        return SubjectFact(
            entity,
            ctx.display(entity.name),
            prompt,
            evidence,
            mention.start,
            speaker,
            3.0 if speaker else 2.0,
            rest,
        )
    return None


_SECOND_CLAUSE = re.compile(
    r"(?:,|\band|\bbut|\bwhile|\bwhen|\bas) (?:the )?\w+(?: \w+)? "
    r"(?:was|were|is|are|had|has|have|will|would)\b|, but "
    r"|(?:,|\band|\bbut|\bwhile|\bwhen|\bas) (?:[A-Z][\w'’-]+ ){1,3}[a-z]+ed\b"
    r"|\bbut (?:[\w'’-]+ ){1,6}(?:is|are|was|were|has|have|had|will|would)\b"
)
"""A second clause with a subject of its own: "and Ronaldo blazed over", "when the bill was",
"but the legal fight with Microsoft is continuing"."""


def _starts_with_verb(rest: str) -> bool:
    words = rest.split()
    if not words or not words[0].islower():
        return False
    first = words[0].strip(",")
    if first in AUXILIARIES or first.endswith("ed") or first in _VERBS:
        return True
    return first.endswith("ly") and len(words) > 1 and _starts_with_verb(" ".join(words[1:]))


def _question(ctx: Context, fact: SubjectFact, choices: tuple[str, ...]) -> Question:
    where = ctx.paragraph_number(fact.evidence.start)
    if fact.speaker is not None:
        explanation = f"Paragraph {where} reports what {fact.speaker} said: {' '.join(fact.evidence.text.split())}"
    else:
        explanation = f"Paragraph {where}: {' '.join(fact.evidence.text.split())}"
    kind_tag = {
        EntityKind.PERSON: "person",
        EntityKind.ORGANIZATION: "organization",
        EntityKind.PLACE: "place",
    }[fact.entity.kind]
    return Question(
        id=ctx.question_id(
            QuestionType.MULTIPLE_CHOICE, "subject", fact.evidence.text, fact.answer
        ),
        type=QuestionType.MULTIPLE_CHOICE,
        article=ctx.article.id,
        prompt=fact.prompt,
        answer=fact.answer,
        choices=choices,
        explanation=explanation,
        evidence=ctx.evidence(fact.evidence),
        difficulty=Difficulty.MEDIUM,
        tags=("claim", kind_tag) if fact.speaker else (kind_tag,),
    )
