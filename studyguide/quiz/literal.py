"""Bank text on the screen, exactly as written and nothing more.

A bank is a file anyone can edit, so its text is data, never instructions to the
terminal or to rich: square brackets ("ISIS [ISIL]") are shown as typed instead of being
read as markup, and control characters are dropped before they can reach the terminal,
where an escape sequence could recolour, move the cursor or retitle the window.
"""

from __future__ import annotations

import re

from rich.text import Text

_ESCAPE_SEQUENCE = re.compile(
    r"""\x1b(?:
        \[[0-?]*[ -/]*[@-~]              # CSI: colours, cursor movement
      | [\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\|$)  # OSC, DCS, SOS, PM, APC strings up to their end
      | [ -/]*[0-~]                      # two- and three-character escapes
    )""",
    re.VERBOSE,
)
"""Whole escape sequences go, so that no stray "[31m" is left behind once ESC is removed."""

_BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
"""Direction overrides, which can make text display in an order other than the one it has."""

_DROPPED = {
    code: None
    for code in (
        *range(0x00, 0x20),
        0x7F,
        *range(0x80, 0xA0),
        *(ord(c) for c in _BIDI_CONTROLS),
    )
    if code != ord("\n")
}


def clean(text: str) -> str:
    """`text` without escape sequences and control characters; newlines stay, tabs become spaces."""
    text = _ESCAPE_SEQUENCE.sub("", text)
    text = text.replace("\r\n", "\n").replace("\t", " ")
    return text.translate(_DROPPED)


def literal(text: str, style: str = "") -> Text:
    """A rich `Text` showing `text` literally: never parsed as markup, never an escape."""
    return Text(clean(text), style=style)
