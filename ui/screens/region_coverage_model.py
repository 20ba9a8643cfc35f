"""The per-region summary of the Sync screen's "All events" tab on a province's hub (docs/province.md):
one row per region (kabupaten/kota) of the roster, then the overall total (bold), as the coverage
PDF's "Ringkasan per kabupaten/kota". Region '' (the hub's own regency, or none given) reads
"(no region)", last, as the documents put it (models/queries/coverage.region_order)."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ikrar.models.queries.coverage import RegionCoverage, total
from ikrar.ui.i18n import number, percent_of

COLUMNS = 5


class RegionSummaryModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.regions: list[RegionCoverage] = []
        self.whole = None

    def set_regions(self, regions: list[RegionCoverage]) -> None:
        self.beginResetModel()
        self.regions = list(regions)
        self.whole = total([r.total for r in self.regions]) if self.regions else None
        self.endResetModel()

    def region_at(self, row: int) -> str | None:
        """The region of *row*; None for the total row or outside the rows."""
        return self.regions[row].region if 0 <= row < len(self.regions) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.regions) + (self.whole is not None)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Region"), self.tr("Employees"), self.tr("Signed"), self.tr("Not signed"),
                self.tr("% signed"))[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        is_total = index.row() >= len(self.regions)
        figures = self.whole if is_total else self.regions[index.row()].total
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return self.tr("Total") if is_total else self.region_text(self.regions[index.row()].region)
            return (number(figures.employees), number(figures.signed), number(figures.not_signed),
                    percent_of(figures.signed_pct))[col - 1]
        if role == Qt.ItemDataRole.TextAlignmentRole and col:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and is_total:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def region_text(self, region: str) -> str:
        return region or self.tr("(no region)")


def region_view(parent, model: RegionSummaryModel) -> QTableView:
    """A read-only view of whole rows for *model*, the region's name taking the room left (as the
    tab's other tables, sync_widgets.read_only_table)."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return view
