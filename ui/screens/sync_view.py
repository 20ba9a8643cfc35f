"""Sync: write this desk's sync file, an event package or a hub's bundle (to a folder or USB stick,
optionally encrypted), merge the files of other desks with a report per file (new desks named with
their fingerprint), reject the desk of a file, and see the regency-wide coverage per unit. Long work
goes through ui.tasks.run_task."""
from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ikrar.models import events, settings
from ikrar.models.clock import parse_iso
from ikrar.models.errors import DomainError, NotFound
from ikrar.models.queries import coverage as cov
from ikrar.models.sync.bundle import export_bundle
from ikrar.models.sync.crypto import is_encrypted
from ikrar.models.sync.decisions import decide
from ikrar.models.sync.export import export_sync, removable_folders
from ikrar.models.sync.merge import merge_files
from ikrar.models.sync.package import export_package, import_package
from ikrar.reports import api as reports_api
from ikrar.ui.dialogs.errors import show_error
from ikrar.ui.i18n import date_text, number, percent_of, time_text
from ikrar.ui.screens.campaign_coverage import CampaignCoverageBox
from ikrar.ui.tasks import run_task

REFUSED = QColor("#b00020")


def _box(layout, *items):
    """Fill *layout* with widgets, layouts or (item, stretch) pairs; returns it."""
    for item in items:
        item, stretch = item if isinstance(item, tuple) else (item, 0)
        (layout.addLayout if isinstance(item, QLayout) else layout.addWidget)(item, stretch)
    return layout


def _recorded(duplicate: dict) -> str:
    """When the record that counts was made, on its event's clock: "23 November 2026 07.10 WIB"."""
    stamp = duplicate["counts"]["recorded_at"]
    try:
        tz = events.find_event(duplicate["event_id"]).tz
    except NotFound:
        tz = None  # (cannot happen: the file's event was merged) its own offset, named
    try:
        return time_text(parse_iso(stamp), tz, with_date=True)
    except ValueError:
        return stamp


class SyncView(QWidget):
    back = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.reports = []  # MergeReports shown in the results table, row by row
        self.passphrases: dict[str, str | None] = {}
        self.back_button, self.title = QPushButton(self), QLabel(self)
        self.export_box, self.import_box = QGroupBox(self), QGroupBox(self)
        self.results_box, self.coverage_box = QGroupBox(self), QGroupBox(self)
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
        self.results = self._table(7, 6, {0: 170})
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.coverage_table = self._table(5, 0)
        self.coverage_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # coverage counts this database's roster; without one it says so, and people known only from
        # sync files are a table of their own, without a percentage
        self.coverage_note, self.outside_label = QLabel(self), QLabel(self)
        for label in (self.coverage_note, self.outside_label):
            label.setWordWrap(True)
            label.hide()
        self.coverage_note.setStyleSheet(f"color: {REFUSED.name()}; font-weight: bold")
        self.outside_table = self._table(3, 0)
        self.outside_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.outside_table.hide()
        self.refresh_button, self.pdf_button, self.xlsx_button = QPushButton(self), QPushButton(self), QPushButton(self)
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
        self.refresh_button.clicked.connect(self.refresh_coverage)
        self.pdf_button.clicked.connect(lambda: self.export_not_signed("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export_not_signed("xlsx"))
        shortcut = QShortcut(QKeySequence("Esc"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.back)
        self.retranslate()
        self.refresh()

    def _table(self, columns: int, stretch: int, fixed: dict[int, int] | None = None) -> QTableWidget:
        table = QTableWidget(0, columns, self)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # long file names keep their desk part
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        for col, width in (fixed or {}).items():
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(col, width)
        return table

    def _layout(self) -> None:
        grid = QGridLayout(self.export_box)
        grid.addWidget(self.event_label, 0, 0)
        grid.addWidget(self.event_combo, 0, 1, 1, 2)
        grid.addWidget(self.folder_label, 1, 0)
        grid.addWidget(self.folder, 1, 1)
        grid.addWidget(self.choose_button, 1, 2)
        grid.addLayout(_box(QHBoxLayout(), self.encrypt, self.pass1, self.pass2), 2, 0, 1, 3)
        grid.addLayout(_box(QHBoxLayout(), self.export_sync_button, self.export_package_button,
                            self.export_bundle_button), 3, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        _box(QVBoxLayout(self.import_box), self.offer_label, self.offer_button, self.merge_button,
             self.import_package_button, self.trust_button, self.import_hint).addStretch(1)
        _box(QVBoxLayout(self.results_box), (self.results, 1), self.detail)
        _box(QVBoxLayout(self.coverage_box), self.coverage_note, (self.coverage_table, 3), self.outside_label,
             (self.outside_table, 1), _box(QHBoxLayout(), self.refresh_button, self.pdf_button, self.xlsx_button))
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.results_box)
        self.coverage_tabs.addTab(self.coverage_box, "")
        self.coverage_tabs.addTab(self.campaign_box, "")
        split.addWidget(self.coverage_tabs)
        split.setSizes([880, 480])
        _box(QVBoxLayout(self), _box(QHBoxLayout(), self.back_button, (self.title, 1)),
             _box(QHBoxLayout(), (self.export_box, 3), (self.import_box, 2)), (split, 1), self.status)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Back (Esc)"))
        self.title.setText("<b style='font-size:14pt'>" + self.tr("Sync and coverage") + "</b>")
        self.export_box.setTitle(self.tr("Export from this desk"))
        self.import_box.setTitle(self.tr("Import files from other desks"))
        self.results_box.setTitle(self.tr("Merge results"))
        self.coverage_box.setTitle(self.tr("Coverage across all events (who has signed at least once)"))
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
                 on_done=lambda path: self.status.setText(self.tr("Written: {path}").format(path=path)),
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
        if report.ok:
            counts = (("signatures", self.tr("new signatures: {n}")), ("voids", self.tr("voids: {n}")),
                      ("people", self.tr("new people: {n}")), ("events", self.tr("new events: {n}")))
            parts = [text.format(n=number(report.new[key])) for key, text in counts if report.new.get(key)]
            if any(report.updated.values()):
                updated = ", ".join(f"{k} {number(v)}" for k, v in report.updated.items() if v)
                parts.append(self.tr("updated: {what}").format(what=updated))
            parts[:0] = [self.tr("NEW DESK {name}, fingerprint {fp}").format(name=d["name"], fp=d["fingerprint"])
                         for d in report.new_desks]  # first: a key nobody expected is worth a look
            parts += [self.tr("CONFLICT {kind} {id}: same UUID, other content (a copied key?)").format(
                kind=c["kind"], id=c["id"]) for c in report.conflicts]
            parts += [self.tr("hub {name}: {n} decisions not counted until you trust it").format(
                name=h["name"], n=number(h["decisions"])) for h in report.hubs if h["decisions"] and not h["trusted"]]
            if report.already_merged:
                parts.append(self.tr("this very file was merged before ({when}): nothing new").format(
                    when=report.already_merged[:16].replace("T", " ")))
            details = " · ".join(parts) or self.tr("nothing new")
        else:
            details = report.reason()
        cells = [Path(report.path).name, report.desk_name or "", self.tr("Merged") if report.ok else self.tr("Refused"),
                 number(report.new.get("attendances", 0)) if report.ok else "",
                 number(report.known.get("attendances", 0)) if report.ok else "",
                 number(len(report.duplicates)) if report.ok else "", details]
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
            lines += [html.escape(self.tr("Duplicate: {name} ({code}) counts at {desk} {at}").format(
                name=d["name"], code=d["code"], desk=d["counts"]["desk_name"], at=_recorded(d)))
                for d in report.duplicates[:5]]
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
        summary = cov.summary()
        rows = summary.units
        self.coverage_rows = rows
        if settings.get("merged_before_trust_model"):  # its merged data cannot be vouched for
            self.status.setText(self.tr("Warning: this database merged files before the trust update; merge the "
                                        "original files again into a fresh hub database."))
        self.coverage_note.setVisible(not summary.roster_imported)
        self.coverage_table.setVisible(summary.roster_imported)  # no roster: no table, no percentage
        self._fill(self.coverage_table, [
            [self.tr("Total") if r is summary.total else self._unit_name(r), number(r.employees), number(r.signed),
             number(r.not_signed), percent_of(r.signed_pct)] for r in ([*rows, summary.total] if rows else [])])
        for widget in (self.outside_label, self.outside_table):
            widget.setVisible(bool(summary.outside))
        self._fill(self.outside_table, [
            [self.tr("Total") if k is summary.outside_total else self._unit_name(k), number(k.people), number(k.signed)]
            for k in ([*summary.outside, summary.outside_total] if summary.outside else [])])

    def _unit_name(self, row) -> str:
        return row.unit_name if row.unit_id is not None else self.tr("(no unit)")

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list]) -> None:
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

    def selected_unit_ids(self) -> list | None:
        rows = [i.row() for i in self.coverage_table.selectionModel().selectedRows()]
        picked = [self.coverage_rows[r].unit_id for r in rows if r < len(self.coverage_rows)]
        return picked or None

    def export_not_signed(self, kind: str) -> None:
        fn = reports_api.coverage_not_signed if kind == "pdf" else reports_api.coverage_not_signed_xlsx
        out = Path(self.folder.currentText()) / f"BELUM-TTD_SEMUA-ACARA.{kind}"
        run_task(fn, out, unit_ids=self.selected_unit_ids(), on_error=self._failed,
                 on_done=lambda result: self.status.setText(self.tr("Written: {path}").format(path=result.path)))
