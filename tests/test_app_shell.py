"""The main window: screens made on first use (a screen not written yet is a notice, not a crash),
the start screen opening the desk, back, and no signature lost by closing."""
from __future__ import annotations

import argparse

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

pytest_plugins = ["test_desk_support"]


@pytest.fixture
def main(qtbot, roster):
    from ui import tasks
    from ui.main_window import MainWindow

    tasks.set_synchronous(True)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    tasks.set_synchronous(False)


def test_a_screen_not_written_yet_is_a_notice(main, monkeypatch):
    import ui.main_window as mw

    monkeypatch.setitem(mw.SCREENS, "reports", ("ui.not_written_yet", "ReportsView"))
    main.go("reports", "x")
    widget = main.stack.currentWidget()
    assert isinstance(widget, QLabel) and widget.objectName() == "placeholder"


def test_start_screen_opens_the_desk_of_its_event(main, roster):
    start = main.screen_widget("start")
    main.go("start")
    start.open_desk.emit(roster.id)
    desk = main.desk()
    assert main.current == "desk" and main.stack.currentWidget() is desk
    assert desk.current_event.id == roster.id and roster.title in main.windowTitle()


def test_screens_needing_an_event_go_to_the_start_without_one(main):
    main.go("attendance")
    assert main.current == "start" and main.statusBar().currentMessage()


def test_back_returns_to_where_one_came_from(main, roster):
    main.open_desk(roster.id)
    attendance = main.screen_widget("attendance")
    main.go("attendance")
    if not hasattr(attendance, "back"):
        pytest.skip("attendance view not present")
    attendance.back.emit()
    assert main.current == "desk"


def test_closing_with_an_unsaved_signature_asks(main, qtbot, roster, monkeypatch):
    from test_desk_support import draw_mouse, person, zigzag

    main.open_desk(roster.id)
    desk = main.desk()
    desk.open_employee(person(0), "search")
    draw_mouse(desk.pad, zigzag(desk.pad))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.No)
    main.close()
    assert asked and main.isVisible() and desk.pad.has_ink()
    desk.cancel()
    main.close()
    assert not main.isVisible()


def test_build_window_opens_the_demo_desk(qtbot, roster):
    from ui.app import build_window

    window = build_window(argparse.Namespace(demo=True), None)
    qtbot.addWidget(window)
    assert window.current == "desk" and window.desk().current_event.id == roster.id


def test_refcount_guard_is_in_place():
    """PySide6 6.12 on Python 3.11 loses a reference to None/True per call; the guard stops the crash."""
    import sys

    from ui.desk import pyside_fix

    pyside_fix.apply()
    assert not pyside_fix.leaks() or sys.getrefcount(None) > 1 << 39
