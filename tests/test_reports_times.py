"""Times in the documents are on the EVENT's clock (WIB, WITA, WIT), never the computer's: a 07.30 WIB
apel was printed "05.14 UTC" by a computer set to UTC. The check-in time in the workbook, the time a
pact was signed, and the footer's "Dibuat …" (the time the document was made)."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

import pytest
from openpyxl import load_workbook
from test_reports_support import all_text, pages_text

from ikrar.models import clock, settings
from ikrar.models.checkin import check_in
from ikrar.models.demo.build import demo_strokes, generate_people, insert_people
from ikrar.models.events import create_event
from ikrar.models.store.schema import Employee
from ikrar.reports import api

UTC_MACHINE = datetime(2026, 11, 22, 23, 14, tzinfo=timezone.utc)  # 06.14 WIB on 23 November
TIME_COLUMN = 9  # "Jam Hadir"


@pytest.fixture
def utc_desk(db):
    """A computer whose zone is UTC: it records check-ins with +00:00 and makes documents at 23.14 UTC."""
    settings.set("city", "Maju")
    insert_people(generate_people(3, seed=7))
    event = create_event("Apel Pagi", date(2026, 11, 23), start_time="07:30")  # WIB
    clock.set_clock(UTC_MACHINE)
    for i, person in enumerate(Employee.select().order_by(Employee.roster_order)):
        check_in(event, person, strokes=demo_strokes(i))
    yield event
    clock.set_clock(None)


def test_workbook_check_in_times_and_footer_on_the_events_clock(utc_desk, tmp_path):
    ws = load_workbook(api.xlsx(utc_desk, tmp_path / "list.xlsx").path)["Daftar Hadir"]
    times = [ws.cell(row=r, column=TIME_COLUMN).value for r in range(5, ws.max_row + 1)]
    assert times == ["06.14 WIB"] * 3  # not "23.14 UTC"
    assert ws["A3"].value.startswith("Dibuat 23 November 2026 06.14 WIB oleh ")


def test_pdf_footer_names_the_events_time(utc_desk, tmp_path):
    text = all_text(api.signed_list(utc_desk, tmp_path / "daftar.pdf").path)
    assert "Dibuat 23 November 2026 06.14 WIB oleh" in text and "UTC" not in text


def test_pact_signed_at_on_the_events_clock(utc_desk, tmp_path):
    pages = [re.sub(r"\s+", " ", p) for p in pages_text(api.pacts(utc_desk, tmp_path / "pakta.pdf").path)]
    assert len(pages) == 3
    for page in pages:
        assert "Ditandatangani di Ikrar pada 23 November 2026 06.14 WIB" in page
        assert "Maju, 23 November 2026" in page and "22 November" not in page


def test_a_wita_event_recorded_by_a_wib_computer(db, at, tmp_path):
    insert_people(generate_people(1, seed=8))
    event = create_event("Apel Makassar", date(2026, 11, 23), start_time="08:30", tz="WITA")
    at(7, 14)  # the computer says 07.14 WIB: the event's clock says 08.14 WITA
    check_in(event, Employee.select().first(), strokes=demo_strokes(1))
    ws = load_workbook(api.xlsx(event, tmp_path / "wita.xlsx").path)["Daftar Hadir"]
    assert ws.cell(row=5, column=TIME_COLUMN).value == "08.14 WITA"
    assert "08.14 WITA" in ws["A3"].value
    assert "Pukul 08.30 WITA" in ws["A2"].value


def test_regency_wide_documents_name_the_zone_of_their_time(db, tmp_path):
    """Coverage is about no single event: its footer names the zone it was made in."""
    insert_people(generate_people(2, seed=9))
    clock.set_clock(UTC_MACHINE.astimezone(timezone(timedelta(hours=9))))  # a WIT computer: 08.14
    try:
        text = all_text(api.coverage_not_signed(tmp_path / "cakupan.pdf").path)
    finally:
        clock.set_clock(None)
    assert "Dibuat 23 November 2026 08.14 WIT oleh" in text
