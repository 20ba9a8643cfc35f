"""The Sync screen's "All events" tab: regency-wide coverage per unit of this database's roster, who
has signed at least once at any event (models/queries/coverage.py); without a roster it says so, and
people known only from sync files are a table of their own, without a percentage. Its buttons write
the not-signed list (PDF or XLSX) for the units chosen, through ui.tasks.run_task; what it has to say
goes to the Sync screen's status line (`said`), and a failure to its error box (`failed`)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from ikrar.ui.i18n import number, percent_of
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
        box(QVBoxLayout(self), self.coverage_note, (self.coverage_table, 3), self.outside_label,
            (self.outside_table, 1), box(QHBoxLayout(), self.refresh_button, self.pdf_button, self.xlsx_button))
        self.pdf_button.clicked.connect(lambda: self.export_not_signed("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export_not_signed("xlsx"))
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

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        summary = cov.summary()
        rows = summary.units
        self.coverage_rows = rows
        if settings.get("merged_before_trust_model"):  # its merged data cannot be vouched for
            self.said.emit(self.tr("Warning: this database merged files before the trust update; merge the "
                                   "original files again into a fresh hub database."))
        self.coverage_note.setVisible(not summary.roster_imported)
        self.coverage_table.setVisible(summary.roster_imported)  # no roster: no table, no percentage
        fill(self.coverage_table, [
            [self.tr("Total") if r is summary.total else self._unit_name(r), number(r.employees), number(r.signed),
             number(r.not_signed), percent_of(r.signed_pct)] for r in ([*rows, summary.total] if rows else [])])
        for widget in (self.outside_label, self.outside_table):
            widget.setVisible(bool(summary.outside))
        fill(self.outside_table, [
            [self.tr("Total") if k is summary.outside_total else self._unit_name(k), number(k.people), number(k.signed)]
            for k in ([*summary.outside, summary.outside_total] if summary.outside else [])])

    def _unit_name(self, row) -> str:
        return row.unit_name if row.unit_id is not None else self.tr("(no unit)")

    def selected_unit_ids(self) -> list | None:
        rows = [i.row() for i in self.coverage_table.selectionModel().selectedRows()]
        picked = [self.coverage_rows[r].unit_id for r in rows if r < len(self.coverage_rows)]
        return picked or None

    def export_not_signed(self, kind: str) -> None:
        fn = reports_api.coverage_not_signed if kind == "pdf" else reports_api.coverage_not_signed_xlsx
        out = Path(self.folder()) / f"BELUM-TTD_SEMUA-ACARA.{kind}"
        run_task(fn, out, unit_ids=self.selected_unit_ids(), on_error=lambda exc, _trace="": self.failed.emit(exc),
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
