"""Until the letterhead is set, every document that draws the kop carries "KOP BELUM DIATUR" at its top
(found by pdfplumber's word positions, above the kop's rule and the title); once it is set the mark
is gone and the kop is printed, the logo from the bytes in the database."""
from __future__ import annotations

import pdfplumber
import pytest
from PIL import Image
from test_reports_support import make_apel

from ikrar.models import settings
from ikrar.reports import api

MARK = ["KOP", "BELUM", "DIATUR"]
TITLES = {"DAFTAR", "REKAPITULASI", "PAKTA", "BELUM"}  # the first word of each document's title
KOP = ["PEMERINTAH KABUPATEN MAJU", "DINAS KOMUNIKASI DAN INFORMATIKA", "Jl. Pahlawan No. 2, Maju 12345"]


@pytest.fixture
def apel(db, at):
    at(7, 20)
    return make_apel(24)


def documents(apel, folder):
    """Every PDF that draws the kop (the QR cards draw none)."""
    yield "signed_list", api.signed_list(apel.event, folder / "daftar.pdf").path
    yield "recap", api.recap(apel.event, folder / "rekap.pdf").path
    yield "not_signed", api.not_signed(apel.event, folder / "belum.pdf").path
    yield "pacts", api.pacts(apel.event, folder / "pakta.pdf").path
    yield "coverage", api.coverage_not_signed(folder / "cakupan.pdf").path


def mark_on(page) -> dict | None:
    """The mark's first word, when the three words stand in a row at the top of *page*."""
    words = page.extract_words()
    for i in range(len(words) - 2):
        row = words[i:i + 3]
        if [w["text"] for w in row] == MARK and len({round(w["top"]) for w in row}) == 1:
            return row[0]
    return None


def test_every_kop_carries_the_mark_until_the_letterhead_is_set(apel, tmp_path):
    for name, path in documents(apel, tmp_path):
        with pdfplumber.open(path) as pdf:
            for number, page in enumerate(pdf.pages):
                word = mark_on(page)
                if number == 0 or name == "pacts":  # the kop is on the first page; each pact page has its own
                    assert word is not None, (name, number)
                    assert word["top"] < 0.12 * page.height, (name, word)  # the top of the sheet
                    words = page.extract_words()
                    last = words[words.index(word) + 2]
                    assert abs((word["x0"] + last["x1"]) / 2 - page.width / 2) < 0.1 * page.width  # centred
                    assert any(w["text"] in TITLES and w["top"] > word["top"] + 10 for w in words), name  # above
                    red = [c for c in page.chars if abs(c["top"] - word["top"]) < 1 and c["text"] in "KOP"]
                    assert red and all(c["non_stroking_color"][0] > 0.7 for c in red), name  # in red
                else:
                    assert word is None, (name, number)


def test_the_old_made_up_letterhead_carries_the_mark_too(apel, tmp_path):
    settings.set("letterhead_lines", ["PEMERINTAH KABUPATEN CONTOH", "BADAN KEPEGAWAIAN", "Kota Contoh"])
    path = api.recap(apel.event, tmp_path / "rekap.pdf").path
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        mark = mark_on(page)
        contoh = next(w for w in page.extract_words() if w["text"] == "CONTOH")
        assert mark is not None and mark["top"] < contoh["top"]  # the mark above the made-up kop


def test_once_set_the_kop_is_printed_without_the_mark(apel, tmp_path):
    logo = tmp_path / "logo.png"
    Image.new("RGB", (60, 72), (20, 90, 40)).save(logo)
    settings.store_logo(logo)
    logo.unlink()  # printed from the database's copy
    settings.change("letterhead_lines", KOP)
    settings.change("city", "Maju")
    for name, path in documents(apel, tmp_path):
        with pdfplumber.open(path) as pdf:
            first = pdf.pages[0]
            assert all(mark_on(page) is None for page in pdf.pages), name
            text = first.extract_text()
            assert all(line.upper() in text.upper() for line in KOP), name
            assert len(first.images) == 1 and first.images[0]["x0"] < first.width / 4, name  # the logo at the left
            assert first.images[0]["top"] < 0.12 * first.height, name
