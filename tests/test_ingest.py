from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from studyguide.errors import (
    ArticleNotFound,
    ArticleTooLarge,
    BinaryArticle,
    EmptyArticle,
)
from studyguide.ingest import (
    MAX_ARTICLE_BYTES,
    normalize_text,
    parse_markdown,
    parse_text,
    read_article,
)
from studyguide.model import Article
from tests.support import examples

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


def test_a_headline_may_ask_a_question() -> None:
    article = parse_text(
        "What next for the island ferry?\n\nThe ferry to Kelby will stop in May. The council"
        " has no money to run it.",
        article_id="ferry",
    )
    assert article.title == "What next for the island ferry?"
    assert [p.span.text for p in article.paragraphs if not p.heading][0].startswith("The ferry")


def test_first_line_that_is_prose_is_not_a_title() -> None:
    article = parse_text(
        "The council met on Monday.\nIt voted to close the road.", fallback_title="road-vote"
    )
    assert article.title_span is None
    assert article.title == "Road Vote"
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    ("first", "title"),
    [
        # Some sites print the headline with a full stop: set in title case, it is one.
        ("Council Votes to Close the Harbour Road.", "Council Votes to Close the Harbour Road."),
        (
            "Mayor Lind: ‘We Will Not Give Up the Ferry.’",
            "Mayor Lind: ‘We Will Not Give Up the Ferry.’",
        ),
        # A headline and its deck, a semicolon apart, as news archives print them.
        (
            "Ferry fares rise again; Islanders say the council broke its word.",
            "Ferry fares rise again; Islanders say the council broke its word.",
        ),
        (
            "Ferry fares rise again;\nIslanders say the council broke its word.",
            "Ferry fares rise again; Islanders say the council broke its word.",
        ),
        # A short first sentence in sentence case is the lead, not a headline.
        ("The council voted to close the harbour road.", None),
        ("Anna Lind and Tom Berg met in Oslo.", None),
        ("Fares rose again; islanders say the council broke its word.", None),
        ("Fares rose again; Anna Lind says the council broke its word. It met in May.", None),
    ],
)
def test_a_first_line_on_a_full_stop_is_a_headline_only_where_set_as_one(
    first: str, title: str | None
) -> None:
    article = parse_text(f"{first}\n\nThe road will shut in May. Drivers will use the ferry.")
    assert (article.title if article.title_span else None) == title


def test_blank_lines_separate_paragraphs_when_present() -> None:
    text = "First line of a paragraph\nwrapped here.\n\nSecond paragraph."
    article = parse_text(text)
    assert [p.span.text for p in article.paragraphs] == [
        "First line of a paragraph\nwrapped here.",
        "Second paragraph.",
    ]


def test_a_line_break_after_a_sentence_s_end_starts_a_paragraph() -> None:
    # A headline set apart, then paragraphs on single lines, as some feeds write them.
    text = (
        "Ferry Fares Cut\n\nThe company will cut its fares.\n"
        "\u201cWe heard the islanders,\u201d Marsh said.\nA new ferry is being\nbuilt in Scotland."
    )
    article = parse_text(text)
    assert [p.span.text for p in article.paragraphs][-3:] == [
        "The company will cut its fares.",
        "\u201cWe heard the islanders,\u201d Marsh said.",
        "A new ferry is being\nbuilt in Scotland.",
    ]


def test_subhead_ending_in_a_quoted_phrase_is_a_heading() -> None:
    article = parse_text('Lead paragraph here.\nThe Mayor Calls It "A Fresh Start"\nMore text.')
    assert [p.heading for p in article.paragraphs] == [False, True, False]


def test_normalize_text() -> None:
    assert normalize_text("\ufeffA  \r\nB\tC\x07\r\n\n") == "A\nB C"
    assert normalize_text("Cafe\u0301") == "Café"
    # Characters a web page wrote as entities, left in text copied from it.
    assert (
        normalize_text("quaintly pass&#233;, &lt;b&gt; &amp; AT&T") == "quaintly passé, <b> & AT&T"
    )


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
    # Under the size limit, but more text than the parser takes: refused before it runs.
    long = tmp_path / "long.txt"
    long.write_text("Title\n\n" + "The ferry sailed on time. " * 40_000)
    with pytest.raises(ArticleTooLarge, match=r"long.txt: holds 1,040,006 characters"):
        read_article(long)


def test_analysis_refuses_more_text_than_the_parser_takes() -> None:
    from studyguide.analysis import analyze_article

    article = parse_text("Title\n\n" + "The ferry sailed on time. " * 40_000, article_id="long")
    with pytest.raises(ArticleTooLarge, match="articles over 1,000,000 are refused"):
        analyze_article(article, nlp=object())  # type: ignore[arg-type]


def test_latin1_bytes_that_windows_1252_leaves_undefined(tmp_path: Path) -> None:
    legacy = tmp_path / "latin1.txt"
    legacy.write_bytes(b"Jos\xe9 paid \xa35 at the caf\xe9.\x81")
    assert read_article(legacy).text == "José paid £5 at the café."


def test_utf16_with_a_byte_order_mark(tmp_path: Path) -> None:
    wide = tmp_path / "wide.txt"
    wide.write_bytes("Ölüdeniz said “yes”.".encode("utf-16"))
    assert read_article(wide).text == "Ölüdeniz said “yes”."


def test_byline_line_is_kept_out_of_the_prose() -> None:
    article = parse_text("Ferry Returns\nBy Anna Lind and Tom Berg\nThe ferry sailed again.")
    assert article.title == "Ferry Returns"
    assert article.byline == "Anna Lind and Tom Berg"
    assert [(p.span.text, p.heading) for p in article.paragraphs] == [
        ("By Anna Lind and Tom Berg", True),
        ("The ferry sailed again.", False),
    ]


def test_a_sentence_starting_with_by_is_not_a_byline() -> None:
    article = parse_text("Ferry Returns\nBy Monday, the ferry sailed again.")
    assert article.byline is None
    assert [p.heading for p in article.paragraphs] == [False]


MARKDOWN = """\
# Harbour *Bridge* Reopens

*By Anna Lind*

KINGSTOWN (Coastline News) — The [Old Harbour Bridge](https://example.org/bridge)
reopened on **Monday**, Mayor Elena Novak said.

> “We promised a safer crossing,” Novak said.

## Cables and costs

![The new cables](cables.jpg)

- Engineers replaced `40` cables.
- The work cost 12 million euros.

<div class="ad">Subscribe now</div>
"""


def _assert_offsets(article: Article) -> None:
    for paragraph in article.paragraphs:
        span = paragraph.span
        assert article.text[span.start : span.end] == span.text
    if article.title_span is not None:
        span = article.title_span
        assert article.text[span.start : span.end] == span.text == article.title
    if article.dateline is not None:
        span = article.dateline
        assert article.text[span.start : span.end] == span.text


def test_markdown_article(tmp_path: Path) -> None:
    path = tmp_path / "bridge.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    article = read_article(path, published="2024-05-06")
    assert article.text == (
        "Harbour Bridge Reopens\n\n"
        "By Anna Lind\n\n"
        "KINGSTOWN (Coastline News) — The Old Harbour Bridge\n"
        "reopened on Monday, Mayor Elena Novak said.\n\n"
        "“We promised a safer crossing,” Novak said.\n\n"
        "Cables and costs\n\n"
        "Engineers replaced 40 cables.\n\n"
        "The work cost 12 million euros."
    )
    assert (article.id, article.title, article.byline, article.published) == (
        "bridge",
        "Harbour Bridge Reopens",
        "Anna Lind",
        "2024-05-06",
    )
    assert (article.place, article.source) == ("Kingstown", "Coastline News")
    assert [p.heading for p in article.paragraphs] == [True, False, False, True, False, False]
    _assert_offsets(article)


def test_markdown_without_a_level_one_heading() -> None:
    article = parse_markdown("Ferry Returns\n\nThe ferry *sailed* again.\n\n### Pier\n\nIt held.")
    assert article.title == "Ferry Returns"
    assert [(p.span.text, p.heading) for p in article.paragraphs] == [
        ("The ferry sailed again.", False),
        ("Pier", True),
        ("It held.", False),
    ]
    _assert_offsets(article)


NEWS_PAGE = """\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbour Bridge Reopens After Repairs | Coastline News</title>
<meta property="og:title" content="Harbour Bridge Reopens After Repairs">
<meta property="og:site_name" content="Coastline News">
<meta name="author" content="Anna Lind">
<meta property="article:published_time" content="2024-05-06T09:30:00+02:00">
</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<div class="ad">Advertisement: cheap ferry tickets, book now!</div>
<article>
<h1>Harbour Bridge Reopens After Repairs</h1>
<p class="byline">By Anna Lind</p>
<p>KINGSTOWN — The Old Harbour Bridge reopened on Monday after two years of repairs,
Mayor Elena Novak said.</p>
<p>&ldquo;We promised a safer crossing, and today we keep that promise,&rdquo; Novak said
at the ceremony.</p>
<h2>Cables and costs</h2>
<p>Engineers replaced 40 cables in 2023, and the work cost 12 million euros, the city
said in a statement.</p>
<p>Opposition councillor Tomas Berg said the project ran a year late.</p>
</article>
<aside>Most read: ten things to do this weekend</aside>
<footer>&copy; 2024 Coastline News. All rights reserved. Privacy policy. Contact us.</footer>
</body>
</html>
"""


def test_saved_news_page(tmp_path: Path) -> None:
    path = tmp_path / "bridge.html"
    path.write_text(NEWS_PAGE, encoding="utf-8")
    article = read_article(path)
    assert (article.title, article.source, article.byline, article.published) == (
        "Harbour Bridge Reopens After Repairs",
        "Coastline News",
        "Anna Lind",
        "2024-05-06",
    )
    assert article.place == "Kingstown"
    assert [(p.span.text.split()[0], p.heading) for p in article.paragraphs] == [
        ("KINGSTOWN", False),
        ("“We", False),
        ("Cables", True),
        ("Engineers", False),
        ("Opposition", False),
    ]
    for noise in ("Home", "Advertisement", "Most read", "rights reserved", "By Anna Lind"):
        assert noise not in article.text
    _assert_offsets(article)


def test_published_option_wins_over_the_page_date(tmp_path: Path) -> None:
    path = tmp_path / "bridge.htm"
    path.write_text(NEWS_PAGE, encoding="utf-8")
    assert read_article(path, published="2024-05-07").published == "2024-05-07"


def test_page_saved_as_text_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "bridge.txt"
    path.write_text(NEWS_PAGE, encoding="utf-8")
    article = read_article(path)
    assert article.title == "Harbour Bridge Reopens After Repairs"
    assert "<p>" not in article.text


def test_page_without_article_text(tmp_path: Path) -> None:
    path = tmp_path / "menu.html"
    path.write_text(
        "<html><body><nav><a href='/'>Home</a></nav><footer>Contact</footer></body></html>",
        encoding="utf-8",
    )
    with pytest.raises(EmptyArticle) as caught:
        read_article(path)
    assert caught.value.message == (
        f"{path}: is a web page without any article text that could be found"
    )


@pytest.mark.parametrize("dash", ["—", "―", "–", "--", "-"])
def test_a_dateline_ends_on_any_dash_a_wire_uses(dash: str) -> None:
    article = parse_text(f"Ferry Talks Resume\n\nOSLO {dash} The talks resumed on Monday.")
    assert article.dateline is not None and article.dateline.text == f"OSLO {dash} "
    assert article.place == "Oslo"


def test_a_line_above_a_dateline_is_the_headline_whatever_its_punctuation() -> None:
    article = parse_text(
        "Council votes to close the harbour road.\n\n"
        "OSLO (Nordic Wire) — The council voted on Monday to close the road.\n\nIt shuts in May."
    )
    assert article.title == "Council votes to close the harbour road."
    assert article.dateline is not None and article.dateline.text == "OSLO (Nordic Wire) — "


def test_dateline_on_a_line_of_its_own_is_the_dateline_not_a_subhead() -> None:
    text = "JOHANNESBURG, Aug. 7 (Cape Wire) --\n\nThe council deplored the blasts on Friday."
    article = parse_text(text)
    assert article.dateline is not None
    assert article.dateline.text == "JOHANNESBURG, Aug. 7 (Cape Wire) --"
    assert (article.place, article.source, article.title_span) == (
        "Johannesburg",
        "Cape Wire",
        None,
    )
    assert [p.heading for p in article.paragraphs] == [False, False]


def test_markdown_front_matter_gives_title_date_and_byline() -> None:
    source = (
        "---\n"
        'title: "Ferry Returns"\n'
        "date: 2024-03-01T10:00:00Z\n"
        "author: Ola Berg\n"
        "tags: [ferry, islands]\n"
        "---\n\n"
        "The ferry *sailed* again.\n"
    )
    article = parse_markdown(source)
    assert (article.title, article.published, article.byline) == (
        "Ferry Returns",
        "2024-03-01",
        "Ola Berg",
    )
    assert article.text == "Ferry Returns\n\nThe ferry sailed again."
    assert parse_markdown(source, published="2024-03-02").published == "2024-03-02"


def _assert_spans(article: Article) -> None:
    _assert_offsets(article)
    assert article.title.strip()


_MARKDOWN_PIECES = st.sampled_from(
    ["# ", "## ", "*", "**", "_", "[", "](x)", "![a](b)", "`", "> ", "- ", "1. ", "\n", "\n\n"]
    + ["---\n", "title: T\n", "By Ann Lee", "OSLO —", "word ", "Word ", "<b>", "&amp;", "“", '"']
)

_HTML_PIECES = st.sampled_from(
    ["<html>", "<body>", "<p>", "</p>", "<h1>", "</h1>", "<h2>", "</h2>", "<nav>", "</nav>"]
    + ["<article>", "</article>", "<br>", "<ul><li>", "</li></ul>", "<script>x</script>"]
    + ["<meta name='author' content='A B'>", "<title>T</title>", "&nbsp;", "<!-- c -->", "<"]
    + ["<meta property='article:published_time' content='2024-13-45'>", ">"]
    + ["Some words of the story here. ", "Another sentence, with a quote “yes”. "]
)


@settings(max_examples=examples(40), deadline=None)
@given(source=st.lists(_MARKDOWN_PIECES, max_size=40).map("".join))
def test_any_markdown_gives_consistent_offsets(source: str) -> None:
    _assert_spans(parse_markdown(source))


@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page=st.lists(_HTML_PIECES, max_size=40).map("".join))
@example(page="<body><html><script>x</script>")  # a tree lxml's cleaner asserts on
def test_any_web_page_gives_an_article_or_one_clear_error(page: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.html"
        path.write_text(page, encoding="utf-8")
        try:
            article = read_article(path)
        except EmptyArticle:
            return
        _assert_spans(article)


def test_utf8_with_a_few_broken_bytes_stays_utf8(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.txt"
    damaged.write_bytes("Özdağ said “yes” at the café.".encode() + b" \xff")
    assert read_article(damaged).text == "Özdağ said “yes” at the café. \ufffd"
