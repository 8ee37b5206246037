"""Figures: which amount, share or count completes a sentence of the article."""

from __future__ import annotations

import random
import re
from dataclasses import replace

from studyguide.generation.context import Context
from studyguide.generation.distractors import NUMBER, number_distractors
from studyguide.generation.registry import Candidate, generator
from studyguide.generation.text import balanced, blank_out, one_sentence
from studyguide.model import Difficulty, Question, QuestionType, Span

_YEAR = re.compile(r"(1[89]\d\d|20\d\d)")
_MAX_WORDS = 40
_RACE = re.compile(r"(?:\dx)?\d[\d,]*(?:m|km|metres|meters)")
_RACE_WORDS = re.compile(
    r"\s+(?:hurdles|relay|freestyle|backstroke|breaststroke|butterfly|medley|final|heat|race"
    r"|title|record|sprint|event)\b"
)
_AFTER_NAMED_RACE = re.compile(r"\s*(?:$|[^\w\s]|(?:and|or|in|at|on|for|with)\b)")
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)%")
_RANGE_BEFORE = re.compile(r"\d\S*\s*(?:to|-|–|and)\s*$")
_RANGE_AFTER = re.compile(r"\s*(?:to|-|–)\s*[£$€]?\d")


@generator("figure-choice", QuestionType.MULTIPLE_CHOICE)
def figure_choice(ctx: Context) -> list[Candidate]:
    rng = random.Random(f"figure-choice:{ctx.article.id}")
    out = []
    for sentence, figure in _figures(ctx, rng):
        prompt = f"Which figure completes this sentence from the article? “{blank_out(sentence, figure)}”"
        distractors = number_distractors(figure.text, ctx, rng, avoid=prompt)
        if len(distractors) < 3:
            continue
        out.append(
            Candidate(
                replace(
                    _question(ctx, QuestionType.MULTIPLE_CHOICE, sentence, figure, prompt),
                    choices=(figure.text, *distractors),
                ),
                fact=f"figure:{figure.start}",
                score=2.0,
            )
        )
    return out


@generator("figure-blank", QuestionType.FILL_BLANK)
def figure_blank(ctx: Context) -> list[Candidate]:
    rng = random.Random(f"figure-choice:{ctx.article.id}")
    out = []
    for sentence, figure in _figures(ctx, rng):
        question = _question(
            ctx, QuestionType.FILL_BLANK, sentence, figure, blank_out(sentence, figure)
        )
        out.append(Candidate(question, fact=f"figure:{figure.start}", score=2.0))
    return out


def _figures(ctx: Context, rng: random.Random) -> list[tuple[Span, Span]]:
    """One figure per sentence: an amount, share or count the sentence gives once."""
    out = []
    for sentence in ctx.body_sentences():
        text = sentence.text
        if len(text.split()) > _MAX_WORDS or not balanced(text) or not one_sentence(text):
            continue
        found = [
            m
            for m in NUMBER.finditer(text)
            if (m.group("pre") or m.group("post") or "," in m.group(0))
            and not _YEAR.fullmatch(m.group(0))
            and text.count(m.group(0)) == 1
            # A conversion in brackets ("250 euros (£173)") is a reader's aid, not a fact.
            and not re.search(r"\([^()]*$", text[: m.start()])
            and not _names_race(text, m)
            and not _complement_given(text, m)
            # One end of a range ("a 2% to 3% rise"): a wrong choice may cross the other.
            and not _RANGE_BEFORE.search(text, 0, m.start())
            and not _RANGE_AFTER.match(text, m.end())
        ]
        if not found:
            continue
        match = rng.choice(found)
        start = sentence.start + match.start()
        out.append((sentence, Span(start, start + len(match.group(0)), match.group(0))))
    return out


def _names_race(text: str, match: re.Match[str]) -> bool:
    """ "won the 200m", "the fastest 100m final": a distance naming a race, not an amount
    (unlike "the 40m customers")."""
    if _RACE.fullmatch(match.group(0)) is None:
        return False
    if _RACE_WORDS.match(text, match.end()):
        return True
    named = text[: match.start()].endswith("the ")
    return named and _AFTER_NAMED_RACE.match(text, match.end()) is not None


def _complement_given(text: str, match: re.Match[str]) -> bool:
    """ "60% said yes, against 40% who said no": another share in the sentence gives it."""
    share = _PERCENT.fullmatch(match.group(0))
    if share is None:
        return False
    others = [float(m.group(1)) for m in _PERCENT.finditer(text) if m.start() != match.start()]
    return any(abs(float(share.group(1)) + other - 100) < 0.01 for other in others)


def _accepted(figure: str) -> tuple[str, ...]:
    """The figure written other ways: 40 per cent, £75 million, 75m, 13000."""
    forms = []
    found = NUMBER.fullmatch(figure)
    if found is not None:
        number, post = found.group("num"), (found.group("post") or "").strip()
        words = {
            "%": " per cent",
            "m": " million",
            "bn": " billion",
            "million": "m",
            "billion": "bn",
        }
        if post in words:
            forms.append(f"{found.group('pre')}{number}{words[post]}")
            forms.append(f"{number}{found.group('post')}")
        if "," in number:
            forms.append(figure.replace(",", ""))
    return tuple(dict.fromkeys(f for f in forms if f != figure))


def _question(
    ctx: Context, question_type: QuestionType, sentence: Span, figure: Span, prompt: str
) -> Question:
    return Question(
        id=ctx.question_id(question_type, "figure", sentence.text, figure.text),
        type=question_type,
        article=ctx.article.id,
        prompt=prompt,
        answer=figure.text,
        accepted=_accepted(figure.text) if question_type is QuestionType.FILL_BLANK else (),
        explanation=f"Paragraph {ctx.paragraph_number(sentence.start)} gives the figure {figure.text}.",
        evidence=ctx.evidence(sentence),
        difficulty=Difficulty.HARD
        if question_type is QuestionType.FILL_BLANK
        else Difficulty.MEDIUM,
        tags=("number",),
    )
