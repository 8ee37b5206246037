"""What a reader should take from an article, ranked, before any question is written.

News puts its main event or claim in the headline and the first sentence (who did what,
when, where, why); each person it quotes holds a position, given first where they first
speak; it states causes and effects with "because", "as a result", "led to"; it tells
what changed with figures before and after; and it dates the events of its story. The
plan lists these key points with a rank, so that selection asks about every key point
before any detail, and asks about each point once.

A point is known by a key: `main`, `views`, `timeline`, `position:NAME`,
or `sentence:OFFSET` for a point that one sentence makes. A question covers the points of
its evidence sentences and the keys its generator names (`Candidate.points`); a question
that shows a sentence without asking about it names `shown:OFFSET`, which keeps every
question on that sentence out but the timeline's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from itertools import islice

from studyguide.generation.context import Context
from studyguide.generation.wording import (
    mentions,
    personal,
    specific,
    unquoted,
    without_opening,
)
from studyguide.generation.writing_words import CAUSE_LINKS, CHANGE_WORDS, THIS_WEEK, TO_THE_READER
from studyguide.model import EntityKind, Span


class PointKind(str, Enum):
    MAIN = "main"
    """The article's main event or claim: its lead."""
    VIEWS = "views"
    """Who holds which view, when the article quotes several people."""
    POSITION = "position"
    """One quoted person's main position: the first thing the article reports them saying."""
    TIMELINE = "timeline"
    """The dated events of the story, in the order they happened."""
    CAUSE = "cause"
    """Why something happened, or what it led to, in the article's own words."""
    CHANGE = "change"
    """What changed: a figure that rose, fell or was cut."""
    DETAIL = "detail"
    """Anything else one sentence states."""


@dataclass(frozen=True, slots=True)
class KeyPoint:
    kind: PointKind
    key: str
    rank: float
    """Higher is more important: a question on a lower rank waits until every higher one is asked."""
    sentences: tuple[Span, ...] = ()
    """The sentences that make the point: a question on one of them asks about it."""


_RANKS = {
    PointKind.MAIN: 10.0,
    PointKind.VIEWS: 8.0,
    PointKind.POSITION: 7.5,
    PointKind.TIMELINE: 6.5,
    PointKind.CAUSE: 6.0,
    PointKind.CHANGE: 5.5,
    PointKind.DETAIL: 3.0,
}

_MAX_SPEAKERS = 4
_MIN_LEAD_WORDS = 8
_HOOKS = 2
"""A feature's hook runs a sentence or two before its news."""
_UPDATE = 1.5
"""What a detail pinned to a weekday or an hour loses: it falls below the floor unless it is
squarely on the story's subject."""
_TURN = re.compile(r"(?:(?:But|Yet),?\s+)?[Nn]ow\b(?!\s+in\s+its\b)|[^,]{1,30},\s+however,")
_LEANS_BACK = re.compile(r"(?:By|Since|Until|Before|After) then\b|Then\b|(?:And|But)\b")
"""Words a sentence opens on to lean on the one before (the time it gave, what it said): a
sentence after a hook that opens "By then" or "But" goes on from the hook, and is no lead."""
_BEARS_OUT = re.compile(r"(?:And )?[Ii]ndeed,\s")
"""How a feature turns from the saying it opens on to the news that bears it out: "The market,
Heseltine once said, has no morality. And indeed, traders have wasted little time ..."."""
_SAYING = re.compile(r"\bonce (?:said|says|remarked|wrote|observed|quipped|declared)\b")
"""A saying a feature opens on: "The market, Michael Heseltine once said, has no morality"."""
_SUPPOSING = re.compile(r"(?:If|Suppose|Supposing|What if)\b")
"""A feature's hook may suppose ("If Donald Trump could make money doing it, Senator Sanders
is against it"): what it says holds only on a condition, and is not the news."""
_OWN_PAGES = re.compile(
    r"(?:The\s+)?(?:[A-Z][\w.]*\s+){1,3}(?:website|site|Online|Sport|News|programme|team)\s+"
    r"(?:takes\s+a\s+(?:closer\s+)?look|looks|examines|explores|rounds\s+up)\b"
)
"""The publication telling what its pages hold ("The BBC News website takes a look at how
games on mobile phones are maturing"): a pointer to the reader, not the news."""
_NOTE = re.compile(
    r"(?:UPDATE|Update|Editor['’]s [Nn]ote|EDITOR['’]S NOTE|CORRECTION|Correction)\s*[:—–-]"
)
"""A note to the reader put above the story ("UPDATE: 5/12 — The website ... has removed the
listing"), which tells what changed since it was written, not what the story is."""
_SEEMING = re.compile(r"\b(?:seem|seems|seemed|appear|appears|appeared) to\b")
_WORD = re.compile(r"[A-Za-z][a-z'’-]+")
_STOP = frozenset(
    """the a an of to in on at for by with and or but that this these those is are was were be
    been has have had it its which who what when from as said says will would could should
    not their they he she his her after over into about more than also new""".split()
)


def lead(ctx: Context) -> Span | None:
    """The article's first full sentence of prose: in news, the one that says what happened.

    A feature may open on a hook that speaks to the reader ("... is not the only reason we
    are hooked", "If you are a gadget fan, ...", "Forget about going to a bar") or on a
    saying ("The market, Heseltine once said, has no morality"); its news comes a sentence
    or two later, in the third person. An article whose first sentences are all hooks has no
    lead, nor has one that opens on a scene in the simple present, unless the story turns to
    its news. A review, which goes on after its opening to speak to the reader ("the toughest
    game you are likely to play"), has no lead either: its point is a verdict, not news."""
    found = _opening(ctx)
    return None if found is None or _reviews(ctx, found) else found


def _opening(ctx: Context) -> Span | None:
    """The sentence that says what happened: the first of prose past any hook, or the one a
    feature turns to its news on."""
    prose = (
        sentence
        for sentence in ctx.body_sentences()
        if len(sentence.text.split()) >= _MIN_LEAD_WORDS and not sentence.text.strip().endswith("?")
    )
    first = next(
        (
            s
            for s in islice(prose, _HOOKS + 1)
            if not personal(s.text)
            and not _SAYING.search(s.text)
            and not TO_THE_READER.match(s.text.lstrip())
            and not _SUPPOSING.match(s.text.lstrip())
            and not _OWN_PAGES.match(s.text.lstrip())
            and not _in_a_note(ctx, s)
        ),
        None,
    )
    if first is None:
        return None
    if _LEANS_BACK.match(first.text.strip()) and not _BEARS_OUT.match(first.text.strip()):
        return None  # "By then phones will be printed on to wrists": after a hook, of it
    turn = _turn(ctx, first)
    if turn is None:
        # An opening that tells only how things seemed sets up what the news overturns;
        # one that paints a scene ("students click away at a handheld computer") sets up a
        # feature whose point no one sentence makes.
        scene = any(s.start == first.start for s in ctx.analysis.scenes)
        return None if _SEEMING.search(first.text) or scene else first
    # The story turns on the next sentence: the opening set a scene the news overturns. A
    # turn that leans on the scene ("No-one, however, ...", "But the end of that epidemic
    # started Tuesday, Rep. Jeffries said") does not sum it up: keyed as the news, someone's
    # view of it is marked wrong. Nor one that names nothing ("Now there is a handful to
    # look back on"): a review's turn of phrase, not news.
    told = without_opening(" ".join(turn.text.split()))
    if ctx.stands_alone(told, turn.start) and specific(told):
        return turn
    # Such a turn only heralds the news, which the next paragraph tells, if only in passing:
    # "A bipartisan prison reform bill that passed the U.S. House ... “strikes an opening
    # blow ...,” Jeffries said."
    sentences = ctx.body_sentences()
    at = next(i for i, s in enumerate(sentences) if s.start == turn.start)
    after = sentences[at + 1 : at + 2]
    return next((s for s in after if ctx.told_in_passing(s) is not None), None)


_READER = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b")
"""The reader spoken to, in the article's own words (not a quote's, nor a song title's
"You")."""
_REVIEWING = 2
"""Sentences, of those after the lead, that speak to the reader in a review."""
_AFTER_LEAD = 6
"""Sentences after the lead read for a review's way of speaking."""


def _in_a_note(ctx: Context, sentence: Span) -> bool:
    """Whether the sentence is part of a paragraph that opens on a note's label."""
    paragraph = ctx.article.body[ctx.paragraph_number(sentence.start) - 1]
    return _NOTE.match(paragraph.span.text) is not None


def _reviews(ctx: Context, first: Span) -> bool:
    """Whether the sentences after the lead speak to the reader, as a review does ("Simply
    choose your grunt and wade through five levels"), where news reports in the third
    person. Words someone is quoted saying do not count."""
    sentences = ctx.body_sentences()
    at = next(i for i, s in enumerate(sentences) if s.start == first.start)
    after = _own_words(ctx, sentences[at + 1 : at + 1 + _AFTER_LEAD])
    return sum(_READER.search(s.text) is not None for s in after) >= _REVIEWING


_COMMENTING = 2
"""Sentences in the writer's own voice that make a piece a column, a feature or a review."""


def commentary(ctx: Context) -> bool:
    """Whether the writer speaks as "I", "we" or "you" in sentences of their own: a column,
    a feature or a review, whose point is an argument or a verdict more than news."""
    own = _own_words(ctx, ctx.body_sentences())
    return sum(personal(" ".join(s.text.split())) for s in own) >= _COMMENTING


def _own_words(ctx: Context, sentences: tuple[Span, ...]) -> list[Span]:
    """The sentences the writer says in their own words: none that quotes someone, or that
    holds or tells someone's reported words."""
    quoted = [span for q in ctx.quotes for span in (q.content, q.sentence)]
    return [
        s
        for s in sentences
        if not re.search(r"[“”\"]", s.text)
        and not any(q.start < s.end and s.start < q.end for q in quoted)
    ]


def _turn(ctx: Context, first: Span) -> Span | None:
    """The sentence, of the two after the opening, on which a feature turns to its news: "As
    the ship limped back to its dock, photos seemed to tell a tale of woe. ... No-one,
    however, seems to have told the stock markets." After a lead, a plain "But" is the story
    going on ("But core prices surged by 0.8%"); after an opening that only states how
    things stand ("The rate of incarceration is the world's highest"), the sentence right
    after it that opens on "But" turns to the news ("But ... started Tuesday"). An opening
    pinned to a weekday or an hour ("announced plans Tuesday") is the news itself: what
    follows it ("They will, however, ...") goes on from it."""
    if THIS_WEEK.search(unquoted(first.text)):
        return None
    sentences = ctx.body_sentences()
    at = next(i for i, s in enumerate(sentences) if s.start == first.start)
    after = sentences[at + 1 : at + 1 + _HOOKS]
    turned = next((s for s in after if _TURN.match(" ".join(s.text.split()))), None)
    state = any(s.start == first.start for s in ctx.analysis.states)
    if turned is None and state and after and after[0].text.lstrip().startswith("But "):
        return after[0]
    return turned


def protagonist(ctx: Context, margin: float = 2) -> str | None:
    """The person the story is about: named in the headline or the lead, and named at least
    `margin` times as often as anyone else (and more often). "Who is due to perform at the
    awards?" answers itself when the article is about the singer."""
    counts = sorted(
        ((len(e.mentions), e.name) for e in ctx.entities(EntityKind.PERSON)), reverse=True
    )
    if not counts:
        return None
    if len(counts) > 1 and (counts[0][0] < margin * counts[1][0] or counts[0][0] == counts[1][0]):
        return None
    name = counts[0][1]
    first = lead(ctx)
    headline = f"{ctx.article.title} {first.text if first is not None else ''}"
    return name if any(mentions(headline, form) for form in ctx.forms(name)) else None


def is_lead(ctx: Context, sentence: Span) -> bool:
    """Whether the sentence is the lead, which the main-idea question asks about."""
    first = lead(ctx)
    return first is not None and first.start == sentence.start


def topic_words(ctx: Context) -> frozenset[str]:
    """The content words of the headline and the lead: what the story is about."""
    first = lead(ctx)
    return content_words(ctx.article.title + " " + (first.text if first is not None else ""))


def content_words(text: str) -> frozenset[str]:
    """The words of `text` that carry its content, in lower case, a plural as its singular
    ("MPs" and "MP" alike)."""
    words = (w.lower() for w in _WORD.findall(text))
    return frozenset(
        w.removesuffix("s") if len(w) > 3 else w for w in words if w not in _STOP and len(w) > 2
    )


def stems(text: str) -> frozenset[str]:
    """The first five letters of each longer content word: "publish" and "publication",
    "Russia" and "Russian" alike."""
    return frozenset(word[:5] for word in content_words(text) if len(word) > 3)


def on_topic(ctx: Context, text: str) -> float:
    """The share of the topic's words that `text` holds (0 to 1)."""
    topic = topic_words(ctx)
    if not topic:
        return 0.0
    return len(topic & content_words(text)) / len(topic)


def speaker_statements(ctx: Context, speaker: str) -> list[Span]:
    """The sentences in which the article reports `speaker`, in the article's order."""
    said = [q.sentence for q in ctx.quotes if q.speaker == speaker] + [
        c.sentence for c in ctx.analysis.claims if c.speaker == speaker
    ]
    return sorted({s.start: s for s in said if not ctx.in_heading(s)}.values(), key=_start)


def plan(ctx: Context) -> tuple[KeyPoint, ...]:
    """The article's key points, most important first."""
    points: list[KeyPoint] = []
    first = lead(ctx)
    # A feature with no lead has a main point still, which its headline sums up.
    told = (first,) if first is not None else ()
    points.append(KeyPoint(PointKind.MAIN, "main", _RANKS[PointKind.MAIN], told))
    speakers = _speakers_by_weight(ctx)
    if len(speakers) >= 3:
        points.append(KeyPoint(PointKind.VIEWS, "views", _RANKS[PointKind.VIEWS]))
    for index, speaker in enumerate(speakers[:_MAX_SPEAKERS]):
        said = [s for s in speaker_statements(ctx, speaker) if not is_lead(ctx, s)]
        rank = _RANKS[PointKind.POSITION] - 0.5 * index
        points.append(KeyPoint(PointKind.POSITION, f"position:{speaker}", rank, tuple(said[:1])))
    points.append(KeyPoint(PointKind.TIMELINE, "timeline", _RANKS[PointKind.TIMELINE]))
    for sentence in ctx.body_sentences():
        paragraph = ctx.paragraph_number(sentence.start)
        later = 0.05 * paragraph
        text = " ".join(sentence.text.split())
        if CAUSE_LINKS.search(text):
            kind = PointKind.CAUSE
        elif CHANGE_WORDS.search(text) and re.search(r"\d", text):
            kind = PointKind.CHANGE
        else:
            kind = PointKind.DETAIL
        # A detail on the story's subject outranks one beside it; earlier outranks later;
        # one pinned to a day of the week is an update, which a reader need not keep.
        rank = _RANKS[kind] - later
        if kind is PointKind.DETAIL:
            rank += on_topic(ctx, text) - (_UPDATE if THIS_WEEK.search(unquoted(text)) else 0)
        points.append(KeyPoint(kind, f"sentence:{sentence.start}", rank, (sentence,)))
    return tuple(sorted(points, key=lambda p: -p.rank))


def _speakers_by_weight(ctx: Context) -> list[str]:
    """The article's speakers, those it reports most first (ties: who speaks first)."""
    speakers = ctx.speakers()
    weight = {s: len(speaker_statements(ctx, s)) for s in speakers}
    return sorted(speakers, key=lambda s: (-weight[s], speakers.index(s)))


def _start(span: Span) -> int:
    return span.start
