"""Tes pemindai: one test scan measures this desk's scanner (the gap between its keys and what it
ends a code with) and stores the thresholds the desk's input then uses (ui/desk/scan_timing.py).

For the settings dialog: `scanner_test_button(parent)` is a ready "Scanner test…" button that opens
the test; `open_scanner_test(parent)` opens it from anywhere (non-blocking, QDialog.open)."""
from __future__ import annotations

import time
from itertools import pairwise

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from ikrar.models.errors import DomainError
from ikrar.models.identifiers import extract_code, format_nip
from ikrar.ui.desk import scan_timing
from ikrar.ui.desk.scan_timing import MAX_GAP_MS, ScanSample, Thresholds
from ikrar.ui.dialogs.common import ERROR_STYLE, OK_STYLE

SILENCE_MS = 1000  # a test scan without Enter or Tab is over after this much silence


class ScanCapture(QLineEdit):
    """Where the test scan lands: the moment each key arrived, and how the code ended."""

    captured = Signal(object)  # a ScanSample

    def __init__(self, parent=None):
        super().__init__(parent)
        self.stamps: list[float] = []
        self._silence = QTimer(self, singleShot=True, interval=SILENCE_MS, timeout=lambda: self._finish("none"))

    def restart(self) -> None:
        self._silence.stop()
        self.stamps = []
        self.clear()
        self.setFocus()

    def _finish(self, terminator: str) -> None:
        self._silence.stop()
        if self.stamps:
            gaps = tuple(b - a for a, b in pairwise(self.stamps))
            self.captured.emit(ScanSample(len(self.stamps), gaps, terminator))
            self.stamps = []

    def event(self, event) -> bool:
        if event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Tab, Qt.Key_Backtab):
            self._finish("tab")  # never moves the focus: it ends the code
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self._finish("enter")
            return
        text = event.text()
        if text and text.isprintable():
            if not self.stamps:
                self.clear()  # a new code: the last one goes
            self.stamps.append(float(event.timestamp()) or time.monotonic() * 1000.0)
            self._silence.start()
        super().keyPressEvent(event)


class ScannerTestDialog(QDialog):
    saved = Signal(object)  # the Thresholds stored

    def __init__(self, parent=None):
        super().__init__(parent)
        self.scan: ScanSample | None = None
        self.intro = QLabel(wordWrap=True)
        self.capture = ScanCapture(self)
        self.capture.setObjectName("scanCapture")
        self.result = QLabel(wordWrap=True)
        self.result.setObjectName("scanResult")
        self.current = QLabel(wordWrap=True, styleSheet="color: #4b5563;")
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveScanner")
        self.save_button.setEnabled(False)
        self.again_button = QPushButton()
        self.default_button = QPushButton()
        self.close_button = QPushButton()
        for button in (self.save_button, self.again_button, self.default_button, self.close_button):
            button.setAutoDefault(False)  # Enter is the scanner's, never a button's
        buttons = QHBoxLayout()
        buttons.addWidget(self.default_button)
        buttons.addStretch(1)
        for button in (self.again_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.capture, self.result, self.current):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.capture.captured.connect(self.measured)
        self.save_button.clicked.connect(self.save)
        self.again_button.clicked.connect(self.capture.restart)
        self.default_button.clicked.connect(lambda: self._store(Thresholds()))
        self.close_button.clicked.connect(self.reject)
        self.retranslate()
        self.resize(560, self.sizeHint().height())
        self.capture.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Scanner test"))
        self.intro.setText(self.tr("Scan any code with this desk's scanner now (an employee card's barcode or QR "
                                   "code). Do not type: the test measures how fast the scanner types and how it ends "
                                   "a code."))
        self.capture.setPlaceholderText(self.tr("Scan here"))
        self.save_button.setText(self.tr("Save for this desk"))
        self.again_button.setText(self.tr("Scan again"))
        self.default_button.setText(self.tr("Back to the defaults"))
        self.close_button.setText(self.tr("Close"))
        self._show_current()
        if self.scan is not None:
            self.measured(self.scan)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_current(self) -> None:
        now = scan_timing.load()
        if now.measured:
            text = self.tr("Now: keys up to {gap} ms apart are one scan (set by a test scan).").format(gap=now.gap_ms)
        else:
            text = self.tr("Now: keys up to {gap} ms apart are one scan (the default, for scanners of 0–30 ms a "
                           "key).").format(gap=now.gap_ms)
        self.current.setText(text)

    def measured(self, scan: ScanSample) -> None:
        self.scan = scan
        ends = {"enter": self.tr("Enter"), "tab": self.tr("Tab"), "none": self.tr("nothing")}[scan.terminator]
        if not scan.usable():
            self._say(self.tr("Only {chars} characters: scan a code of at least 8.").format(chars=scan.chars), False)
            return
        if scan.largest_gap_ms * scan_timing.GAP_FACTOR > MAX_GAP_MS:
            self._say(self.tr("Up to {largest} ms between keys: that is a person's pace, not a scanner's. Nothing "
                              "to store; scan again.").format(largest=round(scan.largest_gap_ms)), False)
            return
        code = extract_code(self.capture.text())
        read = (self.tr("Read: {code}.").format(code=format_nip(code) if len(code) == 18 else code) if code
                else self.tr("No NIP or NIK in it, but the timing counts."))
        chosen = scan.thresholds()
        end_rule = (self.tr("A code without Enter or Tab ends {silence} ms after its last key.")
                    .format(silence=chosen.silence_ms))
        timing = self.tr("{chars} characters, {typical} ms between keys (at most {largest} ms), ending with {ends}.")
        timing = timing.format(chars=scan.chars, typical=round(scan.typical_gap_ms),
                               largest=round(scan.largest_gap_ms), ends=ends)
        self._say(" ".join((
            timing,
            read,
            self.tr("Saved, this desk takes keys up to {gap} ms apart as one scan.").format(gap=chosen.gap_ms),
            end_rule)), True)

    def _say(self, text: str, usable: bool) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(OK_STYLE if usable else ERROR_STYLE)
        self.save_button.setEnabled(usable)
        self._fit()

    def _fit(self) -> None:
        """Grow to what the wrapped lines need (a dialog does not grow by itself)."""
        layout = self.layout()
        layout.activate()
        need = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        if need > self.height():
            self.resize(self.width(), need)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit()
        self.capture.setFocus()

    def save(self) -> None:
        if self.scan is not None and self.scan.usable():
            self._store(self.scan.thresholds())

    def _store(self, thresholds: Thresholds) -> None:
        try:
            scan_timing.save(thresholds)
        except DomainError as err:
            self._say(err.text(), False)
            return
        self._show_current()
        self._say(self.tr("Stored for this desk."), True)
        self.save_button.setEnabled(False)
        self.saved.emit(thresholds)


def open_scanner_test(parent=None) -> ScannerTestDialog:
    """Open the scanner test over *parent* without blocking; returns the dialog."""
    dialog = ScannerTestDialog(parent)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.open()
    return dialog


class ScannerTestButton(QPushButton):
    """"Scanner test…": opens the test over the window it is in."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("scannerTestButton")
        self.dialog: ScannerTestDialog | None = None
        self.clicked.connect(self._open)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Scanner test…"))
        self.setToolTip(self.tr("One test scan measures this desk's scanner, so its codes are never taken for "
                                "typing (or typing for a scan)."))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _open(self) -> None:
        self.dialog = open_scanner_test(self.window())


def scanner_test_button(parent=None) -> ScannerTestButton:
    """The settings dialog's hook: `form.addRow(scanner_test_button(self))`."""
    return ScannerTestButton(parent)
