"""Phrases that point back to what an earlier sentence named.

News names a thing once and then speaks of it by its kind: "the US-led international
coalition ... the coalition has failed"; "the Sarbanes-Oxley Act ... The Act applies to
foreign firms"; "an e-mail containing an outburst ... The e-mail was sent by mistake". Read
alone, as a choice or a true-or-false statement is, "the coalition" and "the e-mail" name
nothing: the reader cannot tell which. A definite noun phrase points back when the article
has used its noun before and the phrase itself says no more of which one it is (no name, no
owner, no superlative, no "of ..." or "which ..." after it). Nouns of what every reader
knows without being told which ("the government", "the world") do not point back.

Where the article first named the thing by a phrase that says which (a name or an owner in
it: "the US-led international coalition", "Alastair Campbell's e-mail"), that phrase may
stand in its place; "an e-mail" says no more than "the e-mail" does.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from studyguide.analysis.lang import words_of
from studyguide.analysis.parsing import text_of
from studyguide.model import BackReference, Span

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from studyguide.analysis.lang import ReadingWords

_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
_SAYING_WHICH = frozenset({"POS", "JJS", "RBS"})
"""Words inside a phrase that say which one it is: an owner's "'s", a superlative."""
_NAMED = frozenset(
    {"NORP", "GPE", "ORG", "PERSON", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART"}
)
"""Kinds of name a word inside a phrase may be part of: "the Syrian president"."""
_SPANS = frozenset({"period", "quarter"})
"""Spans of time news first names by their dates ("the three months to September") and then
as "the period" or "the quarter": read alone, which one? Not "the final quarter" of a match,
which says which."""
_IDENTIFYING = frozenset({"prep", "relcl", "acl", "appos"})
"""What follows a noun to say which one it is: "the e-mail to Newsnight", "the film Black
Friday", "the site that sells them"."""


def back_references(doc: Doc, sentences: tuple[Span, ...]) -> tuple[BackReference, ...]:
    """The phrases of `sentences` ("the e-mail", "The Act") whose noun the article used
    before their sentence, and which say no more of which thing they mean; each with the
    phrase that said which, where one did."""
    # Named in the body, not in a headline's capitals ("US-Led 2003 Iraq Invasion").
    starts = [s.start for s in sentences]
    chunks = [c for c in doc.noun_chunks if _within(c.start_char, sentences, starts)]
    found: list[BackReference] = []
    used: set[str] = set()
    at = 0
    tokens = list(doc)
    for sentence in sentences:
        while at < len(tokens) and tokens[at].idx < sentence.start:
            used.update(_nouns(tokens[at]))
            at += 1
        for token in tokens[at:]:
            if token.idx >= sentence.end:
                break
            phrase = _pointing(token, used)
            if phrase is None:
                continue
            noun = token.head
            described = {t.lower_ for t in phrase[1:] if t.i < _hyphenated(noun).start}
            earlier = [c for c in chunks if c.end_char <= sentence.start]
            told = [c for c in earlier if _same_noun(c.root, noun)]
            # A kind not named before ("the Japanese carmaker") names again by its epithet.
            epithet = not (_nouns(noun) & used)
            if (
                described
                and not epithet
                and not any(described <= {t.lower_ for t in c} for c in told)
            ):
                continue  # "the old reading room" after "study rooms": another, described anew
            start, end = phrase.start_char, phrase.end_char
            mention = Span(start, end, text_of(doc)[start:end])
            national = noun.lemma_.lower() in words_of(token).national_nouns
            named = _named_before(described, noun, told, national)
            if named is None:
                found.append(BackReference(mention))
            else:
                where = Span(named[1].start_char, named[1].end_char, named[1].text)
                found.append(BackReference(mention, named[0], where))
    return tuple(found)


def _nouns(token: Token) -> set[str]:
    """What `token` names as a noun, by its lemma and as written: "e-mail" (which the parser
    may split), "Act" (the last word of "the Sarbanes-Oxley Act") and "chancellor" (of
    "Chancellor Gordon Brown")."""
    if token.pos_ == "NOUN":
        return {token.lemma_.lower(), _hyphenated(token).text.lower()}
    if token.pos_ == "PROPN":
        return {token.text, token.lower_}
    return set()


def _hyphenated(token: Token) -> SpacySpan:
    """The word `token` is part of, with the parts a hyphen joins ("e-mail")."""
    doc, start, end = token.doc, token.i, token.i
    while start > 0 and _joined(doc[start - 1], doc[start]):
        start -= 1
    while end + 1 < len(doc) and _joined(doc[end], doc[end + 1]):
        end += 1
    return doc[start : end + 1]


def _joined(first: Token, second: Token) -> bool:
    return not first.whitespace_ and "-" in (first.text, second.text)


def _pointing(determiner: Token, used: set[str]) -> SpacySpan | None:
    """The phrase `determiner` opens, when it points back: its noun used before, nothing in
    it or after it saying which one."""
    # Not the "that" of "a song that influenced music".
    if determiner.lower_ not in _DETERMINERS or determiner.dep_ != "det" or determiner.tag_ != "DT":
        return None
    reading = words_of(determiner)
    noun = determiner.head
    distance = noun.i - determiner.i
    if noun.i < determiner.i or distance > _EPITHET_WORDS:
        return None
    word = _hyphenated(noun)  # "e-mail", which the parser may split as "e", "-", "mail"
    words = determiner.doc[determiner.i : word.end]
    if noun.pos_ == "NOUN":
        lemma = noun.lemma_.lower()
        if lemma in reading.known_nouns:
            return None
        bare_span = lemma in _SPANS and all(t.lower_ == "same" for t in words[1:-1])
        if lemma not in used and word.text.lower() not in used and not bare_span:
            if not _epithet(words, reading):
                return None
        elif distance > _DESCRIBED_WORDS:
            return None
    elif noun.pos_ == "PROPN":
        # "the Act" after "the Sarbanes-Oxley Act": one capitalised word, used before as
        # the last word of a longer name; not "the UK" nor "the Bravery", whole names.
        if len(words) != 2 or not noun.text.istitle() or noun.text not in used:
            return None
        if not _ends_name(noun):
            return None
    else:
        return None
    # A name, an owner, a superlative or a count says which: "the Campbell e-mail", "the
    # firm's site", "the best act", "the 12 members"; a nationality, of what a country has
    # one of: "the Syrian president", not "the Indian firm".
    national = noun.lemma_.lower() in reading.national_nouns
    if any(
        (t.pos_ == "PROPN" and t.ent_type_ != "NORP")
        or (national and _names(t))
        or t.tag_ in _SAYING_WHICH
        or t.like_num
        for t in words[1 : noun.i - determiner.i]
    ):
        return None
    # "the site that sells them", not "The men, elected in May,": an aside says no more
    # of which.
    after = noun.doc[word.end] if word.end < len(noun.doc) else None
    aside = after is not None and after.text == ","
    # "the settlement, which was agreed in Madrid" says which as "the settlement that ..."
    # would; "The men, elected in May," only goes on about them.
    told = {"relcl"} if aside else _IDENTIFYING
    if any(c.dep_ in told and c.i >= word.end for c in noun.children):
        return None
    if after is not None and after.pos_ == "PROPN" and noun.pos_ == "NOUN":
        return None  # "the film Black Friday", however the parser hangs the name
    return words


def _epithet(words: SpacySpan, reading: ReadingWords) -> bool:
    """Whether the phrase names again, by its kind and what sets it apart, something the
    article named by its name: "the Japanese carmaker" for Nissan, "the Dutch city" for
    Utrecht, "the commercially funded public broadcaster" for Channel 4. Not "the Syrian
    president", of whom a country has one."""
    noun = words[-1].lemma_.lower()
    described = words[1:-1]
    if noun in reading.national_nouns:
        return False
    if any(t.ent_type_ == "NORP" for t in described):
        return True
    return noun in reading.organization_nouns and len(described) >= _EPITHET_DESCRIBED


_DESCRIBED_WORDS = 3
"""The furthest a noun used before stands from its "the" in a phrase that points back."""
_EPITHET_WORDS = 5
"""The furthest the noun of an epithet stands from its "the"."""
_EPITHET_DESCRIBED = 2
"""Words describing a body that make the phrase an epithet: "the state-owned carrier"."""


def _names(token: Token) -> bool:
    """Whether `token` is, or is part of, a name: "Campbell", "Syrian"."""
    return token.pos_ == "PROPN" or token.ent_type_ in _NAMED


def _ends_name(noun: Token) -> bool:
    """Whether the article wrote `noun` before as the last word of a longer name."""
    for token in noun.doc[: noun.sent.start]:
        if token.text == noun.text and token.i > 0:
            before = noun.doc[token.i - 1]
            if before.pos_ == "PROPN" and before.text[:1].isupper():
                return True
    return False


def _within(offset: int, sentences: tuple[Span, ...], starts: list[int]) -> bool:
    at = bisect.bisect_right(starts, offset) - 1
    return at >= 0 and offset < sentences[at].end


def _same_noun(root: Token, noun: Token) -> bool:
    """Whether a phrase whose head is `root` speaks of things of `noun`'s kind: "the
    library" of "the Millbrook Public Library"."""
    if noun.pos_ == "PROPN":
        return root.text == noun.text
    return root.lemma_.lower() == noun.lemma_.lower()


def _named_before(
    described: set[str], noun: Token, told: Iterable[SpacySpan], national: bool = False
) -> tuple[str, SpacySpan] | None:
    """Of the phrases before on things of `noun`'s kind (`told`), the last that said which
    one (a name or a named owner in it; a nationality only of what a country has one of,
    `national`), unless a later one told of another ("a meeting",
    "their meeting") or two named two ("Stansted Airport", "Luton Airport"), as a phrase
    opening on "the" or the owner: "the US-led international coalition", "Alastair
    Campbell's e-mail". Of the same number, and with the words the phrase pointing back
    `described` it by ("the autumn conference" is not "the spring conference"); with the
    phrase as the article wrote it."""
    named: tuple[str, SpacySpan] | None = None
    names_seen: list[set[str]] = []
    for chunk in told:
        root = chunk.root
        if root.tag_.endswith("S") != noun.tag_.endswith("S"):
            continue  # "the awards" are not "this award"
        whole = _hyphenated(root)
        words = [t for t in chunk if t.i < whole.start and not _bracketed(t)]
        owned = any(t.tag_ == "POS" and t.i > 0 and t.nbor(-1).pos_ == "PROPN" for t in words)
        # A nationality says which only of what a country has one of: "the Syrian
        # president", not "the Italian half" of a pitch for a later "the half" of a match.
        naming = [t for t in words if _names(t) and (national or t.ent_type_ != "NORP")]
        if not owned and not naming:
            if words and (words[0].lower_ in {"a", "an"} or words[0].tag_ == "PRP$"):
                named = None  # "an IMF meeting ... their meeting in London": another one
            continue
        if not described <= {t.lower_ for t in words}:
            continue
        # "the" of the thing goes ("the", "its"); the "the" of its owner's name stays ("the
        # Bank of England's minutes").
        while words and words[0].head.i == root.i and words[0].dep_ in {"det", "poss"}:
            if words[0].tag_ == "POS" or words[0].pos_ == "PROPN":
                break
            words = words[1:]
        if not words:
            continue  # the name was the "the" of "the Beatles": nothing left says which
        written = " ".join("".join(t.text_with_ws for t in [*words, *whole]).split())
        opening = words[0]
        common = opening.pos_ in _COMMON_POS or opening.lower_ in _COMMON_OPENINGS
        if opening.is_sent_start and not opening.ent_type_ and common:
            written = written[:1].lower() + written[1:]  # "New EU rules set ...": "new"
        written = f"the{written[3:]}" if written.startswith("The ") else written
        opened = owned or words[0].lower_ == "the"  # "the world's first ID cards"
        named = (written if opened else f"the {written}", chunk)
        names_seen.append({t.lower_ for t in words if t.pos_ == "PROPN"})
    # Two things of the kind named by names of their own ("Stansted Airport", "Luton
    # Airport"): which one "the airport" is, the words do not say.
    if any(a and b and not a & b for i, a in enumerate(names_seen) for b in names_seen[i + 1 :]):
        return None
    return named


_COMMON_POS = frozenset({"ADJ", "NOUN", "VERB", "ADV", "NUM"})
_COMMON_OPENINGS = frozenset("new old former top big major rival local national".split())
"""Words the parser may take for part of a name at a sentence's start ("New EU rules")."""


def _bracketed(token: Token) -> bool:
    """Whether `token` stands in brackets or is one: "(ISIL)" of "the Islamic State (ISIL)
    militant group"."""
    if token.text in "()":
        return True
    before = token.doc[max(token.sent.start, token.i - 4) : token.i]
    opened = [t.text for t in before if t.text in "()"]
    return bool(opened) and opened[-1] == "("
