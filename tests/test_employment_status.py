"""A non-ASN's employment status as the roster spells it (issue 14, item 4: "the honorer/PPNPN/kontrak
status from the roster is lost"): employee.employment_status, migration 6, read by the roster import
(the category cell's word, or a status column of its own), carried in people.json, and printed on the
pact page ("Status : Honorer") and in the lists' Pangkat/Gol. column instead of "Non-ASN"."""
from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook
from peewee import SqliteDatabase
from test_sync_support import pin, the_event

from ikrar.models import settings
from ikrar.models.checkin import check_in
from ikrar.models.demo.build import demo_strokes, generate_people, insert_people
from ikrar.models.desk import local_desk, rename_local_desk
from ikrar.models.events import create_event, resolve_units
from ikrar.models.roster import import_roster
from ikrar.models.roster.headers import detect_mapping
from ikrar.models.roster.values import STATUS_LIMIT
from ikrar.models.store import migrations
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.models.store.schema import Employee
from ikrar.models.sync.dump import canonical_dump
from ikrar.models.sync.export import collect, export_sync
from ikrar.models.sync.manifest import write_file
from ikrar.models.sync.merge import import_file
from ikrar.models.sync.package import export_package, import_package
from ikrar.reports import api

V1_DB = Path(__file__).parent / "data" / "schema_v1.db"
NIKS = ("3201014501900011", "3201015502910012", "3201016603920013", "3201017704930014", "3201011805940015")
PNS = "198609262015051001"


def status_of(nik: str) -> str:
    return Employee.get(Employee.nik == nik).employment_status


def roster(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# --- migration 6 ---------------------------------------------------------------------------------

def test_migration_6_adds_the_column_empty_and_keeps_everyone(tmp_path):
    path = tmp_path / "v5.db"
    shutil.copy(V1_DB, path)
    database = SqliteDatabase(str(path))
    database.connect()
    for number in range(2, 6):
        with database.atomic():
            migrations.MIGRATIONS[number - 1](database)
            database.execute_sql(f"PRAGMA user_version = {number}")
    before = database.execute_sql("SELECT id, nip, nik, name, category, card FROM employee ORDER BY id").fetchall()
    assert "employment_status" not in [r[1] for r in database.execute_sql("PRAGMA table_info(employee)")]
    database.close()
    opened = open_database(path)
    try:
        assert migrations.current_version(opened) == migrations.SCHEMA_VERSION >= 6
        after = opened.execute_sql("SELECT id, nip, nik, name, category, card FROM employee ORDER BY id").fetchall()
        assert after == before and len(after) > 0
        assert {e.employment_status for e in Employee.select()} == {""}
        honorer = Employee.select().where(Employee.nip.is_null()).first()
        honorer.employment_status = "PPNPN"
        honorer.save()
        assert Employee.get_by_id(honorer.id).employment_status == "PPNPN"
        assert opened.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        close_database()


# --- the roster import ---------------------------------------------------------------------------

def test_the_category_cells_word_is_kept_for_non_asn_only(db, tmp_path):
    report = import_roster(roster(tmp_path / "a.csv", "NIP;NIK;NAMA;UNIT KERJA;STATUS\n"
                                  f";{NIKS[0]};SITI;Dinas Satu;Honorer\n"
                                  f";{NIKS[1]};RINA;Dinas Satu;PPNPN\n"
                                  f";{NIKS[2]};JOKO;Dinas Satu;  Tenaga   Kontrak \n"
                                  f";{NIKS[3]};DEWI;Dinas Satu;Non ASN\n"
                                  f";{NIKS[4]};TONO;Dinas Satu;THL\n"
                                  f"{PNS};;BUDI;Dinas Satu;PNS\n"))
    assert report.created == 6 and not report.rejected and report.mapping["category"] == "STATUS"
    assert [status_of(n) for n in NIKS] == ["Honorer", "PPNPN", "Tenaga Kontrak", "", "THL"]
    assert Employee.get(Employee.nip == PNS).employment_status == ""
    assert {e.category for e in Employee.select().where(Employee.nip.is_null())} == {"NON_ASN"}


@pytest.mark.parametrize("headers, kind, word, expected", [
    ("JENIS PEGAWAI;KETERANGAN STATUS", "NON ASN", "Tenaga Harian Lepas", "Tenaga Harian Lepas"),
    ("JENIS PEGAWAI;STATUS", "Non ASN", "PPNPN", "PPNPN"),  # STATUS is free: the category took JENIS PEGAWAI
    ("STATUS PEGAWAI;STATUS", "Honorer Daerah", "Aktif", "Honorer Daerah"),  # a state, not a status
    ("JENIS PEGAWAI;STATUS HONORER", "Honorer", "-", "Honorer"),  # a placeholder
])
def test_a_status_column_of_its_own(db, tmp_path, headers, kind, word, expected):
    mapping = detect_mapping(["NIK", "NAMA", *headers.split(";")])
    assert mapping["employment_status"] == headers.split(";")[1] and mapping["category"] == headers.split(";")[0]
    report = import_roster(roster(tmp_path / "b.csv", f"NIK;NAMA;{headers}\n{NIKS[0]};SITI;{kind};{word}\n"))
    assert report.created == 1 and not report.rejected and not report.warnings
    assert status_of(NIKS[0]) == expected


def test_a_too_long_status_is_a_warning_and_a_control_character_refuses_the_row(db, tmp_path):
    long = "Tenaga " + "Pendukung " * 8
    assert len(long.strip()) > STATUS_LIMIT
    report = import_roster(roster(tmp_path / "c.csv", "NIK;NAMA;JENIS PEGAWAI;KETERANGAN STATUS\n"
                                  f"{NIKS[0]};SITI;Non ASN;{long}\n"
                                  f"{NIKS[1]};RINA;Non ASN;Honor\x07er\n"
                                  f"{NIKS[2]};JOKO;Non ASN;{'x' * STATUS_LIMIT}\n"))
    assert report.created == 2
    (warning,) = report.warnings
    assert (warning.row, warning.column, warning.reason.code) == (2, "KETERANGAN STATUS", "status_too_long")
    assert f"lebih dari {STATUS_LIMIT} huruf" in warning.reason.id
    (refused,) = report.rejected
    assert (refused.row, refused.column) == (3, "KETERANGAN STATUS")
    assert status_of(NIKS[0]) == "" and status_of(NIKS[2]) == "x" * STATUS_LIMIT
    assert not Employee.select().where(Employee.nik == NIKS[1]).exists()


def test_reimport_keeps_it_without_a_word_and_clears_it_when_the_person_becomes_asn(db, tmp_path):
    import_roster(roster(tmp_path / "1.csv", f"NIK;NAMA;STATUS\n{NIKS[0]};SITI;Honorer\n{NIKS[1]};RINA;PPNPN\n"))
    report = import_roster(roster(tmp_path / "2.csv", f"NIK;NAMA;STATUS\n{NIKS[0]};SITI;Non ASN\n{NIKS[1]};RINA;THL\n"))
    assert (report.updated, report.unchanged) == (1, 1)
    assert (status_of(NIKS[0]), status_of(NIKS[1])) == ("Honorer", "THL")  # "Non ASN" says nothing new
    # Siti becomes PPPK: the row brings her NIP beside her NIK, and she is no honorer any more
    import_roster(roster(tmp_path / "3.csv", f"NIP;NIK;NAMA;STATUS\n199001012024211001;{NIKS[0]};SITI;PPPK\n"))
    siti = Employee.get(Employee.nik == NIKS[0])
    assert (siti.nip, siti.category, siti.employment_status) == ("199001012024211001", "PPPK", "")


# --- sync files and event packages ---------------------------------------------------------------

ROSTER = ("NIP,NIK,NAMA,JABATAN,UNIT KERJA,STATUS\n"
          f"{PNS},,BUDI SANTOSO,Analis,Dinas Kesehatan,PNS\n"
          f",{NIKS[0]},SITI AMINAH,Tenaga Kontrak,Dinas Kesehatan,Honorer\n"
          f",{NIKS[1]},RINA WATI,Tenaga Kontrak,Dinas Kesehatan,PPNPN\n")


def organizer(world):
    pin(6, 0)
    world.use("a")
    rename_local_desk("Meja A")
    assert import_roster(roster(world.files / "roster.csv", ROSTER)).created == 3
    event = create_event("Apel Pagi", date(2026, 11, 23), units=resolve_units(["Dinas Kesehatan"]))
    return event.id, export_package(event, world.files)


def test_the_status_travels_in_the_package_and_the_sync_file(world):
    event_id, package = organizer(world)
    pin(6, 30)
    world.use("b")
    assert import_package(package).ok
    assert (status_of(NIKS[0]), status_of(NIKS[1])) == ("Honorer", "PPNPN")
    pin(7, 10)
    for employee in Employee.select():
        check_in(the_event(event_id), employee, method="search")
    members = collect([the_event(event_id)])  # the people this desk's records name
    assert {p["nik"]: p["employment_status"] for p in members["people.json"]} == {
        None: "", NIKS[0]: "Honorer", NIKS[1]: "PPNPN"}
    sync = export_sync(the_event(event_id), world.files)
    world.use("hub")  # no roster of its own: the file brings Siti, with her status
    pin(9, 0)
    assert import_file(sync).ok
    assert status_of(NIKS[0]) == "Honorer"


@pytest.mark.parametrize("label, value, category", [
    ("control", "Honor\x07er", "NON_ASN"),
    ("newline", "Honorer\nDaerah", "NON_ASN"),
    ("long", "x" * (STATUS_LIMIT + 1), "NON_ASN"),
    ("asn", "Honorer", "PNS"),
    ("spaces", " Honorer", "NON_ASN"),
    ("number", 5, "NON_ASN"),
])
def test_a_file_with_a_bad_status_is_refused_naming_the_field(world, label, value, category):
    event_id, package = organizer(world)
    pin(6, 30)
    world.use("b")
    assert import_package(package).ok
    pin(7, 10)
    check_in(the_event(event_id), Employee.get(Employee.nik == NIKS[0]), method="search")
    members = collect([the_event(event_id)])
    person = next(p for p in members["people.json"] if p["nik"] == NIKS[0])
    person["nik"], person["name"] = NIKS[3], "TAMU BARU"  # someone the organizer does not know
    person["employment_status"], person["category"] = value, category
    if category != "NON_ASN":
        person["nik"], person["nip"] = None, "199001012015052002"
    bad = write_file(world.files / f"bad-{label}.ikrar", "sync", local_desk(), members, events=[])
    world.use("a")
    pin(9, 0)
    before = canonical_dump()
    report = import_file(bad)
    assert not report.ok and report.code == "bad_record" and report.member == "people.json"
    assert "employment_status" in report.reason("en") and "employment_status" in report.reason("id")
    assert canonical_dump() == before


def test_an_older_file_without_the_field_still_merges(world):
    event_id, package = organizer(world)
    pin(6, 30)
    world.use("b")
    assert import_package(package).ok
    pin(7, 10)
    check_in(the_event(event_id), Employee.get(Employee.nik == NIKS[0]), method="search")
    members = collect([the_event(event_id)])
    for person in members["people.json"]:
        del person["employment_status"]  # as Ikrar before schema 6 wrote them
    old = write_file(world.files / "old.ikrar", "sync", local_desk(), members, events=[])
    world.use("hub")
    pin(9, 0)
    assert import_file(old).ok
    assert status_of(NIKS[0]) == ""  # unknown, printed "Non-ASN"


# --- the documents -------------------------------------------------------------------------------

def person(name, category, *, nip=None, nik=None, status="", pangkat="", golongan=""):
    return {"nip": nip, "nik": nik, "name": name, "front_title": "", "back_title": "", "gender": "P",
            "birth_date": date(1986, 9, 26), "category": category, "golongan": golongan, "pangkat": pangkat,
            "position": "Tenaga Kontrak", "unit": "Dinas Kesehatan", "employment_status": status}


@pytest.fixture
def event(db, at):
    at(7, 0)
    settings.change("letterhead_lines", ["PEMERINTAH KABUPATEN MAJU", "BADAN KEPEGAWAIAN DAERAH", "Jalan Merdeka 1"])
    settings.change("city", "Maju")
    insert_people([person("ANI RAHMAWATI", "PNS", nip="198609262015052001", pangkat="Penata Muda", golongan="III/a"),
                   person("CITRA LESTARI", "NON_ASN", nik="3201026609860003", status="PPNPN"),
                   person("DEWI SARTIKA", "NON_ASN", nik="3201026609860004")])
    made = create_event("Apel Netralitas ASN", date(2026, 11, 23))
    for i, employee in enumerate(Employee.select().order_by(Employee.roster_order)):
        at(7, 10 + i)
        check_in(made, employee, strokes=demo_strokes(i))
    return made


def texts(path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [re.sub(r"[ \t]+", " ", page.extract_text()) for page in pdf.pages]


def test_the_pact_page_says_the_status(event, tmp_path):
    pages = texts(api.pacts(event, tmp_path / "pakta.pdf").path)
    citra = next(t for t in pages if "CITRA LESTARI" in t)
    dewi = next(t for t in pages if "DEWI SARTIKA" in t)
    assert "Status : PPNPN" in citra and "Non-ASN" not in citra and "Pangkat" not in citra
    assert "Status : Non-ASN" in dewi  # nothing known: the category's name


def test_the_lists_print_the_status_where_they_printed_non_asn(event, tmp_path):
    text = " ".join(texts(api.signed_list(event, tmp_path / "hadir.pdf").path))
    lines = {name: line for line in text.splitlines() for name in ("CITRA", "DEWI") if name in line}
    assert "PPNPN" in lines["CITRA"] and "Non-ASN" not in lines["CITRA"]
    assert "Non-ASN" in lines["DEWI"]
    book = load_workbook(api.xlsx(event, tmp_path / "hadir.xlsx").path)
    ranks = {row[1]: row[3] for row in book["Daftar Hadir"].iter_rows(min_row=5, values_only=True)}
    assert ranks == {"ANI RAHMAWATI": "Penata Muda, III/a", "CITRA LESTARI": "PPNPN", "DEWI SARTIKA": "Non-ASN"}


def test_some_demo_honorer_staff_have_a_status():
    people = generate_people(400, seed=3)
    statuses = [p["employment_status"] for p in people if p["category"] == "NON_ASN"]
    assert {"Honorer", "PPNPN", "Tenaga Kontrak", "THL", ""} <= set(statuses)
    assert all(p["employment_status"] == "" for p in people if p["category"] != "NON_ASN")


def test_the_regency_coverage_prints_the_status_too(db, tmp_path):
    import_roster(roster(tmp_path / "r.csv", "NIP;NIK;NAMA;UNIT KERJA;STATUS\n"
                         f";{NIKS[0]};SITI;Dinas Satu;Honorer\n;{NIKS[1]};RINA;Dinas Satu;Non ASN\n"
                         f"{PNS};;BUDI;Dinas Satu;PNS\n"))
    book = load_workbook(api.coverage_not_signed_xlsx(tmp_path / "cakupan.xlsx").path)
    sheet = book["Belum TTD"]
    header = [c.value for c in sheet[4]]
    gol = {row[1]: row[header.index("Gol.")] for row in sheet.iter_rows(min_row=5, values_only=True) if row[1]}
    assert (gol["SITI"], gol["RINA"]) == ("Honorer", "Non-ASN")
    text = " ".join(texts(api.coverage_not_signed(tmp_path / "cakupan.pdf").path))
    assert "Honorer" in text and "Non-ASN" in text
