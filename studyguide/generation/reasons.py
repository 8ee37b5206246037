"""Why things happened, as the article says: "Why has the coalition been launching
airstrikes against ISIL positions in Syria without approval of Damascus, as well as training
moderate Syrian opposition?" from "... , as it does not believe Assad to be legitimate".

The clause before "because" (or ", as") turns into a question by moving its auxiliary verb
in front of its subject, which leaves the verb and its tense as the article has them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from studyguide.generation.context import Context
from studyguide.generation.plan import content_words, stems
from studyguide.generation.registry import Candidate, generator
from studyguide.generation.wording import (
    POINTING_BACK,
    SECOND_CLAUSE,
    balanced,
    capitalized,
    linking_words,
    mentions,
    one_sentence,
    without_full_stop,
)
from studyguide.generation.writing_words import (
    AUXILIARIES,
    NEEDS_CONTEXT,
    PARTICIPLES,
    PAST_TENSES,
    PRONOUNS,
)
from studyguide.model import Difficulty, EntityKind, Question, QuestionType, Span

_BECAUSE = re.compile(
    r"(, as |,?(?: (?:mainly|largely|partly|in part|chiefly|mostly|primarily))?"
    r" (?P<link>because|due to|as a result of|thanks to) )"
)
"""A link to a cause, with how much of the cause it is ("mainly due to"), which the answer
leaves to the explanation."""
_PHRASE_LINKS = frozenset({"due to", "as a result of", "thanks to"})
"""Links a cause follows as a noun phrase, never a clause."""
_AIM = re.compile(r"(,? (?:in a bid|in an attempt|in an effort|in order|so as) to )")
"""Links to what something was done for: the reason is "to deter airlines from ..."."""
_AFTER = re.compile(r"(,? after )")
"""A link to what brought something about, when a doing that causes follows: "withdrew after
missing drugs tests". "After the game" or "after 30 days" only tells when, and so, to a
reader, does "after the court ruled ..." or "after a ban was issued": what came before is
not said to be why."""
_FOR = re.compile(r"( for )(?=[a-z]+ing\b)")
"""A link to what someone was punished, blamed or thanked for: "jailed for killing ...";
only after a verb of judging (`_JUDGED`), since "for" also tells what a thing is for."""
_LINKS = (_BECAUSE, _AIM, _AFTER, _FOR)
_COUNTED = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) \w+$")
_JUDGED = re.compile(
    r"\b(?:arrested|jailed|sentenced|fined|banned|sacked|suspended|charged|convicted|criticised"
    r"|criticized|condemned|praised|thanked|punished|penalised|penalized|disqualified|expelled"
    r"|fired|dismissed|sued|prosecuted|booked|reprimanded|apologised|apologized|honoured"
    r"|honored|knighted|rewarded|blamed|attacked)\b"
)
_STANDS = re.compile(
    r"^(?:\S+ ){1,4}?(?:is|are|was|were|has|have|had|(?:does|do|did|can|could|would|will)"
    r"(?: not|n['’]t)|cannot|can['’]t|won['’]t|believes?|knows?|wants?|needs?|lacks?)\b"
)
"""A clause after ", as" that says how things stand ("as it does not believe Assad to be
legitimate", "as the results were better than expected"): a reason. One that tells a
happening ("as she campaigns across the state", "as the crowd cheered") tells when."""
_ONGOING = re.compile(r"^(?:\S+ ){1,4}?(?:is|are|was|were) \w+ing\b|\b(?:has|have|had) done\b")
_SHARE_OF_CAUSE = re.compile(r",?\s+(?:mainly|largely|partly|in part|chiefly|mostly|primarily)$")
_AS_STARTS = frozenset("it they he she we i you the a an its their there this these those".split())
_HEAD = re.compile(rf"^(?P<subject>\w[^,]{{1,60}}?) (?P<aux>{'|'.join(AUXILIARIES)}) (?P<rest>.+)$")
_THE_SUBJECT = frozenset("it its they their he his she her".split())
"""Words a reason opens on that stand for the subject the question names: "Why did Valve
shut down the accounts?" "(Because) it had evidence that ..."."""
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_WHEN_OR_HOW = re.compile(
    r"\s+(?:sharply|gradually|slowly|steadily|rapidly|quickly|slightly|dramatically"
    r"|at an? (?:\w+ )?pace)\b"
    rf"|\s+(?:in (?:{_MONTH} )?(?:19|20)\d\d|in {_MONTH}(?: last year)?"
    r"|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$"
)
"""How fast or when a happening was, which a why-question would ask about too: "Why did
turnover drop sharply?" is read "why so sharply?"; "Why was the service cut in 2004?", "why
then?". Dates inside the question ("since June 2004") tell how long, and stay."""
_FOUNDED = re.compile(
    r"^(?:why )?(?:was|were|has been|have been|had been) [^,]{1,60} (?:founded|established|created"
    r"|set up|formed)$"
)
"""Why a body was founded: what it is for, which its name and the article's description of
it already tell ("the US agency that protects workers' pension funds" beside "The PBGC was
founded in 1974 to protect workers' retirement rights"); background, not the story."""
_MAX_WORDS = 45
_MIN_REASON_WORDS = 3
"""Content words a reason or an aim must have to be one the article gives, not one a student
would guess for the happening, read or not ("tough competition", "to win races")."""


@generator("reason-answer", QuestionType.SHORT_ANSWER)
def reason_answer(ctx: Context) -> list[Candidate]:
    out = []
    for content, text, evidence, speaker in _told(ctx):
        own = _own_reason(ctx, text, speaker, evidence[0]) if speaker is not None else None
        found = own or _why(_reason(ctx, text) or _purpose(text)) or _effect(text)
        if speaker is None and len(evidence) == 1:
            # The article's own "because" or "due to": the parse tells its verb and subject
            # ("Senior officials spoke about issues related to ..."), which no guess from a
            # word's ending can; the words turn round without one where a helper moves.
            guessed = found is not None and found[0].startswith("why did ")
            if found is None or (guessed and _PARSED_LINKS.search(text)):
                found = _parsed(ctx, content)
        if found is None:
            continue
        question_words, reason = found
        if re.search(r",?\s+but\b", question_words):
            continue  # "Why will Collins not coach, but will be expected to ...?": two asks
        # "because of stricter rules": the answer is the cause, "stricter rules"; and only
        # the cause, not a clause after it with a subject of its own ("it is so widespread
        # and they are constantly seeking out loopholes").
        second = SECOND_CLAUSE.search(reason)
        if second is not None and len(reason[: second.start()].split()) >= 2:
            reason = reason[: second.start()].rstrip(" ,")
        cause = reason.removeprefix("of ")
        first = cause.split()[0].lower()
        if first in NEEDS_CONTEXT and first not in _THE_SUBJECT:
            continue  # "this generates more money for them": this what?
        if len(content_words(cause)) < _MIN_REASON_WORDS:
            continue  # "tough competition", "to win races": a guess would give it
        aimed = stems(cause.split()[1]) if cause.startswith("to ") else frozenset()
        if aimed and aimed <= stems(question_words):
            continue  # "Why was an advisory board created?" "To advise ...": it says so
        if POINTING_BACK.search(cause):
            continue  # "owned less than this amount": which amount, the answer does not say
        # "also" points to a sentence the question does not show: "Why could Hearts also
        # face action?" asks the same without it; "even" weighs what it does not show.
        question_words = re.sub(r"\s+(?:also|even|in particular)\b", "", question_words)
        # "Why was the service cut in 2004?", "Why did turnover drop sharply?" read as
        # "why then?", "why so sharply?": the reason given is for the happening alone.
        question_words = _WHEN_OR_HOW.sub("", question_words)
        if _FOUNDED.match(question_words):
            continue  # "Why was the PBGC founded?": what a body is for, its name tells
        # "partly because ...": how much of the cause it is, which the answer leaves to the
        # explanation; "Why did the board act in part?" asks nothing.
        question_words = _SHARE_OF_CAUSE.sub("", question_words)
        # "Why will the library stay open later?" names the library as the article did.
        question_words = ctx.named_again(question_words, content.start)
        if own is not None:
            prompt = f"{capitalized(question_words)}?"
        elif speaker is not None:
            if mentions(question_words, speaker):
                continue
            prompt = f"According to {speaker}, {question_words}?"
        else:
            prompt = f"{capitalized(question_words)}?"
        out.append(
            Candidate(
                Question(
                    id=ctx.question_id(QuestionType.SHORT_ANSWER, "reason", content.text),
                    type=QuestionType.SHORT_ANSWER,
                    article=ctx.article.id,
                    prompt=prompt,
                    answer=cause,
                    # "Because ..." answers why, never what: "What sparked the fall?"
                    accepted=()
                    if reason.startswith("to ") or question_words.startswith("what")
                    else (_because(reason),),
                    explanation=(
                        f"Paragraph {ctx.paragraph_number(evidence[-1].start)} gives the"
                        f" reason: {cause}."
                    ),
                    evidence=ctx.evidence(*evidence),
                    # The reason stands in the sentence the question names: found there.
                    difficulty=Difficulty.MEDIUM,
                    tags=("reason", "claim") if speaker else ("reason",),
                ),
                fact=f"reason:{content.start}",
                # Asking why tests understanding: it goes before a true-or-false item that
                # restates the same sentence.
                score=3.6,
            )
        )
    return out


_EXPLAINED = re.compile(
    r"^(?:This|That|It) (?:is|was|has been|had been) (?:(?:partly|largely|mainly|in part) )?"
    r"because (?P<reason>[^“”\"]+)\.$"
)
"""A sentence that gives the reason for the one before: "This was because younger users
encouraged older people to try it." """


def _told(ctx: Context) -> Iterator[tuple[Span, str, tuple[Span, ...], str | None]]:
    """What the article states, as (words, clause, evidence, speaker), and each sentence of
    its own that the next explains ("Sales of SIM cards to pensioners doubled. This was
    because ..."), told as one with "because"."""
    facts = ctx.stated_facts()
    for content, evidence, speaker in facts:
        # "However, the club's turnover dropped ... because ...": why it dropped, asked
        # without the word that tied it to the sentence before.
        linking = len(linking_words(content.text))
        unlinked = Span(content.start + linking, content.end, content.text[linking:])
        yield content, ctx.as_clause(unlinked), (evidence,), speaker
    own = {evidence.start for _, evidence, speaker in facts if speaker is None}
    for before, after in itertools.pairwise(ctx.body_sentences()):
        explained = _EXPLAINED.match(" ".join(after.text.split()))
        if explained is None or before.start not in own or after.start not in own:
            continue
        told = f"{ctx.as_clause(before)} because {explained.group('reason')}"
        yield before, told, (before, after), None


def _parsed(ctx: Context, content: Span) -> tuple[str, str] | None:
    """The question's words and the reason for a sentence of the article's own whose words
    the patterns above cannot turn round, from the analysis's parse of it: "why does Mr
    Tsutsumi face criminal charges" ("faces" a verb, not a plural)."""
    cause = next(
        (c for c in ctx.analysis.causes if content.start <= c.subject.start < content.end),
        None,
    )
    if cause is None:
        return None
    subject = ctx.as_clause(cause.subject)
    if not plain_subject(subject) or re.search(r"\bshould\b", cause.rest):
        return None
    reason = without_full_stop(" ".join(cause.reason.text.split()))
    if cause.link in {"because of", "due to"}:
        reason = f"of {reason}"  # a cause, not a clause: see `_because`
    elif cause.link in {"to", "in order to", "so as to"}:
        reason = f"to {reason}"  # what it was done for: "to offset the cost of fuel"
    return f"why {cause.helper} {subject} {cause.rest}", reason


def _because(reason: str) -> str:
    """The answer as a "because" sentence would give it: "because of missing drugs tests"
    for a doing, "because the roof was unsafe" for a clause."""
    first = reason.split()[0].lower()
    doing = first.endswith("ing") and first not in _NOT_DOINGS
    return f"because of {reason}" if doing else f"because {reason}"


_NOT_DOINGS = frozenset(
    """nothing something anything everything thing king morning evening spring building
    ring string ceiling""".split()
)
"""Words ending in "-ing" that name no doing: "because nothing was done"."""


_OWN_PRONOUNS = {
    "he": EntityKind.PERSON,
    "she": EntityKind.PERSON,
    "it": EntityKind.ORGANIZATION,
}
"""The word a speaker's reported words use for the speaker: "Pieter Moss insisted he sold
the striker because ...", "Harwick Mills said it closed the plant because ..."."""
_LINK_AT_END = re.compile(
    r",?\s*(?:because|as|due to|as a result|in a bid|in an attempt|in an effort|in order|so as"
    r"|after|for)\s*$"
)


def _own_reason(ctx: Context, text: str, speaker: str, evidence: Span) -> tuple[str, str] | None:
    """("why did Pieter Moss say he sold the striker", the reason) for a speaker's words on
    their own doing ("he sold the striker because the fee was too good to turn down"): the
    question keeps the words as the speaker gave them, which no turning round of "he" could."""
    pronoun, _, rest = text.partition(" ")
    entity = ctx.entity_named(speaker)
    if entity is None or _OWN_PRONOUNS.get(pronoun) is not entity.kind or not rest:
        return None
    # The speaker's name in the pronoun's place, so that every rule for a subject holds.
    found = _reason(ctx, f"{speaker} {rest}")
    if found is None:
        return None
    reason = found[1]
    at = text.rfind(reason)
    if at < 0:
        return None
    head = _LINK_AT_END.sub("", text[:at]).strip()
    cue = next(
        (c.cue for c in ctx.analysis.claims if c.sentence.start == evidence.start), "said"
    ).lower()
    does = "does" if cue.endswith("s") else "did"  # "says", "insists"; "said", "told"
    return f"why {does} {speaker} say {head}", reason


def _why(found: tuple[str, str] | None) -> tuple[str, str] | None:
    return None if found is None else (f"why {found[0]}", found[1])


_PARSED_LINKS = re.compile(r"\b(?:because|due to)\b")
"""Links to a cause that the parse reads (`Analysis.causes`)."""
_PURPOSE = re.compile(
    r"^(?P<subject>\w[^,]{1,60}?) (?P<aux>was|were|is|are|has been|have been|had been|will be)"
    r" (?P<verb>[a-z]+) (?P<middle>(?:[^,]*? )?)to (?P<purpose>(?!the |a |an |\d)[a-z]+ [^,]+)$"
)
_LED_TO = re.compile(
    r"^(?P<subject>\w[^,]{1,60}?) (?P<aux>has |have |had )?led to (?P<effect>[^,]{3,80})$"
)
_CAUSED = re.compile(
    r"^(?P<subject>\w[^,]{1,90}?) (?P<aux>has |have |had )?(?P<verb>caused|sparked|triggered"
    r"|prompted|fuelled|fueled) (?P<effect>[^,]{3,80})$"
)
"""What brought something about: "The flood caused ...", "Comments by the bank have sparked
the dollar's fall"."""
_CAUSE_WORDS = 12
_BLAMED = re.compile(
    r"^(?P<subject>\w[^,]{1,60}?) (?P<aux>has |have |had )?blamed (?P<cause>[^,]{3,80}?)"
    r" for (?P<effect>[^,]{3,80})$"
)


_TAKES_TO = frozenset(
    """used supposed forced asked told allowed expected required ordered urged invited
    encouraged persuaded scheduled planned meant obliged permitted chosen elected appointed
    named sentenced believed thought said reported understood known seen set tipped
    predicted tempted prepared determined committed pressed pressured called found intended
    aimed designed destined made alleged claimed rumoured rumored feared estimated considered
    reputed deemed presumed assumed warned advised cautioned reminded instructed poised
    positioned placed""".split()
)
"""Past participles whose "to" brings what was asked or expected, not what it was for."""


_NEEDED = frozenset({"needed", "required"})
"""What a thing is needed for is, most often, what its name says: "anti-terror powers ... are
needed to counter terror threats"."""


_TO_NOUNS = frozenset(
    """attempt bid plan decision right ability chance way effort order incitement conspiracy
    intent failure refusal""".split()
)
_OPENS_CLAUSE = frozenset("and but yet then if unless whether when while because once".split())


def _purpose(text: str) -> tuple[str, str] | None:
    """ "was auctioned to help pay off its taxes": (the question's words, "to help pay
    off its taxes") — what something was done for."""
    found = _PURPOSE.match(without_full_stop(" ".join(text.split())))
    if found is None or not plain_subject(found.group("subject")):
        return None
    if found.group("subject").split()[0].lower() in {"no", "none", "nothing", "few", "little"}:
        return None  # "No evidence was found to justify ...": nothing was done for it
    verb = found.group("verb")
    if not (verb.endswith("ed") or verb in PARTICIPLES) or verb in _TAKES_TO:
        return None  # "was forced to sell": what follows is no purpose
    if verb in _NEEDED:
        return None  # "the powers are needed to counter terror threats": their name says so
    middle = found.group("middle").split()
    if any(w in AUXILIARIES or w in _OPENS_CLAUSE for w in middle):
        return None  # a second clause inside: "threatened with sanctions if it fails to ..."
    if "from" in middle:
        return None  # "slumped from a peak of seven million to 1.5 million": a range
    if "to" in middle:
        return None  # "were entitled to expect Palestinians to give up": what was expected
    if middle and (middle[-1].endswith("ing") or middle[-1] in _TAKES_TO):
        return None  # "charged for failing to prevent": the "to" is the last word's
    if any(w in _TO_NOUNS for w in middle):
        return None  # "inspired by the failure of Europe in the war to provide": the failure's
    if any(a == "of" and b.endswith("ing") for a, b in itertools.pairwise(middle)):
        return None  # "handed the task of replacing him to face Scotland": the task's "to"
    if re.search(r"\b(?:from|with|on|in|for|about|at)(?::|$)", found.group("purpose")):
        return None  # "offered two stamps to choose from": the stamps' "to", not an aim
    if found.group("purpose").split()[0] in PRONOUNS | {"them", "him", "us", "me"}:
        return None  # "presented to them": a person, not a purpose
    first, _, rest = found.group("aux").partition(" ")
    words = " ".join(
        w for w in (first, found.group("subject"), rest, verb, found.group("middle")) if w
    )
    return words.strip(), f"to {found.group('purpose')}"


def _effect(text: str) -> tuple[str, str] | None:
    """ "The flood led to the closure of the mine": ("what did the flood lead to", "the
    closure of the mine"); "The flood caused ...": ("what caused ...", "the flood"); "The
    airline blamed fuel prices for its loss": ("what did the airline blame for its loss",
    "fuel prices")."""
    text = without_full_stop(" ".join(text.split()))
    if text.endswith("?"):
        return None  # "What has led to cycling's growing popularity?": the article asks
    led = _LED_TO.match(text)
    if led is not None and plain_subject(led.group("subject")):
        aux = (led.group("aux") or "").strip()
        verb = f"{aux} {led.group('subject')} led" if aux else f"did {led.group('subject')} lead"
        return f"what {verb} to", led.group("effect")
    caused = _CAUSED.match(text)
    # The cause is the answer, not part of the question: it may take more words to tell.
    if caused is not None and plain_subject(caused.group("subject"), _CAUSE_WORDS):
        # "What has sparked ...?" asks of one thing, whatever the subject's number.
        aux = "has " if caused.group("aux") == "have " else caused.group("aux") or ""
        return f"what {aux}{caused.group('verb')} {caused.group('effect')}", caused.group("subject")
    blamed = _BLAMED.match(text)
    if blamed is not None and plain_subject(blamed.group("subject")):
        aux = (blamed.group("aux") or "").strip()
        verb = (
            f"{aux} {blamed.group('subject')} blamed"
            if aux
            else f"did {blamed.group('subject')} blame"
        )
        return f"what {verb} for {blamed.group('effect')}", blamed.group("cause")
    return None


def _reason(ctx: Context, text: str) -> tuple[str, str] | None:
    """(the question's words after "why", the reason) for a clause that gives one."""
    text = _because_last(without_full_stop(" ".join(text.split())))
    if not balanced(text) or not one_sentence(text) or re.search(r"[“”\"?]", text):
        return None
    if len(text.split()) > _MAX_WORDS:
        return None
    cut = next((cuts[-1] for link in _LINKS if (cuts := list(link.finditer(text)))), None)
    if cut is None:
        return None
    head, reason = text[: cut.start()], text[cut.end() :]
    judged = _JUDGED.search(head)
    if cut.re is _FOR and (judged is None or SECOND_CLAUSE.search(head)):
        return None  # "a plan for building homes": what it is for, not why
    if cut.re is _FOR and judged is not None and re.search(r"\band\b", head[: judged.start()]):
        return None  # "was controversial and many criticised it for ...": another's judging
    if cut.re is _FOR and _COUNTED.search(head):
        return None  # "Why were they charged with one breach?" reads "why only one?"
    if re.search(r"\band (?:the )?[A-Z][^,]*\b(?:was|were|is|are|has|have|had)\b", head):
        return None  # "output fell and President Lula - elected in 2002 - was criticised"
    if cut.re is _AFTER and (
        not _happened(reason)
        or re.search(
            r"\b(?:shortly|soon|just|right|long|immediately|minutes|hours|days|weeks|months|years)$",
            head,
        )
    ):
        return None  # "shortly after the break" tells when
    if re.search(r"\b(?:and|but|or|who|which|that)$|[-–—]$", head):
        return None
    if cut.group(1) == ", as " and reason.split()[0].lower() not in _AS_STARTS:
        return None
    likeness = re.search(r"\bas\b", re.sub(r"\b(?:as well|such|so) as\b", "", head))
    ongoing = _ONGOING.search(reason)
    if cut.group(1) == ", as " and (
        "," in reason or likeness or ongoing or not _STANDS.match(reason)
    ):
        # "The relationship, as they call it, has been ...": an aside; "just as black in
        # October, as he was in January": a likeness; "targeting voters, as she campaigns
        # across the state", "as she was speaking", "as it has done every year": a time.
        # None tells why.
        return None
    if cut.group(1) == ", as " and re.search(
        r"\b(?:led|leads?) to\b|\bcaused\b|\bresulted in\b", head
    ):
        return None  # "X led to volatile trade, as shares swung": "as" tells how, not why
    if head.split()[-1] in AUXILIARIES:
        return None  # "is due to merge": a plan, not a cause ("in May" is a month)
    if re.search(r"\bshould\b", head):
        return None  # "Why should the bill pass quickly?" asks what it ought to do
    if re.search(r",[^,]{2,40}\b(?:said|says|added|reported)\b[^,]*$", head):
        return None  # "Why are sales expected to fall, Fiat said this week?"
    if cut.re is _AIM and re.search(r"\b(?:that|which|who|whether)\b", head):
        return None  # "fears that the Fed may raise rates in order to ...": the inner aim
    # The source the sentence ends on is not part of the reason: ", the council said".
    reason = re.sub(
        r",\s[^,]{2,60}\s(?:said|says|reported|reports|added|claims|claimed|argued|argues"
        r"|warned|warns|believes|told \w+)$",
        "",
        reason,
    )
    # The reason ends where the sentence turns: "..., but this was the smaller part". A
    # turn that denies it ("..., but not for long", "but it did not work") changes what
    # the reason means: the question would misreport the article.
    reason, *turn = re.split(
        r",\s+(?:but|though|although|while)\s|;\s|\s[-–—]\s(?=(?:but|though|although|while)\s)",
        reason,
        maxsplit=1,
    )
    if turn and re.search(r"\b(?:not|no|never|nor)\b|n't\b", turn[0]):
        return None
    # Nor does an aside on what it names belong to it: "China's booming economy, which
    # expanded more than 9% ..." is answered by the economy, not its figures.
    reason = re.split(r",\s+(?:which|who)\s", reason, maxsplit=1)[0]
    if len(reason.split()) < 3 or re.match(r"\d", reason):
        return None
    if cut.re is _AIM:
        # "to win races and the knowledge of physics they gather ...": the aim ends where
        # another thing is named.
        reason = "to " + re.split(r"\s+and\s+(?:the|a|an|their|its|his|her)\s", reason)[0]
    # "because of" gives a cause, not a clause: a verb in it means the sentence went on.
    if cut.re is _BECAUSE and cut.group("link") in _PHRASE_LINKS:
        reason = f"of {reason}"  # a cause, not a clause: see `_because`
    if reason.startswith("of ") and any(w in AUXILIARIES for w in reason.split()):
        return None
    if re.search(r",\s*(?:and|but|or|so)\s+\w+\s+(?:is|was|are|were|has|have|had|will)\b", head):
        return None  # "Why is it by no means bad, and it is only?": two clauses
    if re.search(r"\b(?:but|and) (?:it|they|he|she|this) (?:was|were|is|are|has|had)\b", head):
        return None  # "conceived in 1994 but it was delayed": two clauses
    found = _HEAD.match(head)
    if found is None:
        return _past_reason(head, reason)
    if not plain_subject(found.group("subject")):
        return None
    subject = found.group("subject")
    rest = found.group("rest").rstrip(",")
    if not verb_phrase(rest) and found.group("aux") not in {"is", "are", "was", "were", *_MODALS}:
        return None
    return f"{found.group('aux')} {subject} {rest}", reason


_BECAUSE_FIRST = re.compile(r"^because (?P<reason>[^,]+), (?P<head>[^,]+)$", re.IGNORECASE)
_REASON_SUBJECT = re.compile(
    r"^(?P<subject>(?:the |their |its )?[a-z][\w'’-]*(?: [a-z][\w'’-]*){0,2})"
    r" (?:cannot|can't|can|could|will|would|do|does|did|don't|doesn't|didn't|is|are|was|were"
    r"|has|have|had|must|may|might)\b"
)
_PLURAL = re.compile(r"(?:s|children|people|men|women)$")


def _because_last(text: str) -> str:
    """A sentence that gives its reason first, told with the reason last: "Because children
    cannot go into adult detention, they're separated" -> "children are separated because
    children cannot go into adult detention" (its "they" or "it" the reason's own subject,
    where the number agrees); other sentences as they are."""
    found = _BECAUSE_FIRST.match(text)
    if found is None:
        return text
    reason = found.group("reason")
    head = re.sub(r"^(they)['’]re\b", r"\1 are", found.group("head"), flags=re.IGNORECASE)
    head = re.sub(r"^(it)['’]s\b", r"\1 is", head, flags=re.IGNORECASE)
    pronoun, _, rest = head.partition(" ")
    if pronoun.lower() in {"they", "it"}:
        subject = _REASON_SUBJECT.match(reason)
        if subject is None:
            return text
        if bool(_PLURAL.search(subject.group("subject"))) != (pronoun.lower() == "they"):
            return text
        head = f"{subject.group('subject')} {rest}"
    return f"{head} because {reason}"


_CAUSING = frozenset(
    """failing losing refusing admitting breaking missing suffering being getting testing
    pleading crashing defying ignoring breaching""".split()
)
"""Doings after "after" that bring about what the sentence reports, not merely precede it."""


def _happened(clause: str) -> bool:
    """Whether the words after "after" tell of a doing that brought the news about
    ("failing a drugs test"), not of what only came before it ("deciding to part", "the
    court ruled")."""
    first = clause.split()[0].lower()
    return first.endswith("ing") and first in _CAUSING


def _past_reason(head: str, reason: str) -> tuple[str, str] | None:
    """ "did the museum close ..." for "The museum closed ... because ...": a verb in the
    simple past, turned round with "did" and its base form."""
    if "," in head:
        return None
    words = head.split()
    for at in range(1, min(len(words) - 1, 9)):
        base = base_form(words[at])
        if base is None:
            continue
        subject = " ".join(words[:at])
        subject = "the" + subject[3:] if subject.startswith("The ") else subject
        if not plain_subject(subject) or words[at - 1].lower() in AUXILIARIES:
            return None
        return f"did {subject} {base} {' '.join(words[at + 1 :])}", reason
    return None


def base_form(verb: str) -> str | None:
    """The base form of a verb in the simple past ("closed" -> "close", "fell" -> "fall"),
    or None when the word is not one."""
    if verb in PAST_TENSES:
        return PAST_TENSES[verb]
    if not verb.endswith("ed") or len(verb) < 4 or verb in PARTICIPLES:
        return None
    stem = verb[:-2]
    if stem.endswith("e"):
        return stem + "e"  # agreed -> agree
    if stem.endswith("i"):
        return stem[:-1] + "y"  # carried -> carry
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] in "bgmnprt":
        return stem[:-1]  # stopped -> stop
    if len(stem) >= 6 and stem.endswith(("ell", "oll")):
        return stem[:-1]  # cancelled -> cancel, controlled -> control; not smelled
    return stem + "e" if _TAKES_E.search(stem) else stem


_TAKES_E = re.compile(
    r"(?<!s)s$|[cgvzu]$|[^aeiou][aiou][dlnk]$|[^aeiou][aou]t$|[^aeiou][aiou]r$|[^aeiou][aeiou]m$"
)
"""Stems whose base form ends in a silent "e": closed, charged, decided, filed, voted,
scored, named."""


_MODALS = frozenset("can could will would should must may might".split())
"""Auxiliaries always followed by a verb: "could face action"."""

_ADVERBS = frozenset("already also now still just recently not long since".split())


def verb_phrase(words: str) -> bool:
    """Whether the words after an auxiliary start with a verb ("been launching", "cut",
    "already sold"), not a noun ("has a presence") or a complement ("is the latest")."""
    items = words.split()
    while items and (items[0] in _ADVERBS or items[0].endswith("ly")):
        items = items[1:]
    if not items:
        return False
    first = items[0].strip(",")
    return first.endswith(("ed", "ing", "en")) or first in PARTICIPLES or first == "be"


def plain_subject(subject: str, longest: int = 8) -> bool:
    """A subject that reads alone: a few words (up to `longest`), no clause in it, not a
    bare pronoun."""
    words = subject.split()
    if not words or len(words) > longest or words[0].lower() in PRONOUNS:
        return False
    if any(w in {"he", "she", "they", "it", "we", "I", "you"} for w in words[1:]):
        return False  # "on the campaign trail he": a clause's subject inside it
    if re.search(r"[“”\"]", subject) or words[-1] in {"and", "or", "but"}:
        return False  # 'the government was "intensely authoritarian" and': a clause
    # A verb of saying inside it ("the firm promised no jobs") makes it a clause.
    return (
        re.search(
            r"\b(who|which|that|whose|say|says|said|promised|warned|announced|claimed"
            r"|argued|insisted|confirmed|denied|added|believes|believed|thinks|hopes|expects)\b",
            subject,
        )
        is None
    )
