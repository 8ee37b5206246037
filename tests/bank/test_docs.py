"""The format's documentation and schema file agree with the code."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from studyguide.bank import SCHEMA_FILE, check_bank, parse_bank, record_generated
from studyguide.bank.codes import ALL_CODES
from studyguide.bank.schema import json_schema, schema_text
from studyguide.bank.writer import HEADER
from studyguide.model import QuestionType

DOC = Path(__file__).parents[2] / "studyguide" / "bank" / "format.md"
GOLDEN = Path(__file__).with_name("golden") / "harbour.yaml"


def _doc() -> str:
    return DOC.read_text(encoding="utf-8")


def _annotated_bank() -> str:
    blocks: list[str] = re.findall(r"```yaml\n(.*?)```", _doc(), re.S)
    (bank,) = [block for block in blocks if block.startswith(HEADER)]
    return bank


@pytest.mark.parametrize(
    "code", [c.code for c in ALL_CODES] + ["SG100", "SG101", "SG102", "SG103", "SG104"]
)
def test_every_code_is_documented(code: str) -> None:
    assert f"\n| {code} |" in _doc()


def test_codes_are_unique_and_in_order() -> None:
    numbers = [int(code.code[2:]) for code in ALL_CODES]
    assert numbers == list(range(110, 110 + len(numbers)))


def test_the_annotated_bank_is_valid_and_shows_every_question_type() -> None:
    bank, problems = check_bank(_annotated_bank(), "bank-format.md")
    assert problems == []
    assert bank is not None
    assert {q.type for q in bank.questions} == set(QuestionType)


def test_the_annotated_bank_records_its_generated_questions_as_written() -> None:
    bank = parse_bank(_annotated_bank(), "bank-format.md")
    generated = dataclasses.replace(bank, questions=bank.questions[:-1])
    assert bank.articles[0].generated == record_generated(generated).articles[0].generated


def test_the_schema_file_is_up_to_date() -> None:
    """After changing schema.py, run: python -c 'from studyguide.bank.schema import
    write_schema_file; write_schema_file()'."""
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text()
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == json_schema()


def test_the_json_schema_accepts_written_banks_and_refuses_unknown_keys() -> None:
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for text in (GOLDEN.read_text(encoding="utf-8"), _annotated_bank()):
        assert list(validator.iter_errors(yaml.safe_load(text))) == []
    broken = yaml.safe_load(GOLDEN.read_text(encoding="utf-8"))
    broken["questions"][0]["promt"] = broken["questions"][0].pop("prompt")
    assert not validator.is_valid(broken)
