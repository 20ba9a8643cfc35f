"""The desk in the main window at 1366×768: the pad is the largest element while a person is open,
nothing is cut off, the input keeps the focus, the language switches live."""
from __future__ import annotations

import argparse

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from test_desk_support import draw_mouse, key, live_records, person, type_timed, zigzag

from ikrar.ui import i18n, tasks
from ikrar.ui.app import build_window

pytest_plugins = ["test_desk_support"]


@pytest.fixture
def window(qtbot, roster):
    tasks.set_synchronous(True)
    main = build_window(argparse.Namespace(demo=False), roster.id)
    qtbot.addWidget(main)
    main.screen_widget("desk").feedback.sound.enabled = False
    yield main
    tasks.set_synchronous(False)


def open_person(main, qtbot, size, index=0):
    main.resize(*size)
    main.show()
    qtbot.waitExposed(main)
    desk = main.desk()
    type_timed(desk.input, person(index).nip, gap_ms=3)
    key(desk.input, Qt.Key_Return)
    qtbot.wait(20)
    return desk


@pytest.mark.parametrize("size", [(1366, 768), (1366, 705)])  # 705: maximised above a taskbar
def test_pad_is_the_largest_element(window, qtbot, size):
    desk = open_person(window, qtbot, size)
    pad = desk.pad
    assert pad.width() >= 0.40 * window.width() and pad.height() >= 0.25 * window.height()
    area = pad.width() * pad.height()
    others = [w for w in window.findChildren(QWidget) if w.isVisible() and w is not pad
              and not w.isAncestorOf(pad) and not w.findChildren(QWidget)]  # visible leaves
    biggest = max(others, key=lambda w: w.width() * w.height())
    assert area > biggest.width() * biggest.height(), biggest


@pytest.mark.parametrize("size", [(1366, 768), (1366, 705)])
def test_nothing_is_cut_off(window, qtbot, size):
    desk = open_person(window, qtbot, size)
    frame = window.rect()
    for widget in desk.findChildren(QWidget):
        if not widget.isVisible():
            continue
        box = widget.rect().translated(widget.mapTo(window, widget.rect().topLeft()))
        assert frame.contains(box), f"{widget!r} outside the window"
        if isinstance(widget, QAbstractButton) and widget.text():
            assert widget.width() >= widget.sizeHint().width(), f"button text cut: {widget.text()}"
        if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
            assert widget.width() >= widget.sizeHint().width() - 1, f"label cut: {widget.text()}"


def test_the_input_keeps_the_focus(window, qtbot, roster):
    desk = open_person(window, qtbot, (1366, 768), index=1)
    window.activateWindow()
    assert desk.input.hasFocus()
    draw_mouse(desk.pad, zigzag(desk.pad))
    qtbot.mouseClick(desk.sign.clear_button, Qt.LeftButton)
    assert desk.input.hasFocus() and not desk.pad.has_ink()
    draw_mouse(desk.pad, zigzag(desk.pad))
    desk.counts.units.setFocus()  # whatever took it, the desk gives it back
    qtbot.waitUntil(desk.input.hasFocus)
    key(desk.input, Qt.Key_Return)
    assert len(live_records(roster, person(1))) == 1


def test_menu_keys_reach_every_screen(window, qtbot, roster):
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    for name in ("start", "attendance", "reports", "sync", "desk"):
        window.nav[name].trigger()
        assert window.current == name
        assert window.stack.currentWidget() is window.screens[name]
    assert window.nav["desk"].shortcut().toString() == "Ctrl+2"


def test_language_switches_live(window, qtbot):
    desk = open_person(window, qtbot, (1366, 768), index=2)
    app = QApplication.instance()
    try:
        assert i18n.install_translator(app, "id")
        qtbot.wait(10)
        assert desk.sign.save_button.text() == "Simpan (Enter)"
        assert "pakta integritas ini" in desk.sign.pact.consent.text()
        i18n.install_translator(app, "en")
        qtbot.wait(10)
        assert desk.sign.save_button.text() == "Save (Enter)"
        assert desk.sign.pact.consent.text() == (
            "By signing, I declare that I have read and agree to this integrity pact.")
    finally:
        i18n.remove_translator(app)  # back to what the other tests expect
