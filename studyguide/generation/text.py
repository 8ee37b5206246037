"""Small helpers for wording prompts."""

from __future__ import annotations

import re

from studyguide.model import BLANK, Span

MAX_EXCERPT_WORDS = 28


def excerpt(text: str, max_words: int = MAX_EXCERPT_WORDS) -> str:
    """The quote's opening, cut at a sentence end or after `max_words` words with an ellipsis."""
    text = " ".join(text.split()).strip(" ,")
    first = re.match(r"(.+?[.!?])(\s|$)", text)
    if first and len(first.group(1).split()) >= 6:
        text = first.group(1)
    words = text.split()
    if len(words) > max_words:
        return " ".join(words[:max_words]).rstrip(",;:") + " …"
    return text


def blank_out(sentence: Span, target: Span) -> str:
    """The sentence with `target` replaced by the blank marker."""
    before = sentence.text[: target.start - sentence.start]
    after = sentence.text[target.end - sentence.start :]
    return " ".join(f"{before}{BLANK}{after}".split())


def mentions(text: str, name: str) -> bool:
    """Whether `name` (or its last word, for people) stands in `text` as a word."""
    words = [name, name.split()[-1]] if name.split() else [name]
    return any(re.search(rf"\b{re.escape(w)}\b", text, re.IGNORECASE) for w in words if len(w) > 2)


_LOWER_STARTS = frozenset(
    "The A An This That These Those It Its There Their They Our We Some Many Most All No".split()
)


def clause(text: str) -> str:
    """Reported words as a clause after "said that": no capital on an ordinary first word."""
    text = " ".join(text.split()).rstrip(".")
    first, _, rest = text.partition(" ")
    if first in _LOWER_STARTS:
        return f"{first.lower()} {rest}".strip()
    return text


def balanced(text: str) -> bool:
    """Whether every quotation opened in `text` is closed in it (and none closed unopened)."""
    if text.count("“") != text.count("”"):
        return False
    return text.count('"') % 2 == 0
