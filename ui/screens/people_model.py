"""The table behind the attendance view: one row per expected person, and a filter that keeps the
rows holding every word typed."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from ikrar.models.clock import parse_iso
from ikrar.models.identifiers import format_nip
from ikrar.models.search.fold import fold_name, fold_query
from ikrar.ui.dialogs.absence import status_label
from ikrar.ui.i18n import time_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = 8


def _search_key(p) -> str:
    parts = [p.name, p.display_name, p.nip or "", p.unit_name, p.position, fold_name(p.name)]
    return " ".join(parts).casefold()


def search_keys(rows) -> list[str]:
    """What the filter looks in, one per row (no Qt: may run off the GUI thread)."""
    return [_search_key(p) for p in rows]


class PeopleModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []
        self.keys: list[str] = []
        self.tz: str | None = None  # the event's zone: check-in times on its clock, not the computer's

    def set_rows(self, rows, keys: list[str] | None = None, tz: str | None = None) -> None:
        self.beginResetModel()
        self.tz = tz
        self.rows = list(rows)
        self.keys = keys if keys is not None else search_keys(self.rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("No."), self.tr("Name"), self.tr("NIP / NIK"), self.tr("Position"), self.tr("Unit"),
                self.tr("Status"), self.tr("Signed"), self.tr("Note"))[section]

    def _mark(self, p) -> str:
        """After the name: a walk-in ("di luar daftar"), or someone of a unit not invited, is counted
        apart, di luar daftar peserta, never among the expected."""
        if p.is_walk_in:
            return self.tr("(walk-in)")
        return self.tr("(outside the list of participants)") if p.outside else ""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p, col = self.rows[index.row()], index.column()
        if role == ROW_ROLE:
            return p
        if role == SORT_ROLE:
            return (index.row(), p.name.casefold(), p.nip or "", p.position.casefold(), p.unit_name.casefold(),
                    p.status or "~", int(p.signed), p.note)[col]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 5:
                text = status_label(p.status, p.late)
                if p.status == "H" and p.recorded_at:
                    return f"{text} {time_text(parse_iso(p.recorded_at), self.tz)}"
                return text
            if col == 6:
                return self.tr("Yes") if p.signed else self.tr("Not yet")
            name = f"{p.display_name} {self._mark(p)}".rstrip()
            return (str(index.row() + 1), name, format_nip(p.nip) if p.nip else "", p.position, p.unit_name,
                    None, None, p.note)[col]
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == 5:
                return QColor("#1b6e20" if p.status == "H" else "#8a5300" if p.status else "#666666")
            if col == 6:
                return QColor("#1b6e20" if p.signed else "#b00020")
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PeopleFilter(QSortFilterProxyModel):
    """Every word typed must appear in the name, NIP, unit or position (NIPs typed with or without
    spaces)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self.words = self._alternatives(text)
        self.invalidateRowsFilter()  # only rows are filtered (Qt 6.9, the pinned version)

    @staticmethod
    def _alternatives(text: str) -> list[tuple[str, ...]]:
        # Each word as typed, and folded like the stored key (old spellings: "suharto" finds "Soeharto").
        words = []
        for word in text.split():
            folded = fold_query(word)
            words.append(tuple(dict.fromkeys([word.casefold(), *(f for f in folded[:1] if f)])))
        return words

    def filterAcceptsRow(self, row: int, parent) -> bool:
        if not self.words:
            return True
        key = self.sourceModel().keys[row]
        return all(any(alt in key for alt in word) for word in self.words)
