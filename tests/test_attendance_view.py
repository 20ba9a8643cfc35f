"""The attendance view: everyone expected, filters and search, absence codes, walk-ins."""
from __future__ import annotations

import threading
import time
from datetime import date, datetime, timezone

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QDialog

from ikrar.models import checkin, clock, events
from ikrar.models.demo.build import demo_strokes, generate_people, insert_people
from ikrar.models.identifiers import format_nip
from ikrar.models.store.schema import Attendance, Employee, Unit
from ikrar.ui import i18n, tasks
from ikrar.ui.dialogs.walk_in import WalkInDialog
from ikrar.ui.screens import attendance_view
from ikrar.ui.screens.attendance_view import STATUS_FILTERS, AttendanceView

NEW_NIP = "19900512 201903 2 007"
WALK_IN_NIK = "3201014509900001"


@pytest.fixture(autouse=True)
def synchronous():
    tasks.set_synchronous(True)  # the rows are loaded by a task
    yield
    tasks.set_synchronous(False)


@pytest.fixture
def setup(qtbot, db, at):
    at(7, 10)
    insert_people(generate_people(30, seed=5, units=["Dinas Kesehatan", "Dinas Sosial", "Inspektorat"]))
    units = list(Unit.select().order_by(Unit.sort_order))
    event = events.create_event("Apel", date(2026, 11, 23), units=units[:2])
    view = AttendanceView()
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.set_event(event.id)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)  # shortcuts work in the active window only
    return view, event, units


def shown_names(view) -> list[str]:
    return [view.proxy.data(view.proxy.index(r, 1)) for r in range(view.proxy.rowCount())]


def select_rows(view, rows) -> None:
    view.table.clearSelection()
    for r in rows:
        view.table.selectionModel().select(view.proxy.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                                           | QItemSelectionModel.SelectionFlag.Rows)


def test_everyone_expected_with_filters_and_search(qtbot, setup):
    view, event, units = setup
    assert view.proxy.rowCount() == 20  # two units of ten
    first = Employee.select().where(Employee.unit == units[0]).order_by(Employee.roster_order).first()
    checkin.check_in(event, first, strokes=demo_strokes(1))
    view.refresh()
    view.unit.setCurrentIndex(view.unit.findData(units[1].id))
    assert view.proxy.rowCount() == 10
    view.unit.setCurrentIndex(0)
    view.signed.setCurrentIndex(1)  # signed
    assert view.proxy.rowCount() == 1 and first.name in shown_names(view)[0]
    view.signed.setCurrentIndex(2)  # not signed
    assert view.proxy.rowCount() == 19
    view.signed.setCurrentIndex(0)
    view.status.setCurrentIndex(STATUS_FILTERS.index("H"))
    assert view.proxy.rowCount() == 1
    view.status.setCurrentIndex(STATUS_FILTERS.index("none"))
    assert view.proxy.rowCount() == 19
    view.status.setCurrentIndex(0)
    word = first.name.split()[-1].lower()
    qtbot.keyClicks(view.search, word)
    assert 1 <= view.proxy.rowCount() < 20 and all(word in n.lower() for n in shown_names(view))
    view.search.clear()
    if first.nip:  # a NIP typed without its spaces finds the person shown with them
        qtbot.keyClicks(view.search, first.nip)
        assert view.proxy.rowCount() == 1
        assert view.proxy.data(view.proxy.index(0, 2)) == format_nip(first.nip)
    assert "1" in view.summary.text()


def test_mark_absence_for_selected_people(qtbot, setup):
    view, event, _units = setup
    select_rows(view, [0, 1])
    people = view.selected_people()
    qtbot.keyClick(view.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = view.dialog
    assert dialog.isVisible() and "2" in dialog.who.text()
    dialog.set_code("DL")
    qtbot.keyClicks(dialog.note, "SPT 090/12")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    rows = list(Attendance.select().where(Attendance.event == event))
    assert sorted(a.employee_id for a in rows) == sorted(p.employee_id for p in people)
    assert {(a.status, a.note, a.voided_at) for a in rows} == {("DL", "SPT 090/12", None)}
    view.status.setCurrentIndex(STATUS_FILTERS.index("DL"))
    assert view.proxy.rowCount() == 2
    assert "2" in view.feedback.text()


def test_absence_is_not_for_people_present(qtbot, setup):
    view, event, _units = setup
    checkin.check_in(event, Employee.get_by_id(view.proxy.data(view.proxy.index(0, 0), Qt.ItemDataRole.UserRole)
                                               .employee_id))
    view.refresh()
    select_rows(view, [0])
    view.mark_absence()
    assert view.dialog is None and view.feedback.text()
    assert Attendance.select().where(Attendance.status != "H").count() == 0


def test_walk_in_bad_nip_refused_with_its_reason_then_registered(qtbot, setup):
    view, event, units = setup
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = view.dialog
    assert isinstance(dialog, WalkInDialog)
    qtbot.keyClicks(dialog.code.edit, "19900512 201913 2 007")  # TMT month 13
    assert "13" in dialog.code.status.text() and "Bulan TMT CPNS" in dialog.code.status.text()
    qtbot.keyClicks(dialog.name, "RINA WALK IN")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted and "13" in dialog.message.text()
    assert Employee.select().where(Employee.is_walk_in).count() == 0

    dialog.code.edit.setText(NEW_NIP)
    assert dialog.code.is_valid() and dialog.code.status.text()
    dialog.unit.setCurrentIndex(dialog.unit.findData(units[2].id))
    qtbot.keyClicks(dialog.position, "Staf")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    person = Employee.get(Employee.nip == "199005122019032007")
    assert (person.name, person.is_walk_in, person.unit_id, person.position) == ("RINA WALK IN", True,
                                                                                 units[2].id, "Staf")
    assert Employee.select().where(Employee.is_walk_in).count() == 1
    assert [a.status for a in checkin.live_attendances(event, person)] == ["H"]
    assert view.proxy.rowCount() == 21 and "RINA WALK IN" in view.feedback.text()


def test_walk_in_reason_in_english(qtbot, setup):
    view, _event, _units = setup
    i18n.switch_language(QApplication.instance(), "en")
    try:
        dialog = WalkInDialog(view, view.current_event.id)
        qtbot.addWidget(dialog)
        dialog.code.edit.setText("3201234509860001")  # a NIK is fine for non-ASN
        assert dialog.code.kind() == "nik"
        dialog.code.edit.setText("19900512 201913 2 007")
        assert "TMT CPNS month" in dialog.code.status.text()
    finally:
        i18n.remove_translator(QApplication.instance())


def test_walk_in_with_a_roster_number_records_that_person(qtbot, setup):
    view, event, _units = setup
    person = Employee.select().where(Employee.nip.is_null(False)).first()
    dialog = WalkInDialog(view, event.id)
    qtbot.addWidget(dialog)
    dialog.code.edit.setText(person.nip)
    assert dialog.roster_hint.isVisibleTo(dialog) and person.name in dialog.roster_hint.text()
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert Employee.select().count() == 30 and checkin.live_attendances(event, person)


def test_escape_clears_the_search_then_goes_back(qtbot, setup):
    view, _event, _units = setup
    qtbot.keyClicks(view.search, "xyz")
    with qtbot.assertNotEmitted(view.back):
        qtbot.keyClick(view.search, Qt.Key.Key_Escape)
    assert view.search.text() == ""
    with qtbot.waitSignal(view.back, timeout=1000):
        qtbot.keyClick(view.table, Qt.Key.Key_Escape)


def test_rows_load_off_the_gui_thread_and_only_the_latest_refresh_shows(qtbot, setup, monkeypatch):

    view, event, units = setup
    threads, real = [], attendance_view.load_people

    def load(*args):
        threads.append(threading.current_thread() is threading.main_thread())
        if args[1] == units[1].id:
            time.sleep(0.3)  # the earlier refresh answers last
        return real(*args)

    monkeypatch.setattr(attendance_view, "load_people", load)
    tasks.set_synchronous(False)
    view.unit.setCurrentIndex(view.unit.findData(units[1].id))  # a refresh: ten people...
    view.unit.setCurrentIndex(0)  # ...and at once another: twenty
    assert view.loading and view.proxy.rowCount() == 20  # the old rows stay until the new ones come
    qtbot.waitUntil(lambda: not view.loading and len(threads) == 2, timeout=10000)
    assert view.proxy.rowCount() == 20
    assert threads == [False, False]  # neither ran on the GUI thread
    tasks.wait_all()
    qtbot.wait(50)  # the first load's result arrives too, and is dropped
    assert view.proxy.rowCount() == 20 and "20" in view.shown.text()


def test_dates_times_and_percentages_in_the_one_style(qtbot, setup):
    """Issue 13: not "06-12-2026" nor "Min, 6 Des 2026": ui/i18n.py's style, as the reports print it."""
    view, event, _units = setup
    first = view.proxy.data(view.proxy.index(0, 0), Qt.ItemDataRole.UserRole)
    checkin.check_in(event, Employee.get_by_id(first.employee_id))  # at 07:10 WIB
    app = QApplication.instance()
    try:
        i18n.switch_language(app, "id")
        qtbot.waitUntil(lambda: view.refresh_button.text() == "Muat ulang (F5)")
        assert view.when.text() == "Senin, 23 November 2026 · 07.30 WIB"
        assert view.proxy.data(view.proxy.index(0, 5)) == "Hadir 07.10 WIB"
        assert "hadir 1/20 (5,0%) · " in view.summary.text()
        i18n.switch_language(app, "en")
        qtbot.waitUntil(lambda: view.refresh_button.text() == "Refresh (F5)")
        assert view.when.text() == "Monday, 23 November 2026 · 07:30 WIB"
        assert "present 1/20 (5.0%) · " in view.summary.text()
    finally:
        i18n.remove_translator(app)


def test_check_in_times_on_the_events_clock(qtbot, setup):
    """A computer set to UTC records 00.10 +00:00; the list shows the event's 07.10 WIB."""
    view, event, _units = setup
    first = view.proxy.data(view.proxy.index(0, 0), Qt.ItemDataRole.UserRole)
    clock.set_clock(datetime(2026, 11, 23, 0, 10, tzinfo=timezone.utc))
    checkin.check_in(event, Employee.get_by_id(first.employee_id))
    view.refresh()
    assert view.proxy.data(view.proxy.index(0, 5)).endswith(" 07.10 WIB")
    events.update_event(event, tz="WITA")  # the same moment on a WITA apel's clock
    view.set_event(event.id)
    assert view.proxy.data(view.proxy.index(0, 5)).endswith(" 08.10 WITA")


def test_people_outside_the_list_are_counted_apart(qtbot, setup):
    """Issue 13, item 4: a walk-in and someone of a unit not invited are not among the expected:
    "hadir 1/20 (5,0%) + 2 di luar daftar peserta", and their rows say why they are there."""
    view, event, units = setup
    first = view.proxy.data(view.proxy.index(0, 0), Qt.ItemDataRole.UserRole)
    checkin.check_in(event, Employee.get_by_id(first.employee_id))
    outsider = Employee.select().where(Employee.unit == units[2]).first()  # Inspektorat: not invited
    checkin.check_in(event, outsider)
    checkin.register_walk_in(event, WALK_IN_NIK, "SITI TAMU", unit=units[0])
    app = QApplication.instance()
    try:
        i18n.switch_language(app, "id")
        qtbot.waitUntil(lambda: view.refresh_button.text() == "Muat ulang (F5)")
        assert view.summary.text().startswith("Wajib hadir 20 · hadir 1/20 (5,0%) + 2 di luar daftar peserta · ")
        names = shown_names(view)
        assert len(names) == 22
        assert f"{outsider.display_name()} (di luar daftar peserta)" in names
        assert "SITI TAMU (di luar daftar)" in names
        i18n.switch_language(app, "en")
        qtbot.waitUntil(lambda: view.refresh_button.text() == "Refresh (F5)")
        assert "present 1/20 (5.0%) + 2 outside the list of participants · signed" in view.summary.text()
        assert f"{outsider.display_name()} (outside the list of participants)" in shown_names(view)
    finally:
        i18n.remove_translator(app)
