"""Beside the input: live counts, the last check-ins and a void behind the admin PIN; the clock
warning before the first check-in."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from test_desk_support import click_ok, draw_mouse, key, live_records, person, type_timed, zigzag

from ikrar.models import clock, settings
from ikrar.models.queries.attendance import attendances_of
from ikrar.models.queries.counts import event_counts
from ikrar.models.store.schema import Event
from ikrar.ui.desk.clock_banner import clock_problems

pytest_plugins = ["test_desk_support"]  # the desk and roster fixtures


def check_in_at_desk(desk, employee) -> None:
    type_timed(desk.input, employee.nip, gap_ms=3)
    key(desk.input, Qt.Key_Return)
    draw_mouse(desk.pad, zigzag(desk.pad))
    key(desk.input, Qt.Key_Return)
    assert desk.feedback.kind == "ok"


def test_counts_follow_each_check_in(desk, qtbot, at, roster):
    expected = event_counts(roster).expected
    assert desk.counts.snapshot.counts.present == 0
    for i in range(3):
        at(7, 15, i)  # the clock moves between people
        check_in_at_desk(desk, person(i))
    qtbot.waitUntil(lambda: desk.counts.snapshot.counts.present == 3)
    counts = desk.counts.snapshot.counts
    assert (counts.signed, counts.expected) == (3, expected) == (event_counts(roster).signed, expected)
    assert f"3 / {expected}" in desk.counts.present.text()
    assert desk.counts.recent.count() == 3
    assert person(2).display_name() in desk.counts.recent.item(0).text()  # newest first
    units = {desk.counts.units.item(r, 0).text() for r in range(desk.counts.units.rowCount())}
    assert units == {"Dinas Kesehatan", "Inspektorat"}


def test_void_from_the_recent_list_needs_pin_and_reason(desk, qtbot, at, roster):
    settings.set_admin_pin("2468")
    employee = person(0)
    check_in_at_desk(desk, employee)
    at(7, 16)
    check_in_at_desk(desk, person(1))
    qtbot.waitUntil(lambda: desk.counts.recent.count() == 2)
    desk.counts.recent.setCurrentRow(1)  # the older one: person(0)
    desk.counts.open_void()  # F9
    dialog = desk.counts.dialog
    assert dialog.isVisible() and employee.display_name() in dialog.which.currentText()
    click_ok(qtbot, dialog)  # no reason yet: refused, the dialog stays
    assert dialog.isVisible() and dialog.error.text() == "A reason is required."
    assert live_records(roster, employee)[0].voided_at is None
    qtbot.keyClicks(dialog.reason, "salah orang")
    qtbot.keyClicks(dialog.pin, "1111")
    click_ok(qtbot, dialog)  # a wrong PIN: refused, the PIN is cleared
    assert dialog.isVisible() and dialog.error.text() == "Wrong admin PIN." and dialog.pin.text() == ""
    assert live_records(roster, employee)[0].voided_at is None
    qtbot.keyClicks(dialog.pin, "2468")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible() and live_records(roster, employee) == []

    voided = [a for a in attendances_of(roster) if a.employee_id == employee.id]
    assert len(voided) == 1 and voided[0].void_reason == "salah orang"
    qtbot.waitUntil(lambda: desk.counts.snapshot.counts.present == 1)
    assert "✗" in desk.counts.recent.item(1).text()
    assert desk.feedback.kind == "ok"
    # the person can be checked in again afterwards
    at(7, 17)
    check_in_at_desk(desk, employee)
    assert len(live_records(roster, employee)) == 1


def test_void_without_a_pin_set_only_needs_a_reason(desk, qtbot, roster):
    employee = person(2)
    check_in_at_desk(desk, employee)
    desk.counts.open_void()
    dialog = desk.counts.dialog
    assert dialog.pin.isHidden()
    qtbot.keyClicks(dialog.reason, "dobel")
    qtbot.keyClick(dialog.reason, Qt.Key_Return)  # Enter in the reason is OK
    assert not dialog.isVisible() and live_records(roster, employee) == []


def test_late_check_in_is_counted_late(desk, qtbot, at, roster):
    at(7, 45)
    check_in_at_desk(desk, person(3))
    assert live_records(roster, person(3))[0].late
    qtbot.waitUntil(lambda: desk.counts.snapshot.counts.late == 1)
    assert "(late)" in desk.feedback.text()


def test_clock_banner_when_the_date_is_not_the_event_date(desk, at, roster):
    assert desk.banner.isHidden()
    at(7, 15, day=22)
    desk.set_event(roster.id)
    assert desk.banner.isVisible() and "22 November 2026" in desk.banner.label.text()
    assert "23 November 2026" in desk.banner.label.text()


def test_clock_banner_when_the_clock_looks_wrong(desk, roster):
    clock.set_clock(datetime(2000, 1, 1, 7, 0, tzinfo=timezone(timedelta(hours=7))))
    desk.set_event(roster.id)
    assert desk.banner.isVisible() and "1 Januari 2000 07.00" in desk.banner.label.text()


def test_clock_banner_for_another_time_zone(desk, qtbot, roster):
    clock.set_clock(datetime(2026, 11, 23, 0, 15, tzinfo=UTC))
    desk.set_event(roster.id)
    assert desk.banner.isVisible() and "WIB" in desk.banner.label.text()
    qtbot.mouseClick(desk.banner.findChild(QToolButton), Qt.MouseButton.LeftButton)  # ✕: hide this warning
    assert desk.banner.isHidden()
    clock.set_clock(datetime(2026, 11, 23, 0, 16, tzinfo=UTC))
    desk.retranslate()  # the clock is checked again (as every minute): the same problem stays dismissed
    assert desk.banner.isHidden()
    clock.set_clock(datetime(2026, 11, 22, 0, 17, tzinfo=UTC))
    desk.retranslate()  # a new problem (the date) is shown again
    assert desk.banner.isVisible() and "22 November 2026" in desk.banner.label.text()


def test_banner_problems_are_plain(qtbot):


    event = Event(date=date(2026, 11, 23), tz="WITA")
    good = datetime(2026, 11, 23, 7, 0, tzinfo=timezone(timedelta(hours=8)))
    assert clock_problems(event, good) == []
