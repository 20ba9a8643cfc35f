"""The one input of the desk: a keyboard-wedge scanner and a person typing both land here.

A scanner types a whole code with a steady, short gap between keys, with or without Enter/Tab at
the end; a person types ~100 ms or more per key. Keys closer than this desk's gap threshold
(ui/desk/scan_timing.py: 45 ms, or what a "Tes pemindai" measured) are one burst; a burst of 8 or
more characters that holds a NIP or NIK is a scan. Keys are timed by the event's own timestamp (the
moment the key arrived, not when a busy window got to it), or by an injectable clock when the
platform gives none.

A scan ends with Enter or Tab, or with silence: the gap threshold plus SILENCE_MS after its last
key (measured from when the key arrived: a key handled late leaves less to wait). Before a silence
is taken for the end, keys still queued behind a busy moment are handled first, so they join the
burst; and a burst that reads like the start of a NIP waits NIP_WAIT_MS more for the rest, so an
18-digit NIP is never cut into a 16-digit NIK. A burst that may be a scan is not searched for
while it lasts: one search, or none, per scan. An Enter or Tab that arrives after a scan already
ended by silence (and before any ink) is the scanner's own and is dropped.
"""
from __future__ import annotations

import re
import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit

from ikrar.models.identifiers import extract_code
from ikrar.ui.desk import scan_timing
from ikrar.ui.desk.scan_timing import NIP_WAIT_MS, Thresholds, could_grow_into_nip

SCAN_MIN_CHARS = 8  # a burst shorter than this is never taken for a scan
MAX_LATE_MS = 2000  # a key handled later than this after it arrived: the key clock jumped (a wrap)
_TRAILING_DIGITS = re.compile(r"\d+$")


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
        self.thresholds = Thresholds()
        self._generation = -1
        self._last: float | None = None  # when the burst's last key arrived
        self._burst_start = 0
        self._burst_len = 0
        self._burst_digits = 0
        self._waited_for_nip = False
        self._silent_scan_at: float | None = None  # the last key of a scan that ended by silence
        self._delays: deque[float] = deque(maxlen=64)  # handled minus arrived, of recent keys
        self._draining = self._again = False
        self._searched: str | None = None
        self._auto = QTimer(self, singleShot=True, timeout=self._auto_open)
        # Searching once all queued keys are handled: a scanner burst costs one search, not 18.
        self._search = QTimer(self, singleShot=True, interval=0, timeout=self._emit_search)
        self.textChanged.connect(lambda _t: self._search.start())
        self.setClearButtonEnabled(True)
        self.setAccessibleName(self.tr("Scan or search"))
        self.reload_thresholds()

    def reload_thresholds(self, force: bool = False) -> None:
        """Read this desk's thresholds again if a test scan stored new ones (or when *force*d, e.g.
        after another database was opened)."""
        if force or self._generation != scan_timing.generation():
            self._generation = scan_timing.generation()
            self.thresholds = scan_timing.load()

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

    def _nip_in_progress(self) -> bool:
        scan = self.scan_text()
        tail = _TRAILING_DIGITS.search(scan) if scan else None
        return tail is not None and could_grow_into_nip(tail.group())

    def _emit_search(self) -> None:
        if self._auto.isActive():
            return  # a scanner may still be typing: results for half a code help nobody
        self.flush_search()

    def flush_search(self) -> None:
        """Search for the text now, unless that was already done."""
        self._search.stop()
        if self.text() != self._searched:
            self._searched = self.text()
            self.search_changed.emit(self._searched)

    # --- the end of a burst -------------------------------------------------------------------
    def _arm(self, arrived: float, wait: float) -> None:
        """End the burst *wait* ms after its last key arrived, unless another key comes first."""
        handled_late = self._clock() - arrived - min(self._delays, default=0.0)
        if not 0.0 <= handled_late <= MAX_LATE_MS:  # the platform's key clock jumped: start afresh
            self._delays.clear()
            self._delays.append(self._clock() - arrived)
            handled_late = 0.0
        self._auto.start(int(max(0.0, wait - handled_late)))

    def _drain(self) -> bool:
        """Handle keys still queued (behind a busy moment); True if any reached this input."""
        before = (self._last, self._burst_len, self.text())
        self._draining = True
        try:
            QCoreApplication.processEvents()
        finally:
            self._draining = False
        return (self._last, self._burst_len, self.text()) != before

    def _auto_open(self) -> None:
        if self._draining:
            self._again = True  # fired while draining: decided once the drain returns
            return
        for _ in range(8):
            self._again = False
            if not self._drain():
                break
            if self._auto.isActive() and not self._again:
                return  # more keys came: the burst goes on, its timer runs again
        if self._last is not None and self._burst_len and not self._waited_for_nip and self._nip_in_progress():
            self._waited_for_nip = True  # the start of a NIP: its last digits may be a moment late
            self._arm(self._last, self.thresholds.silence_ms + NIP_WAIT_MS)
            return
        code = extract_code(self.scan_text() or "")
        if code:
            self._silent_scan_at = self._last
            self._finish_scan(code)
        else:
            self.flush_search()

    def _finish_scan(self, code: str) -> None:
        self._auto.stop()
        self._last, self._burst_len = None, 0
        self.scanned.emit(code)

    def _terminate(self, event) -> None:
        self._auto.stop()
        stamp = self._stamp(event)
        window = self.thresholds.terminator_ms
        scan = self.scan_text()
        if scan and self._last is not None and stamp - self._last <= window:
            code = extract_code(scan)
            if code:
                self._silent_scan_at = None
                self._finish_scan(code)
                return
        late_terminator = (self._silent_scan_at is not None and not self._burst_len and not self.locked
                           and 0 <= stamp - self._silent_scan_at <= window)  # locked: ink drawn since
        self._silent_scan_at = None
        if late_terminator:
            return  # the scanner's own Enter/Tab, after its scan was opened by silence
        self._last, self._burst_len = None, 0
        self.flush_search()  # Enter chooses among the results of what is typed now
        self.activated.emit()

    # --- keys ---------------------------------------------------------------------------------
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
        self._typed(event, text)

    def _typed(self, event, text: str) -> None:
        now = self._stamp(event)
        self._delays.append(self._clock() - now)
        self._silent_scan_at = None
        at_end = self.cursorPosition() == len(self.text()) and not self.hasSelectedText()
        gap = self.thresholds.gap_ms + (NIP_WAIT_MS if self._nip_in_progress() else 0)
        if self._last is None or now - self._last > gap or not at_end:
            self.reload_thresholds()
            self._burst_start = self.selectionStart() if self.hasSelectedText() else self.cursorPosition()
            self._burst_len = self._burst_digits = 0
            self._waited_for_nip = False
        self._last = now
        super().keyPressEvent(event)
        self._burst_len += len(text)
        self._burst_digits += sum(c.isdigit() for c in text)
        if self._burst_len >= 2 and self._burst_digits:  # may be a scan: wait for its end
            self._arm(now, self.thresholds.silence_ms)
