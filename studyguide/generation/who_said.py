"""Who said what: multiple choice on the speaker of a direct quote or a reported view."""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass

from studyguide.analysis import ENGLISH
from studyguide.analysis.entities import role_head
from studyguide.analysis.lang import language_data
from studyguide.generation.context import Context
from studyguide.generation.distractors import entity_distractors, one_person, person_like
from studyguide.generation.plan import on_topic, protagonist, stems
from studyguide.generation.registry import Candidate, generator
from studyguide.generation.wording import (
    MAX_EXCERPT_WORDS,
    POINTING_BACK,
    balanced,
    common_word,
    first_clause,
    mentions,
    named_among,
    reported,
    whole_sentence,
    without_comment,
    without_full_stop,
    without_relative_aside,
)
from studyguide.generation.writing_words import AUXILIARIES, NEEDS_CONTEXT, TITLES
from studyguide.model import (
    Claim,
    Difficulty,
    EntityKind,
    Question,
    QuestionType,
    Quote,
    QuoteKind,
)

_WRONG_CHOICES = 3
"""People come from the article alone, three of them, one at least another speaker. Two, the
other speaker and one who says nothing, leave a coin toss (teachers kept it three times in
five, and struck it out one time in four); nor are three who say nothing fair choices ("the
referee", "the linesman" for a manager's complaint)."""
_LEANS_BACK = re.compile(
    r"\b(?:do|does|did|doing|done|get|got|pass|passed|stop|fix|change|sign|back|oppose)"
    r" (?:it\b(?!\s+(?:is|was|will|would)\b)|(?:that|this)(?=\s*(?:[.,;:!?”]|$)"
    r"|\s+(?:by|before|after|now|again|today|soon|quickly)\b))",
    re.IGNORECASE,
)
"""Words whose "it" or "that" stands for what was said before, which the student cannot see."""
_OWN_SIDE = re.compile(
    r"\b(?:my|our) (?:band|team|club|squad|side|players|party|government|company|firm"
    r"|album|film|show|song|songs|record|book)\b",
    re.IGNORECASE,
)
"""Words that tell what the speaker is ("my players": the manager), which picks the answer
out among people of other parts in the story."""
_THIRD_PERSON = re.compile(r"\b(?:he|him|his|she|her|he's|she's)\b", re.IGNORECASE)
_YOU = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)
_MIN_QUOTE_WORDS = 8
"""A quote shorter than this ("I don't know what to say") rarely holds a position."""
_TALK = 300_000
"""How often (in the dictionary's count) a word is used, above which it is one of talk
("know", "right", "really", "happy"): words all of that kind say no view."""


def _weighty(word: str) -> bool:
    """Whether the word carries a view's weight: one of the things spoken of ("ferry",
    "fares", "PS3"), not one of talk ("know", "right now")."""
    return not common_word(word, _TALK)


_MOST = 2 / 3
_SPOKEN = 4
"""Words an article reports, at the fewest, for one speaker's share of them to tell."""


def _speaks_throughout(ctx: Context, speaker: str) -> bool:
    """Whether the speaker's are most of the words the article reports (quoted or not): of
    such a speaker, any words are theirs, and a student who only scanned the article for
    the name that comes up most picks them."""
    said = [q.speaker for q in ctx.quotes] + [c.speaker for c in ctx.analysis.claims]
    return len(said) >= _SPOKEN and said.count(speaker) >= _MOST * len(said)


@generator("who-said", QuestionType.MULTIPLE_CHOICE)
def who_said(ctx: Context) -> list[Candidate]:
    rng = random.Random(f"who-said:{ctx.article.id}")
    # Not of the person the story is about: "Who said 'I have tendered my resignation'?"
    # answers itself beside a story on the resignation.
    people = {e.name for e in ctx.entities(EntityKind.PERSON)} - {protagonist(ctx)}
    # With one speaker, "who said" has one plausible answer, found by elimination: the
    # other choices are people who say nothing.
    if len(ctx.speakers()) < 2:
        return []
    out: list[Candidate] = []
    quoted = Counter(q.speaker for q in ctx.quotes)
    for quote in ctx.quotes:
        if quote.kind is not QuoteKind.DIRECT or quote.speaker not in people:
            continue
        if not person_like(quote.speaker) or named_among(quote.sentence.text, quote.speaker):
            continue  # "Hynde" beside full names stands out; "Euronext" is no person
        paragraph = ctx.article.body[ctx.paragraph_number(quote.content.start) - 1].span.text
        if not any(mentions(paragraph, form) for form in ctx.forms(quote.speaker)):
            continue  # '"...," he said.' after a paragraph on someone else: whose words?
        if quote.speaker_mention is None and _names_another(ctx, quote):
            continue  # '"...," added Hale and Brook's Sam Ortiz': not the speaker before
        words = whole_sentence(quote.content.text, MAX_EXCERPT_WORDS, _MIN_QUOTE_WORDS)
        if words is None or mentions(words, quote.speaker) or not balanced(words):
            continue
        if words.rstrip("”’\"'").endswith(","):
            continue  # "There is an old adage, 'get straight back on the horse,'": cut short
        if (
            re.sub(r"['’](?:s|re|ll|d)$", "", words.split()[0].lower().strip("“\"',;:"))
            in NEEDS_CONTEXT
        ):
            continue  # "They are very noisy", "That, as a rule, is right": they point nowhere
        if not words.lstrip("“\"'")[:1].isupper():
            continue  # "certainly optimistic something ...": a phrase, not what was said
        if re.search(r"\b(?:says|said|told)\b", words):
            continue  # "Frisk says Rijkaard greeted him": another's words, retold
        if _LEANS_BACK.search(words):
            continue  # "We have to do it by the end of the year": do what?
        if not any(_weighty(word) for word in re.findall(r"[A-Za-z][\w'’-]*", words)):
            continue  # "I don't even know what to do right now": no view in it, a remark
        if _OWN_SIDE.search(words):
            continue  # "very important for our band": the one band member among the choices
        # "I don't even know what to do right now", of someone quoted once and named in
        # neither the headline nor the lead: a passing remark, trivia.
        if quoted[quote.speaker] == 1 and not on_topic(ctx, f"{words} {quote.speaker}"):
            continue
        if _speaks_throughout(ctx, quote.speaker):
            continue
        pronoun = _THIRD_PERSON.search(words)
        if pronoun is not None and not re.search(r"\S\s+[A-Z][a-z]", words[: pronoun.start()]):
            continue  # "he's not very happy in here": who is he? The words name no one
        # The question mark ends the sentence: a full stop inside the quote would read
        # as a typo (“... before March.”?), a second question mark as one too.
        words = without_full_stop(words)
        prompt = f"Who said: “{words}”" + ("" if words.endswith(("?", "!")) else "?")
        # Not someone the quoted sentence names, nor, where the words speak of "he" or
        # "she", the one the story is about, whom they most likely mean ("I'm glad he's
        # getting recognised" is not Ray Charles's, the "he" of it).
        about = protagonist(ctx, margin=1) if _THIRD_PERSON.search(words) else None
        # Nor, where they speak to "you", whom the sentence before names, most likely the
        # one spoken to ("after talks with Ms Ruiz, Mr Reyes said ... 'Your patience
        # ...'"): the words could not be theirs.
        before = ctx.sentence_before(quote.sentence) if _YOU.search(words) else None
        named = f"{before.text if before else ''} {quote.sentence.text} {about or ''}"
        distractors = _other_people(ctx, quote.speaker, prompt, rng, named)
        if not _fair(ctx, distractors, words):
            continue
        out.append(
            Candidate(
                Question(
                    id=ctx.question_id(
                        QuestionType.MULTIPLE_CHOICE, "who-said", quote.content.text
                    ),
                    type=QuestionType.MULTIPLE_CHOICE,
                    article=ctx.article.id,
                    prompt=prompt,
                    answer=quote.speaker,
                    choices=(quote.speaker, *distractors),
                    explanation=(
                        f"Paragraph {ctx.paragraph_number(quote.content.start)} quotes"
                        f" {quote.speaker}."
                    ),
                    evidence=ctx.evidence(quote.sentence),
                    # With several speakers, telling their words apart is the point.
                    difficulty=Difficulty.MEDIUM,
                    tags=("quote", "person"),
                ),
                fact=f"quote:{quote.content.start}",
                score=2.5,
            )
        )
    return out


_CLAIM_WORDS = (5, 30)


@generator("who-claimed", QuestionType.MULTIPLE_CHOICE)
def who_claimed(ctx: Context) -> list[Candidate]:
    """Who holds a view the article reports without quote marks: "Who said that the cut
    came too late for many families?", when the article reports two people or more."""
    rng = random.Random(f"who-claimed:{ctx.article.id}")
    people = {e.name for e in ctx.entities(EntityKind.PERSON)} - {protagonist(ctx)}
    if len(ctx.speakers()) < 2:
        return []
    out: list[Candidate] = []
    for view in _views(ctx):
        if view.speaker not in people or _speaks_throughout(ctx, view.speaker):
            continue
        prompt = f"{reported('Who', view.cue, view.words)}?"
        # Not the one the story is about, where the words speak of "he" or "she" ("claims
        # the American sprinter regularly used drugs to enhance her performance").
        about = protagonist(ctx, margin=1) if _THIRD_PERSON.search(view.words) else None
        distractors = _other_people(ctx, view.speaker, prompt, rng, about or "")
        if not _fair(ctx, distractors, view.words):
            continue
        out.append(
            Candidate(
                Question(
                    id=ctx.question_id(QuestionType.MULTIPLE_CHOICE, "who-claimed", view.words),
                    type=QuestionType.MULTIPLE_CHOICE,
                    article=ctx.article.id,
                    prompt=prompt,
                    answer=view.speaker,
                    choices=(view.speaker, *distractors),
                    explanation=(
                        f"Paragraph {ctx.paragraph_number(view.said.content.start)} reports"
                        f" {view.speaker}'s view."
                    ),
                    evidence=ctx.evidence(view.said.sentence),
                    difficulty=Difficulty.MEDIUM,
                    tags=("claim", "person", "viewpoint"),
                ),
                fact=f"claim:{view.said.content.start}",
                score=3.2,
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class _View:
    said: Claim | Quote
    speaker: str
    cue: str
    """The verb of saying, finite: "said", "says", "warned"."""
    words: str
    """The view as reported words read after "said that", cut to their first clause."""


def _views(ctx: Context) -> list[_View]:
    """The views the article gives to people it names, each once, as reported words that
    read alone: its claims and, as claims do, reported words with a phrase of the speaker's own
    quoted ("Ryan said the fix should “be considered on its own merits”")."""
    from studyguide.generation.truefalse import finite

    partly_quoted = [q for q in ctx.quotes if q.kind is QuoteKind.MIXED]
    found: list[_View] = []
    seen: set[str] = set()
    told_so: list[Claim | Quote] = [*ctx.analysis.claims, *partly_quoted]
    for said in told_so:
        if said.cue is None or said.speaker is None or said.content.text in seen:
            continue
        seen.add(said.content.text)
        if isinstance(said, Quote) and not _reads_as_reported(said):
            continue
        cue = finite(said.cue)
        if cue is None or not person_like(said.speaker):
            continue
        if named_among(said.sentence.text, said.speaker):
            continue  # "Harris, Durbin and Booker said ...": not hers alone
        low, high = _CLAIM_WORDS
        # Without an aside the question would carry ("the settlement, details of which
        # will be announced next week, was ..."): the view is what is asked.
        told = without_comment(without_relative_aside(ctx.as_clause(ctx.whole(said.content))))
        words = first_clause(told, high, low)
        if words is None or not balanced(words):
            continue
        opening = words.split()[0].lower()
        if opening in NEEDS_CONTEXT or mentions(words, said.speaker):
            continue
        if opening in AUXILIARIES:
            continue  # "said was he was reviewing ...": the article's slip, no subject
        if opening in _ASKING or (opening in _WH and cue.startswith(_TELLING_OF)):
            continue  # "explains why the polls were off": no view, and no "that" before it
        if opening == "adding" or (opening in _SUBORDINATE and "," not in words):
            continue  # "though he contended his firm's services ...": no clause of its own
        if _WHOSE.match(words):
            continue  # "members did not like ring-fenced funds": members of what?
        if ctx.runs_on(said.content):
            continue
        found.append(_View(said, said.speaker, cue, words))
    return found


_ASKING = frozenset("why how whether".split())
"""Openings of reported words that ask or tell of a question, not a view."""
_WH = frozenset("what where when who which".split())
_SUBORDINATE = frozenset("because though although even while whereas unless".split())
"""Openings of words that, with no comma to close them, are a clause hung on another the
words do not give: "Who said that because Canova is a good candidate?"."""
_TELLING_OF = ("explain", "ask", "wonder", "question", "describ")
"""Verbs after which "what" or "who" opens a question told of ("asked what it would cost"),
not a view ("said what the town needed was a pier")."""
_NO_SUBJECT = re.compile(
    r"(?:[“\"‘]|(?:as|meanwhile|although|while|when|if|so|but|and|or|was|were|is|are|had|has"
    r"|have|should|would|could|will|not|to)\b)",
    re.IGNORECASE,
)
"""Openings of words that are no reported clause: a quote told whole, a clause's middle."""


_WHOSE = re.compile(
    r"(?:members|staff|colleagues|shareholders|supporters|fans|customers|employees|officials)\b"
)
"""Openings naming people only as someone's ("members did not like ..."): whose, the words
do not say."""
_ANOTHER_SAYS = re.compile(
    r"\b(?:said|says|say|saying|told|tells|asked|added|argued|argues|claimed|claims|insisted"
    r"|insists|warned)\b"
)
"""A verb of saying inside someone's reported words: another's words told within theirs
("... was theft but Russian authorities argued ...")."""


def _reads_as_reported(quote: Quote) -> bool:
    """Whether a partly quoted view reads as a clause after "said that": it opens on its
    subject, holds no second speaker's "said" and nothing pointing back ("these matters"),
    and its cue is no "told", whose hearer the words may carry ("told BBC Two's Newsnight
    programme there was ...")."""
    words = quote.content.text.strip()
    return (
        (quote.cue or "").lower() not in {"told", "tells"}
        and not _NO_SUBJECT.match(words)
        and not _ANOTHER_SAYS.search(words)
        and not POINTING_BACK.search(words)
        and not re.search(r",[”\"’]?$", words)
    )


def _names_another(ctx: Context, quote: Quote) -> bool:
    """Whether the quote's sentence, outside the quote, names someone by first name and
    surname who is not its speaker: a speaker the analysis did not find for it."""
    start, end = (
        quote.content.start - quote.sentence.start,
        quote.content.end - quote.sentence.start,
    )
    outside = quote.sentence.text[:start] + " " + quote.sentence.text[end:]
    forms = ctx.forms(quote.speaker) if quote.speaker else ()
    return any(
        not any(mentions(name, form) for form in forms)
        for name in re.findall(r"\b[A-Z][a-z]+ [A-Z][a-z]+(?:-[A-Z][a-z]+)?\b", outside)
        if name.split()[0] not in TITLES
    )


def _first_name_in(text: str, name: str) -> bool:
    """Whether the words call the person by first name ("David is a friend" of David
    McLetchie): he is not who said them."""
    words = name.split()
    return len(words) > 1 and re.search(rf"\b{re.escape(words[0])}\b", text) is not None


def _other_people(
    ctx: Context, speaker: str, prompt: str, rng: random.Random, named: str = ""
) -> list[str]:
    """Up to three wrong choices for who said something: the article's other speakers
    first, then the other people it names by full name and tells of (named twice, or
    given a role); none the prompt or `named` shows. A name met once in a list ("Darren
    Chin"), or a town taken for a person ("Woodhill, Milton Keynes"), is no choice."""
    shown = f"{prompt} {named}".strip()
    others = [
        s
        for s in ctx.speakers()
        if s != speaker
        and not mentions(shown, s)
        and not _first_name_in(shown, s)
        and person_like(s)
        and not _a_group(ctx, s)
    ]
    named_people = [
        name
        for name in entity_distractors(
            ctx, speaker, EntityKind.PERSON, rng, avoid=shown, count=len(ctx.analysis.entities)
        )
        if (person := ctx.entity_named(name)) is not None
        and (person.role is not None or len(person.mentions) > 1)
        and not _first_name_in(shown, name)
        and not _a_group(ctx, name)
    ]
    chosen: list[str] = []
    for name in others[:_WRONG_CHOICES] + named_people:
        if not any(one_person(ctx, name, other) for other in (speaker, *chosen)):
            chosen.append(name)
    return chosen[:_WRONG_CHOICES]


def _fair(ctx: Context, distractors: list[str], words: str) -> bool:
    """Whether the wrong choices make a fair question: three, one at least a speaker, and
    none of them told holding the same view ("Michael Howard reiterated calls for the
    publication of the full legal advice" beside "Who says all the advice should be
    published?"). Not two: where only three people speak, they are most often three of a
    kind (three analysts, two officials of one body) making much the same point, and which
    of them said it is recall of a name, not of a view."""
    if len(distractors) != _WRONG_CHOICES or not any(d in ctx.speakers() for d in distractors):
        return False
    return not any(_holds_it_too(ctx, name, words) for name in distractors)


_SAME_VIEW = 0.8
"""The share of a view's words a sentence naming someone else holds when it tells of the
same view."""


def _holds_it_too(ctx: Context, name: str, words: str) -> bool:
    asked = stems(words)
    if len(asked) < 2:
        return False
    forms = [form for form in (*ctx.forms(name), name.split()[-1]) if len(form) > 2]
    return any(
        len(asked & stems(sentence.text)) >= _SAME_VIEW * len(asked)
        for sentence in ctx.body_sentences()
        if any(re.search(rf"\b{re.escape(form)}\b", sentence.text) for form in forms)
    )


_GROUPS = (
    frozenset("band duo trio quartet orchestra choir act team side portal website site".split())
    | language_data(ENGLISH).words.organization_nouns
)
"""What a role ends on when it names no person: a band, a team, a firm, a web portal."""


def _a_group(ctx: Context, name: str) -> bool:
    """Whether the article calls a "person" a band, a group or a firm ("US band Scissor
    Sisters", "Glasgow group Franz Ferdinand", "Web portal Kelby Online"): beside words a
    person said, no choice at all."""
    entity = ctx.entity_named(name)
    role = entity.role if entity is not None else None
    # The noun the role is of: "chief of counterterrorism at the police department" is a
    # chief.
    return role is not None and role_head(role) in _GROUPS
