"""From many candidates to the questions a teacher keeps: filter, rank, mix.

Filters drop what a teacher would strike out: a question on the headline, a subhead, the
dateline or the news agency (trivia); a prompt that holds its own answer (a give-away); a
prompt the grammar checks catch; a choice list that repeats the answer under another name.
Ranking puts comprehension first (who or what, according to the speaker; since when; the
speaker's own phrase) and recall after (a name or a year to fill in). The mix takes the
best remaining candidate of the type furthest below its share of `DEFAULT_MIX`, never two
questions on one fact, no near-duplicate prompts, and no sentence or answer asked about
over and over.
"""

from __future__ import annotations

import math
import random
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from studyguide.generation.context import Context, comparable
from studyguide.generation.registry import Candidate
from studyguide.generation.text import balanced, gives_away, grammar_problems
from studyguide.model import BLANK, FALSE, TRUE, Question, QuestionType

DEFAULT_MIX = {
    QuestionType.MULTIPLE_CHOICE: 3.0,
    QuestionType.TRUE_FALSE: 2.0,
    QuestionType.SHORT_ANSWER: 2.0,
    QuestionType.FILL_BLANK: 1.5,
    QuestionType.MATCHING: 0.6,
    QuestionType.ORDERING: 0.6,
}
"""The share of each type in a bank when the article offers enough of every type."""

NEAR_DUPLICATE = 0.6
"""Prompts sharing this part of their content words ask the same thing twice."""

SAME_FACT = 0.5
"""Prompts with one answer sharing this part of their content words ask one fact."""

NEAR_DUPLICATE_RATIO = 80
"""Prompts on one sentence, or with one answer, this alike in their letters read as one."""

_STOP = frozenset(
    """a an the of to in on at for by with and or but that this these those is are was were
    be been has have had it its which who what when since from as said says according
    completes sentence article year figure""".split()
)


@dataclass(frozen=True, slots=True)
class Selection:
    questions: tuple[Question, ...]
    candidates: int
    """How many candidates the generators proposed."""
    dropped: tuple[tuple[str, int], ...]
    """Why candidates were left out, and how many for each reason."""


def select(ctx: Context, candidates: list[Candidate], count: int, rng: random.Random) -> Selection:
    dropped: Counter[str] = Counter()
    pools: dict[QuestionType, list[Candidate]] = {}
    order = list(candidates)
    rng.shuffle(order)
    order.sort(key=lambda c: -c.score)
    best: dict[str, float] = {}
    for candidate in order:
        reason = rejection(ctx, candidate.question)
        if reason is not None:
            dropped[reason] += 1
            continue
        # Of the ways to ask one fact, only the best-ranked are kept (a typed question on a
        # quoted phrase rather than the same phrase as a gap to fill).
        if candidate.score < best.setdefault(candidate.fact, candidate.score):
            continue
        pools.setdefault(candidate.question.type, []).append(candidate)
    chosen = _mix(pools, count)
    positioned = _balance_positions(chosen, rng)
    ordered = sorted(positioned, key=lambda q: (_TYPE_ORDER[q.type], _first_offset(q)))
    return Selection(tuple(ordered), len(candidates), tuple(sorted(dropped.items())))


def rejection(ctx: Context, question: Question) -> str | None:
    """Why a teacher would strike the question out, or None when it may be kept."""
    if question.evidence and all(ctx.in_heading_offsets(e.start, e.end) for e in question.evidence):
        return "about the headline or dateline"
    answers = [question.answer, *question.accepted] if question.answer else []
    source = ctx.article.source
    if source and any(ctx.alike(a, source) for a in answers[:1]):
        return "about the news agency"
    if question.type in _TYPED_OR_CHOSEN:
        forms = [f for a in answers[:1] for f in ctx.forms(a)] + answers
        if gives_away(question.prompt, forms):
            return "prompt gives the answer away"
        # A title made from the file name is not the article's; a headline printed above
        # the article is, and answers what it names.
        if ctx.article.title_span is not None and gives_away(ctx.article.title, forms):
            return "answer is in the headline"
    if grammar_problems(question.prompt):
        return "prompt fails the grammar checks"
    if _needs_context(question):
        return "needs the sentence before it"
    items = [*question.choices, *question.order] + [
        side for pair in question.pairs for side in (pair.left, pair.right)
    ]
    if any(not balanced(item) for item in items):
        return "an option fails the grammar checks"
    if question.type is QuestionType.MULTIPLE_CHOICE:
        distractors = [c for c in question.choices if c != question.answer]
        if len(question.choices) < _MIN_CHOICES or len(distractors) != len(question.choices) - 1:
            return "too few fair distractors"
        if any(ctx.alike(d, question.answer) for d in distractors):
            return "a distractor is the answer by another name"
        if len({comparable(c) for c in question.choices}) < len(question.choices):
            return "two choices are one"
    return None


_TYPED_OR_CHOSEN = (
    QuestionType.MULTIPLE_CHOICE,
    QuestionType.FILL_BLANK,
    QuestionType.SHORT_ANSWER,
)
_TYPE_ORDER = {t: i for i, t in enumerate(QuestionType)}
_MAX_PER_SENTENCE = 2
_MIN_CHOICES = 3
"""Three options when the article names only three people; four whenever it can."""
_SEVERAL_FACTS = (QuestionType.MATCHING, QuestionType.ORDERING)
_MAX_PER_ANSWER = 2


@dataclass
class _Mix:
    """The questions taken so far, and what they use up."""

    chosen: list[Candidate] = field(default_factory=list)
    facts: set[str] = field(default_factory=set)
    sentences: Counter[int] = field(default_factory=Counter)
    answers: Counter[str] = field(default_factory=Counter)
    taken: Counter[QuestionType] = field(default_factory=Counter)
    truths: Counter[str] = field(default_factory=Counter)
    answered: set[tuple[str, int]] = field(default_factory=set)
    """(answer, evidence) of the questions taken: one answer from one sentence is one fact,
    however it is asked ("Conservative leader _____" and "Who is the Conservative leader?")."""

    def fits(self, candidate: Candidate, slack: int) -> bool:
        question = candidate.question
        if candidate.fact in self.facts or self.answered & _answered(question):
            return False
        if question.type is QuestionType.TRUE_FALSE:
            # About half true: neither side more than one statement ahead.
            other = FALSE if question.answer == TRUE else TRUE
            if self.truths[question.answer] - self.truths[other] >= 1 + slack:
                return False
        if any(_clash(question, other.question, strict=slack == 0) for other in self.chosen):
            return False
        return not _overused(question, self.sentences, self.answers, slack)

    def take(self, candidate: Candidate) -> None:
        question = candidate.question
        self.chosen.append(candidate)
        self.facts.add(candidate.fact)
        if question.type not in _SEVERAL_FACTS:
            for evidence in question.evidence:
                self.sentences[evidence.start] += 1
        if question.type is QuestionType.TRUE_FALSE:
            self.truths[question.answer] += 1
        elif question.answer:
            self.answers[comparable(question.answer)] += 1
        self.answered |= _answered(question)
        self.taken[question.type] += 1


def _answered(question: Question) -> set[tuple[str, int]]:
    if question.type is QuestionType.TRUE_FALSE or not question.answer:
        return set()
    return {(comparable(question.answer), evidence.start) for evidence in question.evidence}


def _mix(pools: dict[QuestionType, list[Candidate]], count: int) -> list[Question]:
    """Best first within each type's share, then the types furthest below their share."""
    mix = _Mix()
    weight = sum(DEFAULT_MIX[t] for t in pools if pools[t])
    share = {t: max(1, math.ceil(count * DEFAULT_MIX[t] / weight)) for t in pools if pools[t]}
    ranked = sorted((c for pool in pools.values() for c in pool), key=lambda c: -c.score)
    # Every type the article offers first, the scarcest first, so that none is crowded out.
    for kind in sorted(share, key=lambda t: (len(pools[t]), _TYPE_ORDER[t])):
        pick = next((c for c in pools[kind] if mix.fits(c, 0)), None)
        if pick is not None and len(mix.chosen) < count:
            mix.take(pick)
    for candidate in ranked:
        if any(candidate is taken for taken in mix.chosen):
            continue
        kind = candidate.question.type
        if len(mix.chosen) < count and mix.taken[kind] < share[kind] and mix.fits(candidate, 0):
            mix.take(candidate)
    for slack in (0, 1):
        open_types = [t for t in DEFAULT_MIX if pools.get(t)]
        while len(mix.chosen) < count and open_types:
            kind = min(open_types, key=lambda t: (mix.taken[t] / DEFAULT_MIX[t], _TYPE_ORDER[t]))
            pick = next(
                (
                    c
                    for c in pools[kind]
                    if not any(c is t for t in mix.chosen) and mix.fits(c, slack)
                ),
                None,
            )
            if pick is None:
                open_types.remove(kind)
            else:
                mix.take(pick)
    return [c.question for c in mix.chosen]


def _overused(
    question: Question, sentences: Counter[int], answers: Counter[str], slack: int
) -> bool:
    if question.type in _SEVERAL_FACTS:
        return False
    if any(sentences[e.start] >= _MAX_PER_SENTENCE + slack for e in question.evidence):
        return True
    return (
        question.type is not QuestionType.TRUE_FALSE
        and answers[comparable(question.answer)] >= _MAX_PER_ANSWER + slack
    )


_DEMONSTRATIVES = frozenset("this that these those it such".split())


def _needs_context(question: Question) -> bool:
    """Whether the article's sentence in the prompt opens on a word that points back to
    the sentence before ("This compares with ..."), which the reader does not have."""
    quoted = re.search(r"“([^”]+)”$", question.prompt)
    if question.type is QuestionType.FILL_BLANK or question.type is QuestionType.TRUE_FALSE:
        sentence = question.prompt
    elif quoted is not None and "completes this sentence" in question.prompt:
        sentence = quoted.group(1)
    else:
        return False
    first = re.sub(r"^[“\"]", "", sentence).split(" ", 1)[0].lower()
    return first in _DEMONSTRATIVES


def _clash(first: Question, second: Question, strict: bool = True) -> bool:
    """Whether two questions ask the same thing, or one answers the other: near-duplicates.

    Two questions on one sentence may stand together when they ask different things (the
    place in it, and whether it says "not"); they clash when one prompt shows the other's
    answer, or when their prompts share most of their words and their answers agree.
    """
    if first.type in _SEVERAL_FACTS or second.type in _SEVERAL_FACTS:
        return first.type is second.type and first.prompt == second.prompt
    same_evidence = any(
        a.start < b.end and b.start < a.end for a in first.evidence for b in second.evidence
    )
    # Asked on one sentence, a prompt that shows another's answer spoils it; when the
    # article cannot fill the count otherwise, a true/false statement may still stand
    # beside a question on its sentence (the statement is the article's own words).
    shows = _shows(first.prompt, second) or _shows(second.prompt, first)
    if (
        same_evidence
        and shows
        and (strict or QuestionType.TRUE_FALSE not in (first.type, second.type))
    ):
        return True
    same_answer = bool(first.answer) and comparable(first.answer) == comparable(second.answer)
    if (same_evidence or same_answer) and fuzz.ratio(
        first.prompt.replace(BLANK, " "), second.prompt.replace(BLANK, " ")
    ) >= NEAR_DUPLICATE_RATIO:
        return True
    overlap = _overlap(_content_words(first.prompt), _content_words(second.prompt))
    # One answer to prompts on the same happening ("invaded Iraq in _____" twice) is one
    # fact asked twice, though the sentences differ.
    # A false statement that changed the very thing another question asks for (2003 in
    # "invaded Iraq in 2014") is that question again.
    changed = _changed_from(first) in {
        comparable(second.answer),
        *_words_of(second.prompt),
    } or _changed_from(second) in {comparable(first.answer), *_words_of(first.prompt)}
    if same_answer and overlap >= SAME_FACT:
        return True
    # On one happening told twice, a prompt showing the other's answer, or a statement with
    # that answer changed (three content words in common are enough), asks the other again.
    return (shows and overlap >= SAME_FACT) or (changed and overlap > 0)


def _words_of(prompt: str) -> set[str]:
    return {comparable(w) for w in re.findall(r"[\w’'.-]+", prompt)}


def _changed_from(question: Question) -> str | None:
    """What a false statement changed ("2003" of "date: 2003 → 2014"), to pair it with a
    question on the same fact; None when the change was a negation or a speaker."""
    if not question.altered or " → " not in question.altered:
        return None
    kind, _, change = question.altered.partition(": ")
    if kind in {"negation", "speaker"}:
        return None
    return comparable(change.split(" → ")[0].strip("“”"))


def _shows(prompt: str, question: Question) -> bool:
    if question.type is QuestionType.TRUE_FALSE or not question.answer:
        return False
    return gives_away(prompt, [question.answer, *question.accepted])


_FRAMES = (
    re.compile(r"^According to [^,]{1,60}, "),
    re.compile(r"^Which \w+ completes (?:this sentence from the article|what [^?]{1,60} said)\? "),
    re.compile(r"^Who (?:is|was) "),
    re.compile(r"^In [^']{1,40}'s words, "),
    re.compile(
        r"^[A-Z][^,“]{0,40}? (?:said|says|added|noted|told|warned|argued|claimed|explained"
        r"|insisted|stressed|suggested|believes|thinks)(?: that|:) "
    ),
)
"""The wording a generator puts around the article's words: not what a prompt is about."""


def _content_words(prompt: str) -> frozenset[str]:
    for frame in _FRAMES:
        prompt = frame.sub("", prompt)
    return frozenset(
        w for w in re.findall(r"[a-z0-9]+", prompt.lower()) if w not in _STOP and len(w) > 1
    )


def _overlap(first: frozenset[str], second: frozenset[str]) -> float:
    """The share of the shorter prompt's content words that the other has; two words in
    common are never enough to make prompts alike."""
    shared = len(first & second)
    if shared < 3:
        return 0.0
    return shared / min(len(first), len(second))


def _balance_positions(questions: list[Question], rng: random.Random) -> list[Question]:
    """The correct choice at each position in turn (in a shuffled cycle), distractors shuffled."""
    out = []
    cycle: list[int] = []
    for question in questions:
        if question.type is not QuestionType.MULTIPLE_CHOICE or not question.choices:
            out.append(question)
            continue
        if not cycle:
            cycle = list(range(len(question.choices)))
            rng.shuffle(cycle)
        position = min(cycle.pop(), len(question.choices) - 1)
        others = [c for c in question.choices if c != question.answer]
        rng.shuffle(others)
        others.insert(position, question.answer)
        out.append(replace(question, choices=tuple(others)))
    return out


def _first_offset(question: Question) -> int:
    return min((e.start for e in question.evidence), default=0)
