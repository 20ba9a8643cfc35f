"""Small things at the desk (issue 13, item 14): the void dialog's buttons say what they do (not
"Batalkan" for a destructive void), the green save button is off on a closed event, the last
check-ins list holds more than 8."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from test_desk_support import draw_mouse, key, person, type_timed, zigzag

from ikrar.models import checkin
from ikrar.models.demo.build import demo_strokes
from ikrar.models.events import find_event, set_closed
from ikrar.ui import i18n

pytest_plugins = ["test_desk_support"]  # the desk and roster fixtures


def scan(desk, employee) -> None:
    type_timed(desk.input, employee.nip, gap_ms=3)
    key(desk.input, Qt.Key_Return)
    assert desk.employee.id == employee.id


def test_void_dialog_buttons_cannot_be_mixed_up(desk, qtbot, roster):
    checkin.check_in(roster, person(0), strokes=demo_strokes(1))
    desk.counts.refresh()
    qtbot.waitUntil(lambda: desk.counts.recent.count() == 1)
    app = QApplication.instance()
    assert i18n.install_translator(app, "id")
    try:
        desk.counts.open_void()
        buttons = desk.counts.dialog.findChild(QDialogButtonBox)
        assert buttons.button(QDialogButtonBox.Ok).text() == "Batalkan kehadiran"
        assert buttons.button(QDialogButtonBox.Cancel).text() == "Tutup"
        desk.counts.dialog.reject()
    finally:
        i18n.remove_translator(app)


def test_save_button_is_off_on_a_closed_event_but_next_person_is_not(desk, roster):
    signed = person(1)
    checkin.check_in(roster, signed, strokes=demo_strokes(2))
    set_closed(find_event(roster.id), True)
    desk.set_event(roster.id)
    scan(desk, person(0))
    assert not desk.sign.save_button.isEnabled() and not desk.pad.isEnabled()
    assert desk.sign.save_button.text() == "Save (Enter)"
    key(desk.input, Qt.Key_Escape)
    scan(desk, signed)
    assert desk.sign.save_button.isEnabled() and desk.sign.save_button.text() == "Next person (Enter)"
    key(desk.input, Qt.Key_Return)
    assert desk.employee is None
    set_closed(find_event(roster.id), False)
    desk.reload_event()
    scan(desk, person(2))
    assert desk.sign.save_button.isEnabled() and desk.pad.isEnabled()
    draw_mouse(desk.pad, zigzag(desk.pad))
    key(desk.input, Qt.Key_Return)
    assert desk.feedback.kind == "ok"


def test_the_last_check_ins_list_holds_more_than_eight(desk, qtbot, at, roster):
    for i in range(20):
        at(7, 10, i)
        checkin.check_in(roster, person(i), strokes=demo_strokes(i))
    desk.counts.refresh()
    qtbot.waitUntil(lambda: desk.counts.recent.count() == 20)
    assert person(19).display_name() in desk.counts.recent.item(0).text()
