"""The quote marks English news writes: curly and straight, double and single, and the
doubled apostrophes of some newswires."""

from __future__ import annotations

from studyguide.analysis.lang import QuoteMarks

QUOTE_MARKS = QuoteMarks(
    opening="“„«",
    closing="”»",
    straight='"',
    single_opening="‘",
    single_closing="’",
    doubled=("''", "``", "‘’", "’’", "‘‘"),
    apostrophes="'`",
)
