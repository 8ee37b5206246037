"""Saved news web pages: the headline, byline, date and body, without menus, ads and footers.

The main text and the metadata come from trafilatura, which is built for exactly this
job on news pages; what it keeps is reduced to plain paragraphs and subheads here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from studyguide.errors import EmptyArticle
from studyguide.ingest.text import Block, assemble
from studyguide.model import Article

_PARAGRAPHS = {"p", "quote", "item"}
"""trafilatura's elements that hold running text; tables, code and figures are left out."""

_CONTAINERS = {"list", "div"}

_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}
"""Only dates the page declares (meta tags, time elements, structured data): a date guessed
from the running text would too often be a date the story is about, not its own."""


def parse_html(
    page: str,
    path: Path,
    article_id: str = "article",
    published: str | None = None,
    fallback_title: str | None = None,
) -> Article:
    """The news article in a saved web page; `published` wins over the page's own date."""
    try:
        found = _extract(page, with_metadata=True)
    except Exception:  # lxml asserts on some broken trees ("<body><html><script>")
        # The date and byline finders clean the tree again and trip over it; the body
        # alone may still be read.
        try:
            found = _extract(page, with_metadata=False)
        except Exception:
            raise _no_article(path) from None
    body: Any = getattr(found, "body", None)
    if found is None or isinstance(found, dict) or body is None:
        raise _no_article(path)
    title = _clean(found.title)
    blocks = [b for b in _blocks(body) if not (b.heading and title and b.text.strip() == title)]
    if not any(not b.heading for b in blocks):
        raise _no_article(path)
    return assemble(
        blocks,
        title,
        article_id=article_id,
        published=published or _clean(found.date),
        fallback_title=fallback_title,
        source=_clean(found.sitename),
        byline=_clean(found.author),
    )


def _extract(page: str, with_metadata: bool) -> Any:
    import trafilatura  # lazily: it pulls in lxml and date parsing most commands never need

    return trafilatura.bare_extraction(
        page,
        with_metadata=with_metadata,
        include_comments=False,
        include_tables=False,
        date_extraction_params=dict(_DATE_PARAMS),
    )


def _blocks(element: Any) -> list[Block]:
    blocks: list[Block] = []
    for child in element:
        tag = child.tag
        if tag == "head":
            blocks.append(Block(_text(child), heading=True))
        elif tag in _PARAGRAPHS:
            blocks.append(Block(_text(child)))
        elif tag in _CONTAINERS:
            blocks.extend(_blocks(child))
    return [b for b in blocks if b.text.strip()]


def _text(element: Any) -> str:
    """An element's words, with its line breaks (`<lb/>`) kept as newlines."""
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "lb" else _text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _clean(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else ""
    return value or None


def _no_article(path: Path) -> EmptyArticle:
    return EmptyArticle(
        path,
        "is a web page without any article text that could be found",
        "save the page of the article itself, or copy its text into a .txt file",
    )
