"""The Sync screen: export, merge with a report per file, a new desk key behind a confirmation, coverage."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox
from test_sync_support import (
    UNITS,
    World,
    organizer,
    pin,
    roster,
    scenario,
    sign,
    the_event,
)

from ikrar.models import clock
from ikrar.models.demo.build import generate_people, insert_people
from ikrar.models.errors import language, set_language
from ikrar.models.store.connection import close_database
from ikrar.models.store.schema import Attendance
from ikrar.models.sync.export import export_sync
from ikrar.models.sync.manifest import read_file
from ikrar.ui import tasks
from ikrar.ui.app import build_window
from ikrar.ui.cli.app import build_parser, opened_file
from ikrar.ui.screens.sync_view import SyncView

# IKRAR_SCREENSHOTS=docs/screenshots writes the README's picture; otherwise it goes to a temporary folder
SCREENSHOTS = os.environ.get("IKRAR_SCREENSHOTS")
SECRET = "kata sandi rahasia"


@pytest.fixture
def world(tmp_path):
    tasks.set_synchronous(True)
    was = language()
    set_language("en")  # the window's source language, for the models' messages too
    yield World(tmp_path)
    set_language(was)
    tasks.set_synchronous(False)
    clock.set_clock(None)
    close_database()


def make_view(qtbot):
    view = SyncView()
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    return view


def answer_dialogs(qtbot, *answers) -> list:
    """Answer the next modal dialogs in turn, as the person at the desk does: each answer is called
    with the dialog once it is up. Returns the answers not used yet (empty when all were)."""
    pending = list(answers)
    tries = [0]

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible() and pending:
            pending.pop(0)(dialog)
        tries[0] += 1
        if pending and tries[0] < 500:  # 5 s at most, then the test says which answer was left
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return pending


def type_passphrase(asked: list):
    def answer(dialog):
        assert isinstance(dialog, QInputDialog)
        asked.append(dialog.labelText())
        field = dialog.findChild(QLineEdit)
        QTest.keyClicks(field, SECRET)
        QTest.keyClick(field, Qt.Key.Key_Return)
    return answer


def press(which: QMessageBox.StandardButton):
    def answer(box):
        assert isinstance(box, QMessageBox)
        QTest.mouseClick(box.button(which), Qt.MouseButton.LeftButton)
    return answer


def cells(table, row: int) -> list[str]:
    return [table.item(row, col).text() for col in range(table.columnCount())]


def test_merge_shows_new_known_duplicates_and_refused(qtbot, world, tmp_path):
    files = scenario(world)
    world.use("c")
    secret = export_sync(the_event(the_event_id(world, files)), world.files / "secret.ikrar", passphrase=SECRET)
    tampered = world.files / "tampered.ikrar"
    blob = bytearray(files["B2"].read_bytes())
    blob[len(blob) // 2] ^= 0x01
    tampered.write_bytes(bytes(blob))
    world.use("hub")
    pin(5, 0)
    roster(300)
    insert_people(generate_people(240, seed=77, units=["Dinas Sosial", "Bappeda", "Kecamatan Utara", "Satpol PP"]))
    pin(9, 0)
    view = make_view(qtbot)
    asked = []
    left = answer_dialogs(qtbot, type_passphrase(asked))
    view.merge([files["A1"], files["B1"], files["A2"], secret, tampered, files["A1"]])

    assert left == [] and asked == ["Passphrase of secret.ikrar:"]
    rows = [cells(view.results, r) for r in range(view.results.rowCount())]
    assert [r[2] for r in rows] == ["Merged"] * 4 + ["Refused", "Merged"]
    assert rows[0][3] == "7" and rows[1][5] == "3"  # six signed and one absence; B overlaps A on three people
    assert rows[5][3] == "0" and "this very file was merged before" in rows[5][6]  # A1 again: nothing new
    assert "nothing was changed" in rows[4][6] and rows[4][0] == "tampered.ikrar"
    coverage = [cells(view.coverage_table, r) for r in range(view.coverage_table.rowCount())]
    assert coverage[-1][0] == "Total" and int(coverage[-1][1]) == 540 and int(coverage[-1][2]) > 5
    # the walk-in the files brought is not on this hub's roster: apart, without a percentage
    outside = [cells(view.outside_table, r) for r in range(view.outside_table.rowCount())]
    assert outside[-1][0] == "Total" and outside[-1][1] == "1" and view.outside_table.isVisible()
    assert not view.coverage_note.isVisible()  # the hub imported its roster
    assert {c[0] for c in coverage} >= set(UNITS) | {"Bappeda"}
    assert view.results.selectionModel().selectedRows()[0].row() == 4  # the refusal, its reason in full below
    assert "signatures.json" in view.detail.text() and not view.trust_button.isEnabled()
    shot = Path(SCREENSHOTS or tmp_path) / "sync_view.png"
    shot.parent.mkdir(parents=True, exist_ok=True)
    qtbot.wait(50)  # let the layout settle before the picture
    assert view.grab().save(str(shot))


def the_event_id(world, files) -> str:
    return read_file(files["A1"]).manifest["events"][0]["id"]


def test_export_sync_and_package_to_a_folder(qtbot, world):
    event_id, _ = organizer(world)
    sign(the_event(event_id), 0, seed=0)
    out = world.root / "usb"
    out.mkdir()
    view = make_view(qtbot)
    view.folder.setEditText(str(out))
    view.event_combo.setCurrentIndex(view.event_combo.findData(event_id))
    view.export_sync_button.click()
    view.export_package_button.click()
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 2 and names[1].endswith("_PAKET.ikrar") and "Written" in view.status.text()
    assert str(out / names[1]) in view.status.text()  # the status names the file written
    bundles = world.root / "bundles"
    bundles.mkdir()
    view.folder.setEditText(str(bundles))
    view.export_bundle_button.click()  # this desk's own check-ins travel in its bundle
    written = list(bundles.iterdir())
    assert len(written) == 1 and written[0].name.startswith("BUNDEL_") and str(written[0]) in view.status.text()
    view.folder.setEditText(str(out))
    view.encrypt.setChecked(True)
    view.pass1.setText(SECRET)
    view.pass2.setText(SECRET + "!")
    view.export_sync_button.click()
    assert "differ" in view.status.text() and len(list(out.iterdir())) == 2
    world.use("b")  # another desk takes the package
    other = make_view(qtbot)
    other.import_package(str(out / names[1]))
    assert cells(other.results, 0)[2] == "Merged" and "new people: 20" in cells(other.results, 0)[6]
    assert other.event_combo.findData(event_id) >= 0


def type_text(text: str):
    def answer(dialog):
        assert isinstance(dialog, QInputDialog)
        field = dialog.findChild(QLineEdit)
        QTest.keyClicks(field, text)
        QTest.keyClick(field, Qt.Key.Key_Return)
    return answer


def cancel_dialog(dialog):
    QTest.keyClick(dialog, Qt.Key.Key_Escape)


def test_a_new_desk_is_named_and_its_desk_can_be_rejected_from_the_results(qtbot, world):
    event_id, _ = organizer(world)
    sign(the_event(event_id), 0, seed=0)
    first = export_sync(the_event(event_id), world.files / "first.ikrar")
    world.use("hub")
    view = make_view(qtbot)
    view.merge([first])
    assert cells(view.results, 0)[2] == "Merged" and "NEW DESK Meja A, fingerprint" in cells(view.results, 0)[6]
    assert not view.trust_button.isEnabled()  # nothing selected
    view.results.selectRow(0)
    assert view.trust_button.isEnabled()
    left = answer_dialogs(qtbot, cancel_dialog)  # a clerk who changes their mind: nothing happens
    qtbot.mouseClick(view.trust_button, Qt.MouseButton.LeftButton)
    assert left == [] and Attendance.select().where(Attendance.voided_at.is_null()).count() == 1
    left = answer_dialogs(qtbot, type_text("kunci palsu"))
    qtbot.mouseClick(view.trust_button, Qt.MouseButton.LeftButton)
    assert left == [] and "rejected" in view.status.text()
    rejected = Attendance.get()
    assert rejected.voided_at and "kunci palsu" in rejected.void_reason  # kept, and marked
    # no roster here: the screen says so; the people known from the file are apart, without a percentage
    assert view.coverage_note.isVisible() and view.coverage_table.rowCount() == 0 and not view.coverage_table.isVisible()
    assert "No employee list imported" in view.coverage_note.text()
    assert view.outside_table.item(view.outside_table.rowCount() - 1, 2).text() == "0"


def test_a_double_clicked_file_waits_for_a_click(qtbot, world, tmp_path):
    """Windows runs `Ikrar.exe FILE.ikrar` for a double-clicked file: the window opens on the sync
    screen with the file offered; nothing is merged until the clerk clicks."""
    files = scenario(world)
    world.use("hub")
    pin(9, 0)
    args = build_parser().parse_args(opened_file([str(files["A1"])]))
    window = build_window(args)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    view = window.screen_widget("sync")
    assert window.current == "sync" and view.offer_button.isVisible()
    assert files["A1"].name in view.offer_label.text() and view.results.rowCount() == 0
    assert Attendance.select().count() == 0  # offered, not merged
    qtbot.mouseClick(view.offer_button, Qt.MouseButton.LeftButton)
    assert view.results.rowCount() == 1 and cells(view.results, 0)[2] == "Merged"
    assert Attendance.select().count() == 7 and not view.offer_button.isVisible()


def test_only_a_lone_ikrar_path_is_taken_for_a_file_to_open():
    assert opened_file(["D:\\USB\\meja2.IKRAR"]) == ["--open", "D:\\USB\\meja2.IKRAR"]
    assert opened_file(["merge", "a.ikrar"]) == ["merge", "a.ikrar"]
    assert opened_file(["--help"]) == ["--help"] and opened_file([]) == []


def test_dates_times_and_percentages_in_the_one_style(qtbot, world):
    """Issue 13: the event list said "2026-11-23", a duplicate "counts at Meja A 2026-11-23T07:08:00.000+07:00",
    coverage "1.3"; now ui/i18n.py's style, a time on its event's clock."""
    files = scenario(world)
    world.use("hub")
    pin(5, 0)
    roster(300)
    pin(9, 0)
    view = make_view(qtbot)
    view.merge([files["A1"], files["B1"]])
    assert view.event_combo.itemText(0) == "23 November 2026 · Apel Netralitas ASN"
    view.results.selectRow(1)  # B1: three people A has too
    detail = view.detail.text()
    assert re.search(r"counts at Meja [AB] 23 November 2026 07\.\d\d WIB", detail) and "2026-11-23T" not in detail
    coverage = [cells(view.coverage_table, r) for r in range(view.coverage_table.rowCount())]
    assert all(re.fullmatch(r"\d+,\d%", row[4]) for row in coverage), coverage
