"""Where things happen: "Where has the ISIL been making significant inroads despite the
efforts of the US-led anti-ISIL coalition?" from "... in the Middle East despite ...".

As for "why" and "since when", the auxiliary verb moves in front of the subject and the
verb keeps the article's tense; the place and what follows the clause's first comma go.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace

from studyguide.generation.context import Context, place_kind
from studyguide.generation.distractors import entity_distractors
from studyguide.generation.reasons import plain_subject, verb_phrase
from studyguide.generation.registry import Candidate, generator
from studyguide.generation.wording import balanced, mentions, one_sentence
from studyguide.generation.writing_words import AUXILIARIES
from studyguide.model import Difficulty, Entity, EntityKind, Question, QuestionType, Span

_AUX = "|".join(AUXILIARIES)
_PLAIN = re.compile(rf"^(?P<subject>\w[^,]{{1,60}}?) (?P<aux>{_AUX}) (?P<words>[^,]+?)$")
_RELATIVE = re.compile(
    rf"^(?P<subject>\w[^,]{{1,60}}?), (?:which|who) [^,]+, (?P<aux>{_AUX}) (?P<words>[^,]+?)$"
)


@generator("place-choice", QuestionType.MULTIPLE_CHOICE)
def place_choice(ctx: Context) -> list[Candidate]:
    rng = random.Random(f"place-choice:{ctx.article.id}")
    out = []
    for prompt, entity, mention, evidence in _places(ctx):
        answer = ctx.display(entity.name)
        # Not a place the sentence names too: "Iraq" may be as true as "the Middle East".
        distractors = entity_distractors(
            ctx, answer, EntityKind.PLACE, rng, avoid=f"{prompt} {evidence.text}"
        )
        if len(distractors) < 3:
            continue
        question = _question(ctx, QuestionType.MULTIPLE_CHOICE, prompt, answer, evidence)
        out.append(
            Candidate(
                replace(question, choices=(answer, *distractors)),
                fact=f"name:{mention.start}",
                score=2.5,
            )
        )
    return out


@generator("place-answer", QuestionType.SHORT_ANSWER)
def place_answer(ctx: Context) -> list[Candidate]:
    out = []
    for prompt, entity, mention, evidence in _places(ctx):
        answer = ctx.display(entity.name)
        question = _question(ctx, QuestionType.SHORT_ANSWER, prompt, answer, evidence)
        accepted = ctx.accepted(answer, EntityKind.PLACE)
        out.append(
            Candidate(
                replace(question, accepted=accepted),
                fact=f"name:{mention.start}",
                score=2.5,
            )
        )
    return out


def _places(ctx: Context) -> list[tuple[str, Entity, Span, Span]]:
    """(prompt, place, its mention, evidence) for clauses that say where something happens."""
    out = []
    for content, evidence, speaker in ctx.stated_facts():
        if not balanced(content.text) or not one_sentence(content.text):
            continue
        if re.search(r"[“”\"]", content.text):
            continue
        places = ctx.entities(EntityKind.PLACE)
        located = {
            e.name
            for e in places
            for m in e.mentions
            if content.start <= m.start < m.end <= content.end
            and re.search(r"\bin (?:the )?$", ctx.article.text[m.start - 8 : m.start])
        }
        if len(located) > 1:
            continue  # "1.5% in Germany and 2.2% in France": "where?" has two answers
        for entity in places:
            for mention in entity.mentions:
                if not content.start <= mention.start < mention.end <= content.end:
                    continue
                prompt = _prompt(ctx, content, mention, speaker)
                if prompt is not None:
                    out.append((prompt, entity, mention, evidence))
    return out


def _prompt(ctx: Context, content: Span, mention: Span, speaker: str | None) -> str | None:
    before = ctx.article.text[content.start : mention.start]
    lead = re.search(r" in (?:the )?$", before)
    if lead is None:
        return None
    head_span = Span(content.start, content.start + lead.start(), before[: lead.start()])
    head = " ".join(ctx.as_clause(head_span).split())
    tail = ctx.article.text[mention.end : content.end].split(",")[0].rstrip(" .")
    if tail[:1] not in {"", " "} or place_kind(mention.text) == "place" and not tail:
        return None
    found = _PLAIN.match(head) or _RELATIVE.match(head)
    if found is None or len(found.group("subject").split()) > 8:
        return None
    subject = found.group("subject")
    if not verb_phrase(found.group("words")) or not plain_subject(subject):
        return None
    # Nor to a noun a preposition brought in ("the impact of rate rises on household
    # spending in the UK": the spending is in the UK, not what the clause tells of).
    if re.search(r"\b(?:on|of|for|about|with|from|by|than)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+$", head):
        return None
    # The place must belong to the clause's own verb, not to a clause inside it.
    if re.search(r"\b(whether|that|if|which|who|when|where|because|while)\b", found.group("words")):
        return None
    words = f"{found.group('words')}{' '.join(tail.split()) and ' ' + ' '.join(tail.split())}"
    if len(words.split()) < 2 or len(words.split()) > 25:
        return None
    question = f"{found.group('aux')} {subject} {words}"
    if speaker is not None:
        if mentions(question, speaker):
            return None
        return f"According to {speaker}, where {question}?"
    return f"Where {question}?"


def _question(
    ctx: Context, question_type: QuestionType, prompt: str, answer: str, evidence: Span
) -> Question:
    return Question(
        id=ctx.question_id(question_type, "place", evidence.text, answer),
        type=question_type,
        article=ctx.article.id,
        prompt=prompt,
        answer=answer,
        explanation=f"Paragraph {ctx.paragraph_number(evidence.start)} names {answer}.",
        evidence=ctx.evidence(evidence),
        difficulty=Difficulty.HARD
        if question_type is QuestionType.SHORT_ANSWER and prompt.startswith("According to")
        else Difficulty.MEDIUM,
        tags=("place",),
    )
