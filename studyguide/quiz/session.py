"""A quiz run: ask each question, grade the answer, teach, and keep the results."""

from __future__ import annotations

import random
from collections.abc import Sequence

from rich.console import Console

from studyguide.model import BankArticle, Question
from studyguide.quiz.answers import Ask
from studyguide.quiz.grading import Verdict, expected_response, grade, rivals_for
from studyguide.quiz.layout import lay_out
from studyguide.quiz.literal import clean
from studyguide.quiz.results import Outcome, QuestionResult, QuizResult, StopReason
from studyguide.quiz.screen import Screen, prompt_for

SKIP = frozenset({"s", "skip"})
QUIT = frozenset({"q", "quit"})


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
) -> QuizResult:
    """Ask `questions` in order on `console`, reading answers through `ask`.

    After each answer the student sees whether it was right, the right answer, the
    explanation and the evidence from the article (`articles` supplies who said it, and
    the other names a typed answer must not be mistaken for). `rng` lays out matching and
    ordering questions. Stops early on q, at the end of input and on Ctrl-C, and returns
    what was asked so far; the caller shows the summary (`show_summary`).
    """
    screen = Screen(console, plain=plain)
    by_id = {article.id: article for article in articles}
    results: list[QuestionResult] = []
    stopped = StopReason.FINISHED
    screen.intro(title, len(questions))
    try:
        for number, question in enumerate(questions, start=1):
            article = by_id.get(question.article)
            layout = lay_out(question, rng)
            screen.question(number, len(questions), question, layout)
            expected = expected_response(question, layout)
            rivals = rivals_for(question, article)
            while True:
                # Stray keys (arrows without line editing) arrive as escape sequences.
                answer = clean(ask(prompt_for(question, layout)))
                command = answer.strip().casefold()
                if command in QUIT:
                    raise _Quit
                if command in SKIP:
                    result = QuestionResult(question, Outcome.SKIPPED, expected=expected)
                    break
                verdict = grade(question, answer, layout, rivals=rivals)
                if verdict.verdict is Verdict.UNCLEAR:
                    screen.unclear(verdict.note)
                    continue
                outcome = Outcome.CORRECT if verdict.correct else Outcome.INCORRECT
                result = QuestionResult(
                    question, outcome, answer, verdict.response, expected, verdict.note
                )
                break
            results.append(result)
            screen.feedback(result, layout, article)
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
