"""The main window: screens made on first use (a screen not written yet is a notice, not a crash),
the start screen opening the desk, back, and no signature lost by closing."""
from __future__ import annotations

import argparse

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from test_desk_support import draw_mouse, person, zigzag

import ikrar.ui.main_window as mw
from ikrar.ui import tasks
from ikrar.ui.app import build_window
from ikrar.ui.main_window import MainWindow

pytest_plugins = ["test_desk_support"]


@pytest.fixture
def main(qtbot, roster):
    tasks.set_synchronous(True)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    tasks.set_synchronous(False)


def test_a_screen_that_cannot_be_built_is_a_notice(main, monkeypatch):
    def broken(parent):
        raise RuntimeError("disk gone")

    monkeypatch.setitem(mw.SCREENS, "reports", broken)
    main.go("reports", "x")
    widget = main.stack.currentWidget()
    assert isinstance(widget, QLabel) and widget.objectName() == "placeholder"
    assert "disk gone" in widget.text()
    main.go("start")  # the rest of the window still works
    assert main.current == "start"


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
    attendance.back.emit()
    assert main.current == "desk"


def test_closing_with_an_unsaved_signature_asks(main, qtbot, roster, monkeypatch):
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
    window = build_window(argparse.Namespace(demo=True), None)
    qtbot.addWidget(window)
    assert window.current == "desk" and window.desk().current_event.id == roster.id
