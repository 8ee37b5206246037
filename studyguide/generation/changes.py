"""What changed: "According to Halifax, by how much did house prices rise in January?" — the
amount of a rise or fall the article reports, asked where the thing that changed is what the
story is about.

A figure on the story's subject that tells what changed is one a reader should keep (a
business story's profits, a poll's swing), asked with the name of whose it is or who reports
it ("economic output" alone says neither whose nor where); a figure beside it is trivia, and
so is a day's move of a share price, an index or a currency. A bank asks for one figure at
most. The question names the thing as the article does, with the time the article gives ("in
January"), so that it has one answer; where the article tells of the same thing changing
twice, it is not asked. A change someone reports is asked as theirs ("According to Halifax,
...").
"""

from __future__ import annotations

import re
from collections import Counter

from studyguide.generation.context import Context, comparable
from studyguide.generation.plan import content_words, topic_words
from studyguide.generation.registry import Candidate, generator
from studyguide.model import Difficulty, Question, QuestionType

_MAX_SUBJECT_WORDS = 8
_FIRST_PARAGRAPHS = 3
"""News gives the figures that are its news in its first paragraphs."""
_MARKET = re.compile(
    r"(?i)\b(?:shares?|stocks?|index|indices|FTSE|Dow|Nasdaq|Nikkei|Dax|dollar|pound|euro"
    r"|yen|sterling|currenc(?:y|ies))\b"
)
"""What moves on a market day: a share price, an index, a currency against which other?"""
_NOT_NAMED = re.compile(
    r"(?i)^(?:an?|some|any|no|one|many|most|several|few|all|both|each|every|another|other"
    r"|this|that|these|those|such|his|her|its|their|our|my|your|\d[\d,.]*|two|three|four"
    r"|five|six|seven|eight|nine|ten|hundreds|thousands|millions|dozens|more|less|fewer|only"
    r"|much)\b"
)
"""Openings of a subject that do not say which thing it is: "a fight", "these proposals",
"their sums", "two million pensioners"."""
_OWNED = re.compile(r"(?i)\b(?:profits?|sales|revenues?|earnings|turnover|losses|orders)\b")
"""What a firm has: asked about, it needs the firm's name."""
_ROUGHLY = re.compile(r"^(?:about|around|some|nearly|almost|roughly|just|more than|over)\s+")


@generator("by-how-much", QuestionType.SHORT_ANSWER)
def by_how_much(ctx: Context) -> list[Candidate]:
    changes = ctx.analysis.changes
    told = Counter(comparable(c.thing.text) for c in changes)
    ranked: list[tuple[int, int, Candidate]] = []
    for change in changes:
        if told[comparable(change.thing.text)] > 1:
            continue  # "profits rose 5% ... profits fell 2%": which change?
        if ctx.paragraph_number(change.amount.start) > _FIRST_PARAGRAPHS:
            continue  # a figure further down backs the story up; it is not its news
        subject = ctx.named_again(ctx.as_clause(change.subject), change.subject.start)
        clause = f"{subject} {change.rest}"
        if any(_NOT_NAMED.match(words) for words in (subject, change.thing.text)):
            continue  # "its workforce", "a rival": whose, which?
        if len(subject.split()) > _MAX_SUBJECT_WORDS:
            continue
        if _OWNED.search(subject) and not re.search(r"\s[A-Z]", subject):
            continue  # "net profit": whose, where the story tells of several firms?
        if not ctx.stands_alone(clause, change.subject.start):
            continue
        if re.search(r"[-–—(]", subject) or _MARKET.search(clause):
            continue  # "shares in the carrier", "the dollar": a day's market move
        shared = len(topic_words(ctx) & content_words(clause))
        if not shared:
            continue  # "passenger numbers" in a story on profits: a side figure
        asked = f"By how much {change.helper} {clause}?"
        speaker = ctx.reported_by(change.amount.start)
        if speaker is not None and ctx.entity_named(speaker) is None:
            continue  # "Web tracking company": no name to give the figure to
        prompt = f"According to {ctx.display(speaker)}, b{asked[1:]}" if speaker else asked
        if not ctx.names_something(prompt):
            continue  # "By how much did economic output decline?": whose, where?
        amount = change.amount.text
        candidate = Candidate(
            Question(
                id=ctx.question_id(QuestionType.SHORT_ANSWER, "by-how-much", clause),
                type=QuestionType.SHORT_ANSWER,
                article=ctx.article.id,
                prompt=prompt,
                answer=amount,
                accepted=_accepted(amount),
                explanation=(
                    f"Paragraph {ctx.paragraph_number(change.amount.start)} gives the"
                    f" change: {amount}."
                ),
                evidence=ctx.evidence(change.sentence),
                difficulty=Difficulty.MEDIUM,
                tags=("number", "change"),
            ),
            fact=f"change:{change.amount.start}",
            score=3.0,
        )
        ranked.append((-shared, change.amount.start, candidate))
    # One figure a bank: the change most on the story's subject, the first of those. A
    # second and a third ("profits at Barclaycard rose 5%") read as a string of numbers.
    return [min(ranked, key=lambda item: item[:2])[2]] if ranked else []


def _accepted(amount: str) -> tuple[str, ...]:
    """The amount without "about" ("about 200,000"), and each of two ways the article gives
    it ("£106m or 47.3%")."""
    forms = [_ROUGHLY.sub("", amount), *(part.strip() for part in amount.split(" or "))]
    return tuple(f for f in dict.fromkeys(forms) if f != amount)
