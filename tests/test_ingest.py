from __future__ import annotations

from pathlib import Path

import pytest

from studyguide.errors import (
    ArticleNotFound,
    ArticleTooLarge,
    BinaryArticle,
    EmptyArticle,
)
from studyguide.ingest import MAX_ARTICLE_BYTES, normalize_text, parse_text, read_article

WIRE_STORY = (
    "Ferry Service Returns to the Islands\n"
    "OSLO (Nordic Wire) — The island ferry sailed again on Tuesday, the operator said.\n"
    "Storm Damage Repaired\n"
    "Crews rebuilt the pier in six weeks.\n"
)


def test_title_dateline_paragraphs_and_subheads() -> None:
    article = parse_text(WIRE_STORY, article_id="ferry")
    assert article.title == "Ferry Service Returns to the Islands"
    assert article.source == "Nordic Wire"
    assert article.place == "Oslo"
    assert article.dateline is not None and article.dateline.text == "OSLO (Nordic Wire) — "
    assert [(p.span.text, p.heading) for p in article.paragraphs] == [
        (
            "OSLO (Nordic Wire) — The island ferry sailed again on Tuesday, the operator said.",
            False,
        ),
        ("Storm Damage Repaired", True),
        ("Crews rebuilt the pier in six weeks.", False),
    ]
    for paragraph in article.paragraphs:
        assert article.text[paragraph.span.start : paragraph.span.end] == paragraph.span.text


def test_first_line_that_is_prose_is_not_a_title() -> None:
    article = parse_text(
        "The council met on Monday.\nIt voted to close the road.", fallback_title="road-vote"
    )
    assert article.title_span is None
    assert article.title == "Road Vote"
    assert len(article.paragraphs) == 2


def test_blank_lines_separate_paragraphs_when_present() -> None:
    text = "First line of a paragraph\nwrapped here.\n\nSecond paragraph."
    article = parse_text(text)
    assert [p.span.text for p in article.paragraphs] == [
        "First line of a paragraph\nwrapped here.",
        "Second paragraph.",
    ]


def test_subhead_ending_in_a_quoted_phrase_is_a_heading() -> None:
    article = parse_text('Lead paragraph here.\nThe Mayor Calls It "A Fresh Start"\nMore text.')
    assert [p.heading for p in article.paragraphs] == [False, True, False]


def test_normalize_text() -> None:
    assert normalize_text("\ufeffA  \r\nB\tC\x07\r\n\n") == "A\nB C"
    assert normalize_text("Cafe\u0301") == "Café"


def test_read_utf8_with_bom_and_cp1252(tmp_path: Path) -> None:
    bom = tmp_path / "bom.txt"
    bom.write_bytes("\ufeffÖzdağ said “yes”.".encode())
    assert read_article(bom).text == "Özdağ said “yes”."
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes("The caf\xe9 said \x93no\x94.".encode("latin-1"))
    assert read_article(legacy).text == "The café said “no”."


def test_missing_empty_binary_and_large_files(tmp_path: Path) -> None:
    with pytest.raises(ArticleNotFound, match="nope.txt: no such file"):
        read_article(tmp_path / "nope.txt")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n")
    with pytest.raises(EmptyArticle, match="empty.txt: is empty"):
        read_article(empty)
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    with pytest.raises(BinaryArticle, match="photo.jpg: is a binary file, not text"):
        read_article(binary)
    large = tmp_path / "dump.txt"
    large.write_bytes(b"a" * (MAX_ARTICLE_BYTES + 1))
    with pytest.raises(ArticleTooLarge, match=r"dump.txt: is 5.0 MB"):
        read_article(large)
    with pytest.raises(ArticleNotFound, match="is a folder"):
        read_article(tmp_path)
