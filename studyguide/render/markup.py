"""The one way plain text becomes Paragraph markup.

reportlab's `Paragraph` reads its text as a small XML dialect, so an article that says
`<b>` or `AT&T` would be read as markup. Every piece of text that reaches a Paragraph
passes through `escape` first; the documents add their own tags around escaped text only.
"""

from __future__ import annotations

_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def escape(text: str, *, line_breaks: bool = False) -> str:
    """Plain text as Paragraph markup that prints exactly `text`.

    Paragraphs fold newlines into spaces; with `line_breaks`, each newline is kept as a break.
    """
    text_markup = "".join(_ENTITIES.get(char, char) for char in text)
    if line_breaks:
        text_markup = text_markup.replace("\n", "<br/>")
    return text_markup
