"""The "Mengetahui," block never stands alone on a page (issue 14): in the recap, the not-signed list and
the regency coverage it is on the page of the last rows of the table before it, whatever the number
of rows pushes where (common.keep_with_last_rows)."""
from __future__ import annotations

from datetime import date

import pdfplumber
import pytest
from test_reports_support import make_apel

from ikrar.models import checkin
from ikrar.models.demo.build import demo_strokes, generate_people, insert_people
from ikrar.models.events import create_event
from ikrar.models.queries import coverage as cov
from ikrar.models.store.schema import Employee
from ikrar.reports import api, data

SIGN = "Mengetahui,"


def pages(path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def mark_of(nip: str, name: str) -> str:
    """What surely stands on the row's page in one piece: the printed NIP, else the name's first word."""
    return nip or name.split()[0]


def page_of(texts: list[str], needle: str) -> int:
    found = [n for n, text in enumerate(texts) if needle in text]
    assert found, needle
    return found[-1]


@pytest.mark.parametrize("count", range(24, 96, 6))
def test_not_signed_list_keeps_the_approval_with_its_last_rows(db, at, tmp_path, count):
    at(7, 20)
    apel = make_apel(count)
    last = data.not_signed_list(apel.event)[-1].entries[-1]
    texts = pages(api.not_signed(apel.event, tmp_path / "belum.pdf").path)
    assert page_of(texts, SIGN) == page_of(texts, mark_of(last.nip, last.name)) == len(texts) - 1


@pytest.mark.parametrize("units", range(14, 46, 4))
def test_recap_keeps_the_approval_with_the_desks_table(db, at, tmp_path, units):
    at(7, 0)
    insert_people(generate_people(units * 3, seed=units, units=[f"Unit Kerja Nomor {n}" for n in range(units)]))
    event = create_event("Apel", date(2026, 11, 23))
    for i, person in enumerate(Employee.select().limit(units)):
        checkin.check_in(event, person, strokes=demo_strokes(i))
    texts = pages(api.recap(event, tmp_path / "rekap.pdf").path)
    desk = data.recap(event).desks[-1].name
    assert page_of(texts, SIGN) == page_of(texts, f"1 {desk} ") == len(texts) - 1
    assert "Kecepatan meja registrasi" in texts[-1]  # its heading went with it


@pytest.mark.parametrize("count", range(30, 90, 10))
def test_coverage_keeps_the_approval_with_its_last_rows(db, at, tmp_path, count):
    at(7, 20)
    make_apel(count)
    last = cov.not_signed()[-1]
    texts = pages(api.coverage_not_signed(tmp_path / "cakupan.pdf").path)
    assert page_of(texts, SIGN) == page_of(texts, mark_of(data.print_nip(last.nip), last.name)) == len(texts) - 1
