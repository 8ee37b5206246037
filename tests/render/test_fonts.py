from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
import reportlab

from studyguide.errors import FontNotFound, RenderError
from studyguide.model import Bank
from studyguide.render import MissingGlyphsWarning, fonts, render_worksheet
from studyguide.render.fonts import FontFallbackWarning, load_font, warn_missing_glyphs

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
VERA = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"

needs_dejavu = pytest.mark.skipif(
    not (DEJAVU / "DejaVuSans.ttf").is_file(), reason=f"DejaVu fonts are not in {DEJAVU}"
)


@pytest.fixture
def no_system_fonts(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.setattr(fonts, "font_folders", lambda: (tmp_path,))
    fonts._installed_font.cache_clear()
    yield
    fonts._installed_font.cache_clear()


@needs_dejavu
def test_dejavu_sans_is_found_with_its_bold_and_italic_faces() -> None:
    family = load_font()
    assert family.label == "DejaVu Sans"
    assert family.path == DEJAVU / "DejaVuSans.ttf"
    assert len({family.regular, family.bold, family.italic, family.bold_italic}) == 4
    assert family.missing(["Erdoğan Łódź Dvořák Özdağ “quoted” ‘single’ — …\n\t"]) == []


@needs_dejavu
def test_a_given_font_brings_the_faces_beside_it() -> None:
    family = load_font(DEJAVU / "DejaVuSerif.ttf")
    assert family.label == "DejaVuSerif.ttf"
    assert len({family.regular, family.bold, family.italic, family.bold_italic}) == 4


def test_vera_is_the_fallback_with_a_warning(no_system_fonts: None) -> None:
    with pytest.warns(FontFallbackWarning) as caught:
        family = load_font()
    assert family.label == "Vera"
    assert family.path == VERA
    assert str(caught[0].message) == (
        "no DejaVu Sans, Noto Sans or Liberation Sans font was found, so the PDFs use Vera, "
        "which lacks many accented letters; install one (the package is usually called "
        "fonts-dejavu) or give a font with --font PATH"
    )


def test_a_missing_font_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FontNotFound) as raised:
        load_font(tmp_path / "nope.ttf")
    assert raised.value.message == f"{tmp_path / 'nope.ttf'}: no such font file"
    assert raised.value.code == "SG201"


def test_a_file_that_is_not_a_font_is_a_clear_error(tmp_path: Path) -> None:
    fake = tmp_path / "fake.ttf"
    fake.write_text("not a font", encoding="utf-8")
    with pytest.raises(RenderError) as raised:
        load_font(fake)
    assert raised.value.message.startswith(f"{fake}: cannot use this font (")
    assert raised.value.hint == "give a TrueType (.ttf) font with --font PATH"


def test_characters_the_font_lacks_are_reported(harbour_bank: Bank) -> None:
    with pytest.warns(MissingGlyphsWarning) as caught:
        pdf = render_worksheet(harbour_bank, font=VERA)
    assert pdf.startswith(b"%PDF")
    assert [str(w.message) for w in caught] == [
        "the font Vera.ttf has no glyph for 3 characters of the text, printed as a box: "
        "'ř' (U+0159), 'ź' (U+017A), '→' (U+2192); give a font that has them with --font PATH"
    ]


def test_a_long_list_of_missing_characters_is_cut_short() -> None:
    family = load_font(VERA)
    with pytest.warns(MissingGlyphsWarning) as caught:
        warn_missing_glyphs(family, ["αβγδεζηθικλμ"])
    assert str(caught[0].message).endswith(
        "'κ' (U+03BA) and 2 more; give a font that has them with --font PATH"
    )
    assert str(caught[0].message).startswith("the font Vera.ttf has no glyph for 12 characters")


def test_no_warning_when_the_font_has_every_character(harbour_bank: Bank) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        render_worksheet(harbour_bank)
