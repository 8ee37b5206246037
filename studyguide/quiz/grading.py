"""Checking a student's answer: pure functions, one for each way of answering.

Typed answers are compared after folding away what does not change the answer: case,
accents, punctuation, spacing and a leading "the". A small typo is then forgiven, but
only a typo: one key pressed next to the right one, a letter missed, doubled or swapped,
or a vowel for another vowel, never in the first letter or in a number. So "Dvorak" is
"Dvořák" and "Asad" is "Assad", while "Osama" is not "Obama" and 2021 is not 2023; and
a typed answer that is closer to another name from the article than to the answer is
that other name, and wrong.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from enum import Enum

from rapidfuzz.distance import OSA, Levenshtein

from studyguide.model import FALSE, TRUE, BankArticle, Question, QuestionType
from studyguide.quiz.layout import LETTERS, Layout, canonical_layout, letter, positions


class Verdict(str, Enum):
    CORRECT = "correct"
    INCORRECT = "incorrect"
    UNCLEAR = "unclear"
    """The answer could not be read (a letter out of range, a number missing): ask again."""


@dataclass(frozen=True, slots=True)
class Grade:
    verdict: Verdict
    response: str = ""
    """The answer as understood, in the labels shown: "b) Elena Dvořák", "1b 2a", "2023"."""
    note: str = ""
    """Why an answer could not be read, or what was forgiven or got partly right."""
    partial: float = 0.0
    """For a matching or ordering answer not all right: the share of its pairs or places
    that are, which earns as much of the question's points."""

    @property
    def correct(self) -> bool:
        return self.verdict is Verdict.CORRECT


Grader = Callable[[Question, str, Layout, Sequence[str]], Grade]


def grade(
    question: Question,
    answer: str,
    layout: Layout | None = None,
    *,
    rivals: Sequence[str] = (),
) -> Grade:
    """Grade `answer` to `question` as shown in `layout` (by default: nothing shuffled).

    `rivals` are other names from the article: a typed answer that is one of them, or as
    close to one of them as to the answer, is not forgiven as a typo.
    """
    grader = _GRADERS[question.type]
    return grader(question, answer.strip(), layout or canonical_layout(question), rivals)


def expected_response(question: Question, layout: Layout | None = None) -> str:
    """The right answer, written the way a student would type it for `layout`."""
    layout = layout or canonical_layout(question)
    if question.type is QuestionType.MULTIPLE_CHOICE:
        index = _index_of(layout.choices, question.answer)
        return question.answer if index is None else f"{letter(index)}) {question.answer}"
    if question.type is QuestionType.MATCHING:
        return " ".join(
            f"{number}{letter(layout.right.index(pair.right))}"
            for number, pair in enumerate(question.pairs, start=1)
            if pair.right in layout.right
        )
    if question.type is QuestionType.ORDERING:
        return " ".join(str(number) for number in positions(layout.items, question.order))
    return question.answer


def rivals_for(question: Question, article: BankArticle | None) -> tuple[str, ...]:
    """The names from `article` that are not an answer to `question`: its people and
    organisations, with their aliases, except those that name the answer itself."""
    if article is None or question.type not in _TYPED:
        return ()
    answers = {normalize(form) for form in (question.answer, *question.accepted)}
    rivals: list[str] = []
    for entity in (*article.people, *article.organizations):
        names = (entity.name, *entity.aliases)
        if not answers.intersection(normalize(name) for name in names):
            rivals.extend(names)
    return tuple(dict.fromkeys(rivals))


def with_name_parts(question: Question, article: BankArticle | None) -> Question:
    """The question taking, besides its answers, the given name or the surname alone of a
    person it asks for ("Saddam" or "Hussein" for Saddam Hussein), where no one else the
    article names shares that part of the name."""
    if article is None or question.type not in _TYPED:
        return question
    answers = {normalize(form) for form in (question.answer, *question.accepted)}
    names = [(p.name, *p.aliases) for p in article.people]
    parts: list[str] = []
    for person in names:
        if not answers.intersection(normalize(name) for name in person):
            continue
        for word in person[0].split():
            shared = [other for other in names if other is not person and word in other[0].split()]
            if len(word) > 2 and not shared and normalize(word) not in answers:
                parts.append(word)
    if not parts:
        return question
    return replace(question, accepted=(*question.accepted, *dict.fromkeys(parts)))


# -- folding typed text -----------------------------------------------------------------

_LETTER_FOLDS = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i"}
)
"""Letters that Unicode does not decompose into a base letter and an accent."""

_APOSTROPHES = re.compile(r"['’‘`´]")
_NOT_WORD = re.compile(r"[\W_]+")
_LEADING_WORDS = frozenset("the a an in on at from since by of for to during around about".split())
"""Words a typed answer may open on without changing it: "in the Middle East" is "the
Middle East", "from 2014" is "2014" (not "before" or "after", which change the answer)."""


def normalize(text: str) -> str:
    """`text` folded for comparison: lower case, no accents or punctuation, single spaces,
    no leading "the", "in", "from" and the like (unless that is all there is)."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    folded = bare.casefold().translate(_LETTER_FOLDS)
    words = _NOT_WORD.sub(" ", _APOSTROPHES.sub("", folded)).split()
    while len(words) > 1 and words[0] in _LEADING_WORDS:
        words = words[1:]
    return " ".join(words)


# -- typos ------------------------------------------------------------------------------

_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_VOWELS = frozenset("aeiouy")


def _neighbours() -> dict[str, frozenset[str]]:
    """Keys next to each letter key on a QWERTY keyboard, each row set off half a key."""
    near: dict[str, set[str]] = {key: set() for row in _KEY_ROWS for key in row}
    for r, row in enumerate(_KEY_ROWS):
        for i, key in enumerate(row):
            near[key].update(row[j] for j in (i - 1, i + 1) if 0 <= j < len(row))
            if r + 1 < len(_KEY_ROWS):
                below = _KEY_ROWS[r + 1]
                near[key].update(below[j] for j in (i - 1, i) if 0 <= j < len(below))
                for j in (i - 1, i):
                    if 0 <= j < len(below):
                        near[below[j]].add(key)
    return {key: frozenset(keys) for key, keys in near.items()}


_NEAR_KEYS = _neighbours()


def _slip(a: str, b: str) -> bool:
    """Whether typing `b` for `a` is a slip of the finger or of the ear, not another word."""
    return b in _NEAR_KEYS.get(a, ()) or (a in _VOWELS and b in _VOWELS)


def _typo_budget(word: str) -> int:
    """How many typos a word of this length may carry and still be recognised."""
    if len(word) <= 3:
        return 0
    return 1 if len(word) <= 7 else 2


def _word_typos(expected: str, typed: str) -> int | None:
    """The number of typos turning `expected` into `typed`, or None if it is not a typo."""
    if expected == typed:
        return 0
    if expected[0] != typed[0] or any(c.isdigit() for c in expected + typed):
        return None
    budget = _typo_budget(expected)
    typos = OSA.distance(expected, typed, score_cutoff=budget)
    if typos > budget:
        return None
    ops = list(Levenshtein.editops(expected, typed))
    for k, op in enumerate(ops):
        if op.tag != "replace":
            continue
        a, b = expected[op.src_pos], typed[op.dest_pos]
        swapped = any(
            other.tag == "replace"
            and abs(other.src_pos - op.src_pos) == 1
            and other.dest_pos - op.dest_pos == other.src_pos - op.src_pos
            and expected[other.src_pos] == b
            and typed[other.dest_pos] == a
            for other in ops[max(k - 1, 0) : k + 2]
        )
        if not swapped and not _slip(a, b):
            return None
    return typos


_MAX_TYPOS = 2


def typos(expected: str, typed: str) -> int | None:
    """How many small typos separate two normalized answers, word by word, or None when
    `typed` is not `expected` with a few typos (a different word, name or number)."""
    if expected.replace(" ", "") == typed.replace(" ", ""):
        return 0
    expected_words, typed_words = expected.split(), typed.split()
    if len(expected_words) != len(typed_words):
        return None
    total = 0
    for want, got in zip(expected_words, typed_words, strict=True):
        count = _word_typos(want, got)
        if count is None:
            return None
        total += count
    return total if total <= _MAX_TYPOS else None


# -- one grader for each way of answering -------------------------------------------------


def _grade_choice(question: Question, answer: str, layout: Layout, rivals: Sequence[str]) -> Grade:
    choices = layout.choices
    last = len(choices)
    index = _label_index(answer, last)
    if index is None:
        index = _index_of(choices, answer, key=normalize)
    if index is None:
        return Grade(
            Verdict.UNCLEAR,
            note=f"Answer with a letter from a to {letter(last - 1)} or a number from 1 to {last}.",
        )
    chosen = choices[index]
    verdict = Verdict.CORRECT if chosen == question.answer else Verdict.INCORRECT
    return Grade(verdict, f"{letter(index)}) {chosen}")


def _grade_true_false(
    question: Question, answer: str, layout: Layout, rivals: Sequence[str]
) -> Grade:
    said = {"t": TRUE, "true": TRUE, "f": FALSE, "false": FALSE}.get(normalize(answer))
    if said is None:
        return Grade(Verdict.UNCLEAR, note="Answer t for true or f for false.")
    correct = said.casefold() == question.answer.strip().casefold()
    return Grade(Verdict.CORRECT if correct else Verdict.INCORRECT, said)


def _grade_typed(question: Question, answer: str, layout: Layout, rivals: Sequence[str]) -> Grade:
    typed = normalize(answer)
    if not typed:
        return Grade(Verdict.UNCLEAR, note="Type an answer, or s to skip.")
    forms = {normalize(form): form for form in (question.answer, *question.accepted)}
    forms.pop("", None)
    if any(typos(form, typed) == 0 for form in forms):
        return Grade(Verdict.CORRECT, answer)
    rival_forms = {normalize(name) for name in rivals} - forms.keys()
    if typed in rival_forms:
        return Grade(Verdict.INCORRECT, answer)
    near = [(count, form) for form in forms if (count := typos(form, typed)) is not None]
    if not near:
        if question.type is QuestionType.SHORT_ANSWER:
            met = next((m for form in forms if (m := key_words_met(form, typed))), None)
            if met is not None:
                note = f"Judged on its key words ({', '.join(met)}). The article's answer: "
                return Grade(Verdict.CORRECT, answer, note=note + question.answer)
        return Grade(Verdict.INCORRECT, answer)
    count, form = min(near)
    for rival in rival_forms:
        rival_count = typos(rival, typed)
        if rival_count is not None and rival_count <= count:
            return Grade(Verdict.INCORRECT, answer)
    if _spelling(form) == _spelling(typed):
        return Grade(Verdict.CORRECT, answer, note=f"Accepted: another spelling of {forms[form]}.")
    typo_word = "a small typo" if count == 1 else "small typos"
    return Grade(
        Verdict.CORRECT, answer, note=f"Accepted with {typo_word}. The spelling is: {forms[form]}"
    )


_SMALL_WORDS = frozenset(
    """the a an and or but of to in on at for from by with as is are was were be been has
    have had it its this that these those their they he she his her which who what there
    than then so if into about after before over also more most very""".split()
)
_NOT = frozenset("not no never nor cannot nothing none".split())
_MIN_KEY_WORDS = 4
"""Fewer key words than this, and the answer is a name, a figure or a phrase: it must be
given as it is (with small typos), not in other words."""
_NUMBERS = frozenset(
    "one two three four five six seven eight nine ten dozen hundred thousand million".split()
)


OWN_WORDS = 10
"""Words in a short answer's model answer from which it is a sentence to write in one's own
words ("In one sentence, in your own words, what is the main news ...?"): a student's
answer is compared with it, not marked wrong for other words."""


def in_own_words(question: Question) -> bool:
    """Whether the question is answered in a sentence of the student's own, which the student
    compares with the model answer: a long model answer, or the main idea however short its
    model answer ("Kenyan school turns to handhelds.")."""
    if question.type is not QuestionType.SHORT_ANSWER:
        return False
    return len(question.answer.split()) >= OWN_WORDS or "main idea" in question.tags


def key_words_met(expected: str, typed: str) -> list[str] | None:
    """The key words of a short answer of several (`expected`, folded) that a student's own
    words hold, each perhaps with a small typo, when they hold most of them; else None.
    Never when one of the two says "not" and the other does not: the same words then say
    the opposite."""
    keys = list(dict.fromkeys(w for w in expected.split() if w not in _SMALL_WORDS and len(w) > 2))
    said = typed.split()
    if len(keys) < _MIN_KEY_WORDS or _NOT.isdisjoint(expected.split()) != _NOT.isdisjoint(said):
        return None
    counts = [w for w in said if w.isdigit() or w in _NUMBERS]
    if any(w not in expected.split() for w in counts):
        return None  # "two years" for "a year": another figure is another answer
    met = [key for key in keys if any(typos(key, w) is not None for w in said)]
    needed = max(2, -(-len(keys) * 3 // 5))  # three in five, rounded up
    return met if len(met) >= needed else None


_SPELLINGS = (
    (re.compile(r"ll"), "l"),  # wilful, willful
    (re.compile(r"our\b"), "or"),  # colour, color
    (re.compile(r"is(e|ed|es|ing|ation)\b"), r"iz\1"),  # organise, organize
    (re.compile(r"yse\b"), "yze"),  # analyse, analyze
    (re.compile(r"tre\b"), "ter"),  # centre, center
    (re.compile(r"ogue\b"), "og"),  # catalogue, catalog
    (re.compile(r"ae|oe"), "e"),  # paediatric, pediatric
)
"""British and American spellings, each written one way: another spelling is no typo."""


def _spelling(text: str) -> str:
    for pattern, spelt in _SPELLINGS:
        text = pattern.sub(spelt, text)
    return text


def matching_example(count: int) -> str:
    """How to write the matches of `count` items: "1b 2a 3c". It depends on the count
    alone, so it is never a hint about the answer."""
    return " ".join(f"{n}{letter(i)}" for n, i in enumerate(_swapped(count), start=1))


def ordering_example(count: int) -> str:
    """How to write an order of `count` items: "2 1 3 4", the count alone deciding it."""
    return " ".join(str(i + 1) for i in _swapped(count))


def _swapped(count: int) -> list[int]:
    """0 .. count-1 with the first two swapped: an example that is no list in order."""
    order = list(range(max(count, 2)))
    order[0], order[1] = order[1], order[0]
    return order


_MATCH = re.compile(r"(\d+)\s*([a-z])")


def _grade_matching(
    question: Question, answer: str, layout: Layout, rivals: Sequence[str]
) -> Grade:
    count, last = len(layout.left), len(layout.right)
    unclear = Grade(
        Verdict.UNCLEAR,
        note=f"Give each number from 1 to {count} a letter from a to {letter(last - 1)}, "
        f"for example: {matching_example(count)}",
    )
    text = _NOT_WORD.sub(" ", answer.casefold()).strip()
    compact = text.replace(" ", "")
    if len(compact) == count and all(c in LETTERS for c in compact):
        chosen = dict(enumerate(compact, start=1))
    elif _MATCH.sub("", text).strip() == "":
        found = [(int(number), label) for number, label in _MATCH.findall(text)]
        chosen = dict(found)
        if len(chosen) != len(found):
            return unclear
    else:
        return unclear
    if sorted(chosen) != list(range(1, count + 1)):
        return unclear
    if any(LETTERS.index(label) >= last for label in chosen.values()):
        return unclear
    right = sum(
        layout.right[LETTERS.index(chosen[number])] == pair.right
        for number, pair in enumerate(question.pairs, start=1)
    )
    response = " ".join(f"{number}{chosen[number]}" for number in range(1, count + 1))
    if right == count:
        return Grade(Verdict.CORRECT, response)
    return Grade(
        Verdict.INCORRECT,
        response,
        note=f"{right} of {count} matched right.",
        partial=right / count,
    )


def _grade_ordering(
    question: Question, answer: str, layout: Layout, rivals: Sequence[str]
) -> Grade:
    count = len(layout.items)
    unclear = Grade(
        Verdict.UNCLEAR,
        note=f"Give the numbers 1 to {count} from first to last, for example:"
        f" {ordering_example(count)}",
    )
    text = _NOT_WORD.sub(" ", answer).strip()
    if text.isdecimal() and len(text) == count:
        numbers = [int(digit) for digit in text]
    elif all(word.isdecimal() for word in text.split()):
        numbers = [int(word) for word in text.split()]
    else:
        return unclear
    if sorted(numbers) != list(range(1, count + 1)):
        return unclear
    given = tuple(layout.items[number - 1] for number in numbers)
    response = " ".join(str(number) for number in numbers)
    if given == question.order:
        return Grade(Verdict.CORRECT, response)
    placed = sum(item == right for item, right in zip(given, question.order, strict=True))
    note = f"{placed} of {count} in the right place."
    return Grade(Verdict.INCORRECT, response, note=note, partial=placed / count)


_GRADERS: dict[QuestionType, Grader] = {
    QuestionType.MULTIPLE_CHOICE: _grade_choice,
    QuestionType.TRUE_FALSE: _grade_true_false,
    QuestionType.FILL_BLANK: _grade_typed,
    QuestionType.SHORT_ANSWER: _grade_typed,
    QuestionType.MATCHING: _grade_matching,
    QuestionType.ORDERING: _grade_ordering,
}

_TYPED = frozenset({QuestionType.FILL_BLANK, QuestionType.SHORT_ANSWER})


def _label_index(answer: str, count: int) -> int | None:
    """The option an answer such as "b", "B)", "2" or "2." names, if it names one."""
    label = answer.strip().rstrip(").").strip().casefold()
    if label.isdecimal() and 1 <= int(label) <= count:
        return int(label) - 1
    if len(label) == 1 and label in LETTERS[:count]:
        return LETTERS.index(label)
    return None


def _index_of(
    options: Iterable[str], wanted: str, key: Callable[[str], str] = str.strip
) -> int | None:
    target = key(wanted)
    return next((i for i, option in enumerate(options) if key(option) == target), None)
