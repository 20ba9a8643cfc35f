"""Live counts beside the input (present / expected, signed, late, per unit) and the last check-ins,
from which one can be voided (admin PIN, reason). Counting runs off the GUI thread: on a large
roster it takes longer than a keystroke may."""
from __future__ import annotations

from dataclasses import dataclass, field

from peewee import DatabaseError
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ikrar.models import checkin, events
from ikrar.models.errors import DomainError
from ikrar.models.queries.attendance import recent_checkins
from ikrar.models.queries.counts import Counts, event_counts, unit_counts
from ikrar.models.store import dialect
from ikrar.ui.desk.dialogs import VoidDialog, database_error_text
from ikrar.ui.desk.person_card import short_time
from ikrar.ui.tasks import run_task

RECENT = 30  # read; the list shows as many as its height holds (15 at 1366×768) and scrolls
REFRESH_MS = 30_000  # other processes may write the same database


@dataclass
class Snapshot:
    counts: Counts
    units: list = field(default_factory=list)
    recent: list = field(default_factory=list)  # (Attendance, signed)


_counting: set = set()  # interrupters of the workers counting now (dialect.interrupter), for closing the window


def load_snapshot(event_id: str) -> Snapshot:
    stop = dialect.interrupter()
    _counting.add(stop)
    try:
        event = events.find_event(event_id)
        recent = [(a, checkin.signature_of(a) is not None) for a in recent_checkins(event, RECENT)]
        return Snapshot(event_counts(event), unit_counts(event), recent)
    finally:
        _counting.discard(stop)


def stop_counting() -> None:
    """Interrupt counts still running (read-only work): closing the window must not wait for them."""
    for stop in list(_counting):
        stop()


class CountsPanel(QWidget):
    voided = Signal(object, str)  # Attendance, reason — after it is committed
    failed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.event_id: str | None = None
        self._busy = False
        self._again = False
        self.snapshot: Snapshot | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.present = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.present.setFont(font)
        layout.addWidget(self.present)
        self.detail = QLabel(wordWrap=True)
        layout.addWidget(self.detail)
        self.tabs = QTabWidget()
        self.tabs.setFocusPolicy(Qt.NoFocus)
        self.tabs.tabBar().setFocusPolicy(Qt.NoFocus)
        recent_page = QWidget()
        recent_layout = QVBoxLayout(recent_page)
        recent_layout.setContentsMargins(4, 4, 4, 4)
        self.recent = QListWidget()
        self.recent.setFocusPolicy(Qt.NoFocus)
        self.recent.setAccessibleName(self.tr("Last check-ins"))
        recent_layout.addWidget(self.recent, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.void_button = QPushButton()
        self.void_button.setFocusPolicy(Qt.NoFocus)
        self.void_button.clicked.connect(self.open_void)
        row.addWidget(self.void_button)
        recent_layout.addLayout(row)
        self.tabs.addTab(recent_page, "")
        self.units = QTableWidget(0, 3)
        self.units.setFocusPolicy(Qt.NoFocus)
        self.units.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.units.setSelectionMode(QAbstractItemView.NoSelection)
        self.units.verticalHeader().hide()
        self.units.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        for col in (1, 2):
            self.units.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeToContents)
        self.tabs.addTab(self.units, "")
        layout.addWidget(self.tabs, 1)
        self._timer = QTimer(self, interval=REFRESH_MS, timeout=self.refresh)
        self.dialog: VoidDialog | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.void_button.setText(self.tr("Void… (F9)"))
        self.tabs.setTabText(0, self.tr("Last check-ins"))
        self.tabs.setTabText(1, self.tr("Per unit"))
        self.units.setHorizontalHeaderLabels([self.tr("Unit"), self.tr("Present"), self.tr("Signed")])
        if self.snapshot is not None:
            self.show_snapshot(self.snapshot)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_event(self, event_id: str) -> None:
        self.event_id = event_id
        self.snapshot = None
        self.present.setText(self.tr("Counting…"))
        self.detail.clear()
        self.recent.clear()
        self.units.setRowCount(0)
        self.refresh()
        self._timer.start()

    def refresh(self) -> None:
        if self.event_id is None:
            return
        if self._busy:
            self._again = True
            return
        self._busy, self._again = True, False
        event_id = self.event_id
        run_task(load_snapshot, event_id, on_done=lambda snap: self._loaded(event_id, snap),
                 on_error=self._load_failed, owner=self)

    def _loaded(self, event_id: str, snap: Snapshot) -> None:
        self._busy = False
        if event_id == self.event_id:
            self.show_snapshot(snap)
        if self._again:
            self.refresh()

    def _load_failed(self, exc: BaseException, _trace: str) -> None:
        self._busy = False
        self.present.setText(self.tr("Counts unavailable: {error}").format(error=exc))

    def show_snapshot(self, snap: Snapshot) -> None:
        self.snapshot = snap
        c = snap.counts
        self.present.setText(self.tr("Present {present} / {expected}").format(present=c.present, expected=c.expected))
        detail = self.tr("Signed {signed} · Late {late} · Not signed yet {missing}").format(
            signed=c.signed, late=c.late, missing=c.not_signed)
        outside = c.outside  # walk-ins and people of units not invited, counted apart
        if outside.present:
            detail += "\n" + self.tr("+ {present} present outside the list ({signed} signed)").format(
                present=outside.present, signed=outside.signed)
        self.detail.setText(detail)
        self.recent.clear()
        for att, signed in snap.recent:
            mark = "✗" if att.is_void else ("✓" if signed else "•")
            text = f"{short_time(att.recorded_at)}  {mark}  {att.employee.display_name()}"
            if att.is_void:
                text += "  " + self.tr("(voided)")
            elif not signed:
                text += "  " + self.tr("(no signature)")
            item = QListWidgetItem(text)
            if att.is_void:
                item.setForeground(QColor("#9ca3af"))
                item.setFlags(item.flags() & ~Qt.ItemIsSelectable)
            self.recent.addItem(item)
        self.void_button.setEnabled(any(not a.is_void for a, _ in snap.recent))
        self.units.setRowCount(len(snap.units))
        for row, unit in enumerate(snap.units):
            for col, text in enumerate((unit.unit_name, f"{unit.present}/{unit.expected}", str(unit.signed))):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.units.setItem(row, col, item)

    def open_void(self) -> None:
        """Void the selected check-in, or choose one in the dialog (the list is read afresh)."""
        if self.event_id is None:
            return
        chosen = None
        rows = self.recent.selectedIndexes()
        if rows and self.snapshot and rows[0].row() < len(self.snapshot.recent):
            chosen = self.snapshot.recent[rows[0].row()][0]
        live = [a for a in recent_checkins(events.find_event(self.event_id), RECENT) if not a.is_void]
        if not live:
            return
        selected = next((i for i, a in enumerate(live) if chosen is not None and a.id == chosen.id), 0)
        self.dialog = VoidDialog(live, selected, self.window())
        self.dialog.submitted.connect(self._void)
        self.dialog.open()

    def _void(self, attendance, reason: str) -> None:

        try:
            checkin.void_attendance(attendance, reason)
        except DomainError as err:
            self.failed.emit(err.text())
            return
        except (DatabaseError, OSError) as exc:
            self.failed.emit(database_error_text(exc))
            return
        self.voided.emit(attendance, reason)
        self.refresh()
