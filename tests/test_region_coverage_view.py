"""The Sync screen's "All events" tab on a province's hub (issue 15, docs/province.md): a region chooser
over the per-OPD table, the table narrowed to the chosen region's OPD rows with its total, a per-region
summary for all regions, the PDF of a chosen region holding that region only; a regency hub's tab as it
always was. The province's roster is tests/test_coverage_region.py's: three regencies (and a few people
with no region) with the same two OPD names."""
from __future__ import annotations

import os
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from test_coverage_region import BANTUL, EXPECTED, KES, KOTA, PEND, SLEMAN, line_texts, province_csv, sign_some

from ikrar.models.demo.build import generate_people
from ikrar.models.roster import import_roster
from ikrar.ui import i18n, tasks
from ikrar.ui.screens.sync_view import SyncView


@pytest.fixture
def indonesian(qapp):
    i18n.install_translator(qapp, "id")  # what the clerks read
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)
    i18n.remove_translator(qapp)


@pytest.fixture
def province(db, tmp_path):
    path, rows = province_csv(tmp_path / "provinsi.csv")
    import_roster(path)
    sign_some(rows)


def make_tab(qtbot, folder: Path) -> SyncView:
    view = SyncView()
    qtbot.addWidget(view)
    view.folder.setEditText(str(folder))
    view.resize(1366, 768)
    view.show()
    view.coverage_tabs.setCurrentIndex(0)
    qtbot.waitExposed(view)
    return view


def cells(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def model_cells(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def choose(view: SyncView, text: str) -> None:
    combo = view.coverage_box.region_combo
    at = combo.findText(text)
    assert at >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(at)


def pdf_lines(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [text for page in pdf.pages for _, text in line_texts(page.extract_words())]


def test_choosing_a_region_narrows_the_opd_table_to_its_rows(qtbot, province, indonesian, tmp_path):
    view = make_tab(qtbot, tmp_path)
    box = view.coverage_box
    combo = box.region_combo
    assert combo.isVisible() and box.region_label.text() == "Wilayah:"
    # "Semua wilayah", then the regions in the documents' order, the one without a region last
    assert [combo.itemText(i) for i in range(combo.count())] == ["Semua wilayah", BANTUL, SLEMAN, KOTA,
                                                                   "(tanpa wilayah)"]
    choose(view, SLEMAN)
    assert cells(view.coverage_table) == [[PEND, "6", "3", "3", "50,0%"], [KES, "4", "1", "3", "25,0%"],
                                          ["Jumlah", "10", "4", "6", "40,0%"]]
    assert not box.region_table.isVisible()  # one region: no summary of regions
    choose(view, BANTUL)
    [(total, figures)] = [EXPECTED[BANTUL]]
    assert [row[1:4] for row in cells(view.coverage_table)] == [
        [str(n) for n in figures[PEND]], [str(n) for n in figures[KES]], [str(n) for n in total]]
    choose(view, "(tanpa wilayah)")
    assert cells(view.coverage_table) == [[PEND, "2", "1", "1", "50,0%"],
                                          ["Jumlah", "2", "1", "1", "50,0%"]]
    # a selected unit of the chosen region is what the buttons write (with the region)
    view.coverage_table.selectRow(0)
    assert box.selected_unit_ids() == [box.coverage_rows[0].unit_id] and box.chosen_region() == ""


def test_all_regions_shows_the_per_region_summary(qtbot, province, indonesian, tmp_path):
    view = make_tab(qtbot, tmp_path)
    box = view.coverage_box
    choose(view, KOTA)
    choose(view, "Semua wilayah")
    assert box.region_table.isVisible() and box.chosen_region() is None
    model = box.region_model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == ["Wilayah", "Pegawai", "Sudah", "Belum", "%"]
    assert model_cells(model) == [[BANTUL, "8", "3", "5", "37,5%"], [SLEMAN, "10", "4", "6", "40,0%"],
                                  [KOTA, "6", "0", "6", "0,0%"], ["(tanpa wilayah)", "2", "1", "1", "50,0%"],
                                  ["Jumlah", "26", "8", "18", "30,8%"]]
    # the per-OPD table counts each OPD name across the province, as `ikrar coverage` does
    assert cells(view.coverage_table) == [[PEND, "17", "4", "13", "23,5%"], [KES, "9", "4", "5", "44,4%"],
                                          ["Jumlah", "26", "8", "18", "30,8%"]]
    # a double-clicked region is chosen, and the chooser keeps it over a refresh
    box.choose_region(model.region_at(1))
    assert box.region_combo.currentText() == SLEMAN and cells(view.coverage_table)[-1][1] == "10"
    view.refresh_coverage()
    assert box.region_combo.currentText() == SLEMAN and len(cells(view.coverage_table)) == 3
    if os.environ.get("IKRAR_SCREENSHOTS"):
        choose(view, "Semua wilayah")
        qtbot.wait(50)
        view.grab().save(str(Path(os.environ["IKRAR_SCREENSHOTS"]) / "sync-regions.png"))
        choose(view, SLEMAN)
        qtbot.wait(50)
        view.grab().save(str(Path(os.environ["IKRAR_SCREENSHOTS"]) / "sync-region-chosen.png"))


def test_the_pdf_and_workbook_of_a_chosen_region_hold_that_region_only(qtbot, province, indonesian, tmp_path):
    view = make_tab(qtbot, tmp_path)
    choose(view, SLEMAN)
    view.coverage_box.pdf_button.click()
    view.coverage_box.xlsx_button.click()
    pdf = tmp_path / "BELUM-TTD_SEMUA-ACARA_Kabupaten_Sleman.pdf"
    assert pdf.exists() and (tmp_path / "BELUM-TTD_SEMUA-ACARA_Kabupaten_Sleman.xlsx").exists(), view.status.text()
    assert view.status.text().endswith("BELUM-TTD_SEMUA-ACARA_Kabupaten_Sleman.xlsx")  # the last one written
    sheets = load_workbook(tmp_path / "BELUM-TTD_SEMUA-ACARA_Kabupaten_Sleman.xlsx", read_only=True)
    written = {str(v) for ws in sheets.worksheets for row in ws.iter_rows(values_only=True) for v in row if v}
    assert SLEMAN in written and not written & {BANTUL, KOTA, "(tanpa wilayah)"}
    lines = pdf_lines(pdf)
    assert SLEMAN in lines and any(t.startswith(f"JUMLAH {SLEMAN} 10 4 6") for t in lines)
    assert not any(other in t for t in lines for other in (BANTUL, KOTA, "(tanpa wilayah)"))
    assert "Ringkasan per kabupaten/kota" not in lines
    # all regions: the document groups per region, as `--by-region` does
    choose(view, "Semua wilayah")
    view.coverage_box.pdf_button.click()
    lines = pdf_lines(tmp_path / "BELUM-TTD_SEMUA-ACARA.pdf")
    assert "Ringkasan per kabupaten/kota" in lines and any(BANTUL in t for t in lines)


def test_a_regency_hub_sees_the_tab_as_it_always_was(qtbot, db, indonesian, tmp_path):
    path = tmp_path / "kabupaten.csv"
    people = [p for p in generate_people(12, seed=3) if p["nip"]][:6]
    path.write_text("NIP;NAMA;UNIT KERJA;KABUPATEN/KOTA\n"
                    + "".join(f"{p['nip']};{p['name']};{PEND};{SLEMAN}\n" for p in people), encoding="utf-8")
    import_roster(path)  # one region on every row: its own SIASN export, nothing to group by
    view = make_tab(qtbot, tmp_path)
    box = view.coverage_box
    assert not box.region_combo.isVisible() and not box.region_label.isVisible()
    assert not box.region_table.isVisible() and box.chosen_region() is None
    assert cells(view.coverage_table) == [[PEND, "6", "0", "6", "0,0%"], ["Jumlah", "6", "0", "6", "0,0%"]]
    if os.environ.get("IKRAR_SCREENSHOTS"):
        view.grab().save(str(Path(os.environ["IKRAR_SCREENSHOTS"]) / "sync-regency.png"))
    box.pdf_button.click()
    lines = pdf_lines(tmp_path / "BELUM-TTD_SEMUA-ACARA.pdf")
    assert "Ringkasan per kabupaten/kota" not in lines and not any(SLEMAN in t for t in lines)
