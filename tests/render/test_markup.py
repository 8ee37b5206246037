from __future__ import annotations

import pytest

from studyguide.render.markup import escape


@pytest.mark.parametrize(
    ("plain", "expected"),
    [
        ("AT&T", "AT&amp;T"),
        ("<b>bold</b>", "&lt;b&gt;bold&lt;/b&gt;"),
        ('<font color="red">x</font>', '&lt;font color="red"&gt;x&lt;/font&gt;'),
        ("line<br/>break", "line&lt;br/&gt;break"),
        ("&amp; already", "&amp;amp; already"),
        ("“Erdoğan” — Łódź", "“Erdoğan” — Łódź"),
    ],
)
def test_escape_makes_markup_characters_literal(plain: str, expected: str) -> None:
    assert escape(plain) == expected


def test_line_breaks_are_kept_only_when_asked() -> None:
    assert escape("one\ntwo") == "one\ntwo"
    assert escape("one\n<two>", line_breaks=True) == "one<br/>&lt;two&gt;"
