"""True or false: what a speaker said, or what the article states, kept or changed.

Every fact gives a true statement, and a false one when it can be made false the way a
careful writer would: by saying the opposite of what the article says ("sales fell" for
"sales rose"), by putting another of the article's own places in its place, or by giving
someone's words to another person the article quotes (who holds which view). Selection
keeps one of the two. A false statement records what was changed in `altered`.

Not made false: a date or a figure moved a little (that tests recall of a number, not
understanding), a word turned where another word of the sentence tells which way things
went ("fell by £4bn, a far smaller increase"), a "not" inserted (it reads as broken
English).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from studyguide.generation.context import Context, place_kind
from studyguide.generation.distractors import entity_distractors, person_like
from studyguide.generation.plan import lead, on_topic
from studyguide.generation.registry import Candidate, generator
from studyguide.generation.wording import (
    backshifted,
    balanced,
    blanks_list_item,
    capitalized,
    core,
    has_verb,
    lists_names,
    mentions,
    named_among,
    one_sentence,
    personal,
    plain_sentence,
    reported,
    specific,
)
from studyguide.generation.writing_words import (
    AFTER_NAME,
    CHANGE_WORDS,
    NEEDS_CONTEXT,
    OPPOSITES,
)
from studyguide.model import (
    BLANK,
    FALSE,
    Claim,
    Difficulty,
    EntityKind,
    Evidence,
    Question,
    QuestionType,
    Quote,
    QuoteKind,
    Span,
)

_SWAPPABLE = (EntityKind.PLACE, EntityKind.NATIONALITY)
"""Kinds of name a false statement may change. Not organisations: the recogniser's
organisations mix bands, committees and products, and one swapped for another reads as
nonsense ("Labour's ruling the Labour Party"). Not people: another person in their place
reads as nonsense as often ("when Richard Fogarty was two years old")."""
_ON_TOPIC = 0.1
"""The share of the headline's and the lead's words below which a statement is beside the story."""
_SCORE_OR_PRICE = re.compile(r"\b\d+-\d+\b|\d\s?(?:pence|cents)\b|\d+p\b")
"""A result ("230-197", "3-1") or a share price ("119 pence"): the incidental number."""
_PLACES = tuple(f"{kind.value}:" for kind in _SWAPPABLE)
"""What a false statement of the article's own may change: where its event happened."""
_MIN_WORDS, _MAX_WORDS = 5, 25
"""A statement longer than this is a paragraph to match against the article, not a claim
to judge."""
_TIED_CLAUSE = re.compile(
    r",\s+(?:and|but)\s+(?:[\w'’-]+\s+){1,6}(?:was|were|is|are|had|has|have|will|would)\b"
)
"""A second claim tied on after a comma, with a subject of its own: ", and a balanced view
of priorities was important"; not the last item of a list ("schools, taxes and crime were")."""
_LIST_ITEM_WORDS = 3
"""Words of the part before ", and" that make it an item of a list, not a clause."""


@dataclass(frozen=True, slots=True)
class Change:
    text: str
    """The statement's words after the change."""
    altered: str
    """What was changed, as the bank records it: "date: 2014 → 2012"."""


@generator("claim-statement", QuestionType.TRUE_FALSE)
def claim_statement(ctx: Context) -> list[Candidate]:
    """ "Assad said that ..." — reported speech with one thing changed, false: the view given
    to another speaker, or turned to its opposite."""
    rng = random.Random(f"claim-statement:{ctx.article.id}")
    out = []
    for claim in ctx.analysis.claims:
        said = reported_claim(ctx, claim)
        if said is None:
            continue
        who, cue, content = said
        explanation = (
            f"Paragraph {ctx.paragraph_number(claim.content.start)}: {reported(who, cue, content)}."
        )
        out += _said_statements(
            ctx, f"claim:{claim.content.start}", (who, cue, content), claim, explanation, rng
        )
    return out


@generator("quote-statement", QuestionType.TRUE_FALSE)
def quote_statement(ctx: Context) -> list[Candidate]:
    """ "Hugh Morgan Williams said that smaller manufacturers are facing an uphill struggle."
    — a quoted sentence told as reported speech with one thing changed, false.
    Only words that report the same from anyone's mouth: no "I", "we" or "you" to turn,
    nothing that points back to what was said before."""
    rng = random.Random(f"quote-statement:{ctx.article.id}")
    out = []
    for quote in ctx.quotes:
        said = reported_quote(ctx, quote)
        if said is None:
            continue
        explanation = f"Paragraph {ctx.paragraph_number(quote.content.start)} quotes {said[0]}."
        out += _said_statements(ctx, f"quote:{quote.content.start}", said, quote, explanation, rng)
    return out


def reported_quote(ctx: Context, quote: Quote) -> tuple[str, str, str] | None:
    """(who, "said", clause) of a quoted sentence as reported speech ("Ana Ruiz", "said",
    "the new reading room was twice the size"), or None when it would not read alone: words
    said as "I", "we" or "you", words that point back, a fragment without a verb."""
    if quote.kind is not QuoteKind.DIRECT or quote.speaker is None:
        return None
    # A whole sentence: a capital to open it, a full stop or the comma before "said" to end
    # it, inside the quote marks or just before them.
    ending = quote.content.text.rstrip()[-1:] + ctx.article.text[quote.content.end :][:1]
    if not quote.content.text[:1].isupper() or not re.search(r"[.,]", ending):
        return None
    content = ctx.named_again(ctx.as_clause(quote.content).rstrip(",."), quote.content.start)
    if content.split()[0].lower() in _NOT_A_SUBJECT:
        return None  # "said that to be sent off ...": no clause of its own
    if (
        not _usable(content)
        or re.search(r"[“”\"!?]", content)
        or personal(quote.content.text)
        or ctx.points_back(content)
        or mentions(content, quote.speaker)
    ):
        return None
    if not ctx.named_in_sentence(quote.speaker, quote.sentence):
        return None
    if named_among(quote.sentence.text, quote.speaker):
        return None  # "Harris, Durbin and Booker said: ...": not hers alone
    # "he wrote", "she tweeted": words written are not said.
    cue = quote.cue if quote.cue in _WRITTEN else "said"
    # "said that clearly 2004 was ...": the speaker's "Clearly" is how they said it.
    content = _SPOKEN_OPENING.sub("", content)
    return capitalized(ctx.display(quote.speaker)), cue, backshifted(content)


_WRITTEN = frozenset("wrote tweeted posted".split())
_SPOKEN_OPENING = re.compile(
    r"^(?:(?:clearly|obviously|frankly|certainly|of course|basically|honestly|actually),?"
    r"|(?:well|look|listen|so),)\s+(?=\S+\s)"
)
"""Words a speaker opens on that say how, not what: "Clearly, 2004 was a hard year"; "well"
and "so" only with their comma ("Well over half ..." and "So far ..." keep theirs)."""


def _said_statements(
    ctx: Context,
    key: str,
    said: tuple[str, str, str],
    source: Claim | Quote,
    explanation: str,
    rng: random.Random,
) -> list[Candidate]:
    """What someone said with one thing changed, as a false statement: a word to its
    opposite, a place to another, or the speaker to another person the article quotes (who
    holds which view). Never told back as true: the view is then the article's sentence
    copied, which a student matches without understanding it."""
    who, cue, content = said
    if source.speaker is not None and _SOMEONE.match(source.speaker):
        return []
    # "Tory leader Michael Howard said ...", with the sentence that says so.
    introduced, told = ctx.introduced(source.speaker) if source.speaker else (who, None)
    who = capitalized(introduced)
    naming: tuple[Span, ...] = (
        (told,) if told is not None and told.start != source.sentence.start else ()
    )
    # The sentence that named what "the coalition" is, where the statement names it so.
    naming += ctx.naming_sentences(content, source.content.start)
    evidence = ctx.evidence(source.sentence, *naming)

    def statement(text: str, answer: str, altered: str | None) -> Candidate:
        return _statement(
            ctx,
            key,
            text,
            answer,
            altered,
            explanation,
            evidence,
            3.0,
            naming=tuple(n.start for n in naming),
        )

    found = [
        (who, change) for change in changes(ctx, content, source.content, rng, source.speaker or "")
    ]
    other = _other_speaker(ctx, source.speaker, source.sentence, naming)
    if other is not None:
        found.append((other, Change(content, f"speaker: {who} → {other}")))
    if not found:
        return []
    speaker, change = rng.choice(found)
    return [statement(f"{reported(speaker, cue, change.text)}.", FALSE, change.altered)]


def _bodies(role: str) -> set[str]:
    """The capitalised words of a role, which name whom someone speaks for."""
    return {w.strip("'’s,") for w in role.split() if w[:1].isupper()}


def _one_side(role: str | None, other: str | None) -> bool:
    """Whether two people speak for one body: their roles name the same one ("BA's chief
    executive", "BA chairman"), or neither names any, as in a story about one firm
    ("chief executive", "finance director"), or both are of one kind ("aviation analyst",
    "Aviation analyst")."""
    if role is None or other is None:
        return False
    bodies, others = _bodies(role), _bodies(other)
    if not bodies and not others or bodies & others:
        return True
    return role.lower() == other.lower()


def _other_speaker(
    ctx: Context, speaker: str | None, sentence: Span, naming: tuple[Span, ...] = ()
) -> str | None:
    """Another of those the article quotes or reports, of the speaker's kind, to say what
    `speaker` said: a person by full name for a person, a body for a body ("The CML said"
    for "The BSA said"); the first that bears another surname, has no part in the
    sentence (named in it, or speaking in it or in the `naming` sentences shown beside it)
    and is set against the speaker (`_opposed`); a person by name alone, without the role
    that would tell their side. None when no one else of that kind speaks, or when the
    sentence says that someone agreed: then two hold the view."""
    entity = ctx.entity_named(speaker) if speaker is not None else None
    if entity is None or entity.kind not in (EntityKind.PERSON, EntityKind.ORGANIZATION):
        return None
    if entity.kind is EntityKind.PERSON and not person_like(entity.name):
        return None
    if re.search(r"\b(?:agree|echo|concur|share)[sd]?\b|\bagreeing\b", sentence.text, re.I):
        return None
    said = [(q.speaker, q.sentence) for q in ctx.quotes]
    said += [(c.speaker, c.sentence) for c in ctx.analysis.claims]
    here = {
        name
        for name, within in said
        if any(within.start < s.end and s.start < within.end for s in (sentence, *naming))
    }
    for name in dict.fromkeys(n for n, _ in said if n is not None and n not in here):
        other = ctx.entity_named(name)
        if other is None or other.kind is not entity.kind or other.name == entity.name:
            continue
        if other.kind is EntityKind.PERSON and not person_like(other.name):
            continue
        named = any(_named_in(form, sentence.text) for form in ctx.forms(other.name))
        if named or other.name.split()[-1] == entity.name.split()[-1]:
            continue
        roles = _role_as_written(ctx, entity.role), _role_as_written(ctx, other.role)
        if _one_side(*roles):
            continue  # the chairman's words given to the chief executive of the same firm
        answers = [s for n, s in said if n == speaker and _names_any(ctx, other.name, s)]
        answers += [s for n, s in said if n == name and _names_any(ctx, entity.name, s)]
        if not _opposed(*roles, answers):
            continue  # two who may well hold one view: "False" would be unfair
        if other.kind is EntityKind.PERSON:
            # By name alone: the role of someone set against the speaker tells which side
            # they are on ("Monetary Affairs Commissioner Joaquin Almunia said that the
            # Commission was buckling"), and gives the answer away.
            return other.name
        return capitalized(ctx.introduced(other.name)[0])
    return None


_PRAISES = re.compile(
    r"\b(?:admir|prais|welcom|back(?:s|ed)\b|support|delight|endors|applaud)", re.IGNORECASE
)
_SETS_AGAINST = re.compile(
    r"\b(?:however|disagreed?|disagrees|rejected|rejects|criticis|"
    r"criticiz|dismissed|dismisses|denied|denies|countered|counters|hit back|insisted|"
    r"insists|opposed|opposes|attacked|accused|argued|argues|responded)",
)
"""Words with which news sets one speaker's view against another's."""


def _role_as_written(ctx: Context, role: str | None) -> str | None:
    """The role with a first word the article writes in lower case more often than with a
    capital mid-sentence, as a common word: "pensions officer" for "Pensions officer Paul
    Woolstenholmes said", which names no body."""
    if not role:
        return role
    first, _, rest = role.partition(" ")
    if first[1:].islower() and ctx.written_in_lower_case(first):
        return f"{first.lower()} {rest}".strip()
    return role


def _names_any(ctx: Context, name: str, sentence: Span) -> bool:
    return any(_named_in(form, sentence.text) for form in ctx.forms(name))


def _opposed(role: str | None, other: str | None, answers: list[Span]) -> bool:
    """Whether the article sets two speakers apart: they speak for different bodies, or
    one answers the other by name ("Mr Howard rejected Mr Blair's claim") and never
    praises them. Two the article does not set against each other may well hold one view:
    a "But" or an "insisted" is no sign of whom a speaker disagrees with."""
    bodies, others = _bodies(role or ""), _bodies(other or "")
    if bodies and others and not bodies & others:
        return True
    if any(_PRAISES.search(sentence.text) for sentence in answers):
        return False  # "While saying he admired Mr Blair's leadership, he criticised ..."
    return any(_SETS_AGAINST.search(sentence.text) for sentence in answers)


@generator("article-statement", QuestionType.TRUE_FALSE)
def article_statement(ctx: Context) -> list[Candidate]:
    """An event the article dates in its own voice, told with another of its places in its
    place: false ("The United States invaded Syria in 2003"). Told back as written, the
    article's sentence is matched, not understood; with another change (a word to its
    opposite, another person), it reads as the test's own invention more often than not."""
    rng = random.Random(f"article-statement:{ctx.article.id}")
    quoted = [q.sentence for q in ctx.quotes] + [c.sentence for c in ctx.analysis.claims]
    dated = [d.span for d in ctx.analysis.dates if d.value and d.value[:1].isdigit()]
    out = []
    retold = _retelling_the_lead(ctx)
    for sentence in ctx.body_sentences():
        if any(s.start < sentence.end and sentence.start < s.end for s in quoted):
            continue
        if not any(sentence.start <= d.start < sentence.end for d in dated):
            continue
        if retold(sentence):
            continue
        told, named_in = ctx.told(sentence)
        text = ctx.named_subject(ctx.named_again(core(told), sentence.start), sentence.start)
        if not _usable(text) or re.search(r"[“”\"]", text) or not text.endswith("."):
            continue
        if not specific(text) or lists_names(text) or _SCORE_OR_PRICE.search(text):
            continue  # general knowledge, which items a list holds, a score or a price
        if on_topic(ctx, text) < _ON_TOPIC:
            continue  # a detail beside the story ("Telecoms firm Eircom hit a yearly high")
        key = f"sentence:{sentence.start}"
        written = " ".join(sentence.text.split())
        explanation = f"Paragraph {ctx.paragraph_number(sentence.start)}: {written}"
        naming: tuple[Span, ...] = (named_in,) if named_in is not None else ()
        naming += ctx.naming_sentences(text, sentence.start)
        evidence = ctx.evidence(sentence, *naming)
        starts = tuple(n.start for n in naming)
        found = [c for c in changes(ctx, text, sentence, rng) if c.altered.startswith(_PLACES)]
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
                starts,
            )
        )
    return out


def _retelling_the_lead(ctx: Context) -> Callable[[Span], bool]:
    """Whether a sentence goes on with the lead's news: in the lead's paragraph or the next,
    about someone or something the lead names ("Slater, 35, is replacing actor Dallas
    Roberts" after "Actor Christian Slater is stepping into the role"). The main-idea
    question asks that news; a true-or-false item on it would ask it twice."""
    first = lead(ctx)
    if first is None:
        return lambda sentence: False
    last = ctx.paragraph_number(first.start) + 1
    named = [
        form
        for e in ctx.analysis.entities
        if e.kind in _ACTORS and any(first.start <= m.start < first.end for m in e.mentions)
        for form in ctx.forms(e.name)
    ]
    return lambda sentence: (
        ctx.paragraph_number(sentence.start) <= last
        and any(mentions(sentence.text, form) for form in named)
    )


_ACTORS = frozenset({EntityKind.PERSON, EntityKind.ORGANIZATION})
"""The kinds of name whose doings a lead tells: not the place or the date it happened."""


def reported_claim(ctx: Context, claim: Claim) -> tuple[str, str, str] | None:
    """(who, verb, clause) of a claim as a statement of its own ("Tony Blair", "insisted",
    "he did not know the poll date"), or None when it would not read alone."""
    cue = finite(claim.cue)
    # Who holds the view: a person, a body ("The European Union said that ..."), or a
    # group the article names ("Analysts said that ...").
    if claim.speaker is None or cue is None or not claim.speaker[:1].isalpha():
        return None
    if not cue.islower():
        return None  # "Says" opening a line: a heading or a caption, not reported speech
    if re.search(r"\b[a-z]{1,2}$", claim.speaker):
        return None  # "Republican co": a name cut short
    content = ctx.as_clause(ctx.whole(claim.content))
    content = _as_left(content, core(content))
    content = ctx.named_again(content, claim.content.start)
    # "the rate was up to the markets - a signal which traders took as advice to sell":
    # after one dash, the writer's comment on the words, which the speaker did not say.
    if len(asides := re.split(r"\s[-–—]\s", content)) == 2:
        content = asides[0]
    # One claim to judge, not two tied together ("... rather than respond only to ill
    # health, and a balanced view of priorities was important").
    second = _TIED_CLAUSE.search(content)
    before = content[: second.start()] if second is not None else ""
    listed = "," in before and len(before.rsplit(",", 1)[1].split()) <= _LIST_ITEM_WORDS
    # Not where the part before has no verb of its own but in an aside ("the new square,
    # where the gallery is, and its shows had led to ..."): two subjects of one verb.
    own = re.sub(r",\s+(?:where|which|who|whose|when)\b[^,]*", "", before)
    if len(before.split()) > _MIN_WORDS and not listed and has_verb(own):
        content = before
    if not _usable(content) or mentions(content, claim.speaker) or ctx.runs_on(claim.content):
        return None
    if re.search(r"\b(?:said|says) (?:he|she|they)\b", content):
        return None  # another's words inside: "that No campaign - said he was not convinced"
    if not ctx.named_in_sentence(claim.speaker, claim.sentence):
        return None
    if named_among(claim.sentence.text, claim.speaker):
        return None  # "Harris, Durbin and Booker said ...": not hers alone
    first = content.split()[0].lower()
    if first in _NOT_A_SUBJECT or first.endswith("ing"):
        return None  # "said that but ...", "said that should keep ...": no clause of its own
    return capitalized(ctx.display(claim.speaker)), cue, content


def _as_left(clause: str, cut: str) -> str:
    """`cut`, the clause cut down, with its first letter as the clause had it there (which
    `as_clause` chose): "the new Act could help", not "The new Act" nor, where "Instead, "
    went, "Ihe new Act"."""
    opening = " ".join(cut.split()[:2]).lower()
    at = clause.lower().find(opening) if opening else -1
    return clause[at] + cut[1:] if at >= 0 else cut


_SOMEONE = re.compile(r"(?i)an?\s")
"""A speaker the article does not name ("an official", "a BNP spokesperson"): a source for
one detail, whose words a true-or-false item only copies; teachers strike it out."""

_NOT_A_SUBJECT = frozenset(
    """but and so or yet to which who should would could will can may might must is are was
    were has have had of""".split()
)

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


_DANGLING = frozenset("and or but the a an of to with by for in on at that which".split())


def _usable(text: str) -> bool:
    """A statement of one clause's reach that reads alone: not words that open by pointing
    back ("that is one reason why ...")."""
    words = text.split()
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS or not balanced(text) or not one_sentence(text):
        return False
    if words[-1].lower().strip(".,") in _DANGLING:
        return False  # "no relaxation of economic discipline and": cut short
    if re.search(r"\b(?:for|of|to|with|in|on|at|by) (?:is|are|was|were)\b", text):
        return False  # "the standards for are settled": a word the article bracketed, lost
    if re.search(r",\s*(?:do not|don't|please|let's)\b", text):
        return False  # "Senator Schumer, do not shut down the government": said to someone
    first = re.sub(r"['’]\w+$", "", words[0].lower())  # "It's" is "it"
    return plain_sentence(text) and has_verb(text) and first not in NEEDS_CONTEXT


def _statement(
    ctx: Context,
    key: str,
    prompt: str,
    answer: str,
    altered: str | None,
    explanation: str,
    evidence: tuple[Evidence, ...],
    score: float,
    naming: tuple[int, ...] = (),
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
            difficulty=Difficulty.MEDIUM,
            tags=tuple(tags),
            altered=altered,
        ),
        fact=key,
        score=score,
        naming=naming,
    )


def _named_in(name: str, text: str) -> bool:
    """Whether any word of a person's name stands in `text` ("Michael" for Michael Howard)."""
    return any(re.search(rf"\b{re.escape(word)}\b", text) for word in name.split() if len(word) > 2)


def changes(
    ctx: Context, text: str, span: Span, rng: random.Random, speaker: str = ""
) -> list[Change]:
    """Every one-thing change of `text` that makes it plainly false, of the kinds available:
    the opposite of a word that carries its meaning, or another of the article's places.

    A place brought in is never one the sentence already holds, nor named in `speaker`."""
    sentence = ctx.sentence_of(span.start)
    avoid = " ".join([text, sentence.text if sentence is not None else "", speaker])
    makers: list[Callable[[], Change | None]] = [
        lambda: opposite(text),
        lambda: _name_changed(ctx, text, span, rng, avoid),
        lambda: _doer_changed(ctx, text, span, rng, avoid),
    ]
    return [change for make in makers if (change := make()) is not None]


_OPPOSITE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, OPPOSITES), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


_PROGRESSIVE = frozenset("is are was were be been being keeps kept continues continued".split())
"""Words before an "-ing" form that make it a verb: "prices were rising"."""


_WHICH_WAY = re.compile(
    r"\b(?:rebound\w*|recover\w*|gain\w*|loss\w*|surg\w+|plung\w+|soar\w*|tumbl\w+|slid\w*"
    r"|up|down|highest|lowest|record|peak\w*|high|low|strong|weak|robust|sluggish|compared"
    r"|from (?:an? )?[$£€\d])",
    re.IGNORECASE,
)
"""Words that tell which way a figure went, besides the one turned: with them in the
sentence, a turned verb says the change both ways ("rose to $92.9, from $103.05")."""

_MOVES_BY = frozenset("to by from sharply slightly steeply again back further".split())
"""Words after "rises" or "falls" that make it a verb: "inflation rises to 3%"."""

_STANCES = frozenset("welcomed criticised".split())
"""Words that take a side on a plan or a view, and only then have an opposite."""
_COUNTED = re.compile(
    r"\d|(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)$",
    re.IGNORECASE,
)

_COMPARED_BY = frozenset("is are was were be been much far slightly even significantly".split())
"""Words before "higher" or "lower" that make it a comparison: "prices were higher"."""

_BEFORE_VERB = frozenset("to will would could can may might must should did does do".split())


_IN_AN_ASIDE = re.compile(r"(?:,|\s[-–—])\s+(?:which|who|whom|whose)\b[^,;–—]*$")
"""Words after "which" or "who" that no comma has closed: an aside on what was just named."""


def opposite(text: str) -> Change | None:
    """The statement saying the opposite, by one word: "Sales rose 5%" -> "Sales fell 5%".

    Only where one such word stands in it, outside quote marks, and no "not" or "no" that
    would make a double negative of it; never "failed to", which has no opposite form."""
    plain = re.sub(r"“[^”]*”|\"[^\"]*\"", lambda m: " " * len(m.group(0)), text)
    if re.search(r"\b(?:if|unless|whether)\b", plain, re.IGNORECASE):
        return None  # "If the measure is approved, ...": a condition turned is no falsehood
    found = list(_OPPOSITE.finditer(plain))
    if len(found) != 1 or re.search(r"\b(?:not|no|never|nor)\b|n't\b", plain, re.I):
        return None
    word = found[0]
    if _IN_AN_ASIDE.search(plain[: word.start()]):
        return None  # "the Iraq war, which his party opposed": a side remark, not the claim
    # "rose by £4bn, a far smaller increase than ...": the word turned, the sentence would
    # say the change both ways.
    others = [
        m
        for m in (*CHANGE_WORDS.finditer(plain), *_WHICH_WAY.finditer(plain))
        if not word.start() <= m.start() < word.end()
    ]
    if others:
        return None
    if re.match(r"\s+to\b(?!\s+[\d£$€])", text[word.end() :]):
        return None  # "failed to prevent": "succeeded to prevent" is not English (but "rose to 5%")
    # Not a name ("Rising Sun") nor a thing the sentence names ("the increases"): only a
    # verb or a comparison turns into its opposite cleanly.
    if word.group(1)[:1].isupper() and word.start() > 0:
        return None
    if text[word.start() - 1 : word.start()] == "-" or text[word.end() : word.end() + 1] == "-":
        return None  # "the internationally-agreed plan": "internationally-refused" is no word
    if re.search(
        r"\b(?:the|a|an|its|their|these|those|all|his|her)\s+$", text[: word.start()], re.I
    ):
        return None
    before = text[: word.start()].split()
    if before and re.fullmatch(r"[a-z]+ly|most|more|less|least|very", before[-1].lower()):
        return None  # "fiercely opposed" -> "fiercely supported": a turn no writer makes
    if word.group(1).endswith("ing") and (not before or before[-1].lower() not in _PROGRESSIVE):
        return None  # "the classic falling blocks game": a describing word, not a verb
    if word.group(1).lower() == "lower" and before and before[-1].lower() in _BEFORE_VERB:
        return None  # "continues to lower prices": a verb, and "to higher prices" is no English
    if word.group(1).lower() in {"higher", "lower"} and not (
        re.match(r"\s+than\b|\W*$|[,.;]", text[word.end() :])
        or (before and before[-1].lower() in _COMPARED_BY)
    ):
        return None  # "higher education minister": a name for a thing, not a comparison
    after = text[word.end() :].split()[:1]
    if word.group(1).lower() in {"rises", "falls"} and not (
        after and (after[0][:1].isdigit() or after[0].lower() in _MOVES_BY)
    ):
        return None  # "big council tax rises": a thing, not a move
    if word.group(1).lower() in _STANCES and after and _COUNTED.match(after[0]):
        return None  # "welcomed two pandas": received them; "criticised two pandas" is nonsense
    other = OPPOSITES[word.group(1).lower()]
    if word.group(1)[:1].isupper():
        other = other[:1].upper() + other[1:]
    new = text[: word.start()] + other + text[word.end() :]
    return Change(new, f"opposite: {word.group(1)} → {other}")


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
    if not specific(re.sub(rf"\b{re.escape(name)}\b", " ", text)):
        return None  # "Bloggers in India are getting involved": vague, so maybe true too
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
    if name.startswith("The ") and replacement.startswith("the "):
        replacement = capitalized(replacement)
    new = re.sub(rf"\b{re.escape(name)}\b", replacement, text, count=1)
    return Change(new, f"{kind.value}: {name} → {replacement}")


def _doer_changed(
    ctx: Context, text: str, span: Span, rng: random.Random, avoid: str
) -> Change | None:
    """The person the statement opens on, as the one who acts, swapped for another person
    of the article: "Ann Lane resigned in May" -> "Rob Hale resigned in May". Who did what
    is what a reader should take from a story.

    Never for someone the sentences around it also name (who may have done it too), nor
    one the article writes doing the same ("Rob Hale resigned" elsewhere), nor a statement
    whose "his" or "she" would then point at the wrong person."""
    # Someone the article names in full and shows to be a person (by a role, words of
    # theirs or a "he" or "she"), not a band or club the recogniser took for one; acting
    # alone ("Carpenter and Hill collaborated" did it together).
    shown = {q.speaker for q in ctx.quotes} | {c.speaker for c in ctx.analysis.claims}
    shown |= {r.name for r in ctx.analysis.references}
    people = [
        e
        for e in ctx.entities(EntityKind.PERSON)
        if " " in e.name and person_like(e.name) and (e.role is not None or e.name in shown)
    ]
    opening = [
        (form, entity)
        for entity in people
        for form in ctx.forms(entity.name)
        if form.split()[-1] == entity.name.split()[-1]
        and re.match(rf"{re.escape(form)}\b(?!['’-]| and\b|,)", text)
    ]
    if not opening:
        return None
    form, entity = max(opening, key=lambda found: len(found[0]))
    rest = text[len(form) :]
    if re.search(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", rest, re.IGNORECASE):
        return None
    verb = rest.split()[0] if rest.split() else ""
    if not verb.isalpha() or not has_verb(verb) or not specific(rest):
        return None  # "Scissor Sisters frontwoman Ana Matronic": a name before a role
    near = f"{avoid} {ctx.around(span)}"
    known = {e.name for e in people}
    others = entity_distractors(
        ctx, entity.name, EntityKind.PERSON, rng, avoid=near, count=len(known), built_in=False
    )
    other = next((name for name in others if name in known), None)
    if other is None:
        return None
    if any(
        re.search(rf"\b{re.escape(name)}\s+(?:\w+ly\s+)?{re.escape(verb)}\b", ctx.article.text)
        for name in ctx.forms(other)
    ):
        return None  # both did it
    return Change(f"{other}{rest}", f"person: {form} → {other}")
