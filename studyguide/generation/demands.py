"""What someone asks others to do: "What did Vincent Cable call on Gordon Brown to do?" from
"Vincent Cable called on Mr Brown to open up the government's books ..."; "What did the
Public Accounts Committee call for?" from "... called for the audit office to be given a free
hand".

A demand is a position, and one the article states in a phrase of its own, which the student
gives back in their own words. The one who makes it is named at the sentence's start.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from studyguide.analysis import ENGLISH
from studyguide.analysis.lang import language_data
from studyguide.generation.context import Context
from studyguide.generation.registry import Candidate, generator
from studyguide.generation.wording import balanced, capitalized, mentions
from studyguide.generation.writing_words import NEEDS_CONTEXT
from studyguide.model import Difficulty, EntityKind, Question, QuestionType, Span


@dataclass(frozen=True, slots=True)
class _Verb:
    base: str
    """As a question asks with it: "call for", "urge"."""
    participle: str
    """After "has": "called for", "urged"."""
    to_do: bool
    """Whether someone is asked to do something ("urged the WTO to conclude talks"), not
    asked for a thing ("called for an inquiry")."""


_VERBS = {
    **{
        form: _Verb("call for", "called for", False)
        for form in ("call for", "calls for", "called for")
    },
    **{form: _Verb("ask for", "asked for", False) for form in ("ask for", "asks for", "asked for")},
    **{form: _Verb("demand", "demanded", False) for form in ("demand", "demands", "demanded")},
    **{form: _Verb("call on", "called on", True) for form in ("call on", "calls on", "called on")},
    **{form: _Verb("urge", "urged", True) for form in ("urge", "urges", "urged")},
    **{form: _Verb("want", "wanted", True) for form in ("want", "wants", "wanted")},
}
_DEMAND = re.compile(
    r"^(?P<who>[^,;:“”\"]+?)(?:, (?P<aside>[^,;:“”\"]{1,60}),)?"
    rf" (?P<aux>(?:has|have|had) )?(?P<verb>{'|'.join(sorted(_VERBS, key=len, reverse=True))})"
    r" (?P<rest>.+)$"
)
"""A demand told at the opening of a sentence: who makes it (with an aside on who they are:
"Vincent Cable, for the Liberal Democrats,") and the verb that tells it."""
_TO_DO = re.compile(r"^(?P<whom>(?:[\w'’.-]+ ){0,5}?[\w'’.-]+) to (?P<do>[a-z].+)$")
_CUT = re.compile(
    r"[,;](?!\d)|\s[-–—]\s|\s(?:after|as|because|while|although|but|and said|saying|following)\s"
    r"|\s(?:in a statement|in an interview|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|last (?:week|month|year)|this week|yesterday|today)\b"
)
"""Where the demand's words end: the clause after them tells when, where or why it was
made, or says more."""
_MIN_WORDS, _MAX_WORDS = 4, 25
_WHOM = re.compile(
    r"^(?!.*\b(?:last|this|next|year|week|month|ago|yesterday|today|again)\b)"
    r"(?:[A-Z][\w'’.-]*|the|its|their|all|other|rich|[a-z]+s)(?: [\w'’.-]+){0,3}?(?: not)?$"
)
"""Those asked: a name or a body of people ("rich nations", "the government"), not "them",
nor words of when ("Obama last year")."""
_ASIDE = re.compile(r", [^,]{1,40}, (?=to )")
_PERSONAL = re.compile(r"\b(?:I|me|my|we|us|our|you|your)\b")
_ASKING = re.compile(r"^to (?:know|see|hear|learn|find out)\b")
"""A demand to know is a question put, not a position."""
_SPOKEN_FOR = frozenset({EntityKind.PERSON, EntityKind.ORGANIZATION})
_AFTER_NAMES = language_data(ENGLISH).words.post_nominals
"""What may follow a speaker's name before the verb: "Andrew Tyrie MP urged ..."."""


@generator("demand-answer", QuestionType.SHORT_ANSWER)
def demand_answer(ctx: Context) -> list[Candidate]:
    found = [d for s in ctx.body_sentences() if (d := _demand(ctx, s)) is not None]
    # Someone who asks for two things has two answers to "What did they call for?".
    asking = Counter(speaker for speaker, *_ in found)
    out = []
    for speaker, prompt, answer, sentence in found:
        if asking[speaker] > 1:
            continue
        out.append(
            Candidate(
                Question(
                    id=ctx.question_id(QuestionType.SHORT_ANSWER, "demand", sentence.text),
                    type=QuestionType.SHORT_ANSWER,
                    article=ctx.article.id,
                    prompt=prompt,
                    answer=answer,
                    explanation=(
                        f"Paragraph {ctx.paragraph_number(sentence.start)} tells what"
                        f" {ctx.display(speaker)} wants done."
                    ),
                    evidence=ctx.evidence(sentence),
                    difficulty=Difficulty.MEDIUM,
                    tags=("claim", "viewpoint"),
                ),
                fact=f"demand:{sentence.start}",
                score=3.5,
                points=(f"position:{speaker}",) if speaker in ctx.speakers() else (),
            )
        )
    return out


def _demand(ctx: Context, sentence: Span) -> tuple[str, str, str, Span] | None:
    """(speaker, question, answer, sentence) for a sentence that opens on a named speaker's
    demand, or None."""
    text = " ".join(sentence.text.split())
    found = _DEMAND.match(text)
    if found is None or not balanced(text):
        return None
    speaker = _named(ctx, found["who"], sentence.start)
    if speaker is None or _reported(ctx, sentence):
        return None
    told, rest = found["verb"], found["rest"].rstrip(".")
    verb = _VERBS[told]
    helper = "has" if found["aux"] else "does" if told.split()[0].endswith("s") else "did"
    asking = f"{helper} {ctx.display(speaker)} {verb.participle if found['aux'] else verb.base}"
    if verb.to_do:
        asked = _TO_DO.match(rest)
        if asked is None:
            return None
        # "the council", named as the article named it before: "the Harbour Town council".
        whom, answer = ctx.named_again(asked["whom"], sentence.start), _cut(asked["do"])
        if (
            not _WHOM.match(whom)
            or whom.split()[0].lower() in NEEDS_CONTEXT
            or _THOSE_OF.match(whom)
            or not ctx.stands_alone(capitalized(whom), sentence.start)
        ):
            return None  # "urged them to ...", "called on members to ...": whom?
        prompt = f"What {asking} {whom} to do?"
    else:
        # "the national minimum wage, now $7.25 an hour, to be raised": what is asked for
        # runs on past the aside.
        answer = _cut(_ASIDE.sub(" ", rest.removeprefix("that ")))
        prompt = f"What {asking}?"
    if answer is None or mentions(answer, speaker) or _PERSONAL.search(answer):
        return None  # "accountability from our president": a quote's words, not the demand
    if _ASKING.match(answer):
        return None
    answer = ctx.named_again(answer, sentence.start)
    if answer.startswith("the ") and not ctx.stands_alone(capitalized(answer), sentence.start):
        return None  # "called for the ban": which one?
    return speaker, prompt, answer, sentence


def _reported(ctx: Context, sentence: Span) -> bool:
    """Whether the sentence tells someone else's words ("Putin wanted Trump to win, Clinton
    said"): the demand is then theirs to tell, not the article's."""
    said = [c.content for c in ctx.analysis.claims] + [q.content for q in ctx.quotes]
    return any(sentence.start <= content.start < sentence.end for content in said)


def _named(ctx: Context, who: str, at: int) -> str | None:
    """The person or body named as the one who makes the demand: a name the analysis found,
    ending where the words before the verb end ("Tory frontbencher Andrew Tyrie MP", "The
    Public Accounts Committee"); None for "He", "MPs" or "Ministers"."""
    words = who.split()
    if len(words) > 8 or words[-1].lower() in {"also", "then", "now", "today"}:
        return None  # "Mr Howard also called for ...": what else he asked is not shown
    for entity in ctx.analysis.entities:
        # "The Lib Dems", a party's people, speak as a body; "British" does not.
        party = entity.kind is EntityKind.NATIONALITY and entity.name.endswith("s")
        if entity.kind not in _SPOKEN_FOR and not party:
            continue
        for mention in entity.mentions:
            if not at <= mention.start < at + len(who) + 1:
                continue
            tail = who[mention.end - at :].strip()
            if tail == "" or tail in _AFTER_NAMES:
                return entity.name
    return None


_THOSE_OF = re.compile(r"(?:members|staff|colleagues|supporters|officials|employees)\b")
"""People named only as someone's: "called on members to ...", members of what?"""


def _cut(words: str) -> str | None:
    """The demand's words alone, without a clause after them; None where too few or too many
    are left to be one demand a student can give back."""
    cut = _CUT.search(words)
    told = words[: cut.start()] if cut is not None else words
    told = re.sub(r"[.,]([”\"]?)$", r"\1", told.strip())
    count = len(told.split())
    if not _MIN_WORDS <= count <= _MAX_WORDS or not balanced(told):
        return None
    return told
