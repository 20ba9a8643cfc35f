"""Recap, not-signed list, individual pacts, QR cards and the workbook, read back."""
from __future__ import annotations

import re
import subprocess
import zipfile
from datetime import date
from itertools import pairwise
from xml.etree import ElementTree

import pytest
import zxingcpp as zxing
from openpyxl import load_workbook
from PIL import Image
from test_reports_support import all_text, ink_boxes, make_apel, pages_text, read

from ikrar.models import settings
from ikrar.models.checkin import check_in
from ikrar.models.demo.build import demo_strokes, generate_people, insert_people
from ikrar.models.events import create_event, update_event
from ikrar.models.identifiers import format_nip
from ikrar.models.pact import default_pact_text
from ikrar.models.queries import coverage as cov
from ikrar.models.queries.counts import event_counts, unit_counts
from ikrar.models.store.schema import Employee
from ikrar.reports import api
from ikrar.reports.files import Cancelled
from ikrar.reports.wording import percent

SPREADSHEET_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"


@pytest.fixture
def apel(db, at):
    at(7, 20)
    return make_apel()



def printed(person) -> str:
    return format_nip(person.nip)


def test_recap_counts_per_unit_and_kind(apel, tmp_path):
    result = api.recap(apel.event, tmp_path / "recap.pdf")
    text = all_text(result.path)
    assert "REKAPITULASI KEHADIRAN" in text and "Menurut jenis pegawai" in text
    for unit in unit_counts(apel.event):
        row = f"{unit.unit_name} {unit.expected} {unit.present} {unit.signed} {unit.late} " + \
              " ".join(str(unit.codes[c]) for c in ("S", "I", "C", "DL", "TK"))
        assert row in text, row
    total = event_counts(apel.event)
    assert f"JUMLAH {total.expected} {total.present} {total.signed}" in text
    # every percentage with one decimal, so the column lines up ("76,0%" beside "74,7%")
    units = unit_counts(apel.event)
    assert len(re.findall(r"\b\d+,\d%", text)) >= 2 * (len(units) + 1)  # present and signed, each row
    whole = re.findall(r"(?<![\d,])(\d+)%", text)  # without a decimal: only the chart's axis ticks
    assert all(int(p) % 10 == 0 and int(p) <= 100 for p in whole), whole
    assert "Dinas Sosial" not in text  # not an expected unit
    assert "PNS" in text and "Cakupan per unit kerja" in text
    assert f"Halaman 1 dari {result.pages}" in pages_text(result.path)[0]


def test_percentages_keep_one_decimal():
    assert [percent(76, 100), percent(747, 1000), percent(2, 3), percent(5, 0)] == ["76,0%", "74,7%", "66,7%", "-"]
    assert percent(100_000, 100_000) == "100,0%"


def test_not_signed_lists_everyone_expected_without_a_signature(apel, tmp_path):
    result = api.not_signed(apel.event, tmp_path / "ns.pdf")
    text = all_text(result.path)
    missing = apel.voided + apel.unrecorded + apel.cannot_sign + [p for p, _ in apel.absent]
    assert result.rows == len(missing)
    for person in missing:
        if person.nip:
            assert printed(person) in text
    for person in apel.signed:
        if person.nip:
            assert printed(person) not in text
    assert "Belum hadir" in text and "Hadir, belum TTD: tangan cedera" in text and "S — Sakit" in text
    assert re.search(r"Dinas Kesehatan — \d+ orang", text)


def test_pacts_one_page_per_signer_with_their_text_and_signature(apel, tmp_path):
    result = api.pacts(apel.event, tmp_path / "pacts.pdf")
    reader = read(result.path)
    assert result.pages == len(reader.pages) == len(apel.signed)
    first_line = default_pact_text().splitlines()[0]
    nips = [p for p in apel.signed if p.nip]
    for page in reader.pages:
        text = re.sub(r"\s+", " ", page.extract_text())
        assert first_line in text and "Yang membuat pernyataan," in text and "Teks pakta SHA-256" in text
        assert len(ink_boxes(page)) == 1
    page_of_first = [p.id for p in apel.signed].index(nips[0].id)
    assert printed(nips[0]) in re.sub(r"\s+", " ", reader.pages[page_of_first].extract_text())
    footers = {re.search(r"sidik (\w+)", page.extract_text()).group(1) for page in reader.pages}
    assert len(footers) == len(apel.signed)  # each page carries its own person's fingerprint


def test_pacts_keep_the_text_each_signer_saw(db, at, tmp_path):

    at(7, 0)
    insert_people(generate_people(2))
    event = create_event("Apel", date(2026, 11, 23), pact_text="PAKTA LAMA\n\nSaya berjanji versi satu.")
    first, second = Employee.select().order_by(Employee.roster_order)
    check_in(event, first, strokes=demo_strokes(1))
    update_event(event, pact_text="PAKTA BARU\n\nSaya berjanji versi dua.")
    check_in(event, second, strokes=demo_strokes(2))
    pages = pages_text(api.pacts(event, tmp_path / "p.pdf").path)
    assert "versi satu" in pages[0] and "versi dua" not in pages[0]
    assert "versi dua" in pages[1]


def test_pacts_into_a_folder_one_file_per_person(apel, tmp_path):
    result = api.pacts(apel.event, tmp_path / "pakta")
    files = sorted((tmp_path / "pakta").glob("*.pdf"))
    assert len(files) == len(result.files) == len(apel.signed)
    person = next(p for p in apel.signed if p.nip)
    named = [f for f in files if f.name.startswith(person.nip + "_")]
    assert len(named) == 1 and len(read(named[0]).pages) == 1
    assert not list((tmp_path / "pakta").glob(".*"))  # no temp files left behind


def test_qr_cards_carry_the_nip(apel, tmp_path):
    result = api.qr_cards(apel.event, tmp_path / "cards.pdf")
    text = all_text(result.path)
    assert "KARTU QR" in text and "Dinas Kesehatan — " in text and "Inspektorat — " in text  # a heading a unit
    person = next(p for p in apel.signed if p.nip)
    assert f"NIP. {printed(person)}" in text
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", "-singlefile", str(result.path),
                    str(tmp_path / "card")], check=True)

    codes = {r.text for r in zxing.read_barcodes(Image.open(tmp_path / "card.png"))}
    first_page = pages_text(result.path)[0]
    first_page_nips = {n.replace(" ", "") for n in re.findall(r"NIP\. (\d{8} \d{6} \d \d{3})", first_page)}
    assert first_page_nips and first_page_nips <= codes


def test_xlsx_nip_as_text_frozen_header_widths(apel, tmp_path):

    result = api.xlsx(apel.event, tmp_path / "list.xlsx", all_expected=True, signatures=True)
    wb = load_workbook(result.path)
    ws = wb["Daftar Hadir"]
    header = [c.value for c in ws[4]]
    assert header[:4] == ["No", "Nama", "NIP", "Pangkat/Gol."] and header[-1] == "Tanda Tangan"
    assert ws.freeze_panes == "A5"
    assert ws.column_dimensions["B"].width >= 30 and ws.column_dimensions["C"].width >= 20
    nips = [ws.cell(row=r, column=3) for r in range(5, ws.max_row + 1)]
    filled = [c for c in nips if c.value]
    assert filled and all(isinstance(c.value, str) and len(c.value) == 18 and c.number_format == "@" for c in filled)
    person, code = apel.absent[0]
    row = next(r for r in range(5, ws.max_row + 1) if ws.cell(row=r, column=2).value == person.display_name())
    assert ws.cell(row=row, column=7).value == code
    with zipfile.ZipFile(result.path) as book:  # the signature pictures anchored in the sheet's drawing
        drawings = [ElementTree.fromstring(book.read(n)) for n in book.namelist() if n.startswith("xl/drawings/drawing")]
    pictures = [pic for drawing in drawings for pic in drawing.iter(f"{{{SPREADSHEET_DRAWING}}}pic")]
    assert len(pictures) == len(apel.signed)
    recap = wb["Rekapitulasi"]
    assert recap["B4"].value == "Unit Kerja" and recap.freeze_panes == "A5"


def test_unknown_kind_options_are_ignored_by_generate(apel, tmp_path):
    result = api.generate("recap", apel.event, tmp_path / "r.pdf", group_by_unit=True, all_expected=True)
    assert result.path.exists() and api.options_of("recap") == {"paper", "fixed_date"}


def test_cancel_leaves_no_file(apel, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        api.signed_list(apel.event, out / "x.pdf", cancel=lambda: True)
    assert not list(out.iterdir())


def test_progress_reaches_the_total(apel, tmp_path):
    seen = []
    api.signed_list(apel.event, tmp_path / "x.pdf", progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] and all(a <= b for (a, _), (b, _) in pairwise(seen))


def test_letterhead_logo_and_settings(apel, tmp_path):

    logo = tmp_path / "logo.png"
    Image.new("RGB", (40, 50), (20, 90, 40)).save(logo)
    settings.set("logo_path", str(logo))
    settings.set("letterhead_lines", ["PEMERINTAH KABUPATEN MAJU", "DINAS KOMUNIKASI", "Jl. Pahlawan 2"])
    settings.set("city", "Maju")
    result = api.recap(apel.event, tmp_path / "r.pdf")
    text = all_text(result.path)
    assert "PEMERINTAH KABUPATEN MAJU" in text and "DINAS KOMUNIKASI" in text and "Maju, 23 November 2026" in text
    page = read(result.path).pages[0]
    assert any(x.get("/Subtype") == "/Image" for x in page["/Resources"]["/XObject"].values())


def test_regency_coverage_pdf_and_xlsx(apel, tmp_path):

    result = api.coverage_not_signed(tmp_path / "cov.pdf")
    text = all_text(result.path)
    missing = cov.not_signed()
    assert result.rows == len(missing) and "BELUM TANDA TANGAN PAKTA INTEGRITAS" in text
    assert "Dinas Sosial" in text  # every unit, not only one event's
    for person in apel.signed:
        if person.nip:
            assert f"{printed(person)}" not in text
    book = api.coverage_not_signed_xlsx(tmp_path / "cov.xlsx", unit_ids=[apel.signed[0].unit_id])
    ws = load_workbook(book.path)["Belum TTD"]
    assert ws.freeze_panes == "A5" and book.rows == len(cov.not_signed([apel.signed[0].unit_id]))
