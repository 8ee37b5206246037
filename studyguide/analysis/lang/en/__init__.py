"""English: the words, quote marks and date grammar the extractors read English news by."""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

from studyguide.analysis.lang import LanguageData
from studyguide.analysis.lang.en.dates.phrases import GRAMMAR
from studyguide.analysis.lang.en.quote_marks import QUOTE_MARKS
from studyguide.analysis.lang.en.reading import WORDS

LANGUAGE = LanguageData(
    code="en",
    stop_words=frozenset(STOP_WORDS),
    words=WORDS,
    quote_marks=QUOTE_MARKS,
    date_grammar=GRAMMAR,
)
