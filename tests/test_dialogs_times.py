"""The dialogs' dates, times and numbers in the one style (ui/i18n.py's), on the event's clock, never
the computer's: closing an event names its day and start, the settings' "city, date" example is what
a document would print today, the import report groups thousands."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from PySide6.QtWidgets import QApplication

from ikrar.models import clock
from ikrar.models.events import create_event
from ikrar.models.roster.report import ImportReport
from ikrar.ui import i18n
from ikrar.ui.dialogs.close_event import CloseEventDialog
from ikrar.ui.dialogs.import_report import ImportReportView
from ikrar.ui.dialogs.settings_dialog import SettingsDialog
from ikrar.ui.dialogs.setup_pages import OfficialPage

UTC_MACHINE = datetime(2026, 11, 22, 23, 14, tzinfo=timezone.utc)  # 06.14 WIB, 07.14 WITA on 23 November


@pytest.fixture
def indonesian(qapp):
    i18n.switch_language(qapp, "id")
    yield
    i18n.remove_translator(QApplication.instance())


@pytest.fixture
def utc_machine():
    clock.set_clock(UTC_MACHINE)
    yield
    clock.set_clock(None)


def test_closing_names_the_events_day_and_start_on_its_clock(qtbot, db, indonesian, utc_machine):
    event = create_event("Apel Pagi", date(2026, 11, 23), start_time="07:30", tz="WITA")
    dialog = CloseEventDialog(event.id)
    qtbot.addWidget(dialog)
    assert dialog.heading.text() == "Tutup “Apel Pagi” (Senin, 23 November 2026 · 07.30 WITA)?"


def test_settings_example_is_todays_date_on_the_events_clock(qtbot, db, utc_machine):
    """A computer set to UTC is still on 22 November at 06.14 WIB; the documents print the 23rd."""
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.city.setText("  Sukamaju ")
    assert dialog.city_example.text() == "Sukamaju, 23 November 2026"
    page = OfficialPage()
    qtbot.addWidget(page)
    page.city.setText("Maju")
    assert page.example.text() == "Maju, 23 November 2026"


def test_settings_example_reads_as_the_documents_print_it(qtbot, db, qapp):
    """In the English window too: the documents are Indonesian ("Desember", not "December")."""
    clock.set_clock(datetime(2026, 12, 1, 1, 0, tzinfo=timezone.utc))
    try:
        create_event("Apel", date(2026, 12, 1), tz="WIT")
        i18n.switch_language(qapp, "en")
        dialog = SettingsDialog()
        qtbot.addWidget(dialog)
        dialog.city.setText("Jayapura")
        assert dialog.city_example.text() == "Jayapura, 1 Desember 2026"
    finally:
        clock.set_clock(None)
        i18n.remove_translator(QApplication.instance())


def test_import_report_numbers_in_the_windows_style(qtbot, indonesian):
    view = ImportReportView()
    qtbot.addWidget(view)
    report = ImportReport(path="pegawai.csv", kind="csv", mapping={}, header_row=1, rows=12345, created=12000,
                          updated=1234, unchanged=1111, deactivated=2500, seconds=3.4)
    view.set_report(report)
    assert "<b>12.000</b>" in view.headline.text() and "<b>1.234</b>" in view.headline.text()
    details = view.details.text()
    assert "12.345 baris data dibaca dalam 3,4 detik." in details and "2.500 " in details, details
