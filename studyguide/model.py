"""Plain value objects shared by every layer.

Everything here is a frozen dataclass or an enum built from the standard library alone,
so that any layer can pass these objects to any other without dragging in spaCy, YAML or
reportlab. Character offsets are always Python string indices into `Article.text`.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any, NoReturn


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of an article's text: `text == article.text[start:end]`."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


# ---------------------------------------------------------------------------
# Articles
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Paragraph:
    span: Span
    heading: bool = False
    """A subhead: a short line without final punctuation, kept as a heading, not read as prose."""


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    """A short slug naming the article inside a bank (from the file name)."""
    title: str
    text: str
    """The whole text, normalised on reading; every offset in the project points into it."""
    paragraphs: tuple[Paragraph, ...]
    source: str | None = None
    """The outlet or agency, e.g. "Sputnik" from the dateline "DAMASCUS (Sputnik) —"."""
    place: str | None = None
    """The dateline's place, in the case the article gives it."""
    published: str | None = None
    """Publication date as ISO `YYYY-MM-DD`, when known."""
    title_span: Span | None = None
    """Where the title stands in `text`, when the first line is a headline."""
    dateline: Span | None = None
    """The dateline itself, e.g. "DAMASCUS (Sputnik) —", which is neither body text nor a sentence."""
    byline: str | None = None
    """Who wrote it, from a "By ..." line or a web page's metadata: "Anna Lind"."""

    @property
    def body(self) -> tuple[Paragraph, ...]:
        return tuple(p for p in self.paragraphs if not p.heading)


# ---------------------------------------------------------------------------
# Analysis
# ---------------------------------------------------------------------------


class QuoteKind(str, Enum):
    DIRECT = "direct"
    """Quoted words standing as the speaker's own sentence(s)."""
    MIXED = "mixed"
    """A partial quote inside reported speech: is displaying “willful blindness”."""


class EntityKind(str, Enum):
    PERSON = "person"
    ORGANIZATION = "organization"
    PLACE = "place"
    NATIONALITY = "nationality"
    NUMBER = "number"
    EVENT = "event"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Entity:
    name: str
    """The canonical form: the fullest name the article uses."""
    kind: EntityKind
    mentions: tuple[Span, ...]
    aliases: tuple[str, ...] = ()
    """Other forms the article uses for the same thing (US, U.S., the United States)."""
    role: str | None = None
    """For people: the title or job the article gives ("Syrian President")."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind.value,
            "role": self.role,
            "aliases": list(self.aliases),
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(frozen=True, slots=True)
class Quote:
    content: Span
    """The quoted words, without the quote marks."""
    kind: QuoteKind
    speaker: str | None
    """Canonical name of who said it, or None when the article leaves it unclear."""
    sentence: Span
    """The sentence or sentences that hold the quote and its attribution: the evidence."""
    cue: str | None = None
    """The verb of saying ("said", "added"), when there is one."""
    speaker_mention: Span | None = None
    """Where the article names the speaker for this quote ("Assad", "he")."""
    continues: bool = False
    """The rest of the quote before it: a split quote ("...," X said. "...") or the next
    paragraph of a quote running over several; one quote, one speaker, told in parts."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.content.start,
            "end": self.content.end,
            "text": self.content.text,
            "kind": self.kind.value,
            "speaker": self.speaker,
            "cue": self.cue,
            "speaker_mention": self.speaker_mention.to_dict() if self.speaker_mention else None,
            "sentence": self.sentence.to_dict(),
            "continues": self.continues,
        }


def mixed(items: tuple[str, ...], rng: random.Random) -> tuple[str, ...]:
    """`items` in an order that gives nothing away: with three or more, never the order
    they came in (with two, that rule would give the answer away instead)."""
    shuffled = list(items)
    rng.shuffle(shuffled)
    if len(set(items)) >= 3:
        while tuple(shuffled) == items:
            rng.shuffle(shuffled)
    return tuple(shuffled)


def quotations(quotes: Iterable[Quote]) -> tuple[tuple[Quote, ...], ...]:
    """The quotes as the article tells them, each with the parts that continue it (parts
    of one quote have one speaker)."""
    grouped: list[list[Quote]] = []
    for quote in quotes:
        if quote.continues and grouped and grouped[-1][0].speaker == quote.speaker:
            grouped[-1].append(quote)
        else:
            grouped.append([quote])
    return tuple(tuple(parts) for parts in grouped)


@dataclass(frozen=True, slots=True)
class Claim:
    """Reported speech without quote marks: Assad said (that) the coalition has failed."""

    content: Span
    speaker: str | None
    cue: str
    sentence: Span

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.content.start,
            "end": self.content.end,
            "text": self.content.text,
            "kind": "indirect",
            "speaker": self.speaker,
            "cue": self.cue,
            "sentence": self.sentence.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class DateMention:
    span: Span
    value: str | None
    """TimeML-style value: 2003, 2003-03, 2003-03-20, 2003-Q1, 2003-W12, PAST_REF, ..."""
    sentence: Span
    mod: str | None = None
    """TimeML modifier: START (early 2015), END, MID, AFTER (since 2014), BEFORE, APPROX."""
    event: Span | None = None
    """The clause telling what happened at that date, for a timeline."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.span.start,
            "end": self.span.end,
            "text": self.span.text,
            "value": self.value,
            "mod": self.mod,
            "event": self.event.to_dict() if self.event else None,
            "sentence": self.sentence.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class Reference:
    """A pronoun opening a sentence ("He", "Her") and the person it stands for."""

    mention: Span
    name: str
    antecedent: Span
    """The name as the sentence before writes it: "Mr Pearson"."""

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.mention.to_dict(),
            "name": self.name,
            "antecedent": self.antecedent.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class BackReference:
    """A phrase that points back to what an earlier sentence named ("the coalition", "The
    Act"), and that thing as the article named it there, where it said which one ("the
    US-led international coalition", "the Sarbanes-Oxley Act")."""

    mention: Span
    named: str | None = None
    named_at: Span | None = None
    """Where the article named it so."""

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.mention.to_dict(),
            "named": self.named,
            "named_at": self.named_at.to_dict() if self.named_at is not None else None,
        }


@dataclass(frozen=True, slots=True)
class Restatement:
    """A sentence in the words a summary would use: the same words, moved ("After X,
    Y" for "Y after X"), in the simple past, with no "on Thursday"."""

    sentence: Span
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {**self.sentence.to_dict(), "restated": self.text}


@dataclass(frozen=True, slots=True)
class Introduction:
    """Someone the story brings in by what they are before it names them: "one of Labour's
    most senior Asians", named "Shahid Malik" in the sentence after; or a work brought in by
    its kind ("a film that follows ...", titled "L'Esquive")."""

    mention: Span
    """The description: "one of Labour's most senior Asians"."""
    name: str
    named_at: Span
    """Where the story names them."""

    def to_dict(self) -> dict[str, Any]:
        return {**self.mention.to_dict(), "name": self.name, "named_at": self.named_at.to_dict()}


@dataclass(frozen=True, slots=True)
class Aim:
    """What someone has bound themselves to do, or was made to: "Some Democrats have vowed
    to vote against any budget bill"; "Russia forced Yukos to sell off Yuganskneftegas". Or
    what one side holds against another: "Vincent Cable accused Mr Brown of ducking tough
    choices"."""

    sentence: Span
    actor: Span
    """Who is bound: "Some Democrats"; "Russia" where it forced another."""
    helper: str
    """The helper verb that asks the question: "did", "have", "is", "was"."""
    rest: str
    """The rest of the question after the actor: "vowed to do", "force Yukos to do",
    "accuse Mr Brown of"."""
    goal: Span
    """What is meant: "to vote against any budget bill"; the charge: "ducking tough
    choices"."""

    @property
    def charge(self) -> bool:
        """Whether the goal is what the actor holds against another, not what is meant."""
        return self.rest.endswith(" of")

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentence": self.sentence.to_dict(),
            "actor": self.actor.to_dict(),
            "goal": self.goal.to_dict(),
            "asked": f"What {self.helper} {self.actor.text} {self.rest}?",
        }


@dataclass(frozen=True, slots=True)
class Cause:
    """A reason the article gives for what it reports: "The agency shut down its accounts
    because of a security breach"."""

    sentence: Span
    subject: Span
    """Who or what the reason is about: "The agency"."""
    helper: str
    """The helper verb that asks why: "did", "is", "has"."""
    rest: str
    """The rest of the question after the subject: "shut down its accounts"."""
    link: str
    """The words that give the reason: "because", "because of", "due to"; or, for what the
    doing was for, "to", "in order to", "so as to"."""
    reason: Span
    """The reason: "a security breach"; an aim without its link: "offset the cost of fuel"."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentence": self.sentence.to_dict(),
            "subject": self.subject.to_dict(),
            "reason": self.reason.to_dict(),
            "asked": f"Why {self.helper} {self.subject.text} {self.rest}?",
        }


@dataclass(frozen=True, slots=True)
class Analysis:
    """What a reader should take from an article, with offsets into the analysed text."""

    sentences: tuple[Span, ...]
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    dates: tuple[DateMention, ...] = ()
    entities: tuple[Entity, ...] = ()
    references: tuple[Reference, ...] = ()
    restatements: tuple[Restatement, ...] = ()
    in_passing: tuple[Restatement, ...] = ()
    """News a sentence tells only in the subject of someone's words ("A bill that passed the
    House ... “strikes a blow ...,” he said"), told as a sentence of its own."""
    scenes: tuple[Span, ...] = ()
    """Sentences that paint a scene in the simple present, as a feature opens: no news."""
    states: tuple[Span, ...] = ()
    """Sentences that state how things stand, with "is" or "are": background, when the story
    turns from them to its news."""
    back_references: tuple[BackReference, ...] = ()
    """Phrases that point back to what an earlier sentence named ("the e-mail", "the Act"):
    a statement keeping one does not stand alone."""
    aims: tuple[Aim, ...] = ()
    """What people have bound themselves to do, or were made to."""
    causes: tuple[Cause, ...] = ()
    """The reasons the article gives for what it reports."""
    introductions: tuple[Introduction, ...] = ()
    """People and works the story describes before it names them."""

    def people(self) -> tuple[Entity, ...]:
        return tuple(e for e in self.entities if e.kind is EntityKind.PERSON)

    def statements(self) -> tuple[Span, ...]:
        """The article's own statements: sentences that hold no quote and no claim."""
        held = [q.sentence for q in self.quotes] + [c.sentence for c in self.claims]
        return tuple(
            s for s in self.sentences if not any(h.start < s.end and s.start < h.end for h in held)
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data; the evaluation scorers read `quotes` and `dates`."""
        return {
            "quotes": [q.to_dict() for q in self.quotes],
            "claims": [c.to_dict() for c in self.claims],
            "dates": [d.to_dict() for d in self.dates],
            "entities": [e.to_dict() for e in self.entities],
            "references": [r.to_dict() for r in self.references],
            "restatements": [r.to_dict() for r in self.restatements],
            "in_passing": [r.to_dict() for r in self.in_passing],
            "back_references": [r.to_dict() for r in self.back_references],
            "aims": [a.to_dict() for a in self.aims],
            "causes": [c.to_dict() for c in self.causes],
            "introductions": [i.to_dict() for i in self.introductions],
        }


# ---------------------------------------------------------------------------
# Questions and banks
# ---------------------------------------------------------------------------


class QuestionType(str, Enum):
    """The six kinds of question. A new kind is added in one row of `TYPE_FACTS` here, then
    in every table and `match` over the kinds: mypy names each `match` that misses it, and
    tests/test_question_types.py each table, with the file to edit."""

    MULTIPLE_CHOICE = "multiple_choice"
    TRUE_FALSE = "true_false"
    FILL_BLANK = "fill_blank"
    SHORT_ANSWER = "short_answer"
    MATCHING = "matching"
    ORDERING = "ordering"

    @property
    def label(self) -> str:
        return TYPE_FACTS[self].label

    @property
    def code(self) -> str:
        """Two letters for ids and tables: mc, tf, fb, sa, ma, or."""
        return TYPE_FACTS[self].code

    @property
    def short(self) -> str:
        """The short name the command line takes: mc, tf, fill, short, match, order."""
        return TYPE_FACTS[self].short


@dataclass(frozen=True, slots=True)
class TypeFacts:
    code: str
    """Two letters, in question ids: "mc" (the command line takes them too)."""
    label: str
    """As a heading prints it: "Multiple choice"."""
    short: str
    """As the command line's --type takes it: "mc", "fill"."""


TYPE_FACTS: dict[QuestionType, TypeFacts] = {
    QuestionType.MULTIPLE_CHOICE: TypeFacts("mc", "Multiple choice", "mc"),
    QuestionType.TRUE_FALSE: TypeFacts("tf", "True or false", "tf"),
    QuestionType.FILL_BLANK: TypeFacts("fb", "Fill in the blank", "fill"),
    QuestionType.SHORT_ANSWER: TypeFacts("sa", "Short answer", "short"),
    QuestionType.MATCHING: TypeFacts("ma", "Matching", "match"),
    QuestionType.ORDERING: TypeFacts("or", "Ordering", "order"),
}


if TYPE_FACTS.keys() != set(QuestionType):  # pragma: no cover - a new type half added
    raise RuntimeError(
        "studyguide/model.py: TYPE_FACTS has no row for "
        + ", ".join(kind.value for kind in QuestionType if kind not in TYPE_FACTS)
    )


def changed_to(altered: str) -> str:
    """The words a false statement's change put in: "2021" of "date: 2023 → 2021"."""
    return altered.rsplit("→", 1)[-1].strip()


def unhandled(value: NoReturn) -> NoReturn:
    """The end of a `match` over every member of an enum: mypy names a member the cases
    miss, and a value that gets here anyway is a bug, said so."""
    raise AssertionError(f"no case for {value!r}")


class Difficulty(str, Enum):
    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"


BLANK = "_____"
"""How a fill-in-the-blank prompt marks the gap."""

TRUE = "True"
FALSE = "False"


@dataclass(frozen=True, slots=True)
class Evidence:
    """The article text a question's answer rests on."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Pair:
    left: str
    right: str


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    type: QuestionType
    article: str
    """The id of the article the question is about."""
    prompt: str
    answer: str = ""
    """The correct choice (multiple choice), True/False, or the expected words."""
    choices: tuple[str, ...] = ()
    accepted: tuple[str, ...] = ()
    """Other answers to accept for typed answers (aliases, surname alone...)."""
    pairs: tuple[Pair, ...] = ()
    """Matching: each left item with its right item."""
    order: tuple[str, ...] = ()
    """Ordering: the items in their correct order."""
    explanation: str = ""
    evidence: tuple[Evidence, ...] = ()
    difficulty: Difficulty = Difficulty.MEDIUM
    tags: tuple[str, ...] = ()
    points: int = 1
    altered: str | None = None
    """For a false true/false statement: what was changed from the article."""

    @property
    def alteration(self) -> str | None:
        """What was changed from the article, while the prompt still says it: `altered`
        ("date: 2023 → 2021") unless a teacher has reworded the prompt without the new
        words ("2021"), when it no longer tells what is false."""
        if not self.altered:
            return None
        new = changed_to(self.altered)
        return self.altered if not new or new.casefold() in self.prompt.casefold() else None


@dataclass(frozen=True, slots=True)
class BankArticle:
    """An article as a bank keeps it: its text and the facts found in it."""

    id: str
    title: str
    text: str
    source: str | None = None
    place: str | None = None
    published: str | None = None
    language: str | None = None
    """The language the analysis read it in ("en"), when studyguide analysed it."""
    people: tuple[Entity, ...] = ()
    organizations: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    dates: tuple[DateMention, ...] = ()
    generated: tuple[GeneratedRecord, ...] = ()
    """The questions studyguide wrote about the article, so that generating again can tell
    them from the teacher's edits, additions and deletions."""

    @classmethod
    def from_analysis(
        cls, article: Article, analysis: Analysis, language: str | None = None
    ) -> BankArticle:
        """The article with the facts its analysis found, as a bank keeps them."""
        return cls(
            id=article.id,
            title=article.title,
            text=article.text,
            source=article.source,
            place=article.place,
            published=article.published,
            language=language,
            people=analysis.people(),
            organizations=tuple(e for e in analysis.entities if e.kind is EntityKind.ORGANIZATION),
            quotes=analysis.quotes,
            claims=analysis.claims,
            dates=analysis.dates,
        )


@dataclass(frozen=True, slots=True)
class GeneratedRecord:
    """A question studyguide wrote into a bank, as it wrote it."""

    id: str
    fingerprint: str
    """A short hash of the question's lines as written; other lines mean the teacher edited it."""


SCHEMA_VERSION = 1


@dataclass(frozen=True, slots=True)
class Bank:
    title: str
    articles: tuple[BankArticle, ...] = ()
    questions: tuple[Question, ...] = ()
    schema: int = SCHEMA_VERSION

    def article(self, article_id: str) -> BankArticle | None:
        return next((a for a in self.articles if a.id == article_id), None)
