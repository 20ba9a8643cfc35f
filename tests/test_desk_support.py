"""Fixtures and helpers shared by the desk's tests (no tests here): a small roster and event, the
desk on the offscreen platform, keys with scanner or human timing, drawing with mouse, pen, touch."""
from __future__ import annotations

import time
from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QInputDevice, QKeyEvent, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ikrar.models.checkin import live_attendances
from ikrar.models.demo.build import generate_people, insert_people
from ikrar.models.events import create_event, resolve_units
from ikrar.models.store.schema import Employee, Unit
from ikrar.ui import tasks
from ikrar.ui.desk.desk_view import DeskView

UNITS = ["Dinas Kesehatan", "Inspektorat", "Dinas Pendidikan"]


@pytest.fixture
def roster(db, at):
    """40 people in three units; an apel on 23-11-2026 07:30 WIB for the first two; 07:15 now."""

    at(7, 15)
    insert_people(generate_people(40, seed=11, units=UNITS))
    return create_event("Apel Pagi", date(2026, 11, 23), units=resolve_units(UNITS[:2]))


@pytest.fixture
def desk(qtbot, roster):
    tasks.set_synchronous(True)
    view = DeskView()
    view.feedback.sound.enabled = False
    qtbot.addWidget(view)
    view.resize(1366, 720)
    view.show()
    qtbot.waitExposed(view)
    view.set_event(roster.id)
    yield view
    if view.signer is not None:
        view.signer.close()
    tasks.set_synchronous(False)


def person(index: int = 0, units: list[str] = UNITS[:2], with_nip: bool = True):
    """The index-th person (roster order) of the event's units, with a NIP unless asked otherwise."""

    query = Employee.select().join(Unit).where(Unit.name.in_(units))
    query = query.where(Employee.nip.is_null(not with_nip))
    return query.order_by(Employee.roster_order)[index]


def now_ms() -> float:
    return time.monotonic() * 1000.0


def key(widget, qt_key, text: str = "", timestamp: float | None = None) -> None:
    """One key press and release, stamped like the platform stamps real keys."""
    for kind in (QEvent.KeyPress, QEvent.KeyRelease):
        event = QKeyEvent(kind, qt_key, Qt.NoModifier, text)
        event.setTimestamp(int(timestamp if timestamp is not None else now_ms()))
        QApplication.sendEvent(widget, event)


def type_timed(widget, text: str, gap_ms: float) -> float:
    """Type *text* with *gap_ms* between keys in real time, events handled in between. Each key is
    stamped with the moment it was struck, as the platform does, even when a busy window receives
    it later; returns that moment (monotonic ms) for the last key."""
    start = now_ms()
    for i, char in enumerate(text):
        struck = start + i * gap_ms
        while now_ms() < struck:
            QApplication.processEvents()
        qt_key = getattr(Qt, f"Key_{char.upper()}", Qt.Key_unknown) if char.isalnum() else Qt.Key_Space
        key(widget, qt_key, char, timestamp=struck)
    return struck


def zigzag(pad, points: int = 30) -> list[QPoint]:
    """A signature-like zigzag across the middle of the pad, in pad coordinates."""
    w, h = pad.width(), pad.height()
    return [QPoint(int(w * (0.2 + 0.6 * i / (points - 1))), int(h * (0.35 if i % 2 else 0.65)))
            for i in range(points)]


def draw_mouse(pad, points: list[QPoint]) -> None:
    QTest.mousePress(pad, Qt.LeftButton, Qt.NoModifier, points[0])
    for point in points[1:]:
        QTest.mouseMove(pad, point)
    QTest.mouseRelease(pad, Qt.LeftButton, Qt.NoModifier, points[-1])


_STYLUS = None


def stylus() -> QPointingDevice:
    global _STYLUS
    if _STYLUS is None:
        _STYLUS = QPointingDevice(
            "test stylus", 4242, QInputDevice.DeviceType.Stylus, QPointingDevice.PointerType.Pen,
            QInputDevice.Capability.Position | QInputDevice.Capability.Pressure, 1, 2)
    return _STYLUS


def draw_tablet(pad, points: list[QPoint], pressures: list[float]) -> None:
    """A pen stroke: TabletPress, TabletMove…, TabletRelease with the given pressures."""
    last = len(points) - 1
    for i, (point, pressure) in enumerate(zip(points, pressures, strict=True)):
        kind = QEvent.TabletPress if i == 0 else QEvent.TabletRelease if i == last else QEvent.TabletMove
        pos = QPointF(point)
        event = QTabletEvent(kind, stylus(), pos, QPointF(pad.mapToGlobal(point)), pressure, 0.0, 0.0, 0.0, 0.0, 0.0,
                             Qt.NoModifier, Qt.LeftButton, Qt.NoButton if kind == QEvent.TabletRelease else Qt.LeftButton)
        QApplication.sendEvent(pad, event)


_TOUCH = None


def draw_touch(pad, points: list[QPoint]) -> None:
    global _TOUCH
    if _TOUCH is None:
        _TOUCH = QTest.createTouchDevice()
    QTest.touchEvent(pad, _TOUCH).press(0, points[0], pad).commit()
    for point in points[1:]:
        QTest.touchEvent(pad, _TOUCH).move(0, point, pad).commit()
    QTest.touchEvent(pad, _TOUCH).release(0, points[-1], pad).commit()


def click_ok(qtbot, dialog) -> None:
    """Click the dialog's OK button (whatever its text says), as the person at the desk does."""
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None and button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def live_records(event, employee):
    return live_attendances(event, employee)
