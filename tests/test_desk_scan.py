"""Finding a person at the desk: scanner bursts (with and without a terminator) against human typing,
results as you type, arrows and Enter. Each test ends in the database."""
from __future__ import annotations

from PySide6.QtCore import Qt
from test_desk_support import (
    draw_mouse,
    key,
    live_records,
    now_ms,
    person,
    type_timed,
    zigzag,
)

from ikrar.models.checkin import check_in
from ikrar.models.demo.build import demo_strokes
from ikrar.models.identifiers import format_nip
from ikrar.models.queries.attendance import attendances_of
from ikrar.models.queries.people import employee_by_id
from ikrar.ui.desk.desk_parts import IDLE, RESULTS, SIGN
from ikrar.ui.desk.results_list import FOUND, NIP, PRESENT

pytest_plugins = ["test_desk_support"]  # the desk and roster fixtures


def sign_and_save(desk) -> None:
    draw_mouse(desk.pad, zigzag(desk.pad))
    key(desk.input, Qt.Key_Return)


def test_scanner_burst_without_terminator_opens_the_person_within_100_ms(desk, qtbot, roster):
    employee = person(0)
    opened = []
    desk.opened.connect(lambda _id: opened.append(now_ms()))
    last_key = type_timed(desk.input, employee.nip, gap_ms=5)
    qtbot.waitUntil(lambda: bool(opened), timeout=1000)
    assert opened[0] - last_key <= 100
    assert desk.employee.id == employee.id and desk.method == "scan"
    assert desk.pages.currentIndex() == SIGN and desk.pad.isEnabled()
    assert desk.input.text() == "" and desk.input.hasFocus()
    sign_and_save(desk)
    records = live_records(roster, employee)
    assert len(records) == 1 and records[0].method == "scan"
    assert records[0].signatures.count() == 1


def test_same_digits_typed_by_a_person_search_and_enter_chooses(desk, qtbot, roster):
    employee = person(1)
    type_timed(desk.input, employee.nip, gap_ms=150)
    qtbot.wait(250)  # well past any scanner timeout
    assert desk.employee is None, "human typing must not auto-open"
    assert desk.pages.currentIndex() == RESULTS
    assert desk.results.current_hit().employee_id == employee.id
    assert live_records(roster, employee) == []
    key(desk.input, Qt.Key_Return)
    assert desk.employee.id == employee.id and desk.method == "search"
    sign_and_save(desk)
    records = live_records(roster, employee)
    assert len(records) == 1 and records[0].method == "search" and records[0].signatures.count() == 1


def test_scanner_with_enter_opens_at_once(desk, roster):
    employee = person(2)
    type_timed(desk.input, employee.nip, gap_ms=4)
    key(desk.input, Qt.Key_Return)
    assert desk.employee.id == employee.id and desk.method == "scan"
    sign_and_save(desk)
    assert live_records(roster, employee)[0].method == "scan"


def test_scanner_with_tab_opens_at_once_and_keeps_the_focus(desk, roster):
    employee = person(3)
    type_timed(desk.input, "NIP: " + employee.nip, gap_ms=3)  # a QR payload with a label
    key(desk.input, Qt.Key_Tab)
    assert desk.employee.id == employee.id and desk.input.hasFocus()
    sign_and_save(desk)
    assert len(live_records(roster, employee)) == 1


def test_a_scan_after_leftover_text_still_opens_the_scanned_person(desk, qtbot, roster):
    employee = person(4)
    type_timed(desk.input, "bud", gap_ms=180)  # someone started typing, then scans instead
    qtbot.wait(100)
    type_timed(desk.input, employee.nip, gap_ms=5)
    qtbot.waitUntil(lambda: desk.employee is not None, timeout=500)
    assert desk.employee.id == employee.id


def test_a_code_not_on_the_roster_is_said_plainly(desk, roster):
    type_timed(desk.input, "198001012005011999", gap_ms=4)
    key(desk.input, Qt.Key_Return)
    assert desk.employee is None
    assert desk.feedback.kind == "error" and format_nip("198001012005011999") in desk.feedback.text()
    assert desk.pages.walk_in_button.isVisible()  # offered: register the person as outside the list
    assert desk.input.text() == ""

    assert attendances_of(roster).count() == 0


def test_arrows_choose_among_results(desk, qtbot, roster):
    for query in ("a", "s", "m", "r", "n", "d", "i"):
        with qtbot.waitSignal(desk.input.search_changed, timeout=1000):  # searched once the keys are handled
            desk.input.setText(query)
        if len(desk.results.results.hits) >= 3:
            break
    hits = desk.results.results.hits
    assert len(hits) >= 3 and desk.pages.currentIndex() == RESULTS
    key(desk.input, Qt.Key_Down)
    key(desk.input, Qt.Key_Down)
    key(desk.input, Qt.Key_Up)
    key(desk.input, Qt.Key_Down)
    assert desk.results.current_hit() is hits[2]
    key(desk.input, Qt.Key_Return)
    assert desk.employee.id == hits[2].employee_id
    sign_and_save(desk)

    assert len(live_records(roster, employee_by_id(hits[2].employee_id))) == 1


def test_results_show_formatted_nip_and_presence(desk, qtbot, roster):
    employee = person(5)
    check_in(roster, employee, strokes=demo_strokes(1))
    with qtbot.waitSignal(desk.input.search_changed, timeout=1000):
        desk.input.setText(employee.nip[:12])
    model = desk.results.results
    row = next(i for i, h in enumerate(model.hits) if h.employee_id == employee.id)
    assert model.data(model.index(row, NIP)) == format_nip(employee.nip)
    assert model.data(model.index(row, FOUND)) == "NIP"
    assert "✓" in model.data(model.index(row, PRESENT))
    assert len(model.hits) <= 20


def test_escape_clears_the_search(desk, qtbot):
    type_timed(desk.input, "sit", gap_ms=120)
    qtbot.waitUntil(lambda: desk.pages.currentIndex() == RESULTS and bool(desk.results.results.hits), timeout=1000)
    key(desk.input, Qt.Key_Escape)
    assert desk.input.text() == "" and desk.pages.currentIndex() == IDLE
