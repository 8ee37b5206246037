"""From many candidates to the questions a teacher keeps: filter, then ask the plan's points.

Filters drop what a teacher would strike out: a question on the headline, a subhead, the
dateline or the news agency (trivia); a prompt that holds its own answer (a give-away); a
prompt the grammar checks catch or that cannot stand alone; a blank on one item of a list or
inside a name; a choice list that repeats the answer under another name.

Then the plan (`plan.py`) decides what is asked: its points in order of rank, the best
question on each, never two questions on one point or one sentence, and no detail below
`_MIN_RANK`. `count` is a ceiling: an article with fewer good points gives fewer questions.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from studyguide.generation.context import Context, comparable, occurrences
from studyguide.generation.plan import lead, on_topic, plan
from studyguide.generation.registry import Candidate
from studyguide.generation.wording import (
    balanced,
    blanks_list_item,
    blanks_part_of_name,
    contains,
    gives_away,
    grammar_problems,
)
from studyguide.generation.writing_words import (
    AFTER_NAME,
    CHANGE_WORDS,
    TITLES,
    WELL_KNOWN_OFFICES,
    YEAR,
)
from studyguide.model import BLANK, FALSE, TRUE, EntityKind, Question, QuestionType

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
    """The questions chosen, with the new versions of those already asked."""
    candidates: int
    """How many candidates the generators proposed."""
    dropped: tuple[tuple[str, int], ...]
    """Why candidates were left out, and how many for each reason."""


def select(
    ctx: Context,
    candidates: list[Candidate],
    count: int,
    rng: random.Random,
    asked: tuple[Question, ...] = (),
) -> Selection:
    """Up to `count` questions: the best question on each key point of the plan, most
    important point first, never two on one point or one sentence, and none on what the
    questions in `asked` (already in the bank) ask about."""
    dropped: Counter[str] = Counter()
    points = plan(ctx)
    rank = {p.key: p.rank for p in points}
    sentence_point: dict[int, str] = {}
    for point in points:
        for sentence in point.sentences:
            sentence_point.setdefault(sentence.start, point.key)
    order = list(candidates)
    rng.shuffle(order)
    order.sort(key=lambda c: -c.score)
    by_point: dict[str, list[tuple[Candidate, frozenset[str]]]] = {}
    for candidate in order:
        reason = rejection(ctx, candidate.question)
        if reason is not None:
            dropped[reason] += 1
            continue
        own = frozenset(candidate.points)
        covers = own | _sentence_points(ctx, candidate.question, sentence_point, candidate.naming)
        # A question that names its points is filed under the best of them; its evidence
        # sentences are only used up by it.
        best = max(own or covers, key=lambda key: rank.get(key, 0.0))
        by_point.setdefault(best, []).append((candidate, covers))
    mix = _Mix()
    # A question the bank holds covers what it covered when it was chosen: its sentences,
    # and the points its generator names (a main-idea question's "shown:" choices).
    named = {c.question.id: frozenset(c.points) for c in candidates}
    for question in asked:
        covers = _sentence_points(ctx, question, sentence_point) | named.get(
            question.id, frozenset()
        )
        mix.hold(ctx, question, covers)
    held = {q.id for q in asked}
    # A question the bank holds, generated again, is its new version (the merge decides
    # whether it replaces the old one); it takes no new place.
    again = {
        c.question.id: c.question
        for items in by_point.values()
        for c, _ in items
        if c.question.id in held
    }
    room = count - len(asked)
    for point in points:
        if len(mix.chosen) >= room:
            break
        if point.rank < _MIN_RANK or point.key in mix.covered:
            continue
        options = sorted(by_point.get(point.key, []), key=lambda item: -_preference(item[0], mix))
        for slack in (0, 1):
            pick = next((item for item in options if mix.fits(ctx, *item, slack=slack)), None)
            if pick is not None:
                mix.take(ctx, *pick)
                break
    chosen = [*again.values(), *(c.question for c in mix.chosen)]
    positioned = _balance_positions(chosen, rng)
    ordered = sorted(positioned, key=lambda q: (_TYPE_ORDER[q.type], _first_offset(q)))
    return Selection(tuple(ordered), len(candidates), tuple(sorted(dropped.items())))


_MIN_RANK = 2.0
"""Below this a detail is trivia: off the story's subject, far down the article."""


def _answer_key(ctx: Context, answer: str) -> str:
    """One key for an answer under any of its names ("Brunner", "Scott Brunner")."""
    entity = ctx.entity_named(answer)
    return comparable(entity.name if entity is not None else answer)


_SWAPPED = 0.7
"""What a statement given to another speaker loses: it comes after a who-said question on
the same view."""


def _preference(candidate: Candidate, mix: _Mix) -> float:
    """The generator's score, less for a type the bank already has many of. Who holds a
    view is asked as who said it before it is asked as a false statement giving the view to
    someone else: teachers keep the one far more often than the other."""
    swapped = _swapped(candidate.question)
    return candidate.score - 0.4 * mix.taken[candidate.question.type] - _SWAPPED * swapped


def _sentences_of(ctx: Context, question: Question, naming: tuple[int, ...] = ()) -> set[int]:
    """Where the sentences of the question's evidence start, but for those that only say
    who a speaker is (`naming`)."""
    out = set()
    for evidence in question.evidence:
        sentence = ctx.sentence_of(evidence.start)
        out.add(sentence.start if sentence is not None else evidence.start)
    return out - set(naming)


def _sentence_points(
    ctx: Context, question: Question, sentence_point: dict[int, str], naming: tuple[int, ...] = ()
) -> frozenset[str]:
    return frozenset(
        sentence_point.get(start, f"sentence:{start}")
        for start in _sentences_of(ctx, question, naming)
    )


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
    if _needs_context(question) or not _stands_alone(ctx, question):
        return "needs the sentence before it"
    if blanks_list_item(question.prompt):
        return "a blank on one item of a list"
    if blanks_part_of_name(question.prompt, TITLES):
        return "a blank inside a name"
    if re.search(rf"\b(?:{'|'.join(_OFFICES)}) {BLANK}", question.prompt):
        return 'a blank general knowledge fills ("President _____")'
    if _QUESTION_ON_CLAUSE.match(question.prompt):
        return "prompt fails the grammar checks"
    if _blank_is_modifier(question):
        return "a blank on a name used as a describing word"
    if re.match(r"^(?:Had|Has|Have|Is|Was|Were|Did|Do|Does|Not|No)\b", question.prompt):
        return "a sentence without its subject"
    if re.search(r"\byes\b", question.prompt, re.IGNORECASE):
        return "a reader's comment, not the article's"
    if question.prompt.startswith(("-", "•", "*")):
        return "a line of a list, not a sentence"
    if _incidental(ctx, question):
        return "asks for an incidental name, year or figure"
    if question.type is QuestionType.TRUE_FALSE:
        # Someone's words hold their figure as part of a view ("the governor said rates
        # would rise to 5%"); the article's own statement of a figure ("sales fell 17.8%
        # to 136,069 units") tests whether the student matched the number. A year dates
        # the event the statement tells of.
        own = "statement" in question.tags
        figures = _FIGURES.findall(question.prompt)
        if own and _FIGURES.search(YEAR.sub("", question.prompt)) or len(figures) > 1:
            return "a statement of figures, which tests matching numbers"
        # A statement beside the story's subject: the article's own ("BAA owns Heathrow"
        # in a story on a court challenge to airport plans), or someone's view of a side
        # matter, which teachers keep one time in three against three in four on it.
        told = " ".join(e.text for e in question.evidence) if own else question.prompt
        views = {"statement", "claim", "quote"} & set(question.tags)
        if views and on_topic(ctx, told) < _ON_TOPIC:
            return "a statement beside the story's subject"
    items = [*question.choices, *question.order] + [
        side for pair in question.pairs for side in (pair.left, pair.right)
    ]
    if any(not balanced(item) for item in items):
        return "an option fails the grammar checks"
    if any("…" in item for item in items):
        return "an option cut short"
    shown = [question.prompt, *(item for item in items if item != question.answer)]
    if any(ctx.slipped(text) for text in shown):
        return "copies a slip of the article's writing"
    if question.type is QuestionType.MULTIPLE_CHOICE:
        distractors = [c for c in question.choices if c != question.answer]
        if len(question.choices) < _MIN_CHOICES or len(distractors) != len(question.choices) - 1:
            return "too few fair distractors"
        if any(ctx.alike(d, question.answer) for d in distractors):
            return "a distractor is the answer by another name"
        if len({comparable(c) for c in question.choices}) < len(question.choices):
            return "two choices are one"
    return None


_QUESTION_ON_CLAUSE = re.compile(
    r"^(?:Where|Why|When|Who|What|Which \w+)(?: \w+)? (?:while|although|though|because|if|when"
    r"|as|but|and)\b"
)
"""A question word turned onto a clause, not a subject: "Where has while the use of ...?"."""


def _blank_is_modifier(question: Question) -> bool:
    """Whether the gap holds a place or nationality used as a describing word ("best
    _____ group", "the _____ government"): any of several would read as well."""
    if not {"place", "nationality"} & set(question.tags):
        return False
    after = re.search(rf"{BLANK}\s+([a-z]+)", question.prompt)
    return after is not None and after.group(1) not in AFTER_NAME


_OFFICES = sorted(w.capitalize() for w in WELL_KNOWN_OFFICES)


_ARTICLE_SENTENCE = re.compile(r"^Which \w+ completes this sentence from the article\? “(.*)”$")
_SPEAKERS_WORDS = re.compile(r"^Which \w+ completes what [^?]{1,60} said\? ")


def _stands_alone(ctx: Context, question: Question) -> bool:
    """Whether the article's words in the prompt mean what they say on their own. Matching,
    ordering and main-idea prompts are the generator's own words ("... in your own words");
    a speaker's words may say "I"."""
    if question.type in _SEVERAL_FACTS or _SPEAKERS_WORDS.match(question.prompt):
        return True
    if "main idea" in question.tags:
        return True
    quoted = _ARTICLE_SENTENCE.match(question.prompt)
    prompt = quoted.group(1) if quoted else question.prompt
    at = [e.start for e in question.evidence]
    if _who_said(question):
        # Who said it asks for the speaker: words on "the competition" named before are
        # read where they stand in the article.
        return ctx.stands_alone(prompt)
    return ctx.stands_alone(prompt) and not ctx.leans_on_before(prompt, *at)


_RECALLED = ("person", "organization", "place", "nationality", "date", "number")
"""Tags of questions that ask to recall one name, year or figure."""


def _incidental(ctx: Context, question: Question) -> bool:
    """Whether the question asks to recall a name, year or figure the story does not rest
    on: one the article gives once, away from its headline and lead ("a poll of _____
    voters", a team-sheet name, a share price). A figure counts where it tells what
    changed."""
    if question.type not in _TYPED_OR_CHOSEN or not question.answer:
        return False
    if not set(question.tags) & set(_RECALLED) or {"reason", "main idea"} & set(question.tags):
        return False
    if "number" in question.tags:
        return not any(CHANGE_WORDS.search(e.text) for e in question.evidence)
    first = lead(ctx)
    headline = ctx.article.title + " " + (first.text if first is not None else "")
    forms = [f for f in ctx.forms(question.answer) if len(f) > 1]
    if any(contains(headline, form) for form in forms):
        return False
    entity = ctx.entity_named(question.answer)
    if entity is not None and entity.kind is EntityKind.PERSON:
        # A person the story rests on speaks in it, or has a role and comes back.
        return not (
            entity.name in ctx.speakers() or (entity.role is not None and len(entity.mentions) > 1)
        )
    text = ctx.article.text
    told = sum(occurrences(rf"(?<!\w){re.escape(form)}(?!\w)", text) for form in set(forms))
    # A year the story dates twice; a name it comes back to again and again.
    return told < (2 if "date" in question.tags else _KEY_NAME_MENTIONS)


_FIGURES = re.compile(
    r"\d[\d.,]*|\b(?:number|No\.?) (?:one|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
    r"|fifty|hundreds?|thousands?|millions?|billions?|dozens?)\b"
)
"""A figure in a statement: "fell 15% to $56m", "moved to number two", "three awards"."""

_ON_TOPIC = 0.1
"""The share of the headline's and lead's words a true-or-false statement holds, at least,
to be on what the story is about."""

_KEY_NAME_MENTIONS = 3
"""A place or body named this often is part of what the story is about."""

_TYPED_OR_CHOSEN = (
    QuestionType.MULTIPLE_CHOICE,
    QuestionType.FILL_BLANK,
    QuestionType.SHORT_ANSWER,
)
_TYPE_ORDER = {t: i for i, t in enumerate(QuestionType)}
_MIN_CHOICES = 3
"""Three options when the article names only three people; four whenever it can."""
_SEVERAL_FACTS = (QuestionType.MATCHING, QuestionType.ORDERING)
_MAX_PER_ANSWER = 1
_MAX_WHO_SAID = 2
"""Who said it, asked a third time with the same names to choose from, is a search for
names in the article, not a question on what it reports. A statement giving someone's
words to another asks it too."""


@dataclass
class _Mix:
    """The questions taken so far, and what they use up."""

    chosen: list[Candidate] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    """The questions taken and those the bank already holds."""
    covered: set[str] = field(default_factory=set)
    """Keys of the plan's points asked about."""
    sentences: set[int] = field(default_factory=set)
    """Sentences asked about (by their start): one question each."""
    answers: Counter[str] = field(default_factory=Counter)
    taken: Counter[QuestionType] = field(default_factory=Counter)
    truths: Counter[str] = field(default_factory=Counter)

    def fits(self, ctx: Context, candidate: Candidate, covers: frozenset[str], slack: int) -> bool:
        question = candidate.question
        asks = _sentences_of(ctx, question, candidate.naming)
        if covers & self.covered or asks & self.sentences:
            return False
        # A sentence offered as a choice elsewhere is answered there, but for the order of
        # the events it dates (the timeline's questions).
        if "timeline" not in candidate.points and any(
            f"shown:{start}" in self.covered for start in asks
        ):
            return False
        if question.type is QuestionType.TRUE_FALSE:
            # About half true: true ones ahead by two at most, false ones by one (by two when
            # nothing else fits), or "sounds like the article, so true" would answer them.
            # Generated statements are all false (a view told back as true is only matched),
            # so beside no true one a teacher wrote, a bank holds one or two.
            other = FALSE if question.answer == TRUE else TRUE
            lead_by = 2 if question.answer == TRUE else 1 + slack
            if self.truths[question.answer] - self.truths[other] >= lead_by:
                return False
        elif (
            question.answer
            and question.type not in _SEVERAL_FACTS
            and self.answers[_answer_key(ctx, question.answer)] >= _MAX_PER_ANSWER
        ):
            return False
        if _names_speakers(question) and (
            sum(map(_names_speakers, self.questions)) >= _MAX_WHO_SAID
        ):
            return False
        if any(_one_view(ctx, question, other) for other in self.questions):
            return False
        return not any(_clash(question, other) for other in self.questions)

    def take(self, ctx: Context, candidate: Candidate, covers: frozenset[str]) -> None:
        self.chosen.append(candidate)
        self.hold(ctx, candidate.question, covers, candidate.naming)

    def hold(
        self, ctx: Context, question: Question, covers: frozenset[str], naming: tuple[int, ...] = ()
    ) -> None:
        """Count a question in: one taken, or one the bank already holds."""
        self.questions.append(question)
        self.covered |= covers
        self.sentences |= _sentences_of(ctx, question, naming)
        if question.type is QuestionType.TRUE_FALSE:
            self.truths[question.answer] += 1
        elif question.answer:
            self.answers[_answer_key(ctx, question.answer)] += 1
        self.taken[question.type] += 1


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


def _clash(first: Question, second: Question) -> bool:
    """Whether two questions ask the same thing, or one answers the other: near-duplicates.

    Two questions on one sentence may stand together when they ask different things (the
    place in it, and whether it says "not"); they clash when one prompt shows the other's
    answer, or when their prompts share most of their words and their answers agree.
    """
    if first.type in _SEVERAL_FACTS or second.type in _SEVERAL_FACTS:
        return first.type is second.type and first.prompt == second.prompt
    if _sums_up(first, second) or _sums_up(second, first):
        return True
    same_evidence = any(
        a.start < b.end and b.start < a.end for a in first.evidence for b in second.evidence
    )
    # Asked on one sentence, a prompt that shows another's answer spoils it.
    shows = _shows(first.prompt, second) or _shows(second.prompt, first)
    if same_evidence and shows:
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
    # Two statements on one happening ("In March 2003 a coalition invaded Iraq", "Syria and
    # its partners invaded Iraq in 2003") ask it twice, whichever of them is true.
    both_statements = first.type is second.type is QuestionType.TRUE_FALSE
    if both_statements and overlap >= SAME_FACT:
        return True
    # Two false statements putting in one name ("Gary Dunn said ..." twice, each time for
    # someone else's words): the name seen again tells the student both are false.
    if both_statements and _put_in(first) is not None and _put_in(first) == _put_in(second):
        return True
    # On one happening told twice, a prompt showing the other's answer, or a statement with
    # that answer changed (three content words in common are enough), asks the other again.
    return (shows and overlap >= SAME_FACT) or (changed and overlap > 0)


def _who_said(question: Question) -> bool:
    """Whether the question asks who said something, the article's speakers its choices."""
    return question.type is QuestionType.MULTIPLE_CHOICE and (
        {"quote", "person"} <= set(question.tags) or "viewpoint" in question.tags
    )


def _names_speakers(question: Question) -> bool:
    """Whether the question asks whose words are whose, with one of the article's speakers
    to pick: who said something, or a statement giving someone's words to another."""
    return _swapped(question) or _who_said(question)


def _swapped(question: Question) -> bool:
    """Whether the question is a statement giving someone's words to another speaker."""
    return (question.altered or "").startswith("speaker:")


def _matches_speakers(question: Question) -> bool:
    """Whether the question matches speakers to their words."""
    return question.type is QuestionType.MATCHING and "viewpoint" in question.tags


def _one_view(ctx: Context, first: Question, second: Question) -> bool:
    """Whether two questions ask about what one person said in one paragraph: one view, of
    which one tells the other ("Yukos lacked a US presence" beside "most of its business is
    in the US"), or which one tests twice ("Who said: 'The scary fact is ...'?" beside a
    false statement giving the same critic's words to someone else), or beside a matching
    that pairs the same person with words of that paragraph."""
    for matching, asked in ((first, second), (second, first)):
        if _matches_speakers(matching) and (whose := _whose_view(asked)) is not None:
            # Beside speakers matched to their words, who said more words of one of them
            # in the same paragraph asks their view again (teachers struck it out as a
            # duplicate).
            paragraphs = {ctx.paragraph_number(e.start) for e in matching.evidence}
            return ctx.paragraph_number(asked.evidence[-1].start) in paragraphs and any(
                _person_key(ctx, pair.right) == _person_key(ctx, whose) for pair in matching.pairs
            )
    whose, other = _whose_view(first), _whose_view(second)
    if whose is None or other is None or _person_key(ctx, whose) != _person_key(ctx, other):
        return False
    return ctx.paragraph_number(first.evidence[-1].start) == ctx.paragraph_number(
        second.evidence[-1].start
    )


_SAID_BY = re.compile(r"^(.+?) [a-z]+ that ")


def _whose_view(question: Question) -> str | None:
    """Whose words the question asks about: the speaker a who-said question keys, or the
    one a statement of someone's words names ("Judge Letitia Clark"); for a statement that
    gives the words to someone else, the one who said them."""
    if _who_said(question):
        return question.answer
    if question.type is not QuestionType.TRUE_FALSE or not {"claim", "quote"} & set(question.tags):
        return None
    if _swapped(question):
        return (question.altered or "").removeprefix("speaker:").partition("→")[0].strip()
    said = _SAID_BY.match(question.prompt)
    return said.group(1) if said is not None else None


def _person_key(ctx: Context, name: str) -> str:
    """One key for a person under any of their names, also with a role before the name
    ("EPP spokesman Alexander Radwan"), where `_answer_key` takes any answer as it is (a
    cause ending on "Iraq" is no key of Iraq's)."""
    words = name.split()
    for at in range(len(words)):
        entity = ctx.entity_named(" ".join(words[at:]))
        if entity is not None:
            return comparable(entity.name)
    return comparable(name)


def _put_in(question: Question) -> str | None:
    """The words a false statement put in place of the article's ("Gary Dunn")."""
    if question.answer != FALSE or not question.altered:
        return None
    return question.altered.partition("→")[2].strip() or None


def _sums_up(main: Question, other: Question) -> bool:
    """Whether the main-idea question's answer, which every student reads among its
    choices, tells the other's answer on the same happening: a lead saying "Trump has
    confirmed an official is to visit New York" answers "Who said: 'heading now to New
    York'?"; or a true-or-false statement retells the lead or another choice. Asked in
    the student's own words, the main idea tells only what any summary of it would: an aim
    the lead tells."""
    if "main idea" not in main.tags or not other.answer:
        return False
    if "aim" in other.tags:
        # What someone was made to do, told in the lead ("Russia forced Yukos to sell off
        # Yuganskneftegas" beside a lead on the "forced auction of Yuganskneftegas"): the
        # main news again, which a summary in any words gives.
        asked = _stems(f"{other.prompt} {other.answer}")
        return len(asked & _stems(main.answer)) >= _RETOLD * len(asked)
    if main.type is not QuestionType.MULTIPLE_CHOICE:
        return False  # asked for in the student's words, the main idea shows nothing
    if other.type is QuestionType.TRUE_FALSE:
        # Any choice the student reads there, retold as a statement, is given away.
        statement = _content_words(other.prompt)
        if _overlap(_content_words(main.answer), statement) >= SAME_FACT:
            return True
        return any(
            len(shared := _content_words(choice) & statement) > _SHARED_WORDS
            and len(shared) >= _RETOLD * len(statement)
            for choice in main.choices
        )
    # Who said it: a wrong choice naming who said those words tells it too ("The campaign
    # was a blow, Mr Yearwood admitted" beside "Who admitted that the campaign was a blow?").
    shown = main.choices if _who_said(other) else (main.answer,)
    return any(
        gives_away(choice, [other.answer, *other.accepted])
        and len(_content_words(choice) & _content_words(other.prompt)) >= _SHARED_WORDS
        for choice in shown
    )


_SHARED_WORDS = 3
"""Content words two texts share before they tell of one happening."""
_RETOLD = 0.6
"""The share of a statement's content words a choice must hold to retell it."""


_STEM = 5
"""Letters of a word that stand for it and its kin: "forced" and "force", "Russian" and
"Russia"."""


def _stems(text: str) -> set[str]:
    return {word[:_STEM] for word in _content_words(text) if len(word) > _SHARED_WORDS}


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
        r"^[A-Z][^,“]{0,80}? (?:said|says|added|noted|told|warned|argued|claimed|explained"
        r"|insisted|stressed|suggested|believes|thinks|wrote|tweeted|posted)(?: that|:) "
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
    if shared < _SHARED_WORDS:
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
