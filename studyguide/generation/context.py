"""What every generator works from: the article, its analysis, and lookups over both."""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from studyguide.analysis import ENGLISH
from studyguide.analysis.lang import language_data
from studyguide.analysis.parsing import Regions
from studyguide.generation.wording import (
    capitalized,
    common_word,
    contains,
    points_back,
    slipped,
    unquoted,
    without_full_stop,
)
from studyguide.generation.writing_words import (
    ACRONYM_SKIP,
    ALIASES,
    CITIES,
    COUNTRIES,
    DESCRIPTIONS,
    NATIONALITIES,
    TITLES,
)
from studyguide.model import (
    Analysis,
    Article,
    BackReference,
    Claim,
    Entity,
    EntityKind,
    Evidence,
    Paragraph,
    QuestionType,
    Quote,
    Restatement,
    Span,
)

_HONORIFICS = frozenset("Mr Mrs Ms Dr Lord Lady".split())
"""Titles a surname follows ("Mr Howard"), not a first name."""
_SPEAKING_PRONOUNS = frozenset({"he", "she"})
_NEWCOMERS = frozenset({"a", "an", "our", "one", "another"})
"""Words a description of someone not met before opens on: "a Juventus official"."""
_ENGLISH_WORDS = language_data(ENGLISH).words
_CALENDAR = frozenset(name.capitalize() for name in _ENGLISH_WORDS.months | _ENGLISH_WORDS.weekdays)
"""Names that keep their capital at the start of reported words ("said that December's ...")."""

_INSTITUTIONS = frozenset(
    """Administration Agency Association Authority Board Bureau Commission Committee Council
    Department Federation Foundation Institute League Ministry Office Organisation
    Organization Party Service Society Union""".split()
)
"""Head nouns of a body's name, which reads with "the": the first word of "the Council of
Mortgage Lenders", the last of "the Building Societies Association"."""


_NAME_PARTICLES = frozenset(
    "da de di do dos das del della van von der den le la du bin ibn al el".split()
)
"""Small words inside a surname ("da Silva", "van Persie")."""

_RARE = 100
"""How often (in the dictionary's count) a word is used, below which it is a name's."""

_LINKING_WORDS = frozenset("the a an of and in on at to for by with from 's ’s".split())
"""Words of a name that say nothing of which thing it is."""


def comparable(name: str) -> str:
    """A form for telling names apart: lower case, no dots, no leading "the"."""
    key = re.sub(r"['’]s$", "", name.strip()).lower().replace(".", "")
    return re.sub(r"^the\s+", "", key)


_MAX_ROLE_WORDS = 5
_RELATIVE_ROLES = frozenset("fellow compatriot countryman his her their its".split())
"""First words of a role that tell of someone else: "fellow American"."""
_ALIAS_GROUPS = {comparable(form): group[0] for group in ALIASES for form in group}
_COUNTRY_KEYS = frozenset(comparable(c) for c in COUNTRIES) | frozenset(
    comparable(form)
    for group in ALIASES
    for form in group
    if comparable(group[0]) in {comparable(c) for c in COUNTRIES}
)
_CITY_KEYS = frozenset(comparable(c) for c in CITIES)


def acronym(name: str) -> str:
    """The initials of a name's words: "British Airways" -> "ba"."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in ACRONYM_SKIP]
    return "".join(w[0] for w in words).lower() if len(words) > 1 else ""


def same_thing(first: str, second: str) -> bool:
    """Whether two names stand for one thing, by form, built-in aliases or initials."""
    a, b = comparable(first), comparable(second)
    if a == b or a == f"{b}s" or b == f"{a}s":
        return True
    group_a, group_b = _ALIAS_GROUPS.get(a), _ALIAS_GROUPS.get(b)
    if group_a is not None and group_a == group_b:
        return True
    return _abbreviates(first, second) or _abbreviates(second, first)


def _abbreviates(short: str, name: str) -> bool:
    """BA for British Airways, BoE for the Bank of England, UN for the United Nations."""
    bare = re.sub(r"^the\s+", "", short.strip(), flags=re.IGNORECASE).replace(".", "")
    if not bare or " " in bare or not bare[:1].isupper():
        return False
    words = [w for w in re.split(r"[\s\-]+", re.sub(r"^the\s+", "", name, flags=re.I)) if w]
    if len(words) < 2:
        return False
    every = "".join(w[0] for w in words).lower()
    capitals = "".join(c for c in bare if c.isupper()).lower()
    return bare.lower() in {acronym(name), every} or capitals == acronym(name)


def place_kind(name: str) -> str:
    """ "country", "city" or "place", for the wording of a question and its distractors."""
    key = comparable(name)
    if key in _COUNTRY_KEYS:
        return "country"
    return "city" if key in _CITY_KEYS else "place"


_NATIONAL = re.compile(r"\bthe (?:economy|country|nation|government|capital|parliament)\b", re.I)


@lru_cache(maxsize=4096)
def occurrences(pattern: str, text: str) -> int:
    """How often `pattern` occurs in `text`: asked of the same names many times over."""
    return sum(1 for _ in re.finditer(pattern, text))


_INTRODUCING = frozenset({"a", "an", "the", "one"})
"""Words a description opens a sentence on that it does not open on after a name."""


@dataclass(frozen=True)
class Context:
    article: Article
    analysis: Analysis
    _body_starts: tuple[int, ...] = field(init=False, repr=False)
    _headings: tuple[Span, ...] = field(init=False, repr=False)
    _forms: dict[str, tuple[str, ...]] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "_body_starts", tuple(p.span.start for p in self.article.body))
        headings = [p.span for p in self.article.paragraphs if p.heading]
        for span in (self.article.title_span, self.article.dateline):
            if span is not None:
                headings.append(span)
        comments = _comments(self.article.body)
        if comments is not None:
            headings.append(comments)
        object.__setattr__(self, "_headings", tuple(headings))

    def question_id(self, question_type: QuestionType, *key: str) -> str:
        """Stable: the same fact asked the same way keeps its id from run to run."""
        digest = hashlib.sha1("\x1f".join((self.article.id, *key)).encode()).hexdigest()[:6]
        return f"{self.article.id}-{question_type.code}-{digest}"

    def paragraph_number(self, offset: int) -> int:
        """1-based number of the body paragraph (subheads not counted) holding `offset`."""
        number = 0
        for index, start in enumerate(self._body_starts, start=1):
            if start <= offset:
                number = index
        return max(number, 1)

    def evidence(self, *spans: Span) -> tuple[Evidence, ...]:
        ordered = sorted({(s.start, s.end): s for s in spans}.values(), key=lambda s: s.start)
        return tuple(Evidence(s.start, s.end, s.text) for s in ordered)

    def entities(self, kind: EntityKind) -> tuple[Entity, ...]:
        return tuple(e for e in self.analysis.entities if e.kind is kind)

    def entity_named(self, name: str) -> Entity | None:
        key = comparable(name)
        for entity in self.analysis.entities:
            if comparable(entity.name) == key or key in {comparable(a) for a in entity.aliases}:
                return entity
        return None

    def forms(self, name: str) -> tuple[str, ...]:
        """Every form the name goes by: the article's aliases and the built-in ones."""
        known = self._forms.get(name)
        if known is None:
            known = self._forms[name] = self._forms_of(name)
        return known

    def _forms_of(self, name: str) -> tuple[str, ...]:
        found = [name]
        entity = self.entity_named(name)
        if entity is not None:
            found += [entity.name, *entity.aliases]
        key = _ALIAS_GROUPS.get(comparable(name))
        if key is not None:
            found += next(g for g in ALIASES if g[0] == key)
        # The article's other names for it: "the BBA" and "the British Bankers' Association".
        found += [
            e.name
            for e in self.analysis.entities
            if e.kind is not EntityKind.PERSON and e.name not in found and same_thing(e.name, name)
        ]
        out: list[str] = []
        for form in found:
            if form not in out:
                out.append(form)
        return tuple(out)

    def alike(self, first: str, second: str) -> bool:
        """Whether two names are one thing in this article (aliases, initials, built-ins)."""
        return any(same_thing(a, b) for a in self.forms(first) for b in self.forms(second))

    def sentence_of(self, offset: int) -> Span | None:
        sentences = self.analysis.sentences
        at = bisect.bisect_right(self._sentence_starts, offset) - 1
        # Sentences follow one another; the one starting last at or before the offset is
        # the only one that may hold it.
        return sentences[at] if at >= 0 and offset < sentences[at].end else None

    def sentence_before(self, sentence: Span) -> Span | None:
        """The sentence right before `sentence`, or None at the article's start."""
        at = bisect.bisect_left(self._sentence_starts, sentence.start) - 1
        return self.analysis.sentences[at] if at >= 0 else None

    @cached_property
    def quotes(self) -> tuple[Quote, ...]:
        """The article's quotes, with no speaker for words given to "he" or "she" right
        after someone else's (see `follows_another_speaker`): a question never names a
        speaker the words may not be theirs."""
        quotes: list[Quote] = []
        for quote in self.analysis.quotes:
            # '"There is some possibility," he added. "But not much."': both parts.
            doubted = self.follows_another_speaker(quote) or (
                quote.continues and bool(quotes) and quotes[-1].speaker is None
            )
            quotes.append(replace(quote, speaker=None) if doubted else quote)
        return tuple(quotes)

    def follows_another_speaker(self, quote: Quote) -> bool:
        """Whether words given to "he" or "she" follow a sentence that reports someone
        else's ("Our correspondent said ... There was 'some possibility', he added"): the
        pronoun may stand for that speaker, whom the analysis could not name. After words
        whose speaker the analysis could not tell, it stands as the analysis read it."""
        mention = quote.speaker_mention
        if mention is None or mention.text.lower() not in _SPEAKING_PRONOUNS:
            return False
        before = self.sentence_before(quote.sentence)
        if before is None:
            return False
        reported: list[Quote | Claim] = [*self.analysis.quotes, *self.analysis.claims]
        speakers = [said.speaker for said in reported if said.sentence.start == before.start]
        return bool(speakers) and not any(
            speaker is None or self._may_be(speaker, quote.speaker) for speaker in speakers
        )

    def _may_be(self, speaker: str, named: str | None) -> bool:
        """Whether `speaker` may be the one `named`: the same name, one holding the other's
        last word ("Mr Hale"; "the Department for Education" beside "A Department for
        Education spokeswoman"), or a description of someone met before ("the England
        coach"); not another name, nor someone new ("a club official", "our correspondent")."""
        if named is None or self.alike(speaker, named):
            return True
        words = {w.lower() for w in re.findall(r"[\w'’-]+", speaker)}
        others = {w.lower() for w in re.findall(r"[\w'’-]+", named)}
        if named.split()[-1].lower() in words or speaker.split()[-1].lower() in others:
            return True  # "Mr Hale"; the department beside "A Department spokeswoman"
        if self.entity_named(speaker) is not None:
            return False
        return speaker.split()[0].lower() not in _NEWCOMERS

    def _which_country(self, text: str) -> bool:
        """Whether the text speaks of "the economy" or "the government" of an article that
        names several countries, naming none of them itself: whose?"""
        if not _NATIONAL.search(text):
            return False
        # Places the word lists do not know for cities may be countries ("South Korea").
        countries = {
            e.name for e in self.entities(EntityKind.PLACE) if place_kind(e.name) != "city"
        }
        named = any(form in text for name in countries for form in self.forms(name))
        national = any(re.search(rf"\b{re.escape(n)}\b", text) for n in NATIONALITIES)
        return len(countries) > 1 and not named and not national

    def in_full(self, text: str) -> str:
        """The text with a person it names by surname alone named in full, once ("Davies
        stressed ..." -> "Nick Davies stressed ..."): read apart from the article, the
        surname says nobody. Not after a title ("Mr Davies"), nor a surname two people share
        (also one the recogniser missed: "Felipe Contepomi" beside "Manuel Contepomi")."""
        people = [e.name for e in self.entities(EntityKind.PERSON) if " " in e.name]
        text = self._given_in_full(text, [*people, *self._first_and_surname])
        surnames = [name.split()[-1] for name in people]
        for name, surname in zip(people, surnames, strict=True):
            if surnames.count(surname) > 1 or re.search(rf"\b{re.escape(name)}\b", text):
                continue
            given = set(re.findall(rf"\b([A-Z][a-z]+) {re.escape(surname)}\b", self.article.text))
            if given - TITLES - {name.split()[0]}:
                continue  # another first name with the same surname: which one?
            # Not inside a compound ("anti-Bush"), nor a first name ("Ossie Davis").
            for bare in re.finditer(rf"(?<![\w-]){re.escape(surname)}\b(?![\w-]| [A-Z])", text):
                before = text[: bare.start()].split()[-1:]
                if before and before[0].lower() == "the":
                    continue  # "the Trump administration": the name says whose, not who
                if before and before[0] in _NAME_PARTICLES:
                    continue  # "Mr da Silva": a name already, with its particle
                if not before or not before[0][:1].isupper():  # not "Mr Davies", "Ann Davies"
                    text = text[: bare.start()] + name + text[bare.end() :]
                    break
        return text

    def described_named(self, text: str, sentence: Span) -> str:
        """The text, told from `sentence`, with someone (or a work) the sentence brings in by
        what they are given their name too ("One of Labour's most senior Asians rejected ..."
        -> "Shahid Malik, one of Labour's most senior Asians, rejected ..."): read alone, the
        description names no one."""
        for introduction in self.analysis.introductions:
            if not sentence.start <= introduction.mention.start < sentence.end:
                continue
            first, *rest = introduction.mention.text.split()
            words = r"\s+".join(map(re.escape, [first[1:], *rest]))
            found = re.search(rf"(?<!\w)(?i:{re.escape(first[0])}){words}(?!\w)", text)
            if found is None:
                continue
            told = found.group(0)
            if first.lower() in _INTRODUCING:
                told = told[0].lower() + told[1:]
            closed = re.match(r"\s*[,.;:]", text[found.end() :]) is not None
            told = f"{introduction.name}, {told}{'' if closed else ','}"
            text = text[: found.start()] + told + text[found.end() :]
        return text

    def naming_in_full(self, text: str, sentence: Span) -> tuple[Span, ...]:
        """The sentences that give the names `in_full` and `described_named` put into `text`,
        told from `sentence`, which the sentence lacks: the first to name them in full
        ("Flynn says Trump ..." told "Flynn says Donald Trump ...") or to give a work's title;
        for a name the article writes only in halves ("President Donald" and "President
        Trump" further on), the one that gives the surname. Its evidence too."""
        found: dict[int, Span] = {}
        people = {e.name for e in self.entities(EntityKind.PERSON) if " " in e.name}
        titles = {i.name for i in self.analysis.introductions}
        for name in people | titles:
            if not contains(text, name) or contains(sentence.text, name):
                continue
            giving = next((s for s in self.analysis.sentences if contains(s.text, name)), None)
            if giving is not None:
                found[giving.start] = giving
        for name in self._first_and_surname:
            surname = rf"\b{re.escape(name.split()[-1])}\b"
            if not re.search(surname, text) or re.search(surname, sentence.text):
                continue
            giving = next((s for s in self.analysis.sentences if re.search(surname, s.text)), None)
            if giving is not None:
                found[giving.start] = giving
        return tuple(found[start] for start in sorted(found))

    @cached_property
    def _first_and_surname(self) -> list[str]:
        """Full names the article gives only in two halves, each after the same title: a
        "President Donald" it writes once (a slip) beside a "President Trump" whose surname
        it writes alone too, and the only other name that title takes."""
        text = self.article.text
        found: list[str] = []
        for title in sorted(TITLES - _HONORIFICS):
            named = set(re.findall(rf"\b{title} ([A-Z][a-z]+)\b(?![\w'’-]| [A-Z])", text))
            if len(named) != 2:
                continue
            # The surname stands alone elsewhere; the first name only after the title.
            alone = {n: occurrences(rf"(?<!{title} )\b{n}\b", text) for n in named}
            surnames = [n for n in named if alone[n] >= 2]
            firsts = [n for n in named if alone[n] == 0]
            if len(surnames) == 1 and len(firsts) == 1:
                found.append(f"{firsts[0]} {surnames[0]}")
        return found

    @staticmethod
    def _given_in_full(text: str, people: list[str]) -> str:
        """The text with a title and a first name alone ("President Donald said", a slip
        of the article's) given the person's surname, where one person has that first name."""
        given = [name.split()[0] for name in people]
        surnames = {name.split()[-1] for name in people}
        titles = "|".join(sorted(TITLES - _HONORIFICS))
        for name, first in zip(people, given, strict=True):
            if given.count(first) > 1 or first in surnames:
                continue  # "Governor Howard" beside Michael Howard: his surname
            alone = rf"\b((?:{titles}) {re.escape(first)})\b(?![\w'’-]| [A-Z])"
            text = re.sub(alone, rf"\1 {name.split(maxsplit=1)[1]}", text)
        return text

    def shared_surname(self, text: str) -> bool:
        """Whether `text` names someone by a surname two people of the article share, with
        no first name or title before it ("Kujda" beside Jarek and Malgorzata Kujda)."""
        people = [e.name for e in self.entities(EntityKind.PERSON) if " " in e.name]
        surnames = [name.split()[-1] for name in people]
        for surname in {s for s in surnames if surnames.count(s) > 1}:
            for bare in re.finditer(rf"\b{re.escape(surname)}\b", text):
                before = text[: bare.start()].split()[-1:]
                if not before or not before[0][:1].isupper():
                    return True
        return False

    def named_subject(self, text: str, at: int) -> str:
        """The text with a subject like "The airport" named as the article named it before
        `at` ("Stansted Airport is the hub ..."), where one name given before ends on that
        word: read apart from the article, "The airport" does not say which. Left as it is
        where two names do ("Stansted Airport", "Luton Airport"), or none."""
        found = re.match(r"The ([a-z]+)\b", text)
        if found is None:
            return text
        named = self._named_on(found.group(1), at)
        if len(named) != 1:
            return text
        name = named.pop()
        # "The UN Convention" where the article writes "the revised UN Convention".
        the = re.search(rf"\bthe (?:[a-z]+ )?{re.escape(name)}", self.article.text, re.I)
        return f"{'The ' if the else ''}{name}{text[found.end() :]}"

    def _named_on(self, word: str, at: int | None = None) -> set[str]:
        """The names of things the article gives (before `at`) that end on `word`: "Stansted
        Airport" and "Luton Airport" on "airport"."""
        return {
            e.name
            for e in self.analysis.entities
            if e.kind is not EntityKind.PERSON
            and len(e.name.split()) > 1
            and e.name.split()[-1].lower() == word
            and (at is None or any(m.start < at for m in e.mentions))
        }

    def around(self, span: Span) -> str:
        """The text of the sentences holding `span` and of the one on each side of them."""
        sentences = self.analysis.sentences
        first = bisect.bisect_right(self._sentence_starts, span.start) - 1
        last = bisect.bisect_left(self._sentence_starts, span.end)
        near = sentences[max(first - 1, 0) : last + 1]
        return self.article.text[near[0].start : near[-1].end] if near else span.text

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.analysis.sentences]

    def told(self, sentence: Span) -> tuple[str, Span | None]:
        """The sentence's words on one line, a pronoun in it given as the name it stands
        for, as the sentence before writes it ("Mr Pearson's job is ..." for "His job is
        ...", "In May Mr Sessions announced" for "In May he announced"), and that sentence,
        its evidence; None when nothing was replaced."""
        reference = next(
            (
                r
                for r in self.analysis.references
                if sentence.start <= r.mention.start < sentence.end
            ),
            None,
        )
        named_in = self.sentence_of(reference.antecedent.start) if reference else None
        if reference is None or named_in is None:
            return " ".join(sentence.text.split()), None
        name = " ".join(reference.antecedent.text.split())
        if reference.mention.text.lower() in {"his", "her"}:
            name = f"{name}'s"
        at = reference.mention.start - sentence.start
        text = f"{sentence.text[:at]}{name}{sentence.text[at + len(reference.mention.text) :]}"
        return " ".join(text.split()), named_in

    def restated(self, sentence: Span) -> str:
        """The sentence on one line as a summary words it ("After X, Y" for "Y after X",
        "reported" for "has reported"), or as the article does when it is worded so."""
        told = _told(self.analysis.restatements, sentence)
        return told if told is not None else " ".join(sentence.text.split())

    def told_in_passing(self, sentence: Span) -> str | None:
        """The news the sentence tells only in the subject of someone's words, as a sentence
        of its own; None where it tells none, or none that reads alone ("The decision struck
        down ...": which decision?)."""
        told = _told(self.analysis.in_passing, sentence)
        return told if told is not None and self.stands_alone(told, sentence.start) else None

    def in_heading(self, span: Span) -> bool:
        """Whether the span touches the headline, a subhead, the dateline or the readers'
        comments below the report: no questions there."""
        return any(h.start < span.end and span.start < h.end for h in self._headings)

    def body_sentences(self) -> tuple[Span, ...]:
        """The sentences of the body: not headings, nor the tail of a sentence a broken line
        cut off ("of South Africa 3-2 in Douala, neither side ..."); "eBay said" is whole."""
        return self._body_sentences

    @cached_property
    def _named_at(self) -> dict[int, list[Entity]]:
        """The entities named at each offset where one is."""
        at: dict[int, list[Entity]] = {}
        for entity in self.analysis.entities:
            for start in dict.fromkeys(m.start for m in entity.mentions):
                at.setdefault(start, []).append(entity)
        return at

    @cached_property
    def _body_sentences(self) -> tuple[Span, ...]:
        return tuple(
            s
            for s in self.analysis.sentences
            if not self.in_heading(s) and not re.match(r"\s*[a-z](?![A-Z])", s.text)
        )

    def stated_facts(self) -> list[tuple[Span, Span, str | None]]:
        """What the article states, as (words, evidence, speaker): the claims of people and
        bodies it names (not "according to", nor a participle "saying"), then its own
        sentences that hold no quote and no claim (speaker None): what "the firm claims" is
        not the article's to state, nor the reader's to learn as fact."""
        named = {e.name for e in self.entities(EntityKind.PERSON)}
        bodies = {e.name for e in self.entities(EntityKind.ORGANIZATION)}
        claims: list[tuple[Span, Span, str | None]] = [
            (
                self.whole(c.content),
                c.sentence,
                c.speaker if c.speaker in named else self.display(c.speaker),
            )
            for c in self.analysis.claims
            if c.speaker in named | bodies and c.cue.lower() not in {"according to", "saying"}
        ]
        taken = [
            c.sentence
            for c in self.analysis.claims
            if c.cue.lower() not in {"according to", "saying"}
        ]
        taken += [q.sentence for q in self.analysis.quotes]
        holding = Regions((o.start, o.end) for o in taken)
        starts = sorted(o.start for o in taken)
        own: list[tuple[Span, Span, str | None]] = [
            (s, s, None)
            for s in self.body_sentences()
            if s.start not in holding
            and bisect.bisect_left(starts, s.start) == bisect.bisect_left(starts, s.end)
        ]
        return claims + own

    def reported_by(self, offset: int) -> str | None:
        """Who reports the words at `offset`, where the article gives them as someone's."""
        sources: list[Claim | Quote] = [*self.analysis.claims, *self.quotes]
        for said in sources:
            if said.speaker and said.content.start <= offset < said.content.end:
                return said.speaker
        return None

    def speakers(self) -> tuple[str, ...]:
        """People the article quotes or reports, in the order they first speak."""
        spoken = sorted(
            [(q.content.start, q.speaker) for q in self.quotes if q.speaker]
            + [(c.content.start, c.speaker) for c in self.analysis.claims if c.speaker]
        )
        people = {e.name for e in self.entities(EntityKind.PERSON)}
        out: list[str] = []
        for _, name in spoken:
            if name in people and name not in out:
                out.append(name)
        return tuple(out)

    def named_in_sentence(self, speaker: str, sentence: Span) -> bool:
        """Whether the sentence names the speaker it is given to, by any of their names or
        the surname, or says "he" or "she" of a person: a body found behind "it said" or
        "according to" a sentence away is too often another body."""
        entity = self.entity_named(speaker)
        # A person known by a full name: a one-word "person" is as often a body the
        # recogniser mistook ("OutRage"), and no "he".
        if entity is not None and entity.kind is EntityKind.PERSON and " " in entity.name:
            if re.search(r"\b(?:he|she)\b", sentence.text, re.IGNORECASE):
                return True
        forms = self.forms(speaker) + tuple(speaker.split()[-1:])
        return any(
            re.search(rf"\b{re.escape(form)}\b", sentence.text) for form in forms if len(form) > 2
        )

    def placed(self, name: str) -> bool:
        """Whether the article puts something "in" or "at" the name: a city the recogniser
        took for a person ("in Porto Alegre")."""
        return re.search(rf"\b(?:in|at|near) {re.escape(name)}\b", self.article.text) is not None

    def display(self, name: str) -> str:
        """How a name reads as a standalone answer: "the United States", "Bashar Assad"."""
        key = _ALIAS_GROUPS.get(comparable(name))
        if key is not None:
            return key
        entity = self.entity_named(name)
        canonical = entity.name if entity is not None else name
        if entity is not None and entity.kind in (EntityKind.PLACE, EntityKind.ORGANIZATION):
            text = self.article.text
            with_the = occurrences(rf"(?i)\bthe {re.escape(canonical)}\b", text)
            bare = occurrences(rf"\b{re.escape(canonical)}\b", text) - with_the
            if canonical.lower().startswith("the "):
                return canonical
            # "the Federal Aviation Administration" even where the article gives it only
            # as an acronym or at a sentence's start.
            words = canonical.split()
            headed = (
                words[-1] in _INSTITUTIONS or words[0] in _INSTITUTIONS and words[1:2] == ["of"]
            )
            if with_the > bare or headed:
                return f"the {canonical}"
        return canonical

    def introduced(self, name: str) -> tuple[str, Span | None]:
        """A person as a statement of what they said names them, and the sentence that
        says who they are: with the role the article writes before the name, when it names
        a body or a country ("Chelsea chief executive Peter Kenyon", "former FBI Director
        James Comey"), which tells the student who they are; the name alone, and None,
        when the article gives no such role."""
        shown = self.display(name)
        entity = self.entity_named(name)
        if entity is None or entity.kind is not EntityKind.PERSON or not entity.role:
            return shown, None
        role = entity.role
        words = role.split()
        if not 2 <= len(words) <= _MAX_ROLE_WORDS or words[0].lower() in _RELATIVE_ROLES:
            return shown, None  # "fellow American Robby Ginepri": fellow of whom?
        if re.search(r"['’]s?$|\b[a-z]{1,2}$|[,;:]|^\S{1,2}['’]", role):
            return shown, None  # "Davis's co", "R's manager": a role cut short
        if not any(word[:1].isupper() for word in words):
            return shown, None  # "chief executive", "they eye captain": whose?
        written = re.search(
            rf"(?<![\w'’-]){re.escape(role)} {re.escape(entity.name)}\b",
            self.article.text,
            re.IGNORECASE,
        )
        sentence = self.sentence_of(written.start()) if written is not None else None
        if written is None or sentence is None:
            return shown, None
        if re.search(r"\b(?:of|for|and|to)\s+$", self.article.text[: written.start()]):
            return shown, None  # "(Association of) Chief Police Officers president": cut
        return written.group(0), sentence

    def accepted(self, answer: str, kind: EntityKind | None = None) -> tuple[str, ...]:
        """Other typed answers to take for `answer`: aliases, with or without "the",
        and for a person the surname alone when no one else in the article bears it."""
        forms = list(self.forms(answer))
        if kind is EntityKind.PERSON or (kind is None and self._is_person(answer)):
            surname = answer.split()[-1] if len(answer.split()) > 1 else ""
            bearers = [
                e for e in self.entities(EntityKind.PERSON) if e.name.split()[-1:] == [surname]
            ]
            if surname and len(bearers) <= 1:
                forms.append(surname)
        out: list[str] = []
        keys = {answer.strip().lower()}
        for form in forms:
            for variant in (form, re.sub(r"^the\s+", "", form)):
                if variant.strip().lower() not in keys:
                    keys.add(variant.strip().lower())
                    out.append(variant)
        return tuple(out)

    def _is_person(self, name: str) -> bool:
        entity = self.entity_named(name)
        return entity is not None and entity.kind is EntityKind.PERSON

    def slipped(self, text: str) -> bool:
        """Whether `text` copies a slip of the article's writing (`wording.slipped`)."""
        return slipped(text, self.article.text)

    def points_back(self, text: str, beside: str = "") -> bool:
        """Whether `text` leans on the sentence before it: a pronoun before any name, "also",
        "that ruling" (see `wording.points_back`); "the scheme" does not, read `beside` a text
        that names the scheme."""
        names = [e.name for e in self.entities(EntityKind.PERSON)]
        named = set(re.findall(r"\b[a-z][\w'’-]*", beside))  # not "Film" of a festival's name
        return points_back(text, names, DESCRIPTIONS - named)

    def stands_alone(self, text: str, at: int | None = None, beside: str = "") -> bool:
        """Whether `text` means what it says without the sentences around it in the article:
        nothing points back, and a subject like "The flamboyant act" or "The policy" is
        one the headline names, or the text it is read `beside` (a choice beside the
        summary that names the policy). Given where the text stands (`at`), a subject the
        article has not yet spoken of ("The harbour board", first met there) stands alone
        too, and no phrase the analysis found pointing back ("the e-mail") is kept."""
        if self.points_back(text, beside) or self._which_country(text):
            return False
        if at is not None and self.leans_on_before(text, at):
            return False
        if re.match(r"The (?:[a-z][\w'’-]* ){1,3}of\b", text):
            return True  # "The problem of piracy": the description says what it is
        described = re.match(r"The ((?:[a-z][\w'’-]* ){0,2}[a-z][\w'’-]*)", text)
        if described is None:
            return True
        title = {w.lower() for w in re.findall(r"[\w'’-]+", self.article.title)}
        words = described.group(1).split()
        if any(len(self._named_on(word)) > 1 for word in words):
            return False  # "The airport" where the article names two: which one?
        # "The protesters" beside "protester" or "protesters"; not "The airport" beside
        # "Britain's airports", which does not say which one.
        if any(form in title for w in words for form in (w, w.removesuffix("s"))):
            return True
        # Beside a text that names the thing as one already known: "The scheme" beside "the
        # ferry scheme"; not beside "a bill to fund the government", which says this "The
        # bill" is that one, nor beside "text messages", not yet "the messages" sent.
        for k in range(1, len(words) + 1):
            thing = re.escape(" ".join(words[:k])).replace(r"\ ", " ").removesuffix("s")
            if re.search(rf"(?:^|\b(?:the|this|these) (?:\S+ ){{0,2}}){thing}s?\b", beside, re.I):
                return True
        head = words[-1].removesuffix("s")
        return at is not None and not re.search(
            rf"\b{re.escape(head)}", self.article.text[:at], re.I
        )

    def leans_on_before(self, text: str, *at: int) -> bool:
        """Whether `text`, told from the sentences at `at`, keeps a phrase of them that points
        back to an earlier sentence ("the e-mail", "The Act"): it names nothing alone."""
        return any(self._back_references(text, at))

    def named_again(self, text: str, at: int) -> str:
        """`text`, told from the sentence at `at`, with each phrase of it that points back
        ("the coalition") named as the article named it before, where it said which one
        ("the US-led international coalition")."""
        for ref, found in reversed(list(self._back_references(text, (at,)))):
            if ref.named is None:
                continue
            # Not where the text gives what the name would add ("If the election is on 5
            # May" read as "If the expected 5 May election is on 5 May").
            words = {w.lower() for w in re.findall(r"[\w'’-]+", ref.named)}
            added = words - {w.lower() for w in ref.mention.text.split()} - _LINKING_WORDS
            told = text[: found.start()] + text[found.end() :]
            if any(re.search(rf"(?i)\b{re.escape(w)}\b", told) for w in added):
                continue
            if re.match(r"['’]s\b", text[found.end() :]) and re.search(r"['’]s\b", ref.named):
                continue  # "Iraq's Ministry's website": two owners in a row
            opening = found.start() == 0 and found.group(0)[:1].isupper()
            named = capitalized(ref.named) if opening else ref.named
            text = text[: found.start()] + named + text[found.end() :]
        return text

    def naming_sentences(self, text: str, at: int) -> tuple[Span, ...]:
        """The sentences that named what `text`, told from the sentence at `at`, names again
        as they did (see `named_again`): its evidence too."""
        sentence = self.sentence_of(at)
        if sentence is None:
            return ()
        found = {
            named.start: named
            for ref in self.analysis.back_references
            if sentence.start <= ref.mention.start < sentence.end
            and ref.named is not None
            and ref.named_at is not None
            and ref.named.lower() in text.lower()
            and (named := self.sentence_of(ref.named_at.start)) is not None
        }
        return tuple(found[start] for start in sorted(found))

    def _back_references(
        self, text: str, at: tuple[int, ...]
    ) -> Iterator[tuple[BackReference, re.Match[str]]]:
        """The back references of the sentences at `at` that `text` keeps, each with where,
        in the order they stand in `text`."""
        sentences = [s for s in map(self.sentence_of, at) if s is not None]
        kept: dict[int, tuple[BackReference, re.Match[str]]] = {}
        for ref in self.analysis.back_references:
            if not any(s.start <= ref.mention.start < s.end for s in sentences):
                continue
            pattern = rf"(?<![\w'’-]){re.escape(ref.mention.text)}(?![\w-])"
            for found in re.finditer(pattern, text, re.IGNORECASE):
                kept.setdefault(found.start(), (ref, found))
        yield from (kept[start] for start in sorted(kept))

    def in_heading_offsets(self, start: int, end: int) -> bool:
        return any(h.start < end and start < h.end for h in self._headings)

    def written_in_lower_case(self, word: str) -> bool:
        """Whether the article writes the word in lower case more often than with a capital
        mid-sentence: a common word that opened a sentence ("Pensions officer ..."), not a
        name ("Labour", "Tory")."""
        capitalised, lower = self._cases(word)
        return lower > capitalised

    def _cases(self, word: str) -> tuple[int, int]:
        """How often the article writes the word with a capital mid-sentence, and how often
        in lower case."""
        capitalised = occurrences(rf"[a-z,;] {re.escape(word)}\b", self.article.text)
        return capitalised, occurrences(rf"\b{re.escape(word.lower())}\b", self.article.text)

    def as_clause(self, content: Span) -> str:
        """Reported words as they read after "said that": an ordinary first word loses its
        capital ("New technology means" -> "new technology means"), a name keeps it."""
        text = without_full_stop(" ".join(content.text.split()))
        first = text.split(" ", 1)[0]
        if first == "A":
            return "a" + text[1:]
        if not first[:1].isupper() or first.isupper() or len(first) == 1:
            return text
        if re.match(r"I['’]", first):  # "I'm"
            return text
        # A word the article capitalises mid-sentence more often than not is a name
        # ("December's", "Labour"), not "Games" once in a title beside "games" in the text.
        bare = re.sub(r"['’]s$", "", first)
        capitalised, lower = self._cases(bare)
        name_inside = capitalised > lower
        named = [
            e
            for e in self._named_at.get(content.start, ())
            # A one-word "person" at a sentence's start is often a common word the
            # recogniser took for a name ("Freezing temperatures"), and so is any one-word
            # name the article writes in lower case more often ("Broadband was moving"), or
            # an everyday word it never writes with a capital mid-sentence ("House prices").
            if not (
                " " not in e.name
                and (
                    e.kind is EntityKind.PERSON
                    or lower > capitalised
                    or (capitalised == 0 and common_word(e.name))
                )
            )
            and e.kind is not EntityKind.NUMBER  # "Hundreds of documents"
        ]
        if first == "The" and not any(e.name.startswith("The ") for e in named):
            return "the" + text[3:]  # "said that the Millbrook Public Library reopened"
        if named or name_inside or first in NATIONALITIES or bare in _CALENDAR | TITLES:
            return text
        if not common_word(bare, _RARE):
            return text  # "Middlesbrough mayor Ray Mallon": a word only a name uses
        return text[:1].lower() + text[1:]

    def runs_on(self, span: Span) -> bool:
        """Whether the reported words go on past the span: into a quote after a colon ("his
        government was close to achieving: “The best debt renegotiation in history.”"), or
        to the verb of the subject the span ends in ("One-time increases in prices, which
        “are no indication of pressure”, were responsible for the rise, he said")."""
        return _RUNS_ON.match(self.article.text, span.end) is not None

    def whole(self, span: Span) -> Span:
        """The span run on to the end of its last word: a claim the analysis ended inside a
        figure ("beyond 49" of "beyond 49%") gets its unit back."""
        text = self.article.text
        end = span.end
        while end < len(text) and (text[end].isalnum() or text[end] in "%"):
            end += 1
        if end == span.end:
            return span
        return Span(span.start, end, text[span.start : end])


def _told(restatements: tuple[Restatement, ...], sentence: Span) -> str | None:
    """The sentence as one of `restatements` tells it, or None."""
    return next((r.text for r in restatements if r.sentence.start == sentence.start), None)


_RUNS_ON = re.compile(
    r"\s*:|[”\"’]?,\s+(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might)\b"
)
"""What follows reported words that go on past their span (see `Context.runs_on`)."""
_MIN_COMMENTS = 4
"""Paragraphs a run of readers' comments holds at least."""
_MIN_REPORT = 3
"""Paragraphs of report before any comments: an article told as "I" throughout is no report
with comments below it."""
_READER = re.compile(
    r"(?:^|[.!?]\s+)(?:I|You|We|My|Our)\b|\b(?:I|I'm|I've|I'd|me|my|we|we're|our|us|you|your)\b"
)
"""A reader's voice: "I", "we" or "you" in lower case, or opening a sentence ("Take Your
Mama", a title, is no one's voice)."""


def _comments(body: tuple[Paragraph, ...]) -> Span | None:
    """The readers' comments a web page prints below the report, or None: from the first
    paragraph after the report's first three that speaks as "I", "we" or "you" outside
    quote marks, when half the paragraphs from there to the end do, four of them at
    least. A report speaks in the third person; its people's "I" is inside quote marks."""
    voiced = [_READER.search(unquoted(p.span.text)) is not None for p in body]
    for index in range(_MIN_REPORT, len(body)):
        rest = voiced[index:]
        if voiced[index] and sum(rest) >= _MIN_COMMENTS and 2 * sum(rest) >= len(rest):
            return Span(body[index].span.start, body[-1].span.end, "")
    return None
