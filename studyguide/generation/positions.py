"""What someone holds: "What did Judge Letitia Clark say about Yukos?" from "Judge Letitia
Clark said Yukos did not have enough of a US presence to establish US jurisdiction".

A person's position is the first thing the article reports them saying; asked by what it is
about (the subject of the clause they are reported to say), it is answered by what they hold,
in the student's words. It is asked only where the speaker is named, what the words are about
names a thing alone ("the new law", "equities"; not "it", "the figures" or "things"), and they
say nothing else of it (which of two would be the answer?). Quoted words are asked as who said
them (`who_said`); a claim the article gives as the lead's is the main idea's.
"""

from __future__ import annotations

import re

from studyguide.generation.context import Context
from studyguide.generation.plan import is_lead, on_topic, protagonist
from studyguide.generation.registry import Candidate, generator
from studyguide.generation.truefalse import finite
from studyguide.generation.wording import balanced, common_word, mentions
from studyguide.model import Claim, Difficulty, EntityKind, Question, QuestionType

_WORDS = (4, 35)
"""A view told in fewer words is no position; in more, it is several."""
_VERBS = {
    "warned": "warn",
    "warns": "warn",
    "argued": "argue",
    "argues": "argue",
    "predicted": "predict",
    "predicts": "predict",
    "admitted": "admit",
    "admits": "admit",
    "insisted": "insist",
    "insists": "insist",
}
"""Cues a question keeps, they say what kind of view it is; others are asked as "say"."""
_PRESENT = re.compile(r"[a-z]+s$")
_VAGUE = frozenset(
    """thing things people someone something anything everything everyone one ones way
    lot part kind sort fact idea issue problem matter situation case point move plan""".split()
)
"""Subjects that name nothing the student could find: "What did she say about things?"."""
_NO_THING = re.compile(
    r"(?:a|an|no|neither|all|any|some|many|most|more|other|further|few|every|each|several|one|\d[\d,.]*|two|three|four"
    r"|five|six|seven|eight|nine|ten|hundreds|thousands|millions)\b",
    re.IGNORECASE,
)
"""Openings of a subject that name no one thing: what would "say about a decision" ask?"""
_TWO_DETERMINERS = re.compile(r"\bthe (?:the|a|an|this|that|these|those)\b", re.IGNORECASE)
"""A name put in for a phrase pointing back that brought its own: "the this year's festival"."""
_MIN_HELD_WORDS = 4
"""Words the answer must say beyond what it is about: "the flaws were known about" says
too little to hold."""
_TO_THE_READER = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)


@generator("position", QuestionType.SHORT_ANSWER)
def positions(ctx: Context) -> list[Candidate]:
    out: list[Candidate] = []
    asked: set[str] = set()
    named = {e.name for e in ctx.entities(EntityKind.PERSON)} - {protagonist(ctx)}
    for claim in ctx.analysis.claims:
        if claim.speaker not in named or claim.speaker in asked:
            continue
        candidate = _position(ctx, claim)
        if candidate is not None:
            asked.add(claim.speaker)  # one view of each: the first that can be asked
            out.append(candidate)
    return out


def _position(ctx: Context, claim: Claim) -> Candidate | None:
    speaker, topic = claim.speaker, claim.topic
    cue = finite(claim.cue)
    if speaker is None or topic is None or cue is None or is_lead(ctx, claim.sentence):
        return None
    about = ctx.named_again(ctx.as_clause(topic), topic.start)
    head = about.split()[-1].lower()
    if head in _VAGUE or not balanced(about) or mentions(about, speaker):
        return None
    if _NO_THING.match(about) or _TWO_DETERMINERS.search(about):
        return None  # "no other Boeing officials", "a decision", "five million children"
    if not ctx.stands_alone(about, topic.start):
        return None  # "the figures": which?
    if len(about.split()) == 1 and common_word(about) and not on_topic(ctx, about):
        return None  # "economists", "shares": a word beside the story is no subject
    if _said_again(ctx, claim, head):
        return None
    answer = ctx.as_clause(ctx.whole(claim.content))
    low, high = _WORDS
    if not low <= len(answer.split()) <= high or not balanced(answer):
        return None
    if len(answer.split()) - len(about.split()) < _MIN_HELD_WORDS:
        return None
    if ctx.slipped(f"{about} {answer}") or ctx.runs_on(claim.content):
        return None
    if _TO_THE_READER.search(answer):
        return None  # "if you are on the move": spoken to someone, not held
    if re.search(r"\d", answer):
        return None  # "new mortgage loans fell to 79,000": a figure reported, not a view
    if re.search(r"\s[-–—]\s|\b(?:said|says|reported|added)\b", answer):
        return None  # "- a signal which traders took ...": the writer's words run on
    helper = "does" if _PRESENT.fullmatch(cue) else "did"
    prompt = f"What {helper} {ctx.display(speaker)} {_base(cue)} about {about}?"
    return Candidate(
        Question(
            id=ctx.question_id(QuestionType.SHORT_ANSWER, "position", claim.content.text),
            type=QuestionType.SHORT_ANSWER,
            article=ctx.article.id,
            prompt=prompt,
            answer=answer,
            explanation=(
                f"Paragraph {ctx.paragraph_number(claim.content.start)} reports what"
                f" {speaker} {cue}; an answer in other words that gives the same view is right."
            ),
            evidence=ctx.evidence(claim.sentence),
            difficulty=Difficulty.MEDIUM,
            tags=("viewpoint", "claim"),
        ),
        fact=f"claim:{claim.content.start}",
        # What someone holds, in the student's words, tests more than picking who said it.
        score=3.3,
    )


def _base(cue: str) -> str:
    """The verb a question asks with: "warn" of "warned", "say" of any cue but a few."""
    return _VERBS.get(cue.lower(), "say")


def _said_again(ctx: Context, claim: Claim, head: str) -> bool:
    """Whether the speaker says more of the same thing elsewhere: which would be the answer?"""
    said = [
        *(c.content for c in ctx.analysis.claims if c.speaker == claim.speaker and c is not claim),
        *(q.content for q in ctx.analysis.quotes if q.speaker == claim.speaker),
    ]
    return any(re.search(rf"\b{re.escape(head)}\b", s.text, re.IGNORECASE) for s in said)
