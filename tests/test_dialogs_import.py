"""The roster import dialog: columns detected and changeable, a check, the import, the report of
refused rows saved as CSV, a file that is not a roster, and a cancel that writes nothing."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ikrar.models.demo.build import generate_people
from ikrar.models.store.schema import Employee
from ikrar.ui import tasks
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


def test_a_file_that_is_not_a_roster_names_the_file_and_its_headers(qtbot, db, tmp_path):
    path = tmp_path / "belanja.csv"
    path.write_text("Tanggal,Barang,Harga\n2026-01-02,Kertas,50000\n", encoding="utf-8")
    dialog = open_dialog(qtbot)
    assert not dialog.load_file(path)
    text = dialog.problem.text()
    assert dialog.problem.isVisibleTo(dialog)
    assert "belanja.csv" in text and "Barang" in text and "Harga" in text
    assert not dialog.import_button.isEnabled()


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
