"""What someone said about a thing the story is about: "What did Tony Blair say about Mr
Jackson?", answered by the view the article reports ("Mr Jackson would be warmly welcomed
by Labour MPs").

The question names the speaker and what they spoke of, as a teacher asks for a position;
the student answers with what was said. Asked only where the article reports the speaker
once (else the question has several answers), where what they spoke of is named in full
(no "it", "these proposals", "a fight") and is what the headline or the lead speaks of,
and where the view is one clause with no figures (a statistic is copied, not understood).
"""

from __future__ import annotations

import re

from studyguide.generation.context import Context
from studyguide.generation.plan import on_topic, speaker_statements
from studyguide.generation.registry import Candidate, generator
from studyguide.generation.truefalse import reported_claim, reported_quote
from studyguide.generation.wording import (
    NOT_NAMED,
    SECOND_CLAUSE,
    known_word,
    mentions,
    personal,
)
from studyguide.model import (
    Claim,
    Difficulty,
    EntityKind,
    Question,
    QuestionType,
    Quote,
    QuoteKind,
    Span,
)

_MAX_SUBJECT_WORDS = 8
_MIN_VIEW_WORDS = 3

_PRESENT = re.compile(r"^(?:says|argues|claims|insists|believes|thinks|warns|adds|suggests)$")


@generator("said-about", QuestionType.SHORT_ANSWER)
def said_about(ctx: Context) -> list[Candidate]:
    out = []
    sources: list[Claim | Quote] = [*ctx.analysis.claims, *ctx.analysis.quotes]
    for source in sources:
        said = _reported(ctx, source)
        if said is None or source.subject is None or source.speaker is None:
            continue
        _, cue, content = said
        about = _about(ctx, source.subject, content)
        if about is None or mentions(about, source.speaker):
            continue
        if not on_topic(ctx, about) or _says_more(ctx, source):
            continue
        # "... rose by 0.8% and Nationwide reported ...": two views, and the answer would
        # keep only the first; a view of figures is a statistic to copy out.
        if SECOND_CLAUSE.search(content, len(about)) or re.search(r"\d", content):
            continue
        view = content[len(about) :].strip(" ,")
        if len(view.split()) < _MIN_VIEW_WORDS:
            continue
        words = " ".join(source.content.text.split()).rstrip(".,")
        verb = "does" if _PRESENT.match(cue) else "did"
        prompt = f"What {verb} {_in_sentence(ctx, source.speaker)} say about {about}?"
        out.append(
            Candidate(
                Question(
                    id=ctx.question_id(QuestionType.SHORT_ANSWER, "said-about", content),
                    type=QuestionType.SHORT_ANSWER,
                    article=ctx.article.id,
                    prompt=prompt,
                    answer=content,
                    # The words as the article has them, where they were told anew.
                    accepted=tuple(a for a in dict.fromkeys((view, words)) if a != content),
                    explanation=(
                        f"Paragraph {ctx.paragraph_number(source.content.start)} reports"
                        f" {ctx.display(source.speaker)}'s view."
                    ),
                    evidence=ctx.evidence(source.sentence),
                    difficulty=Difficulty.HARD,
                    tags=("claim", "viewpoint"),
                ),
                fact=f"claim:{source.content.start}",
                score=3.4,
            )
        )
    return out


def _reported(ctx: Context, source: Claim | Quote) -> tuple[str, str, str] | None:
    """(who, verb, clause) of the view as reported speech: a claim, a quote with a phrase
    in quote marks told as one, or a quoted sentence told as reported speech."""
    if isinstance(source, Claim):
        return reported_claim(ctx, source)
    if source.kind is QuoteKind.MIXED and source.cue is not None:
        return reported_claim(ctx, source)
    return reported_quote(ctx, source)


def _about(ctx: Context, subject: Span, content: str) -> str | None:
    """What the view is about, as the clause opens on it and named in full; None where it
    does not say which thing it is."""
    named = ctx.named_again(subject.text, subject.start)
    if not content.lower().startswith(named.lower()) or NOT_NAMED.match(named):
        return None
    about = content[: len(named)].rstrip(",")
    words = about.split()
    if len(words) > _MAX_SUBJECT_WORDS or '"' in about or personal(about):
        return None
    if len(words) == 1 and (about.islower() or _given_name(ctx, about)):
        return None  # "say about games?", "say about Matt?": which, and who?
    # Named as the article first named it, it says which thing it is.
    resolved = named != subject.text
    return ctx.in_full(about) if resolved or ctx.stands_alone(about, subject.start) else None


def _given_name(ctx: Context, word: str) -> bool:
    return any(e.name.split()[0] == word and " " in e.name for e in ctx.entities(EntityKind.PERSON))


def _says_more(ctx: Context, source: Claim | Quote) -> bool:
    """Whether the article reports the speaker in another sentence too: then "What did they
    say about ...?" has more than one answer (they speak of it again, or of what it is
    part of), and a reader answers with what they said first."""
    return any(
        sentence.start != source.sentence.start
        for sentence in speaker_statements(ctx, source.speaker or "")
    )


def _in_sentence(ctx: Context, speaker: str) -> str:
    """The speaker's name as it reads inside a question: "police" and "the band" in lower
    case, where the article opened a sentence on them; a name keeps its capital."""
    name = ctx.display(speaker)
    first, *rest = name.split()
    if first in {"The", "A", "An"}:
        # "the band", "the Australian government"; not "The Observer", which the article
        # writes so inside its sentences.
        titled = re.search(rf"[a-z,] {re.escape(name)}\b", ctx.article.text)
        return name if titled else first.lower() + name[len(first) :]
    # "Engineers", "Police": a body of people, not a name ("Halifax", "Yonhap").
    body = first.lower() == "police" or known_word(first.removesuffix("s")) and first.endswith("s")
    return first.lower() if not rest and body else name
