"""The desk makes each new signature's print form (reports/drawing/simplify.py) a moment after its
saves, when the desk is idle, so the signed list printed after the apel reads them instead of making
them all then (5,000 signatures: ~5 s → ~2 s). Never on the save's own path: the save commits and
says so first, and a form not made here is made by the first document that draws the signature."""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from ikrar.reports.drawing.simplify import keep_forms

IDLE_MS = 1500  # after the last save: the queue moves in bursts, the pause between people is longer


class PrintForms(QObject):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.pending: list = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(IDLE_MS)
        self.timer.timeout.connect(self.flush)

    def saved(self, signature) -> None:
        """A signature was just committed (a Signature row): its form is made when the desk is idle."""
        if signature is not None:
            self.pending.append(signature)
            self.timer.start()

    def flush(self) -> None:
        rows, self.pending = self.pending, []
        if rows:
            keep_forms(rows)  # a few ms for a handful; a database that cannot be written keeps none
