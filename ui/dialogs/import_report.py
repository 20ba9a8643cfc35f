"""What a roster import did: the counts, and every refused row (and warning) with its row number,
column, value and reason; the list can be saved as CSV for whoever fixes the source file."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ikrar.models.roster.headers import shown_header
from ikrar.ui.dialogs.errors import show_error
from ikrar.ui.i18n import current_language, number

MAX_SHOWN = 5000  # the CSV has them all; a table of more helps nobody


class ImportReportView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.report = None
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # one line a row; the full reason is in the tooltip
        header = self.table.horizontalHeader()
        for col, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,) * 4 + (QHeaderView.ResizeMode.Stretch,)):
            header.setSectionResizeMode(col, mode)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveReport")
        self.save_button.clicked.connect(self._ask_save)
        row = QHBoxLayout()
        row.addWidget(self.details, 1)
        row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.headline)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Result"), self.tr("Column"), self.tr("Value"), self.tr("Reason")])
        self.save_button.setText(self.tr("Save this list as CSV…"))
        if self.report is not None:
            self.set_report(self.report)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_report(self, report) -> None:
        self.report = report
        if report.dry_run:
            lead = self.tr("Check only: nothing was saved yet. Importing this file would give:")
        else:
            lead = self.tr("The employee list was imported:")
        counts = self.tr(
            "<b>{created}</b> new, <b>{updated}</b> updated, <b>{unchanged}</b> unchanged, "
            "<b style='color:#b00020'>{rejected}</b> rows refused, {warnings} warnings.").format(
            created=number(report.created), updated=number(report.updated), unchanged=number(report.unchanged),
            rejected=number(len(report.rejected)), warnings=number(len(report.warnings)))
        self.headline.setText(f"<p style='font-size:12pt'>{lead}<br>{counts}</p>")
        extra = [self.tr("{rows} data rows read in {seconds} s.").format(
            rows=number(report.rows), seconds=number(report.seconds, 1))]
        if report.units_created:
            extra.append(self.tr("New units: {units}.").format(units=", ".join(report.units_created[:12])
                                                               + (" …" if len(report.units_created) > 12 else "")))
        if report.deactivated:
            extra.append(self.tr("{count} people not in this file were marked as no longer active.").format(
                count=number(report.deactivated)))
        if report.rejected:
            extra.append(self.tr("Refused rows are listed below: fix them in the source file and import it again."))
        self.details.setText(" ".join(extra))
        self._fill(report)
        self.save_button.setEnabled(bool(report.rejected or report.warnings))

    def _fill(self, report) -> None:
        en = current_language() == "en"
        notes = [(self.tr("refused"), n, True) for n in report.rejected] + \
                [(self.tr("warning"), n, False) for n in report.warnings]
        notes.sort(key=lambda item: item[1].row)
        notes = notes[:MAX_SHOWN]
        self.table.setRowCount(len(notes))
        for r, (kind, note, refused) in enumerate(notes):
            reason = note.reason.en if en else note.reason.id
            if note.other_row:
                reason += " " + self.tr("(see row {row})").format(row=note.other_row)
            cells = (str(note.row), kind, shown_header(note.column), note.value, reason)  # the value: shown already
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c == 0:
                    item.setData(Qt.ItemDataRole.DisplayRole, note.row)
                if c == 1:
                    item.setForeground(QColor("#b00020" if refused else "#8a5300"))
                self.table.setItem(r, c, item)

    def _ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the refused rows"), "import-report.csv",
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.save_csv(path)

    def save_csv(self, path) -> bool:
        try:
            self.report.write_csv(path, include_warnings=True)
        except OSError as exc:
            show_error(self, self.tr("The list was not saved"), exc)
            return False
        return True
