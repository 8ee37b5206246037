"""A quiz run: ask each question, grade the answer, teach, and keep the results; then
offer to ask the missed questions again."""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import replace

from rich.console import Console

from studyguide.model import BankArticle, Question, QuestionType
from studyguide.quiz.answers import Ask, TimeUp
from studyguide.quiz.clock import seconds_in_words
from studyguide.quiz.grading import (
    Grade,
    Verdict,
    expected_response,
    grade,
    rivals_for,
    with_name_parts,
)
from studyguide.quiz.layout import lay_out
from studyguide.quiz.literal import clean
from studyguide.quiz.results import Outcome, QuestionResult, QuizResult, Session, StopReason
from studyguide.quiz.screen import Screen, compared, prompt_for, retry_prompt, show_summary

SKIP = frozenset({"s", "skip"})
QUIT = frozenset({"q", "quit"})
RIGHT = frozenset({"r", "right"})
"""What a student types, after a typed answer marked wrong, to count it right."""
YES = frozenset({"y", "yes"})

Timer = Callable[[], float]
"""Seconds from some fixed point (time.monotonic), for timing answers."""

OnResult = Callable[[QuestionResult], None]
"""Told of each result as soon as it is known, to keep progress as the quiz goes."""


class _Quit(Exception):
    """The student typed q."""


def run_quiz(
    questions: Sequence[Question],
    *,
    console: Console,
    ask: Ask,
    rng: random.Random,
    articles: Sequence[BankArticle] = (),
    title: str = "",
    plain: bool = False,
    time_limit: float | None = None,
    timer: Timer = time.monotonic,
    on_result: OnResult | None = None,
    retry: bool = False,
    mix_choices: bool = False,
    pause: bool = False,
) -> QuizResult:
    """Ask `questions` in order on `console`, reading answers through `ask`.

    After each answer the student sees whether it was right, the right answer, the
    explanation and the evidence from the article (`articles` supplies who said it, and
    the other names a typed answer must not be mistaken for). `rng` lays out matching and
    ordering questions. An answer given more than `time_limit` seconds after its question
    appeared (by `timer`) counts as wrong; where `ask` raises TimeUp (a terminal counting
    the seconds down), the question closes as wrong, unanswered. `on_result` hears of each
    result as soon as it is known. `retry` introduces the round as a retry of missed questions. `mix_choices`
    mixes the options of multiple-choice questions with `rng`. With `pause` (a student at a
    terminal), the quiz waits after an answer that was not right, so that the verdict does
    not scroll away, and there takes r to count a typed answer right.

    Stops early on q, at the end of input and on Ctrl-C, and returns what was asked so
    far; the caller shows the summary (`show_summary`).
    """
    screen = Screen(console, plain=plain)
    by_id = {article.id: article for article in articles}
    several = len({question.article for question in questions}) > 1
    results: list[QuestionResult] = []
    stopped = StopReason.FINISHED
    if retry:
        screen.retry_intro(len(questions), time_limit)
    else:
        screen.intro(title, len(questions), time_limit)
    try:
        for number, question in enumerate(questions, start=1):
            article = by_id.get(question.article)
            layout = lay_out(question, rng, mix_choices=mix_choices)
            # Which article it is on, where the quiz asks about several.
            on = article.title if article is not None and several else ""
            screen.question(number, len(questions), question, layout, on)
            expected = expected_response(question, layout)
            rivals = rivals_for(question, article)
            started = timer()
            while True:
                # Stray keys (arrows without line editing) arrive as escape sequences.
                try:
                    left = None if time_limit is None else time_limit - (timer() - started)
                    answer = clean(_ask(ask, prompt_for(question, layout), left))
                except TimeUp:
                    result = _timed_out(question, expected, time_limit)
                    break
                command = answer.strip().casefold()
                if command in QUIT:
                    raise _Quit
                if command in SKIP:
                    result = QuestionResult(
                        question, Outcome.SKIPPED, expected=expected, seconds=timer() - started
                    )
                    break
                verdict = grade(with_name_parts(question, article), answer, layout, rivals=rivals)
                if verdict.verdict is Verdict.UNCLEAR:
                    screen.unclear(verdict.note)
                    continue
                result = _judged(question, answer, verdict, expected, timer() - started, time_limit)
                break
            results.append(result)
            screen.feedback(result, layout, article)
            try:
                if pause and result.outcome is not Outcome.CORRECT:
                    result = _paused(screen, ask, result, last=number == len(questions))
                    results[-1] = result
            finally:
                # Heard of also when the quiz stops at the pause: the answer was given.
                if on_result is not None:
                    on_result(result)
    except _Quit:
        stopped = StopReason.QUIT
    except EOFError:
        console.print()
        stopped = StopReason.END_OF_INPUT
    except KeyboardInterrupt:
        console.print()
        stopped = StopReason.INTERRUPTED
    screen.stopped(stopped)
    return QuizResult(tuple(questions), tuple(results), stopped, title)


def _ask(ask: Ask, prompt: str, seconds: float | None) -> str:
    """The answer, read within the `seconds` left where the quiz has a time limit (none
    left: a terminal closes the question at once; a pipe's next line is read as ever, so
    that the answers still meet their questions)."""
    if seconds is None:
        return ask(prompt)
    return ask(prompt, seconds=max(seconds, 0.0))


def _timed_out(question: Question, expected: str, time_limit: float | None) -> QuestionResult:
    assert time_limit is not None
    note = f"The {seconds_in_words(time_limit)} for this question ran out."
    return QuestionResult(
        question, Outcome.INCORRECT, "", expected=expected, note=note, seconds=time_limit, late=True
    )


def _paused(screen: Screen, ask: Ask, result: QuestionResult, *, last: bool) -> QuestionResult:
    """Waits for Enter after a verdict; a typed answer marked wrong (not late) may be counted
    right with r. q stops the quiz here as at a question."""
    typed = result.question.type in (QuestionType.FILL_BLANK, QuestionType.SHORT_ANSWER)
    may_override = typed and result.outcome is Outcome.INCORRECT and not result.late
    compare = compared(result)
    prompt = screen.pause_prompt(last=last, override=may_override, compare=compare)
    said = clean(ask(prompt)).strip().casefold()
    if said in QUIT:
        raise _Quit
    if may_override and (said in RIGHT or (compare and said in YES)):
        screen.overridden()
        return replace(result, outcome=Outcome.CORRECT, overridden=True)
    return result


def _judged(
    question: Question,
    answer: str,
    verdict: Grade,
    expected: str,
    seconds: float,
    time_limit: float | None,
) -> QuestionResult:
    late = time_limit is not None and seconds > time_limit
    outcome = Outcome.CORRECT if verdict.correct and not late else Outcome.INCORRECT
    note = verdict.note
    if late:
        assert time_limit is not None
        after = f"after {seconds_in_words(seconds)}, over the {seconds_in_words(time_limit)} limit"
        if verdict.correct:
            note = f"That is right, but it came {after}, so it counts as wrong."
        else:
            note = " ".join(filter(None, [f"That came {after}.", note]))
    return QuestionResult(
        question,
        outcome,
        answer,
        verdict.response,
        expected,
        note,
        seconds=seconds,
        late=late,
        partial=0.0 if late else verdict.partial,
    )


def run_session(
    questions: Sequence[Question],
    *,
    console: Console,
    ask: Ask,
    rng: random.Random,
    articles: Sequence[BankArticle] = (),
    title: str = "",
    plain: bool = False,
    time_limit: float | None = None,
    timer: Timer = time.monotonic,
    on_result: OnResult | None = None,
    offer_retry: bool = True,
    mix_choices: bool = False,
    pause: bool = False,
) -> Session:
    """A whole quiz, as `run_quiz` asks it, with its summary; then, while questions were
    missed in a round the student finished or ended with q, the offer to ask those again
    right away (not after Ctrl-C or the end of the input).

    The offer is answered through `ask` like any question: y or yes accepts it, anything
    else declines, and so does the end of the input. Ctrl-C there ends the session as
    interrupted.
    """
    rounds: list[QuizResult] = []
    to_ask = tuple(questions)
    while True:
        result = run_quiz(
            to_ask,
            console=console,
            ask=ask,
            rng=rng,
            articles=articles,
            title=title,
            plain=plain,
            time_limit=time_limit,
            timer=timer,
            on_result=on_result,
            retry=bool(rounds),
            mix_choices=mix_choices,
            pause=pause,
        )
        show_summary(result, console=console, plain=plain)
        rounds.append(result)
        missed = tuple(missed.question for missed in result.missed)
        ended = result.stopped in (StopReason.FINISHED, StopReason.QUIT)
        if not ended or not missed or not offer_retry:
            return Session(tuple(rounds), result.stopped, time_limit)
        console.print()
        try:
            accepted = ask(retry_prompt(len(missed))).strip().casefold() in YES
        except EOFError:
            console.print()
            accepted = False
        except KeyboardInterrupt:
            console.print()
            return Session(tuple(rounds), StopReason.INTERRUPTED, time_limit)
        if not accepted:
            return Session(tuple(rounds), result.stopped, time_limit)
        to_ask = missed
