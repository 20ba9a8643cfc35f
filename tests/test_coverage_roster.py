"""Coverage counts this database's own roster (issue 13, item 3): a hub that has only merged sync files
says its roster is not imported and shows the people it knows from the files apart, without a
percentage; once the regency's roster is imported here, the denominator is the roster (4/79, not 4/4)."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook
from test_sync_support import pin

from ikrar.models import settings
from ikrar.models.checkin import check_in, mark_absence, register_walk_in
from ikrar.models.demo.build import demo_strokes, generate_people
from ikrar.models.events import create_event, resolve_units
from ikrar.models.queries import coverage as cov
from ikrar.models.roster import import_roster
from ikrar.models.store.connection import close_database
from ikrar.models.store.schema import Employee, Unit
from ikrar.models.sync.export import export_sync
from ikrar.models.sync.merge import import_file
from ikrar.reports import api

PENDIDIKAN, KESEHATAN = "Dinas Pendidikan", "Dinas Kesehatan"


def people_of(unit: str, count: int, seed: int) -> list[dict]:
    found = [p for p in generate_people(count * 2, seed=seed, units=[unit]) if p["nip"]]
    assert len(found) >= count
    return found[:count]


def write_roster(path: Path, *units: tuple[str, int, int]) -> Path:
    """A SIASN-like CSV of (unit, how many, seed)."""
    rows = ["NIP;NAMA;JABATAN;UNIT KERJA"]
    for unit, count, seed in units:
        rows += [f"{p['nip']};{p['name']};{p['position']};{unit}" for p in people_of(unit, count, seed)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def files(world, tmp_path):
    """Desk A imports the regency roster (79 of Dinas Pendidikan, 21 of Dinas Kesehatan), holds a
    session for Dinas Pendidikan: 4 sign, 1 is ill. Returns (its sync file, the roster CSV)."""
    roster = write_roster(tmp_path / "siasn.csv", (PENDIDIKAN, 79, 1), (KESEHATAN, 21, 2))
    pin(6, 0)
    world.use("a")
    import_roster(roster)
    event = create_event("Penandatanganan Pakta", date(2026, 11, 23), kind="pakta",
                         units=resolve_units([PENDIDIKAN]))
    pendidikan = list(Employee.select().join(Unit).where(Unit.name == PENDIDIKAN).order_by(Employee.roster_order))
    pin(7, 10)
    for i, person in enumerate(pendidikan[:4]):
        check_in(event, person, strokes=demo_strokes(i))
    mark_absence(event, pendidikan[4], "S")
    assert cov.summary().total.employees == 100  # the desk imported it: its own roster
    path = export_sync([event], world.files)
    close_database()
    return path, roster


def hub(world, path):
    world.use("hub")
    pin(9, 0)
    assert import_file(path).ok


def pdf_text(path) -> str:
    with pdfplumber.open(path) as pdf:
        return " ".join(" ".join(w["text"] for w in page.extract_words()) for page in pdf.pages)


def test_a_hub_without_a_roster_says_so_and_gives_no_percentage(world, files, cli, tmp_path):
    path, _ = files
    hub(world, path)
    assert {e.origin for e in Employee.select()} == {"file"}
    summary = cov.summary()
    assert not summary.roster_imported and summary.units == [] and summary.total.employees == 0
    assert [(k.unit_name, k.people, k.signed) for k in summary.outside] == [(PENDIDIKAN, 5, 4)]
    assert cov.not_signed() == []  # who else is in the unit is not known here: nobody is listed
    assert summary.to_dict()["total"]["signed_pct"] is None
    settings.set("letterhead_lines", ["PEMERINTAH KABUPATEN MAJU", "BADAN KEPEGAWAIAN", "Jl. Pahlawan 2"])
    pdf = api.coverage_not_signed(tmp_path / "cakupan.pdf")
    text = pdf_text(pdf.path)
    assert "Daftar pegawai belum diimpor:" in text and "Hanya dikenal dari berkas sinkronisasi" in text
    assert f"1 {PENDIDIKAN} 5 4" in text and "%" not in text and "Semua pegawai aktif sudah" not in text
    book = load_workbook(api.coverage_not_signed_xlsx(tmp_path / "cakupan.xlsx").path)
    cells = [c for ws in book.worksheets for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    assert any(str(c).startswith("Daftar pegawai belum diimpor:") for c in cells)
    assert [1, PENDIDIKAN, 5, 4] in [[c for c in row if c is not None]
                                     for row in book["Cakupan"].iter_rows(values_only=True)]
    assert not any(ws.cell(r, 6).number_format == "0.0%" and ws.cell(r, 6).value is not None
                   for ws in [book["Cakupan"]] for r in range(5, ws.max_row + 1))
    close_database()
    code, out, _ = cli_on(cli, world, "hub", "--lang", "id", "coverage")
    assert code == 0 and out.startswith("Daftar pegawai belum diimpor:") and "%" not in out, out
    assert PENDIDIKAN in out and "JUMLAH" in out
    code, out, _ = cli_on(cli, world, "hub", "coverage", "--json")
    data = json.loads(out)
    assert not data["roster_imported"] and data["units"] == [] and data["total"]["signed_pct"] is None
    assert data["outside_roster"]["units"] == [{"unit_id": data["outside_roster"]["units"][0]["unit_id"],
                                               "unit": PENDIDIKAN, "people": 5, "signed": 4}]
    assert data["roster_warning"] in cov.NO_ROSTER  # in the command line's language


def test_with_the_roster_imported_the_denominator_is_the_roster(world, files, cli, tmp_path):
    path, roster = files
    hub(world, path)
    report = import_roster(roster)
    assert (report.created, report.unchanged) == (95, 5)  # the five from the file, listed unchanged
    assert {e.origin for e in Employee.select()} == {"roster"}
    summary = cov.summary()
    rows = {u.unit_name: u for u in summary.units}
    assert summary.roster_imported and summary.outside == []
    assert (rows[PENDIDIKAN].employees, rows[PENDIDIKAN].signed, rows[PENDIDIKAN].signed_pct) == (79, 4, 5.1)
    assert (rows[KESEHATAN].employees, rows[KESEHATAN].signed) == (21, 0)
    assert (summary.total.employees, summary.total.signed) == (100, 4)
    assert len(cov.not_signed()) == 96
    text = pdf_text(api.coverage_not_signed(tmp_path / "cakupan.pdf").path)
    assert "Daftar pegawai belum diimpor" not in text and f"1 {PENDIDIKAN} 79 4 75 5,1%" in text
    close_database()
    code, out, _ = cli_on(cli, world, "hub", "coverage", "--json")
    data = json.loads(out)
    assert data["roster_imported"] and "roster_warning" not in data and data["total"]["signed_pct"] == 4.0


def test_people_known_only_from_files_stay_apart_when_the_roster_is_partial(world, files, tmp_path):
    path, _ = files
    hub(world, path)
    import_roster(write_roster(tmp_path / "kesehatan.csv", (KESEHATAN, 21, 2)))
    register_walk_in(create_event("Apel", date(2026, 11, 23)), "3201014509900001", "SITI TAMU",
                     strokes=demo_strokes(1))  # a walk-in here: not the roster's either
    summary = cov.summary()
    assert summary.roster_imported
    assert [(u.unit_name, u.employees, u.signed) for u in summary.units] == [(KESEHATAN, 21, 0)]
    assert [(k.unit_name or None, k.people, k.signed) for k in summary.outside] == [(PENDIDIKAN, 5, 4), (None, 1, 1)]
    assert (summary.outside_total.people, summary.outside_total.signed) == (6, 5)
    assert Employee.get(Employee.nik == "3201014509900001").origin == "walk_in"


def test_the_roster_import_marks_everyone_it_lists_and_a_merge_marks_what_it_adds(world, files, tmp_path):
    path, roster = files
    hub(world, path)
    assert Employee.select().where(Employee.origin == "file").count() == 5
    import_roster(roster, dry_run=True)
    assert Employee.select().where(Employee.origin == "file").count() == 5  # a dry run writes nothing
    import_roster(roster)
    assert Employee.select().where(Employee.origin != "roster").count() == 0
    again = import_roster(roster)  # everyone unchanged now: still the roster's
    assert again.unchanged == 100 and Employee.select().where(Employee.origin == "roster").count() == 100


def cli_on(cli, world, name, *args):
    """The CLI on the world's database *name* (the cli fixture's own file otherwise)."""
    return cli("--db", str(world.root / f"{name}.db"), *args)
