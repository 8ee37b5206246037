"""Bank files: loading, saving, and everything a file can be instead of a bank."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from studyguide.bank import MAX_BANK_BYTES, dump_bank, load_bank, parse_bank, save_bank, yaml_nodes
from studyguide.bank.yaml_nodes import MAX_BANK_CHARS
from studyguide.errors import BankNotFound, BankUnreadable, ExitCode, InvalidBank
from studyguide.model import Bank


def test_save_then_load_gives_the_same_bank(tmp_path: Path, harbour_bank: Bank) -> None:
    path = tmp_path / "banks" / "harbour.yaml"
    save_bank(harbour_bank, path)
    assert path.read_text(encoding="utf-8") == dump_bank(harbour_bank)
    assert load_bank(path) == harbour_bank


def test_saving_again_keeps_a_backup_of_the_replaced_file(
    tmp_path: Path, harbour_bank: Bank
) -> None:
    path = tmp_path / "harbour.yaml"
    path.write_text("# my notes\n" + dump_bank(harbour_bank), encoding="utf-8")
    save_bank(harbour_bank, path)
    assert (tmp_path / "harbour.yaml~").read_text(encoding="utf-8").startswith("# my notes\n")
    assert path.read_text(encoding="utf-8") == dump_bank(harbour_bank)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["harbour.yaml", "harbour.yaml~"]


def test_the_three_banks_last_replaced_are_kept(tmp_path: Path, harbour_bank: Bank) -> None:
    path = tmp_path / "harbour.yaml"
    for version in range(1, 6):
        path.write_text(f"# version {version}\n" + dump_bank(harbour_bank), encoding="utf-8")
        save_bank(harbour_bank, path)
    kept = {p.name: p.read_text(encoding="utf-8").split("\n")[0] for p in tmp_path.iterdir()}
    assert kept == {
        "harbour.yaml": "# A studyguide question bank.",
        "harbour.yaml~": "# version 5",
        "harbour.yaml~2": "# version 4",
        "harbour.yaml~3": "# version 3",
    }


def test_a_missing_bank(tmp_path: Path) -> None:
    path = tmp_path / "nope.yaml"
    with pytest.raises(BankNotFound) as caught:
        load_bank(path)
    assert caught.value.message == f"{path}: no such question bank"
    assert caught.value.exit_code is ExitCode.INVALID_BANK


def test_a_folder(tmp_path: Path) -> None:
    with pytest.raises(BankUnreadable) as caught:
        load_bank(tmp_path)
    assert caught.value.message == f"{tmp_path}: is a folder, not a question bank"


def test_a_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "picture.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    with pytest.raises(BankUnreadable) as caught:
        load_bank(path)
    assert caught.value.message == f"{path}: is a binary file, not a question bank"
    assert (
        caught.value.hint == "a question bank is a YAML text file, such as question_bank/NAME.yaml"
    )
    assert caught.value.code == "SG101"


def test_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin.yaml"
    path.write_bytes("title: café\n".encode("latin-1"))
    with pytest.raises(BankUnreadable) as caught:
        load_bank(path)
    assert caught.value.message == f"{path}: is not UTF-8 text (byte 10 cannot be read)"
    assert caught.value.hint == "save the bank as UTF-8 text"


def test_a_utf16_file_with_a_byte_order_mark_is_read(tmp_path: Path, harbour_bank: Bank) -> None:
    path = tmp_path / "windows.yaml"
    path.write_bytes(codecs.BOM_UTF16_LE + dump_bank(harbour_bank).encode("utf-16-le"))
    assert load_bank(path) == harbour_bank


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:  # a sparse file: large, but nothing written
        handle.truncate(25 * 1024 * 1024)
    with pytest.raises(BankUnreadable) as caught:
        load_bank(path)
    assert caught.value.message == f"{path}: is 25.0 MB; banks over 20 MB are refused"
    assert MAX_BANK_BYTES == 20 * 1024 * 1024


def test_text_over_the_size_limit_is_refused_before_parsing() -> None:
    with pytest.raises(InvalidBank) as caught:
        parse_bank("#" * (MAX_BANK_CHARS + 1), "big.yaml")
    assert [str(p) for p in caught.value.problems] == [
        "big.yaml:1:1: SG136 the bank is too large (20.0 MB of text; the limit is 20 MB)"
    ]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("", "SG111 the file is empty"),
        ("\n\n", "SG111 the file is empty"),
        ("# notes\n", "SG111 the file holds only comments"),
        (
            "- one\n- two\n",
            "SG112 the top level must be a mapping (schema, title, articles, questions), "
            "not a list",
        ),
    ],
)
def test_an_empty_file_or_a_list_gives_one_problem_naming_the_file(
    tmp_path: Path, content: str, problem: str
) -> None:
    path = tmp_path / "bank.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InvalidBank) as caught:
        load_bank(path)
    assert [str(p) for p in caught.value.problems] == [f"{path}:1:1: {problem}"]
    assert caught.value.message == f"{path}: invalid question bank (1 problem)"


def test_a_python_tag_is_refused_and_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    path = tmp_path / "evil.yaml"
    path.write_text(
        f"schema: 1\ntitle: !!python/object/apply:os.system ['touch {marker}']\narticles: []\n",
        encoding="utf-8",
    )
    with pytest.raises(InvalidBank) as caught:
        load_bank(path)
    assert [str(p) for p in caught.value.problems] == [
        f"{path}:2:8: SG113 YAML tags are not allowed: !!python/object/apply:os.system"
    ]
    assert not marker.exists()


def _alias_bomb(levels: int = 9) -> str:
    lines = ["a0: &a0 [" + ", ".join(["lol"] * 9) + "]"]
    for level in range(1, levels):
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_is_refused_without_expanding() -> None:
    # Expanded, this would be 9**9 (387 million) strings.
    with pytest.raises(InvalidBank) as caught:
        parse_bank(_alias_bomb(), "bomb.yaml")
    assert [str(p) for p in caught.value.problems] == [
        "bomb.yaml:1:5: SG114 YAML anchors are not allowed: &a0 (and 8 more)",
        "bomb.yaml:2:10: SG114 YAML aliases are not allowed: *a0 (and 71 more)",
    ]


def test_too_many_values_are_refused_before_they_eat_memory(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(yaml_nodes, "MAX_NODES", 50)
    with pytest.raises(InvalidBank) as caught:
        parse_bank("- a\n" * 1000, "many.yaml")
    assert [str(p) for p in caught.value.problems] == [
        "many.yaml:50:3: SG136 the bank holds more than 50 values (texts, lists and mappings)"
    ]


def test_deep_nesting_is_refused_without_a_recursion_error() -> None:
    with pytest.raises(InvalidBank) as caught:
        parse_bank("title: " + "[" * 100_000, "deep.yaml")
    assert [str(p) for p in caught.value.problems] == [
        "deep.yaml:1:47: SG135 lists and mappings are nested more than 40 levels deep"
    ]
