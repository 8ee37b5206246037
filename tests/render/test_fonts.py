from __future__ import annotations

import importlib.util
import shutil
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
import reportlab

from studyguide.errors import FontNotFound, RenderError
from studyguide.model import Bank
from studyguide.render import MissingGlyphsWarning, fonts, render_worksheet
from studyguide.render.fonts import FontFallbackWarning, load_font, warn_missing_glyphs

VERA = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
NAMES = "Erdoğan Łódź Dvořák Özdağ “quoted” ‘single’ — …\n\t"


def _packaged_folder() -> Path:
    spec = importlib.util.find_spec("font_source_sans_pro")
    assert spec is not None and spec.submodule_search_locations
    return Path(next(iter(spec.submodule_search_locations))) / "files"


SOURCE_SANS = _packaged_folder()


@pytest.fixture
def font_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """An empty folder that stands for every system font folder."""
    folder = tmp_path / "fonts"
    folder.mkdir()
    monkeypatch.setattr(fonts, "font_folders", lambda: (folder,))
    fonts._installed_font.cache_clear()
    yield folder
    fonts._installed_font.cache_clear()


@pytest.fixture
def no_system_fonts(font_folder: Path) -> None:
    """No font in the system folders."""


def _install_as(folder: Path, names: dict[str, str]) -> None:
    """Copy Source Sans Pro faces into `folder` under other families' file names."""
    for packaged, name in names.items():
        shutil.copyfile(SOURCE_SANS / f"SourceSansPro-{packaged}.ttf", folder / name)


DEJAVU_NAMES = {
    "Regular": "DejaVuSans.ttf",
    "Bold": "DejaVuSans-Bold.ttf",
    "It": "DejaVuSans-Oblique.ttf",
    "BoldIt": "DejaVuSans-BoldOblique.ttf",
}


def test_the_chosen_font_prints_every_name() -> None:
    family = load_font()
    assert family.label in ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Source Sans Pro")
    assert family.missing([NAMES]) == []


def test_a_system_dejavu_sans_is_found_with_its_bold_and_italic_faces(font_folder: Path) -> None:
    dejavu = font_folder / "truetype" / "dejavu"
    dejavu.mkdir(parents=True)
    _install_as(dejavu, DEJAVU_NAMES)
    family = load_font()
    assert family.label == "DejaVu Sans"
    assert family.path == dejavu / "DejaVuSans.ttf"
    assert len({family.regular, family.bold, family.italic, family.bold_italic}) == 4


def test_dejavu_is_preferred_to_noto_and_liberation(font_folder: Path) -> None:
    _install_as(font_folder, {"Regular": "LiberationSans-Regular.ttf"})
    _install_as(font_folder, {"Regular": "NotoSans-Regular.ttf"})
    assert load_font().label == "Noto Sans"
    fonts._installed_font.cache_clear()
    _install_as(font_folder, {"Regular": "DejaVuSans.ttf"})
    assert load_font().label == "DejaVu Sans"


def test_the_packaged_font_when_the_system_has_none(no_system_fonts: None) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        family = load_font()
    assert family.label == "Source Sans Pro"
    assert family.path == SOURCE_SANS / "SourceSansPro-Regular.ttf"
    assert len({family.regular, family.bold, family.italic, family.bold_italic}) == 4
    assert family.missing([NAMES]) == []


def test_a_given_font_brings_the_faces_beside_it() -> None:
    family = load_font(SOURCE_SANS / "SourceSansPro-Regular.ttf")
    assert family.label == "SourceSansPro-Regular.ttf"
    assert len({family.regular, family.bold, family.italic, family.bold_italic}) == 4


def test_vera_is_the_fallback_with_a_warning(
    no_system_fonts: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fonts, "PACKAGED_FONT", ("Source Sans Pro", "no_such_font_package", "x"))
    with pytest.warns(FontFallbackWarning) as caught:
        family = load_font()
    assert family.label == "Vera"
    assert family.path == VERA
    assert str(caught[0].message) == (
        "no DejaVu Sans, Noto Sans, Liberation Sans or Source Sans Pro font was found, so the "
        "PDFs use Vera, which lacks many accented letters; install one (the package is usually "
        "called fonts-dejavu) or give a font with --font PATH"
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


def test_a_machine_without_system_fonts_prints_every_name(
    no_system_fonts: None, harbour_bank: Bank
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        pdf = render_worksheet(harbour_bank)
    assert b"SourceSansPro" in pdf
