"""analyze, generate and the messages every command gives for bad input."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from studyguide.cli import app
from studyguide.cli.app import json_text

runner = CliRunner()

ARTICLE = (
    "Harbour Bridge Reopens\n"
    "KINGSTOWN (Coastline News) — The Old Harbour Bridge reopened on Monday after two years of "
    "repairs, Mayor Elena Novak said.\n"
    "“We promised a safer crossing, and today we keep that promise,” Novak said at the ceremony.\n"
    "Engineers replaced 40 cables in 2023, and the work cost 12 million euros.\n"
    "Opposition councillor Tomas Berg said the project ran a year late.\n"
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_analyze_report(article: Path) -> None:
    result = runner.invoke(app, ["analyze", str(article), "--published", "2024-05-08"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[:5] == [
        "Harbour Bridge Reopens",
        "======================",
        "Source: Coastline News",
        "Place: Kingstown",
        "Published: 2024-05-08",
    ]
    assert "    Elena Novak, Mayor (also Novak)" in lines
    assert "  Elena Novak, Mayor" in lines
    assert any(line.startswith("    - said: “We promised a safer crossing") for line in lines)
    assert max(len(line) for line in lines) <= 80


def test_analyze_json_follows_the_contract(article: Path) -> None:
    result = runner.invoke(app, ["analyze", str(article), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    (quote,) = data["quotes"]
    assert ARTICLE[quote["start"] : quote["end"]] == quote["text"]
    assert (quote["speaker"], quote["kind"]) == ("Elena Novak", "direct")
    assert {"start", "end", "value"} <= set(data["dates"][0])


def test_analyze_yaml_is_the_json_data(article: Path) -> None:
    as_json = runner.invoke(app, ["analyze", str(article), "-f", "json"])
    as_yaml = runner.invoke(app, ["analyze", str(article), "-f", "yaml"])
    assert as_yaml.exit_code == 0, as_yaml.output
    assert yaml.safe_load(as_yaml.output) == json.loads(as_json.output)
    assert as_yaml.output.startswith("quotes:\n  - start: ")


NEWS_PAGE = """<!DOCTYPE html>
<html><head>
<meta property="og:title" content="Ferry [bold]Returns[/bold] to the Islands">
<meta property="og:site_name" content="Nordic Wire">
<meta name="author" content="Ola Berg">
<meta property="article:published_time" content="2024-03-01">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Ferry [bold]Returns[/bold] to the Islands</h1>
<p>OSLO — The island ferry sailed again on Friday, the operator said.</p>
<p>Captain Ingrid Dahl said the crossing was calm.</p></article>
<footer>Cookie settings. All rights reserved.</footer>
</body></html>
"""


def test_analyze_a_saved_web_page(tmp_path: Path) -> None:
    page = tmp_path / "ferry.html"
    page.write_text(NEWS_PAGE, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(page)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:6] == [
        "Ferry [bold]Returns[/bold] to the Islands",
        "=========================================",
        "Source: Nordic Wire",
        "By: Ola Berg",
        "Place: Oslo",
        "Published: 2024-03-01",
    ]
    assert "  1 March 2024  The island ferry sailed again" in result.output
    assert "Cookie" not in result.output


def test_generate_writes_a_bank(article: Path, tmp_path: Path) -> None:
    bank = tmp_path / "bank.yaml"
    result = runner.invoke(app, ["generate", str(article), "-o", str(bank), "--count", "1"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"Wrote {bank}: 1 question (")
    assert bank.read_text(encoding="utf-8").startswith("# ")


def test_generate_says_why_it_made_fewer(article: Path, tmp_path: Path) -> None:
    bank = tmp_path / "bank.yaml"
    result = runner.invoke(app, ["generate", str(article), "-o", str(bank), "--count", "200"])
    assert result.exit_code == 0, result.output
    assert "note: harbour: asked for 200 questions, made " in result.output
    assert "the article gave" in result.output


def test_generate_says_so_when_an_article_gives_no_question(tmp_path: Path) -> None:
    article = tmp_path / "note.txt"
    article.write_text("Club Notice\n\nThe meeting is on Monday.\n", encoding="utf-8")
    bank = tmp_path / "bank.yaml"
    result = runner.invoke(app, ["generate", str(article), "-o", str(bank)])
    # Written for the teacher's own questions; exit 3, as nothing was found to ask.
    assert result.exit_code == 3, result.output
    assert result.output.startswith(f"Wrote {bank}: 0 questions: add your own, or try another")
    assert "the other 0" not in result.output
    assert bank.exists()


def test_generate_into_a_folder_says_it_is_a_folder(tmp_path: Path, article: Path) -> None:
    result = runner.invoke(app, ["generate", str(article), "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "is a folder, not a file [SG901]" in result.output


def test_bad_published_date(article: Path) -> None:
    result = runner.invoke(app, ["analyze", str(article), "--published", "May 8"])
    assert result.exit_code == 2
    assert "'May 8' is not a date like 2015-10-11" in result.output


@pytest.mark.parametrize("command", ["analyze", "generate", "build"])
def test_missing_article(command: str, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = runner.invoke(app, [command, str(missing)])
    assert result.exit_code == 3
    assert result.output == (
        f"error: {missing}: no such file [SG001]\nhint: check the path and the file name\n"
    )


def test_empty_and_binary_articles(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n")
    result = runner.invoke(app, ["generate", str(empty)])
    assert (result.exit_code, result.output.splitlines()[0]) == (
        3,
        f"error: {empty}: is empty [SG002]",
    )
    binary = tmp_path / "scan.pdf"
    binary.write_bytes(b"%PDF-1.4\x00\x01\x02\x03binary")
    result = runner.invoke(app, ["analyze", str(binary)])
    assert (result.exit_code, result.output.splitlines()[0]) == (
        3,
        f"error: {binary}: is a binary file, not text [SG003]",
    )


@pytest.mark.parametrize("command", ["render", "quiz", "validate"])
def test_missing_bank(command: str, tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    result = runner.invoke(app, [command, str(missing)])
    assert result.exit_code == 4
    assert f"error: {missing}: no such question bank [SG100]" in result.output
    assert "Traceback" not in result.output


def test_help_lists_every_command() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("analyze", "generate", "build", "validate", "render", "quiz"):
        assert command in result.output


def test_analyze_refuses_an_oversized_file(tmp_path: Path) -> None:
    dump = tmp_path / "dump.txt"
    dump.write_bytes(b"word " * (1024 * 1024 + 1))
    result = runner.invoke(app, ["analyze", str(dump)])
    assert result.exit_code == 3
    assert result.output == (
        f"error: {dump}: is 5.0 MB; articles over 5 MB are refused [SG004]\n"
        "hint: give the text of one news article\n"
    )


def test_analyze_a_web_page_without_an_article(tmp_path: Path) -> None:
    page = tmp_path / "menu.html"
    page.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(page)])
    assert result.exit_code == 3
    assert result.output == (
        f"error: {page}: is a web page without any article text that could be found [SG002]\n"
        "hint: save the page of the article itself, or copy its text into a .txt file\n"
    )


def test_a_model_that_is_not_installed_is_named_in_a_note(article: Path) -> None:
    result = runner.invoke(app, ["analyze", str(article), "--model", "en_core_web_nosuch"])
    assert result.exit_code == 0
    assert result.stderr.splitlines()[0].startswith(
        "note: the spaCy model en_core_web_nosuch is not installed; using en_core_web_"
    )


HOSTILE_BANK = """\
schema: 1
title: "Week \\e]0;owned\\a 3"
articles: []
questions:
  - id: "q\\e[2J1"
    type: "true\\e[31mfalse"
    prompt: "The \\u202e sky is blue."
    answer: "True"
"""


@pytest.mark.parametrize(
    "command", ["validate", "render", "export", "quiz", "progress", "generate"]
)
def test_user_text_never_reaches_the_terminal_as_an_instruction(
    command: str, article: Path, tmp_path: Path
) -> None:
    bank = tmp_path / "b\x1b]0;owned\x07.yaml"
    bank.write_text(HOSTILE_BANK, encoding="utf-8")
    args = [command, str(article), "--bank"] if command == "generate" else [command]
    result = runner.invoke(app, [*args, str(bank)])
    assert result.exit_code != 0
    assert not any(c in result.output for c in "\x1b\x07\u202e"), result.output
    assert "b\\x1b]0;owned\\x07.yaml" in result.output
    assert 'question "q\\x1b[2J1"' in result.output


def test_an_article_named_with_escapes_is_shown_written_out(tmp_path: Path) -> None:
    # With no headline, the file name gives the title.
    named = tmp_path / "news\x1b[2J.txt"
    named.write_text(
        "The Old Harbour Bridge reopened on Monday after two years of repairs, the mayor said,"
        " and traffic moved again across the river by the afternoon.\u202e\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["analyze", str(named)])
    assert result.exit_code == 0
    assert "\x1b" not in result.output and "News\\x1b[2J" in result.output
    assert json.loads(runner.invoke(app, ["analyze", str(named), "--format", "json"]).output)


def test_json_for_scripts_holds_no_raw_control_character() -> None:
    data = {"id": "q\x1b[2J", "prompt": "a\x9b\u202eb"}
    text = json_text(data)
    assert not any(c in text for c in "\x1b\x9b\u202e") and json.loads(text) == data


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize(("command", "code"), [("analyze", 3), ("validate", 4), ("quiz", 4)])
def test_a_pipe_is_refused_not_waited_on(command: str, code: int, tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.yaml"
    os.mkfifo(pipe)
    result = runner.invoke(app, [command, str(pipe)], input="")
    assert result.exit_code == code
    assert "is a device or a pipe" in result.output


@pytest.mark.skipif(not Path("/dev/zero").is_char_device(), reason="no /dev/zero here")
@pytest.mark.parametrize(("command", "code"), [("analyze", 3), ("validate", 4)])
def test_an_endless_device_is_refused_not_read(command: str, code: int) -> None:
    result = runner.invoke(app, [command, "/dev/zero"])
    assert result.exit_code == code
    assert "is a device or a pipe" in result.output


def test_ctrl_c_while_the_command_loads_ends_it_quietly(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import types

    from studyguide.__main__ import main

    class Loading(types.ModuleType):
        def __getattr__(self, name: str) -> object:
            raise KeyboardInterrupt  # Ctrl-C while the commands are being imported

    monkeypatch.setitem(sys.modules, "studyguide.cli", Loading("studyguide.cli"))
    with pytest.raises(SystemExit) as ended:
        main()
    assert ended.value.code == 130


GERMAN = (
    "Neue Brücke für Kingstown\n\n"
    "Der Stadtrat hat am Donnerstag den Bau einer neuen Brücke über den Hafen beschlossen. "
    "Die Bürgermeisterin sagte, die Arbeiten sollen im Frühjahr beginnen und zwei Jahre "
    "dauern. Kritiker halten die Kosten von zwölf Millionen Euro für zu hoch und fordern "
    "eine Abstimmung der Bürger.\n"
)


@pytest.mark.parametrize("command", [["generate"], ["analyze"], ["build"]])
def test_an_article_not_in_english_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "bruecke.txt"
    article.write_text(GERMAN, encoding="utf-8")
    result = runner.invoke(app, [*command, str(article)])
    assert result.exit_code == 3
    first, hint = result.stderr.splitlines()
    assert first.startswith(f"error: {article}: is not in English (") and first.endswith("[SG007]")
    assert hint == "hint: studyguide reads articles in English only"
    assert not (tmp_path / "question_bank").exists()


def test_a_bank_records_the_language_it_read_the_article_in(article: Path, tmp_path: Path) -> None:
    bank = tmp_path / "bank.yaml"
    result = runner.invoke(app, ["generate", str(article), "-o", str(bank), "--count", "1"])
    assert result.exit_code == 0, result.output
    assert "    language: en\n" in bank.read_text(encoding="utf-8")


def test_version() -> None:
    from studyguide import __version__

    result = runner.invoke(app, ["--version"])
    assert (result.exit_code, result.output) == (0, f"studyguide {__version__}\n")


@pytest.mark.parametrize("command", ["quiz", "render", "export"])
def test_an_article_given_for_a_bank_is_named_an_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("story.txt").write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, [command, "story.txt"], input="")
    assert result.exit_code == 4
    assert result.stderr.splitlines() == [
        "error: story.txt: is an article, not a question bank [SG101]",
        "hint: make its bank and PDFs with: studyguide build story.txt   (then use"
        " question_bank/story.yaml)",
    ]


def test_the_bank_format_is_printed_by_the_installed_program() -> None:
    from studyguide.bank import dump_bank
    from tests.support import make_harbour_bank

    result = runner.invoke(app, ["help", "bank"])
    assert result.exit_code == 0
    assert result.output.startswith("# The question bank format\n")
    assert "| SG137 | warning |" in result.output
    # Every bank says where to read it.
    assert "# format, run: studyguide help bank\n" in dump_bank(make_harbour_bank())
