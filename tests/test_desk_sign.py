"""Signing at the desk: mouse, pen (tablet pressure), touch, the signer's window; Enter saves only
after the commit, too little ink is refused, Esc cancels, a person who cannot sign. Each test ends
in the database."""
from __future__ import annotations

import json

from peewee import OperationalError
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QMessageBox
from test_desk_support import (
    click_ok,
    draw_mouse,
    draw_tablet,
    draw_touch,
    key,
    live_records,
    person,
    type_timed,
    zigzag,
)

from ikrar.models import checkin
from ikrar.models.checkin import check_in
from ikrar.models.demo.build import demo_strokes
from ikrar.models.strokes import load_strokes
from ikrar.ui.desk.desk_parts import IDLE, SIGN
from ikrar.ui.desk.dialogs import database_error_text

pytest_plugins = ["test_desk_support"]  # the desk and roster fixtures


def scan(desk, employee) -> None:
    type_timed(desk.input, employee.nip, gap_ms=3)
    key(desk.input, Qt.Key_Return)
    assert desk.employee.id == employee.id


def saved_strokes(event, employee):
    records = live_records(event, employee)
    assert len(records) == 1, "exactly one live record"
    signature = records[0].signatures.get()
    return records[0], load_strokes(signature)


def test_mouse_signature_is_saved_with_enter(desk, roster):
    employee = person(0)
    scan(desk, employee)
    points = zigzag(desk.pad)
    draw_mouse(desk.pad, points)
    assert desk.pad.has_ink() and desk.pad.strokes().point_count >= 20
    key(desk.input, Qt.Key_Return)
    attendance, strokes = saved_strokes(roster, employee)
    assert attendance.status == "H" and not attendance.late and attendance.method == "scan"
    assert (strokes.width, strokes.height) == (desk.pad.width(), desk.pad.height())
    first = strokes.strokes[0][0]
    assert (round(first[0]), round(first[1])) == (points[0].x(), points[0].y())
    assert all(p[3] == 0.5 for s in strokes.strokes for p in s)  # a mouse has no pressure
    times = [p[2] for p in strokes.strokes[0]]
    assert times == sorted(times)
    # ready for the next person
    assert desk.employee is None and desk.pages.currentIndex() == IDLE and desk.input.hasFocus()
    assert desk.feedback.kind == "ok" and employee.display_name() in desk.feedback.text()
    assert not desk.pad.has_ink()


def test_pen_pressure_is_recorded(desk, roster):
    employee = person(1)
    scan(desk, employee)
    points = zigzag(desk.pad, 24)
    pressures = [round(0.2 + 0.7 * i / 23, 2) for i in range(24)]
    draw_tablet(desk.pad, points, pressures)
    key(desk.input, Qt.Key_Return)
    _, strokes = saved_strokes(roster, employee)
    saved = [p[3] for p in strokes.strokes[0]]
    assert len(strokes.strokes) == 1 and min(saved) < 0.3 and max(saved) > 0.8
    assert saved == sorted(saved)  # the pressure followed the pen


def test_touch_signature_is_saved(desk, roster):
    employee = person(2)
    scan(desk, employee)
    top = zigzag(desk.pad, 16)
    draw_touch(desk.pad, top)
    draw_touch(desk.pad, [QPoint(p.x(), p.y() + 20) for p in top])  # a second stroke
    key(desk.input, Qt.Key_Return)
    _, strokes = saved_strokes(roster, employee)
    assert len(strokes.strokes) == 2 and strokes.point_count >= 30


def test_strokes_drawn_on_the_signer_window_are_the_ones_saved(desk, qtbot, roster):
    employee = person(3)
    signer = desk.open_signer()
    qtbot.waitExposed(signer)
    assert signer.name.text() == "Please wait: the desk will call you." and not signer.pad.isEnabled()
    scan(desk, employee)
    assert signer.name.text() == employee.display_name() and signer.pad.isEnabled()
    signer.resize(1000, 700)
    qtbot.wait(10)
    points = zigzag(signer.pad, 26)
    draw_mouse(signer.pad, points)
    assert desk.pad.has_ink(), "the desk mirrors the signer's pad"
    key(desk.input, Qt.Key_Return)
    _, strokes = saved_strokes(roster, employee)
    assert (strokes.width, strokes.height) == (signer.pad.width(), signer.pad.height())
    saved = [(round(x), round(y)) for x, y, _t, _p in strokes.strokes[0]]
    assert saved == [(p.x(), p.y()) for p in points]
    assert employee.display_name() in signer.name.text() and not signer.pad.isEnabled()  # "thank you"


def test_signer_window_shows_nobody_else(desk, qtbot, roster):
    other = person(4)
    scan(desk, other)
    desk.cancel()
    employee = person(5)
    signer = desk.open_signer()
    scan(desk, employee)
    texts = " ".join(label.text() for label in signer.findChildren(QLabel))
    assert employee.display_name() in texts and other.display_name() not in texts
    assert employee.nip not in texts and (employee.nik or "-") not in texts
    assert not signer.findChildren(QAbstractItemView), "no lists on the signer's screen"


def test_done_on_the_signer_window_saves(desk, qtbot, roster):
    employee = person(6)
    signer = desk.open_signer()
    scan(desk, employee)
    draw_mouse(signer.pad, zigzag(signer.pad))
    qtbot.mouseClick(signer.done_button, Qt.LeftButton)
    saved_strokes(roster, employee)


def test_too_little_ink_is_refused_and_the_ink_kept(desk, roster):
    employee = person(7)
    scan(desk, employee)
    draw_mouse(desk.pad, [QPoint(100, 100), QPoint(104, 101), QPoint(106, 100)])
    key(desk.input, Qt.Key_Return)
    assert live_records(roster, employee) == []
    assert desk.feedback.kind == "error" and desk.employee is not None and desk.pad.has_ink()
    desk.clear_ink()  # F6
    assert not desk.pad.has_ink()
    draw_mouse(desk.pad, zigzag(desk.pad))
    key(desk.input, Qt.Key_Return)
    saved_strokes(roster, employee)


def test_enter_without_ink_says_sign_first(desk, roster):
    employee = person(8)
    scan(desk, employee)
    key(desk.input, Qt.Key_Return)
    assert live_records(roster, employee) == [] and desk.feedback.kind == "error"
    assert desk.pages.currentIndex() == SIGN


def test_escape_cancels_and_records_nothing(desk, roster):
    employee = person(9)
    scan(desk, employee)
    draw_mouse(desk.pad, zigzag(desk.pad))
    key(desk.input, Qt.Key_Escape)
    assert live_records(roster, employee) == []
    assert desk.employee is None and not desk.pad.has_ink() and desk.pages.currentIndex() == IDLE
    assert desk.input.hasFocus() and desk.input.text() == ""


def test_typing_is_held_while_a_signature_waits(desk, roster):
    employee = person(10)
    scan(desk, employee)
    draw_mouse(desk.pad, zigzag(desk.pad))
    type_timed(desk.input, "budi", gap_ms=120)
    assert desk.input.text() == "" and desk.employee.id == employee.id and desk.pad.has_ink()
    assert desk.feedback.kind == "warn"
    key(desk.input, Qt.Key_Return)
    saved_strokes(roster, employee)


def test_already_signed_is_a_warning_and_no_second_record(desk, roster):
    employee = person(11)
    check_in(roster, employee, strokes=demo_strokes(3))
    scan(desk, employee)
    assert desk.card.warning.isVisible() and desk.card.warning.text().startswith("⚠")
    assert not desk.pad.isEnabled() and desk.feedback.kind == "warn"
    key(desk.input, Qt.Key_Return)  # acknowledges, back to the input
    assert desk.employee is None
    records = live_records(roster, employee)
    assert len(records) == 1 and records[0].signatures.count() == 1


def test_present_without_signature_gets_it_added_to_the_same_record(desk, roster):
    employee = person(12)
    first = check_in(roster, employee).attendance
    scan(desk, employee)
    assert desk.card.warning.isVisible() and desk.pad.isEnabled()
    draw_mouse(desk.pad, zigzag(desk.pad))
    key(desk.input, Qt.Key_Return)
    attendance, _ = saved_strokes(roster, employee)
    assert attendance.id == first.id and desk.feedback.kind == "ok"


def test_cannot_sign_records_presence_with_the_note(desk, qtbot, roster):
    employee = person(13)
    scan(desk, employee)
    desk.cannot_sign()  # F7
    dialog = desk.dialog
    assert dialog is not None and dialog.isVisible()
    click_ok(qtbot, dialog)  # empty note: refused, the dialog stays
    assert dialog.isVisible() and dialog.error.text() == "Write why the person cannot sign."
    assert live_records(roster, employee) == []
    qtbot.keyClicks(dialog.note, "tangan kanan cedera")
    click_ok(qtbot, dialog)
    records = live_records(roster, employee)
    assert len(records) == 1 and records[0].note == "tangan kanan cedera"
    assert records[0].signatures.count() == 0
    assert desk.employee is None and desk.dialog is None and desk.input.hasFocus()


def test_database_error_keeps_the_strokes_and_says_what_to_do(desk, qtbot, roster, monkeypatch):

    employee = person(14)
    scan(desk, employee)
    draw_mouse(desk.pad, zigzag(desk.pad))
    before = json.dumps(desk.pad.strokes().to_obj())

    def locked(*_args, **_kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr(checkin, "check_in", locked)
    key(desk.input, Qt.Key_Return)
    box = desk.findChild(QMessageBox, "databaseErrorBox")
    assert box is not None and box.isVisible()
    assert "Enter" in box.text() and desk.feedback.kind == "error"
    assert json.dumps(desk.pad.strokes().to_obj()) == before and desk.employee.id == employee.id
    assert live_records(roster, employee) == []
    monkeypatch.undo()
    box.accept()
    qtbot.waitUntil(lambda: desk.dialog is None)
    key(desk.input, Qt.Key_Return)
    _, strokes = saved_strokes(roster, employee)
    assert json.dumps(strokes.to_obj()) == before


def test_read_only_and_full_disk_messages(desk):
    assert "Documents" in database_error_text(OSError("attempt to write a readonly database"))
    assert "Recycle Bin" in database_error_text(OSError("database or disk is full"))
