"""True or false: what a speaker said, or what the article states, kept or changed.

Every fact gives a true statement, and a false one when one thing in it can be changed
cleanly; selection keeps one of the two, so that about half the statements in a bank are
true. A false statement changes exactly one thing
(a negation, a date, a figure, a name, or who said it) and records the change in `altered`.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from studyguide.generation.context import Context, place_kind
from studyguide.generation.distractors import (
    NUMBER,
    entity_distractors,
    number_distractors,
    year_distractors,
)
from studyguide.generation.lexicon import AFTER_NAME, AUXILIARIES, NEEDS_CONTEXT
from studyguide.generation.registry import Candidate, generator
from studyguide.generation.text import (
    balanced,
    blanks_list_item,
    capitalized,
    mentions,
    one_sentence,
)
from studyguide.model import (
    BLANK,
    FALSE,
    TRUE,
    Difficulty,
    EntityKind,
    Evidence,
    Question,
    QuestionType,
    Span,
)

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_SWAPPABLE = (EntityKind.PLACE, EntityKind.NATIONALITY)
"""Kinds of name a false statement may change. Not organisations: the recogniser's
organisations mix bands, committees and products, and one swapped for another reads as
nonsense ("Labour's ruling the Labour Party"). Not people named in a statement: another
person in their place reads as nonsense as often ("when Richard Fogarty was two years
old"); who said something is changed by giving the words to another speaker instead."""
_MIN_WORDS, _MAX_WORDS = 5, 35
_MIN_QUOTE_WORDS = 8
"""A quote shorter than this rarely holds a position worth asking about."""


@dataclass(frozen=True, slots=True)
class Change:
    text: str
    """The statement's words after the change."""
    altered: str
    """What was changed, as the bank records it: "date: 2014 → 2012"."""


@generator("claim-statement", QuestionType.TRUE_FALSE)
def claim_statement(ctx: Context) -> list[Candidate]:
    """ "Assad said that ..." — reported speech, true as reported or with one thing changed."""
    rng = random.Random(f"claim-statement:{ctx.article.id}")
    people = {e.name for e in ctx.entities(EntityKind.PERSON)}
    speakers = ctx.speakers()
    out = []
    for claim in ctx.analysis.claims:
        cue = finite(claim.cue)
        if claim.speaker not in people or cue is None:
            continue
        content = ctx.as_clause(ctx.whole(claim.content))
        if not _usable(content) or mentions(content, claim.speaker):
            continue
        if content.split()[0].lower() in {"but", "and", "so", "or", "yet"}:
            continue  # "said that but the end started": the claim began a sentence
        found = changes(ctx, content, claim.content, rng, claim.speaker)
        # Given to another speaker, "it" or "her" in the words would point nowhere.
        if not re.search(r"\b(?:it|its|he|his|him|she|her|they|their|them)\b", content, re.I):
            swapped = _speaker_swapped(speakers, claim.speaker, content, claim.sentence.text, rng)
            found += [swapped] if swapped else []
        if not found:
            continue
        change = rng.choice(found)
        paragraph = ctx.paragraph_number(claim.content.start)
        reported = f"{claim.speaker} {cue} that {content}."
        explanation = f"Paragraph {paragraph}: {reported}"
        key = f"claim:{claim.content.start}"
        evidence = ctx.evidence(claim.sentence)
        speaker = _speaker_after(change, claim.speaker)
        out.append(_statement(ctx, key, reported, TRUE, None, explanation, evidence, 3.0))
        out.append(
            _statement(
                ctx,
                key,
                f"{speaker} {cue} that {change.text}.",
                FALSE,
                change.altered,
                explanation,
                evidence,
                3.0,
            )
        )
    return out


@generator("article-statement", QuestionType.TRUE_FALSE)
def article_statement(ctx: Context) -> list[Candidate]:
    """A sentence the article states in its own voice, true as written or with one change."""
    rng = random.Random(f"article-statement:{ctx.article.id}")
    quoted = [q.sentence for q in ctx.analysis.quotes] + [c.sentence for c in ctx.analysis.claims]
    out = []
    for sentence in ctx.body_sentences():
        text = " ".join(sentence.text.split())
        if any(s.start < sentence.end and sentence.start < s.end for s in quoted):
            continue
        if not _usable(text) or re.search(r"[“”\"]", text) or not text.endswith("."):
            continue
        if text.split()[0].lower() in NEEDS_CONTEXT:
            continue
        key = f"sentence:{sentence.start}"
        explanation = f"Paragraph {ctx.paragraph_number(sentence.start)}: {text}"
        evidence = ctx.evidence(sentence)
        out.append(_statement(ctx, key, text, TRUE, None, explanation, evidence, 1.5))
        # A statement with nothing to change cleanly is asked true, or not at all.
        found = changes(ctx, text, sentence, rng)
        if not found:
            continue
        change = rng.choice(found)
        out.append(
            _statement(
                ctx,
                key,
                capitalized(change.text),
                FALSE,
                change.altered,
                explanation,
                evidence,
                1.5,
            )
        )
    return out


_PAST = {
    "arguing": "argued",
    "claiming": "claimed",
    "insisting": "insisted",
    "noting": "noted",
    "saying": "said",
    "stressing": "stressed",
    "suggesting": "suggested",
    "warning": "warned",
}
"""Cue verbs the article puts in a participle clause (", adding that ..."), as the past
tense a statement of its own needs."""


_GOING_ON = frozenset(
    {"add", "adds", "added", "adding", "continue", "continues", "continued", "told", "tells"}
)
"""Cues that lean on words said before ("He added that..."), or that need an object ("told
the paper"): alone, a statement says "said"."""


def finite(cue: str) -> str | None:
    """The cue as a statement's verb: "said", "warned"; None for "according to" and for a
    participle with no past form known."""
    lowered = cue.lower()
    if lowered == "according to":
        return None
    if lowered in _GOING_ON:
        return "said"
    if lowered.endswith("ing"):
        return _PAST.get(lowered)
    return cue


def _usable(text: str) -> bool:
    words = len(text.split())
    return _MIN_WORDS <= words <= _MAX_WORDS and balanced(text) and one_sentence(text)


def _statement(
    ctx: Context,
    key: str,
    prompt: str,
    answer: str,
    altered: str | None,
    explanation: str,
    evidence: tuple[Evidence, ...],
    score: float,
) -> Candidate:
    tags = [{"claim": "claim", "quote": "quote"}.get(key.split(":")[0], "statement")]
    if altered is not None:
        tags.append(altered.split(":", 1)[0])
    return Candidate(
        Question(
            id=ctx.question_id(QuestionType.TRUE_FALSE, key, answer),
            type=QuestionType.TRUE_FALSE,
            article=ctx.article.id,
            prompt=prompt,
            answer=answer,
            explanation=explanation,
            evidence=evidence,
            # A changed date, figure or negation needs a close reading; a changed name or
            # speaker, or a true statement, needs the reader to remember who and what.
            difficulty=Difficulty.HARD
            if altered and altered.split(":")[0] in {"negation", "date", "number"}
            else Difficulty.MEDIUM,
            tags=tuple(tags),
            altered=altered,
        ),
        fact=key,
        score=score,
    )


def _speaker_swapped(
    speakers: Iterable[str], speaker: str, words: str, sentence: str, rng: random.Random
) -> Change | None:
    """The words given to another speaker of the article, one the sentence does not name."""
    # Not the speaker under another of their names ("Hardenne" for Justine Henin-Hardenne).
    others = [
        s
        for s in speakers
        if s != speaker
        and not _named_in(s, f"{words} {sentence}")
        and not set(re.split(r"[\s-]+", s)) & set(re.split(r"[\s-]+", speaker))
    ]
    if not others:
        return None
    return Change(words, f"speaker: {speaker} → {rng.choice(others)}")


def _speaker_after(change: Change, speaker: str) -> str:
    """Who says the words after `change`: the new speaker of a swap, else `speaker`."""
    if change.altered.startswith("speaker: "):
        return change.altered.rsplit(" → ", 1)[1]
    return speaker


def _named_in(name: str, text: str) -> bool:
    """Whether any word of a person's name stands in `text` ("Michael" for Michael Howard)."""
    return any(re.search(rf"\b{re.escape(word)}\b", text) for word in name.split() if len(word) > 2)


def changes(
    ctx: Context,
    text: str,
    span: Span,
    rng: random.Random,
    speaker: str = "",
    negation: bool = True,
) -> list[Change]:
    """Every one-thing change of `text` that makes it false, of the kinds available.

    A name, year or figure brought in is another of the article's own, so that the false
    statement reads as naturally as the true one. A name is never one the sentence already
    holds, nor its `speaker`: "I've helped Dominik" said by Hantuchova does not become
    "I've helped Daniela Hantuchova". A "not" goes only into one short clause: inserted in a
    long sentence it reads as broken English, which tells the student it is false."""
    sentence = ctx.sentence_of(span.start)
    avoid = " ".join([text, sentence.text if sentence is not None else "", speaker])
    makers: list[Callable[[], Change | None]] = [
        lambda: negated(text) if negation and simple_clause(text) else None,
        lambda: _year_changed(ctx, text, rng),
        lambda: _number_changed(ctx, text, rng),
        lambda: _name_changed(ctx, text, span, rng, avoid),
    ]
    return [change for make in makers if (change := make()) is not None]


_MAX_CLAUSE_WORDS = 16


def simple_clause(text: str) -> bool:
    """Whether `text` is one short clause, with one verb of its own: "The plan was ready"."""
    if len(text.split()) > _MAX_CLAUSE_WORDS or re.search(r"[,;:—–(]| - ", text):
        return False
    if re.search(r"\b(and|but|or|which|who|that|because|if|when|while)\b", text):
        return False
    return len(_AUX.findall(text)) == 1


_AUX = re.compile(rf"\b({'|'.join(AUXILIARIES)})\b( not\b)?", re.IGNORECASE)
_NO_NEGATION_AFTER = frozenset(
    "no not never nothing none to also still already always often just even now ever only yet".split()
)
"""Words after which an added "not" reads badly ("were not still better")."""


def negated(text: str) -> Change | None:
    """The statement with its main verb negated, or its negation taken away.

    Only the verb phrase before the first comma (after an opening phrase such as "In other
    words,"), within the first 15 words, is touched, so that a verb of a clause inside the
    subject ("which has been ...") stays as it is.
    """
    parts = text.split(",")
    skip = 0
    if len(parts) > 1 and len(parts[0].split()) <= 4 and not _AUX.search(parts[0]):
        skip = len(parts[0]) + 1
    head = text[: skip + len(parts[1 if skip else 0])]
    for found in _AUX.finditer(head, skip):
        if len(text[: found.start()].split()) > 14:
            return None
        # "No evidence was found" turned to "No evidence was not found" says nothing clear.
        if re.search(r"\b(no|never|nothing|none|neither|nor)\b", text[: found.start()], re.I):
            return None
        aux = found.group(1)
        lowered = aux.lower()
        if aux[:1].isupper():
            return None  # "Will Young won": a name, or a question, not a statement's verb
        # The verb of a relative clause ("passengers who are unable") is not the statement's.
        if re.search(r"\b(who|which|that|whose|when|if|while)\s+(\w+\s+)?$", text[: found.start()]):
            continue
        after = text[found.end() :].split()
        if not after:
            return None
        following = after[0].strip(",.").lower()
        if found.group(2):
            verb = after[0]
            if lowered == "did":
                return None
            if lowered in {"do", "does"}:
                base = verb if lowered == "do" else third_person(verb)
                new = text[: found.start()] + base + text[found.end() + 1 + len(verb) :]
                return Change(new, f"negation: “{aux} not {verb}” → “{base}”")
            new = text[: found.end() - len(" not")] + text[found.end() :]
            return Change(new, f"negation: “{aux} not” → “{aux}”")
        if following in _NO_NEGATION_AFTER or following.endswith(("n't", "ly")):
            return None
        if lowered in {"has", "have", "had"} and not re.search(
            r"(ed|en|been|made|said|got)$", following
        ):
            return None
        if lowered in {"do", "does", "did"} and text[: found.start()].strip() == "":
            return None
        word = "cannot" if lowered == "can" else f"{aux} not"
        new = text[: found.start()] + word + text[found.end() :]
        return Change(new, f"negation: “{aux}” → “{word}”")
    return None


def third_person(verb: str) -> str:
    """The verb's -s form: coordinate -> coordinates, push -> pushes, try -> tries."""
    if verb == "have":
        return "has"
    if re.search(r"(s|sh|ch|x|z|o)$", verb):
        return verb + "es"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ies"
    return verb + "s"


def _year_changed(ctx: Context, text: str, rng: random.Random) -> Change | None:
    years = _YEAR.findall(text)
    if len(years) != 1:
        return None
    other = year_distractors(years[0], ctx, rng, avoid=text, count=1)
    if not other:
        return None
    return Change(_YEAR.sub(other[0], text), f"date: {years[0]} → {other[0]}")


def _number_changed(ctx: Context, text: str, rng: random.Random) -> Change | None:
    figures = [m for m in NUMBER.finditer(text) if not _YEAR.fullmatch(m.group(0))]
    figures = [
        m
        for m in figures
        if (m.group("pre") or m.group("post") or "," in m.group(0))
        # A figure the statement gives twice could be changed in either place.
        and text.count(m.group(0)) == 1
    ]
    # Beside another figure of its unit, a changed figure can contradict the sentence
    # itself ("between 8% and 5%", "a low of 96,000" under 83,000): false at a glance.
    units = [(m.group("pre"), m.group("post") or "", "," in m.group(0)) for m in figures]
    figures = [m for m, unit in zip(figures, units, strict=True) if units.count(unit) == 1]
    if not figures:
        return _count_changed(text, rng)
    target = rng.choice(figures)
    other = number_distractors(target.group(0), ctx, rng, avoid=text, count=1)
    if not other:
        return None
    new = text[: target.start()] + other[0] + text[target.end() :]
    return Change(new, f"number: {target.group(0)} → {other[0]}")


_WORD_NUMBERS = "two three four five six seven eight nine ten eleven twelve".split()
_COUNT = re.compile(
    rf"(?<![\w.,£$€-])(?P<n>[1-9]\d{{1,2}}|{'|'.join(_WORD_NUMBERS)})\s+(?P<noun>[a-z]+s|people)\b"
)
"""A count of things: "96 supporters", "four people"."""


def _count_changed(text: str, rng: random.Random) -> Change | None:
    """One count of things changed to another of the same form, when the statement gives
    only one: "four people were ejected" -> "seven people were ejected"."""
    counts = list(_COUNT.finditer(text))
    if len(counts) != 1:
        return None
    found = counts[0]
    number = found.group("n")
    if number in _WORD_NUMBERS:
        at = _WORD_NUMBERS.index(number)
        others = [w for i, w in enumerate(_WORD_NUMBERS) if abs(i - at) >= 2]
    else:
        value = int(number)
        others = [str(v) for v in {round(value * f) for f in (0.5, 0.6, 1.5, 2)} if v >= 10]
    if not others:
        return None
    other = rng.choice(sorted(others))
    new = text[: found.start("n")] + other + text[found.end("n") :]
    return Change(new, f"number: {number} → {other}")


def _name_changed(
    ctx: Context, text: str, span: Span, rng: random.Random, avoid: str
) -> Change | None:
    """One name swapped for another of its kind that neither `text` nor `avoid` holds."""
    found = []
    for entity in ctx.analysis.entities:
        if entity.kind not in _SWAPPABLE:
            continue
        for mention in entity.mentions:
            if mention.text not in text or not (
                span.start <= mention.start and mention.end <= span.end
            ):
                continue
            # A name glued to a hyphen or apostrophe (US-led, the US’ claims) or glossed in
            # brackets (the Islamic State (ISIL)) does not take another name cleanly.
            around = ctx.article.text[mention.start - 1 : mention.end + 2]
            if (
                around[:1] in "([-"
                or around[len(mention.text) + 1 : len(mention.text) + 2] in {"-", "’", "'"}
                or around.endswith((" (", " ["))
                # Part of a longer name the recogniser split ("Newton Aycliffe").
                or re.match(r"\s[A-Z]", ctx.article.text[mention.end : mention.end + 2]) is not None
            ):
                continue
            # A name before a noun ("Islamic State militants", "the US administration")
            # takes no other name cleanly, nor does one item of a list.
            following = ctx.article.text[mention.end : mention.end + 20].split()[:1]
            if following and following[0].islower() and following[0] not in AFTER_NAME:
                continue
            listed = text.replace(mention.text, BLANK, 1)
            if blanks_list_item(listed):
                continue
            found.append((mention.text, entity.kind))
            break
    if not found:
        return None
    name, kind = rng.choice(sorted(found))
    # A place swapped for one of another kind may hold it ("Houston" for "the US"): the
    # statement would still be true.
    if kind is EntityKind.PLACE and place_kind(name) == "place":
        return None
    if len(re.findall(rf"\b{re.escape(name)}\b", text)) != 1:
        return None
    # "the US" is changed as a whole, so that "in the US" becomes "in Russia".
    article = re.search(rf"\b[Tt]he {re.escape(name)}\b", text)
    if article is not None:
        name = article.group(0)
    other = entity_distractors(ctx, name, kind, rng, avoid=avoid, count=1, built_in=False)
    if not other:
        return None
    replacement = ctx.display(other[0])
    # A replacement that stands inside another word ("Russia" in "Russian") would make the
    # change ambiguous to undo: the statement must say plainly what was changed.
    if replacement.removeprefix("the ") in text:
        return None
    if name[:1] == "T" and replacement.startswith("the "):
        replacement = capitalized(replacement)
    new = re.sub(rf"\b{re.escape(name)}\b", replacement, text, count=1)
    return Change(new, f"{kind.value}: {name} → {replacement}")


@generator("quote-statement", QuestionType.TRUE_FALSE)
def quote_statement(ctx: Context) -> list[Candidate]:
    """ "Assad said: “...”" — a sentence of a direct quote, as spoken or misquoted once."""
    from studyguide.generation.quotes import spoken_sentences

    rng = random.Random(f"quote-statement:{ctx.article.id}")
    out = []
    for quote, speaker, part in spoken_sentences(ctx):
        text = " ".join(part.text.split())
        if not _usable(text) or re.search(r"[“”\"]", text) or mentions(text, speaker):
            continue
        if len(text.split()) < _MIN_QUOTE_WORDS:  # "I don't know what to say": no position
            continue
        # A negated quote is a misquote that reads as nonsense ("we did not win the vote
        # for him"); who said it, or a date, figure or name in it, is changed instead.
        found = [
            c
            for c in changes(ctx, text, part, rng, speaker)
            if c.text != text and not c.altered.startswith("negation:")
        ]
        # Only another person the article quotes: words given to someone who never
        # speaks in it are false at a glance.
        others = [s for s in ctx.speakers() if s != speaker]
        swapped = _speaker_swapped(others, speaker, text, quote.sentence.text, rng)
        found += [swapped] if swapped else []
        if not found:
            continue
        change = rng.choice(found)
        key = f"quote:{part.start}"
        explanation = f"Paragraph {ctx.paragraph_number(part.start)} quotes {speaker}: “{text}”"
        evidence = ctx.evidence(quote.sentence)
        said = f"{speaker} said: “{text}”"
        out.append(_statement(ctx, key, said, TRUE, None, explanation, evidence, 2.0))
        out.append(
            _statement(
                ctx,
                key,
                f"{_speaker_after(change, speaker)} said: “{change.text}”",
                FALSE,
                change.altered,
                explanation,
                evidence,
                2.0,
            )
        )
    return out
