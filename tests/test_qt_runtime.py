"""Guards against a Qt binding that drops references to None/True: on Python 3.11 that aborts the
process after a few thousand widget calls, i.e. in the middle of an apel (seen with PySide6 6.12.0)."""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLineEdit


class _Emitter(QObject):
    fired = Signal(bool)


def test_widget_calls_and_signals_keep_refcounts(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    emitter = _Emitter()
    seen = []
    emitter.fired.connect(seen.append)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        edit.setText("x")
        edit.setEnabled(True)
        emitter.fired.emit(True)
    # Other code may take or drop a few references meanwhile; a leak would be thousands.
    assert sys.getrefcount(None) > none_before - 500
    assert sys.getrefcount(True) > true_before - 500
    assert len(seen) == 2000
