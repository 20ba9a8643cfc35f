"""One way of printing a golongan (issue 14, item 12): "PPPK IX", "PPPK PW V", "III/a", "Non-ASN" in the
regency coverage PDF and workbook and in the not-signed list alike (the coverage printed a bare "IX")."""
from __future__ import annotations

from datetime import date

import pdfplumber
import pytest
from openpyxl import load_workbook

from ikrar.models import settings
from ikrar.models.events import create_event
from ikrar.models.store.schema import Employee, Unit
from ikrar.reports import api
from ikrar.reports.data import golongan_text

PEOPLE = [  # name, category, golongan, pangkat, nip, what every document prints
    ("ANI PPPK", "PPPK", "IX", "", "199001012022212001", "PPPK IX"),
    ("BUDI PARUH WAKTU", "PPPK_PW", "V", "", "199102022023211002", "PPPK PW V"),
    ("CICI PNS", "PNS", "III/a", "Penata Muda", "198503032010012003", "III/a"),
    ("DODI KONTRAK", "NON_ASN", "", "", None, "Non-ASN"),
]


@pytest.fixture
def roster(db, at):
    at(7, 0)
    settings.set("city", "Maju")
    unit = Unit.create(name="Dinas Satu")
    for order, (name, category, golongan, pangkat, nip, _) in enumerate(PEOPLE):
        Employee.create(name=name, category=category, golongan=golongan, pangkat=pangkat, nip=nip,
                        nik=None if nip else "3201010101900001", unit=unit, roster_order=order,
                        search_key=name.lower(), position="Staf")
    return create_event("Apel", date(2026, 11, 23))


def pdf_lines(path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [line for page in pdf.pages for line in (page.extract_text() or "").splitlines()]


def row_of(lines: list[str], n: int) -> str:
    """Row *n*'s middle line (the name and the NIP above and below it): "1 PPPK IX Staf …"."""
    return next(line for line in lines if line.startswith(f"{n} ") and " Staf" in line)


def test_golongan_text():
    assert [golongan_text(c, g) for _, c, g, _, _, _ in PEOPLE] == [p[5] for p in PEOPLE]
    assert golongan_text("PPPK", "") == "PPPK" and golongan_text("PNS", "") == ""


def test_coverage_pdf_and_workbook_print_pppk_as_the_others_do(roster, tmp_path):
    lines = pdf_lines(api.coverage_not_signed(tmp_path / "cakupan.pdf").path)
    for n, (*_, printed) in enumerate(PEOPLE, 1):
        assert row_of(lines, n).endswith(f" {printed} Staf"), lines
    book = load_workbook(api.coverage_not_signed_xlsx(tmp_path / "cakupan.xlsx").path)
    sheet = book["Belum TTD"]
    header = [c.value for c in sheet[4]]
    printed = {row[1]: row[header.index("Gol.")] for row in sheet.iter_rows(min_row=5, values_only=True)}
    assert printed == {name: shown for name, *_, shown in PEOPLE}


def test_not_signed_list_prints_the_same(roster, tmp_path):
    lines = pdf_lines(api.not_signed(roster, tmp_path / "belum.pdf").path)
    for n, (_, category, *_, printed) in enumerate(PEOPLE, 1):
        if category != "PNS":  # (a PNS's rank comes first: "Penata Muda, III/a")
            assert f" {printed} Staf Belum hadir" in row_of(lines, n), lines
