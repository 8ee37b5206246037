"""The question bank: one YAML file that teachers read and edit, and every later stage reads.

`dump_bank` and `parse_bank` turn a `Bank` into text and back; `load_bank` and
`save_bank` do the same with a file; `check_bank` and `check_file` report every problem
of a bank (warnings too) for `studyguide validate`. `merge_into_bank` adds generated
questions to a bank the teacher may have edited, keeping the edits; a `QuestionFilter`
chooses questions by article, type, tag and difficulty (`filter_questions`, `filter_bank`)
for render, export and quiz alike.
"""

from __future__ import annotations

from studyguide.bank.files import MAX_BANK_BYTES, check_file, load_bank, read_bank_text, save_bank
from studyguide.bank.filters import (
    EVERY_QUESTION,
    TYPE_NAMES,
    QuestionFilter,
    filter_bank,
    filter_questions,
    parse_difficulties,
    parse_types,
    split_names,
)
from studyguide.bank.merge import MergeReport, merge_bank_text, merge_into_bank, record_generated
from studyguide.bank.plain import dump_plain
from studyguide.bank.reader import check_bank, parse_bank, question_id
from studyguide.bank.schema import SCHEMA_FILE
from studyguide.bank.writer import bank_data, dump_bank

__all__ = [
    "EVERY_QUESTION",
    "MAX_BANK_BYTES",
    "SCHEMA_FILE",
    "TYPE_NAMES",
    "MergeReport",
    "QuestionFilter",
    "bank_data",
    "check_bank",
    "check_file",
    "dump_bank",
    "dump_plain",
    "filter_bank",
    "filter_questions",
    "load_bank",
    "merge_bank_text",
    "merge_into_bank",
    "parse_bank",
    "parse_difficulties",
    "parse_types",
    "question_id",
    "read_bank_text",
    "record_generated",
    "save_bank",
    "split_names",
]
