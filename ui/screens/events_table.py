"""The start screen's list of events: date and time, title (a closed event greyed and marked),
kind, and the counts, which arrive later from a worker thread. Its texts keep the start screen's
translation context."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)

from ikrar.ui import i18n
from ikrar.ui.screens.event_text import event_day, event_time, present_text

EVENT_COLUMN = 1
ID_ROLE = Qt.ItemDataRole.UserRole
CLOSED_ROLE = Qt.ItemDataRole.UserRole + 1


translate = QCoreApplication.translate  # lupdate files translate("StartScreen", ...) under the start screen


def kind_name(kind: str) -> str:
    return {"apel": translate("StartScreen", "Apel"), "upacara": translate("StartScreen", "Ceremony"),
            "pakta": translate("StartScreen", "Pact signing")}.get(kind, kind)


class EventsTable(QTableWidget):
    def __init__(self, parent=None):
        super().__init__(0, 6, parent)
        self.setObjectName("events")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setWordWrap(False)  # cells carry their own line breaks: rows size right before shown
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EVENT_COLUMN, QHeaderView.ResizeMode.Stretch)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([
            translate("StartScreen", "Date"), translate("StartScreen", "Event"), translate("StartScreen", "Kind"),
            translate("StartScreen", "Expected"), translate("StartScreen", "Present"),
            translate("StartScreen", "Signed")])

    def fill(self, found: list) -> None:
        """One row per event (models.events.list_events()); the counts show "…" until they come."""
        self.setRowCount(len(found))
        for row, e in enumerate(found):
            title = e.title + (" " + translate("StartScreen", "(closed)") if e.closed else "")
            where = f"\n{e.place}" if e.place else ""
            cells = (f"{event_day(e)}\n{event_time(e)}", title + where,
                     kind_name(e.kind), "…", "…", "…")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, e.id)
                item.setData(CLOSED_ROLE, bool(e.closed))
                if col >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if e.closed:
                    item.setForeground(QColor("#777777"))
                self.setItem(row, col, item)
        self.resizeRowsToContents()

    def show_counts(self, counts: dict) -> None:
        """counts: event id -> queries.Counts; an event missing from it shows "?". Present is of the
        expected ("60/300 (20,0%)"), with the people outside the list apart on a line of its own."""
        for row in range(self.rowCount()):
            c = counts.get(self.item(row, 0).data(ID_ROLE))
            texts = ("?", "?", "?") if c is None else (
                i18n.number(c.expected), present_text(c, "\n"),
                f"{i18n.number(c.signed)}  ({i18n.percent(c.signed, c.expected)})")
            for col, text in enumerate(texts, 3):
                self.item(row, col).setText(text)

    def _selected_item(self) -> QTableWidgetItem | None:
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        return self.item(rows[0].row(), 0) if rows else None

    def current_event_id(self) -> str | None:
        item = self._selected_item()
        return None if item is None else item.data(ID_ROLE)

    def current_event_closed(self) -> bool:
        item = self._selected_item()
        return item is not None and bool(item.data(CLOSED_ROLE))

    def select_event(self, event_id: str | None) -> bool:
        for row in range(self.rowCount()):
            if event_id and self.item(row, 0).data(ID_ROLE) == event_id:
                self.selectRow(row)
                return True
        return False
