"""The signature pad: draws smoothly with a mouse, a pen (tablet pressure) or a finger (touch) and
records the strokes as points [x, y, t_ms, pressure] in pad coordinates (see ink.py)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QInputDevice,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ikrar.models.strokes import StrokeData
from ikrar.ui.desk.ink import MOUSE_PRESSURE, Ink

INK_COLOUR = QColor("#0b2a6f")  # dark blue, like a ballpoint pen
TOUCH_EVENTS = (QEvent.TouchBegin, QEvent.TouchUpdate, QEvent.TouchEnd, QEvent.TouchCancel)


def stroke_width(scale: float, pressure: float) -> float:
    return max(1.5, 2.8 * scale) * (0.55 + 0.9 * pressure)


def draw_stroke(painter: QPainter, points, scale: float, ox: float, oy: float) -> None:
    """One stroke as quadratic curves through the midpoints of its points (smooth at any speed)."""
    pts = [QPointF(ox + x * scale, oy + y * scale) for x, y, _t, _p in points]
    pressures = [p for _x, _y, _t, p in points]
    pen = QPen(INK_COLOUR, stroke_width(scale, pressures[0]), Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin)
    painter.setBrush(Qt.NoBrush)
    if len(pts) == 1:
        painter.setPen(Qt.NoPen)
        painter.setBrush(INK_COLOUR)
        r = pen.widthF() / 2
        painter.drawEllipse(pts[0], r, r)
        return
    uniform = max(pressures) - min(pressures) < 0.02
    path = QPainterPath(pts[0])
    start = pts[0]
    for i in range(1, len(pts)):
        end = (pts[i] + pts[i + 1]) / 2 if i + 1 < len(pts) else pts[i]
        if uniform:
            path.quadTo(pts[i], end)
        else:  # the width follows the pressure, segment by segment
            segment = QPainterPath(start)
            segment.quadTo(pts[i], end)
            pen.setWidthF(stroke_width(scale, pressures[i]))
            painter.setPen(pen)
            painter.drawPath(segment)
        start = end
    if uniform:
        painter.setPen(pen)
        painter.drawPath(path)


class SignaturePad(QWidget):
    ink_changed = Signal()

    def __init__(self, ink: Ink | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ink = ink or Ink(parent=self)
        self.ink.changed.connect(self._on_ink)
        self._device: str | None = None  # which input draws the current stroke
        self._cache: QPixmap | None = None
        self._cache_key = None
        self._generation = 0
        self.hint = self.tr("Sign here")
        self.setAttribute(Qt.WA_AcceptTouchEvents)
        self.setFocusPolicy(Qt.NoFocus)  # the scan input keeps the keyboard
        self.setCursor(Qt.CrossCursor)
        self.setMinimumSize(300, 150)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setAccessibleName(self.tr("Signature pad"))

    # --- the API the desk uses ---------------------------------------------------------------
    def strokes(self) -> StrokeData:
        return self.ink.data()

    def has_ink(self) -> bool:
        return not self.ink.is_empty()

    def clear(self) -> None:
        self.ink.clear()

    def set_hint(self, text: str) -> None:
        """The grey words shown while the pad is empty ("Sign here", "Please wait")."""
        self.hint = text
        self.update()

    # --- coordinates -------------------------------------------------------------------------
    def _mapping(self) -> tuple[float, float, float]:
        """(scale, offset x, offset y) from ink coordinates to this widget."""
        if self.ink.width is None:
            return 1.0, 0.0, 0.0
        s = min(self.width() / self.ink.width, self.height() / self.ink.height)
        return s, (self.width() - self.ink.width * s) / 2, (self.height() - self.ink.height * s) / 2

    def _to_ink(self, pos: QPointF) -> tuple[float, float]:
        s, ox, oy = self._mapping()
        x, y = (pos.x() - ox) / s, (pos.y() - oy) / s
        if self.ink.width is not None:  # a point beyond the edge is kept on the edge
            x, y = min(max(x, 0.0), self.ink.width), min(max(y, 0.0), self.ink.height)
        return x, y

    # --- input -------------------------------------------------------------------------------
    def _press(self, device: str, pos: QPointF, pressure: float) -> None:
        if not self.isEnabled() or self._device is not None:
            return
        self._device = device
        x, y = self._to_ink(pos)
        self.ink.begin(x, y, pressure, (float(self.width()), float(self.height())))

    def _move(self, device: str, pos: QPointF, pressure: float) -> None:
        if self._device == device:
            self.ink.extend(*self._to_ink(pos), pressure)

    def _release(self, device: str, pos: QPointF | None, pressure: float) -> None:
        if self._device != device:
            return
        if pos is not None:
            self.ink.extend(*self._to_ink(pos), pressure)
        self._device = None
        self.ink.end()

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.LeftButton:
            self._press("mouse", event.position(), MOUSE_PRESSURE)
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.LeftButton:
            self._move("mouse", event.position(), MOUSE_PRESSURE)
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.LeftButton:
            self._release("mouse", event.position(), MOUSE_PRESSURE)
        event.accept()

    def tabletEvent(self, event) -> None:
        kind, pos, pressure = event.type(), event.position(), event.pressure()
        if kind == QEvent.TabletPress:
            self._press("tablet", pos, pressure)
        elif kind == QEvent.TabletMove:
            self._move("tablet", pos, pressure)
        elif kind == QEvent.TabletRelease:
            self._release("tablet", pos, pressure)
        event.accept()  # accepted: no mouse event is synthesised from it

    def event(self, event) -> bool:
        if event.type() in TOUCH_EVENTS:
            self._touch(event)
            return True
        return super().event(event)

    def _touch(self, event) -> None:
        points = event.points()
        device = event.device()
        has_pressure = device is not None and bool(device.capabilities() & QInputDevice.Capability.Pressure)
        if points:
            point = points[0]
            pos, pressure = point.position(), (point.pressure() if has_pressure else MOUSE_PRESSURE)
        else:
            pos, pressure = None, MOUSE_PRESSURE
        kind = event.type()
        if kind == QEvent.TouchBegin and pos is not None:
            self._press("touch", pos, pressure)
        elif kind == QEvent.TouchUpdate and pos is not None:
            self._move("touch", pos, pressure)
        else:
            self._release("touch", pos if kind == QEvent.TouchEnd else None, pressure)
        event.accept()

    # --- drawing -----------------------------------------------------------------------------
    def _on_ink(self) -> None:
        if self.ink.is_empty():
            self._generation += 1  # a cleared pad must not reuse the old picture
        self.update()
        self.ink_changed.emit()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.EnabledChange:
            self._device = None
            self.update()
        super().changeEvent(event)

    def _finished_strokes(self) -> QPixmap:
        done = len(self.ink.strokes) - (1 if self.ink.drawing else 0)
        key = (self._generation, done, self.size(), self.devicePixelRatioF(), self.ink.width)
        if self._cache is None or key != self._cache_key:
            ratio = self.devicePixelRatioF()
            pixmap = QPixmap(int(self.width() * ratio), int(self.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.Antialiasing)
            s, ox, oy = self._mapping()
            for stroke in self.ink.strokes[:done]:
                draw_stroke(painter, stroke, s, ox, oy)
            painter.end()
            self._cache, self._cache_key = pixmap, key
        return self._cache

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        enabled = self.isEnabled()
        painter.setPen(QPen(QColor("#1d4ed8" if enabled else "#9ca3af"), 2))
        painter.setBrush(QColor("#ffffff" if enabled else "#f1f3f5"))
        painter.drawRoundedRect(rect, 8, 8)
        # the line to sign on, as on paper
        y = rect.top() + rect.height() * 0.78
        painter.setPen(QPen(QColor("#c3c8d0"), 1.5, Qt.DashLine))
        painter.drawLine(QPointF(rect.left() + rect.width() * 0.06, y), QPointF(rect.right() - rect.width() * 0.06, y))
        if self.ink.is_empty():
            font = QFont(self.font())
            font.setPointSizeF(max(12.0, self.font().pointSizeF() * 1.6))
            painter.setFont(font)
            painter.setPen(QColor("#9aa3ae"))
            painter.drawText(rect, Qt.AlignCenter, self.hint)
            return
        painter.drawPixmap(0, 0, self._finished_strokes())
        if self.ink.drawing and self.ink.strokes:
            s, ox, oy = self._mapping()
            draw_stroke(painter, self.ink.strokes[-1], s, ox, oy)
