"""Import the employee list: pick a CSV/XLSX, check the detected columns and the first rows (a file
whose column titles Ikrar does not know opens with the mapping to fill in), check (dry run) or
import off the GUI thread with progress and cancel, then read the report. Closing the window while
an import runs asks first, and says afterwards that it was cancelled and nothing changed."""
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
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ikrar.models.errors import DomainError
from ikrar.models.roster import ImportCancelled, RosterError, import_roster, read_roster
from ikrar.models.roster.headers import header_list
from ikrar.ui.dialogs.column_mapping import ColumnMapping
from ikrar.ui.dialogs.common import ERROR_STYLE, HINT_STYLE, WARN_STYLE, make_button
from ikrar.ui.dialogs.errors import explain, show_error
from ikrar.ui.dialogs.import_report import ImportReportView
from ikrar.ui.tasks import run_task

PREVIEW_ROWS = 20


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
        self._dry_run = False
        self._mapping_hint = False  # the line under the file asks for columns to be chosen
        self.stop_question: QMessageBox | None = None  # "stop the import?" while it is open
        self.cancel_notice: QMessageBox | None = None  # "cancelled, nothing changed" after closing
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
        self._say("", ERROR_STYLE)
        try:
            roster = read_roster(path, partial=True)
            try:
                self.preview_rows = roster.preview(PREVIEW_ROWS)
            finally:
                roster.close()
        except RosterError as exc:
            self._say(self.refusal_text(path, exc), ERROR_STYLE)
            self.columns.set_file([], {}, [])
            self._describe_file()
            self._show_page(0)
            return False
        except OSError as exc:
            show_error(self, self.tr("The file could not be read"), exc)
            return False
        self.roster = roster
        self.columns.set_file([h for h in roster.headers if h], roster.mapping, self.preview_rows)
        if not roster.complete:  # titles Ikrar does not know: the person maps them
            self._say(self.tr("Ikrar does not know every column title in {file}. Choose the columns marked * on "
                              "the left; the first rows on the right show what each column holds.").format(
                file=Path(path).name), WARN_STYLE)
            self._mapping_hint = True
        self._describe_file()
        self._show_page(0)
        return True

    def refusal_text(self, path, exc: RosterError) -> str:
        """The file's name, why it is refused, the columns it does have, and what to do."""
        reason = exc.text()
        for prefix in (f"{exc.path}: ", f"{path}: "):
            reason = reason.removeprefix(prefix)
        if exc.code in ("not_a_table", "damaged", "unreadable"):  # the reason says what it is and what to do
            return f"{Path(path).name}: {reason}"
        lines = [self.tr("{file} is not an employee list Ikrar can read: {reason}").format(
            file=Path(path).name, reason=reason)]
        listed = header_list(exc.headers)[0]
        if exc.headers and listed not in reason:
            lines.append(self.tr("Columns found: {headers}").format(headers=listed))
        advice = explain(exc)[1]
        if advice:
            lines.append(advice)
        return "\n".join(lines)

    def _say(self, text: str, style: str) -> None:
        """The line under the file name: a refusal, a hint or what became of a run ("" hides it)."""
        self.problem.setStyleSheet(style)
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self._mapping_hint = False

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
        if ready and self._mapping_hint:  # the columns are chosen now
            self._say("", HINT_STYLE)

    # --- running --------------------------------------------------------------------------
    def run(self, dry_run: bool) -> None:
        if self.roster is None or self.running:
            return
        self._cancel_requested = False
        self._dry_run = dry_run
        self._say("", HINT_STYLE)
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
        self.cancel_button.setText(self.tr("Stopping…"))

    def _running(self, running: bool) -> None:
        self.running = running
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)  # busy until the first figure arrives
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.cancel_button.setText(self.tr("Stop"))
        for widget in (self.choose, self.check_button, self.import_button, self.back_button, self.pages):
            widget.setEnabled(not running)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _stopped(self) -> bool:
        """The run is over; True when the person had asked to close the window (then closed)."""
        self.task = None
        self._running(False)
        if self.stop_question is not None:  # it ended before the question was answered
            self.stop_question.done(QMessageBox.StandardButton.Cancel)
            self.stop_question = None
        closing, self._close_when_stopped = self._close_when_stopped, False
        return closing

    def _done(self, report) -> None:
        self.report = report
        closing = self._stopped()
        self.report_view.set_report(report)
        self._show_page(1)
        if closing and not report.dry_run:  # too late to stop: it is written; the report says what changed
            self._say(self.tr("The import had already finished when you asked to stop it; the report below "
                              "shows what changed."), WARN_STYLE)
        elif closing:
            super().reject()
        if not report.dry_run:
            self.imported.emit(report)

    def _failed(self, exc: BaseException, _trace: str) -> None:
        closing = self._stopped()
        if isinstance(exc, ImportCancelled):
            text = self.cancelled_text()
            if closing:
                super().reject()
                if not self._dry_run:
                    self._tell_cancelled(text)
                return
            self._say(text, HINT_STYLE)
        elif closing:
            super().reject()
            show_error(self.parentWidget(), self.tr("The import failed"), exc)
            return
        elif isinstance(exc, DomainError):
            self._say(exc.text(), ERROR_STYLE)
        else:
            show_error(self, self.tr("The import failed"), exc)
        self._mapping_changed()

    def cancelled_text(self) -> str:
        if self._dry_run:
            return self.tr("The check was stopped. Nothing was changed.")
        return self.tr("The import was cancelled. Nothing was changed: Ikrar keeps the employee list it had before.")

    def _tell_cancelled(self, text: str) -> None:
        """After the window closed: a box on the window behind saying the import was cancelled."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import cancelled"), text,
                          QMessageBox.StandardButton.Ok, self.parentWidget())
        box.setObjectName("importCancelled")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: setattr(self, "cancel_notice", None))
        self.cancel_notice = box
        box.open()

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
        """Close, Escape or the window's ✕. While a check runs it is stopped and the window closes;
        while an import runs the person is asked first (nothing is written until it ends)."""
        if not self.running:
            super().reject()
        elif self._dry_run:
            self._stop_and_close()
        elif self.stop_question is None and not self._close_when_stopped:
            self._ask_to_stop()

    def _ask_to_stop(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Stop the import?"), self.tr(
            "The employee list is still being imported. If you stop now, nothing is changed: Ikrar keeps the "
            "list it had before."), QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("stopImport")
        stop = box.addButton(self.tr("Stop the import"), QMessageBox.ButtonRole.DestructiveRole)
        stop.setObjectName("stopImportYes")
        keep = box.addButton(self.tr("Continue importing"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("stopImportNo")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def answered(_result: int) -> None:
            if self.stop_question is box:
                self.stop_question = None
                if box.clickedButton() is stop and self.running:
                    self._stop_and_close()

        box.finished.connect(answered)
        self.stop_question = box
        box.open()

    def _stop_and_close(self) -> None:
        self._close_when_stopped = True
        self.cancel()
