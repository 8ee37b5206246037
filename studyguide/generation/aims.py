"""What someone has bound themselves to do, was made to, or demands of another: "What have
some Democrats vowed to do?"; "What did Russia force Yukos to do?"; "What was McCririck
ordered to do?"; "What is the union pressing the government to do?". And what one side
accuses another of: "What did Vincent Cable accuse Mr Brown of?".

A pledge, a refusal, a deal, an order, a demand or a charge is a position a reader should
keep. It is asked of someone the story names, in its first sentences, on the story's subject;
someone "he" or "she" stands for is asked of by name, and of two aims of one actor only the
first is asked.
What is meant ends where the sentence goes on to something else (", bringing ...", " - a
figure in line with ...").
"""

from __future__ import annotations

import re

from studyguide.generation.context import Context
from studyguide.generation.plan import on_topic
from studyguide.generation.registry import Candidate, generator
from studyguide.generation.wording import balanced, mentions, without_full_stop
from studyguide.model import Aim, Difficulty, Question, QuestionType, QuoteKind

_FIRST_SENTENCES = 10
"""News tells who is bound to what in its first sentences; further down, aims are detail.
Not charges: news gives the other side's view of a story's actor after the story itself."""
_MAX_ASKED = 2
_GOES_ON = re.compile(r",\s+(?:[a-z]+ing|which|who|while|as|but|and)\b|\s+[-–—]\s|;")
"""Where the words of an aim go on to another thing: ", bringing a large chunk ...", " - a
figure in line with ..."."""
_NAMES_NO_ONE = re.compile(
    r"^(?:(?:[Aa]n?|[Aa]ny|[Ff]ew|[Ee]ach|[Oo]thers?|[Tt]hose|[Tt]hese|[Tt]his|[Tt]hat|[Hh]is"
    r"|[Hh]er|[Ii]ts|[Tt]heir|\d[\d,.]*%?|[Oo]ne|[Tt]wo|[Tt]hree|[Oo]nly|[Mm]ore)\b"
    r"|(?:[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Aa]ll|[Bb]oth) (?![A-Z]))"
)
"""Openings of an actor that say no one in particular: "A US defence company", "both
candidates", "13% of Europeans"; not "some Democrats", a side the story names."""
_PRONOUNS = frozenset({"he", "she", "He", "She"})
_NO_NEWS = re.compile(r"to (?:comment|say|discuss|disclose|reveal|confirm|elaborate|speculate)\b")
"""What a side "refused to" do that tells nothing of the story: "refused to comment"."""
_MIN_GOAL_WORDS = 3
"""An aim of two words ("to fight on") is one anyone would guess."""
_ONE_OF_SEVERAL = re.compile(r"\b(?:[Aa]s well as|[Aa]lso|[Ii]n addition to)\b")
"""Words that tell of another thing meant beside the aim ("As well as suing for damages,
Yukos has asked the court to ..."): "What has Yukos asked the court to do?" has two answers."""


@generator("aims", QuestionType.SHORT_ANSWER)
def aims(ctx: Context) -> list[Candidate]:
    out: list[Candidate] = []
    actors: set[str] = set()
    first = {s.start for s in ctx.body_sentences()[:_FIRST_SENTENCES]}
    for aim in ctx.analysis.aims:
        if aim.sentence.start not in first and not aim.charge:
            continue  # a charge is one side's view of another, wherever the story gives it
        if any(
            q.kind is QuoteKind.DIRECT and q.content.start <= aim.goal.start < q.content.end
            for q in ctx.quotes
        ):
            continue  # "they wanted to sell me": the speaker's words, asked as who said them
        actor = _actor(ctx, aim)
        if actor is None or actor in actors:
            continue
        if _ONE_OF_SEVERAL.search(aim.sentence.text):
            continue  # "As well as suing for damages, ...": one of two things meant
        goal = without_full_stop(_GOES_ON.split(aim.goal.text, maxsplit=1)[0].rstrip(" ,"))
        if len(goal.split()) < _MIN_GOAL_WORDS or not balanced(goal):
            continue
        if "," in goal or _NO_NEWS.match(goal):
            continue  # "to pay $1m, adopt ... and": one of a list; "to comment": no aim
        if re.search(r"\b(?:said|says)\b", goal) or (not aim.charge and re.search(r"[“”\"]", goal)):
            # "measures" to help pensioners who he said "are ...": words of another; a
            # charge's words in quotes are the accuser's own ("of offering “false promises”").
            continue
        # The question must stand alone; the answer, read beside the article, need only
        # not lean on a pronoun ("to sell them").
        asked = f"{actor} {aim.rest.removesuffix(' to do')}"
        if not ctx.stands_alone(asked, aim.sentence.start) or ctx.points_back(f"{asked} {goal}"):
            continue
        if ctx.slipped(f"{asked} {goal}"):
            continue
        if not on_topic(ctx, aim.sentence.text) and not _in_story(ctx, actor):
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
        actors.add(actor)
        out.append(
            Candidate(
                Question(
                    id=ctx.question_id(QuestionType.SHORT_ANSWER, "aim", aim.sentence.text),
                    type=QuestionType.SHORT_ANSWER,
                    article=ctx.article.id,
                    prompt=prompt,
                    answer=goal,
                    accepted=(goal.removeprefix("to "),) if goal.startswith("to ") else (),
                    explanation=(
                        f"Paragraph {ctx.paragraph_number(aim.goal.start)} gives the answer:"
                        f" {goal}."
                    ),
                    evidence=ctx.evidence(aim.sentence),
                    difficulty=Difficulty.MEDIUM,
                    tags=("aim",),
                ),
                fact=f"aim:{aim.sentence.start}",
                score=3.4,
            )
        )
        if len(out) == _MAX_ASKED:
            break
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
