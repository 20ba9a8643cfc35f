"""The Reports screen on the offscreen platform: generate through the view, save a copy, errors."""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6 import QtPrintSupport
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog
from test_reports_support import make_apel, read

from ikrar.models.demo.build import generate_people, insert_people
from ikrar.models.events import create_event
from ikrar.reports.files import Cancelled
from ikrar.ui import i18n, tasks
from ikrar.ui.screens import reports_view
from ikrar.ui.screens.reports_view import ReportsView, render_pages


@pytest.fixture
def apel(db, at):
    at(7, 20)
    return make_apel()




@pytest.fixture
def view(qtbot, db):
    tasks.set_synchronous(True)
    widget = ReportsView()
    qtbot.addWidget(widget)
    yield widget
    tasks.set_synchronous(False)


def test_generates_a_signed_list_and_saves_a_copy(view, apel, qtbot, tmp_path):
    view.set_event(apel.event.id)
    view.set_kind("signed-list")
    view.group_by_unit.setChecked(True)
    view.paper.setCurrentText("A4")
    qtbot.mouseClick(view.generate_button, Qt.MouseButton.LeftButton)
    assert view.result is not None and view.result.path.is_file()
    assert len(read(view.result.path).pages) == view.result.pages
    assert view.open_button.isEnabled() and view.save_button.isEnabled()
    assert f"{view.result.pages} page" in view.status.text() and view.result.fingerprint in view.status.text()
    saved = view.save_as(str(tmp_path / "copy.pdf"))
    assert saved == tmp_path / "copy.pdf" and saved.read_bytes() == view.result.path.read_bytes()


def test_options_follow_the_document(view, apel):
    view.set_event(apel.event.id)
    view.set_kind("recap")
    assert view.group_by_unit.isHidden() and not view.order.isEnabled() and view.paper.isEnabled()
    view.set_kind("xlsx")
    assert not view.paper.isEnabled() and not view.signatures.isHidden()
    view.set_kind("pacts")
    assert not view.one_file_each.isHidden()


def test_pacts_into_a_folder_and_xlsx(view, apel, tmp_path):
    view.set_event(apel.event.id)
    view.set_kind("pacts")
    view.one_file_each.setChecked(True)
    view.start()
    assert view.result.path.is_dir() and len(view.result.files) == len(apel.signed)
    copy = view.save_as(str(tmp_path))
    assert copy is not None and len(list(Path(copy).glob("*.pdf"))) == len(apel.signed)
    view.set_kind("xlsx")
    view.start()
    assert view.result.path.suffix == ".xlsx" and view.result.path.is_file()
    assert not view.print_button.isEnabled()


def test_refusal_is_shown_not_raised(view, db, at):

    at(7, 0)
    insert_people(generate_people(3))
    event = create_event("Apel Sepi", date(2026, 11, 23))
    view.set_event(event.id)
    view.set_kind("signed-list")
    view.start()
    assert view.result is None and "Apel Sepi" in view.status.text()
    assert not view.open_button.isEnabled() and view.generate_button.isEnabled()


def test_cancel_says_so(view, apel, monkeypatch):
    def cancelled(*args, **kwargs):
        raise Cancelled()

    monkeypatch.setattr(reports_view, "generate", cancelled)
    view.set_event(apel.event.id)
    view.start()
    assert "Cancelled" in view.status.text() and not view.running()


def test_screenshot(view, apel, qtbot, tmp_path):
    """The view at 1366×768 after generating; IKRAR_SCREENSHOTS=docs/screenshots keeps it there."""
    view.set_event(apel.event.id)
    view.start()
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    target = Path(os.environ.get("IKRAR_SCREENSHOTS") or tmp_path) / "reports_view.png"
    image = view.grab()
    assert image.width() == 1366 and image.save(str(target))


def test_printing_renders_the_pages(view, apel, qtbot, tmp_path, monkeypatch):
    """Print…: the print dialog answered (print to a PDF file, at 50 dpi), then the page images
    (pdftoppm here, QtPdf where installed) painted onto the printer, one printed page a page."""

    asked = []

    class PrintToFile:  # the system's print dialog, as the person fills it in and presses Print
        DialogCode = QDialog.DialogCode

        def __init__(self, printer, parent=None):
            self.printer = printer

        def setMinMax(self, low, high):
            asked.append((low, high))

        def exec(self):
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(tmp_path / "printed.pdf"))
            self.printer.setResolution(50)
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", PrintToFile)
    view.set_event(apel.event.id)
    qtbot.mouseClick(view.generate_button, Qt.MouseButton.LeftButton)
    assert view.result is not None and view.print_button.isEnabled()
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    assert asked == [(1, view.result.pages)]
    assert len(read(tmp_path / "printed.pdf").pages) == view.result.pages
    assert view.status.text() == "Sent to the printer." and not view.running()


def test_page_images_for_the_printer(tmp_path, view, apel):
    view.set_event(apel.event.id)
    view.start()
    pages = render_pages(str(view.result.path), str(tmp_path), 50, 1, view.result.pages)
    assert len(pages) == view.result.pages and all(QImage(p).width() > 0 for p in pages)


def test_another_document_clears_the_one_made(view, apel, tmp_path):
    """Issue 13: after 'Dokumen' changed, Save as wrote the signed list under the recap's name."""
    view.set_event(apel.event.id)
    view.set_kind("signed-list")
    view.start()
    assert view.result is not None and view.save_button.isEnabled()
    view.set_kind("recap")
    assert view.result is None and view.status.text() == ""
    assert not any(b.isEnabled() for b in (view.open_button, view.save_button, view.print_button))
    assert view.save_as(str(tmp_path / "rekap.pdf")) is None and not (tmp_path / "rekap.pdf").exists()
    assert view.generate_button.isEnabled()
    view.start()
    assert view.result is not None and view.result.path.name.startswith("rekapitulasi_")
    saved = view.save_as(str(tmp_path / "rekap.pdf"))
    assert saved.read_bytes() == view.result.path.read_bytes()
    assert "rekapitulasi" in " ".join(page.extract_text().lower() for page in read(saved).pages)


@pytest.mark.parametrize("change", ["paper", "order", "group_by_unit", "all_expected"])
def test_changing_an_option_clears_the_one_made(view, apel, change):
    view.set_event(apel.event.id)
    view.set_kind("signed-list")
    view.start()
    assert view.result is not None
    if change == "paper":
        view.paper.setCurrentText("A4" if view.paper.currentText() == "F4" else "F4")
    elif change == "order":
        view.order.setCurrentIndex(1)
    else:
        getattr(view, change).toggle()
    assert view.result is None and not view.save_button.isEnabled() and not view.print_button.isEnabled()


def test_the_document_stands_through_a_language_switch(view, apel, qtbot):
    view.set_event(apel.event.id)
    view.start()
    made = view.result
    try:
        i18n.install_translator(QApplication.instance(), "id")
        qtbot.waitUntil(lambda: view.generate_button.text() == "Buat")
        assert view.result is made and view.save_button.isEnabled()
        assert "Senin, 23 November 2026 · 07.30 WIB" in view.event_label.text()
    finally:
        i18n.remove_translator(QApplication.instance())


def test_choices_changed_while_generating_drop_that_document(view, apel, monkeypatch):
    real = reports_view.generate

    def meanwhile(*args, **kwargs):
        view.set_event(apel.event.id)  # say, another event chosen while it was being made
        return real(*args, **kwargs)

    monkeypatch.setattr(reports_view, "generate", meanwhile)
    view.set_event(apel.event.id)
    view.start()
    assert view.result is None and not view.save_button.isEnabled() and view.generate_button.isEnabled()


def test_options_wait_while_a_document_is_made(view, apel):
    view.set_event(apel.event.id)
    view._busy(True)
    assert not view.kind.isEnabled() and not view.paper.isEnabled() and not view.group_by_unit.isEnabled()
    view._busy(False)
    assert view.kind.isEnabled() and view.paper.isEnabled() and view.group_by_unit.isEnabled()


def test_save_as_proposes_the_kind_event_and_date(view, apel, monkeypatch, tmp_path):
    proposed = []

    def ask(parent, title, suggestion, *rest):
        proposed.append(Path(suggestion).name)
        return str(tmp_path / Path(suggestion).name), ""

    monkeypatch.setattr(reports_view.QFileDialog, "getSaveFileName", ask)
    view.set_event(apel.event.id)
    for kind in ("recap", "xlsx"):
        view.set_kind(kind)
        view.start()
        assert view.save_as() == tmp_path / proposed[-1]
    assert proposed == ["rekapitulasi_apel-ikrar-netralitas-asn_2026-11-23.pdf",
                        "daftar-hadir_apel-ikrar-netralitas-asn_2026-11-23.xlsx"]


def test_a_name_never_carries_unsafe_characters(apel):
    class Event:
        title, date = 'Apel "Pagi" / Senin: CON\\..', date(2026, 12, 7)

    assert reports_view.document_name("not-signed", Event()) == "belum-ttd_apel-pagi-senin-con_2026-12-07.pdf"
    assert reports_view.document_name("pacts", Event(), folder=True) == "pakta-integritas_apel-pagi-senin-con_2026-12-07"


def test_open_without_a_viewer_says_so_with_the_path(view, apel, monkeypatch, qtbot):
    monkeypatch.setattr(reports_view.QDesktopServices, "openUrl", lambda url: False)
    view.set_event(apel.event.id)
    view.start()
    try:
        i18n.install_translator(QApplication.instance(), "id")
        qtbot.waitUntil(lambda: view.open_button.text() == "Buka")
        qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
        text = view.status.text()
        assert str(view.result.path) in text and text.startswith("Tidak ada program")
    finally:
        i18n.remove_translator(QApplication.instance())
    monkeypatch.setattr(reports_view.QDesktopServices, "openUrl", lambda url: True)
    view.status.clear()
    assert view.open_document() and view.status.text() == ""
