"""The documents keep the people di luar daftar peserta apart (issue 13, item 4): the recap has no row for
a unit not invited (nor a bar), their own heading and table below the units; the signed list puts them
last under their own heading; the not-signed list and every percentage leave them out."""
from __future__ import annotations

import pdfplumber
import pytest
from openpyxl import load_workbook
from test_counts_outside import OTHER, the_apel

from ikrar.models import settings
from ikrar.models.identifiers import format_nip
from ikrar.reports import api

HEADING = "Di luar daftar peserta"


@pytest.fixture
def apel(db, at):
    at(7, 10)
    settings.set("letterhead_lines", ["PEMERINTAH KABUPATEN MAJU", "BADAN KEPEGAWAIAN", "Jl. Pahlawan 2"])
    settings.set("city", "Maju")
    return the_apel()


def words(path) -> list[dict]:
    """Every word with its page (0-based), in reading order: (page, top, x0)."""
    found = []
    with pdfplumber.open(path) as pdf:
        for n, page in enumerate(pdf.pages):
            found += [{**w, "page": n} for w in page.extract_words(keep_blank_chars=False)]
    return sorted(found, key=lambda w: (w["page"], round(w["top"]), w["x0"]))


def lines(path) -> list[tuple[tuple, str]]:
    """The PDF's text lines, each with its place (page, top)."""
    rows: dict[tuple, list] = {}
    for w in words(path):
        rows.setdefault((w["page"], round(w["top"])), []).append(w["text"])
    return [(key, " ".join(texts)) for key, texts in sorted(rows.items())]


def place_of(found: list[tuple[tuple, str]], text: str) -> list[tuple]:
    return [key for key, line in found if text in line]


def test_recap_has_no_row_or_bar_for_a_unit_not_invited_and_the_group_apart_under_its_heading(apel, tmp_path):
    event, outsider, walk_in = apel
    result = api.recap(event, tmp_path / "rekap.pdf")
    found = lines(result.path)
    heading = [key for key, line in found if line == HEADING]
    assert len(heading) == 1, [line for _, line in found]
    kinds = place_of(found, "Menurut jenis pegawai")[0]
    # the units' table: the two invited units and the total of the invited, 300 expected, 60 present
    assert place_of(found, "JUMLAH 300 60 58 0 3 0 0 0 0 237 20,0% 19,3%")[0] < heading[0]  # 237 belum hadir
    assert place_of(found, "Dinas Pendidikan")[0] < heading[0] and place_of(found, "Dinas Kesehatan")[0] < heading[0]
    # the unit not invited: only in the group apart (between its heading and the next table), never in
    # the units' table or the chart
    others = place_of(found, OTHER)
    assert others and all(heading[0] < key < kinds for key in others), (others, heading, kinds)
    # the group apart: per unit present, signed, late, codes; no Jumlah, no percentage
    apart = [line for key, line in found if heading[0] < key < kinds]
    assert any(line.startswith("Di luar daftar peserta: walk-in") for line in apart)
    assert "1 Dinas Kesehatan 1 1 0 0 0 0 0 0" in apart and f"2 {OTHER} 1 1 0 0 0 0 0 0" in apart  # its walk-in
    assert "JUMLAH 2 2 0 0 0 0 0 0" in apart and not any("%" in line for line in apart)
    assert "Cakupan per unit kerja (% dari jumlah pegawai yang diharapkan)" in " ".join(line for _, line in found)


def test_signed_list_puts_the_group_apart_last_under_its_own_heading(apel, tmp_path):
    event, outsider, walk_in = apel
    result = api.signed_list(event, tmp_path / "daftar.pdf")
    assert result.rows == 62  # 60 invited present (58 signed, 2 cannot sign), then the two apart
    found = lines(result.path)
    heading = [key for key, line in found if line == HEADING]
    assert len(heading) == 1
    assert place_of(found, "SITI TAMU")[0] > heading[0]
    assert place_of(found, format_nip(outsider.nip))[0] > heading[0]
    assert place_of(found, f"{HEADING} — 2 orang")[0] > heading[0]
    text = " ".join(line for _, line in found)
    assert ("Jumlah hadir: 60 orang; bertanda tangan: 58 orang. Di luar daftar peserta: hadir 2 orang; "
            "bertanda tangan 2 orang.") in text
    # every invited person listed before the heading (60 present: 58 signed and 2 who cannot sign)
    assert all(key < heading[0] for key in place_of(found, "tangan cedera"))


def test_not_signed_list_and_workbook_keep_them_apart(apel, tmp_path):
    event, outsider, walk_in = apel
    result = api.not_signed(event, tmp_path / "belum.pdf")
    assert result.rows == 242
    text = " ".join(line for _, line in lines(result.path))
    assert "SITI TAMU" not in text and OTHER not in text and "Jumlah belum tanda tangan: 242 orang" in text
    book = api.xlsx(event, tmp_path / "hadir.xlsx")
    wb = load_workbook(book.path)
    recap = [[c for c in row if c is not None] for row in wb["Rekapitulasi"].iter_rows(values_only=True)]
    total = next(row for row in recap if row and row[0] == "JUMLAH")
    assert total[:4] == ["JUMLAH", 300, 60, 58]
    at = recap.index([HEADING])
    assert all(OTHER not in row for row in recap[:at])
    assert [2, OTHER, 1, 1, 0, 0, 0, 0, 0, 0] in recap[at:] and ["JUMLAH", 2, 2, 0, 0, 0, 0, 0, 0] in recap[at:]
    listed = list(wb["Daftar Hadir"].iter_rows(min_row=5, values_only=True))
    apart = [row for row in listed if row[7] and str(row[7]).startswith(HEADING)]
    assert sorted(row[1] for row in apart) == sorted([outsider.display_name(), "SITI TAMU"])
    assert listed[-2:] == apart or listed[-2:] == apart[::-1]  # last
