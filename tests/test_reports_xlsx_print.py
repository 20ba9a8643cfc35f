"""The workbook prints as the office prints (issue 14, item 10): paper from the settings, turned to hold
every column on one page's width, fitted to it, the header row on every page, margins left 30, top 20,
right 20, bottom 25 mm, page numbers; rows tall enough for their wrapped text and signature images,
read back with openpyxl."""
from __future__ import annotations

import io
import zipfile

import pytest
from openpyxl import load_workbook
from PIL import Image
from test_reports_support import make_apel

from ikrar.models import settings
from ikrar.models.store.schema import Employee
from ikrar.reports import api
from ikrar.reports.documents.sheet_print import LINE_PT, columns_mm, lines_of
from ikrar.reports.documents.xlsx import LIST_COLUMNS, SIGNATURE_PX

LONG_NAME = ("Prof. Dr. Ir. Raden Mas Muhammad Abdurrahman Wicaksono Hadiningrat Kusumawardhana "
             "Notonegoro, S.H., M.Hum., M.Sc., Ph.D.")


@pytest.fixture
def apel(db, at):
    at(7, 20)
    return make_apel()


def mm(inches: float) -> float:
    return round(inches * 25.4, 1)


@pytest.mark.parametrize(("paper", "code", "size"), [("F4", 14, ("215mm", "330mm")), ("A4", 9, ("210mm", "297mm"))])
def test_page_setup_reads_back(apel, tmp_path, paper, code, size):
    settings.set("paper", paper)
    book = load_workbook(api.xlsx(apel.event, tmp_path / "list.xlsx", signatures=True).path)
    for ws in book.worksheets:
        setup = ws.page_setup
        assert int(setup.paperSize) == code and (setup.paperWidth, setup.paperHeight) == size
        assert setup.orientation in ("portrait", "landscape")
        assert int(setup.fitToWidth) == 1 and int(setup.fitToHeight) == 0 and ws.sheet_properties.pageSetUpPr.fitToPage
        margins = ws.page_margins
        assert (mm(margins.left), mm(margins.top), mm(margins.right), mm(margins.bottom)) == (30, 20, 20, 25)
        assert ws.print_title_rows == "$4:$4"  # the column header on every page
        assert "Halaman &P dari &N" in ws.oddFooter.right.text and "sidik" in ws.oddFooter.left.text
    # ten columns (~40 cm) cannot stand on F4 or A4 upright: landscape, scaled to the width
    assert book["Daftar Hadir"].page_setup.orientation == "landscape"


def test_portrait_when_the_columns_fit_upright():
    from openpyxl import Workbook

    from ikrar.reports.documents.sheet_print import setup_page

    ws = Workbook().active
    setup_page(ws, "A4", [6, 30, 20], 4)
    assert columns_mm([6, 30, 20]) < 160 and ws.page_setup.orientation == "portrait"
    setup_page(ws, "A4", [w for _, w in LIST_COLUMNS], 4)
    assert ws.page_setup.orientation == "landscape"


def test_rows_are_tall_enough_for_wrapped_text_and_signatures(apel, tmp_path):
    long_person = apel.signed[0]
    Employee.update(name=LONG_NAME).where(Employee.id == long_person.id).execute()
    book = load_workbook(api.xlsx(apel.event, tmp_path / "list.xlsx", signatures=True).path)
    ws = book["Daftar Hadir"]
    rows = {ws.cell(row=r, column=2).value: r for r in range(5, ws.max_row + 1)}
    tall = rows[next(n for n in rows if n and "Wicaksono Hadiningrat" in n)]
    assert lines_of(ws.cell(row=tall, column=2).value, ws.column_dimensions["B"].width) >= 3
    assert ws.row_dimensions[tall].height >= 3 * LINE_PT
    for r in range(5, ws.max_row + 1):
        height = ws.row_dimensions[r].height
        assert height is not None and height >= LINE_PT  # every row set: no spreadsheet works it out itself
        assert ws.row_dimensions[r].customHeight
    pictured = [image.anchor._from.row + 1 for image in ws._images]  # (0-based in the anchor)
    assert len(pictured) == len(apel.signed)
    assert all(ws.row_dimensions[r].height >= SIGNATURE_PX[1] * 0.75 + 5 for r in pictured)
    assert ws.row_dimensions[4].height >= LINE_PT


def test_signature_images_are_small_pngs_drawn_at_twice_their_size(apel, tmp_path):
    path = api.xlsx(apel.event, tmp_path / "list.xlsx", signatures=True).path
    with zipfile.ZipFile(path) as book:
        media = [book.read(n) for n in book.namelist() if n.startswith("xl/media/")]
    assert len(media) == len(apel.signed)
    for data in media:
        image = Image.open(io.BytesIO(data))
        assert image.format == "PNG" and image.size == (2 * SIGNATURE_PX[0], 2 * SIGNATURE_PX[1])
        assert image.mode == "P" and len(data) < 3000
        assert len(image.getcolors()) >= 2  # ink on white


def test_lines_of_wraps_by_words():
    assert lines_of("", 10) == 1 and lines_of("Budi", 38) == 1
    assert lines_of("Budi Santoso " * 3, 38) == 1
    assert lines_of("Budi Santoso " * 6, 38) == 2
    assert lines_of("X" * 400, 10) > 10  # one long word broken anywhere
    assert lines_of("a\nb\nc", 38) == 3
