"""The window fits a 1366×768 laptop above a 30 px taskbar and under a title bar (1366×700 inside):
every screen, in the states a clerk sees (the desk with a person open, a document made, a sync file
written), shows whole at that size: no scroll bar, no widget outside the window, no button or label
text cut. A screen larger than that scrolls inside the window instead of making the window taller.
IKRAR_SCREENSHOTS=DIR keeps the pictures (fit-<screen>.png)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from ikrar.models.demo.build import build_demo
from ikrar.models.queries.people import employee_by_id, people
from ikrar.ui import i18n, tasks
from ikrar.ui.main_window import MainWindow

INSIDE = (1366, 700)  # 768 − 30 (taskbar) − the title bar, rounded down


@pytest.fixture
def indonesian():
    app = QApplication.instance()
    i18n.install_translator(app, "id")  # the longer texts, and what the clerks read
    yield
    i18n.remove_translator(app)


@pytest.fixture
def window(qtbot, db, at, indonesian):
    at(7, 24)
    tasks.set_synchronous(True)
    event = build_demo(400, signed=25)
    main = MainWindow()
    qtbot.addWidget(main)
    main.resize(*INSIDE)
    main.show()
    qtbot.waitExposed(main)
    main.event_id = event.id
    yield main
    desk = main.desk()
    if desk is not None:
        desk.cancel()
        if desk.signer is not None:
            desk.signer.close()
    tasks.set_synchronous(False)


def cut_off(main: MainWindow, screen: QWidget) -> list[str]:
    """What of *screen* is not wholly seen in *main*: widgets outside it, button and label texts cut."""
    frame, problems = main.rect(), []
    for widget in screen.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not main:
            continue
        box = widget.rect().translated(widget.mapTo(main, widget.rect().topLeft()))
        if not frame.contains(box):
            problems.append(f"{type(widget).__name__} {widget.objectName()!r} at {box.getRect()} outside")
        if isinstance(widget, QAbstractButton) and widget.text() and widget.width() < widget.sizeHint().width():
            problems.append(f"button text cut: {widget.text()!r} {widget.width()} < {widget.sizeHint().width()}")
        if (isinstance(widget, QLabel) and widget.text() and not widget.wordWrap()
                and widget.width() < widget.sizeHint().width() - 1):
            problems.append(f"label cut: {widget.text()!r} {widget.width()} < {widget.sizeHint().width()}")
    return problems


def prepare(main: MainWindow, name: str, qtbot, tmp_path) -> QWidget:
    """The screen *name* shown in the state that asks for the most room."""
    screen_name = name.split("-")[0]
    main.go(screen_name)
    screen = main.screen_widget(screen_name)
    if name == "desk-person":
        waiting = next(p for p in people(screen.current_event) if p.status is None and p.nip)
        screen.open_employee(employee_by_id(waiting.employee_id), "search")
    elif name == "reports":
        screen.set_kind("signed-list")
        screen.start()
        assert screen.result is not None, screen.status.text()
    elif name == "sync":
        usb = tmp_path / "FLASHDISK USB KANTOR BKPSDM" / "sinkronisasi apel pagi"
        usb.mkdir(parents=True)
        screen.folder.setEditText(str(usb))
        screen.export_sync()
        assert "Tertulis" in screen.status.text(), screen.status.text()
    qtbot.wait(30)  # the layout takes the new texts, as the event loop does
    return screen


@pytest.mark.parametrize("name", ["start", "desk", "desk-person", "attendance", "reports", "sync"])
def test_every_screen_fits_1366x700(window, qtbot, tmp_path, name):
    screen = prepare(window, name, qtbot, tmp_path)
    out = Path(os.environ.get("IKRAR_SCREENSHOTS") or tmp_path)
    assert window.grab().save(str(out / f"fit-{name}.png"))
    hint = window.minimumSizeHint()
    assert hint.width() <= INSIDE[0] and hint.height() <= INSIDE[1], hint
    assert window.size().toTuple() == INSIDE
    own = screen.minimumSizeHint()
    room = window.scroll.viewport().size()
    assert own.width() <= room.width() and own.height() <= room.height(), (own, room)
    assert not window.scroll.verticalScrollBar().isVisible() and not window.scroll.horizontalScrollBar().isVisible()
    assert cut_off(window, screen) == []
    for action in window.toolbar.actions():  # every screen's button on the toolbar, none in its overflow menu
        assert window.toolbar.widgetForAction(action).isVisible(), action.text()


def test_a_screen_too_large_scrolls_inside_the_window(window, qtbot):
    window.go("attendance")
    screen = window.screen_widget("attendance")
    screen.setMinimumHeight(1200)  # say, a long message
    qtbot.wait(30)
    assert window.minimumSizeHint().height() <= INSIDE[1]
    assert window.size().toTuple() == INSIDE  # not grown past the work area
    assert window.scroll.verticalScrollBar().isVisible() and screen.height() >= 1200
    window.go("reports")  # the other screens ask only for their own room
    qtbot.wait(30)
    assert not window.scroll.verticalScrollBar().isVisible()
