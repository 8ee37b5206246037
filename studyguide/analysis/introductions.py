"""People and works a story brings in by what they are before it names them.

News often opens on a description and gives the name a sentence or two later: "A call for
shortlists has been rejected by one of Labour's most senior Asians. Shahid Malik, who is on
Labour's ruling NEC, accepted ..."; "The net's self-declared spam king is seeking bankruptcy
protection. Scott Richter, the man behind OptInRealBig.com, said ...". Read alone, as a
summary is, the lead names no one. A description is taken for the person when it is the
subject, the object or the doer of a passive of its sentence, one person, of a noun for people
("clergyman", "minister", "one of Japan's best-known businessmen"), naming no one itself;
and one of the next few sentences has as its subject someone named in full whom the story
has not named before.

A work is brought in so too: "A film that follows a group of alienated youth ... has won
France's top cinema award. L'Esquive earned a Cesar prize ...". A phrase on "a film", "an
international bestseller" anywhere in the opening stands for the title the first of the next
few sentences with a subject has as its subject, where the story has not given it before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from studyguide.analysis.entities import role_head
from studyguide.analysis.lang import ReadingWords, words_of
from studyguide.analysis.parsing import in_order, text_of
from studyguide.model import EntityKind, Introduction, Span

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Token

    from studyguide.model import Entity

_OPENING = 3
"""Sentences a story opens on, in which it brings people in so."""
_NAMED_WITHIN = 3
"""Sentences after the description in which the story names whom it described."""
_MAX_WORDS = 10
_TELLING = frozenset(
    {"det", "poss", "nummod", "amod", "compound", "prep", "pobj", "case", "npadvmod", "advmod"}
)
"""How the words of a description hang together: "The net's self-declared spam king"."""
_ANYONE = frozenset("man woman boy girl person teenager child youngster".split())
"""Nouns that say only who someone is by sex or age: the story's next name may be anyone
else's (the victim's, a witness's), where a role or a kind ("a clergyman", "a lifetime
employee") is theirs alone."""
_MAX_WORK_WORDS = 25
_NOT_TITLES = frozenset({"GPE", "LOC", "NORP", "DATE", "TIME", "CARDINAL"})
"""What the recogniser takes a subject for that is no title: a place, a date. (It takes
titles for people: "The Da Vinci Code"; the story's people are known apart.)"""
_UP_TO_SUBJECT = frozenset({"compound", "flat", "appos"})
"""How a name hangs on the subject it is, or stands beside ("The Bishop of Durham, the Rt
Rev Dr Tom Wright, described ...")."""


def find_introductions(
    doc: Doc, sentences: tuple[Span, ...], entities: Iterable[Entity]
) -> tuple[Introduction, ...]:
    """Each description of `sentences` that stands for someone, or a work, a later sentence
    names."""
    people = [e for e in entities if e.kind is EntityKind.PERSON]
    bodies = {
        form for e in entities if e.kind is EntityKind.ORGANIZATION for form in (e.name, *e.aliases)
    }
    found = []
    for at, sentence in enumerate(sentences[:_OPENING]):
        tokens = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        if tokens is None or _named_subject(doc, people, sentence):
            continue  # "Euro MP Robert Kilroy-Silk ... by a protester": the protester is no one named
        if any(sentences[0].start <= m.start < sentence.start for p in people for m in p.mentions):
            break  # "Jonny Wilkinson ... The 25-year-old Newcastle star": him again
        work = next((t for t in tokens if _a_work(t)), None)
        titled = _titled_after(doc, sentences, at, people, bodies) if work is not None else None
        if work is not None and titled is not None:
            words = in_order(work)
            found.append(Introduction(_between(words[0], words[-1]), *titled))
        described = [d for d in map(_description, tokens) if d is not None]
        named = _named_after(doc, sentences, at, people) if described else None
        if named is None:
            continue
        fitting = (d for d in described if _fits(named[0], d[2], people, words_of(doc)))
        if (first_fit := next(fitting, None)) is not None:
            first, last, _ = first_fit
            found.append(Introduction(_between(first, last), *named))
    return tuple(found)


def _between(first: Token, last: Token) -> Span:
    """The text from the first word to the last, as the article has it."""
    start, end = first.idx, last.idx + len(last)
    return Span(start, end, text_of(first.doc)[start:end])


def _named_subject(doc: Doc, people: list[Entity], sentence: Span) -> bool:
    """Whether the sentence's subject is someone it names."""
    return any(
        sentence.start <= m.start < sentence.end and _the_subject(doc, m)
        for person in people
        for m in person.mentions
    )


def _description(token: Token) -> tuple[Token, Token, str] | None:
    """The first and last words of the description `token` heads, and its noun, where it is
    one a story brings someone in by: the subject of the sentence, its object or the doer of
    its passive, of a noun for one person, naming no one."""
    if token.dep_ in {"nsubj", "nsubjpass", "dobj"}:
        verb = token.head
    elif token.dep_ == "pobj" and token.head.dep_ == "agent":
        verb = token.head.head
    else:
        return None
    if verb.dep_ != "ROOT":
        return None  # "how a son of immigrants can propose ...": not the sentence's news
    noun = token
    if token.lower_ == "one":  # "one of Japan's best-known businessmen"
        of = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
        objects = [c for c in of[0].children if c.dep_ == "pobj"] if of else []
        if not objects:
            return None
        noun = objects[0]
    elif token.tag_ != "NN":
        return None
    lemma = noun.lemma_.lower()
    if lemma in _ANYONE:
        return None  # "A woman has died ... Jane Doe said": anyone, maybe not whom it names
    people = noun.pos_ == "NOUN" and _for_people(lemma, words_of(token))
    # "one of Labour's most senior Asians"
    if not people and not (noun is not token and noun.ent_type_ == "NORP"):
        return None
    words = in_order(token)
    if len(words) > _MAX_WORDS or any(w.ent_type_ == "PERSON" for w in words):
        return None
    if any(w.dep_ not in _TELLING and w.tag_ != "HYPH" for w in words if w is not token):
        return None  # "a man who ...", "a man, 34,": more than a description
    if words[0].lower_ == "the" and len(words) == 2:
        return None  # "The chancellor": someone the reader knows, or met before
    return words[0], words[-1], lemma


def _for_people(lemma: str, words: ReadingWords) -> bool:
    """Whether the noun is one for a person: a role, a kind of person, a "clergyman"."""
    return lemma in words.people_nouns or lemma.endswith(("man", "woman")) and len(lemma) > 5


def _a_work(token: Token) -> bool:
    """Whether the token heads a phrase bringing in a work by its kind: "a film that follows
    ...", "an international bestseller"."""
    return (
        token.pos_ == "NOUN"
        and token.lemma_.lower() in words_of(token).work_nouns
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)
        and len(in_order(token)) <= _MAX_WORK_WORDS
    )


def _titled_after(
    doc: Doc, sentences: tuple[Span, ...], at: int, people: list[Entity], bodies: set[str]
) -> tuple[str, Span] | None:
    """The title the first sentence after the `at`th with a subject has as its subject ("The
    Da Vinci Code claims ..."), where no sentence before gives it, and it names no one and
    no body (not "Mumbai High Court postponed ...", nor one of `bodies` saying something)."""
    for sentence in sentences[at + 1 : at + 1 + _NAMED_WITHIN]:
        tokens = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        subject = next(
            (t for t in tokens or () if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT"),
            None,
        )
        if subject is None:
            continue
        if subject.pos_ != "PROPN" or subject.ent_type_ in _NOT_TITLES:
            return None
        words = [t for t in in_order(subject) if t.i <= subject.i]
        if any(t.dep_ not in {"det", "compound", "flat"} for t in words[:-1]):
            return None
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        title = text_of(doc)[start:end]
        before = text_of(doc)[sentences[0].start : sentence.start]
        body = subject.lower_ in words_of(subject).organization_words
        # "Netflix said ...": a body the recogniser knows, speaking, is no work.
        speaking = subject.head.lemma_.lower() in words_of(subject).speech_verbs
        if body or (speaking and any(title in b or b in title for b in bodies)):
            return None
        if title in before or any(p.name in title or title in p.name for p in people):
            return None
        return title, Span(start, end, title)
    return None


def _named_after(
    doc: Doc, sentences: tuple[Span, ...], at: int, people: list[Entity]
) -> tuple[str, Span] | None:
    """The person the first sentence after the `at`th with someone as its subject has as its
    subject, named in full where the body does not name them up to the `at`th sentence's end;
    and where it names them."""
    body, described = sentences[0].start, sentences[at].end
    for sentence in sentences[at + 1 : at + 1 + _NAMED_WITHIN]:
        subjects = [
            (person, mention)
            for person in people
            for mention in person.mentions
            if sentence.start <= mention.start < sentence.end and _the_subject(doc, mention)
        ]
        # Not "Scott" inside "Scott Richter", where the recogniser took both.
        subjects = [
            (p, m)
            for p, m in subjects
            if not any(o != m and o.start <= m.start and m.end <= o.end for _, o in subjects)
        ]
        if not subjects:
            continue
        person, mention = subjects[0]
        new = not any(body <= m.start < described for m in person.mentions)
        if new and len(person.name.split()) > 1 and len({p.name for p, _ in subjects}) == 1:
            return person.name, mention
        return None
    return None


def _fits(name: str, noun: str, people: list[Entity], words: ReadingWords) -> bool:
    """Whether the role the story gives the person, if any, may be the description's:
    "former Yukos boss Mikhail Khodorkovsky" is not "a judge"; "the man behind
    OptInRealBig.com" may be "the net's self-declared spam king"."""
    role = next((p.role for p in people if p.name == name), None)
    if role is None:
        return True
    told = set(re.findall(r"[a-z]+", role.lower()))
    return role_head(role) == noun or bool(told & words.focus_descriptions)


def _the_subject(doc: Doc, mention: Span) -> bool:
    """Whether the mention is its sentence's subject, one person alone, or stands beside it
    ("The Bishop of Durham, the Rt Rev Dr Tom Wright, described ...")."""
    words = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if words is None:
        return False
    token = words.root
    path = [token]
    while token.dep_ in _UP_TO_SUBJECT and token.head is not token:
        token = token.head
        path.append(token)
    # One person: not "Presidential candidates Hillary Clinton and Donald Trump cited ...".
    alone = not any(c.dep_ == "conj" for t in path for c in t.children)
    return token.dep_ in {"nsubj", "nsubjpass"} and token.head.dep_ == "ROOT" and alone
