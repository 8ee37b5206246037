"""One table of error codes (docs/errors.md), kept in step with the code: every error class
and every bank problem has its row, with the exit code the command ends with."""

from __future__ import annotations

import re
from pathlib import Path

from studyguide.bank.codes import ALL_CODES
from studyguide.errors import ExitCode, InvalidBank, StudyguideError

TABLE = Path(__file__).parent.parent / "docs" / "errors.md"


def _classes(base: type[StudyguideError]) -> list[type[StudyguideError]]:
    """The error classes that give a code of their own (not a group such as ArticleError)."""
    own = [base] if "code" in vars(base) else []
    return [*own, *(c for sub in base.__subclasses__() for c in _classes(sub))]


def _rows() -> dict[str, tuple[int, str]]:
    rows = re.findall(r"^\| (SG\d{3}) \| (\d+) \| (.+) \|$", TABLE.read_text(), re.MULTILINE)
    return {code: (int(exit_code), what) for code, exit_code, what in rows}


def test_every_code_has_one_row_with_its_exit_code() -> None:
    rows = _rows()
    classes = {c.code: c.exit_code for c in _classes(StudyguideError)}
    problems = {c.code: InvalidBank.exit_code for c in ALL_CODES}
    assert len(classes) == len(_classes(StudyguideError)), "two error classes share a code"
    assert rows.keys() == classes.keys() | problems.keys()
    for code, exit_code in {**classes, **problems}.items():
        assert rows[code][0] == ExitCode(exit_code), code


def test_a_bank_problem_is_described_as_the_code_describes_it() -> None:
    rows = _rows()
    for code in ALL_CODES:
        assert rows[code.code][1] == f"a problem in a bank: {code.title}"
