"""The one input of the desk: a keyboard-wedge scanner and a person typing both land here.

A scanner types a whole code within a few milliseconds per key, with or without Enter/Tab at the
end; a person types ~100 ms or more per key. Keys are timed by the event's own timestamp (the
moment the key arrived, not when a busy window got to it), or by an injectable clock when the
platform gives none.
"""
from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit

from ikrar.models.identifiers import extract_code

SCAN_GAP_MS = 30  # keys closer than this belong to one scanner burst
SCAN_MIN_CHARS = 8  # a burst shorter than this is never taken for a scan
AUTO_OPEN_MS = 50  # silence after a scanner burst without a terminator that ends it
TERMINATOR_GAP_MS = 90  # Enter/Tab this soon after a burst ends that scan


class ScanInput(QLineEdit):
    scanned = Signal(str)  # a NIP/NIK that arrived as one scanner burst
    search_changed = Signal(str)  # the text to search, once pending keys are handled
    activated = Signal()  # Enter (or Tab) from a person: choose / save
    cancelled = Signal()  # Esc
    navigate = Signal(int)  # arrow and page keys, for the results list
    blocked = Signal()  # typing refused while a drawn signature waits to be saved

    def __init__(self, parent=None, clock: Callable[[], float] | None = None):
        super().__init__(parent)
        self._clock = clock or (lambda: time.monotonic() * 1000.0)
        self.locked = False
        self._last: float | None = None
        self._burst_start = 0
        self._burst_len = 0
        self._searched: str | None = None
        self._auto = QTimer(self, singleShot=True, interval=AUTO_OPEN_MS, timeout=self._auto_open)
        # Searching once all queued keys are handled: a scanner burst costs one search, not 18.
        self._search = QTimer(self, singleShot=True, interval=0, timeout=self._emit_search)
        self.textChanged.connect(lambda _t: self._search.start())
        self.setClearButtonEnabled(True)
        self.setAccessibleName(self.tr("Scan or search"))

    def reset(self) -> None:
        self._auto.stop()
        self._last, self._burst_len = None, 0
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)
        self._search.stop()
        self._searched = ""
        self.search_changed.emit("")

    def _stamp(self, event) -> float:
        ts = event.timestamp()
        return float(ts) if ts else self._clock()

    def scan_text(self) -> str | None:
        """The text of the last scanner-fast burst, if it was long enough to be a scan."""
        if self._burst_len < SCAN_MIN_CHARS:
            return None
        return self.text()[self._burst_start:self._burst_start + self._burst_len]

    def _emit_search(self) -> None:
        if self._auto.isActive():
            return  # a scanner is still typing: results for half a code help nobody
        self.flush_search()

    def flush_search(self) -> None:
        """Search for the text now, unless that was already done."""
        self._search.stop()
        if self.text() != self._searched:
            self._searched = self.text()
            self.search_changed.emit(self._searched)

    def _auto_open(self) -> None:
        code = extract_code(self.scan_text() or "")
        if code:
            self._finish_scan(code)
        else:
            self.flush_search()

    def _finish_scan(self, code: str) -> None:
        self._auto.stop()
        self._last, self._burst_len = None, 0
        self.scanned.emit(code)

    def _terminate(self, event) -> None:
        self._auto.stop()
        scan = self.scan_text()
        if scan and self._last is not None and self._stamp(event) - self._last <= TERMINATOR_GAP_MS:
            code = extract_code(scan)
            if code:
                self._finish_scan(code)
                return
        self._last, self._burst_len = None, 0
        self.flush_search()  # Enter chooses among the results of what is typed now
        self.activated.emit()

    def event(self, event) -> bool:
        # Tab ends a scan like Enter does; it never moves the focus away from this input.
        if event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Tab, Qt.Key_Backtab):
            self._terminate(event)
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key_Return, Qt.Key_Enter):
            self._terminate(event)
            return
        if key == Qt.Key_Escape:
            self._auto.stop()
            self.cancelled.emit()
            return
        steps = {Qt.Key_Up: -1, Qt.Key_Down: 1, Qt.Key_PageUp: -10, Qt.Key_PageDown: 10}
        if key in steps:
            self.navigate.emit(steps[key])
            return
        text = event.text()
        if not text or not text.isprintable() or event.modifiers() & (Qt.ControlModifier | Qt.AltModifier):
            self._last, self._burst_len = None, 0  # editing keys break a burst
            super().keyPressEvent(event)
            return
        if self.locked:
            self.blocked.emit()
            return
        now = self._stamp(event)
        at_end = self.cursorPosition() == len(self.text()) and not self.hasSelectedText()
        if self._last is None or now - self._last > SCAN_GAP_MS or not at_end:
            self._burst_start = self.selectionStart() if self.hasSelectedText() else self.cursorPosition()
            self._burst_len = 0
        self._last = now
        super().keyPressEvent(event)
        self._burst_len += len(text)
        if self._burst_len >= SCAN_MIN_CHARS:
            self._auto.start()
