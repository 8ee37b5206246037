"""Exporting a bank for Moodle (GIFT), Anki and spreadsheets, and the `export` command."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import xml.etree.ElementTree as ElementTree
import zipfile
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from studyguide.bank import SCHEMA_FILE, dump_bank, save_bank
from studyguide.cli import app
from studyguide.export import ExportFormat, export_bank
from studyguide.export.gift import category, escape, gift_question, gift_text, item
from studyguide.export.words import ordinal, question_lines, shown_order
from studyguide.model import BLANK, Bank, Pair, Question, QuestionType

runner = CliRunner()


def _question(bank: Bank, question_id: str) -> str:
    return gift_question(next(q for q in bank.questions if q.id == question_id))


def test_gift_for_every_type(harbour_bank: Bank) -> None:
    assert _question(harbour_bank, "q-mc-speaker") == (
        "// [id:q-mc-speaker] [tag:quote] [tag:person]\n"
        "::Who said “We promised a safer crossing, and today we keep…::"
        "Who said “We promised a safer crossing, and today we keep that promise”?"
        " {~Mehmet Özdağ =Elena Dvořák ~Anna Kowalski ~Tomás Rivera"
        "####Paragraph 2 quotes Mayor Elena Dvořák at the ceremony.}"
    )
    assert _question(harbour_bank, "q-tf-cables") == (
        "// [id:q-tf-cables] [tag:date]\n"
        "::Engineers replaced 40 cables in 2021.::Engineers replaced 40 cables in 2021."
        " {F####The article says the cables were replaced in 2023.}"
    )
    assert _question(harbour_bank, "q-fill-year") == (
        "// [id:q-fill-year] [tag:date]\n"
        "::Engineers from Łódź Steelworks replaced 40 cables in ___.::"
        "Engineers from Łódź Steelworks replaced 40 cables in"
        " {=2023####Paragraph 3 gives the year.}."
    )
    assert _question(harbour_bank, "q-short-late").endswith(
        "::What did Mehmet Özdağ say about the project's schedule?"
        " {=It ran a year late. =a year late =one year late}"
    )
    assert _question(harbour_bank, "q-match-roles").endswith(
        "::Match each person with their role."
        " {=Elena Dvořák -> Mayor =Mehmet Özdağ -> Opposition councillor}"
    )
    assert _question(harbour_bank, "q-order-events").endswith(
        "::Put these events in the order they happened."
        " {=Cables replaced -> 1st =Bridge reopened -> 2nd}"
    )


def test_gift_keeps_what_a_student_types_as_written() -> None:
    shared = {"id": "q]1", "article": "a", "tags": ("main idea",)}
    short = Question(
        type=QuestionType.SHORT_ANSWER, prompt="Which <b>shop</b>?", answer="M&S", **shared
    )
    assert gift_question(short) == (
        "// [id:q\\]1] [tag:main idea]\n::Which <b>shop</b>?::Which &lt;b&gt;shop&lt;/b&gt;? {=M&S}"
    )
    choice = Question(
        type=QuestionType.MULTIPLE_CHOICE,
        prompt="Which shop?",
        answer="M&S",
        choices=("M&S", "Boots"),
        **shared,
    )
    assert gift_question(choice).endswith("{=M&amp;S ~Boots}")  # shown as HTML
    pairs = Question(
        type=QuestionType.MATCHING,
        prompt="Match.",
        answer="",
        pairs=(Pair("A & B", "C & D"), Pair("E", "F")),
        **shared,
    )
    assert gift_question(pairs).endswith("{=A &amp; B -> C & D =E -> F}")


def test_gift_escapes_its_special_characters_and_keeps_one_line() -> None:
    assert escape("a=b ~c #d {e} f:g \\h\nnext  line") == (
        "a\\=b \\~c \\#d \\{e\\} f\\:g \\\\h next line"
    )
    assert escape("<b>bold</b> & more") == "&lt;b&gt;bold&lt;/b&gt; &amp; more"
    assert item("a -> b") == "a → b"
    assert category("Maths/Science: week 3") == "Maths//Science: week 3"
    # A leading "%" would read as a weight; control characters are left out.
    assert escape("%100%Fares") == "&#37;100%Fares"
    assert escape("bell\x07 and \x00nul") == "bell and nul"


def test_a_nul_in_a_fill_in_prompt_does_not_move_the_gap() -> None:
    question = Question(
        id="q1",
        type=QuestionType.FILL_BLANK,
        article="a",
        prompt=f"The\x00 ferry sails to {BLANK} from June.",
        answer="Ísafjörður",
    )
    assert gift_question(question).endswith("::The ferry sails to {=Ísafjörður} from June.")


def test_gift_file_has_a_category_per_article(harbour_bank: Bank) -> None:
    text = gift_text(harbour_bank)
    assert text.splitlines()[:3] == [
        "// Harbour Bridge: exported from a studyguide question bank",
        "",
        "$CATEGORY: studyguide/Harbour Bridge/harbour-bridge",
    ]
    assert text.count("\n\n// [id:") == len(harbour_bank.questions)


def test_ordinals() -> None:
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th",
    ]  # fmt: skip


def test_csv_has_a_row_per_question_and_a_value_per_cell(harbour_bank: Bank) -> None:
    data = export_bank(harbour_bank, ExportFormat.CSV)
    assert data.startswith("\ufeffid,article,type,".encode())
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert [row["id"] for row in rows] == [q.id for q in harbour_bank.questions]
    assert list(rows[0])[-10:] == [
        "choice 1", "match 1", "choice 2", "match 2", "choice 3", "match 3",
        "choice 4", "match 4", "also accepted 1", "also accepted 2",
    ]  # fmt: skip
    by_id = {row["id"]: row for row in rows}
    speaker = by_id["q-mc-speaker"]
    assert [speaker[f"choice {n}"] for n in range(1, 5)] == [
        "Mehmet Özdağ", "Elena Dvořák", "Anna Kowalski", "Tomás Rivera",
    ]  # fmt: skip
    assert speaker["answer"] == "Elena Dvořák"
    roles = by_id["q-match-roles"]
    assert [(roles[f"choice {n}"], roles[f"match {n}"]) for n in (1, 2, 3)] == [
        ("Elena Dvořák", "Mayor"),
        ("Mehmet Özdağ", "Opposition councillor"),
        ("", ""),
    ]
    late = by_id["q-short-late"]
    assert (late["answer"], late["also accepted 1"], late["also accepted 2"]) == (
        "It ran a year late.",
        "a year late",
        "one year late",
    )
    events = by_id["q-order-events"]
    assert [(events[f"choice {n}"], events[f"match {n}"]) for n in (1, 2)] == [
        ("Cables replaced", "1st"),
        ("Bridge reopened", "2nd"),
    ]
    assert by_id["q-tf-cables"]["evidence"] == (
        "Engineers from Łódź Steelworks replaced 40 cables in 2023."
    )
    assert by_id["q-tf-cables"]["tags"] == "date"
    assert "|" not in data.decode("utf-8-sig")


def test_tsv_is_the_same_table_split_by_tabs(harbour_bank: Bank) -> None:
    as_csv = list(
        csv.reader(io.StringIO(export_bank(harbour_bank, ExportFormat.CSV).decode("utf-8-sig")))
    )
    tsv = export_bank(harbour_bank, ExportFormat.TSV).decode("utf-8-sig")
    assert list(csv.reader(io.StringIO(tsv), delimiter="\t")) == as_csv


def _anki_notes(data: bytes, tmp_path: Path) -> list[tuple[str, str, str]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert sorted(archive.namelist()) == ["collection.anki2", "media"]
        (tmp_path / "collection.anki2").write_bytes(archive.read("collection.anki2"))
    connection = sqlite3.connect(tmp_path / "collection.anki2")
    try:
        return list(connection.execute("select guid, flds, tags from notes order by id"))
    finally:
        connection.close()


def test_anki_deck_has_a_card_per_question_keyed_by_id(
    harbour_bank: Bank, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    data = export_bank(harbour_bank, ExportFormat.ANKI)
    assert export_bank(harbour_bank, ExportFormat.ANKI) == data
    notes = _anki_notes(data, tmp_path)
    assert len(notes) == len(harbour_bank.questions)
    fields = notes[0][1].split("\x1f")
    assert fields[0] == (
        "Who said “We promised a safer crossing, and today we keep that promise”?<br>"
        "A. Mehmet Özdağ<br>B. Elena Dvořák<br>C. Anna Kowalski<br>D. Tomás Rivera"
    )
    assert fields[1] == "Elena Dvořák"
    assert "Harbour Bridge Reopens After Repairs" in fields[2]
    assert notes[0][2].split() == ["quote", "person"]

    edited = replace(
        harbour_bank,
        questions=(replace(harbour_bank.questions[0], prompt="<b>Who</b> said it?"),),
    )
    again = _anki_notes(export_bank(edited, ExportFormat.ANKI), tmp_path)
    assert again[0][0] == notes[0][0]  # the same question id, the same note
    assert again[0][1].startswith("&lt;b&gt;Who&lt;/b&gt; said it?<br>")


def test_export_command_writes_the_file_and_takes_filters(
    harbour_bank: Bank, tmp_path: Path
) -> None:
    bank_file = tmp_path / "harbour.yaml"
    save_bank(harbour_bank, bank_file)
    target = tmp_path / "out" / "dates.gift.txt"
    result = runner.invoke(
        app, ["export", str(bank_file), "--type", "tf,fill", "--tag", "date", "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == f"Wrote {target}: 2 questions (gift)\n"
    assert target.read_text(encoding="utf-8").count("\n\n// [id:") == 2

    csv_target = tmp_path / "all.csv"
    result = runner.invoke(app, ["export", str(bank_file), "-f", "csv", "-o", str(csv_target)])
    assert result.stdout == f"Wrote {csv_target}: 6 questions (csv)\n"


def test_export_of_a_missing_bank(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    result = runner.invoke(app, ["export", str(missing)])
    assert result.exit_code == 4
    assert result.stderr == (
        f"error: {missing}: no such question bank [SG100]\n"
        "hint: create one with: studyguide generate ARTICLE -o BANK\n"
    )


def test_csv_cells_never_run_as_spreadsheet_formulas(harbour_bank: Bank) -> None:
    question = replace(harbour_bank.questions[3], prompt="=SUM(A1:A2)", explanation="@cmd")
    data = export_bank(replace(harbour_bank, questions=(question,)), ExportFormat.CSV)
    row = next(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert (row["prompt"], row["explanation"]) == ("'=SUM(A1:A2)", "'@cmd")
    assert (row["answer"], row["also accepted 1"]) == ("It ran a year late.", "a year late")


def test_csv_rows_hold_together_and_guard_formulas_behind_tabs_and_breaks(
    harbour_bank: Bank,
) -> None:
    question = replace(
        harbour_bank.questions[3], prompt="\t=SUM(A1:A2)", explanation="Late.\r=HYPERLINK(1)"
    )
    second = replace(harbour_bank.questions[4], prompt="\r\n+1")
    data = export_bank(replace(harbour_bank, questions=(question, second)), ExportFormat.CSV)
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == 2  # no carriage return splits a row
    assert rows[0]["prompt"] == "'\t=SUM(A1:A2)"
    assert rows[0]["explanation"] == "Late.\n=HYPERLINK(1)"
    assert rows[1]["prompt"] == "'\n+1"


@pytest.mark.parametrize("size", [3, 4, 6])
def test_items_to_order_or_match_are_never_shown_in_the_answers_order(size: int) -> None:
    items = tuple(f"Event {n}" for n in range(size))
    for n in range(20):
        ordering = Question(
            id=f"q{n}",
            type=QuestionType.ORDERING,
            article="a",
            prompt="Put these in order.",
            answer="",
            order=items,
        )
        matching = replace(
            ordering,
            type=QuestionType.MATCHING,
            order=(),
            pairs=tuple(Pair(f"{n}", item) for n, item in enumerate(items)),
        )
        assert sorted(shown_order(ordering)) == sorted(items) != list(shown_order(ordering))
        shown = question_lines(matching)[size + 1 :]
        assert shown != [f"{chr(ord('a') + i)}) {item}" for i, item in enumerate(items)]
        assert shown_order(ordering) == shown_order(ordering)  # the same every time


@pytest.mark.parametrize(
    ("name", "options", "written"),
    [
        ("deck.apkg", [], "anki"),
        ("sheet.csv", [], "csv"),
        ("sheet.tsv", [], "tsv"),
        ("data.json", [], "json"),
        ("questions.xml", [], "moodle"),
        ("cards.quizlet.txt", [], "quizlet"),
        ("canvas.zip", [], "qti"),
        ("quiz.html", [], "html"),
        ("kahoot.xlsx", [], "kahoot"),
        ("moodle.gift", [], "gift"),
        ("moodle.txt", [], "gift"),
        ("questions", [], "gift"),
        ("export.dat", ["-f", "csv"], "csv"),  # --format tells what the ending does not
    ],
)
def test_the_format_follows_the_file_name(
    harbour_bank: Bank, tmp_path: Path, name: str, options: list[str], written: str
) -> None:
    bank_file = tmp_path / "harbour.yaml"
    save_bank(harbour_bank, bank_file)
    target = tmp_path / name
    result = runner.invoke(app, ["export", str(bank_file), "-o", str(target), *options])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].endswith(f"({written})")
    assert zipfile.is_zipfile(target) is (written in ("anki", "qti", "kahoot"))


@pytest.mark.parametrize(
    ("name", "options", "said"),
    [
        ("deck.apkg", ["-f", "csv"], "ends in .apkg, the ending of anki, but --format is csv"),
        ("set.quizlet.txt", ["-f", "gift"], "ends in .quizlet.txt, the ending of quizlet"),
        ("sheet.ods", [], "does not write .ods files yet"),
        ("quiz.html", ["-f", "json"], "ends in .html, the ending of html, but --format is json"),
    ],
)
def test_a_file_name_at_odds_with_the_format_is_refused(
    harbour_bank: Bank, tmp_path: Path, name: str, options: list[str], said: str
) -> None:
    bank_file = tmp_path / "harbour.yaml"
    save_bank(harbour_bank, bank_file)
    result = runner.invoke(app, ["export", str(bank_file), "-o", str(tmp_path / name), *options])
    assert result.exit_code == 2
    assert said in " ".join(result.output.replace("│", " ").split())
    assert not (tmp_path / name).exists()


def test_json_is_the_bank_s_data_and_follows_its_schema(harbour_bank: Bank) -> None:
    data = json.loads(export_bank(harbour_bank, ExportFormat.JSON).decode("utf-8"))
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(data)) == []
    assert data == yaml.safe_load(dump_bank(harbour_bank))
    assert [q["id"] for q in data["questions"]] == [q.id for q in harbour_bank.questions]
    assert "Łódź" in export_bank(harbour_bank, ExportFormat.JSON).decode("utf-8")  # as it is


def _moodle(bank: Bank) -> ElementTree.Element:
    return ElementTree.fromstring(export_bank(bank, ExportFormat.MOODLE))


def _text_of(element: ElementTree.Element, path: str) -> str:
    found = element.find(path)
    assert found is not None, path
    return found.text or ""


def test_moodle_xml_for_every_type(harbour_bank: Bank) -> None:
    quiz = _moodle(harbour_bank)
    category, *questions = list(quiz)
    assert category.get("type") == "category"
    assert _text_of(category, "category/text") == (
        "$course$/top/studyguide/Harbour Bridge/Harbour Bridge Reopens After Repairs"
    )
    by_id = {_text_of(q, "idnumber"): q for q in questions}
    assert list(by_id) == [q.id for q in harbour_bank.questions]
    assert {q: by_id[q].get("type") for q in by_id} == {
        "q-mc-speaker": "multichoice",
        "q-tf-cables": "truefalse",
        "q-fill-year": "shortanswer",
        "q-short-late": "shortanswer",
        "q-match-roles": "matching",
        "q-order-events": "matching",
    }
    speaker = by_id["q-mc-speaker"]
    assert [(a.get("fraction"), _text_of(a, "text")) for a in speaker.iter("answer")] == [
        ("0", "Mehmet Özdağ"),
        ("100", "Elena Dvořák"),
        ("0", "Anna Kowalski"),
        ("0", "Tomás Rivera"),
    ]
    assert [_text_of(t, "text") for t in speaker.iter("tag")] == ["quote", "person"]
    assert _text_of(speaker, "name/text").startswith("Who said “We promised")
    feedback = _text_of(speaker, "generalfeedback/text")
    assert "Paragraph 2 quotes Mayor Elena Dvořák" in feedback
    assert "<blockquote>" in feedback and "— Harbour Bridge Reopens After Repairs" in feedback
    cables = by_id["q-tf-cables"]
    assert [(a.get("fraction"), _text_of(a, "text")) for a in cables.iter("answer")] == [
        ("0", "true"),
        ("100", "false"),
    ]
    late = by_id["q-short-late"]
    assert [_text_of(a, "text") for a in late.iter("answer")] == [
        "It ran a year late.",
        "a year late",
        "one year late",
    ]
    assert {a.get("fraction") for a in late.iter("answer")} == {"100"}
    roles = by_id["q-match-roles"]
    assert [
        (_text_of(s, "text"), _text_of(s, "answer/text")) for s in roles.iter("subquestion")
    ] == [("Elena Dvořák", "Mayor"), ("Mehmet Özdağ", "Opposition councillor")]
    events = by_id["q-order-events"]
    assert [_text_of(s, "answer/text") for s in events.iter("subquestion")] == ["1st", "2nd"]


def test_moodle_xml_shows_html_as_text_and_keeps_typed_answers_as_written(
    harbour_bank: Bank,
) -> None:
    short = replace(
        harbour_bank.questions[3], prompt="Which <b>shop</b>?\x00", answer="M&S", accepted=()
    )
    (question,) = list(_moodle(replace(harbour_bank, questions=(short,))))[1:]
    assert _text_of(question, "questiontext/text") == "Which &lt;b&gt;shop&lt;/b&gt;?"
    assert [_text_of(a, "text") for a in question.iter("answer")] == ["M&S"]


def test_quizlet_cards_are_a_line_each_term_and_definition_split_by_a_tab(
    harbour_bank: Bank,
) -> None:
    cross = replace(harbour_bank.questions[1], prompt="Engineers\treplaced\n40 cables in 2021.")
    bank = replace(harbour_bank, questions=(harbour_bank.questions[0], cross))
    lines = export_bank(bank, ExportFormat.QUIZLET).decode("utf-8").splitlines()
    assert [line.count("\t") for line in lines] == [1, 1]
    assert lines[0] == (
        "Who said “We promised a safer crossing, and today we keep that promise”? / A. Mehmet"
        " Özdağ / B. Elena Dvořák / C. Anna Kowalski / D. Tomás Rivera\tElena Dvořák"
    )
    assert lines[1] == "Engineers replaced 40 cables in 2021. / True or false?\tFalse"
