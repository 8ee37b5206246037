"""What each question type asks of its fields, beyond their kinds: one check per type.

A new question type is one more function registered with `@rule`, plus its entries in
`schema.TYPE_NEEDS` and `schema.TYPE_USES`.
"""

from __future__ import annotations

from collections.abc import Callable

from yaml.nodes import Node, SequenceNode

from studyguide.bank import codes
from studyguide.bank.fields import Fields
from studyguide.bank.problems import Report, did_you_mean, quoted
from studyguide.model import BLANK, FALSE, TRUE, QuestionType, changed_to

Check = Callable[[Fields, Report], None]

RULES: dict[QuestionType, Check] = {}


def rule(qtype: QuestionType) -> Callable[[Check], Check]:
    def register(check: Check) -> Check:
        RULES[qtype] = check
        return check

    return register


def true_false_answer(answer: str) -> str | None:
    """`True` or `False` for an answer written in any case; None for anything else."""
    return {TRUE.lower(): TRUE, FALSE.lower(): FALSE}.get(answer.strip().lower())


@rule(QuestionType.MULTIPLE_CHOICE)
def _multiple_choice(fields: Fields, report: Report) -> None:
    if "choices" not in fields.values:
        return
    choices = fields.texts("choices")
    if len(choices) < 2:
        report.error(
            fields.where("choices"),
            codes.BAD_CHOICES,
            f"{fields.label}: a multiple_choice question needs at least 2 choices "
            f"(found {len(choices)})",
            'write each choice on its own line, starting with "- "',
        )
    for item, choice in _repeats(fields.where("choices"), choices):
        report.error(
            item,
            codes.BAD_CHOICES,
            f"{fields.label}: choice {quoted(choice)} is given twice",
            "each choice must be different; delete or change one",
        )
    answer = fields.text("answer")
    if answer is not None and choices and answer not in choices:
        report.error(
            fields.where("answer"),
            codes.ANSWER_NOT_A_CHOICE,
            f"{fields.label}: answer {quoted(answer)} is not among the choices",
            did_you_mean(
                answer, choices, also="add it to the choices, or make the answer one of them"
            ),
        )


@rule(QuestionType.TRUE_FALSE)
def _true_false(fields: Fields, report: Report) -> None:
    answer = fields.text("answer")
    if answer is not None and true_false_answer(answer) is None:
        report.error(
            fields.where("answer"),
            codes.TRUE_FALSE_ANSWER,
            f"{fields.label}: a true_false answer must be True or False, not {quoted(answer)}",
            "write answer: True or answer: False",
        )
    prompt, altered = fields.text("prompt"), fields.text("altered")
    if prompt is not None and altered:
        new = changed_to(altered)
        if new and new.casefold() not in prompt.casefold():
            report.warning(
                fields.where("altered"),
                codes.STALE_ALTERATION,
                f"{fields.label}: the prompt no longer says {quoted(new)}, which altered says"
                " was changed from the article",
                "delete the altered line, or write there what the prompt now changes;"
                " the answer key leaves it out until then",
            )


@rule(QuestionType.FILL_BLANK)
def _fill_blank(fields: Fields, report: Report) -> None:
    prompt = fields.text("prompt")
    if prompt is not None and "___" not in prompt:
        report.warning(
            fields.where("prompt"),
            codes.NO_BLANK,
            f"{fields.label}: the prompt has no blank to fill in",
            f"mark the missing words with {BLANK}",
        )


@rule(QuestionType.SHORT_ANSWER)
def _short_answer(fields: Fields, report: Report) -> None:
    """A short answer needs only its answer, which the field checks already ask for."""


@rule(QuestionType.MATCHING)
def _matching(fields: Fields, report: Report) -> None:
    if "pairs" not in fields.values:
        return
    pairs = fields.shapes("pairs")
    if len(pairs) < 2:
        report.error(
            fields.where("pairs"),
            codes.BAD_PAIRS,
            f"{fields.label}: a matching question needs at least 2 pairs (found {len(pairs)})",
            'write each pair as "- left: ..." with "right: ..." below it',
        )
    for side in ("left", "right"):
        seen: set[str] = set()
        for pair in pairs:
            item = pair.text(side)
            if item is None:
                continue
            if item in seen:
                report.error(
                    pair.where(side),
                    codes.BAD_PAIRS,
                    f"{fields.label}: {side} item {quoted(item)} is in two pairs",
                    "each item must match exactly one other; change or delete one of the pairs",
                )
            seen.add(item)


@rule(QuestionType.ORDERING)
def _ordering(fields: Fields, report: Report) -> None:
    if "order" not in fields.values:
        return
    order = fields.texts("order")
    if len(order) < 2:
        report.error(
            fields.where("order"),
            codes.BAD_ORDER,
            f"{fields.label}: an ordering question needs at least 2 items (found {len(order)})",
            'write the items in their right order, each on its own line starting with "- "',
        )
    for item, text in _repeats(fields.where("order"), order):
        report.error(
            item,
            codes.BAD_ORDER,
            f"{fields.label}: item {quoted(text)} is given twice",
            "each item can have only one place in the order; change or delete one",
        )


def _repeats(sequence: Node, items: tuple[str, ...]) -> list[tuple[Node, str]]:
    """The items that repeat an earlier one, with the node of each repeat."""
    nodes = sequence.value if isinstance(sequence, SequenceNode) else []
    seen: set[str] = set()
    repeats = []
    for index, item in enumerate(items):
        if item in seen:
            repeats.append((nodes[index] if index < len(nodes) else sequence, item))
        seen.add(item)
    return repeats
