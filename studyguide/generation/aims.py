"""What someone means to do, or was told to: "What have some Democrats vowed to do?"; "What
did MPs urge the BBC to do?"; "What did Mr Howard call for?".

Who wants what is a position a reader should keep: a firm that agreed to pay, a party that
pledged to oppose a bill. It is asked of someone the story names, in the first paragraphs,
on the story's subject; someone "he" or "she" stands for is asked of by name, and of two
aims of one actor only the first is asked. What is meant ends where the sentence goes on
to something else (", bringing ...", " - a figure in line with ...").
"""

from __future__ import annotations

import re

from studyguide.generation.context import Context
from studyguide.generation.plan import on_topic
from studyguide.generation.registry import Candidate, generator
from studyguide.generation.wording import balanced, mentions
from studyguide.model import Aim, Difficulty, EntityKind, Question, QuestionType, QuoteKind, Span

_FIRST_PARAGRAPHS = 6
"""News tells who wants what in its first paragraphs; further down, aims are the detail."""
_MAX_ASKED = 2
_GOES_ON = re.compile(r",\s+(?:[a-z]+ing|which|who|while|as|but|and)\b|\s+[-–—]\s|;")
"""Where the words of an aim go on to another thing: ", bringing a large chunk ...", " - a
figure in line with ..."."""
_NAMES_NO_ONE = re.compile(
    r"(?i)^(?:an?|some|any|many|most|several|few|all|both|each|other|others|those|these|this"
    r"|that|his|her|its|their|\d[\d,.]*%?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|only|more)\b"
)
"""Openings of an actor that say no one in particular: "A US defence company", "both
candidates", "13% of Europeans"."""
_PRONOUNS = frozenset({"he", "she", "He", "She"})
_NO_NEWS = re.compile(r"to (?:comment|say|discuss|disclose|reveal|confirm|elaborate|speculate)\b")
"""What a side "refused to" do that tells nothing of the story: "refused to comment"."""
_MIN_GOAL_WORDS = 3
"""An aim of two words ("to fight on") is one anyone would guess."""


@generator("aims", QuestionType.SHORT_ANSWER)
def aims(ctx: Context) -> list[Candidate]:
    found = sorted([*_meant(ctx), *_promised(ctx)], key=lambda c: c[0].question.evidence[0].start)
    out: list[Candidate] = []
    actors: set[str] = set()
    for candidate, actor in found:
        if actor not in actors and len(out) < _MAX_ASKED:
            actors.add(actor)
            out.append(candidate)
    return out


def _meant(ctx: Context) -> list[tuple[Candidate, str]]:
    """Aims the article states: "Some Democrats have vowed to vote against ..."."""
    out = []
    for aim in ctx.analysis.aims:
        if ctx.paragraph_number(aim.sentence.start) > _FIRST_PARAGRAPHS:
            continue
        if any(
            q.kind is QuoteKind.DIRECT and q.content.start <= aim.goal.start < q.content.end
            for q in ctx.analysis.quotes
        ):
            continue  # "they wanted to sell me": the speaker's words, asked as who said them
        actor = _actor(ctx, aim)
        if actor is None:
            continue
        goal = _GOES_ON.split(aim.goal.text, maxsplit=1)[0].rstrip(" ,.")
        if len(goal.split()) < _MIN_GOAL_WORDS or not balanced(goal):
            continue
        if "," in goal or _NO_NEWS.match(goal):
            continue  # "to pay $1m, adopt ... and": one of a list; "to comment": no aim
        if re.search(r"[“”\"]|\b(?:said|says)\b", goal):
            continue  # "measures" to help pensioners who he said "are ...": words of another
        # The question must stand alone; the answer, read beside the article, need only
        # not lean on a pronoun ("to sell them").
        asked = f"{actor} {aim.rest.removesuffix(' to do').removesuffix(' for')}"
        if not ctx.stands_alone(asked, aim.sentence.start) or ctx.points_back(f"{asked} {goal}"):
            continue
        if ctx.slipped(f"{asked} {goal}"):
            continue
        if not on_topic(ctx, f"{aim.sentence.text}") and not _in_story(ctx, actor):
            continue  # a side remark on someone else's plans
        question = f"What {aim.helper} {actor} {aim.rest}?"
        speaker = ctx.reported_by(aim.goal.start)
        if speaker is not None and mentions(question, speaker):
            speaker = None  # "According to Marsh, what did Marsh agree to do?"
        prompt = (
            f"According to {ctx.display(speaker)}, {question[0].lower()}{question[1:]}"
            if speaker
            else question
        )
        said = f"{actor} {aim.rest.removesuffix(' to do').split()[-1]}"
        out.append((_candidate(ctx, prompt, goal, aim.sentence, aim.goal.start, said), actor))
    return out


def _actor(ctx: Context, aim: Aim) -> str | None:
    """Who means it, as the question names them: "he" as the person he stands for, "The
    bank" as the article named it before; None where the words name no one in particular."""
    if aim.actor.text in _PRONOUNS:
        named = [r.name for r in ctx.analysis.references if r.mention.start == aim.actor.start]
        return ctx.display(named[0]) if named else None
    actor = ctx.named_again(ctx.as_clause(aim.actor), aim.actor.start)
    if _NAMES_NO_ONE.match(actor):
        return None
    if actor.islower() and not actor.startswith("the "):
        return None  # "investors": which?
    return actor


def _in_story(ctx: Context, actor: str) -> bool:
    """Whether the actor is one the story is about: named in its headline or first
    paragraph, or one of its speakers."""
    first = ctx.article.paragraphs[0].span.text if ctx.article.paragraphs else ""
    return mentions(f"{ctx.article.title} {first}", actor) or actor in ctx.speakers()


_PROMISING = re.compile(
    r"(?P<who>it|he|she|they) (?P<modal>would|will) (?!not\b|never\b|be\b|have\b|love\b|like\b)"
    r"(?P<goal>[a-z].+)$"
)
"""Words that tell what their speaker means to do: "it would fund the deal by selling ...";
not what they would not do, nor a state ("it would be", "he would love to")."""
_CUES = {
    "said": "say",
    "says": "say",
    "announced": "announce",
    "warned": "warn",
    "warns": "warn",
    "pledged": "pledge",
    "promised": "promise",
    "confirmed": "confirm",
}
"""Cues of a promise, each with the base form a question asks with."""
_PRONOUN_OF = {EntityKind.PERSON: {"he", "she"}, EntityKind.ORGANIZATION: {"it", "they"}}


def _promised(ctx: Context) -> list[tuple[Candidate, str]]:
    """Aims told as someone's words: "France Telecom said it would fund the deal by selling
    a stake" asks "What did France Telecom say it would do?"."""
    out = []
    for claim in ctx.analysis.claims:
        base = _CUES.get(claim.cue.lower())
        entity = ctx.entity_named(claim.speaker) if claim.speaker else None
        if base is None or entity is None:
            continue
        if ctx.paragraph_number(claim.sentence.start) > _FIRST_PARAGRAPHS:
            continue
        found = _PROMISING.match(" ".join(claim.content.text.split()).rstrip("."))
        if found is None or found.group("who") not in _PRONOUN_OF.get(entity.kind, ()):
            continue  # "Kennedy said it would apply to 1%": "it" is not Kennedy
        goal = _GOES_ON.split(found.group("goal"), maxsplit=1)[0].rstrip(" ,.")
        if len(goal.split()) < _MIN_GOAL_WORDS or not balanced(goal) or "," in goal:
            continue
        if re.search(r"[“”\"]|\b(?:said|says)\b", goal) or ctx.slipped(goal):
            continue
        actor = ctx.display(entity.name)
        if not on_topic(ctx, claim.sentence.text) and not _in_story(ctx, actor):
            continue
        helper = "does" if claim.cue.lower().endswith("s") else "did"
        prompt = f"What {helper} {actor} {base} {found.group('who')} {found.group('modal')} do?"
        said = f"{actor} {claim.cue} {found.group('who')} {found.group('modal')} do"
        out.append(
            (_candidate(ctx, prompt, goal, claim.sentence, claim.content.start, said), actor)
        )
    return out


def _candidate(
    ctx: Context, prompt: str, goal: str, sentence: Span, at: int, said: str
) -> Candidate:
    return Candidate(
        Question(
            id=ctx.question_id(QuestionType.SHORT_ANSWER, "aim", sentence.text),
            type=QuestionType.SHORT_ANSWER,
            article=ctx.article.id,
            prompt=prompt,
            answer=goal,
            accepted=(goal.removeprefix("to "),) if goal.startswith("to ") else (),
            explanation=f"Paragraph {ctx.paragraph_number(at)} says what {said}: {goal}.",
            evidence=ctx.evidence(sentence),
            difficulty=Difficulty.MEDIUM,
            tags=("aim",),
        ),
        fact=f"aim:{sentence.start}",
        score=3.4,
    )
