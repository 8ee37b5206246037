"""What tests of several packages share: a short article and a bank of it written by hand,
and how many examples a property test tries.

The number of examples follows STUDYGUIDE_TESTS: "dev" for a quick loop while working (a
tenth), "ci" (the default, what CI runs), "thorough" for a long hunt (ten times).
"""

from __future__ import annotations

import os

from studyguide.model import (
    Bank,
    BankArticle,
    Claim,
    DateMention,
    Difficulty,
    Entity,
    EntityKind,
    Evidence,
    Pair,
    Question,
    QuestionType,
    Quote,
    QuoteKind,
    Span,
)

PROFILE = os.environ.get("STUDYGUIDE_TESTS", "ci")
_SCALE = {"dev": 0.1, "ci": 1.0, "thorough": 10.0}
if PROFILE not in _SCALE:
    raise RuntimeError(f"STUDYGUIDE_TESTS={PROFILE!r}: choose one of {', '.join(_SCALE)}")


def examples(ci: int) -> int:
    """How many examples a property test tries, `ci` of them in the "ci" profile."""
    return max(2, round(ci * _SCALE[PROFILE]))


HARBOUR_TEXT = (
    "Harbour Bridge Reopens After Repairs\n"
    "KINGSTOWN (Coastline News) — The Old Harbour Bridge reopened on Monday after two years "
    "of repairs, Mayor Elena Dvořák said.\n"
    "“We promised a safer crossing, and today we keep that promise,” Dvořák said at the ceremony.\n"
    "Engineers from Łódź Steelworks replaced 40 cables in 2023. The work cost 12 million euros.\n"
    "Opposition councillor Mehmet Özdağ said the project ran a year late. "
    '"Nobody should celebrate a delay," Özdağ said.\n'
)


def _span(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(start, start + len(needle), needle)


def _evidence(text: str, needle: str) -> tuple[Evidence, ...]:
    span = _span(text, needle)
    return (Evidence(span.start, span.end, span.text),)


def make_harbour_bank() -> Bank:
    """A bank of one short article with one question of each type."""
    text = HARBOUR_TEXT
    quote_sentence = "“We promised a safer crossing, and today we keep that promise,” Dvořák said at the ceremony."
    cables = "Engineers from Łódź Steelworks replaced 40 cables in 2023."
    late = "Opposition councillor Mehmet Özdağ said the project ran a year late."
    article = BankArticle(
        id="harbour-bridge",
        title="Harbour Bridge Reopens After Repairs",
        text=text,
        source="Coastline News",
        place="Kingstown",
        published="2024-05-06",
        people=(
            Entity("Elena Dvořák", EntityKind.PERSON, (), ("Dvořák",), "Mayor"),
            Entity("Mehmet Özdağ", EntityKind.PERSON, (), ("Özdağ",), "Opposition councillor"),
        ),
        organizations=(Entity("Łódź Steelworks", EntityKind.ORGANIZATION, ()),),
        quotes=(
            Quote(
                _span(text, "We promised a safer crossing, and today we keep that promise,"),
                QuoteKind.DIRECT,
                "Elena Dvořák",
                _span(text, quote_sentence),
                "said",
            ),
        ),
        claims=(
            Claim(
                _span(text, "the project ran a year late"),
                "Mehmet Özdağ",
                "said",
                _span(text, late),
            ),
        ),
        dates=(DateMention(_span(text, "2023"), "2023", _span(text, cables)),),
    )
    questions = (
        Question(
            id="q-mc-speaker",
            type=QuestionType.MULTIPLE_CHOICE,
            article=article.id,
            prompt="Who said “We promised a safer crossing, and today we keep that promise”?",
            answer="Elena Dvořák",
            choices=("Mehmet Özdağ", "Elena Dvořák", "Anna Kowalski", "Tomás Rivera"),
            explanation="Paragraph 2 quotes Mayor Elena Dvořák at the ceremony.",
            evidence=_evidence(text, quote_sentence),
            difficulty=Difficulty.EASY,
            tags=("quote", "person"),
        ),
        Question(
            id="q-tf-cables",
            type=QuestionType.TRUE_FALSE,
            article=article.id,
            prompt="Engineers replaced 40 cables in 2021.",
            answer="False",
            explanation="The article says the cables were replaced in 2023.",
            evidence=_evidence(text, cables),
            tags=("date",),
            altered="date: 2023 → 2021",
        ),
        Question(
            id="q-fill-year",
            type=QuestionType.FILL_BLANK,
            article=article.id,
            prompt="Engineers from Łódź Steelworks replaced 40 cables in _____.",
            answer="2023",
            explanation="Paragraph 3 gives the year.",
            evidence=_evidence(text, cables),
            tags=("date",),
        ),
        Question(
            id="q-short-late",
            type=QuestionType.SHORT_ANSWER,
            article=article.id,
            prompt="What did Mehmet Özdağ say about the project's schedule?",
            answer="It ran a year late.",
            accepted=("a year late", "one year late"),
            evidence=_evidence(text, late),
            difficulty=Difficulty.HARD,
            tags=("claim",),
            points=2,
        ),
        Question(
            id="q-match-roles",
            type=QuestionType.MATCHING,
            article=article.id,
            prompt="Match each person with their role.",
            pairs=(Pair("Elena Dvořák", "Mayor"), Pair("Mehmet Özdağ", "Opposition councillor")),
            evidence=_evidence(text, late),
            tags=("person",),
            points=2,
        ),
        Question(
            id="q-order-events",
            type=QuestionType.ORDERING,
            article=article.id,
            prompt="Put these events in the order they happened.",
            order=("Cables replaced", "Bridge reopened"),
            evidence=_evidence(text, cables),
            tags=("date",),
        ),
    )
    return Bank(title="Harbour Bridge", articles=(article,), questions=questions)
