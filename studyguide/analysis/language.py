"""Which language an article is in, as far as studyguide needs to know: English, or not.

The analysis reads English only: a German article would give "Der" as a person and a blank
whose answer is "Der". English prose is made of short function words ("the", "of", "and",
"said that"): in news, a quarter of the words or more are spaCy's English stop words, while
German, French or Spanish text has few of them.
"""

from __future__ import annotations

import re
from pathlib import Path

from studyguide.analysis.lang import language_data
from studyguide.errors import NotEnglish

ENGLISH = "en"
"""The language code a bank records for an article studyguide analysed."""

MIN_WORDS = 25
"""Below this many words the share says little: a short text is taken as English."""

MIN_SHARE = 0.18
"""The share of English stop words below which a text is not English (news in English has
0.26 or more; German about 0.1, French and Spanish under 0.05)."""

_WORD = re.compile(r"[^\W\d_]+")


def english_share(text: str) -> tuple[float, int]:
    """The share of the text's words that are English stop words, and how many words."""
    words = _WORD.findall(text.lower())
    stop_words = language_data(ENGLISH).stop_words
    return sum(word in stop_words for word in words) / max(len(words), 1), len(words)


def require_english(text: str, source: Path | str) -> None:
    """Raises NotEnglish, naming `source`, for a text that is not in English."""
    share, words = english_share(text)
    if words >= MIN_WORDS and share < MIN_SHARE:
        raise NotEnglish(
            source,
            f"is not in English ({share:.0%} of its words are common English words; English"
            " news has over 25%)",
            "studyguide reads articles in English only",
        )
