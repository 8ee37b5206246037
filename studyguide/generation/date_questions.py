"""When things happened: "since when" questions.

Not "which year completes this sentence": the year of one happening, away from the
story's timeline, is the detail a teacher strikes out first. Dated events are asked in
order instead (`ordering.chronology`)."""

from __future__ import annotations

import re

from studyguide.generation.context import Context
from studyguide.generation.registry import Candidate, generator
from studyguide.generation.wording import balanced, one_sentence
from studyguide.generation.writing_words import YEAR
from studyguide.model import Difficulty, Question, QuestionType, Span

_SINCE = re.compile(
    r"^(?P<subject>[A-Z][^,]{1,60}?) (?P<aux>has|have) been (?P<verb>\w+ing)\b"
    r"(?P<middle>[^,]*?) since (?P<year>1[89]\d\d|20\d\d)(?P<rest>[^,]*)\.$"
)
_SINCE_RELATIVE = re.compile(
    r"^(?P<subject>[A-Z][^,]{1,60}?), which (?P<aux>has|have) been (?P<verb>\w+ing)\b"
    r"(?P<middle>[^,]*?) since (?P<year>1[89]\d\d|20\d\d)(?P<rest>[^,]*),"
)
_MAX_WORDS = 45


@generator("since-when", QuestionType.SHORT_ANSWER)
def since_when(ctx: Context) -> list[Candidate]:
    """ "Since when has the coalition been launching airstrikes ...?" from "... since 2014"."""
    out = []
    for sentence in _dated_sentences(ctx):
        text = " ".join(sentence.text.split())
        found = _SINCE.match(text) or _SINCE_RELATIVE.match(text)
        if found is None:
            continue
        subject = found.group("subject")
        if subject.split()[0] in {"The", "A", "An", "Its", "Their"}:
            subject = subject[:1].lower() + subject[1:]
        tail = f"{found.group('middle')}{found.group('rest')}".rstrip()
        prompt = f"Since when {found.group('aux')} {subject} been {found.group('verb')}{tail}?"
        year = found.group("year")
        out.append(
            Candidate(
                Question(
                    id=ctx.question_id(QuestionType.SHORT_ANSWER, "since-when", sentence.text),
                    type=QuestionType.SHORT_ANSWER,
                    article=ctx.article.id,
                    prompt=prompt,
                    answer=year,
                    accepted=(f"since {year}", f"Since {year}"),
                    explanation=f"Paragraph {ctx.paragraph_number(sentence.start)} says: since {year}.",
                    evidence=ctx.evidence(sentence),
                    difficulty=Difficulty.MEDIUM,
                    tags=("date",),
                ),
                fact=f"year:{sentence.start + found.start('year')}",
                score=3.0,
            )
        )
    return out


def _dated_sentences(ctx: Context) -> list[Span]:
    """Body sentences holding exactly one year, that a reader can take in at a glance."""
    dated = {d.sentence.start for d in ctx.analysis.dates}
    out = []
    for sentence in ctx.body_sentences():
        text = sentence.text
        if sentence.start not in dated and not YEAR.search(text):
            continue
        if len(YEAR.findall(text)) != 1 or not balanced(text) or not one_sentence(text):
            continue
        if len(text.split()) > _MAX_WORDS:
            continue
        out.append(sentence)
    return out
