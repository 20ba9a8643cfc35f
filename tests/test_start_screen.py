"""The start screen: the first thing a new user sees; every action reachable by keyboard."""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ikrar.models import checkin, events, settings
from ikrar.models.demo.build import build_demo, generate_people, insert_people
from ikrar.models.store.schema import Employee, Event, Unit
from ikrar.ui import i18n, tasks
from ikrar.ui.dialogs.event_dialog import EventDialog
from ikrar.ui.dialogs.import_roster import ImportRosterDialog
from ikrar.ui.dialogs.settings_dialog import SettingsDialog
from ikrar.ui.screens.attendance_view import AttendanceView
from ikrar.ui.screens.start_screen import StartScreen

SCREEN = (1366, 768)


@pytest.fixture(autouse=True)
def synchronous():
    tasks.set_synchronous(True)  # the counts are filled by a task
    yield
    tasks.set_synchronous(False)


def show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(*SCREEN)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)  # shortcuts work in the active window only
    return widget


def test_empty_database_says_where_to_start(qtbot, db):
    screen = show(qtbot, StartScreen())
    assert screen.events_stack.currentWidget() is screen.no_events
    assert "Ctrl+I" in screen.no_events.text()
    assert "SIASN" in screen.roster_text.text()
    assert not screen.desk_button.isEnabled() and screen.new_button.isEnabled()


def test_events_listed_with_counts_and_signals_carry_the_event(qtbot, db, at):
    at(7, 0)
    insert_people(generate_people(20, seed=1))
    first = events.create_event("Apel Senin", date(2026, 11, 23))
    second = events.create_event("Upacara Hari Korpri", date(2026, 11, 29), kind="upacara")
    screen = show(qtbot, StartScreen())
    assert screen.table.rowCount() == 2
    assert "Upacara Hari Korpri" in screen.table.item(0, 1).text()  # newest first
    assert screen.table.item(1, 3).text() == "20"
    assert "20 active people" in screen.roster_text.text()
    screen.select_event(first.id)
    with qtbot.waitSignal(screen.open_desk) as opened:
        qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert opened.args == [first.id]
    with qtbot.waitSignal(screen.open_attendance) as listed:
        qtbot.keyClick(screen.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert listed.args == [first.id]
    with qtbot.waitSignal(screen.open_reports) as reports:
        qtbot.mouseClick(screen.reports_button, Qt.MouseButton.LeftButton)
    assert reports.args == [first.id]
    with qtbot.waitSignal(screen.open_sync):
        qtbot.keyClick(screen.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    screen.select_event(second.id)
    assert screen.current_event_id() == second.id


def test_new_event_from_the_keyboard(qtbot, db):
    insert_people(generate_people(10, seed=1))
    screen = show(qtbot, StartScreen())
    qtbot.keyClick(screen, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.dialog
    assert isinstance(dialog, EventDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.title, "Apel Pagi")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)  # Enter saves
    event = Event.get(Event.title == "Apel Pagi")
    assert screen.current_event_id() == event.id and screen.table.rowCount() == 1


def test_import_and_settings_open_from_the_screen(qtbot, db, tmp_path):
    screen = show(qtbot, StartScreen())
    qtbot.keyClick(screen, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.dialog
    assert isinstance(dialog, ImportRosterDialog)
    people = [p for p in generate_people(6, seed=9) if p["nip"]]
    path = tmp_path / "pegawai.csv"
    path.write_text("NIP,NAMA\n" + "".join(f"{p['nip']},{p['name']}\n" for p in people), encoding="utf-8")
    dialog.load_file(path)
    dialog.run(dry_run=False)
    dialog.close_button.click()
    assert Employee.select().count() == len(people)
    assert f"{len(people)} active people" in screen.roster_text.text()  # refreshed after the dialog
    qtbot.keyClick(screen, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(screen.dialog, SettingsDialog)
    screen.dialog.reject()


def test_language_switch_changes_the_visible_labels(qtbot, db):
    app = QApplication.instance()
    screen = show(qtbot, StartScreen())
    try:
        i18n.switch_language(app, "id")  # LanguageChange arrives through the event loop
        qtbot.waitUntil(lambda: screen.events_box.title() == "Acara")
        assert screen.new_button.text().startswith("Acara baru")
        assert screen.table.horizontalHeaderItem(0).text() == "Tanggal"
        screen.language.setCurrentIndex(screen.language.findData("en"))
        screen.language.activated.emit(screen.language.currentIndex())  # as chosen with the keyboard
        assert i18n.current_language() == "en" and settings.get("language") == "en"
        qtbot.waitUntil(lambda: screen.events_box.title() == "Events")
        assert screen.new_button.text().startswith("New event")
    finally:
        i18n.remove_translator(app)


def test_screens_fit_1366x768_and_screenshots(qtbot, db, at, tmp_path):
    """Every screen and dialog fits a 1366×768 laptop (taskbar and title bar included). With
    IKRAR_SCREENSHOTS=docs/screenshots the pictures for the README are written there."""
    at(7, 20)
    out = Path(os.environ.get("IKRAR_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance()
    i18n.switch_language(app, "id")
    try:
        event = build_demo(400, signed=25)
        screen = show(qtbot, StartScreen())
        screen.grab().save(str(out / "start_screen.png"))
        view = show(qtbot, AttendanceView())
        view.set_event(event.id)
        qtbot.wait(20)  # let the layout take the new texts, as the event loop does
        view.grab().save(str(out / "attendance.png"))
        roster = tmp_path / "simpeg.csv"
        people = [p for p in generate_people(40, seed=8) if p["nip"]][:12]
        rows = ["DAFTAR PEGAWAI DINAS KESEHATAN;;;;", "NIP;NAMA PEGAWAI;GOL;JABATAN;UNIT KERJA"]
        rows += [f"{p['nip'][:8]} {p['nip'][8:14]} {p['nip'][14]} {p['nip'][15:]};{p['name']};{p['golongan']};"
                 f"{p['position']};{p['unit']}" for p in people]
        rows.insert(6, "19860926 201513 1 001;ORANG DENGAN NIP SALAH;III/a;Staf;Dinas Kesehatan")
        roster.write_text("\r\n".join(rows) + "\r\n", encoding="cp1252")
        importer = ImportRosterDialog()
        importer.load_file(roster)
        dialogs = [("event_dialog", EventDialog(None, event.id)), ("settings", SettingsDialog()),
                   ("import_dialog", importer), ("import_report", importer)]
        for name, dialog in dialogs:
            qtbot.addWidget(dialog)
            if name == "import_report":
                dialog.run(dry_run=False)
                assert len(dialog.report.rejected) == 1
            dialog.show()
            qtbot.wait(20)
            hint = dialog.minimumSizeHint()
            assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1] - 80, name
            assert dialog.width() <= SCREEN[0] and dialog.height() <= SCREEN[1] - 80, name
            dialog.grab().save(str(out / f"{name}.png"))
        for widget in (screen, view):
            assert widget.minimumSizeHint().width() <= SCREEN[0] and widget.minimumSizeHint().height() <= SCREEN[1] - 80
    finally:
        i18n.remove_translator(app)


def test_counts_arrive_from_a_worker_thread(qtbot, db, at):
    at(7, 0)
    insert_people(generate_people(12, seed=2))
    events.create_event("Apel", date(2026, 11, 23))
    tasks.set_synchronous(False)
    screen = show(qtbot, StartScreen())
    qtbot.waitUntil(lambda: screen.table.item(0, 3).text() == "12", timeout=5000)
    assert tasks.wait_all(5000)


def test_event_dates_in_the_one_style(qtbot, db, at):
    """Issue 13: the list showed "Min, 6 Des 2026"; now ui/i18n.py's style, the weekday written out."""
    at(7, 0)
    events.create_event("Apel Senin", date(2026, 11, 23), start_time="07:30", place="Halaman Kantor Bupati")
    app = QApplication.instance()
    try:
        i18n.switch_language(app, "id")
        screen = show(qtbot, StartScreen())
        assert screen.table.item(0, 0).text() == "Senin, 23 November 2026\n07.30 WIB"
        i18n.switch_language(app, "en")
        qtbot.waitUntil(lambda: screen.events_box.title() == "Events")
        assert screen.table.item(0, 0).text() == "Monday, 23 November 2026\n07:30 WIB"
    finally:
        i18n.remove_translator(app)


def test_present_of_the_expected_and_the_people_outside_the_list_apart(qtbot, db, at):
    """Issue 13, item 4: "1/10 (10,0%)" of the invited, and "+ 2 di luar daftar peserta" (a walk-in,
    someone of a unit not invited) on a line of its own, never in expected nor the percentage."""
    at(7, 0)
    insert_people(generate_people(20, seed=3, units=["Dinas Kesehatan", "Inspektorat"]))
    invited, other = Unit.select().order_by(Unit.sort_order)
    event = events.create_event("Apel Senin", date(2026, 11, 23), units=[invited])
    events.create_event("Apel Selasa", date(2026, 11, 24), units=[invited])  # nobody outside: no second line
    checkin.check_in(event, Employee.select().where(Employee.unit == invited).first())
    checkin.check_in(event, Employee.select().where(Employee.unit == other).first())
    checkin.register_walk_in(event, "3201014509900001", "SITI TAMU", unit=invited)
    app = QApplication.instance()
    try:
        i18n.switch_language(app, "id")
        screen = show(qtbot, StartScreen())
        assert screen.table.item(1, 1).text().startswith("Apel Senin")
        assert [screen.table.item(1, col).text() for col in (3, 4, 5)] == [
            "10", "1/10 (10,0%)\n+ 2 di luar daftar peserta", "0  (0,0%)"]
        assert screen.table.item(0, 4).text() == "0/10 (0,0%)"
        i18n.switch_language(app, "en")
        qtbot.waitUntil(lambda: screen.events_box.title() == "Events")
        assert screen.table.item(1, 4).text() == "1/10 (10.0%)\n+ 2 outside the list of participants"
    finally:
        i18n.remove_translator(app)
