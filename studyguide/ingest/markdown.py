"""Markdown articles: `# headline`, `## subheads`, paragraphs; markup reduced to its text."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from studyguide.ingest.text import Block, assemble, is_headline
from studyguide.model import Article

_KEPT_INLINE = {"text", "code_inline"}
"""Inline tokens whose content is article text; images, raw HTML and markup are dropped."""

_BREAKS = {"softbreak": "\n", "hardbreak": "\n"}

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<fields>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
"""The metadata block static-site generators put at the top: `---`, `key: value` lines, `---`."""

_FIELD = re.compile(r"^(?P<key>[A-Za-z_]+)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$", re.M)

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_markdown(
    source: str,
    article_id: str = "article",
    published: str | None = None,
    fallback_title: str | None = None,
) -> Article:
    """The article a Markdown file holds, as plain text with its title and subheads marked.

    The first level-one heading before any paragraph is the title; other headings are
    subheads. Without such a heading, the `title` of a front-matter block, or else a first
    paragraph that reads as a headline, is the title. The front matter's `date` and
    `author` give the publication date (unless `published` is given) and the byline.
    """
    fields: dict[str, str] = {}
    front = _FRONT_MATTER.match(source)
    if front is not None:
        fields = _front_fields(front["fields"])
        source = source[front.end() :]
    blocks = _blocks(MarkdownIt("commonmark").parse(source))
    title = fields.get("title")
    date = _ISO_DATE.match(fields.get("date", ""))
    if blocks and blocks[0][1] == "h1":
        title = blocks.pop(0)[0].text
    elif (
        title is None
        and len(blocks) > 1
        and not blocks[0][0].heading
        and is_headline(blocks[0][0].text)
    ):
        title = blocks.pop(0)[0].text
    return assemble(
        [block for block, _ in blocks],
        title,
        article_id=article_id,
        published=published or (date.group(0) if date else None),
        fallback_title=fallback_title,
        byline=fields.get("author"),
    )


def _front_fields(text: str) -> dict[str, str]:
    """The plain `key: value` lines of a front-matter block; lists and nesting are skipped."""
    fields = {}
    for found in _FIELD.finditer(text):
        value = found["value"].strip("\"'")
        if value:
            fields[found["key"].lower()] = value
    return fields


def _blocks(tokens: list[Token]) -> list[tuple[Block, str]]:
    """Each heading or paragraph (in lists and block quotes too), with its heading tag."""
    blocks: list[tuple[Block, str]] = []
    heading_tag = ""
    for token in tokens:
        if token.type == "heading_open":
            heading_tag = token.tag
        elif token.type == "heading_close":
            heading_tag = ""
        elif token.type == "inline":
            text = _plain(token.children or [])
            if text.strip():
                blocks.append((Block(text, heading=bool(heading_tag)), heading_tag))
    return blocks


def _plain(children: list[Token]) -> str:
    parts = []
    for child in children:
        if child.type in _KEPT_INLINE:
            parts.append(child.content)
        elif child.type in _BREAKS:
            parts.append(_BREAKS[child.type])
    return "".join(parts)
