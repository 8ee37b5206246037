"""A new question type is added by a checklist that fails loudly: every table keyed by
question type covers every type, and a type one misses is named with the file to edit
(a `match` over the types is mypy's to check: its `unhandled` case names what it misses)."""

from __future__ import annotations

import importlib
import pkgutil
import re
from enum import Enum
from pathlib import Path
from types import ModuleType

import pytest

import studyguide
from studyguide.model import QuestionType

ROOT = Path(studyguide.__file__).parent.parent


def type_tables() -> list[tuple[str, str, dict[object, object]]]:
    """Every module-level table of the package keyed by question type, once, as (file,
    name, table), found where it is defined."""
    found: dict[int, tuple[str, str, dict[object, object]]] = {}
    for info in pkgutil.walk_packages(studyguide.__path__, "studyguide."):
        if info.name.endswith("__main__"):
            continue
        module: ModuleType = importlib.import_module(info.name)
        path = Path(module.__file__ or "")
        source = path.read_text(encoding="utf-8")
        for name, value in vars(module).items():
            if not (isinstance(value, dict) and value):
                continue
            if not all(isinstance(key, QuestionType) for key in value):
                continue
            # The module that defines it, not one that imports it.
            if re.search(rf"^{re.escape(name)}\b[^=\n]*=", source, re.MULTILINE):
                found[id(value)] = (path.relative_to(ROOT).as_posix(), name, value)
    return sorted(found.values(), key=lambda row: (row[0], row[1]))


def missing_rows(
    tables: list[tuple[str, str, dict[object, object]]], kinds: list[Enum]
) -> list[str]:
    """What each table misses of `kinds`, as the file and table to edit."""
    return [
        f"{file}: {name} has no row for {kind.value}"
        for file, name, table in tables
        for kind in kinds
        if kind not in table
    ]


def test_the_tables_are_found() -> None:
    names = {(file, name) for file, name, _ in type_tables()}
    assert ("studyguide/model.py", "TYPE_FACTS") in names
    assert ("studyguide/quiz/grading.py", "_GRADERS") in names
    assert ("studyguide/render/questions.py", "PRINTINGS") in names
    assert len(names) >= 10


@pytest.mark.parametrize("kind", list(QuestionType))
def test_every_table_covers_the_type(kind: QuestionType) -> None:
    assert missing_rows(type_tables(), [kind]) == []


def test_a_new_type_is_named_with_every_table_to_edit() -> None:
    # A throwaway type, in a registry of its own: every table misses it, and says where.
    extended = Enum("Extended", {"ESSAY": "essay"})
    missing = missing_rows(type_tables(), [extended.ESSAY])  # type: ignore[attr-defined]
    tables = type_tables()
    assert len(missing) == len(tables)
    assert "studyguide/model.py: TYPE_FACTS has no row for essay" in missing
    assert "studyguide/export/moodle.py: _TYPES has no row for essay" in missing
