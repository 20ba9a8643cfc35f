"""Import the employee list: pick a CSV/XLSX, check the detected columns and the first rows, check
(dry run) or import off the GUI thread with progress and cancel, then read the report."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ikrar.models.errors import DomainError
from ikrar.models.roster import ImportCancelled, RosterError, import_roster, read_roster
from ikrar.ui.dialogs.column_mapping import ColumnMapping
from ikrar.ui.dialogs.common import ERROR_STYLE, HINT_STYLE, make_button
from ikrar.ui.dialogs.errors import explain, show_error
from ikrar.ui.dialogs.import_report import ImportReportView
from ikrar.ui.tasks import run_task

PREVIEW_ROWS = 8


class ImportRosterDialog(QDialog):
    imported = Signal(object)  # the ImportReport of a real (not dry) run

    def __init__(self, parent=None):
        super().__init__(parent)
        self.roster = None
        self.preview_rows: list[dict] = []
        self.report = None
        self.task = None
        self.running = False
        self._close_when_stopped = False
        self._cancel_requested = False
        self.file_label = QLabel(self)
        self.path = QLineEdit(self)
        self.path.setReadOnly(True)
        self.choose = make_button("", self, object_name="choose")
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.hide()
        top = QHBoxLayout()
        top.addWidget(self.file_label)
        top.addWidget(self.path, 1)
        top.addWidget(self.choose)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._setup_page())
        self.report_view = ImportReportView(self)
        self.pages.addWidget(self.report_view)

        self.progress = QProgressBar(self)
        self.progress.hide()
        self.cancel_button = make_button("", self, object_name="cancelRun")
        self.cancel_button.hide()
        self.back_button = make_button("", self, object_name="back")
        self.check_button = make_button("", self, object_name="check")
        self.import_button = make_button("", self, default=True, object_name="import")
        self.close_button = make_button("", self, object_name="close")
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addStretch(0)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.check_button)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)

        self.choose.clicked.connect(self._ask_file)
        QShortcut(QKeySequence("Ctrl+O"), self, activated=self._ask_file)
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        self.cancel_button.clicked.connect(self.cancel)
        self.back_button.clicked.connect(lambda: self._show_page(0))
        self.close_button.clicked.connect(self.reject)
        self.retranslate()
        self.choose.setFocus()  # the first thing to do: Enter or Space opens the file picker
        self.resize(1100, 640)

    def _setup_page(self) -> QWidget:
        page = QWidget(self)
        self.intro = QLabel(page)
        self.intro.setWordWrap(True)
        self.file_info = QLabel(page)
        self.file_info.setWordWrap(True)
        self.file_info.setStyleSheet(HINT_STYLE)
        self.columns = ColumnMapping(page)
        self.deactivate = QCheckBox(page)
        self.columns.right.addWidget(self.deactivate)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.file_info)
        layout.addWidget(self.columns, 1)
        self.columns.changed.connect(self._mapping_changed)
        return page

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import the employee list"))
        self.file_label.setText(self.tr("File:"))
        self.path.setPlaceholderText(self.tr("no file chosen yet"))
        self.choose.setText(self.tr("Choose file… (Ctrl+O)"))
        self.intro.setText(self.tr(
            "Choose the employee list exported from SIASN or SIMPEG (CSV or XLSX). Ikrar finds the columns "
            "itself; check them below and change any that is wrong. People already in Ikrar are updated, "
            "not added twice."))
        self.deactivate.setText(self.tr("Mark people who are not in this file as no longer active"))
        self.deactivate.setToolTip(self.tr(
            "Use this only with the complete list of the whole government; they stay in past events."))
        self.cancel_button.setText(self.tr("Stop"))
        self.back_button.setText(self.tr("Back to the columns"))
        self.check_button.setText(self.tr("Check first"))
        self.check_button.setToolTip(self.tr("Read the whole file and show what would happen, without saving"))
        self._describe_file()
        self._show_page(self.pages.currentIndex())  # also the texts that depend on the page

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- the file -------------------------------------------------------------------------
    def _ask_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the employee list"), "",
                                              self.tr("Employee lists (*.csv *.txt *.xlsx *.xlsm *.xls *.ods);;"
                                                      "All files (*)"))
        if path:
            self.load_file(path)

    def load_file(self, path) -> bool:
        """Open *path*, show its columns and first rows; False (with the reason shown) if refused."""
        self.path.setText(str(path))
        self.roster, self.preview_rows, self.report = None, [], None
        self.problem.hide()
        self.problem.setStyleSheet(ERROR_STYLE)
        try:
            roster = read_roster(path)
            try:
                self.preview_rows = roster.preview(PREVIEW_ROWS)
            finally:
                roster.close()
        except RosterError as exc:
            self.problem.setText(self.refusal_text(path, exc))
            self.problem.show()
            self.columns.set_file([], {}, [])
            self._describe_file()
            self._show_page(0)
            return False
        except OSError as exc:
            show_error(self, self.tr("The file could not be read"), exc)
            return False
        self.roster = roster
        self.columns.set_file([h for h in roster.headers if h], roster.mapping, self.preview_rows)
        self._describe_file()
        self._show_page(0)
        return True

    def refusal_text(self, path, exc: RosterError) -> str:
        """The file's name, why it is refused, the columns it does have, and what to do."""
        reason = exc.text()
        for prefix in (f"{exc.path}: ", f"{path}: "):
            reason = reason.removeprefix(prefix)
        lines = [self.tr("{file} is not an employee list Ikrar can read: {reason}").format(
            file=Path(path).name, reason=reason)]
        if exc.headers and not all(h in reason for h in exc.headers[:3]):
            lines.append(self.tr("Columns found: {headers}").format(headers=", ".join(exc.headers[:40])))
        advice = explain(exc)[1]
        if advice:
            lines.append(advice)
        return "\n".join(lines)

    def _describe_file(self) -> None:
        r = self.roster
        if r is None:
            self.file_info.setText("")
            return
        how = self.tr("Excel sheet {sheet}").format(sheet=r.sheet or "1") if r.kind != "csv" else self.tr(
            "CSV separated by “{delimiter}”, {encoding}").format(
            delimiter="TAB" if r.delimiter == "\t" else r.delimiter, encoding=r.encoding)
        self.file_info.setText(self.tr("{how}; column titles on row {row}; about {count} rows.").format(
            how=how, row=r.header_row, count=max(r.total_estimate, len(self.preview_rows))))

    def _mapping_changed(self) -> None:
        ready = self.roster is not None and not self.columns.problem() and not self.running
        self.check_button.setEnabled(ready)
        self.import_button.setEnabled(ready)

    # --- running --------------------------------------------------------------------------
    def run(self, dry_run: bool) -> None:
        if self.roster is None or self.running:
            return
        self._cancel_requested = False
        self._running(True)
        task = run_task(import_roster, str(self.roster.path), mapping=self.columns.changed_mapping() or None,
                        dry_run=dry_run, deactivate_missing=self.deactivate.isChecked(),
                        cancel=lambda: self._cancel_requested,
                        on_done=self._done, on_error=self._failed, on_progress=self._progress)
        if not task.finished:  # a synchronous run (tests) has already reported
            self.task = task

    def cancel(self) -> None:
        self._cancel_requested = True  # the import checks this between rows
        self.cancel_button.setEnabled(False)

    def _running(self, running: bool) -> None:
        self.running = running
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)  # busy until the first figure arrives
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        for widget in (self.choose, self.check_button, self.import_button, self.back_button, self.pages):
            widget.setEnabled(not running)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _stopped(self) -> None:
        self.task = None
        self._running(False)
        if self._close_when_stopped:
            super().reject()

    def _done(self, report) -> None:
        self.report = report
        self._stopped()
        self.report_view.set_report(report)
        self._show_page(1)
        if not report.dry_run:
            self.imported.emit(report)

    def _failed(self, exc: BaseException, _trace: str) -> None:
        self._stopped()
        if isinstance(exc, ImportCancelled):
            self.problem.setStyleSheet(HINT_STYLE)
            self.problem.setText(exc.text())
            self.problem.show()
        elif isinstance(exc, DomainError):
            self.problem.setStyleSheet(ERROR_STYLE)
            self.problem.setText(exc.text())
            self.problem.show()
        else:
            show_error(self, self.tr("The import failed"), exc)
        self._mapping_changed()

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        report = self.report
        self.back_button.setVisible(index == 1)
        done = index == 1 and report is not None and not report.dry_run
        self.check_button.setVisible(index == 0)
        self.import_button.setVisible(not done)
        self.import_button.setText(self.tr("Import now") if index == 1 else self.tr("Import"))
        self.close_button.setText(self.tr("Done") if done else self.tr("Close"))
        if done:
            self.close_button.setDefault(True)
        self._mapping_changed()

    def reject(self) -> None:
        if self.running:  # closing while it runs: stop it first, nothing is written
            self._close_when_stopped = True
            self.cancel()
            return
        super().reject()
