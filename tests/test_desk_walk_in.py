"""Someone not on the roster, registered from the desk itself (issue 13, item 7): a scanned or
typed number that finds no one offers "register as outside the list" (F4); the walk-in dialog opens
with the number (checked at once) or the typed name; the person ends on the signature pad, Enter
saves, and the counts follow. Also: the walk-in dialog's number field keeps its height."""
from __future__ import annotations

from PySide6.QtCore import Qt
from test_desk_support import draw_mouse, key, live_records, person, type_timed, zigzag

from ikrar.models.store.schema import Employee
from ikrar.ui.desk.desk_parts import RESULTS, SIGN
from ikrar.ui.dialogs.walk_in import WalkInDialog

pytest_plugins = ["test_desk_support"]  # the desk and roster fixtures

UNKNOWN_NIP = "199005122019032007"  # valid, and on no roster
UNKNOWN_NIK = "3201014509900001"


def test_an_unknown_scanned_nip_is_registered_and_signs_at_the_desk(desk, qtbot, roster):
    qtbot.waitUntil(lambda: desk.counts.snapshot is not None)
    outside_before = desk.counts.snapshot.counts.outside.present  # a walk-in is counted apart
    type_timed(desk.input, UNKNOWN_NIP, gap_ms=4)
    key(desk.input, Qt.Key_Return)
    assert desk.employee is None and desk.feedback.kind == "error"
    assert desk.pages.currentIndex() == RESULTS and desk.pages.walk_in_button.isVisible()
    assert "19900512 201903 2 007" in desk.pages.results_label.text()
    key(desk.input, Qt.Key_F4)
    dialog = desk.dialog
    assert isinstance(dialog, WalkInDialog) and dialog.isVisible()
    assert dialog.code.value() == UNKNOWN_NIP and dialog.code.kind() == "nip"  # checked as if typed
    assert dialog.code.status.isVisible() and "Valid NIP" in dialog.code.status.text()
    assert dialog.focusWidget() is dialog.name  # the number is there: the name is next
    qtbot.keyClicks(dialog.name, "RINA HONORER")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert desk.dialog is None
    walk_in = Employee.get(Employee.nip == UNKNOWN_NIP)
    assert walk_in.is_walk_in and walk_in.name == "RINA HONORER"
    # on the pad, ready: the card says who it is, without a "checked in already" warning
    assert desk.employee.id == walk_in.id and desk.pages.currentIndex() == SIGN and desk.pad.isEnabled()
    assert desk.method == "scan" and desk.card.warning.isHidden()
    assert desk.card.note.text().startswith("Outside the list") and desk.feedback.kind == "ok"
    assert "units" not in desk.card.note.text()
    assert not desk.pages.walk_in_button.isVisible()
    qtbot.waitUntil(lambda: desk.counts.snapshot.counts.outside.present == outside_before + 1)
    assert "outside the list" in desk.counts.detail.text()
    draw_mouse(desk.pad, zigzag(desk.pad))
    key(desk.input, Qt.Key_Return)
    assert desk.employee is None and desk.feedback.kind == "ok"
    [record] = live_records(roster, walk_in)
    assert record.method == "scan" and record.signatures.count() == 1
    qtbot.waitUntil(lambda: desk.counts.snapshot.counts.outside.signed == 1)
    assert walk_in.display_name() in desk.counts.recent.item(0).text()
    assert "(1 signed)" in desk.counts.detail.text()


def test_a_typed_name_that_finds_no_one_prefills_the_name(desk, qtbot, roster):
    type_timed(desk.input, "zzyzx qwerty", gap_ms=100)
    qtbot.waitUntil(lambda: desk.searched == "zzyzx qwerty", timeout=1000)
    assert not desk.results.results.hits and desk.pages.walk_in_button.isVisible()
    desk.pages.walk_in_button.click()
    dialog = desk.dialog
    assert dialog.name.text() == "zzyzx qwerty" and dialog.code.text() == "" and dialog.focusWidget() is dialog.code.edit
    dialog.code.edit.setText(UNKNOWN_NIK)
    assert dialog.code.kind() == "nik"
    dialog.save()
    assert desk.employee is not None and desk.employee.nik == UNKNOWN_NIK and desk.employee.is_walk_in


def test_a_number_typed_into_the_dialog_that_is_on_the_roster_opens_that_person(desk, qtbot, roster):
    type_timed(desk.input, UNKNOWN_NIP, gap_ms=4)
    key(desk.input, Qt.Key_Return)
    key(desk.input, Qt.Key_F4)
    dialog = desk.dialog
    known = person(3)
    dialog.code.edit.setText(known.nip)
    assert dialog.roster_hint.isVisibleTo(dialog)
    dialog.save()
    assert desk.employee.id == known.id and Employee.get_or_none(Employee.nip == UNKNOWN_NIP) is None


def test_f4_does_nothing_without_an_offer_and_typing_withdraws_it(desk, qtbot, roster):
    key(desk.input, Qt.Key_F4)
    assert desk.dialog is None
    type_timed(desk.input, UNKNOWN_NIP, gap_ms=4)
    key(desk.input, Qt.Key_Return)
    assert desk.pages.walk_in_button.isVisible()
    type_timed(desk.input, "sit", gap_ms=120)
    qtbot.waitUntil(lambda: desk.searched == "sit", timeout=1000)
    assert not desk.pages.walk_in_button.isVisible()
    key(desk.input, Qt.Key_F4)
    assert desk.dialog is None


def test_walk_in_number_field_keeps_its_height_when_its_hints_appear(qtbot, roster):
    dialog = WalkInDialog(None, roster.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    height = dialog.code.edit.sizeHint().height()
    for text in (UNKNOWN_NIK, person(0).nip, "1986", "19900512 201913 2 007"):
        dialog.code.edit.setText(text)
        qtbot.wait(1)
        assert dialog.code.edit.height() >= height, text
        if dialog.roster_hint.isVisible():
            assert dialog.roster_hint.height() >= dialog.roster_hint.fontMetrics().height()
        assert dialog.code.status.height() >= dialog.code.status.fontMetrics().height() or dialog.code.status.isHidden()
