"""The roster import dialog: columns detected and changeable, a check, the import, the report of
refused rows saved as CSV, a file that is not a roster, and a cancel that writes nothing."""
from __future__ import annotations

import csv
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from ikrar.models.demo.build import generate_people
from ikrar.models.roster import import_roster
from ikrar.models.store.schema import Employee
from ikrar.ui import tasks
from ikrar.ui.dialogs import import_roster as import_dialog
from ikrar.ui.dialogs.import_roster import ImportRosterDialog

BAD_NIP = "19860926201513100"  # 17 digits


@pytest.fixture(autouse=True)
def synchronous():
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


def roster_csv(path: Path, count: int = 4, bad: bool = True) -> Path:
    people = [p for p in generate_people(count * 2, seed=11) if p["nip"]][:count]
    lines = ["NIP;NAMA;JABATAN;KETERANGAN;UNIT KERJA"]
    lines += [f"{p['nip']};{p['name']};{p['position']};catatan {i};{p['unit']}" for i, p in enumerate(people)]
    if bad:
        lines.append(f"{BAD_NIP};ORANG SALAH;Staf;-;Dinas Sosial")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def open_dialog(qtbot) -> ImportRosterDialog:
    dialog = ImportRosterDialog()
    qtbot.addWidget(dialog)
    return dialog


def test_check_then_import_with_a_bad_row_in_the_report(qtbot, db, tmp_path):
    dialog = open_dialog(qtbot)
    assert dialog.load_file(roster_csv(tmp_path / "pegawai.csv"))
    combos = dialog.columns.combos
    assert (combos["nip"].currentText(), combos["name"].currentText(), combos["unit"].currentText()) == (
        "NIP", "NAMA", "UNIT KERJA")
    assert combos["nik"].currentData() == ""  # not in this file
    assert dialog.columns.preview.rowCount() == 5
    assert "row 1" in dialog.file_info.text()

    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.report.dry_run and dialog.report.created == 4
    assert Employee.select().count() == 0  # a check writes nothing
    assert dialog.pages.currentIndex() == 1

    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert Employee.select().count() == 4
    table = dialog.report_view.table
    assert table.rowCount() == 1
    assert (table.item(0, 0).text(), table.item(0, 2).text(), table.item(0, 3).text()) == ("6", "NIP", BAD_NIP)
    assert "17" in table.item(0, 4).text()  # the reason names the digit count

    out = tmp_path / "report.csv"
    assert dialog.report_view.save_csv(out)
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert rows[1][0] == "6" and rows[1][3] == BAD_NIP


def test_a_changed_column_is_used(qtbot, db, tmp_path):
    dialog = open_dialog(qtbot)
    dialog.load_file(roster_csv(tmp_path / "pegawai.csv", bad=False))
    position = dialog.columns.combos["position"]
    position.setCurrentIndex(position.findData("KETERANGAN"))
    assert dialog.columns.changed_mapping() == {"position": "KETERANGAN"}
    dialog.run(dry_run=False)
    assert sorted(e.position for e in Employee.select()) == [f"catatan {i}" for i in range(4)]


def test_name_column_is_required(qtbot, db, tmp_path):
    dialog = open_dialog(qtbot)
    dialog.load_file(roster_csv(tmp_path / "pegawai.csv"))
    dialog.columns.combos["name"].setCurrentIndex(0)
    assert not dialog.import_button.isEnabled() and dialog.columns.problem_label.text()


def test_a_table_of_unknown_columns_opens_for_mapping_but_cannot_be_imported_as_it_is(qtbot, db, tmp_path):
    path = tmp_path / "belanja.csv"
    path.write_text("Tanggal,Barang,Harga\n2026-01-02,Kertas,50000\n", encoding="utf-8")
    dialog = open_dialog(qtbot)
    assert dialog.load_file(path)
    assert dialog.problem.isVisibleTo(dialog) and "belanja.csv" in dialog.problem.text()
    preview = dialog.columns.preview
    assert [preview.horizontalHeaderItem(c).text().split("← ")[1] for c in range(3)] == ["Tanggal", "Barang", "Harga"]
    assert preview.item(0, 1).text() == "Kertas"
    assert "name" in dialog.columns.problem_label.text() and "NIP" in dialog.columns.problem_label.text()
    assert not dialog.import_button.isEnabled() and not dialog.check_button.isEnabled()


def test_cancel_writes_nothing(qtbot, db, tmp_path):
    path = tmp_path / "besar.csv"
    people = [p for p in generate_people(3000, seed=2) if p["nip"]]
    path.write_text("NIP;NAMA\n" + "".join(f"{p['nip']};{p['name']}\n" for p in people), encoding="utf-8")
    dialog = open_dialog(qtbot)
    dialog.load_file(path)
    seen = []

    def stop(value):  # the person presses Stop when the bar first moves
        if value > 0 and not seen:
            seen.append(value)
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    dialog.progress.valueChanged.connect(stop)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert seen == [1000] and Employee.select().count() == 0
    assert dialog.problem.isVisibleTo(dialog) and not dialog.running
    assert dialog.import_button.isEnabled()  # ready to try again


# --- issue 13: unknown headers, files that are not rosters, closing mid-import ---------------------------

def choose(combo, header: str) -> None:
    """Pick *header* in a mapping drop-down."""
    index = combo.findData(header)
    assert index > 0, header
    combo.setCurrentIndex(index)


def test_unknown_headers_are_mapped_then_imported(qtbot, db, tmp_path):
    people = [p for p in generate_people(10, seed=5) if p["nip"]][:3]
    path = tmp_path / "kantor.csv"
    path.write_text("NOMOR;NOMOR PEGAWAI;NAMA LENGKAP PEGAWAI;KANTOR;KET\n" + "".join(
        f"{i};{p['nip']};{p['name']};{p['unit']};-\n" for i, p in enumerate(people, 1)), encoding="utf-8")
    dialog = open_dialog(qtbot)
    assert dialog.load_file(path)
    combos = dialog.columns.combos
    # the variants are known (name, unit); the NIP column's title is not: everything stays editable
    assert combos["name"].currentData() == "NAMA LENGKAP PEGAWAI" and combos["unit"].currentData() == "KANTOR"
    assert combos["nip"].currentData() == "" and all(c.isEnabled() for c in combos.values())
    assert "kantor.csv" in dialog.problem.text() and dialog.problem.isVisibleTo(dialog)
    assert dialog.columns.problem_label.text() == "Choose the column that holds the NIP (or the NIK)."
    assert not dialog.import_button.isEnabled()
    preview = dialog.columns.preview
    headers = [preview.horizontalHeaderItem(c).text() for c in range(preview.columnCount())]
    # while the NIP is missing, the columns it could be come first, greyed, then the mapped ones
    assert headers == ["(row number)\n← NOMOR", "(not imported)\n← NOMOR PEGAWAI", "(not imported)\n← KET",
                       "Name\n← NAMA LENGKAP PEGAWAI", "Unit (OPD)\n← KANTOR"]
    assert preview.item(0, 1).text() == people[0]["nip"]

    choose(combos["nip"], "NOMOR PEGAWAI")
    assert dialog.import_button.isEnabled() and dialog.check_button.isEnabled()
    assert not dialog.problem.isVisibleTo(dialog) and not dialog.columns.problem_label.isVisibleTo(dialog)
    assert preview.horizontalHeaderItem(0).text() == "NIP\n← NOMOR PEGAWAI"
    assert [preview.item(r, 0).text() for r in range(3)] == [p["nip"] for p in people]

    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.report.created == 3 and not dialog.report.rejected
    assert sorted(e.nip for e in Employee.select()) == sorted(p["nip"] for p in people)


def test_a_pdf_renamed_csv_is_one_sentence_without_its_bytes(qtbot, db, tmp_path):
    path = tmp_path / "daftar hadir.csv"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 8 + b"%%EOF\n")
    dialog = open_dialog(qtbot)
    assert not dialog.load_file(path)
    text = dialog.problem.text()
    assert text.startswith("daftar hadir.csv: ") and "PDF" in text and "\n" not in text
    assert text.isprintable() and "\ufffd" not in text and len(text) < 250
    assert not dialog.import_button.isEnabled() and dialog.columns.preview.columnCount() == 0


def big_roster(tmp_path) -> Path:
    path = tmp_path / "besar.csv"
    people = [p for p in generate_people(3000, seed=2) if p["nip"]]
    path.write_text("NIP;NAMA\n" + "".join(f"{p['nip']};{p['name']}\n" for p in people), encoding="utf-8")
    return path


def close_when_the_bar_moves(qtbot, dialog, answer: str | None):
    """The person closes the window (its ✕) when the bar first moves, and answers the question."""
    seen = []

    def closing(value):
        if value > 0 and not seen:
            seen.append(value)
            dialog.close()
            if answer is not None:
                box = dialog.stop_question
                seen.append(box.text())
                qtbot.mouseClick(box.findChild(QPushButton, answer), Qt.MouseButton.LeftButton)

    dialog.progress.valueChanged.connect(closing)
    return seen


def test_closing_mid_import_asks_then_says_it_was_cancelled_and_nothing_changed(qtbot, db, tmp_path):
    dialog = open_dialog(qtbot)
    dialog.show()
    dialog.load_file(big_roster(tmp_path))
    seen = close_when_the_bar_moves(qtbot, dialog, "stopImportYes")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "nothing is changed" in seen[1]
    assert Employee.select().count() == 0 and not dialog.isVisible()
    notice = dialog.cancel_notice
    assert notice is not None and notice.isVisible()
    assert notice.text() == ("The import was cancelled. Nothing was changed: Ikrar keeps the employee list it "
                             "had before.")
    notice.accept()


def test_closing_mid_import_and_going_on(qtbot, db, tmp_path):
    dialog = open_dialog(qtbot)
    dialog.show()
    dialog.load_file(big_roster(tmp_path))
    close_when_the_bar_moves(qtbot, dialog, "stopImportNo")
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.pages.currentIndex() == 1 and Employee.select().count() > 2000
    assert dialog.stop_question is None and dialog.cancel_notice is None


def test_an_import_that_ends_before_the_answer_closes_the_question(qtbot, db, tmp_path):
    dialog = open_dialog(qtbot)
    dialog.show()
    dialog.load_file(big_roster(tmp_path))
    close_when_the_bar_moves(qtbot, dialog, None)  # asked, not answered: the import goes on to its end
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.report is not None and dialog.stop_question is None
    assert Employee.select().count() > 2000


def test_closing_during_a_check_stops_it_without_asking(qtbot, db, tmp_path):
    dialog = open_dialog(qtbot)
    dialog.show()
    dialog.load_file(big_roster(tmp_path))
    close_when_the_bar_moves(qtbot, dialog, None)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.stop_question is None and dialog.cancel_notice is None


def test_stop_says_nothing_was_changed(qtbot, db, tmp_path):
    dialog = open_dialog(qtbot)
    dialog.load_file(big_roster(tmp_path))
    dialog.progress.valueChanged.connect(lambda v: v and dialog.cancel_button.click())
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "Nothing was changed" in dialog.problem.text() and Employee.select().count() == 0


def test_closing_mid_import_on_its_thread(qtbot, db, tmp_path, monkeypatch):
    """As in the window: the import runs on a worker thread while the person closes and answers."""
    answered = threading.Event()

    def held_import(path, *, progress, **kw):  # the import pauses after its first figures until answered
        def report(done, total):
            progress(done, total)
            if done:
                answered.wait(10)
        return import_roster(path, progress=report, **kw)

    monkeypatch.setattr(import_dialog, "import_roster", held_import)
    tasks.set_synchronous(False)
    dialog = open_dialog(qtbot)
    dialog.show()
    dialog.load_file(big_roster(tmp_path))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.progress.value() > 0)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape closes a dialog: here it asks first
    assert dialog.isVisible() and dialog.stop_question is not None
    qtbot.mouseClick(dialog.stop_question.findChild(QPushButton, "stopImportYes"), Qt.MouseButton.LeftButton)
    answered.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert dialog.cancel_notice is not None and "Nothing was changed" in dialog.cancel_notice.text()
    assert Employee.select().count() == 0
    dialog.cancel_notice.accept()
