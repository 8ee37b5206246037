"""The speaker's own words: "According to Assad, what is the US administration displaying
when it refuses to cooperate with the Syrian armed forces ...?" — a phrase the article puts
in quotation marks inside reported speech, asked for by turning the clause into a question
("X is displaying 'P' when ..." -> "what is X displaying when ...?"). Never as a gap to
fill: out of its question, the gap is the stock phrase anyone would write ("sadly missed")
or a clause with no verb left to hold it.
"""

from __future__ import annotations

import re

from studyguide.generation.context import Context
from studyguide.generation.reasons import plain_subject
from studyguide.generation.registry import Candidate, generator
from studyguide.generation.wording import (
    balanced,
    clause,
    mentions,
    one_sentence,
    without_full_stop,
)
from studyguide.model import Difficulty, EntityKind, Question, QuestionType, QuoteKind, Span

_PHRASE = re.compile(r"[“\"](?P<phrase>[^”\"]{3,60})[”\"]")
_TURNABLE = re.compile(
    r"^(?P<subject>[^,]{2,60}?) (?P<aux>is|are|was|were|has|have|had|will|would|can|could)"
    r" (?P<verb>\w+(?:ing|ed|en)) [“\"](?P<phrase>[^”\"]{3,60})[”\"](?P<rest>[^“”\"]*)$"
)
_MAX_PHRASE_WORDS = 6


@generator("phrase-question", QuestionType.SHORT_ANSWER)
def phrase_question(ctx: Context) -> list[Candidate]:
    out = []
    for content, speaker, evidence in _statements(ctx):
        text = clause(content.text)
        turned = _TURNABLE.match(text)
        if turned is None or len(turned.group("phrase").split()) > _MAX_PHRASE_WORDS:
            continue
        # "what" asks for a thing: not for "to look beyond ...", nor of a subject such as
        # "adding the company" (a clause the analysis cut short).
        if turned.group("phrase").startswith("to ") or not plain_subject(turned.group("subject")):
            continue
        if turned.group("subject").split()[0].endswith("ing"):
            continue
        if turned.group("verb") == "been":
            continue  # "what had the host been?" asks for a description: "quite useful"
        subject = turned.group("subject")
        subject = (
            subject[:1].lower() + subject[1:]
            if subject.split()[0] in {"The", "A", "An"}
            else subject
        )
        rest = without_full_stop(turned.group("rest").strip())
        prompt = (
            f"According to {speaker}, what {turned.group('aux')} {subject}"
            f" {turned.group('verb')}{(' ' + rest) if rest else ''}?"
        )
        phrase = turned.group("phrase").strip()
        out.append(
            Candidate(
                Question(
                    id=ctx.question_id(QuestionType.SHORT_ANSWER, "phrase", content.text),
                    type=QuestionType.SHORT_ANSWER,
                    article=ctx.article.id,
                    prompt=prompt,
                    answer=phrase,
                    accepted=_accepted(phrase),
                    explanation=(
                        f"Paragraph {ctx.paragraph_number(content.start)} quotes {speaker}'s"
                        f" own words: “{without_full_stop(phrase)}”."
                    ),
                    evidence=ctx.evidence(evidence),
                    difficulty=Difficulty.HARD,
                    tags=("quote", "claim"),
                ),
                fact=f"phrase:{content.start}",
                score=3.5,
            )
        )
    return out


def _statements(ctx: Context) -> list[tuple[Span, str, Span]]:
    """Reported speech holding a quoted phrase: (the words, who said them, the evidence)."""
    people = {e.name for e in ctx.entities(EntityKind.PERSON)}
    out = []
    for quote in ctx.quotes:
        if quote.kind is not QuoteKind.MIXED or quote.speaker not in people:
            continue
        text = quote.content.text
        if not balanced(text) or not one_sentence(text) or mentions(text, quote.speaker):
            continue
        if _PHRASE.search(text) is None or not 5 <= len(text.split()) <= 35:
            continue
        out.append((quote.content, quote.speaker, quote.sentence))
    return out


def _accepted(phrase: str) -> tuple[str, ...]:
    bare = phrase.strip(" .,;:!?")
    return (bare,) if bare != phrase else ()
