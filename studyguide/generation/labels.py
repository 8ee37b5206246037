"""How one side sums up a thing: "How did the Bishop of Durham describe the novel?" ("a
great thriller but lousy history"). A label is a view in a word or two, which a reader should keep beside who
holds it; asked of someone the story names, on the story's subject, once for each giver.
The answer is the label as the article gives it, without its quotation marks, and ends
where the sentence goes on to something else (", which would run ...")."""

from __future__ import annotations

import re

from studyguide.generation.aims import in_story, named_actor
from studyguide.generation.context import Context
from studyguide.generation.plan import on_topic
from studyguide.generation.registry import Candidate, generator
from studyguide.generation.wording import balanced
from studyguide.model import Difficulty, Question, QuestionType, QuoteKind

_MAX_ASKED = 2
_GOES_ON = re.compile(r",\s+(?:which|who|while|as|but|and)\b|\s+[-–—]\s|;")
_QUOTE_MARKS = re.compile(r"[“”\"‘’]|(?<!\w)'|'(?!\w)")


@generator("label-answer", QuestionType.SHORT_ANSWER)
def label_answer(ctx: Context) -> list[Candidate]:
    out: list[Candidate] = []
    givers: set[str] = set()
    for label in ctx.analysis.labels:
        if any(
            q.kind is QuoteKind.DIRECT and q.content.start <= label.label.start < q.content.end
            for q in ctx.analysis.quotes
        ):
            continue  # "we called you crazy": the speaker's words, asked as who said them
        giver = named_actor(ctx, label.giver)
        if giver is None or giver in givers:
            continue
        thing = ctx.named_again(ctx.as_clause(label.thing), label.thing.start)
        words = _GOES_ON.split(label.label.text, maxsplit=1)[0].rstrip(" ,.")
        answer = " ".join(_QUOTE_MARKS.sub("", words).split())
        if not answer or not balanced(thing) or re.search(r"[“”\"]", thing):
            continue
        asked = f"{giver} {label.verb} {thing}"
        if not ctx.stands_alone(asked, label.sentence.start) or ctx.points_back(asked):
            continue
        if ctx.slipped(f"{asked} {answer}"):
            continue
        if not on_topic(ctx, label.sentence.text) and not in_story(ctx, giver):
            continue  # a side remark on something else
        givers.add(giver)
        out.append(
            Candidate(
                Question(
                    id=ctx.question_id(QuestionType.SHORT_ANSWER, "label", label.sentence.text),
                    type=QuestionType.SHORT_ANSWER,
                    article=ctx.article.id,
                    prompt=f"How {label.helper} {asked}?",
                    answer=answer,
                    explanation=(
                        f"Paragraph {ctx.paragraph_number(label.label.start)} gives the"
                        f" words: {words}."
                    ),
                    evidence=ctx.evidence(label.sentence),
                    difficulty=Difficulty.MEDIUM,
                    tags=("viewpoint", "label"),
                ),
                fact=f"label:{label.sentence.start}",
                score=3.3,
            )
        )
        if len(out) == _MAX_ASKED:
            break
    return out
