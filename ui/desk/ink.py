"""The strokes of one signature, shared by every pad that shows it (the desk's and the signer's).

Points are kept in the coordinates of the pad where the first stroke began (its size becomes the
StrokeData's width/height); another pad maps them to its own size, so what the signer draws on the
second screen is exactly what is saved.
"""
from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from ikrar.models.strokes import StrokeData

MOUSE_PRESSURE = 0.5  # a mouse has no pressure: stored as a neutral mid value


class Ink(QObject):
    changed = Signal()  # a point was added, a stroke ended, or the ink was cleared
    stroke_finished = Signal()

    def __init__(self, clock: Callable[[], float] = time.monotonic, parent: QObject | None = None):
        super().__init__(parent)
        self._clock = clock
        self.clear(notify=False)

    def clear(self, notify: bool = True) -> None:
        self.width: float | None = None
        self.height: float | None = None
        self.strokes: list[list[tuple[float, float, float, float]]] = []
        self._t0: float | None = None
        self._drawing = False
        if notify:
            self.changed.emit()

    def is_empty(self) -> bool:
        return not self.strokes

    @property
    def drawing(self) -> bool:
        return self._drawing

    def _point(self, x: float, y: float, pressure: float) -> tuple[float, float, float, float]:
        now = self._clock()
        if self._t0 is None:
            self._t0 = now
        p = min(1.0, max(0.0, float(pressure)))
        return (float(x), float(y), (now - self._t0) * 1000.0, p)

    def begin(self, x: float, y: float, pressure: float, size: tuple[float, float]) -> None:
        """Start a stroke at (x, y) in ink coordinates; *size* fixes them when the ink is empty."""
        if self.width is None:
            self.width, self.height = float(size[0]), float(size[1])
        self.strokes.append([self._point(x, y, pressure)])
        self._drawing = True
        self.changed.emit()

    def extend(self, x: float, y: float, pressure: float) -> None:
        if not self._drawing or not self.strokes:
            return
        last = self.strokes[-1][-1]
        if abs(last[0] - x) < 0.3 and abs(last[1] - y) < 0.3:
            return  # the same spot again: no new information
        self.strokes[-1].append(self._point(x, y, pressure))
        self.changed.emit()

    def end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.stroke_finished.emit()
            self.changed.emit()

    def data(self) -> StrokeData:
        if self.width is None:
            return StrokeData(1.0, 1.0, [])
        return StrokeData(self.width, self.height, [list(s) for s in self.strokes])
