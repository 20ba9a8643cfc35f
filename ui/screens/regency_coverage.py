"""The Sync screen's "All events" tab: regency-wide coverage per unit of this database's roster, who
has signed at least once at any event (models/queries/coverage.py); without a roster it says so, and
people known only from sync files are a table of their own, without a percentage. Its buttons write
the not-signed list (PDF or XLSX) for the units chosen, through ui.tasks.run_task; what it has to say
goes to the Sync screen's status line (`said`), and a failure to its error box (`failed`).

On a province's hub (the roster names more than one region: coverage.has_regions' rule, as the
documents group) a region chooser comes above the table: "All regions" shows the per-region summary
(region_coverage_model.py) over the per-OPD table of the whole province (each OPD name counted across
the regions, as `ikrar coverage`); a region narrows the table to that region's OPD rows and its total,
and the buttons write that region only, as `--region` does. A regency hub shows neither."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ikrar.models import settings
from ikrar.models.queries import coverage as cov
from ikrar.reports import api as reports_api
from ikrar.reports.files import safe_part
from ikrar.ui.i18n import number, percent_of
from ikrar.ui.screens.region_coverage_model import RegionSummaryModel, region_view
from ikrar.ui.screens.sync_widgets import REFUSED, box, read_only_table
from ikrar.ui.tasks import run_task


class RegencyCoverageBox(QGroupBox):
    said = Signal(str)  # a sentence for the Sync screen's status line
    failed = Signal(object)  # an exception, for the Sync screen's error box

    def __init__(self, folder: Callable[[], str], parent=None):
        """*folder*: where the not-signed lists are written (the Sync screen's "Save to")."""
        super().__init__(parent)
        self.folder = folder
        self.coverage_rows = []
        self.summary = None
        self.regions = []  # a province's hub: coverage.by_region(), all regions; else empty
        self.region_label, self.region_combo = QLabel(self), QComboBox(self)
        self.region_model = RegionSummaryModel(self)
        self.region_table = region_view(self, self.region_model)
        for widget in (self.region_label, self.region_combo, self.region_table):
            widget.hide()  # a regency hub's tab stays as it was
        self.coverage_table = read_only_table(self, 5, 0)
        self.coverage_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # coverage counts this database's roster; without one it says so, and people known only from
        # sync files are a table of their own, without a percentage
        self.coverage_note, self.outside_label = QLabel(self), QLabel(self)
        for label in (self.coverage_note, self.outside_label):
            label.setWordWrap(True)
            label.hide()
        self.coverage_note.setStyleSheet(f"color: {REFUSED.name()}; font-weight: bold")
        self.outside_table = read_only_table(self, 3, 0)
        self.outside_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.outside_table.hide()
        self.refresh_button, self.pdf_button, self.xlsx_button = QPushButton(self), QPushButton(self), QPushButton(self)
        # all regions: the summary of the regions is what is read first, so it takes the most room
        box(QVBoxLayout(self), self.coverage_note, box(QHBoxLayout(), self.region_label, (self.region_combo, 1)),
            (self.region_table, 3), (self.coverage_table, 2), self.outside_label,
            (self.outside_table, 1), box(QHBoxLayout(), self.refresh_button, self.pdf_button, self.xlsx_button))
        self.pdf_button.clicked.connect(lambda: self.export_not_signed("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export_not_signed("xlsx"))
        self.region_combo.currentIndexChanged.connect(lambda _index: self.show_coverage())
        self.region_table.doubleClicked.connect(
            lambda index: self.choose_region(self.region_model.region_at(index.row())))
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Coverage across all events (who has signed at least once)"))
        self.coverage_table.setHorizontalHeaderLabels([self.tr("Unit"), self.tr("Employees"), self.tr("Signed"),
                                                       self.tr("Not signed"), self.tr("% signed")])
        self.coverage_note.setText(self.tr(
            "No employee list imported: coverage counts the employee list (SIASN/SIMPEG) imported into this "
            "database, not the people who appear in sync files. Import the regency's employee list first; until "
            "then people known only from files are shown apart, without a percentage."))
        self.outside_label.setText(self.tr("Known only from sync files (not on the imported employee list; no "
                                           "percentage)"))
        self.outside_table.setHorizontalHeaderLabels([self.tr("Unit"), self.tr("People"), self.tr("Signed")])
        self.refresh_button.setText(self.tr("Refresh"))
        self.pdf_button.setText(self.tr("Export not-signed list (PDF)"))
        self.xlsx_button.setText(self.tr("Export not-signed list (XLSX)"))
        self.region_label.setText(self.tr("Region:"))
        self.region_table.setToolTip(self.tr("Double-click a region to see its units"))
        self._fill_regions()
        self.show_coverage()  # the tables' words again

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.summary = summary = cov.summary()
        found = cov.regions()
        # coverage.has_regions' rule (more than one region), from the regions already read
        self.regions = cov.by_region() if len(found) > 1 else []
        if settings.get("merged_before_trust_model"):  # its merged data cannot be vouched for
            self.said.emit(self.tr("Warning: this database merged files before the trust update; merge the "
                                   "original files again into a fresh hub database."))
        self.coverage_note.setVisible(not summary.roster_imported)
        self.coverage_table.setVisible(summary.roster_imported)  # no roster: no table, no percentage
        self._fill_regions()
        self.show_coverage()

    def _fill_regions(self) -> None:
        """The chooser: "All regions", then each region (the chosen one kept); shown on a province's hub only."""
        chosen = self.chosen_region()
        self.region_combo.blockSignals(True)  # one show_coverage() after, not one per item
        self.region_combo.clear()
        self.region_combo.addItem(self.tr("All regions"), None)
        for r in self.regions:
            self.region_combo.addItem(self.region_model.region_text(r.region), r.region)
        at = self.region_combo.findData(chosen) if chosen is not None else 0
        self.region_combo.setCurrentIndex(max(at, 0))
        self.region_combo.blockSignals(False)
        for widget in (self.region_label, self.region_combo):
            widget.setVisible(bool(self.regions))

    def chosen_region(self) -> str | None:
        """The region chosen ('' = none given); None for all regions or on a regency hub."""
        return self.region_combo.currentData() if self.regions else None

    def choose_region(self, region: str | None) -> None:
        if region is not None:
            self.region_combo.setCurrentIndex(max(self.region_combo.findData(region), 0))

    def show_coverage(self) -> None:
        """The tables for the region chosen, from what refresh() read (choosing reads nothing again)."""
        summary = self.summary
        if summary is None:
            return
        region = self.chosen_region()
        chosen = next((r for r in self.regions if r.region == region), None) if region is not None else None
        self.region_model.set_regions(self.regions if chosen is None else [])
        self.region_table.setVisible(bool(self.regions) and chosen is None and summary.roster_imported)
        # a region chosen: its OPD rows and its total ("Total" alone: the chooser right above names the
        # region, and the name would be cut in the tab's narrow first column)
        rows, whole = (chosen.units, chosen.total) if chosen is not None else (summary.units, summary.total)
        self.coverage_rows = rows
        fill(self.coverage_table, [
            [self.tr("Total") if r is whole else self._unit_name(r), number(r.employees), number(r.signed),
             number(r.not_signed), percent_of(r.signed_pct)] for r in ([*rows, whole] if rows else [])])
        # people known only from files have no region: shown with all regions only, as `--region` does
        outside = summary.outside if chosen is None else []
        for widget in (self.outside_label, self.outside_table):
            widget.setVisible(bool(outside))
        fill(self.outside_table, [
            [self.tr("Total") if k is summary.outside_total else self._unit_name(k), number(k.people), number(k.signed)]
            for k in ([*outside, summary.outside_total] if outside else [])])

    def _unit_name(self, row) -> str:
        return row.unit_name if row.unit_id is not None else self.tr("(no unit)")

    def selected_unit_ids(self) -> list | None:
        rows = [i.row() for i in self.coverage_table.selectionModel().selectedRows()]
        picked = [self.coverage_rows[r].unit_id for r in rows if r < len(self.coverage_rows)]
        return picked or None

    def export_not_signed(self, kind: str) -> None:
        fn = reports_api.coverage_not_signed if kind == "pdf" else reports_api.coverage_not_signed_xlsx
        region = self.chosen_region()
        named = "" if region is None else "_" + (safe_part(region) or "TANPA-WILAYAH")
        out = Path(self.folder()) / f"BELUM-TTD_SEMUA-ACARA{named}.{kind}"
        run_task(fn, out, unit_ids=self.selected_unit_ids(), region=region,
                 on_error=lambda exc, _trace="": self.failed.emit(exc),
                 on_done=lambda result: self.said.emit(self.tr("Written: {path}").format(path=result.path)))


def fill(table: QTableWidget, rows: list[list]) -> None:
    """Rows of values into *table*, numbers right-aligned, the last row (the total) in bold."""
    table.setRowCount(0)
    for n, values in enumerate(rows):
        table.insertRow(n)
        for col, value in enumerate(values):
            item = QTableWidgetItem(str(value))
            if col:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if n == len(rows) - 1:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            table.setItem(n, col, item)
