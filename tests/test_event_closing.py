"""Closing an event from the window and reopening it (behind the admin PIN when one is set): from
the start screen's event list and from the desk, by keyboard and by mouse. A closed event's desk
says so, records nothing, and shows the model's refusal in words; each test ends in the database."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from test_desk_support import draw_mouse, key, live_records, person, type_timed, zigzag

from ikrar.models import errors, settings
from ikrar.models.events import find_event, set_closed
from ikrar.models.queries.attendance import attendances_of
from ikrar.ui import tasks
from ikrar.ui.desk.desk_parts import IDLE, SIGN
from ikrar.ui.dialogs.close_event import CloseEventDialog
from ikrar.ui.screens.start_screen import StartScreen

pytest_plugins = ["test_desk_support"]  # the desk and roster fixtures

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def closed(event) -> bool:
    return find_event(event.id).closed


def confirm(dialog: CloseEventDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.Ok).click()


def scan(desk, employee) -> None:
    type_timed(desk.input, employee.nip, gap_ms=3)
    key(desk.input, Qt.Key_Return)
    assert desk.employee is not None and desk.employee.id == employee.id


def test_close_and_reopen_from_the_start_screen_behind_the_pin(qtbot, roster):
    settings.set_admin_pin("2468")
    tasks.set_synchronous(True)
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    try:
        screen.select_event(roster.id)
        assert screen.close_button.isEnabled() and "Ctrl+Shift+X" in screen.close_button.text()
        qtbot.keyClick(screen.table, Qt.Key.Key_X, CTRL_SHIFT)
        dialog = screen.dialog
        assert isinstance(dialog, CloseEventDialog) and dialog.isVisible() and dialog.closing
        assert "Apel Pagi" in dialog.heading.text()  # the question names the event
        qtbot.keyClicks(dialog.pin, "1111")
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)  # Enter confirms
        assert dialog.isVisible() and dialog.error.text() and not closed(roster)
        qtbot.keyClicks(dialog.pin, "2468")
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
        assert not dialog.isVisible() and closed(roster)
        assert "(closed)" in screen.table.item(0, 1).text()
        assert screen.current_event_id() == roster.id and screen.close_button.text().startswith("Reopen")
        # reopen: cancelled first, then with the PIN
        screen.close_button.click()
        dialog = screen.dialog
        assert not dialog.closing and dialog.isVisible()
        dialog.buttons.button(QDialogButtonBox.Cancel).click()
        assert closed(roster)
        qtbot.keyClick(screen.table, Qt.Key.Key_X, CTRL_SHIFT)
        dialog = screen.dialog
        dialog.pin.setText("2468")
        confirm(dialog)
        assert not closed(roster) and "(closed)" not in screen.table.item(0, 1).text()
        assert screen.close_button.text().startswith("Close")
    finally:
        tasks.set_synchronous(False)


def test_desk_closed_by_keyboard_shows_it_and_refuses_check_ins(desk, qtbot, roster):
    employee = person(0)
    assert desk.closed_banner.isHidden() and desk.left.close_button.text().startswith("Close event")
    qtbot.keyClick(desk.input, Qt.Key.Key_X, CTRL_SHIFT)
    dialog = desk.close_dialog
    assert dialog.isVisible() and dialog.pin.isHidden()  # no PIN set: a confirmation only
    confirm(dialog)
    assert closed(roster) and desk.event_closed
    assert desk.closed_banner.isVisible() and desk.left.close_button.text().startswith("Reopen event")
    assert desk.feedback.kind == "warn" and desk.input.hasFocus()
    # a person is still found and shown, but nothing can be recorded
    scan(desk, employee)
    assert desk.pages.currentIndex() == SIGN and not desk.pad.isEnabled()
    assert desk.feedback.kind == "error" and "closed" in desk.feedback.text()
    key(desk.input, Qt.Key_Return)  # tries to save: the model refuses, in words
    refusal = "Event 'Apel Pagi' is closed." if errors.language() == "en" else "Acara 'Apel Pagi' sudah ditutup."
    assert desk.feedback.kind == "error" and refusal in desk.feedback.text()
    key(desk.input, Qt.Key_F7)  # cannot sign: refused before any dialog
    assert desk.dialog is None and desk.feedback.kind == "error"
    key(desk.input, Qt.Key_Escape)
    assert desk.employee is None and desk.pages.currentIndex() == IDLE
    assert attendances_of(roster).count() == 0


def test_reopen_from_the_desk_banner_then_check_in(desk, qtbot, roster):
    settings.set_admin_pin("2468")
    set_closed(find_event(roster.id), True)
    desk.set_event(roster.id)
    assert desk.closed_banner.isVisible()
    desk.closed_banner.reopen_button.click()
    dialog = desk.close_dialog
    assert not dialog.closing and not dialog.pin.isHidden()
    confirm(dialog)  # no PIN typed
    assert dialog.isVisible() and closed(roster)
    dialog.pin.setText("2468")
    confirm(dialog)
    assert not closed(roster) and desk.closed_banner.isHidden() and desk.feedback.kind == "ok"
    employee = person(1)
    scan(desk, employee)
    assert desk.pad.isEnabled()
    draw_mouse(desk.pad, zigzag(desk.pad))
    key(desk.input, Qt.Key_Return)
    assert desk.feedback.kind == "ok" and len(live_records(roster, employee)) == 1


def test_closed_meanwhile_by_another_window_is_refused_and_shown(desk, qtbot, roster):
    employee = person(2)
    scan(desk, employee)
    draw_mouse(desk.pad, zigzag(desk.pad))
    set_closed(find_event(roster.id), True)  # another window or desk process on this database
    key(desk.input, Qt.Key_Return)
    assert desk.feedback.kind == "error" and "Apel Pagi" in desk.feedback.text()
    assert live_records(roster, employee) == [] and attendances_of(roster).count() == 0
    assert desk.closed_banner.isVisible() and not desk.pad.isEnabled()
    assert desk.employee is not None  # the card stays; Esc goes back
    key(desk.input, Qt.Key_Escape)
    assert desk.employee is None


def test_a_drawn_signature_is_saved_or_cancelled_before_closing(desk, qtbot, roster):
    scan(desk, person(3))
    draw_mouse(desk.pad, zigzag(desk.pad))
    qtbot.keyClick(desk.input, Qt.Key.Key_X, CTRL_SHIFT)
    assert desk.close_dialog is None and desk.feedback.kind == "warn" and not closed(roster)
