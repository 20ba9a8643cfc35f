"""Every PDF Ikrar writes carries every font it names (issue 14, item 11): a printer or an archive
without Helvetica must not substitute another (reportlab names Helvetica by default for a canvas, a
table cell, a chart and a paragraph's bullet unless told otherwise).

Checked with poppler's `pdffonts` (the fonts every page and form on it uses) over every document kind
and its variants, and over every font object in the file, used or not."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from pypdf import PdfReader
from test_reports_support import make_apel

from ikrar.models import settings
from ikrar.models.store.schema import Signature
from ikrar.reports import api

pytestmark = pytest.mark.skipif(shutil.which("pdffonts") is None, reason="pdffonts (poppler-utils) is not installed")
BASE_14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")


@pytest.fixture
def apel(db, at):
    at(7, 20)
    apel = make_apel()
    damaged = Signature.select().first()  # one signature drawn as the grey words, in italics
    Signature.update(strokes="[[[1, \"x\", 0, 0.5]]]").where(Signature.id == damaged.id).execute()
    return apel


def pdffonts(path) -> list[dict[str, str]]:
    """pdffonts' table: name, type, emb(edded) … per font, over every page."""
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
    header, rule = lines[0], lines[1]
    spans, start = [], 0
    for part in rule.split(" "):  # the columns' widths are the dashes' runs
        spans.append((start, start + len(part)))
        start += len(part) + 1
    names = [header[a:b].strip() for a, b in spans]
    return [{k: line[a:b].strip() for k, (a, b) in zip(names, spans, strict=True)} for line in lines[2:]]


def font_objects(path) -> dict[str, bool]:
    """Every font object in the file, used or not: base font name -> whether its program is embedded."""
    reader = PdfReader(str(path))
    found = {}
    for number in range(1, int(reader.trailer["/Size"])):
        obj = reader.get_object(number)
        if not hasattr(obj, "get") or obj.get("/Type") != "/Font" or obj.get("/Subtype") == "/Type0":
            continue
        descriptor = obj.get("/FontDescriptor")
        descriptor = descriptor.get_object() if descriptor is not None else {}
        found[str(obj.get("/BaseFont"))] = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    return found


def assert_embedded_only(path) -> None:
    fonts = pdffonts(path)
    assert fonts, f"{path.name}: no fonts at all?"
    missing = [f["name"] for f in fonts if f["emb"] != "yes"]
    assert not missing, f"{path.name}: fonts not embedded: {missing}"
    assert not [f["name"] for f in fonts if any(b in f["name"] for b in BASE_14)]
    objects = font_objects(path)
    assert objects and all(objects.values()), f"{path.name}: font objects not embedded: {objects}"


KINDS = [
    ("signed-list", {}),
    ("signed-list", {"paper": "A4", "group_by_unit": True, "all_expected": True}),
    ("signed-list", {"order": "name"}),
    ("recap", {}),
    ("not-signed", {}),
    ("pacts", {}),
    ("qr-cards", {}),
]


@pytest.mark.parametrize(("kind", "options"), KINDS, ids=[f"{k}-{'-'.join(o) or 'plain'}" for k, o in KINDS])
def test_every_font_of_every_document_is_embedded(apel, tmp_path, kind, options):
    result = api.generate(kind, apel.event, tmp_path / f"{kind}.pdf", **options)
    assert_embedded_only(result.path)


def test_with_a_letterhead_and_a_logo_too(apel, tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (40, 50), (20, 90, 40)).save(logo)
    settings.set("logo_path", str(logo))
    settings.set("letterhead_lines", ["PEMERINTAH KABUPATEN MAJU", "DINAS KOMUNIKASI", "Jl. Pahlawan 2"])
    settings.set("city", "Maju")
    for kind in ("signed-list", "recap", "not-signed", "pacts"):
        assert_embedded_only(api.generate(kind, apel.event, tmp_path / f"{kind}.pdf").path)


def test_every_pact_file_of_the_folder_export(apel, tmp_path):
    result = api.pacts(apel.event, tmp_path / "pakta")
    assert result.files
    for path in result.files:
        assert_embedded_only(path)


def test_the_regency_list_embeds_its_fonts_too(apel, tmp_path):
    assert_embedded_only(api.coverage_not_signed(tmp_path / "coverage.pdf").path)
