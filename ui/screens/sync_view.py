"""Sync: write this desk's sync file, an event package or a hub's bundle (to a folder or USB stick,
optionally encrypted), merge the files of other desks with a report per file (new desks named with
their fingerprint), reject the desk of a file, and see the coverage: across all events per unit
(regency_coverage.py) and against a campaign's deadline (campaign_coverage.py), a tab each. A file's
row in the results is merge_rows.py's. Long work goes through ui.tasks.run_task."""
from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ikrar.models import events, settings
from ikrar.models.errors import DomainError
from ikrar.models.sync.bundle import export_bundle
from ikrar.models.sync.crypto import is_encrypted
from ikrar.models.sync.decisions import decide
from ikrar.models.sync.export import export_sync, removable_folders
from ikrar.models.sync.merge import merge_files
from ikrar.models.sync.package import export_package, import_package
from ikrar.ui.dialogs.errors import show_error
from ikrar.ui.i18n import date_text
from ikrar.ui.screens import merge_rows
from ikrar.ui.screens.campaign_coverage import CampaignCoverageBox
from ikrar.ui.screens.regency_coverage import RegencyCoverageBox
from ikrar.ui.screens.sync_widgets import REFUSED, box, read_only_table
from ikrar.ui.tasks import run_task


class SyncView(QWidget):
    back = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.reports = []  # MergeReports shown in the results table, row by row
        self.passphrases: dict[str, str | None] = {}
        self.back_button, self.title = QPushButton(self), QLabel(self)
        self.export_box, self.import_box = QGroupBox(self), QGroupBox(self)
        self.results_box = QGroupBox(self)
        self.campaign_box = CampaignCoverageBox(self)  # coverage against a campaign's deadline: its own tab
        self.coverage_tabs = QTabWidget(self)
        self.event_label, self.folder_label = QLabel(self), QLabel(self)
        self.event_combo = QComboBox(self)
        self.folder = QComboBox(self, editable=True)
        self.folder.setMinimumContentsLength(28)
        self.choose_button = QPushButton(self)
        self.encrypt = QCheckBox(self)
        self.pass1, self.pass2 = QLineEdit(self), QLineEdit(self)
        for edit in (self.pass1, self.pass2):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setEnabled(False)
        self.export_sync_button, self.export_package_button = QPushButton(self), QPushButton(self)
        self.export_bundle_button = QPushButton(self)
        self.merge_button, self.import_package_button = QPushButton(self), QPushButton(self)
        self.trust_button = QPushButton(self)
        self.trust_button.setEnabled(False)
        # a file handed over by Windows (a double-clicked .ikrar): shown, merged only on a click
        self.offered: str | None = None
        self.offer_label, self.offer_button = QLabel(self), QPushButton(self)
        self.offer_label.setWordWrap(True)
        self.offer_label.hide()
        self.offer_button.hide()
        self.import_hint = QLabel(self)
        self.import_hint.setWordWrap(True)
        self.results = read_only_table(self, 7, 6, {0: 170})
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # coverage across all events: its own tab, made here so that its table and buttons come after the
        # results in the tab order, as when they were this screen's own
        self.coverage_box = RegencyCoverageBox(lambda: self.folder.currentText(), self)
        # the tables and the note, read by the tests
        self.coverage_table, self.coverage_note = self.coverage_box.coverage_table, self.coverage_box.coverage_note
        self.outside_table = self.coverage_box.outside_table
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self._layout()
        self.back_button.clicked.connect(self.back)
        self.choose_button.clicked.connect(self.choose_folder)
        self.encrypt.toggled.connect(lambda on: [e.setEnabled(on) for e in (self.pass1, self.pass2)])
        self.export_sync_button.clicked.connect(self.export_sync)
        self.export_package_button.clicked.connect(self.export_package)
        self.merge_button.clicked.connect(lambda: self.merge())
        self.import_package_button.clicked.connect(lambda: self.import_package())
        self.export_bundle_button.clicked.connect(self.export_bundle)
        self.trust_button.clicked.connect(lambda: self.reject_desk())
        self.offer_button.clicked.connect(self.merge_offered)
        self.results.itemSelectionChanged.connect(self._selection_changed)
        self.coverage_box.refresh_button.clicked.connect(self.refresh_coverage)
        self.coverage_box.said.connect(self.status.setText)
        self.coverage_box.failed.connect(self._failed)
        shortcut = QShortcut(QKeySequence("Esc"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.back)
        self.retranslate()
        self.refresh()

    def _layout(self) -> None:
        grid = QGridLayout(self.export_box)
        grid.addWidget(self.event_label, 0, 0)
        grid.addWidget(self.event_combo, 0, 1, 1, 2)
        grid.addWidget(self.folder_label, 1, 0)
        grid.addWidget(self.folder, 1, 1)
        grid.addWidget(self.choose_button, 1, 2)
        grid.addLayout(box(QHBoxLayout(), self.encrypt, self.pass1, self.pass2), 2, 0, 1, 3)
        grid.addLayout(box(QHBoxLayout(), self.export_sync_button, self.export_package_button,
                           self.export_bundle_button), 3, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        box(QVBoxLayout(self.import_box), self.offer_label, self.offer_button, self.merge_button,
            self.import_package_button, self.trust_button, self.import_hint).addStretch(1)
        box(QVBoxLayout(self.results_box), (self.results, 1), self.detail)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.results_box)
        self.coverage_tabs.addTab(self.coverage_box, "")
        self.coverage_tabs.addTab(self.campaign_box, "")
        split.addWidget(self.coverage_tabs)
        split.setSizes([880, 480])
        box(QVBoxLayout(self), box(QHBoxLayout(), self.back_button, (self.title, 1)),
            box(QHBoxLayout(), (self.export_box, 3), (self.import_box, 2)), (split, 1), self.status)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Back (Esc)"))
        self.title.setText("<b style='font-size:14pt'>" + self.tr("Sync and coverage") + "</b>")
        self.export_box.setTitle(self.tr("Export from this desk"))
        self.import_box.setTitle(self.tr("Import files from other desks"))
        self.results_box.setTitle(self.tr("Merge results"))
        self.coverage_tabs.setTabText(0, self.tr("All events"))
        self.coverage_tabs.setTabText(1, self.tr("Campaign deadline"))
        self.event_label.setText(self.tr("Event:"))
        self.folder_label.setText(self.tr("Save to:"))
        self.folder.lineEdit().setPlaceholderText(self.tr("A folder or a USB stick"))
        self.choose_button.setText(self.tr("Choose folder…"))
        self.encrypt.setText(self.tr("Encrypt with a passphrase (for e-mail)"))
        self.pass1.setPlaceholderText(self.tr("Passphrase (8+ characters)"))
        self.pass2.setPlaceholderText(self.tr("Repeat the passphrase"))
        self.export_sync_button.setText(self.tr("Export sync file"))
        self.export_package_button.setText(self.tr("Export event package"))
        self.merge_button.setText(self.tr("Merge sync files…"))
        self.import_package_button.setText(self.tr("Import event package…"))
        self.export_bundle_button.setText(self.tr("Export bundle (hub)"))
        self.trust_button.setText(self.tr("Reject the desk of the selected file…"))
        if self.offered is not None:
            name = Path(self.offered).name
            self.offer_label.setText(self.tr("<b>File opened:</b> {name}. Nothing is merged until you click below.")
                                     .format(name=name))
            self.offer_button.setText(self.tr("Check and merge this file"))
        self.import_hint.setText(self.tr("Every file is checked first (signature and checksums); a changed file is "
                                         "refused whole and changes nothing. Merging a file twice changes nothing."))
        self.results.setHorizontalHeaderLabels([self.tr("File"), self.tr("Desk"), self.tr("Result"), self.tr("New"),
                                                self.tr("Already known"), self.tr("Duplicates"), self.tr("Details")])
        self.coverage_box.retranslate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        current = self.event_combo.currentData()
        self.event_combo.clear()
        for e in events.list_events():
            self.event_combo.addItem(f"{date_text(e.date)} · {e.title}", e.id)
        if current and self.event_combo.findData(current) >= 0:
            self.event_combo.setCurrentIndex(self.event_combo.findData(current))
        typed = self.folder.currentText()
        self.folder.clear()
        self.folder.addItems(list(dict.fromkeys([typed] * bool(typed) + removable_folders() + [str(Path.home())])))
        self.refresh_coverage()

    # ---- dialogs (tests replace these) ----
    def _choose_files(self, title: str) -> list[str]:
        return QFileDialog.getOpenFileNames(self, title, self.folder.currentText(), self.tr("Ikrar files (*.ikrar)"))[0]

    def _ask_passphrase(self, name: str) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("Encrypted file"),
                                        self.tr("Passphrase of {name}:").format(name=name),
                                        QLineEdit.EchoMode.Password)
        return text if ok else None

    def _confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def _ask_pin(self) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("Admin PIN"), self.tr("Admin PIN:"), QLineEdit.EchoMode.Password)
        return text if ok else None

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save to"), self.folder.currentText())
        if folder:
            self.folder.setEditText(folder)

    # ---- export ----
    def _passphrase(self) -> tuple[bool, str | None]:
        if not self.encrypt.isChecked():
            return True, None
        if self.pass1.text() != self.pass2.text():
            self.status.setText(self.tr("The two passphrases differ."))
            return False, None
        return True, self.pass1.text()

    def _export(self, fn) -> None:
        ok, passphrase = self._passphrase()
        if not ok or self.event_combo.currentData() is None:
            return
        self.status.setText(self.tr("Writing…"))
        run_task(fn, self.event_combo.currentData(), self.folder.currentText(), passphrase=passphrase,
                 on_done=lambda path: self.status.setText(self.tr("Written: {path}").format(path=path)),
                 on_error=self._failed)

    def export_sync(self) -> None:
        self._export(export_sync)

    def export_package(self) -> None:
        self._export(export_package)

    def export_bundle(self) -> None:
        ok, passphrase = self._passphrase()
        if not ok:
            return
        self.status.setText(self.tr("Writing…"))
        run_task(export_bundle, self.folder.currentText(), passphrase=passphrase,
                 on_done=lambda paths: self.status.setText(self.tr("Written: {path}").format(
                     path=", ".join(str(p) for p in paths))),
                 on_error=self._failed)

    def _failed(self, exc, _trace="") -> None:
        self.status.setText(self.tr("Failed."))
        show_error(self, self.tr("Sync"), exc)

    # ---- import ----
    def _passphrases_for(self, paths) -> str | None:
        encrypted = [p for p in paths if is_encrypted(p)]
        return self._ask_passphrase(Path(encrypted[0]).name) if encrypted else None

    def offer_file(self, path) -> None:
        """Show *path* (a file opened from outside, e.g. double-clicked) ready to merge on a click."""
        self.offered = str(path)
        self.offer_label.show()
        self.offer_button.show()
        self.retranslate()
        self.offer_button.setFocus()

    def merge_offered(self) -> None:
        if self.offered is None:
            return
        path, self.offered = self.offered, None
        self.offer_label.hide()
        self.offer_button.hide()
        self.merge([path])

    def merge(self, paths=None) -> None:
        paths = list(paths) if paths is not None else self._choose_files(self.tr("Merge sync files"))
        if not paths:
            return
        passphrase = self._passphrases_for(paths)
        self.passphrases.update({str(p): passphrase for p in paths})
        self.status.setText(self.tr("Merging {n} files…").format(n=len(paths)))
        run_task(merge_files, paths, passphrase, on_done=self._merged, on_error=self._failed)

    def import_package(self, path=None) -> None:
        path = path or next(iter(self._choose_files(self.tr("Import event package"))), None)
        if path:
            self.status.setText(self.tr("Importing {name}…").format(name=Path(path).name))
            run_task(import_package, path, self._passphrases_for([path]), on_done=lambda r: self._merged([r]),
                     on_error=self._failed)

    def _merged(self, reports) -> None:
        for report in reports:
            self._add_row(report)
        refused = sum(1 for r in reports if not r.ok)
        self.status.setText(self.tr("{ok} merged, {refused} refused.").format(ok=len(reports) - refused,
                                                                              refused=refused))
        first_refused = next((i for i, r in enumerate(self.reports) if not r.ok and r in reports), None)
        if first_refused is not None:  # its reason in full under the table
            self.results.selectRow(first_refused)
        self.refresh()

    def _add_row(self, report, row: int | None = None) -> None:
        if row is None:
            row = self.results.rowCount()
            self.results.insertRow(row)
            self.reports.append(report)
        self.reports[row] = report
        cells = merge_rows.cells(report)
        details = cells[-1]
        for col, value in enumerate(cells):
            item = QTableWidgetItem(str(value))
            if not report.ok:
                item.setForeground(REFUSED)
            if col == 5 and report.duplicates:
                item.setToolTip("\n".join(f"{d['name']} ({d['code']}): {d['counts']['desk_name']}"
                                          for d in report.duplicates))
            if col in (0, 6):
                item.setToolTip(report.path if col == 0 else details)
            self.results.setItem(row, col, item)

    def _selected_report(self):
        rows = self.results.selectionModel().selectedRows()
        return (rows[0].row(), self.reports[rows[0].row()]) if rows else (None, None)

    def _selection_changed(self) -> None:
        row, report = self._selected_report()
        self.trust_button.setEnabled(report is not None and report.ok and report.desk_id is not None)
        if report is None:
            self.detail.clear()
            return
        lines = [f"<b>{html.escape(report.path)}</b>"]
        if not report.ok:
            lines.append(f"<span style='color:{REFUSED.name()}'>{html.escape(report.reason())}</span>")
        else:
            lines.append(html.escape(self.results.item(row, 6).text()))
            lines += [html.escape(line) for line in merge_rows.duplicate_lines(report)]
        self.detail.setText("<br>".join(lines))

    def _ask_reason(self, desk: str) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("Reject a desk"),
                                        self.tr("Why are the records of desk '{desk}' not to count?").format(desk=desk))
        return text if ok else None

    def reject_desk(self, row: int | None = None) -> None:
        """Reject the desk that signed the selected file: its records stop counting (kept, shown voided)."""
        if row is None:
            row, report = self._selected_report()
        else:
            report = self.reports[row]
        if report is None or not report.ok or not report.desk_id:
            return
        reason = self._ask_reason(report.desk_name)
        if not reason:
            return
        pin = self._ask_pin() if settings.has_admin_pin() else None
        try:
            desk = decide(report.desk_id, "reject", reason=reason, pin=pin)
        except DomainError as exc:  # a wrong PIN, already rejected, this desk itself: said, nothing changed
            self._failed(exc)
            return
        self.status.setText(self.tr("Desk '{desk}' rejected: its records no longer count.").format(desk=desk.name))
        self.refresh()

    # ---- coverage ----
    def refresh_coverage(self) -> None:
        self.campaign_box.refresh()
        self.coverage_box.refresh()
