"""People and their roles: "Who is BA's chief executive?", asked as a choice among the
story's people; never typed, where the answer is a name found by matching the question's
words to a sentence, which teachers strike out."""

from __future__ import annotations

import random
import re
from dataclasses import replace

from studyguide.generation.context import Context, comparable, occurrences
from studyguide.generation.distractors import entity_distractors
from studyguide.generation.plan import lead
from studyguide.generation.registry import Candidate, generator
from studyguide.generation.wording import contains, mentions
from studyguide.generation.writing_words import WELL_KNOWN_OFFICES
from studyguide.model import Difficulty, Entity, EntityKind, Question, QuestionType


@generator("role-choice", QuestionType.MULTIPLE_CHOICE)
def role_choice(ctx: Context) -> list[Candidate]:
    rng = random.Random(f"role-choice:{ctx.article.id}")
    out = []
    for person, prompt in _roles(ctx):
        distractors = entity_distractors(ctx, person.name, EntityKind.PERSON, rng, avoid=prompt)
        # People come from the article alone: two of them are enough for three choices.
        if len(distractors) < 2:
            continue
        question = _question(ctx, person, prompt)
        out.append(
            Candidate(
                replace(question, choices=(person.name, *distractors)),
                fact=f"role:{person.name}",
                score=2.0,
                points=(f"person:{person.name}",),
            )
        )
    return out


def role_phrase(role: str) -> tuple[str, str] | None:
    """The role as it reads after "is" or "was": ("is", "the Syrian President")."""
    role = " ".join(role.split()).strip(" ,")
    if not role or re.search(r"['’]s?$", role):
        return None  # an owner without the role itself: "Bafta's" (Grant Dean)
    verb = "is"
    if role.lower().startswith(("then-", "then ")):
        role, verb = role[5:], "was"
    if re.search(r"['’]s\b", role.split()[0]) or role.lower().startswith(("the ", "a ", "an ")):
        return verb, role
    return verb, f"the {role}"


def story_role(role: str) -> bool:
    """Whether a role tells who someone is in this story ("chief executive of Yukos"), not
    a word that names no one ("boss") or an office whose holder a student knows without
    the article ("the Pope", "the United States President", "the party leader")."""
    words = [w.lower().strip(",.").removeprefix("then-") for w in role.split()]
    words = [w for w in words if w not in {"the", "then", ""}]
    if len(words) < 2 or words[-1] in _WORKS:
        return False  # "high school comedy Napoleon Dynamite": a film, not a person
    if words[-1] in _RELATIONS:
        return False  # "opposite number", "international colleague": of someone else
    return not any(w in WELL_KNOWN_OFFICES for w in words)


_WORKS = frozenset(
    """comedy drama film movie documentary thriller sitcom show series album single song
    book novel play musical opera game""".split()
)
"""Kinds of work a title may follow, which the recogniser takes for a person's role."""

_RELATIONS = frozenset(
    """number colleague counterpart partner rival team-mate teammate friend brother sister
    wife husband son daughter father mother""".split()
)
"""Words that say whom someone is to another person, not who they are in the story."""


def _roles(ctx: Context) -> list[tuple[Entity, str]]:
    """People whose role the article gives, and no one else's: (person, prompt)."""
    people = [p for p in ctx.entities(EntityKind.PERSON) if p.role and len(p.name.split()) > 1]
    first = lead(ctx)
    headline = ctx.article.title + " " + (first.text if first is not None else "")
    out = []
    for person in people:
        assert person.role is not None
        shared = [p for p in people if comparable(p.role or "") == comparable(person.role)]
        phrase = role_phrase(person.role)
        if len(shared) > 1 or phrase is None or mentions(person.role, person.name):
            continue
        if len(person.role.split()) > 8 or not story_role(person.role):
            continue
        # Who holds a role is worth asking only of the people the story is about.
        if not any(contains(headline, word) for word in person.name.split() if len(word) > 2):
            continue
        verb, role = phrase
        role = _common_first_word(ctx, role)
        when = " at the time" if verb == "was" else ""
        out.append((person, f"Who {verb} {role}{when}, according to the article?"))
    return out


def _common_first_word(ctx: Context, role: str) -> str:
    """The role with a word that took its capital from the start of the article's sentence
    in lower case ("the Documentary maker" -> "the documentary maker"): one the article
    writes in lower case more often than with a capital after another word."""
    words = role.split(" ")
    at = 1 if words[0] == "the" and len(words) > 1 else 0
    word = words[at]
    if not word[:1].isupper() or word.isupper():
        return role
    lower = occurrences(rf"\b{re.escape(word.lower())}\b", ctx.article.text)
    capital = occurrences(rf"[a-z,;] {re.escape(word)}\b", ctx.article.text)
    if lower > capital:
        words[at] = word.lower()
    return " ".join(words)


def _question(ctx: Context, person: Entity, prompt: str) -> Question:
    first = min(person.mentions, key=lambda m: m.start)
    sentence = ctx.sentence_of(first.start)
    evidence = ctx.evidence(sentence) if sentence is not None else ()
    return Question(
        id=ctx.question_id(QuestionType.MULTIPLE_CHOICE, "role", person.name),
        type=QuestionType.MULTIPLE_CHOICE,
        article=ctx.article.id,
        prompt=prompt,
        answer=person.name,
        explanation=(
            f"Paragraph {ctx.paragraph_number(first.start)} names {person.name}, {person.role}."
        ),
        evidence=evidence,
        difficulty=Difficulty.EASY,
        tags=("person", "role"),
    )
