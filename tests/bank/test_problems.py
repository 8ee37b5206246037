# ruff: noqa: E501  (the table holds whole messages, which are longer than a line)
"""Every kind of invalid bank, each with the exact problems reported: place, code, message, hint."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from studyguide.bank import check_bank
from studyguide.bank.yaml_nodes import caret_excerpt

BASE = """\
schema: 1
title: Test bank
articles:
  - id: bridge
    title: Bridge reopens
    text: The bridge opened in 2003. "It is safe," the mayor said.
questions:
"""

TWO_ARTICLES = """\
schema: 1
title: Test bank
articles:
  - id: bridge
    title: Bridge reopens
    text: The bridge opened in 2003.
  - id: tunnel
    title: Tunnel closes
    text: The tunnel closed in 2011.
questions:
"""

QUOTE = """\
schema: 1
title: Test bank
articles:
  - id: bridge
    title: Bridge
    text: He said it was safe.
    quotes:
"""


def q(body: str) -> str:
    """A bank of one article whose questions are `body`, starting on line 8."""
    return BASE + body


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    problems: list[tuple[str, str | None]]
    """Each problem as printed, with its hint."""


CASES = [
    Case(
        "syntax_colon",
        q("  - type: short_answer\n    prompt: What is it: a bridge?\n    answer: A bridge\n"),
        [
            (
                "bank.yaml:9:23: SG110 YAML syntax error: mapping values are not allowed here",
                'text that holds ": " must be put in quotes\n    prompt: What is it: a bridge?\n                      ^',
            ),
        ],
    ),
    # A key indented one space too far is an indentation slip, not text that needs quotes.
    Case(
        "syntax_key_indented_too_far",
        q("  - type: short_answer\n    prompt: What?\n     answer: A bridge\n"),
        [
            (
                "bank.yaml:10:12: SG110 YAML syntax error: mapping values are not allowed here",
                "line this key up with the keys above it: it is indented differently\n"
                "     answer: A bridge\n           ^",
            ),
        ],
    ),
    # The library's words for common slips, as a teacher would say them.
    Case(
        "syntax_key_indented_too_little",
        q("  - type: short_answer\n    prompt: What?\n   answer: A bridge\n"),
        [
            (
                "bank.yaml:10:4: SG110 YAML syntax error: a line is indented where no line of"
                " this part may stand (in the part that starts on line 8)",
                "check the indentation: items of one list or mapping line up\n"
                "   answer: A bridge\n   ^",
            ),
        ],
    ),
    Case(
        "syntax_double_quote_inside",
        q('  - type: short_answer\n    prompt: "He said "no" today"\n    answer: A bridge\n'),
        [
            (
                "bank.yaml:9:23: SG110 YAML syntax error: text goes on after a closing quote, or"
                " stands where a new key was expected (in the part that starts on line 8)",
                'a quoted text ends at its closing quote: write " inside "..." as \\", or put the'
                ' text in single quotes\n    prompt: "He said "no" today"\n                      ^',
            ),
        ],
    ),
    Case(
        "syntax_unclosed_quote",
        q('  - type: short_answer\n    prompt: "When did it open?\n    answer: 2003\n'),
        [
            (
                "bank.yaml:9:13: SG110 YAML syntax error: found unexpected end of stream (while scanning a quoted scalar on line 9)",
                'a quote is opened and never closed\n    prompt: "When did it open?\n            ^',
            ),
        ],
    ),
    Case(
        "syntax_tab",
        q("  - type: short_answer\n\tprompt: When?\n"),
        [
            (
                "bank.yaml:9:1: SG110 YAML syntax error: found character '\\t' that cannot start any token (while scanning for the next token)",
                "YAML does not allow tabs for indentation: indent with spaces\n prompt: When?\n^",
            ),
        ],
    ),
    Case(
        "syntax_two_documents",
        q("  - type: short_answer\n    prompt: When?\n    answer: 2003\n---\ntitle: Other\n"),
        [
            (
                "bank.yaml:11:1: SG110 YAML syntax error: expected a single document in the stream, but found another document",
                'a bank is one YAML document: remove the "---" line\n---\n^',
            ),
        ],
    ),
    Case(
        "empty",
        "",
        [
            (
                "bank.yaml:1:1: SG111 the file is empty",
                "create a bank with: studyguide generate ARTICLE -o BANK",
            ),
        ],
    ),
    Case(
        "only_comments",
        "# nothing yet\n\n",
        [
            (
                "bank.yaml:1:1: SG111 the file holds only comments",
                "create a bank with: studyguide generate ARTICLE -o BANK",
            ),
        ],
    ),
    Case(
        "top_list",
        "- schema: 1\n- title: Test\n",
        [
            (
                "bank.yaml:1:1: SG112 the top level must be a mapping (schema, title, articles, questions), not a list",
                "a bank starts with the lines schema: 1 and title: ...",
            ),
        ],
    ),
    Case(
        "top_text",
        "Just some words\n",
        [
            (
                "bank.yaml:1:1: SG112 the top level must be a mapping (schema, title, articles, questions), not text",
                "a bank starts with the lines schema: 1 and title: ...",
            ),
        ],
    ),
    Case(
        "python_tag",
        q(
            "  - type: short_answer\n    prompt: !!python/object/apply:os.system [echo hi]\n    answer: x\n"
        ),
        [
            (
                "bank.yaml:9:13: SG113 YAML tags are not allowed: !!python/object/apply:os.system",
                "a bank holds only text, numbers, lists and mappings; delete the tag",
            ),
        ],
    ),
    Case(
        "anchor_alias",
        q(
            "  - type: short_answer\n    prompt: &p When did it open?\n    answer: 2003\n  - type: short_answer\n    prompt: *p\n    answer: 2003\n"
        ),
        [
            (
                "bank.yaml:9:13: SG114 YAML anchors are not allowed: &p",
                "delete it; a bank writes every value out in full",
            ),
            (
                "bank.yaml:12:13: SG114 YAML aliases are not allowed: *p",
                "write the value out in full where the alias stands",
            ),
        ],
    ),
    Case(
        "duplicate_key",
        q(
            "  - type: short_answer\n    prompt: When did it open?\n    prompt: What opened?\n    answer: 2003\n"
        ),
        [
            (
                'bank.yaml:10:5: SG115 question 1: key "prompt" appears twice (first on line 9)',
                "keep one of the two",
            ),
        ],
    ),
    Case(
        "unknown_key",
        q("  - type: short_answer\n    promt: When did it open?\n    answer: 2003\n"),
        [
            ('bank.yaml:9:5: SG116 question 1: unknown key "promt"', 'did you mean "prompt"?'),
        ],
    ),
    Case(
        "unknown_key_synonym",
        q("  - type: short_answer\n    question: When did it open?\n    answer: 2003\n"),
        [
            ('bank.yaml:9:5: SG116 question 1: unknown key "question"', 'did you mean "prompt"?'),
        ],
    ),
    Case(
        "unknown_key_no_match",
        q(
            "  - type: short_answer\n    prompt: When did it open?\n    answer: 2003\n    colour: blue\n"
        ),
        [
            (
                'bank.yaml:11:5: SG116 question 1: unknown key "colour"',
                "the keys of a question: id, type, article, prompt, choices, answer, accepted, pairs, order, explanation, evidence, difficulty, tags, points, altered",
            ),
        ],
    ),
    Case(
        "missing_prompt",
        q("  - type: short_answer\n    answer: 2003\n"),
        [
            (
                'bank.yaml:8:5: SG117 question 1: missing "prompt"',
                'add a line "prompt: ..." (the question as students read it)',
            ),
        ],
    ),
    Case(
        "missing_title",
        "schema: 1\narticles: []\n",
        [
            (
                'bank.yaml:1:1: SG117 bank: missing "title"',
                'add a line "title: ..." (the bank\'s title, printed on worksheets)',
            ),
        ],
    ),
    Case(
        "missing_choices",
        q("  - type: multiple_choice\n    prompt: When did it open?\n    answer: 2003\n"),
        [
            (
                'bank.yaml:8:5: SG117 question 1: a multiple_choice question needs "choices"',
                'add "choices:" with each option on its own line, starting with "- "',
            ),
        ],
    ),
    Case(
        "missing_answer",
        q("  - type: fill_blank\n    prompt: It opened in _____.\n"),
        [
            (
                'bank.yaml:8:5: SG117 question 1: a fill_blank question needs "answer"',
                'add a line "answer: ..." with the right answer',
            ),
        ],
    ),
    Case(
        "empty_answer",
        q("  - type: short_answer\n    prompt: When did it open?\n    answer:\n"),
        [
            (
                "bank.yaml:10:12: SG119 question 1: answer is empty",
                'add a line "answer: ..." with the right answer',
            ),
        ],
    ),
    Case(
        "choices_not_list",
        q(
            "  - type: multiple_choice\n    prompt: When did it open?\n    choices: 2003\n    answer: 2003\n"
        ),
        [
            (
                "bank.yaml:10:14: SG118 question 1: choices must be a list, not text",
                'write each item on its own line, starting with "- "',
            ),
        ],
    ),
    Case(
        "points_not_number",
        q(
            "  - type: short_answer\n    prompt: When did it open?\n    answer: 2003\n    points: two\n"
        ),
        [
            ('bank.yaml:11:13: SG118 question 1: points must be a whole number, not "two"', None),
        ],
    ),
    Case(
        "prompt_mapping",
        q("  - type: short_answer\n    prompt:\n      when: in which year?\n    answer: 2003\n"),
        [
            (
                "bank.yaml:10:7: SG118 question 1: prompt must be text, not a mapping",
                'text that holds ": " must be put in quotes',
            ),
        ],
    ),
    Case(
        "choice_item_mapping",
        q(
            "  - type: multiple_choice\n    prompt: Which is true?\n    choices:\n      - Opened: 2003\n      - Closed\n    answer: Closed\n"
        ),
        [
            (
                "bank.yaml:11:9: SG118 question 1: choices item 1 must be text, not a mapping",
                'text that holds ": " must be put in quotes',
            ),
        ],
    ),
    Case(
        "questions_mapping",
        BASE + "  type: short_answer\n",
        [
            (
                "bank.yaml:8:3: SG118 bank: questions must be a list, not a mapping",
                'start each item with "- "',
            ),
        ],
    ),
    Case(
        "unknown_difficulty",
        q(
            "  - type: short_answer\n    prompt: When did it open?\n    answer: 2003\n    difficulty: medum\n"
        ),
        [
            (
                'bank.yaml:11:17: SG119 question 1: unknown difficulty "medum"',
                'did you mean "medium"? (one of: easy, medium, hard)',
            ),
        ],
    ),
    Case(
        "negative_points",
        q(
            "  - type: short_answer\n    prompt: When did it open?\n    answer: 2003\n    points: -1\n"
        ),
        [
            ("bank.yaml:11:13: SG119 question 1: points must be 0 or more, not -1", None),
        ],
    ),
    Case(
        "empty_prompt",
        q("  - type: short_answer\n    prompt: ''\n    answer: 2003\n"),
        [
            (
                "bank.yaml:9:13: SG119 question 1: prompt is empty",
                'add a line "prompt: ..." (the question as students read it)',
            ),
        ],
    ),
    Case(
        "bad_published",
        "schema: 1\ntitle: Test bank\narticles:\n  - id: bridge\n    title: Bridge\n    published: 11/10/2015\n    text: The bridge opened.\n",
        [
            (
                'bank.yaml:6:16: SG119 article "bridge": published must be a date written YYYY-MM-DD, not "11/10/2015"',
                "for example: published: 2015-10-11",
            ),
        ],
    ),
    Case(
        "bad_quote_kind",
        "schema: 1\ntitle: Test bank\narticles:\n  - id: bridge\n    title: Bridge\n    text: He said it was safe.\n    quotes:\n      - kind: indirect\n        text: it was safe\n        start: 8\n        end: 19\n",
        [
            (
                'bank.yaml:8:15: SG119 article "bridge", quote 1: unknown quote kind "indirect"',
                'did you mean "direct"? (one of: direct, mixed)',
            ),
        ],
    ),
    Case(
        "schema_version",
        BASE.replace("schema: 1", "schema: 2"),
        [
            (
                "bank.yaml:1:9: SG120 schema version 2 is not one this studyguide reads (it reads 1)",
                "install a newer studyguide, or check the number",
            ),
        ],
    ),
    Case(
        "schema_not_number",
        BASE.replace("schema: 1", "schema: one"),
        [
            ('bank.yaml:1:9: SG118 bank: schema must be a whole number, not "one"', None),
        ],
    ),
    Case(
        "unknown_type",
        q(
            "  - type: multiple-choice\n    prompt: When did it open?\n    choices: [2003, 2011]\n    answer: 2003\n"
        ),
        [
            (
                'bank.yaml:8:11: SG121 question 1: unknown question type "multiple-choice"',
                'did you mean "multiple_choice"? (one of: multiple_choice, true_false, fill_blank, short_answer, matching, ordering)',
            ),
        ],
    ),
    Case(
        "unknown_type_far",
        q("  - type: essay\n    prompt: Why?\n    answer: Because\n"),
        [
            (
                'bank.yaml:8:11: SG121 question 1: unknown question type "essay"',
                "use one of: multiple_choice, true_false, fill_blank, short_answer, matching, ordering",
            ),
        ],
    ),
    Case(
        "duplicate_question_id",
        q(
            "  - id: q1\n    type: short_answer\n    prompt: When did it open?\n    answer: 2003\n  - id: q1\n    type: short_answer\n    prompt: Who spoke?\n    answer: The mayor\n"
        ),
        [
            (
                'bank.yaml:12:9: SG122 question "q1": the question id "q1" is already used on line 8',
                "give each question its own id",
            ),
        ],
    ),
    Case(
        "duplicate_derived_id",
        q(
            "  - type: short_answer\n    prompt: When did it open?\n    answer: 2003\n  - type: short_answer\n    prompt: When did it open?\n    answer: In 2003\n"
        ),
        [
            (
                "bank.yaml:11:5: SG122 question 2: the same article and prompt as the question on line 8",
                "delete one of the two, or give one an id line",
            ),
        ],
    ),
    Case(
        "duplicate_article_id",
        TWO_ARTICLES.replace("id: tunnel", "id: bridge"),
        [
            (
                'bank.yaml:7:9: SG122 article "bridge": the article id "bridge" is already used on line 4',
                "give each article its own id",
            ),
        ],
    ),
    Case(
        "unknown_article",
        q(
            "  - type: short_answer\n    article: bridges\n    prompt: When did it open?\n    answer: 2003\n"
        ),
        [
            (
                'bank.yaml:9:14: SG123 question 1: the bank has no article with id "bridges"',
                'did you mean "bridge"?',
            ),
        ],
    ),
    Case(
        "which_article",
        TWO_ARTICLES + "  - type: short_answer\n    prompt: When did it open?\n    answer: 2003\n",
        [
            (
                'bank.yaml:11:5: SG124 question 1: the bank has 2 articles; say which one the question is about with "article:"',
                "the bank's articles: bridge, tunnel",
            ),
        ],
    ),
    Case(
        "answer_not_choice",
        q(
            "  - type: multiple_choice\n    prompt: When did it open?\n    choices: [2003, 2011, 1999]\n    answer: 2033\n"
        ),
        [
            (
                'bank.yaml:11:13: SG125 question 1: answer "2033" is not among the choices',
                'did you mean "2003"?',
            ),
        ],
    ),
    Case(
        "one_choice",
        q(
            "  - type: multiple_choice\n    prompt: When did it open?\n    choices: [2003]\n    answer: 2003\n"
        ),
        [
            (
                "bank.yaml:10:14: SG126 question 1: a multiple_choice question needs at least 2 choices (found 1)",
                'write each choice on its own line, starting with "- "',
            ),
        ],
    ),
    Case(
        "repeated_choice",
        q(
            "  - type: multiple_choice\n    prompt: When did it open?\n    choices:\n      - 2003\n      - 2011\n      - 2003\n    answer: 2003\n"
        ),
        [
            (
                'bank.yaml:13:9: SG126 question 1: choice "2003" is given twice',
                "each choice must be different; delete or change one",
            ),
        ],
    ),
    Case(
        "true_false_answer",
        q("  - type: true_false\n    prompt: The bridge opened in 2003.\n    answer: Maybe\n"),
        [
            (
                'bank.yaml:10:13: SG127 question 1: a true_false answer must be True or False, not "Maybe"',
                "write answer: True or answer: False",
            ),
        ],
    ),
    Case(
        "pairs_repeat",
        q(
            "  - type: matching\n    prompt: Match.\n    pairs:\n      - left: Bridge\n        right: 2003\n      - left: Bridge\n        right: 2011\n"
        ),
        [
            (
                'bank.yaml:13:15: SG128 question 1: left item "Bridge" is in two pairs',
                "each item must match exactly one other; change or delete one of the pairs",
            ),
        ],
    ),
    Case(
        "pairs_repeat_right",
        q(
            "  - type: matching\n    prompt: Match.\n    pairs:\n      - left: Bridge\n        right: 2003\n      - left: Tunnel\n        right: 2003\n"
        ),
        [
            (
                'bank.yaml:14:16: SG128 question 1: right item "2003" is in two pairs',
                "each item must match exactly one other; change or delete one of the pairs",
            ),
        ],
    ),
    Case(
        "one_pair",
        q(
            "  - type: matching\n    prompt: Match.\n    pairs:\n      - left: Bridge\n        right: 2003\n"
        ),
        [
            (
                "bank.yaml:11:7: SG128 question 1: a matching question needs at least 2 pairs (found 1)",
                'write each pair as "- left: ..." with "right: ..." below it',
            ),
        ],
    ),
    Case(
        "pair_missing_right",
        q(
            "  - type: matching\n    prompt: Match.\n    pairs:\n      - left: Bridge\n        right: 2003\n      - left: Tunnel\n"
        ),
        [
            (
                'bank.yaml:13:9: SG117 question 1, pair 2: missing "right"',
                'add a line "right: ..." (the item that matches it)',
            ),
        ],
    ),
    Case(
        "order_repeat",
        q("  - type: ordering\n    prompt: Order them.\n    order: [Built, Opened, Built]\n"),
        [
            (
                'bank.yaml:10:28: SG129 question 1: item "Built" is given twice',
                "each item can have only one place in the order; change or delete one",
            ),
        ],
    ),
    Case(
        "order_one",
        q("  - type: ordering\n    prompt: Order them.\n    order: [Built]\n"),
        [
            (
                "bank.yaml:10:12: SG129 question 1: an ordering question needs at least 2 items (found 1)",
                'write the items in their right order, each on its own line starting with "- "',
            ),
        ],
    ),
    Case(
        "unused_field",
        q(
            "  - type: short_answer\n    prompt: When did it open?\n    answer: 2003\n    choices: [2003, 2011]\n"
        ),
        [
            (
                'bank.yaml:11:5: SG130 warning: question 1: short_answer questions do not use "choices"',
                "delete the line, or change the question's type",
            ),
        ],
    ),
    Case(
        "start_after_end",
        q(
            "  - type: short_answer\n    prompt: When did it open?\n    answer: 2003\n    evidence:\n      - text: The bridge opened in 2003.\n        start: 26\n        end: 0\n"
        ),
        [
            (
                "bank.yaml:13:16: SG131 question 1, evidence 1: start 26 comes after end 0",
                "start is where the text begins in the article, end is just after it",
            ),
        ],
    ),
    Case(
        "start_without_end",
        q(
            "  - type: short_answer\n    prompt: When did it open?\n    answer: 2003\n    evidence:\n      - text: The bridge opened in 2003.\n        start: 0\n"
        ),
        [
            (
                'bank.yaml:12:9: SG117 question 1, evidence 1: "start" without "end"',
                "give both start and end, or neither and the text is looked up in the article",
            ),
        ],
    ),
    Case(
        "evidence_moved",
        q(
            "  - type: short_answer\n    prompt: When did it open?\n    answer: 2003\n    evidence:\n      - text: the mayor said.\n        start: 40\n        end: 55\n"
        ),
        [
            (
                "bank.yaml:12:9: SG132 warning: question 1, evidence 1: the text no longer matches the article at 40..55",
                "the text is at 41..56: set start: 41 and end: 56",
            ),
        ],
    ),
    Case(
        "evidence_mismatch",
        q(
            "  - type: short_answer\n    prompt: When did it open?\n    answer: 2003\n    evidence:\n      - text: The bridge opened in 2004.\n        start: 0\n        end: 26\n"
        ),
        [
            (
                "bank.yaml:12:9: SG132 warning: question 1, evidence 1: the text no longer matches the article at 0..26",
                'the article reads "The bridge opened in 2003." there; fix the offsets or the text',
            ),
        ],
    ),
    Case(
        "evidence_not_found",
        q(
            "  - type: short_answer\n    prompt: When did it open?\n    answer: 2003\n    evidence:\n      - text: The bridge closed.\n"
        ),
        [
            (
                "bank.yaml:12:9: SG132 warning: question 1, evidence 1: the evidence text is not in the article",
                "copy the words exactly as the article has them",
            ),
        ],
    ),
    Case(
        "evidence_past_end",
        q(
            "  - type: short_answer\n    prompt: When did it open?\n    answer: 2003\n    evidence:\n      - text: The bridge closed.\n        start: 100\n        end: 118\n"
        ),
        [
            (
                "bank.yaml:12:9: SG132 warning: question 1, evidence 1: the text no longer matches the article at 100..118",
                "the article text has only 56 characters",
            ),
        ],
    ),
    Case(
        "no_blank",
        q("  - type: fill_blank\n    prompt: When did it open?\n    answer: 2003\n"),
        [
            (
                "bank.yaml:9:13: SG133 warning: question 1: the prompt has no blank to fill in",
                "mark the missing words with _____",
            ),
        ],
    ),
    Case(
        "stale_alteration",
        q(
            "  - type: true_false\n    prompt: The bridge reopened in 2020.\n    answer: 'False'\n"
            "    altered: 'date: 2023 → 2021'\n"
        ),
        [
            (
                'bank.yaml:11:14: SG137 warning: question 1: the prompt no longer says "2021",'
                " which altered says was changed from the article",
                "delete the altered line, or write there what the prompt now changes; the answer"
                " key leaves it out until then",
            ),
        ],
    ),
    Case(
        "nul_character",
        q("  - type: short_answer\n    prompt: When\x00?\n    answer: 2003\n"),
        [
            (
                "bank.yaml:9:17: SG134 character U+0000 is not allowed in a YAML file",
                "is this a binary file? A bank is YAML text; delete the character if it is a stray one",
            ),
        ],
    ),
    Case(
        "half_character",
        q('  - type: short_answer\n    prompt: "When \\ud800?"\n    answer: 2003\n'),
        [
            (
                "bank.yaml:9:13: SG134 an escape for half a character: \\ud800",
                "write the character itself, or its whole pair of escapes",
            ),
        ],
    ),
    Case(
        "too_deep",
        "title: " + "[" * 50 + "]" * 50 + "\n",
        [
            (
                "bank.yaml:1:47: SG135 lists and mappings are nested more than 40 levels deep",
                "a bank nests a few levels at most; check the brackets and indentation",
            ),
        ],
    ),
    Case(
        "key_not_text",
        q("  - type: short_answer\n    ? [prompt]\n    : When?\n    answer: 2003\n"),
        [
            (
                'bank.yaml:8:5: SG117 question 1: missing "prompt"',
                'add a line "prompt: ..." (the question as students read it)',
            ),
            ("bank.yaml:9:7: SG118 question 1: a key must be text, not a list", None),
        ],
    ),
    Case(
        "quote_mismatch",
        QUOTE
        + "      - kind: mixed\n        text: it is safe\n        start: 8\n        end: 18\n",
        [
            (
                'bank.yaml:8:9: SG132 warning: article "bridge", quote 1: the text no longer matches the article at 8..18',
                'the article reads "it was saf" there; fix the offsets or the text',
            ),
        ],
    ),
    Case(
        "sentence_past_end",
        QUOTE
        + "      - kind: mixed\n        text: it was safe\n        start: 8\n        end: 19\n"
        + "        sentence: {start: 0, end: 99}\n",
        [
            (
                'bank.yaml:12:19: SG132 warning: article "bridge", quote 1, sentence: end 99 is past the end of the article text (20 characters)',
                "fix the offsets, or delete the sentence line",
            ),
        ],
    ),
    Case(
        "generated_not_a_mapping",
        BASE.replace("questions:\n", "    generated: [q1, q2]\n"),
        [
            (
                'bank.yaml:7:16: SG118 article "bridge": generated must be a mapping, not a list',
                'write each item on its own line as "name: text"',
            ),
        ],
    ),
    Case(
        "generated_entries",
        BASE.replace(
            "questions:\n",
            "    generated:\n      q1: 1a2b3c4d\n      q2:\n      q1: 5e6f7a8b\n      q3: [x]\n",
        ),
        [
            ('bank.yaml:9:10: SG119 article "bridge", generated: "q2" is empty', None),
            (
                'bank.yaml:10:7: SG115 article "bridge", generated: "q1" appears twice (first on line 8)',
                "keep one of the two",
            ),
            (
                'bank.yaml:11:11: SG118 article "bridge", generated: "q3" must be text, not a list',
                None,
            ),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_invalid_bank_problems(case: Case) -> None:
    bank, problems = check_bank(case.text, "bank.yaml")
    assert [(str(p), p.hint) for p in problems] == case.problems
    has_errors = any(p.severity.value == "error" for p in problems)
    assert (bank is None) == has_errors


def test_there_are_cases_for_every_code() -> None:
    from studyguide.bank.codes import ALL_CODES

    seen = {problem.split(": ")[1].split()[0] for case in CASES for problem, _ in case.problems}
    assert {code.code for code in ALL_CODES} - seen == {"SG136"}


def test_a_syntax_error_on_a_long_line_shows_only_the_stretch_around_it() -> None:
    line = "questions: " + "b" * 500 + " a: x: y"
    excerpt = caret_excerpt(f"title: x\n{line}\n", 2, line.index("x:") + 1)
    shown, caret = excerpt.split("\n")
    assert len(shown) < 100 and shown.startswith("...")
    assert shown[caret.index("^")] == "x"
    assert caret_excerpt("title: [\n", 1, 8) == "title: [\n       ^"
