"""The question bank: one YAML file that teachers read and edit, and every later stage reads.

`dump_bank` and `parse_bank` turn a `Bank` into text and back; `load_bank` and
`save_bank` do the same with a file; `check_bank` and `check_file` report every problem
of a bank (warnings too) for `studyguide validate`.
"""

from __future__ import annotations

from studyguide.bank.files import MAX_BANK_BYTES, check_file, load_bank, read_bank_text, save_bank
from studyguide.bank.reader import check_bank, parse_bank, question_id
from studyguide.bank.schema import SCHEMA_FILE
from studyguide.bank.writer import dump_bank

__all__ = [
    "MAX_BANK_BYTES",
    "SCHEMA_FILE",
    "check_bank",
    "check_file",
    "dump_bank",
    "load_bank",
    "parse_bank",
    "question_id",
    "read_bank_text",
    "save_bank",
]
