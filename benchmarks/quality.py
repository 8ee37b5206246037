"""How good a bank's questions are: grounded, fair, varied, balanced.

`check_quality` looks at one bank and returns a `QualityReport`; `combine_reports` adds
reports up. The checks follow the quality contracts of the design:

- **grounded**: each evidence text is the article text at its offsets, and the answer
  (every item, for matching and ordering) is found in the evidence or supported by it;
- **give-away**: the prompt holds its own answer, an accepted answer or another name of
  the answer, as whole words;
- **distractors**: two choices that are the same name, or a wrong choice that is the answer
  under another name ("US" for "the United States", an alias listed in the article's facts);
- **near-duplicate prompts**: two questions about one article worded almost alike;
- **balance**: where the correct choice stands (A, B, C, D), the share of true statements,
  and how many questions of each type.

The first three are hard failures: a bank with one of them should not reach a class.

Names are compared folded: case and punctuation ignored, a leading "the" dropped. Words are
compared folded the same way, so "U.S." matches "US" and "group’s" matches "group's".
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TypeVar

from rapidfuzz import fuzz

from studyguide.model import (
    BLANK,
    FALSE,
    TRUE,
    Bank,
    BankArticle,
    Entity,
    Evidence,
    Question,
    QuestionType,
    Span,
)

NEAR_DUPLICATE_RATIO = 80.0
"""rapidfuzz `ratio` (0-100) of two folded prompts at or above which two questions on the
same evidence, or with the same answer, count as near duplicates (the same prompt twice
counts always). Questions on different facts are left out because a template's short
prompts differ in a word or two ("Who is the finance minister, according to the article?",
"Who is the economist, ...": 85) and still ask different things. Measured on 41 generated
banks (the sample article and 40 BBC stories, six types): of 155 pairs on one sentence or
answer, the 10 at 80 or more each ask one fact twice (a sentence blanked and the same
sentence asked as "Who said"), the next ones, at 65-78, ask two facts of one sentence
(which `ANSWER_SHOWN` reports when one gives the other away)."""

STOPWORDS = frozenset(
    """a an the and or but of to in on at by for from with as that this these those it its
    is are was were be been has have had will would can could should may might do does did
    so if than then there their they he she his her him we our us you your i my me
    said says say told also""".split()
)
"""Function words, and the verbs of saying, left out when checking that every word of an
answer or statement stands in its evidence: generated wording adds them ("X said that ...").
"not" and "no" are not among them: a negation changes what a statement says."""

NEGATIONS = ("not", "no", "never", "t")
"""Words that turn a statement around ("t" is what folding leaves of "isn't")."""

_Number = TypeVar("_Number", int, float)

_QUOTE_MARKS = "\"'“”‘’"

_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")

_PUNCTUATION = re.compile(r"[^\w\s$£€¥%]+")
"""Punctuation, which folding turns into spaces; currency signs and "%" are kept, so that
"$40m" is not "£40m"."""

_SYMBOL = re.compile(r"[$£€¥%]")
"""Kept by folding as words of their own: "$40m" is "$ 40m", not "£ 40m"; "4.3%" is "43 %"."""
_LEADING_THE = re.compile(r"^the\s+")


class FindingKind(str, Enum):
    UNGROUNDED = "ungrounded"
    GIVE_AWAY = "give-away"
    ALIAS_DISTRACTOR = "alias distractor"
    """A wrong choice that is the answer under another name."""
    DUPLICATE_DISTRACTOR = "duplicate distractor"
    """Two choices that are the same name."""
    NEAR_DUPLICATE = "near-duplicate prompt"
    ANSWER_SHOWN = "answer shown elsewhere"
    """Another question on the same evidence shows this question's answer in its prompt."""

    @property
    def hard(self) -> bool:
        """Whether one finding of this kind fails the bank."""
        return self not in (FindingKind.NEAR_DUPLICATE, FindingKind.ANSWER_SHOWN)


@dataclass(frozen=True, slots=True)
class Finding:
    kind: FindingKind
    question: str
    """The id of the question at fault (the later one, for a near duplicate)."""
    detail: str
    bank: str = ""
    """The name of the bank the question is in (its file, for a report over many banks)."""


@dataclass(frozen=True, slots=True)
class QualityReport:
    name: str
    banks: int
    articles: int
    questions: int
    by_type: tuple[tuple[QuestionType, int], ...]
    """Questions of each type, in the order of `QuestionType`; types with none left out."""
    findings: tuple[Finding, ...]
    positions: tuple[int, ...]
    """Multiple choice: how many correct answers stand first (A), second (B), ..."""
    expected_positions: tuple[float, ...]
    """What `positions` would be on average if the correct choice's place were random."""
    true_statements: int
    false_statements: int
    longest_answers: int = 0
    """Multiple choice whose correct choice is longer than every other: a tell, when it is
    much more common than one question in as many as there are choices."""
    expected_longest: float = 0.0
    """What `longest_answers` would be on average if length said nothing: one in as many as
    there are choices, for each question with one choice longer than the others."""

    def count(self, kind: FindingKind) -> int:
        return sum(f.kind is kind for f in self.findings)

    @property
    def hard_failures(self) -> int:
        return sum(f.kind.hard for f in self.findings)

    @property
    def multiple_choice(self) -> int:
        return sum(self.positions)

    @property
    def position_chi_square(self) -> float | None:
        """Pearson's chi-square of `positions` against `expected_positions`; None without
        multiple choice."""
        cells = [
            (o, e) for o, e in zip(self.positions, self.expected_positions, strict=True) if e > 0
        ]
        if len(cells) < 2:
            return None
        return sum((o - e) ** 2 / e for o, e in cells)

    @property
    def position_p_value(self) -> float | None:
        """How likely a chi-square this large is if the correct choice's place is random;
        below 0.05 the positions are skewed."""
        statistic = self.position_chi_square
        if statistic is None:
            return None
        freedom = sum(e > 0 for e in self.expected_positions) - 1
        return chi_square_survival(statistic, freedom)

    @property
    def position_ratio(self) -> float | None:
        """The most used place's count over the least used one's; None when a place is
        never used (or there is no multiple choice)."""
        used = [o for o, e in zip(self.positions, self.expected_positions, strict=True) if e > 0]
        if not used or min(used) == 0:
            return None
        return max(used) / min(used)

    @property
    def true_share(self) -> float | None:
        """The share of true/false statements that are true; None without any."""
        total = self.true_statements + self.false_statements
        return self.true_statements / total if total else None

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "banks": self.banks,
            "articles": self.articles,
            "questions": self.questions,
            "by_type": {t.value: n for t, n in self.by_type},
            "hard_failures": self.hard_failures,
            "counts": {kind.value: self.count(kind) for kind in FindingKind},
            "positions": dict(zip(_letters(len(self.positions)), self.positions, strict=True)),
            "position_chi_square": _rounded(self.position_chi_square),
            "position_p_value": _rounded(self.position_p_value),
            "position_ratio": _rounded(self.position_ratio),
            "multiple_choice": self.multiple_choice,
            "longest_answers": self.longest_answers,
            "expected_longest": _rounded(self.expected_longest),
            "true_statements": self.true_statements,
            "false_statements": self.false_statements,
            "true_share": _rounded(self.true_share),
            "findings": [
                {"kind": f.kind.value, "bank": f.bank, "question": f.question, "detail": f.detail}
                for f in self.findings
            ],
        }


def check_quality(bank: Bank, name: str = "") -> QualityReport:
    """Every quality finding and balance figure of `bank`; `name` labels the report."""
    findings: list[Finding] = []
    for question in bank.questions:
        article = bank.article(question.article)
        problems = [
            *_grounding(question, article),
            *_give_aways(question, article),
            *_distractors(question, article),
        ]
        findings.extend(Finding(kind, question.id, detail, name) for kind, detail in problems)
    findings.extend(_near_duplicates(bank.questions, name))
    findings.extend(_answers_shown(bank.questions, {a.id: a for a in bank.articles}, name))
    positions, expected = _positions(bank.questions)
    statements = [q for q in bank.questions if q.type is QuestionType.TRUE_FALSE]
    return QualityReport(
        name=name,
        banks=1,
        articles=len(bank.articles),
        questions=len(bank.questions),
        by_type=_by_type(bank.questions),
        findings=tuple(findings),
        positions=positions,
        expected_positions=expected,
        true_statements=sum(_fold(q.answer) == _fold(TRUE) for q in statements),
        false_statements=sum(_fold(q.answer) == _fold(FALSE) for q in statements),
        longest_answers=sum(_longest(q) for q in bank.questions),
        expected_longest=sum(1 / len(q.choices) for q in bank.questions if _one_longest(q)),
    )


def combine_reports(reports: Sequence[QualityReport], name: str = "total") -> QualityReport:
    """One report for many banks: counts added up, findings kept with their bank's name."""
    width = max((len(r.positions) for r in reports), default=0)
    types: Counter[QuestionType] = Counter()
    for report in reports:
        types.update(dict(report.by_type))
    return QualityReport(
        name=name,
        banks=sum(r.banks for r in reports),
        articles=sum(r.articles for r in reports),
        questions=sum(r.questions for r in reports),
        by_type=tuple((t, types[t]) for t in QuestionType if types[t]),
        findings=tuple(f for r in reports for f in r.findings),
        positions=tuple(sum(_at(r.positions, i) for r in reports) for i in range(width)),
        expected_positions=tuple(
            sum(_at(r.expected_positions, i) for r in reports) for i in range(width)
        ),
        true_statements=sum(r.true_statements for r in reports),
        false_statements=sum(r.false_statements for r in reports),
        longest_answers=sum(r.longest_answers for r in reports),
        expected_longest=sum(r.expected_longest for r in reports),
    )


def chi_square_survival(statistic: float, freedom: int) -> float:
    """P(X >= statistic) for X chi-square distributed with `freedom` degrees of freedom."""
    if freedom < 1:
        raise ValueError("a chi-square test needs at least one degree of freedom")
    half = statistic / 2
    if freedom % 2 == 0:
        term, total = 1.0, 1.0
        for i in range(1, freedom // 2):
            term *= half / i
            total += term
        return min(1.0, math.exp(-half) * total)
    # Odd degrees: Q(x; k+2) = Q(x; k) + (x/2)^(k/2) e^(-x/2) / Gamma(k/2 + 1).
    total = math.erfc(math.sqrt(half))
    for k in range(1, freedom, 2):
        total += math.exp(k / 2 * math.log(half) - half - math.lgamma(k / 2 + 1)) if half else 0
    return min(1.0, total)


# ---------------------------------------------------------------------------
# Grounding
# ---------------------------------------------------------------------------


def _grounding(question: Question, article: BankArticle | None) -> list[tuple[FindingKind, str]]:
    def ungrounded(detail: str) -> list[tuple[FindingKind, str]]:
        return [(FindingKind.UNGROUNDED, detail)]

    if article is None:
        return ungrounded(f'article "{question.article}" is not in the bank')
    if not question.evidence:
        return ungrounded("no evidence")
    for number, evidence in enumerate(question.evidence, start=1):
        if article.text[evidence.start : evidence.end] != evidence.text:
            return ungrounded(
                f"evidence {number} is not the article text at {evidence.start}-{evidence.end}"
            )
    support = _Support(article, question.evidence)
    if question.type is QuestionType.TRUE_FALSE:
        return [(FindingKind.UNGROUNDED, d) for d in _statement_problems(question, support)]
    if question.type is QuestionType.MATCHING:
        items = [item for pair in question.pairs for item in (pair.left, pair.right)]
    elif question.type is QuestionType.ORDERING:
        items = list(question.order)
    else:
        answers = [question.answer, *question.accepted]
        if _fills_blank(question, support) or any(support.backs(a) for a in answers if a.strip()):
            return []
        return ungrounded(f'answer "{question.answer}" is not in the evidence')
    missing = [item for item in items if not support.backs(item)]
    if missing:
        return ungrounded(f'item "{missing[0]}" is not in the evidence')
    return []


_BLANK_CONTEXT = 15
"""Characters of the prompt on each side of a blank that must stand, with the answer in the
blank, in the evidence."""


def _fills_blank(question: Question, support: _Support) -> bool:
    """Whether the answer put in the prompt's blank gives the evidence's own words: this
    grounds an answer that is part of a word ("4x_____ relay": 100m)."""
    before, blank, after = question.prompt.partition(BLANK)
    if not blank or not question.answer.strip():
        return False
    # The blank may stand in a quoted sentence after the question's own words.
    before = re.split(r"[“”\"]", before)[-1][-_BLANK_CONTEXT:]
    after = re.split(r"[“”\"]", after)[0][:_BLANK_CONTEXT]
    filled = " ".join(f"{before}{question.answer}{after}".split())
    return filled in support.raw


def _statement_problems(question: Question, support: _Support) -> list[str]:
    """A true statement must stand in its evidence; a false one must, once its altered
    part is put back as the article has it."""
    answer = _fold(question.answer)
    if answer == _fold(TRUE):
        statements = [question.prompt]
    elif answer == _fold(FALSE):
        statements = _restore(question)
        if not statements:
            return ['false statement without an "altered" note naming what was changed']
    else:
        return [f'answer "{question.answer}" is neither True nor False']
    if not any(support.backs(s) for s in statements):
        return ["statement is not in the evidence"]
    if answer == _fold(FALSE) and support.backs(question.prompt, negations_equal=True):
        # The change made nothing false: the words put in stand in the evidence too.
        return ["false statement is backed by the evidence as it stands"]
    return []


def _restore(question: Question) -> list[str]:
    """The false statement with its change undone, from `altered` ("what: was → now"): one
    statement for each place the changed-in words stand."""
    if not question.altered:
        return []
    _, _, change = question.altered.partition(":")
    was, arrow, now = change.partition("→")
    # The changed words may stand in quote marks: negation: “was” → “was not”.
    was, now = was.strip().strip(_QUOTE_MARKS), now.strip().strip(_QUOTE_MARKS)
    if not arrow or not now:
        return []
    prompt = question.prompt
    # A name moved to the start of the sentence gains a capital: "The United States".
    places = [m.start() for m in re.finditer(re.escape(now), prompt, re.IGNORECASE)]
    return [prompt[:at] + was + prompt[at + len(now) :] for at in places]


class _Support:
    """The words of a question's evidence, and the names it stands for."""

    def __init__(self, article: BankArticle, evidence: Sequence[Evidence]) -> None:
        self.raw = " ".join(" ".join(e.text.split()) for e in evidence)
        self.text = " ".join(_fold(e.text) for e in evidence)
        words = set(self.text.split())
        for entity in _entities(article):
            if any(_has_words(self.text, form) for form in _forms(entity)):
                words.update(_fold(entity.name).split())
        # A quote or claim inside the evidence backs its speaker even where the evidence
        # says only "he said".
        spoken = [(q.speaker, q.sentence) for q in article.quotes]
        spoken += [(c.speaker, c.sentence) for c in article.claims]
        for speaker, sentence in spoken:
            if speaker and any(_overlap(sentence, e) for e in evidence):
                # Under any of its names: "MDA" speaks as "the Mobile Data Association".
                named = _entity_named(article, speaker)
                for form in _forms(named) if named is not None else (speaker,):
                    words.update(_fold(form).split())
        self.words = {_stem(w) for w in words}
        self.acronyms = {
            a for e in evidence for a in _ACRONYM.findall(_fold(e.text, keep_case=True))
        }

    def backs(self, value: str, negations_equal: bool = False) -> bool:
        """Whether `value` stands in the evidence as words, or each of its words other
        than function words does (a name through any form the article uses), or the
        evidence gives the name as an acronym ("the EC" for the European Commission).

        Words are compared without their endings ("added" and "adding"). A negation must
        stand in the evidence at least as often as in `value`, or exactly as often with
        `negations_equal` (a statement that drops the evidence's "not" is not backed)."""
        if _has_words(self.text, value) or _initials(value) in self.acronyms:
            return True
        words = _fold(value).split()
        # Nor the "s" of a possessive: "Mr Pearson's job" beside "Mr Pearson ... His job".
        content = [w for w in words if w not in STOPWORDS and w != "s"]
        if not content or not all(_stem(w) in self.words for w in content):
            return False
        # A negation must stand in the evidence as often: "has not reached" is not backed by
        # "has reached ... choose not to", though each word is there.
        said = self.text.split()
        if negations_equal:
            return all(words.count(n) == said.count(n) for n in NEGATIONS)
        return all(words.count(n) <= said.count(n) for n in NEGATIONS)


def _overlap(span: Span | Evidence, evidence: Evidence) -> bool:
    return span.start < evidence.end and evidence.start < span.end


# ---------------------------------------------------------------------------
# Give-aways and distractors
# ---------------------------------------------------------------------------

_ANSWERED_IN_PROMPT = frozenset(
    {QuestionType.MULTIPLE_CHOICE, QuestionType.FILL_BLANK, QuestionType.SHORT_ANSWER}
)


def _give_aways(question: Question, article: BankArticle | None) -> list[tuple[FindingKind, str]]:
    if question.type not in _ANSWERED_IN_PROMPT or not question.answer.strip():
        return []
    prompt = question.prompt.replace(BLANK, " ")
    for form in _answer_forms(question, article):
        if _stands_in(prompt, form):
            return [(FindingKind.GIVE_AWAY, f'prompt contains "{form}"')]
    return []


def _answer_forms(question: Question, article: BankArticle | None) -> tuple[str, ...]:
    """The answer, the accepted answers, and every name of the answer's entity."""
    forms = [question.answer, *question.accepted]
    entity = _entity_named(article, question.answer)
    if entity is not None:
        forms.extend(_forms(entity))
    return tuple(dict.fromkeys(f for f in forms if f.strip()))


def _stands_in(text: str, form: str) -> bool:
    """Whether `form` stands in `text` as whole words, ignoring case, except that a short
    all-capitals form (an acronym: "US", "UN") must match in capitals, so that "us" in a
    sentence is not taken for the United States."""
    if form.isupper() and len(_fold(form).replace(" ", "")) <= 3:
        return f" {_fold(form, keep_case=True)} " in f" {_fold(text, keep_case=True)} "
    return _has_words(_fold(text), form)


def _distractors(question: Question, article: BankArticle | None) -> list[tuple[FindingKind, str]]:
    if question.type is not QuestionType.MULTIPLE_CHOICE:
        return []
    answer_keys = {_name_key(question.answer)}
    entity = _entity_named(article, question.answer) if article is not None else None
    if entity is not None:
        answer_keys |= {_name_key(form) for form in _forms(entity)}
    found: list[tuple[FindingKind, str]] = []
    seen: dict[str, str] = {}
    answer_seen = False
    for choice in question.choices:
        key = _name_key(choice)
        if choice == question.answer and not answer_seen:
            answer_seen = True
            seen[key] = choice
            continue
        if key in answer_keys:
            found.append(
                (FindingKind.ALIAS_DISTRACTOR, f'"{choice}" is the answer "{question.answer}"')
            )
        elif key in seen:
            found.append((FindingKind.DUPLICATE_DISTRACTOR, f'"{choice}" repeats "{seen[key]}"'))
        seen.setdefault(key, choice)
    return found


# ---------------------------------------------------------------------------
# Near duplicates and balance
# ---------------------------------------------------------------------------


_WORDED_FROM_ARTICLE = frozenset({*_ANSWERED_IN_PROMPT, QuestionType.TRUE_FALSE})
"""Types whose prompt carries the article's words; matching and ordering prompts are one
fixed instruction ("Put these events in order"), alike by design."""


def _near_duplicates(questions: Sequence[Question], bank: str) -> list[Finding]:
    worded = [q for q in questions if q.type in _WORDED_FROM_ARTICLE]
    prompts = [_fold(q.prompt.replace(BLANK, " blank ")) for q in worded]
    found = []
    for index, later in enumerate(worded):
        for earlier, prompt in zip(worded[:index], prompts[:index], strict=True):
            if earlier.article != later.article:
                continue
            ratio = fuzz.ratio(prompt, prompts[index])
            if ratio == 100 or (ratio >= NEAR_DUPLICATE_RATIO and _related(earlier, later)):
                found.append(
                    Finding(
                        FindingKind.NEAR_DUPLICATE,
                        later.id,
                        f'prompt is {ratio:.0f}% like that of "{earlier.id}"',
                        bank,
                    )
                )
                break
    return found


def _related(one: Question, other: Question) -> bool:
    """Whether two questions rest on the same evidence or have the same answer."""
    if any(_overlap(a, b) for a in one.evidence for b in other.evidence):
        return True
    answered = one.type in _ANSWERED_IN_PROMPT and other.type in _ANSWERED_IN_PROMPT
    return (
        answered and bool(one.answer.strip()) and _name_key(one.answer) == _name_key(other.answer)
    )


def _answers_shown(
    questions: Sequence[Question], articles: dict[str, BankArticle], bank: str
) -> list[Finding]:
    """Questions whose answer another question on the same evidence shows in its prompt:
    asked together, one answers the other."""
    found = []
    for question in questions:
        if question.type not in _ANSWERED_IN_PROMPT or not question.answer.strip():
            continue
        forms = _answer_forms(question, articles.get(question.article))
        for other in questions:
            if other is question or other.article != question.article:
                continue
            if not any(_overlap(a, b) for a in question.evidence for b in other.evidence):
                continue
            shown = next(
                (f for f in forms if _stands_in(other.prompt.replace(BLANK, " "), f)), None
            )
            if shown is not None:
                found.append(
                    Finding(
                        FindingKind.ANSWER_SHOWN,
                        question.id,
                        f'the prompt of "{other.id}" shows the answer "{shown}"',
                        bank,
                    )
                )
                break
    return found


def _placed(question: Question) -> bool:
    """Whether the question is multiple choice with its answer among its choices."""
    return question.type is QuestionType.MULTIPLE_CHOICE and question.answer in question.choices


def _longest(question: Question) -> bool:
    """Whether the correct choice is longer than every other."""
    if not _placed(question):
        return False
    others = [c for c in question.choices if c != question.answer]
    return all(len(question.answer) > len(c) for c in others)


def _one_longest(question: Question) -> bool:
    """Whether one choice is longer than every other."""
    if not _placed(question):
        return False
    lengths = sorted((len(c) for c in question.choices), reverse=True)
    return len(lengths) == 1 or lengths[0] > lengths[1]


def _positions(questions: Iterable[Question]) -> tuple[tuple[int, ...], tuple[float, ...]]:
    placed = [(q.choices.index(q.answer), len(q.choices)) for q in questions if _placed(q)]
    width = max((n for _, n in placed), default=0)
    observed = [0] * width
    expected = [0.0] * width
    for index, size in placed:
        observed[index] += 1
        for place in range(size):
            expected[place] += 1 / size
    return tuple(observed), tuple(expected)


def _by_type(questions: Iterable[Question]) -> tuple[tuple[QuestionType, int], ...]:
    counts = Counter(q.type for q in questions)
    return tuple((t, counts[t]) for t in QuestionType if counts[t])


# ---------------------------------------------------------------------------
# Folding text and names
# ---------------------------------------------------------------------------


def _fold(text: str, keep_case: bool = False) -> str:
    """Lower case, punctuation to spaces, single spaces: for comparing words."""
    text = unicodedata.normalize("NFKC", text)
    if not keep_case:
        text = text.casefold()
    # Dots inside abbreviations join letters ("u.s." is "us"), other punctuation splits words.
    text = re.sub(r"(?<=\w)\.(?=\w)", "", text)
    return " ".join(_SYMBOL.sub(r" \g<0> ", _PUNCTUATION.sub(" ", text)).split())


def _name_key(name: str) -> str:
    """A name folded for telling names apart: "The U.S." and "US" give the same key."""
    return _LEADING_THE.sub("", _fold(name))


def _has_words(folded_text: str, value: str) -> bool:
    words = _fold(value)
    return bool(words) and f" {words} " in f" {folded_text} "


def _stem(word: str) -> str:
    """A word without a common ending, so that "added", "adding" and "adds" are one word."""
    for ending, shortest in (("ing", 6), ("ed", 5), ("s", 4)):
        if word.endswith(ending) and len(word) >= shortest and not word.endswith("ss"):
            return word[: -len(ending)]
    return word


def _initials(name: str) -> str:
    """The acronym a name would have: the first letters of its capitalised words."""
    letters = "".join(w[0] for w in _fold(name, keep_case=True).split() if w[0].isupper())
    return letters if len(letters) >= 2 else ""


def _entities(article: BankArticle) -> tuple[Entity, ...]:
    return (*article.people, *article.organizations)


def _forms(entity: Entity) -> tuple[str, ...]:
    return (entity.name, *entity.aliases)


def _entity_named(article: BankArticle | None, name: str) -> Entity | None:
    if article is None:
        return None
    key = _name_key(name)
    return next(
        (e for e in _entities(article) if key in {_name_key(f) for f in _forms(e)}),
        None,
    )


def _letters(count: int) -> list[str]:
    return [chr(ord("A") + i) for i in range(count)]


def _at(values: Sequence[_Number], index: int) -> _Number | int:
    return values[index] if index < len(values) else 0


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
