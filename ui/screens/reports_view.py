"""Reports: choose a document and its options, generate it off the GUI thread (progress, cancel),
then open it in the system viewer, save a copy where the user says, or print it. A document is
named for its kind, its event and the event's date ("rekapitulasi_apel-senin_2026-11-23.pdf"), and
stands only for the choices it was made with: changing the document or an option clears it (Open,
Save as and Print wait for the new one).

Documents are written to a private temporary folder first (they hold signatures: personal data),
and copied out only by "Save as". Printing renders the PDF's pages to images: with QtPdf when
PySide6 has it, else with poppler's pdftoppm; with neither the Print button is hidden.
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ikrar.models import settings
from ikrar.models.errors import DomainError
from ikrar.models.events import find_event
from ikrar.reports.api import generate as generate_report
from ikrar.reports.api import options_of
from ikrar.reports.files import Cancelled, safe_part
from ikrar.ui.screens.event_text import event_when
from ikrar.ui.tasks import run_task

KINDS = ("signed-list", "recap", "not-signed", "pacts", "qr-cards", "xlsx")
FILE_NAMES = {"signed-list": "daftar-hadir.pdf", "recap": "rekapitulasi.pdf", "not-signed": "belum-ttd.pdf",
              "pacts": "pakta-integritas.pdf", "qr-cards": "kartu-qr.pdf", "xlsx": "daftar-hadir.xlsx"}


def document_name(kind: str, event, folder: bool = False) -> str:
    """The kind, the event's title and its date: "daftar-hadir_apel-senin_2026-11-23.pdf" (only
    ASCII letters, digits, '-' and '_': a title may come from another desk's file). *folder*: the
    name of the folder holding one file per person, without a suffix."""
    stem, suffix = FILE_NAMES[kind].rsplit(".", 1)
    title = safe_part(event.title, 40).lower().replace("_", "-")
    name = "_".join(part for part in (stem, title, event.date.isoformat()) if part)
    return name if folder else f"{name}.{suffix}"


def _has_qtpdf() -> bool:
    try:
        import PySide6.QtPdf  # noqa: F401  (late, optional: PySide6-Addons, absent in the shipped build)
    except ImportError:
        return False
    return True


def can_print() -> bool:
    return _has_qtpdf() or shutil.which("pdftoppm") is not None


def generate(kind: str, event_id: str, out: str, options: dict, progress=None, cancel=None):
    """Runs on a worker thread (peewee gives it its own connection)."""
    return generate_report(kind, find_event(event_id), out, progress=progress, cancel=cancel, **options)


def render_pages(pdf: str, folder: str, dpi: int, first: int, last: int, progress=None, cancel=None) -> list[str]:
    """Page images for printing, made by pdftoppm (worker thread)."""
    pages = []
    for number in range(first, last + 1):
        if cancel is not None and cancel():
            break
        stem = str(Path(folder) / f"page-{number:05d}")
        subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(number), "-l", str(number), "-singlefile",
                        pdf, stem], check=True, capture_output=True)
        pages.append(stem + ".png")
        if progress is not None:
            progress(number - first + 1, last - first + 1)
    return pages


class ReportsView(QWidget):
    back = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.event_id: str | None = None
        self.current_event = None
        self.result = None  # reports.api.Result of the last document, for the choices shown
        self.made = 0  # choices changed: a document still being made for the old ones is dropped
        self.task = None
        self._tmp = tempfile.TemporaryDirectory(prefix="ikrar-reports-")
        self.back_button, self.title, self.event_label = QPushButton(self), QLabel(self), QLabel(self)
        self.title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.event_label.setStyleSheet("font-size: 11pt;")
        self.kind = QComboBox(self)
        self.paper, self.order = QComboBox(self), QComboBox(self)
        self.paper.addItems(["F4", "A4"])
        self.group_by_unit, self.all_expected = QCheckBox(self), QCheckBox(self)
        self.signatures, self.one_file_each = QCheckBox(self), QCheckBox(self)
        self.hint = QLabel(self, wordWrap=True, styleSheet="color: #555;")
        self.generate_button, self.cancel_button = QPushButton(self), QPushButton(self)
        self.open_button, self.save_button, self.print_button = QPushButton(self), QPushButton(self), QPushButton(self)
        self.progress = QProgressBar(self)
        self.status = QLabel(self, wordWrap=True)
        self.options_box, self.result_box = QGroupBox(self), QGroupBox(self)
        self.labels = {name: QLabel(self) for name in ("kind", "paper", "order")}
        self._layout()
        self.back_button.clicked.connect(self.back.emit)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.kind.currentIndexChanged.connect(self._choices_changed)
        for combo in (self.paper, self.order):
            combo.currentIndexChanged.connect(self._choices_changed)
        for box in (self.group_by_unit, self.all_expected, self.signatures, self.one_file_each):
            box.toggled.connect(self._choices_changed)
        self.generate_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button.clicked.connect(self.open_document)
        self.save_button.clicked.connect(lambda: self.save_as())
        self.print_button.clicked.connect(self.print_document)
        self.print_button.setVisible(can_print())
        self.retranslate()
        self._busy(False)

    def _layout(self) -> None:
        def row(*widgets, stretch=True) -> QHBoxLayout:
            layout = QHBoxLayout()
            for widget in widgets:
                layout.addWidget(widget)
            if stretch:
                layout.addStretch(1)
            return layout

        form = QFormLayout(self.options_box)
        for name in ("kind", "paper", "order"):
            form.addRow(self.labels[name], getattr(self, name))
        for widget in (self.group_by_unit, self.all_expected, self.signatures, self.one_file_each, self.hint):
            form.addRow("", widget)
        form.addRow("", row(self.generate_button, self.cancel_button))
        result = QVBoxLayout(self.result_box)
        result.addWidget(self.progress)
        result.addWidget(self.status)
        result.addLayout(row(self.open_button, self.save_button, self.print_button))
        result.addStretch(1)
        self.options_box.setMaximumWidth(640)
        self.generate_button.setMinimumHeight(36)
        self.status.setStyleSheet("font-size: 11pt;")
        top = row(self.back_button, self.title, stretch=False)
        top.setStretch(1, 1)
        body = row(self.options_box, self.result_box, stretch=False)
        main = QVBoxLayout(self)
        main.addLayout(top)
        main.addWidget(self.event_label)
        main.addLayout(body)
        main.addStretch(1)

    # --- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Back"))
        self.title.setText(self.tr("Print and reports"))
        names = [self.tr("Signed attendance list (daftar hadir)"), self.tr("Recap per unit (rekapitulasi)"),
                 self.tr("Not signed yet, per unit"), self.tr("Signed pact per person (pakta integritas)"),
                 self.tr("QR cards for the next apel"), self.tr("Spreadsheet (XLSX): list and recap")]
        current = max(self.kind.currentIndex(), 0)
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItems(names)
        self.kind.setCurrentIndex(current)
        self.kind.blockSignals(False)
        order = max(self.order.currentIndex(), 0)
        self.order.blockSignals(True)  # the same choice in another language: the document stands
        self.order.clear()
        self.order.addItems([self.tr("Roster order within each unit"), self.tr("By name")])
        self.order.setCurrentIndex(order)
        self.order.blockSignals(False)
        self.labels["kind"].setText(self.tr("Document"))
        self.labels["paper"].setText(self.tr("Paper"))
        self.labels["order"].setText(self.tr("Order"))
        self.group_by_unit.setText(self.tr("A heading and numbering per unit"))
        self.all_expected.setText(self.tr("Everyone expected, with absence codes (Ket.)"))
        self.signatures.setText(self.tr("A small signature image in each row"))
        self.one_file_each.setText(self.tr("One PDF file per person (into a folder)"))
        self.options_box.setTitle(self.tr("Document and options"))
        self.result_box.setTitle(self.tr("Result"))
        self.generate_button.setText(self.tr("Generate"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.open_button.setText(self.tr("Open"))
        self.save_button.setText(self.tr("Save as…"))
        self.print_button.setText(self.tr("Print…"))
        self._kind_changed()
        self._show_event()  # the date in the new language

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- state -----------------------------------------------------------------------------------
    def set_event(self, event_id: str) -> None:
        self.event_id = event_id
        self.current_event = find_event(event_id)
        self._show_event()
        self.paper.setCurrentText(settings.get("paper"))
        self._choices_changed()

    def _show_event(self) -> None:
        if self.current_event is not None:
            self.event_label.setText(f"{self.current_event.title} — {event_when(self.current_event, place=False)}")

    def _choices_changed(self) -> None:
        """Another document, option or event: the one made before is not it (a saved "recap" must
        never be the signed list made before the choice changed)."""
        self.made += 1
        self.result = None
        self.status.setText("")
        self._busy(self.running())

    def current_kind(self) -> str:
        return KINDS[max(self.kind.currentIndex(), 0)]

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(KINDS.index(kind))

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        accepted = options_of(kind)
        self.paper.setEnabled("paper" in accepted)
        self.order.setEnabled("order" in accepted)
        self.group_by_unit.setVisible("group_by_unit" in accepted)
        self.all_expected.setVisible("all_expected" in accepted)
        self.signatures.setVisible(kind == "xlsx")
        self.one_file_each.setVisible(kind == "pacts")
        hints = {"signed-list": self.tr("The people present, each signature in its row (odd rows left, even "
                                        "rows right), with the approval block at the end."),
                 "recap": self.tr("Expected, present, signed, late and absence codes per unit, with totals, the "
                                  "split by kind of employee and a chart."),
                 "not-signed": self.tr("Who is expected and has not signed, per unit, for the follow-up."),
                 "pacts": self.tr("One page per signer with the exact pact text they read and their signature."),
                 "qr-cards": self.tr("Cut-out cards with a QR code (the NIP, or the card code of someone "
                                     "without one), per unit."),
                 "xlsx": self.tr("The attendance list and the recap as a workbook (NIP as text).")}
        self.hint.setText(hints[kind])

    def options(self) -> dict:
        return {"paper": self.paper.currentText(), "order": ("roster", "name")[max(self.order.currentIndex(), 0)],
                "group_by_unit": self.group_by_unit.isChecked(), "all_expected": self.all_expected.isChecked(),
                "signatures": self.signatures.isChecked()}

    def _busy(self, busy: bool) -> None:
        self.generate_button.setEnabled(not busy and self.event_id is not None)
        self.kind.setEnabled(not busy)  # the choices stay those of the document being made
        accepted = options_of(self.current_kind())
        self.paper.setEnabled(not busy and "paper" in accepted)
        self.order.setEnabled(not busy and "order" in accepted)
        for box in (self.group_by_unit, self.all_expected, self.signatures, self.one_file_each):
            box.setEnabled(not busy)
        self.cancel_button.setVisible(busy)
        self.progress.setVisible(busy)
        has = self.result is not None and not busy
        for button in (self.open_button, self.save_button, self.print_button):
            button.setEnabled(has)
        self.print_button.setEnabled(has and self.result.path.suffix == ".pdf" and self.result.path.is_file())

    # --- generating ------------------------------------------------------------------------------
    def output_path(self, kind: str) -> Path:
        folder = Path(self._tmp.name)
        if kind == "pacts" and self.one_file_each.isChecked():
            target = folder / document_name(kind, self.current_event, folder=True)
            shutil.rmtree(target, ignore_errors=True)
            return target
        return folder / document_name(kind, self.current_event)

    def start(self) -> None:
        if self.event_id is None or self.running():
            return
        kind = self.current_kind()
        self.result = None
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Generating…"))
        self._busy(True)
        made = self.made
        self.task = run_task(generate, kind, self.event_id, str(self.output_path(kind)), self.options(),
                             on_done=lambda result: self._done(result, made), on_error=self._failed,
                             on_progress=self._progress)

    def running(self) -> bool:
        # (a synchronous task, as in tests, has finished before run_task returns)
        return self.task is not None and not self.task.finished

    def cancel(self) -> None:
        if self.running():
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _done(self, result, made: int | None = None) -> None:
        self.task = None
        if made is not None and made != self.made:  # the event changed meanwhile: not this document
            self._busy(False)
            return
        self.result = result
        parts = [self.tr("%n file(s)", "", len(result.files)) if result.files else
                 self.tr("%n page(s)", "", result.pages) if result.pages else "", self.tr("%n row(s)", "", result.rows)]
        text = ", ".join(p for p in parts if p)
        self.status.setText(self.tr("Ready: {what}. Fingerprint {fp} (printed in the footer).").format(
            what=text, fp=result.fingerprint))
        self._busy(False)

    def _failed(self, error: BaseException, details: str = "") -> None:
        self.task = None
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Cancelled: no document was written."))
        elif isinstance(error, DomainError):
            self.status.setText(error.text())
        else:
            self.status.setText(self.tr("The document could not be made: {error}").format(error=error))
        self._busy(False)

    # --- using the result ------------------------------------------------------------------------
    def open_document(self) -> bool:
        """The document in the computer's own viewer; where there is none, one sentence saying so."""
        if self.result is None:
            return False
        path = self.result.path
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            return True
        self.status.setText(self.tr("No program on this computer opens {path}: install a PDF reader (a spreadsheet "
                                    "program for an XLSX), or keep a copy with “Save as…”.").format(path=path))
        return False

    def save_as(self, target: str | None = None) -> Path | None:
        """Copy the document (or folder of documents) to *target*, asked for when not given."""
        if self.result is None:
            return None
        source = self.result.path
        if target is None:
            if source.is_dir():
                target = QFileDialog.getExistingDirectory(self, self.tr("Save the files into"))
            else:
                target = QFileDialog.getSaveFileName(self, self.tr("Save as"), str(Path.home() / source.name))[0]
            if not target:
                return None
        target_path = Path(target)
        try:
            if source.is_dir():
                target_path = target_path / source.name
                shutil.copytree(source, target_path, dirs_exist_ok=True)
            else:
                shutil.copyfile(source, target_path)
        except OSError as exc:
            self.status.setText(self.tr("Could not save: {error}").format(error=exc.strerror or exc))
            return None
        self.status.setText(self.tr("Saved: {path}").format(path=target_path))
        return target_path

    def print_document(self) -> None:
        # Late: the print support loads the printing system's libraries, only when asked to print.
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.result is None or self.result.path.suffix != ".pdf":
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(self.result.pages, 1))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        first = printer.fromPage() or 1
        last = printer.toPage() or max(self.result.pages, 1)
        dpi = min(printer.resolution(), 300)
        if _has_qtpdf():
            self._print_images(printer, self._qtpdf_pages(first, last, dpi))
            return
        folder = tempfile.mkdtemp(dir=self._tmp.name)
        self.status.setText(self.tr("Preparing the pages for the printer…"))
        self.task = run_task(render_pages, str(self.result.path), folder, dpi, first, last,
                             on_done=lambda pages: self._printed(printer, pages), on_error=self._failed,
                             on_progress=self._progress)
        self._busy(True)

    def _qtpdf_pages(self, first: int, last: int, dpi: int):
        from PySide6.QtPdf import QPdfDocument  # late, optional (see _has_qtpdf)

        document = QPdfDocument(self)
        document.load(str(self.result.path))
        for index in range(first - 1, last):
            size = document.pagePointSize(index)
            yield document.render(index, QSize(int(size.width() * dpi / 72), int(size.height() * dpi / 72)))

    def _printed(self, printer, pages: list[str]) -> None:
        self.task = None
        self._print_images(printer, (QImage(p) for p in pages))
        self._busy(False)

    def _print_images(self, printer, images) -> None:
        painter = QPainter()
        if not painter.begin(printer):
            self.status.setText(self.tr("The printer could not be opened."))
            return
        for n, image in enumerate(images):
            if n:
                printer.newPage()
            area = painter.viewport()
            scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(area.x(), area.y(), scaled.width(), scaled.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(area)
        painter.end()
        self.status.setText(self.tr("Sent to the printer."))

    def closeEvent(self, event) -> None:
        self._tmp.cleanup()
        super().closeEvent(event)
