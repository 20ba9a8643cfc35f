"""Every PDF Ikrar writes carries every font it names: a printer or an archive without Helvetica
must not substitute another (reportlab names Helvetica by default for a canvas, a table cell and a
chart unless told otherwise)."""
from __future__ import annotations

import pytest
from pypdf import PdfReader
from test_reports_support import make_apel

from ikrar.reports import api


@pytest.fixture
def apel(db, at):
    at(7, 20)
    return make_apel()


def fonts_of(path) -> dict[str, bool]:
    """Base font name -> whether its program is embedded, over every page's resources."""
    found: dict[str, bool] = {}
    for page in PdfReader(str(path)).pages:
        for font in (page.get("/Resources", {}).get("/Font", {}) or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font.get("/BaseFont"))] = embedded
    return found


@pytest.mark.parametrize("kind", ["signed-list", "recap", "not-signed", "pacts", "qr-cards"])
def test_every_font_is_embedded(apel, tmp_path, kind):
    result = api.generate(kind, apel.event, tmp_path / f"{kind}.pdf")
    fonts = fonts_of(result.path)
    assert fonts and all(fonts.values()), f"{kind}: fonts not embedded: {[f for f, e in fonts.items() if not e]}"
    assert not any("Helvetica" in f for f in fonts)


def test_the_regency_list_embeds_its_fonts_too(apel, tmp_path):
    result = api.coverage_not_signed(tmp_path / "coverage.pdf")
    fonts = fonts_of(result.path)
    assert fonts and all(fonts.values())
