"""The codes of bank problems, each one kind of mistake, stable so it can be searched for.

`format.md` (beside this module; `studyguide help bank`) explains every code with an example; a test keeps the two in step.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    title: str
    """What the problem is, in a few words, for the documentation's table."""


SYNTAX = Code("SG110", "the file is not valid YAML")
EMPTY = Code("SG111", "the file is empty")
NOT_A_MAPPING = Code("SG112", "the top level is not a mapping")
TAG = Code("SG113", "a YAML tag (`!!python/...`, `!!int`, ...) is used")
ANCHOR = Code("SG114", "a YAML anchor (`&name`) or alias (`*name`) is used")
DUPLICATE_KEY = Code("SG115", "a key appears twice in one mapping")
UNKNOWN_KEY = Code("SG116", "a key the format does not know")
MISSING = Code("SG117", "a required field is missing")
WRONG_TYPE = Code("SG118", "a value of the wrong kind (text, whole number, list, mapping)")
INVALID_VALUE = Code("SG119", "a value that is not allowed (empty text, unknown difficulty, ...)")
SCHEMA_VERSION = Code("SG120", "a schema version this studyguide does not read")
UNKNOWN_TYPE = Code("SG121", "an unknown question type")
DUPLICATE_ID = Code("SG122", "two articles or two questions with the same id")
UNKNOWN_ARTICLE = Code("SG123", "a question about an article the bank does not hold")
WHICH_ARTICLE = Code("SG124", "a question that does not say which article it is about")
ANSWER_NOT_A_CHOICE = Code("SG125", "a multiple-choice answer that is not among the choices")
BAD_CHOICES = Code("SG126", "too few choices, or the same choice twice")
TRUE_FALSE_ANSWER = Code("SG127", "a true/false answer that is neither True nor False")
BAD_PAIRS = Code("SG128", "matching pairs that do not pair one to one")
BAD_ORDER = Code("SG129", "ordering items that are too few or repeated")
UNUSED_FIELD = Code("SG130", "a field the question's type does not use (warning)")
BAD_OFFSETS = Code("SG131", "offsets where start comes after end")
TEXT_MISMATCH = Code(
    "SG132", "evidence or a fact that no longer matches the article text (warning)"
)
NO_BLANK = Code("SG133", "a fill-in-the-blank prompt without a blank (warning)")
BAD_CHARACTER = Code("SG134", "a character YAML does not allow, or an escape for half a character")
TOO_DEEP = Code("SG135", "lists and mappings nested too deeply")
TOO_LARGE = Code("SG136", "the bank is too large")
STALE_ALTERATION = Code(
    "SG137", "a true/false prompt no longer holds what its altered line says was changed (warning)"
)

ALL_CODES: tuple[Code, ...] = (
    SYNTAX,
    EMPTY,
    NOT_A_MAPPING,
    TAG,
    ANCHOR,
    DUPLICATE_KEY,
    UNKNOWN_KEY,
    MISSING,
    WRONG_TYPE,
    INVALID_VALUE,
    SCHEMA_VERSION,
    UNKNOWN_TYPE,
    DUPLICATE_ID,
    UNKNOWN_ARTICLE,
    WHICH_ARTICLE,
    ANSWER_NOT_A_CHOICE,
    BAD_CHOICES,
    TRUE_FALSE_ANSWER,
    BAD_PAIRS,
    BAD_ORDER,
    UNUSED_FIELD,
    BAD_OFFSETS,
    TEXT_MISMATCH,
    NO_BLANK,
    BAD_CHARACTER,
    TOO_DEEP,
    TOO_LARGE,
    STALE_ALTERATION,
)
