"""The main idea: what the article reports, in the student's own words, with the lead as the
model answer; or, in a bank of multiple choice alone, which statement best sums it up.

The answer is the article's lead, the sentence in which news says what happened. The wrong
choices are what a reader who skimmed might pick: true details from later in the article,
each too narrow to sum it up, of about the answer's length. Never the lead with one fact
changed: two near-identical choices point to the answer, and turn the question into a test
of one figure.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from studyguide.analysis.entities import role_head
from studyguide.generation.context import Context
from studyguide.generation.date_questions import since_when
from studyguide.generation.plan import commentary, content_words, lead, on_topic, stems
from studyguide.generation.reasons import reason_answer
from studyguide.generation.registry import Candidate, generator
from studyguide.generation.selection import rejection
from studyguide.generation.truefalse import reported_claim, reported_quote
from studyguide.generation.wording import (
    balanced,
    capitalized,
    condensed,
    core,
    has_verb,
    mentions,
    one_sentence,
    plain_sentence,
    reported,
    specific,
    without_full_stop,
)
from studyguide.generation.writing_words import (
    AN_HOUR,
    CAUSE_LINKS,
    CHANGE_WORDS,
    FALL_WORDS,
    NEEDS_CONTEXT,
    RISE_WORDS,
    TO_THE_READER,
    UNFIT_FOR_CLASS,
    YEAR,
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

_MIN_WORDS, _MAX_WORDS = 8, 60
_FIGURE = re.compile(r"[$£€]\d[\d.,]*(?:bn|m)?|\d[\d.,]*(?:%|bn\b|m\b)")
"""A sum or a share: "£5.5bn", "$10bn", "40%"."""
_Detail = tuple[int, bool, str, Span, bool]
"""A wrong choice: its rank (0 for a plain detail), whether it is near the story's subject,
its text, its sentence, and whether it uses the sentence up."""
_QUOTED = re.compile(r"“([^“”]*)”")
_STRAIGHT = re.compile(r'"([^"]*)"')
"""Words between straight quote marks, which stand for curly ones."""
_MAX_QUOTED_WORDS = 8
_OPENING_WORDS = 4
"""A statement opening on a name within this many words is about who it names."""
_MAX_WRONG_WORDS = 35
_LONG_WORDS = 30
"""A summary longer than this loses its closing aside (", adding ...", " as they pressed ...")."""
_MODEL_WORDS = 45
"""A model answer longer than this is given without its closing aside."""
_CLOSING = re.compile(r",\s+(?:[a-z]+ing|which|as)\s|\s+as (?:they|he|she|it|the)\s")
_NEWS_DAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s\b")
_CHOICES = 4
_SOURCE_NOTE = re.compile(
    r"\b(?:based on|compiled by|prepared by|published by|carried out by|conducted by"
    r"|commissioned by)\b|\b(?:survey|poll|study|sample) of [\d,.]+\b",
    re.IGNORECASE,
)
"""Where the figures come from ("The index is based on a survey of 10,227 firms"): a note on
method no reader would take for the story, and so no wrong choice worth offering."""
_CONFIRMS = re.compile(r"\b(?:confirmed|denied|dismissed)\b(?: \w+){0,2} (?:reports|rumours)\b")
"""A detail that only confirms or denies what was reported ("Mitsubishi confirmed earlier
reports of negotiations"): the news again, not a narrower part of it."""
_CREDIT = re.compile(
    r"\bis (?:an? |the )?(?:[\w-]+ ){0,3}(?:correspondent|reporter|editor|columnist"
    r"|writer|presenter|producer) (?:for|of|at|with|on)\b",
    re.IGNORECASE,
)
"""A line on who wrote the piece ("Clark Boyd is technology correspondent for The World"):
about the newsroom, not the story."""
_WHO_THEY_ARE = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.? )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}"
    r" (?:is|was) (?:a|an|the) (?![^.]*\b(?:who|which|that|because|after|when|since|but)\b)"
    r"[^,;]*\.$"
)
"""A line on who or what someone is ("Mr Gammell is a former Scottish international rugby
player"): background, which no one would take for a summary of the news."""
_LEANS = re.compile(r"\b(?:it|they|their|them)\b", re.IGNORECASE)
_THINGS = re.compile(r"\b(?:it|they|them)\b", re.IGNORECASE)
"""Words someone's view may use for what they spoke of: told as a choice, apart from the
words before ("there is still some swelling so it will be some weeks"), they
point at nothing. (A body's "it" is itself; "its passengers" is most often of a thing the
view names.)"""
_MAX_FIGURES = 2
"""Figures a detail may give in more than one of its parts: more is a list of figures."""
_SAME_THINGS = 3
"""Content words two details share when they tell of the same things."""
_BEFORE_THE_NEWS = re.compile(
    r"(?:Last (?:year|month|week|season|time)|(?:In|By|Until) (?:19|20)\d\d|(?:\w+ )?(?:years?"
    r"|months?|weeks?|decades?) (?:ago|earlier|before)|Previously|Earlier|Until then)\b"
)
"""Openings that set a sentence before the news: a summary drops them, which moves the detail
into the story's own time ("Sean Penn won best actor", last year)."""
_HEADLINE_ADDS = 2
"""Words a headline gives that the lead does not ("sparks inflation worries" beside the
figures alone), from which the explanation quotes the headline too."""
_TOLD_BY = re.compile(
    r",\s+(?:said|says|observed|added|noted|argued|warned|claimed|explained|insisted|remarked)"
    r"\s+(?:[A-Z]|the\s|a\s)"
)
"""Someone's words told with their name after them, which the wrong choices do not turn
round as the summary does: a remark of theirs beside the news, not a detail of it."""
_MIN_WRONG = 3
"""Wrong choices the main idea needs to be asked as multiple choice. With two, one of three
choices to pick, teachers printed it half as often as the main idea asked in the student's
own words: it is asked so instead (the quiz lets a student count a summary in other words
right)."""
_OUTLONG = 1.0
"""Below this share of the answer's length, every wrong choice is shorter than the answer,
which stands out as the one long, general statement: it is asked in the student's own words.
Teachers kept the multiple choice half as often where the answer was the longest choice as
where a wrong choice was as long or longer."""
_NARROW_TOPIC = 0.3
"""A detail holding this share of the lead's words or more may sum the story up as well."""
_ECHO = 2
"""Words of the lead and the headline a view shares when it says what the lead says."""
_NEAR_TOPIC = 0.15
"""A detail holding this share comes after those further from the story's subject."""
_SHARED = 2
"""Content words two sentences share when one goes on about what the other tells."""
_TAKEN_UP = 2
"""Sentences going on about a detail that make it more than a detail: one may only finish
telling it."""


def _main_point(ctx: Context) -> tuple[Span, str, list[tuple[str, Span, bool]]] | None:
    """The lead, its statement, and the narrower details to offer beside it; None where no
    sentence sums the story up."""
    first = lead(ctx)
    answer = statement(ctx, first) if first is not None else None
    if first is None or answer is None:
        return None
    rng = random.Random(f"main-idea:{ctx.article.id}")
    narrow = _narrow(ctx, first, answer, rng)[: _CHOICES - 1]
    if narrow and max(len(text) for text, _, _ in narrow) < _OUTLONG * len(answer):
        return first, answer, []  # the longest choice by far: the odd one out is the key
    return first, answer, narrow


@generator("main-idea", QuestionType.MULTIPLE_CHOICE)
def main_idea(ctx: Context) -> list[Candidate]:
    found = _main_point(ctx)
    if found is None or len(found[2]) < _MIN_WRONG:
        return []
    first, answer, narrow = found
    # A detail offered here is not asked again: a true-or-false item on it would repeat
    # the choice word for word, and someone's view shown here tells who said it (a
    # sentence a why-question asks is never offered: see `_asked_elsewhere`). One that
    # dates an event, offered when a short article has too few others, stays free for the
    # timeline, which asks what came first ("shown:"), and for nothing else.
    shown = tuple(
        f"sentence:{sentence.start}" if used else f"shown:{sentence.start}"
        for _, sentence, used in narrow
    )
    question = _question(
        ctx,
        first,
        answer,
        "each of the other choices is one true detail of it, too narrow to sum it up.",
        choices=(answer, *(text for text, _, _ in narrow)),
    )
    naming = _naming(question, first)
    return [
        Candidate(
            question, fact="main", score=_CHOSEN_SUMMARY, points=("main", *shown), naming=naming
        )
    ]


_CHOSEN_SUMMARY = 4.5
"""Below the main idea asked in the student's own words, which teachers keep far more often
(87% of 422 panel verdicts, against 57% of 54 for the choice): as a choice, the lead is the
one general statement among narrower details, which a student picks without reading. Chosen
only where the bank is to hold no short answers (`--type mc`)."""


@generator("main-idea-answer", QuestionType.SHORT_ANSWER)
def main_idea_answer(ctx: Context) -> list[Candidate]:
    """The main idea asked for in the student's own words: the lead as the model answer."""
    found = _main_point(ctx)
    if found is None:
        return []
    first, answer, _ = found
    # Whole, with its closing clause (", as they pressed the council to act ..."): a
    # model answer need not be read at a glance beside others; but not a long one, which
    # no one sentence a student writes would match.
    whole = statement(ctx, first, whole=True)
    if whole is not None and len(whole.split()) <= _MODEL_WORDS:
        answer = whole
    answer = news_before_market(answer, ctx.article.title)
    more = f"an answer in other words that gives the same {_point(ctx)} is right."
    headline = " ".join(ctx.article.title.split())
    adds = len(stems(headline) - stems(answer)) >= _HEADLINE_ADDS
    if adds and _FEATURE_HEADLINE.match(headline):
        # "The comic book genius of Stan Lee" above a lead on his court win: a profile,
        # whose lead is its news hook and whose headline names what it is all about.
        more += (
            " The headline names the topic the article explores,"
            f" “{without_full_stop(headline)}”: an answer on that topic is right too."
        )
    elif (
        has_verb(headline) and not headline.endswith("?") and adds and not _disputed(ctx, headline)
    ):
        # "US data sparks inflation worries" beside a lead on the figures alone: what the
        # news means is the headline's, and an answer giving it is right too. (Said in the
        # explanation, not accepted as typed: copied, the headline shows no understanding.)
        more += f" The headline puts it in brief: “{without_full_stop(headline)}”."
    question = _question(ctx, first, answer, more)
    naming = _naming(question, first)
    return [Candidate(question, fact="main", score=5.0, points=("main",), naming=naming)]


_MOVES = (
    r"(?:(?:have|has|had) )?(?:rose|risen|rise|fell|fallen|fall|sank|sunk|slid|slipped|jumped"
    r"|climbed|soared|plunged|plummeted|tumbled|dropped|gained|surged|slumped|dipped|rallied"
    r"|lost|edged)"
)
_MARKET = re.compile(
    rf"^(?:(?:Shares|Stock) (?:in|of) (?P<firm>[^,]{{1,60}}?)|(?P<own>[A-Z][^,]{{1,60}}?)"
    rf" saw its shares) (?P<move>{_MOVES})\b(?:[^,]|,(?=\d)){{0,80}}?,? after (?:it"
    r"|the (?:[\w-]+ ){0,2}(?:firm|company|group|giant|airline|carrier|bank|maker|retailer"
    r"|insurer|operator|producer|chain)) (?P<news>(?:said|says|announced|reported|warned"
    r"|revealed|unveiled|posted|issued|confirmed|agreed|won|lost|cut|raised)\b[^“”\"]+)\.$"
)
"""A lead that tells the market's answer to a firm's news before the news itself: "Shares
in Continental Airlines have tumbled after the firm warned it could run out of cash"."""
_ABOUT_SHARES = re.compile(r"\b(?:shares?|stocks?|markets?|investors?|traders?)\b", re.IGNORECASE)


def news_before_market(answer: str, headline: str) -> str:
    """The model answer with the firm's news first and the share price's move after it
    ("Continental Airlines warned it could run out of cash, and its shares tumbled"), where
    the lead tells the move first but the headline is on the news ("Continental 'may run out
    of cash'"): what the firm did is what the article is about, and the move is how the
    market took it, told without its figures. Where the headline is on the shares ("EMI
    shares hit by profit warning"), the move is the news, and the answer stays as it is."""
    found = _MARKET.match(answer)
    if found is None or _ABOUT_SHARES.search(headline):
        return answer
    # Which way the shares went, not by how much: "rose 3.8% to 1,088 pence" is a figure
    # no summary needs.
    if found["own"] is not None:
        return f"{found['own']} {found['news']}, and saw its shares {found['move']}."
    return f"{capitalized(found['firm'])} {found['news']}, and its shares {found['move']}."


_FEATURE_HEADLINE = re.compile(
    r"(?:How to |The (?:[\w'’-]+ ){1,4}of )(?!.*\b(?:is|are|was|were|has|have|had|will|would)\b)"
)
"""A headline that names a feature's topic, not a happening: "The comic book genius of Stan
Lee", "How to make a greener computer"; not "The cost of fuel has doubled"."""
_DENIES = re.compile(
    r"\b(?:denied|denies|deny|dismissed|dismisses|rejected|rejects|refuted)\s+(?:\w+\s+){0,3}?"
    r"(?:reports?|claims?|rumou?rs?|suggestions?|allegations?|speculation|talk|that)\b"
)
"""Words in which someone denies what was reported: "But the firm denied reports it was
withdrawing completely from Iraq"."""
_DISPUTED = 2
"""Content words a denial shares with the headline when it denies what the headline says."""


def _disputed(ctx: Context, headline: str) -> bool:
    """Whether a sentence of the article denies what the headline says ("US firm pulls out of
    Iraq" beside "the firm denied reports it was withdrawing completely from Iraq"): the
    headline is then no brief of the news that an answer may give."""
    words = stems(headline)
    return any(
        _DENIES.search(s.text) and len(words & stems(s.text)) >= _DISPUTED
        for s in ctx.body_sentences()
    )


@generator("main-idea-topic", QuestionType.SHORT_ANSWER)
def main_idea_topic(ctx: Context) -> list[Candidate]:
    """What a feature or a review is mainly about, where no sentence of it tells the news (it
    has no lead): its headline sums it up ("Kenyan school turns to handhelds", "Blinx sequel
    purrs nicely"), borne out by the sentence of its opening that shares most words with
    it. Not a headline that only names a topic, often with a pun ("A year to remember for
    Irish", "Running around the Olympics", "When technology gets personal"): as a model
    answer it says nothing of what the article tells, and teachers struck it out. Nor one
    that asks ("Who do you think you are?", "Is this the future of schools"), that labels
    its kind ("DVD review: I, Robot", "In pictures: ...") or that quotes someone ("'We love
    it,' say pupils"); nor a title made from a file name."""
    if lead(ctx) is not None or ctx.article.title_span is None:
        return []
    headline = " ".join(ctx.article.title.split()).rstrip(".!")
    if _NO_SUMMARY.search(headline) or not has_verb(headline):
        return []
    words = stems(headline)
    opening = ctx.body_sentences()[:_TOPIC_SENTENCES]
    shared = [(len(words & stems(s.text)), -i, s) for i, s in enumerate(opening)]
    best = max(shared, default=None, key=lambda found: found[:2])
    if best is None or best[0] == 0:
        return []
    question = Question(
        id=ctx.question_id(QuestionType.SHORT_ANSWER, "main-idea"),
        type=QuestionType.SHORT_ANSWER,
        article=ctx.article.id,
        prompt="In one sentence, in your own words, what is the article mainly about?",
        answer=f"{capitalized(headline)}.",
        explanation=(
            "The headline sums up what the whole article is about; an answer in other words"
            " that gives the same point is right."
        ),
        evidence=ctx.evidence(ctx.article.title_span, best[2]),
        difficulty=Difficulty.MEDIUM,
        tags=("main idea",),
    )
    return [Candidate(question, fact="main", score=5.0, points=("main",))]


_NO_SUMMARY = re.compile(
    r"\?$|[:“”\"‘’]|^'|'$|^(?:Is|Are|Was|Were|Do|Does|Did|Can|Could|Will|Would|Should|Has|Have"
    r"|Who|What|Which|How|Why|When|Where)\b"
)
"""A headline that asks, labels its kind or quotes someone, or that names a topic by how, why,
when or where ("When technology gets personal"): no summary of the article."""


_TOPIC_SENTENCES = 6
"""Sentences of a feature's opening read for the one that bears its headline out."""


def _naming(question: Question, first: Span) -> tuple[int, ...]:
    """Where the evidence sentences start that only give what the summary adds to the lead:
    a name, a year."""
    return tuple(e.start for e in question.evidence if e.start != first.start)


def _point(ctx: Context) -> str:
    """What the article's main point is: a column's or a review's is an argument or a
    verdict, a report's is news."""
    return "point" if commentary(ctx) else "news"


_CHOOSE = {
    "news": "Which statement best sums up what the article reports?",
    "point": "Which statement best sums up the article's main point?",
}
_ASK = {
    "news": "In one sentence, in your own words, what is the main news that the article reports?",
    "point": "In one sentence, in your own words, what is the main point the article makes?",
}
_EXPLAINED = {
    "news": "This is the news the whole article is about",
    "point": "This is the point the whole article makes",
}


def _question(
    ctx: Context,
    first: Span,
    answer: str,
    more: str,
    choices: tuple[str, ...] = (),
) -> Question:
    """The main-idea question: chosen from `choices`, or in the student's own words."""
    kind = QuestionType.MULTIPLE_CHOICE if choices else QuestionType.SHORT_ANSWER
    point = _point(ctx)
    return Question(
        id=ctx.question_id(kind, "main-idea"),
        type=kind,
        article=ctx.article.id,
        prompt=(_CHOOSE if choices else _ASK)[point],
        answer=answer,
        choices=choices,
        explanation=f"{_EXPLAINED[point]}; {more}",
        evidence=ctx.evidence(first, *_giving(ctx, answer, first)),
        difficulty=Difficulty.MEDIUM,
        tags=("main idea",),
    )


def _giving(ctx: Context, answer: str, first: Span) -> tuple[Span, ...]:
    """The sentences that give what the summary of the lead adds to its words: a name put
    together from two halves."""
    return ctx.naming_in_full(answer, first)


def statement(ctx: Context, sentence: Span, whole: bool = False) -> str | None:
    """The sentence as a choice that stands alone, or None: condensed, and with who says
    it first ("Lawmakers told VOA that sanctions should move quickly" for "Sanctions
    should move quickly, lawmakers told VOA"), as a summary reports a claim; a long one
    without its closing aside unless `whole`."""
    # The news it tells in passing, in the subject of someone's words ("A bill that passed
    # the House ... “strikes a blow ...,” he said"): the words are a view of the news. Else
    # as a summary words it; as the article does where that is too short to sum up ("Yahoo
    # is celebrating its 10th anniversary" without its "this week").
    own = (ctx.restated(sentence), " ".join(sentence.text.split()))
    told = dict.fromkeys(w for w in (ctx.told_in_passing(sentence), *own) if w is not None)
    found = next((text for words in told if (text := _summary(ctx, sentence, words, whole))), None)
    # A name the sentence gives by surname alone, or by a title and first name alone, in
    # full, as the details beside it are; and the name of someone it only describes.
    return ctx.in_full(ctx.described_named(found, sentence)) if found is not None else None


def _summary(ctx: Context, sentence: Span, words: str, whole: bool) -> str | None:
    # "..., it has been confirmed." tells only that the news is sure.
    text = _CONFIRMED.sub(".", condensed(words))
    said = _ACCORDING.search(text) or _SAID.search(text) or _SAID_AFTER.search(text)
    # Not "according to its authors" before the name "its" stands for, nor "the party"
    # before the news that says which.
    if said is not None and not ctx.points_back(f"{capitalized(said['who'])} said so."):
        body = text[: said.start()]
        at = sentence.text.find(body.split(" ", 1)[0])
        clause = ctx.as_clause(Span(sentence.start + at, sentence.start + at + len(body), body))
        if said.re is _ACCORDING:
            text = f"According to {said['who']}, {clause}."
        else:
            text = f"{capitalized(said['who'])} {said['verb']} that {clause}."
    if len(text.split()) > _LONG_WORDS and not whole:
        # Without its closing aside: "..., adding their voice to a growing chorus ...".
        closing = next(
            (c for c in _CLOSING.finditer(text) if len(text[: c.start()].split()) >= _MIN_WORDS),
            None,
        )
        text = f"{text[: closing.start()]}." if closing is not None else text
    return _choice(text)


_CONFIRMED = re.compile(
    r",\s+it (?:has been|was|had been|is) (?:confirmed|announced|revealed|reported|learned"
    r"|learnt|understood)\.$|,\s+it (?:has|had) emerged\.$"
)
_SAYING = r"""(?:(?:has|have|had)\s+)?(?:said|says|say|confirmed|announced|warned|reported
    |found|finds|shows?|suggests?|suggested|claims?|claimed|believes?|told\s+[A-Z][\w.]*
    |heard)"""
"""Verbs a lead closes on to say whose the news is; "an Election Court has heard": what a
court or an inquiry heard is a claim put to it, not a fact."""
_WHO = r"(?:[A-Z]|the\s|a\s|an\s)[^,;:“”\"]{1,60}?"
_SAID = re.compile(rf",\s+(?P<who>{_WHO})\s+(?P<verb>{_SAYING})\.$", re.VERBOSE)
"""A lead closing on who says it: "..., Amnesty International's chief has said."."""
_SAID_AFTER = re.compile(rf",\s+(?P<verb>said)\s+(?P<who>{_WHO})\.$", re.VERBOSE)
"""..., said the firm's chief executive."""
_ACCORDING = re.compile(r",?\s+according to (?P<who>[^,;:“”\"]{2,60})\.$")


_HANGING = re.compile(
    r"\w['’]s (?:is|was|are|were)\b|\b(?:is|are|was|were|be|been) (?:included|involved)\.$"
)
"""An owner with nothing owned ("Ana Ruiz's is the latest", told for "Hers is the
latest"), or an inclusion in nothing said ("The town's archives are included.")."""


_DEFINITE = re.compile(r"(?:The|This|These|Those|Its|Their|His|Her)\s+[a-z]")
"""A choice opening on a thing the article named before ("The new programme", "The move",
"The businessman"): beside the other choices, without the sentences before it, a student
cannot tell what it is. Teachers kept a main-idea question with such a choice less than half
the time, against two times in three without one."""


_INCLUDES = re.compile(r"\bincludes?\b[^.]*?(?:,| and )")
_ITEM = r"[\w'’.-]+(?: [\w'’.-]+){0,2}"
_LIST = re.compile(rf"(?:{_ITEM}, ){{2,}}{_ITEM},? and {_ITEM}")
_LIST_SHARE = 0.5


def _a_list(text: str) -> bool:
    """Whether a sentence does little but list who or what is in a set: it says what a set
    includes, two things or more ("Past performers include Abba and Lulu"; not "The deal
    includes a payment to staff"), or half its words are one list
    ("Shaun of the Dead, Definitely Maybe, The Day Today and ... will battle it out")."""
    if _INCLUDES.search(text):
        return True
    listed = _LIST.search(text)
    return listed is not None and len(listed.group(0).split()) >= _LIST_SHARE * len(text.split())


def _choice(text: str) -> str | None:
    words = text.split()
    # Straight marks read as the curly ones they stand for: a lead closing on
    # 'a "piece of history."' ends on its full stop, and a sentence quoted whole is
    # someone's words, whichever marks it has.
    marked = _STRAIGHT.sub(r"“\1”", text)
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS or not marked.rstrip("”").endswith("."):
        return None
    # "Why weren't the Stones there ...": a reader's aside, not a report (but "the song Do
    # They Know It's Christmas? has gone" names a song).
    if re.search(r"\?(?!\s+[a-z])", text) or text.endswith("..") or text.endswith("…"):
        return None
    if TO_THE_READER.match(text):
        return None  # "Think of it as Donkey Kong meets Norman Cook": said to the reader
    first = re.sub(r"['’](?:s|re|ll|d)$", "", words[0].lower().strip('“"'))
    if first in NEEDS_CONTEXT or not balanced(text):  # "It's the latest in a trend"
        return None
    if not one_sentence(text) or not plain_sentence(text):
        return None
    # A phrase quoted in a lead ("no evidence of “political bias”") is part of the news;
    # a whole sentence quoted is someone's words, not the article's summary.
    if any(len(phrase.split()) > _MAX_QUOTED_WORDS for phrase in _QUOTED.findall(marked)):
        return None
    if re.search(r"[“”]", _QUOTED.sub("", marked)):
        return None
    if not has_verb(text):
        return None  # "The positive balance of plus 3 compared with minus 10."
    if _HANGING.search(text):
        return None  # "Ana Ruiz's is the latest ..." for "Hers is ...": whose what?
    return text


def _headlined(ctx: Context, answer: str) -> Callable[[str], bool]:
    """Whether a detail says more of what the headline says than the answer does: "Consumers
    are far more interested in how handsets fit in with their lifestyle" beside the headline
    "Lifestyle governs mobile choice" and a lead that words its news otherwise. A reader may
    defend it as the summary."""
    headline = stems(ctx.article.title)
    told = len(headline & stems(answer))
    return lambda text: len(headline & stems(text)) > told


def _narrow(
    ctx: Context, first: Span, answer: str, rng: random.Random
) -> list[tuple[str, Span, bool]]:
    """Details from after the lead's paragraph, near the answer's length, each too narrow
    to sum the story up: the article's own statements first; then, in a short article,
    claims and those that date an event, give a cause or tell what changed. Each with
    whether it uses its sentence up: all but one that only dates an event."""
    # A sentence quoting a phrase ("found no evidence of “political bias”") is the
    # article's own detail; one quoting someone's sentence is theirs.
    # Each by its words: a sentence holding any of them is the speaker's (the sentence the
    # parser gives a quote may run on into the article's next one).
    quoted = [
        q.content
        for q in ctx.quotes
        if len(q.content.text.split()) > _MAX_QUOTED_WORDS or q.kind is not QuoteKind.MIXED
    ]
    claimed = [c.content for c in ctx.analysis.claims]
    dated = [d.sentence for d in ctx.analysis.dates if d.value and d.value[:1].isdigit()]
    # A view of whom the lead is about is part of its news ("Mayor Jane Tully has promised
    # to rebuild the pier" beside her "the town could not afford to lose its best-known
    # landmark"): a reader may take it for the summary.
    # Nor, from anyone, a view in the lead's own terms ("Barry Sheerman said that UK
    # e-University was a terrible waste" beside "... branded a disgraceful waste by MPs"):
    # a reader may take it for the summary.
    spoken: list[Claim | Quote] = [*ctx.analysis.claims, *ctx.quotes]
    lead_words = content_words(f"{answer} {ctx.article.title}")
    roles = {e.name: role_head(e.role) for e in ctx.entities(EntityKind.PERSON) if e.role}
    restating = []
    for view in spoken:
        if view.speaker is None:
            continue
        role = roles.get(view.speaker, "")
        names = content_words(" ".join([*ctx.forms(view.speaker), role]))
        about = any(mentions(answer, form) for form in ctx.forms(view.speaker))
        # One of those the lead names by their role, in the paragraph after it, is its
        # source telling its news in other words ("the minimum age for a councillor would
        # be cut to 18", said a minister, after "Teenagers will be able to stand for town
        # councils under plans unveiled by ministers").
        source = bool(content_words(role) & content_words(answer)) and (
            ctx.paragraph_number(view.sentence.start) == ctx.paragraph_number(first.start) + 1
        )
        echoes = content_words(view.content.text) & lead_words - names
        if about or source or len(echoes) >= _ECHO:
            restating.append(view.content)
    actors = _actors(ctx, answer)
    headlined = _headlined(ctx, answer)
    # A detail too narrow to sum the story up is one the article goes on about less than
    # its lead (or in one sentence at most): a report that half the article is about, or
    # the lead's news told again in figures, is taken up by as many sentences as the lead,
    # and a reader may defend it as the summary.
    taken_up = _taken_up(ctx, first)
    central = max(taken_up(first), _TAKEN_UP)
    # The sentences the summary takes a name from ("Toshiyuki Shiga will run Nissan" for the
    # lead's "a lifetime employee") tell its news again.
    asked = _asked_elsewhere(ctx) | {s.start for s in _giving(ctx, answer, first)}
    # A lead that tells of something it has not yet named ("A study of the US at war has
    # won ...") names it in the sentence after, which opens on the name and tells the news
    # again ("Why We Fight scooped the grand jury prize ..."); not "The ferry carried ...".
    after = [s for s in ctx.body_sentences() if s.start > first.start]
    if re.match(r"An?\s", first.text.lstrip()) and after:
        opening = after[0].text.split()[0]
        if opening[:1].isupper() and not ctx.written_in_lower_case(opening):
            asked.add(after[0].start)
    found: list[_Detail] = []
    for sentence in ctx.body_sentences():
        if ctx.paragraph_number(sentence.start) <= ctx.paragraph_number(first.start):
            continue
        if sentence.start in asked:
            continue
        if _within(sentence, quoted) or _within(sentence, restating):
            continue
        if _BEFORE_THE_NEWS.match(sentence.text.lstrip()) or _goes_on_before(ctx, sentence):
            continue  # "Last year, Sean Penn won ...": told alone, it reads as this year's
        # Cut down to its claim, as a true statement is: "But unemployment also remains
        # high at about 10%." offers "Unemployment remains high at about 10%."; "He" gives
        # way to the name he stands for, "The airport" to the one the article named; and
        # worded as the answer is, so that the answer is not the one choice in other words
        # than the article's.
        told, naming = ctx.told(sentence)
        words = core(told if naming is not None else ctx.restated(sentence))
        # "The coalition" named as the article named it: the name it gives back is the
        # lead's, which makes the detail no nearer the story than it was.
        text = _choice(
            ctx.named_subject(ctx.in_full(ctx.named_again(words, sentence.start)), sentence.start)
        )
        if text is None or _DEFINITE.match(text):
            continue  # "The new programme will combine with ...": which programme?
        if _NEWS_DAY.search(text):
            continue  # "Wednesday's vote": a day the choice does not place
        if _TOLD_BY.search(text):
            continue  # "..., observed Jack Boorman, adviser to ...": a remark, not a detail
        if AN_HOUR.search(text):
            continue  # "At 1405 GMT, shares were trading down 0.67%": no one's summary
        if headlined(text):
            continue  # the headline's news in other words than the lead's: a summary too
        if _a_list(text):
            continue  # "Categories include film, music and mobile phones": no one's either
        # A detail of the story: it names someone or something, and reads alone (not a
        # reader's comment, not "Separately, ..."). Read beside the article, "the
        # demonstrators" or "the police" inside it are clear.
        if (
            not ctx.stands_alone(text, sentence.start, beside=answer)
            or not specific(text)
            or _about(text, answer, actors)
            or _SOURCE_NOTE.search(text)
            or _CREDIT.search(text)
            or _CONFIRMS.search(text)
            or _WHO_THEY_ARE.match(text)
            or UNFIT_FOR_CLASS.search(text)
            or ctx.slipped(text)
            or ctx.shared_surname(text)
        ):
            continue
        topic = on_topic(ctx, text)
        if topic >= _NARROW_TOPIC or not _fits(text, answer) or taken_up(sentence) >= central:
            continue
        if set(_FIGURE.findall(text)) & set(_FIGURE.findall(answer)):
            continue  # the lead's own figure: the same news in other words
        if _same_change(text, answer):
            continue  # "Applications rose by 17%" beside "a rise in students applying"
        # The paragraph after the lead going on with its news in its terms ("The Reserve Bank
        # lifted interest rates" after "Australia is raising its interest rate") tells it
        # again.
        going_on = ctx.paragraph_number(sentence.start) == ctx.paragraph_number(first.start) + 1
        if going_on and _same_things(words, answer):
            continue
        # Someone's claim, a detail that gives a cause or tells what changed and, last, one
        # that dates an event are offered only when plain details run short; off the
        # story's subject, they are as narrow.
        if _within(sentence, claimed):
            rank = 1
        elif CAUSE_LINKS.search(text) or CHANGE_WORDS.search(text):
            rank = 2
        else:
            rank = 3 if _within(sentence, dated) else 0
        found.append((rank, topic >= _NEAR_TOPIC, text, sentence, rank != 3))
    # Someone's view, told as reported speech ("Tony Blair insisted that he did not know
    # the poll date"): its sentence may quote them, or open on "He".
    taken = {sentence.start for _, _, _, sentence, _ in found}
    views: list[tuple[Claim | Quote, tuple[str, str, str] | None]]
    views = [(c, reported_claim(ctx, c)) for c in ctx.analysis.claims]
    views += [(q, reported_quote(ctx, q)) for q in ctx.quotes]
    for view, said in views:
        if _within(view.sentence, restating):
            continue
        within = ctx.sentence_of(view.content.start)
        if within is None or within.start in taken | asked or ctx.in_heading(within):
            continue
        if ctx.paragraph_number(within.start) <= ctx.paragraph_number(first.start):
            continue
        text = _choice(ctx.in_full(f"{reported(*said)}.")) if said is not None else None
        if (
            text is None
            or _DEFINITE.match(text)
            or (said is not None and _THINGS.search(said[2]) and _a_person(ctx, view.speaker))
            or not ctx.stands_alone(text, within.start, beside=answer)
            or _about(text, answer, actors)
            or headlined(text)
            or UNFIT_FOR_CLASS.search(text)
            or ctx.slipped(text)
            or ctx.shared_surname(text)
        ):
            continue
        topic = on_topic(ctx, view.content.text)
        if topic < _NARROW_TOPIC and _fits(text, answer) and taken_up(within) < central:
            # Shown as someone's view, it is who said it that a question would ask: the
            # choice gives that away.
            taken.add(within.start)
            found.append((1, topic >= _NEAR_TOPIC, text, within, True))
    rng.shuffle(found)
    # The paragraph after the lead goes on with the lead's news ("The Reserve Bank lifted
    # rates 0.25% to 5.5%" after "Australia is raising its interest rate"): its details
    # come last, as they may sum the story up as well. Before them, plain details first;
    # of those, the ones that name all they tell of before those leaning on an "it" or a
    # "their" (which a reader may take for someone the choice does not name), the ones
    # furthest from the lead's subject (a detail near it may read as a summary too), and
    # the nearest the answer's length, so that length gives nothing away.
    next_paragraph = ctx.paragraph_number(first.start) + 1
    found.sort(
        key=lambda item: (
            ctx.paragraph_number(item[3].start) == next_paragraph,
            item[0],
            _LEANS.search(item[2]) is not None,
            item[1],
            abs(len(item[2]) - len(answer)) // 30,
        )
    )
    kept = _distinct(found)
    # A key sentence fills in only up to the fewest wrong choices: it is kept for its own
    # question, which a choice repeating it word for word would give away.
    plain = sum(1 for rank, *_ in kept if rank == 0)
    others = [item for item in kept if item[0] != 0][: max(0, _MIN_WRONG - plain)]
    kept = [item for item in kept if item[0] == 0 or item in others]
    if not _VOICED.match(answer):
        # Beside news told in the article's own words, two choices or more that tell
        # someone's view ("Ken Kutaragi said that ...") leave the key the one statement of
        # news among them, and a student picks it by its form: one view at most.
        shown = [item for item in kept if _VOICED.match(item[2])]
        kept = [item for item in kept if item not in shown[1:]]
    return [(text, sentence, used) for _, _, text, sentence, used in kept]


_VOICING = rf"""(?:{_SAYING}|(?:(?:has|have|had)\s+)?(?:noted|added|argued|observed|explained
    |insisted|remarked|stressed|admitted|pointed\s+out))"""
_VOICED = re.compile(rf"According\ to\b | [^“”\"]{{1,80}}?\s{_VOICING}\s+that\s", re.VERBOSE)
"""A statement that tells someone's view: "Ken Kutaragi said that ...", "Mr Lane noted that
..."."""


def _asked_elsewhere(ctx: Context) -> set[int]:
    """Where the sentences start that a question on why or since when something happened
    asks about (`reasons`, `date_questions`): offered as a wrong choice, a sentence would
    print that question's answer ("The festival was moved to June in an attempt to draw more
    visitors"), and a teacher keeps the question over one more wrong choice."""
    return {
        sentence.start
        for candidate in [*reason_answer(ctx), *since_when(ctx)]
        if rejection(ctx, candidate.question) is None
        for evidence in candidate.question.evidence
        if (sentence := ctx.sentence_of(evidence.start)) is not None
    }


def _taken_up(ctx: Context, first: Span) -> Callable[[Span], int]:
    """How many of the article's sentences take up what a sentence tells: those that share
    `_SHARED` of its content words or more, but for the lead, which any detail of the
    story may echo."""
    sentences = [(s.start, content_words(s.text)) for s in ctx.body_sentences()]

    def taken_up(sentence: Span) -> int:
        words = content_words(sentence.text)
        return sum(
            1
            for at, theirs in sentences
            if at not in (sentence.start, first.start) and len(theirs & words) >= _SHARED
        )

    return taken_up


def _a_person(ctx: Context, name: str | None) -> bool:
    entity = ctx.entity_named(name) if name is not None else None
    return entity is not None and entity.kind is EntityKind.PERSON


def _goes_on_before(ctx: Context, sentence: Span) -> bool:
    """Whether the sentence goes on with one before it in its paragraph that is set before
    the news ("Last year, the Kelby ferry carried a million people. Brinmouth Boats won the
    prize."): it is still last year."""
    before = ctx.sentence_before(sentence)
    return (
        before is not None
        and ctx.paragraph_number(before.start) == ctx.paragraph_number(sentence.start)
        and _BEFORE_THE_NEWS.match(before.text.lstrip()) is not None
    )


def _actors(ctx: Context, answer: str) -> list[str]:
    """Every form of the names of the people and bodies the lead opens on: who did what
    ("Millwall were charged with two breaches" tells "Liverpool and Millwall were charged"
    again)."""
    opening = _opening(answer)
    # A body by its name as written ("Millwall"), not by a word of it ("music" of
    # "Respect the Value of Music"); a person by any form, as "Stone" for Joss Stone.
    named = [
        e.name
        for e in ctx.analysis.entities
        if (e.kind is EntityKind.PERSON and any(mentions(opening, f) for f in ctx.forms(e.name)))
        or (
            e.kind is EntityKind.ORGANIZATION
            and any(re.search(rf"\b{re.escape(f)}\b", opening) for f in ctx.forms(e.name))
        )
    ]
    return [form for name in named for form in ctx.forms(name)]


def _opening(text: str) -> str:
    """The words a statement opens on: its first few, or the names it opens on, however
    many ("Brinmouth Rovers and Vallonia United"), after a setting of what they were doing
    or what came first ("Writing in the Kelby Post, Mr Okafor ...", "Despite a rise in
    sales, ...")."""
    words = _DOING.sub("", text).split()
    named = next(
        (at for at, word in enumerate(words) if not (word[:1].isupper() or word in _JOINING)),
        len(words),
    )
    return " ".join(words[: max(named, _OPENING_WORDS)])


_JOINING = frozenset({"and", "&", "of", "de"})
_DOING = re.compile(
    r"^(?:[A-Z][a-z]+ing|Despite|After|Before|Following|Amid|Since|With|Without)\b[^,]{0,60},\s+"
)


def _about(text: str, answer: str, actors: list[str]) -> bool:
    """Whether the detail opens on someone the lead opens on, and tells of the same things:
    it may read as the story itself ("Seventeen-year-old Stone won two awards" beside
    "Joss Stone and Muse won Brit awards"). Another thing they did ("Mr Blair made a
    surprise visit to Iraq") is narrower."""
    opening = _opening(text)
    if not any(mentions(opening, form) for form in actors):
        return False
    names = content_words(" ".join(actors))
    return bool((content_words(text) & content_words(answer)) - names)


def _distinct(found: list[_Detail]) -> list[_Detail]:
    """The details in order, each on a figure and a year no earlier one gives, and telling
    of things no earlier one tells of: "Paul Tucker voted for a rise to 5%" and "One member
    - Paul Tucker - voted to raise rates to 5%" are one fact, as are "The Tate tried to buy
    the picture from its owner" and "The Tate raised £12.5m to buy the portrait but the
    owner refused"; a student strikes both out at once. Nor two prices of one thing, nor a
    list of figures ("38.4% in Argentina, 15.6% in Italy, ..."), which no one takes for a
    summary."""
    kept: list[_Detail] = []
    seen: set[str] = set()
    for item in found:
        text = item[2]
        # A list: figures in more than one part between commas ("40% to firms, 30% to
        # households and 20% to farms"); "a 52% rise to £198m from £130m" is one change.
        listed = [part for part in text.split(",") if _FIGURE.search(part)]
        if len(_FIGURE.findall(text)) > _MAX_FIGURES and len(listed) > 1:
            continue
        about = set(_FIGURE.findall(text)) | set(YEAR.findall(text))
        if about & seen or any(_same_things(text, other[2]) for other in kept):
            continue
        if any(_two_prices(text, other[2]) for other in kept):
            continue
        seen |= about
        kept.append(item)
    return kept


_STEM = 5
"""Letters two words share when they name one thing ("applying", "applications")."""


def _same_change(detail: str, answer: str) -> bool:
    """Whether a detail tells the change the lead tells, of the same thing, the same way:
    "Applications from England rose by 17%" beside "A rise was recorded in the number of
    students applying", or "India's rupee climbed to 43.305 per US dollar" beside "India's
    rupee hit a five-year high". A reader may take it for the summary with its figures."""
    ways = [way for way in (RISE_WORDS, FALL_WORDS) if way.search(answer)]
    if len(ways) != 1:
        return False  # no change told, or one each way: which is the lead's?
    other = FALL_WORDS if ways[0] is RISE_WORDS else RISE_WORDS
    if not ways[0].search(detail) or other.search(detail):
        return False
    return bool(_stems(detail) & _stems(answer))


def _stems(text: str) -> set[str]:
    """The openings of the words that name what changed: not the words telling how, nor
    names past the first word ("India" is the country of many a change)."""
    plain = re.sub(r"(?<=\s)[A-Z][\w'’-]*", " ", FALL_WORDS.sub(" ", RISE_WORDS.sub(" ", text)))
    # A "y" there as the "i" it turns into: "apply-ing" and "appli-cations".
    return {
        re.sub("y$", "i", word[:_STEM])
        for word in content_words(plain) - _HOW_AND_WHEN
        if len(word) >= _STEM - 1
    }


_HOW_AND_WHEN = frozenset("after against before year month week quarter time".split())
"""Words any two changes may share: when, and against what."""


def _two_prices(first: str, second: str) -> bool:
    """Whether two details both give a price of the same thing ("US crude was trading at
    $51.39", "A barrel of US crude oil closed up $2.80"): two choices of one kind, which a
    student strikes out together."""
    if not (_MONEY.search(first) and _MONEY.search(second)):
        return False
    return bool(content_words(_MONEY.sub("", first)) & content_words(_MONEY.sub("", second)))


_MONEY = re.compile(r"[$£€¥]\s?\d[\d.,]*\s?(?:bn|m|billion|million|trillion)?")


def _same_things(first: str, second: str) -> bool:
    """Whether two details tell of the same things: three content words in common, two of
    them not names ("the Tate ... buy ... owner"; not "Mrs Hassan ... Iraq" twice)."""
    shared = content_words(first) & content_words(second)
    named = {w.lower() for w in re.findall(r"\b[A-Z][a-z]+", f"{first} {second}")}
    return len(shared) >= _SAME_THINGS and len(shared - named) >= _SAME_THINGS - 1


def _fits(text: str, answer: str) -> bool:
    """Whether a wrong choice is near the answer's length, so that length gives nothing
    away, and short enough to read at a glance beside three others."""
    return 0.4 <= len(text) / len(answer) <= 2 and len(text.split()) <= _MAX_WRONG_WORDS


def _within(sentence: Span, spans: list[Span]) -> bool:
    return any(s.start < sentence.end and sentence.start < s.end for s in spans)
