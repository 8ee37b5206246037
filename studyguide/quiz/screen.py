"""What the student sees: questions, feedback that teaches, and the closing summary.

Everything from the bank goes through `literal`, so it is shown as written. Plain mode
(`--plain`) drops colour and decoration alike (rules, bars, check marks), which leaves
text that reads well in a log or through a screen reader; NO_COLOR drops colour only.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.padding import Padding
from rich.rule import Rule
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from studyguide.model import BankArticle, Evidence, Question, QuestionType, unhandled
from studyguide.quiz.clock import seconds_in_words
from studyguide.quiz.grading import in_own_words, matching_example, ordering_example
from studyguide.quiz.layout import Layout, letter, positions
from studyguide.quiz.literal import literal
from studyguide.quiz.results import Outcome, QuestionResult, QuizResult, StopReason, Tally

INDENT = 2

_STYLES = {
    "title": "bold",
    "hint": "dim",
    "rule": "dim",
    "prompt": "bold",
    "correct": "bold green",
    "incorrect": "bold red",
    "skipped": "bold yellow",
    "answer": "bold",
    "bar": "dim",
    "quote": "italic",
}

_HEADLINES = {
    Outcome.CORRECT: ("✓ Right", "Right"),
    Outcome.INCORRECT: ("✗ Wrong", "Wrong"),
    Outcome.SKIPPED: ("– Skipped", "Skipped"),
}

_COMPARE = ("↔ Compare", "Compare")
"""The headline over an answer in the student's own words that the quiz could not match: the
student compares it with the model answer and says whether it is right."""
_LATE = ("✗ Too late", "Too late")
_TIME_UP = ("✗ Time is up", "Time is up")

_STOP_MESSAGES = {
    StopReason.QUIT: "Stopping here.",
    StopReason.END_OF_INPUT: "No more answers: stopping here.",
    StopReason.INTERRUPTED: "Interrupted: stopping here.",
}


def prompt_for(question: Question, layout: Layout) -> str:
    """The words asking for an answer, ending where the student types."""
    match question.type:
        case QuestionType.MULTIPLE_CHOICE:
            return f"Your answer, a to {letter(len(layout.choices) - 1)}: "
        case QuestionType.TRUE_FALSE:
            return "True or false? t or f: "
        case QuestionType.FILL_BLANK:
            return "Fill in the blank: "
        case QuestionType.SHORT_ANSWER:
            return "Your answer: "
        case QuestionType.MATCHING:
            return "Your matches: "
        case QuestionType.ORDERING:
            return "Your order: "
        case _:
            unhandled(question.type)


def retry_prompt(missed: int) -> str:
    """The offer, at the end of a quiz, to ask the missed questions again."""
    questions = "question" if missed == 1 else "questions"
    return f"Retry the {missed} missed {questions} now? [y/N] "


class Screen:
    """Draws the quiz on a rich console."""

    def __init__(self, console: Console, *, plain: bool = False) -> None:
        self.console = console
        self.plain = plain

    @property
    def sep(self) -> str:
        """Between the parts of a heading: a dot, or in plain words a comma."""
        return ", " if self.plain else " · "

    def style(self, name: str) -> str:
        return "" if self.plain else _STYLES[name]

    def print(self, renderable: RenderableType = "") -> None:
        self.console.print(_Trimmed(renderable))

    def command(self, line: str) -> None:
        """A line that holds a command or a path, left unwrapped so it can be copied whole."""
        self.console.print(literal(line), soft_wrap=True)

    # -- the quiz -----------------------------------------------------------------------

    def intro(self, title: str, count: int, time_limit: float | None = None) -> None:
        heading = Text(_questions(count))
        if title:
            heading = Text.assemble(literal(title, self.style("title")), ": ", heading)
        self.print(heading)
        self.print(
            Text(
                "Type your answer and press Enter. s skips a question; q stops the quiz.",
                style=self.style("hint"),
            )
        )
        self._time_limit(time_limit)

    def retry_intro(self, count: int, time_limit: float | None = None) -> None:
        self.print()
        self.print(Text(f"Again: the {_questions(count, 'missed ')}", style=self.style("title")))
        self._time_limit(time_limit)

    def _time_limit(self, time_limit: float | None) -> None:
        if time_limit is not None:
            self.print(
                Text(
                    f"You have {seconds_in_words(time_limit)} for each question; "
                    "an answer not in by then counts as wrong.",
                    style=self.style("hint"),
                )
            )

    def question(
        self, number: int, total: int, question: Question, layout: Layout, article: str = ""
    ) -> None:
        """The question, under a heading with its number, type and points; `article` is the
        title of the article it is on, shown when the bank holds several."""
        heading = f"Question {number} of {total}{self.sep}{question.type.label}"
        if question.points != 1:
            heading += f"{self.sep}{question.points} points"
        self.print()
        if self.plain:
            self.print(Text(heading))
        else:
            self.print(Rule(Text(heading), align="left", style=self.style("rule")))
        if article:
            self.print(literal(f"On “{article}”", self.style("hint")))
        self.print(literal(question.prompt, self.style("prompt")))
        body = self._question_body(question, layout)
        if body is not None:
            self.print()
            self.print(_indent(body))
        hint = _answer_hint(question, layout)
        if hint:
            self.print(Text(hint, style=self.style("hint")))

    def pause_prompt(self, *, last: bool, override: bool, compare: bool = False) -> str:
        """The words waiting for Enter after a verdict, ending where the student types; after
        an answer in the student's own words, asking whether it says what the model says."""
        then = "to see your score" if last else "for the next question"
        if compare:
            return f"Does yours say the same? y if it does; Enter {then}: "
        right = ", or r if your answer was right after all" if override else ""
        return f"Press Enter {then}{right}: "

    def overridden(self) -> None:
        self.print(Text("Counted right, as you say.", style=self.style("hint")))

    def unclear(self, note: str) -> None:
        self.print(Text(note, style=self.style("hint")))

    def feedback(self, result: QuestionResult, layout: Layout, article: BankArticle | None) -> None:
        question = result.question
        unanswered = result.late and not result.answer  # the time ran out at the prompt
        compare = compared(result)
        if unanswered:
            fancy, plain = _TIME_UP
        elif result.late:
            fancy, plain = _LATE
        elif compare:
            fancy, plain = _COMPARE
        else:
            fancy, plain = _HEADLINES[result.outcome]
        style = self.style("hint" if compare else result.outcome.value)
        headline = Text(plain if self.plain else fancy, style=style)
        if result.outcome is Outcome.CORRECT:
            headline.append(": ")
            headline.append_text(literal(result.understood))
        elif result.outcome is Outcome.INCORRECT and not unanswered:
            headline.append(": you wrote " if compare else ": you answered ")
            headline.append_text(literal(result.understood))
        self._hanging(headline, first=0, rest=INDENT)
        # A right answer given too late needs no "Answer:" line repeating it.
        repeated = result.late and result.understood == result.expected
        if result.outcome is not Outcome.CORRECT and not repeated:
            label = "Model answer:" if compare else "Answer:"
            answer = _labelled([label], [result.expected], self.style("answer"))
            self.print(_indent(answer))
        if question.type in _LISTED_ANSWERS:
            # Where an answer was given and not all right, each pair or place says which.
            given = result.understood if result.outcome is Outcome.INCORRECT else ""
            listed = _answer_list(question, layout, self.plain, given)
            self.print(_indent(listed, 2 * INDENT))
        if result.note:
            self._indented(literal(result.note))
        if question.explanation:
            self._indented(literal(question.explanation))
        self.evidence(question.evidence, article)

    def evidence(self, evidence: Sequence[Evidence], article: BankArticle | None) -> None:
        if not evidence:
            return
        self._indented(Text("From the article:"))
        for item in evidence:
            self._quoted(literal(item.text, self.style("quote")))
        speaker = speaker_of(evidence, article)
        if speaker:
            self._quoted(literal(f"— {speaker}"))

    def stopped(self, reason: StopReason) -> None:
        message = _STOP_MESSAGES.get(reason)
        if message:
            self.print()
            self.print(Text(message))

    # -- the end --------------------------------------------------------------------------

    def summary(self, result: QuizResult) -> None:
        self.print()
        if self.plain:
            self.print(Text("Results"))
        else:
            self.print(Rule(Text("Results"), align="left", style=self.style("rule")))
        tally = result.tally
        total = len(result.questions)
        if tally.asked < total:
            self.print(Text(f"You stopped after {tally.asked} of {total} questions."))
        if not tally.asked:
            return
        line = Text("Score: ", style=self.style("title"))
        line.append(f"{tally.points:g} of {tally.possible} points ({tally.percent:.0f}%)")
        line.append(f"{self.sep}{tally.correct} of {tally.asked} right")
        if tally.skipped:
            line.append(f"{self.sep}{tally.skipped} skipped")
        self.print(line)
        self._breakdown(result)
        self.print()
        missed = [
            (number, asked)
            for number, asked in enumerate(result.results, start=1)
            if asked.outcome is not Outcome.CORRECT
        ]
        if not missed:
            praise = (
                "Nothing missed so far." if tally.asked < total else "Nothing missed. Well done!"
            )
            self.print(Text(praise, style=self.style("correct")))
            return
        self.print(Text(f"To look at again ({len(missed)}):", style=self.style("title")))
        for number, missed_result in missed:
            grid = Table.grid(padding=(0, 1))
            grid.add_column(no_wrap=True, justify="right")
            grid.add_column()
            prompt = literal(missed_result.question.prompt)
            if missed_result.outcome is Outcome.SKIPPED:
                prompt.append(" (skipped)")
            grid.add_row(Text(f"{number}."), prompt)
            grid.add_row(
                Text(""),
                Text.assemble(
                    "Answer: ", literal(_answer_line(missed_result.question, self.plain))
                ),
            )
            self.print(_indent(grid))

    def _breakdown(self, result: QuizResult) -> None:
        """The score by type (when there were several) and by tag, in one table."""
        sections: list[tuple[str, list[tuple[Text, Tally]]]] = []
        by_type = result.by_type()
        if len(by_type) > 1:
            sections.append(("By type", [(Text(k.label), t) for k, t in by_type.items()]))
        by_tag = result.by_tag()
        if by_tag:
            sections.append(("By tag", [(literal(tag), tally) for tag, tally in by_tag.items()]))
        if not sections:
            return
        table = Table.grid(padding=(0, 3))
        table.add_column()
        table.add_column(justify="right")
        for heading, rows in sections:
            table.add_row(Text(heading, style=self.style("title")), Text(""))
            for name, part in rows:
                table.add_row(_indent(name), Text(f"{part.correct} of {part.asked} right"))
        self.print(_indent(table))

    # -- pieces -------------------------------------------------------------------------------

    def _indented(self, text: Text) -> None:
        self.print(_indent(text))

    def _hanging(self, text: Text, *, first: int, rest: int) -> None:
        """`text` wrapped with its first line indented by `first`, the others by `rest`."""
        width = max(self.console.width - rest, 20)
        for number, line in enumerate(text.wrap(self.console, width)):
            self.print(Text.assemble(" " * (rest if number else first), line))

    def _quoted(self, text: Text) -> None:
        """`text` set off as a quotation: behind a bar, or indented further when plain."""
        if self.plain:
            self.print(_indent(text, 2 * INDENT))
            return
        bar = Text("│ ", style=self.style("bar"))
        for line in text.wrap(self.console, max(self.console.width - INDENT - len(bar), 20)):
            self.print(Text.assemble(" " * INDENT, bar, line))

    def _question_body(self, question: Question, layout: Layout) -> RenderableType | None:
        match question.type:
            case QuestionType.MULTIPLE_CHOICE:
                labels = [f"{letter(i)})" for i in range(len(layout.choices))]
                return _labelled(labels, layout.choices)
            case QuestionType.ORDERING:
                return _labelled([f"{n}." for n in range(1, len(layout.items) + 1)], layout.items)
            case QuestionType.MATCHING:
                numbers = [f"{n})" for n in range(1, len(layout.left) + 1)]
                letters = [f"{letter(i)})" for i in range(len(layout.right))]
                if self.plain:
                    table = Table.grid()
                    table.add_row(_labelled(numbers, layout.left))
                    table.add_row("")
                    table.add_row(_labelled(letters, layout.right))
                    return table
                return _side_by_side(numbers, layout.left, letters, layout.right)
            case QuestionType.TRUE_FALSE | QuestionType.FILL_BLANK | QuestionType.SHORT_ANSWER:
                return None
            case _:
                unhandled(question.type)


def show_notes(
    notes: Sequence[str], *, console: Console, plain: bool = False, suggestion: str = ""
) -> None:
    """Print what the student should know before the first question (a plan's notes),
    then `suggestion`, a line holding a command, which is never wrapped."""
    screen = Screen(console, plain=plain)
    for note in notes:
        screen.print(Text(note))
    if suggestion:
        screen.command(suggestion)


def show_summary(result: QuizResult, *, console: Console, plain: bool = False) -> None:
    """Print the end of a quiz: the score overall and by type, and the questions missed."""
    Screen(console, plain=plain).summary(result)


def _questions(count: int, kind: str = "") -> str:
    return f"{count} {kind}question" if count == 1 else f"{count} {kind}questions"


def speaker_of(evidence: Sequence[Evidence], article: BankArticle | None) -> str | None:
    """Who said the words of `evidence`, as "Elena Dvořák, Mayor", when the article's quotes
    or reported claims attribute them to someone."""
    if article is None:
        return None
    spans = [(item.start, item.end) for item in evidence]
    for sentence, speaker in (
        *((quote.sentence, quote.speaker) for quote in article.quotes),
        *((claim.sentence, claim.speaker) for claim in article.claims),
    ):
        if speaker and any(start < sentence.end and sentence.start < end for start, end in spans):
            role = next((p.role for p in article.people if p.name == speaker and p.role), None)
            return f"{speaker}, {role}" if role else speaker
    return None


class _Trimmed:
    """A renderable without the spaces rich pads lines and table cells with on the right,
    which would otherwise end up in transcripts and screen-reader output."""

    def __init__(self, renderable: RenderableType) -> None:
        self.renderable = renderable

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for line in console.render_lines(self.renderable, options, pad=False):
            while line and not line[-1].control and not line[-1].text.strip():
                line.pop()
            if line:
                last = line.pop()
                line.append(Segment(last.text.rstrip(), last.style, last.control))
            yield from line
            yield Segment.line()


def _indent(renderable: RenderableType, width: int = INDENT) -> Padding:
    return Padding(renderable, (0, 0, 0, width), expand=False)


def _labelled(labels: Sequence[str], items: Sequence[str], style: str = "") -> Table:
    """Items behind their labels, each wrapped under its own start."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column()
    for label, item in zip(labels, items, strict=True):
        grid.add_row(Text(label), literal(item, style))
    return grid


def _side_by_side(
    numbers: Sequence[str], left: Sequence[str], letters: Sequence[str], right: Sequence[str]
) -> Table:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    grid.add_column(no_wrap=True, width=2)
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    for row in range(max(len(left), len(right))):
        cells = [
            Text(numbers[row]) if row < len(left) else Text(""),
            literal(left[row]) if row < len(left) else Text(""),
            Text(""),
            Text(letters[row]) if row < len(right) else Text(""),
            literal(right[row]) if row < len(right) else Text(""),
        ]
        grid.add_row(*cells)
    return grid


def _answer_list(question: Question, layout: Layout, plain: bool, given: str = "") -> Table:
    """The right answer of a matching or ordering question spelt out in full; with the
    student's answer (`given`, as understood: "1b 2a", "2 1 3"), each pair or place marked
    right or wrong."""
    if question.type is QuestionType.MATCHING:
        labels = [
            f"{n}{letter(layout.right.index(p.right))}" for n, p in enumerate(question.pairs, 1)
        ]
        lines = [f"{pair.left}{_MATCHES[plain]}{pair.right}" for pair in question.pairs]
        chosen = given.split()
        marks = [label in chosen for label in labels] if given else []
    else:
        labels = [f"{number}." for number in positions(layout.items, question.order)]
        lines = list(question.order)
        placed = [layout.items[int(n) - 1] for n in given.split()]
        marks = (
            [item == right for item, right in zip(placed, question.order, strict=True)]
            if given
            else []
        )
    if marks:
        lines = [
            f"{line}  {_MARKS[plain][right]}" for line, right in zip(lines, marks, strict=True)
        ]
    return _labelled(labels, lines)


_MARKS = {False: {True: "✓", False: "✗"}, True: {True: "(right)", False: "(wrong)"}}
"""How a pair or place of an answer is marked: signs, or in plain mode words."""


def _answer_line(question: Question, plain: bool) -> str:
    """The right answer on one line, without the labels of a particular layout."""
    match question.type:
        case QuestionType.MATCHING:
            return "; ".join(f"{p.left}{_MATCHES[plain]}{p.right}" for p in question.pairs)
        case QuestionType.ORDERING:
            return _THEN[plain].join(question.order)
        case (
            QuestionType.MULTIPLE_CHOICE
            | QuestionType.TRUE_FALSE
            | QuestionType.FILL_BLANK
            | QuestionType.SHORT_ANSWER
        ):
            return question.answer
        case _:
            unhandled(question.type)


def _answer_hint(question: Question, layout: Layout) -> str:
    """How to write the answer, where the prompt does not say: an example of as many items
    as the question has."""
    match question.type:
        case QuestionType.MATCHING:
            return f"Give each number a letter, for example: {matching_example(len(layout.left))}"
        case QuestionType.ORDERING:
            example = ordering_example(len(layout.items))
            return f"Type the numbers from first to last, for example: {example}"
        case (
            QuestionType.MULTIPLE_CHOICE
            | QuestionType.TRUE_FALSE
            | QuestionType.FILL_BLANK
            | QuestionType.SHORT_ANSWER
        ):
            return ""
        case _:
            unhandled(question.type)


_MATCHES = {False: " → ", True: ": "}
_THEN = {False: " → ", True: ", then "}
"""Arrows, or in plain mode words, which a screen reader reads better."""

_LISTED_ANSWERS = frozenset({QuestionType.MATCHING, QuestionType.ORDERING})


def compared(result: QuestionResult) -> bool:
    """Whether the student is to compare their answer with the model answer: one in their
    own words (not given too late) that the quiz could not match."""
    return (
        in_own_words(result.question)
        and result.outcome is Outcome.INCORRECT
        and bool(result.answer)
        and not result.late
    )
