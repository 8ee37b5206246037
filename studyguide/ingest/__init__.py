"""Reading an article file into an `Article`: plain text, Markdown or a saved web page.

Whatever the format, the `Article` holds plain text, normalised once on reading, and
every offset in the project points into that text.
"""

from __future__ import annotations

from pathlib import Path

from studyguide.errors import MAX_ARTICLE_CHARS, EmptyArticle, too_long
from studyguide.ingest.files import (
    ARTICLE_SUFFIXES,
    MAX_ARTICLE_BYTES,
    ArticleFormat,
    decode_article,
    read_bytes,
    sniff_format,
)
from studyguide.ingest.html import parse_html
from studyguide.ingest.markdown import parse_markdown
from studyguide.ingest.text import (
    Block,
    assemble,
    normalize_text,
    parse_text,
    slugify,
    split_paragraphs,
)
from studyguide.model import Article


def read_article(path: Path, published: str | None = None) -> Article:
    """Read and parse an article file; raise an `ArticleError` with a plain message if it can't be.

    `published` (ISO `YYYY-MM-DD`) is the publication date; for a web page it wins over the
    date the page gives.
    """
    source = decode_article(path, read_bytes(path))
    if not source.strip():
        raise _empty(path)
    article_id = slugify(path.stem)
    match sniff_format(path, source):
        case ArticleFormat.HTML:
            article = parse_html(
                source, path, article_id, published=published, fallback_title=path.stem
            )
        case ArticleFormat.MARKDOWN:
            article = parse_markdown(
                normalize_text(source), article_id, published=published, fallback_title=path.stem
            )
        case ArticleFormat.TEXT:
            article = parse_text(
                normalize_text(source), article_id, published=published, fallback_title=path.stem
            )
    if not article.text.strip():
        raise _empty(path)
    if len(article.text) > MAX_ARTICLE_CHARS:
        raise too_long(path, len(article.text))
    return article


def _empty(path: Path) -> EmptyArticle:
    return EmptyArticle(path, "is empty", "give a file that holds the article's text")


__all__ = [
    "ARTICLE_SUFFIXES",
    "MAX_ARTICLE_BYTES",
    "ArticleFormat",
    "Block",
    "assemble",
    "decode_article",
    "normalize_text",
    "parse_html",
    "parse_markdown",
    "parse_text",
    "read_article",
    "slugify",
    "split_paragraphs",
]
