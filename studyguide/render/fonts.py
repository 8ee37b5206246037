"""Finding, loading and checking the Unicode TrueType font every document is set in.

The PDF core fonts know only Latin-1, so names like Erdoğan or Łódź need a TrueType font.
The font is the one given with `--font`, else the first of DejaVu Sans, Noto Sans and
Liberation Sans found in the usual system folders, else Source Sans Pro from the
`font-source-sans-pro` package the project depends on (so a machine without system fonts
still prints every name), else the Vera font that ships inside reportlab (with a warning:
it lacks many letters). Bold and italic faces are the files beside the regular one, named
the way these families name them.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import os
import sys
import unicodedata
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import reportlab
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from studyguide.errors import FontNotFound, RenderError, StudyguideWarning, counted


class RenderWarning(StudyguideWarning):
    """Something the documents could print, but not quite as asked."""

    label = "warning"


class FontFallbackWarning(RenderWarning):
    """No usual Unicode font was found; the documents use reportlab's Vera."""


class MissingGlyphsWarning(RenderWarning):
    """The font has no glyph for some characters of the text: they print as boxes."""


PREFERRED_FONTS: tuple[tuple[str, str], ...] = (
    ("DejaVu Sans", "DejaVuSans.ttf"),
    ("Noto Sans", "NotoSans-Regular.ttf"),
    ("Liberation Sans", "LiberationSans-Regular.ttf"),
)
"""Family name and regular face file, in order of preference."""

PACKAGED_FONT = ("Source Sans Pro", "font_source_sans_pro", "files/SourceSansPro-Regular.ttf")
"""Family name, distribution module and regular face file of the font installed with
studyguide, used when the system has none of `PREFERRED_FONTS`."""

_FACE_SUFFIXES = {
    "bold": ("-Bold", "Bd"),
    "italic": ("-Italic", "-Oblique", "-It", "It"),
    "bold_italic": ("-BoldItalic", "-BoldOblique", "-BoldIt", "BI"),
}
"""How DejaVu (-Bold, -Oblique), Noto and Liberation (-Bold, -Italic), Source Sans Pro
(-Bold, -It, -BoldIt) and Vera (Bd, It, BI) name the faces beside the regular one."""

_REGULAR_SUFFIXES = ("-Regular", "-Book", "-Roman")

_MISSING_SHOWN = 10
"""A warning lists at most this many missing characters."""


def font_folders() -> tuple[Path, ...]:
    """Where operating systems keep fonts, for everyone and for the user."""
    home = Path.home()
    folders = [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        home / ".local/share/fonts",
        home / ".fonts",
        Path("/Library/Fonts"),
        Path("/System/Library/Fonts"),
        home / "Library/Fonts",
    ]
    if sys.platform == "win32":
        folders.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            folders.append(Path(local) / "Microsoft/Windows/Fonts")
    return tuple(folders)


@dataclass(frozen=True, slots=True)
class FontFamily:
    """A registered font family: the reportlab names of its four faces."""

    label: str
    """How messages name the font: "DejaVu Sans", or the file name of a font given by path."""
    path: Path
    regular: str
    bold: str
    italic: str
    bold_italic: str
    charset: frozenset[int] = field(repr=False)
    """The code points the regular face has glyphs for."""

    def missing(self, texts: Iterable[str]) -> list[str]:
        """The printable characters of `texts` this font cannot draw, in code point order."""
        wanted = {char for text in texts for char in text}
        return sorted(
            (char for char in wanted if ord(char) not in self.charset and _printable(char)),
            key=ord,
        )


def load_font(font: Path | None = None) -> FontFamily:
    """The font family to set documents in: `font` if given, else the best one installed.

    Raises `FontNotFound` for a given font that does not exist and `RenderError` for one
    reportlab cannot read; warns with `FontFallbackWarning` when only Vera is left.
    """
    if font is not None:
        path = font.expanduser()
        if not path.is_file():
            raise FontNotFound(
                f"{font}: no such font file",
                "give the path of a TrueType (.ttf) font, or leave out --font to use an installed"
                " one",
            )
        return _register(path.resolve(), path.name)
    found = _installed_font() or _packaged_font()
    if found is not None:
        label, path = found
        return _register(path, label)
    warnings.warn(
        FontFallbackWarning(
            "no DejaVu Sans, Noto Sans, Liberation Sans or Source Sans Pro font was found, so "
            "the PDFs use Vera, which lacks many accented letters; install one (the package "
            "is usually called fonts-dejavu) or give a font with --font PATH"
        ),
        stacklevel=2,
    )
    return _register(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf", "Vera")


def warn_missing_glyphs(family: FontFamily, texts: Iterable[str]) -> None:
    """Warn, with `MissingGlyphsWarning`, about characters of `texts` the font lacks."""
    missing = family.missing(texts)
    if not missing:
        return
    shown = ", ".join(f"{char!r} (U+{ord(char):04X})" for char in missing[:_MISSING_SHOWN])
    more = f" and {len(missing) - _MISSING_SHOWN} more" if len(missing) > _MISSING_SHOWN else ""
    count = counted(len(missing), "character")
    warnings.warn(
        MissingGlyphsWarning(
            f"the font {family.label} has no glyph for {count} of the text, printed as a box: "
            f"{shown}{more}; give a font that has them with --font PATH"
        ),
        stacklevel=2,
    )


def _printable(char: str) -> bool:
    return not char.isspace() and unicodedata.category(char) not in ("Cc", "Cf")


@functools.lru_cache(maxsize=1)
def _installed_font() -> tuple[str, Path] | None:
    files = _font_files()
    for label, file_name in PREFERRED_FONTS:
        if file_name in files:
            return label, files[file_name]
    return None


def _packaged_font() -> tuple[str, Path] | None:
    """Source Sans Pro from its package, found without importing it."""
    label, module, file_name = PACKAGED_FONT
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / file_name
        if path.is_file():
            return label, path
    return None


def _font_files() -> dict[str, Path]:
    """Every font file under the font folders, by file name; the first found wins."""
    files: dict[str, Path] = {}
    for folder in font_folders():
        if not folder.is_dir():
            continue
        for root, dirs, names in os.walk(folder):
            dirs.sort()
            for name in sorted(names):
                if name.lower().endswith(".ttf"):
                    files.setdefault(name, Path(root) / name)
    return files


@functools.cache
def _register(path: Path, label: str) -> FontFamily:
    """Register the faces of the family whose regular face is `path` (once per path)."""
    regular = _load_face(path)
    stem = path.stem
    for suffix in _REGULAR_SUFFIXES:
        if stem.endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    names = {"regular": regular.fontName}
    for face, suffixes in _FACE_SUFFIXES.items():
        sibling = next(
            (
                path.with_name(stem + suffix + path.suffix)
                for suffix in suffixes
                if path.with_name(stem + suffix + path.suffix).is_file()
            ),
            None,
        )
        names[face] = _load_face(sibling).fontName if sibling is not None else regular.fontName
    family = FontFamily(
        label=label,
        path=path,
        regular=names["regular"],
        bold=names["bold"],
        italic=names["italic"],
        bold_italic=names["bold_italic"],
        charset=frozenset(regular.face.charToGlyph),
    )
    # Paragraph markup (<b>, <i>) finds the bold and italic faces through this mapping.
    addMapping(family.regular, 0, 0, family.regular)
    addMapping(family.regular, 1, 0, family.bold)
    addMapping(family.regular, 0, 1, family.italic)
    addMapping(family.regular, 1, 1, family.bold_italic)
    return family


def _load_face(path: Path) -> TTFont:
    # The registered name only has to be unique per file; the PDF names the font by the
    # name inside the file, so the output does not depend on where the file lives.
    name = "sg-" + hashlib.sha1(str(path).encode("utf-8")).hexdigest()[:12]
    try:
        font = TTFont(name, str(path))
    except (TTFError, OSError, ValueError, KeyError) as error:
        raise RenderError(
            f"{path}: cannot use this font ({error})",
            "give a TrueType (.ttf) font with --font PATH",
        ) from None
    pdfmetrics.registerFont(font)
    return font
