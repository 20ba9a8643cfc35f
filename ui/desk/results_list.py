"""Results as you type: at most 20 rows straight from models.search (never a model of the whole
roster); arrow keys (forwarded by the scan input) move, Enter or a click chooses.

The view asks data() hundreds of times per repaint, so every cell is worked out once per search."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from models.identifiers import format_nip
from models.search import SearchHit

NAME, NIP, POSITION, UNIT, PRESENT = range(5)
DISPLAY, FOREGROUND, FONT, TOOLTIP = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
                                      Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole)
HORIZONTAL = Qt.Orientation.Horizontal
GREEN = QBrush(QColor("#15803d"))


class ResultsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self._cells: list[tuple[str, ...]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self._fill()
        self.endResetModel()

    def _fill(self) -> None:
        present = self.tr("✓ present")
        self._cells = [(h.display_name, self._nip(h), h.position, h.unit_name, present if h.present else "")
                       for h in self.hits]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=DISPLAY):
        if orientation == HORIZONTAL and role == DISPLAY:
            return (self.tr("Name"), self.tr("NIP"), self.tr("Position"), self.tr("Unit"), self.tr("Present"))[section]
        return None

    def retranslate(self) -> None:
        self._fill()
        self.headerDataChanged.emit(HORIZONTAL, 0, 4)
        if self.hits:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.hits) - 1, 4))

    def _nip(self, hit: SearchHit) -> str:
        if hit.nip:
            return format_nip(hit.nip)
        return self.tr("non-ASN (NIK)") if hit.nik_present else "—"

    def data(self, index, role=DISPLAY):
        if role == DISPLAY:
            return self._cells[index.row()][index.column()]
        col = index.column()
        if role == FONT and col in (NAME, PRESENT):
            return self._bold
        if role == FOREGROUND and col == PRESENT:
            return GREEN
        if role == TOOLTIP:
            return "\n".join(self._cells[index.row()][:4])
        return None


class ResultsList(QTableView):
    chosen = Signal(object)  # the SearchHit

    def __init__(self, parent=None):
        super().__init__(parent)
        self.results = ResultsModel(self)
        self.setModel(self.results)
        self.setFocusPolicy(Qt.NoFocus)  # the keyboard stays in the scan input
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.ElideRight)
        self.verticalHeader().hide()
        self.setShowGrid(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)  # never "to contents": it reads every cell
        header.setSectionResizeMode(NAME, QHeaderView.Stretch)
        self.clicked.connect(self._clicked)
        self.setAccessibleName(self.tr("Search results"))

    def size_columns(self) -> None:
        """Widths from the font: a NIP always fits; the unit (what tells two namesakes apart) gets the
        larger share of what is left, the name stretches."""
        metrics = self.fontMetrics()
        header = self.horizontalHeader()
        header.resizeSection(NIP, metrics.horizontalAdvance("19860926 201505 1 001") + 24)
        header.resizeSection(PRESENT, metrics.horizontalAdvance(self.tr("✓ present")) + 30)
        rest = max(300, self.viewport().width() - header.sectionSize(NIP) - header.sectionSize(PRESENT))
        header.resizeSection(POSITION, int(rest * 0.24))
        header.resizeSection(UNIT, int(rest * 0.34))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.size_columns()

    def set_hits(self, hits: list[SearchHit]) -> None:
        if [(h.employee_id, h.present) for h in hits] == [(h.employee_id, h.present) for h in self.results.hits]:
            return  # the same people: nothing to redraw, the chosen row stays
        self.results.set_hits(hits)
        if hits:
            self.selectRow(0)

    def current_hit(self) -> SearchHit | None:
        rows = self.selectionModel().selectedRows()
        if rows:
            return self.results.hits[rows[0].row()]
        return self.results.hits[0] if self.results.hits else None

    def move(self, step: int) -> None:
        count = len(self.results.hits)
        if not count:
            return
        rows = self.selectionModel().selectedRows()
        row = min(max((rows[0].row() if rows else -1) + step, 0), count - 1)
        self.selectRow(row)
        self.scrollTo(self.results.index(row, 0))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.results.retranslate()
            self.setAccessibleName(self.tr("Search results"))
            self.size_columns()
        super().changeEvent(event)

    def _clicked(self, index) -> None:
        if index.isValid():
            self.selectRow(index.row())
            self.chosen.emit(self.results.hits[index.row()])
