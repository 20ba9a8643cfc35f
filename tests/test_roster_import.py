"""Roster import into the database: upsert, re-import, honorer → PPPK, deactivation, dry run,
cancel and crash (nothing applied), order, units."""
from __future__ import annotations

import importlib.util
import threading
from pathlib import Path

import pytest

from ikrar.models import clock
from ikrar.models.desk import local_desk
from ikrar.models.roster import ImportCancelled, apply, import_roster
from ikrar.models.search.fold import fold_name
from ikrar.models.store.schema import Attendance, Employee, Event, Unit, record_id

_spec = importlib.util.spec_from_file_location(
    "roster_fixtures", Path(__file__).parent / "data" / "roster" / "make_fixtures.py")
fx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fx)

HEAD = "NIP;NIK;NAMA;JABATAN;UNIT KERJA;STATUS\n"


def write(path: Path, *rows: str) -> Path:
    path.write_text(HEAD + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def person(nip: str) -> Employee:
    return Employee.get(Employee.nip == nip)


def test_siasn_import_writes_every_valid_person(db, tmp_path):
    report = import_roster(fx.siasn_csv(tmp_path / "siasn.csv"))
    assert (report.created, report.updated, report.unchanged) == (fx.SIASN_VALID, 0, 0)
    assert Employee.select().count() == fx.SIASN_VALID
    siti = person("199001012019032002")
    assert (siti.name, siti.front_title, siti.back_title) == ("SITI AMINAH", "Dr.", "S.Sos., M.Si.")
    assert (siti.gender, str(siti.birth_date), siti.category, siti.nik) == ("P", "1990-01-01", "PNS", "3201234609860001")
    assert (siti.golongan, siti.pangkat, siti.position, siti.unit.name) == (
        "III/b", "Penata Muda Tk I", "Analis Kebijakan", "Dinas Kesehatan")
    kadek = person("199205102023211001")
    assert (kadek.category, kadek.golongan, kadek.gender) == ("PPPK", "IX", "L")
    for e in Employee.select():
        assert e.search_key == fold_name(e.name) and e.active and e.updated_at
    # roster_order follows the file; units are made in the order they appear
    order = [e.nip for e in Employee.select().order_by(Employee.roster_order)]
    assert order == ["198609262015051001", "199001012019032002", "199205102023211001", "197503152000121003"]
    assert [u.name for u in Unit.select().order_by(Unit.sort_order)] == ["Dinas Pendidikan", "Dinas Kesehatan"]
    assert report.units_created == ["Dinas Pendidikan", "Dinas Kesehatan"]


def test_reimport_updates_names_positions_units_and_keeps_attendances(db, tmp_path):
    first = write(tmp_path / "a.csv", "198609262015051001;;Ahmad Yani;Guru;Dinas Pendidikan;PNS",
                  "199001012019032002;;Siti Aminah;Bidan;Dinas Kesehatan;PNS")
    import_roster(first)
    ahmad = person("198609262015051001")
    now = clock.now()
    event = Event.create(title="Apel", date=now.date(), created_at=clock.iso(now), updated_at=clock.iso(now))
    Attendance.create(id=record_id(local_desk().id), event=event, employee=ahmad, recorded_at=clock.iso(now), recorded_utc=clock.iso_utc(now),
                      desk=local_desk())
    again = import_roster(first)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    second = write(tmp_path / "b.csv", "198609262015051001;;Ahmad Yani Saputra;Kepala Sekolah;Dinas Sosial;PNS",
                   "199001012019032002;;Siti Aminah;Bidan;Dinas Kesehatan;PNS")
    report = import_roster(second)
    assert (report.created, report.updated, report.unchanged) == (0, 1, 1)
    after = person("198609262015051001")
    assert after.id == ahmad.id
    assert (after.name, after.position, after.unit.name) == ("Ahmad Yani Saputra", "Kepala Sekolah", "Dinas Sosial")
    assert after.search_key == fold_name("Ahmad Yani Saputra")
    assert Attendance.select().where(Attendance.employee == ahmad.id).count() == 1


def test_empty_cells_keep_what_the_database_has(db, tmp_path):
    import_roster(write(tmp_path / "a.csv", "198609262015051001;3201234609860001;Ahmad Yani;Guru;Dinas A;PNS"))
    path = tmp_path / "b.csv"
    path.write_text("NIP,NAMA\n198609262015051001,Ahmad Yani\n", encoding="utf-8")
    report = import_roster(path)
    assert report.unchanged == 1
    e = person("198609262015051001")
    assert (e.nik, e.position, e.unit.name) == ("3201234609860001", "Guru", "Dinas A")


def test_honorer_becomes_pppk_by_nik(db, tmp_path):
    import_roster(write(tmp_path / "a.csv", ";3201230101950003;Joko Susilo;Pramu Kantor;Dinas A;Honorer"))
    honorer = Employee.get(Employee.nik == "3201230101950003")
    assert (honorer.nip, honorer.category) == (None, "NON_ASN")
    report = import_roster(write(tmp_path / "b.csv", "199205102023211001;3201230101950003;Joko Susilo;"
                                 "Pranata Komputer;Dinas A;PPPK"))
    assert (report.created, report.updated) == (0, 1)
    assert Employee.select().count() == 1
    now = Employee.get_by_id(honorer.id)
    assert (now.nip, now.category, now.position) == ("199205102023211001", "PPPK", "Pranata Komputer")
    # an old honorer list naming that NIK again is refused, not a second person
    old = import_roster(write(tmp_path / "c.csv", ";3201230101950003;Joko Susilo;Pramu Kantor;Dinas A;Honorer"))
    assert [r.reason.code for r in old.rejected] == ["nik_has_nip"] and Employee.select().count() == 1


def test_deactivate_missing_only_for_units_in_the_file(db, tmp_path):
    import_roster(write(tmp_path / "a.csv", "198609262015051001;;Ahmad;Guru;Dinas A;PNS",
                        "199001012019032002;;Siti;Guru;Dinas A;PNS",
                        "197503152000121003;;La Ode;Kepala;Dinas B;PNS"))
    report = import_roster(write(tmp_path / "b.csv", "198609262015051001;;Ahmad;Guru;Dinas A;PNS"),
                           deactivate_missing=True)
    assert report.deactivated == 1
    assert not person("199001012019032002").active  # missing from Dinas A: inactive, kept
    assert person("197503152000121003").active  # Dinas B is not in the file: untouched
    # without the flag nobody is deactivated; coming back in a list makes a person active again
    back = import_roster(write(tmp_path / "c.csv", "199001012019032002;;Siti;Guru;Dinas A;PNS"))
    assert back.deactivated == 0 and back.updated == 1 and person("199001012019032002").active
    assert person("198609262015051001").active


def test_deactivate_missing_spares_people_whose_row_was_rejected(db, tmp_path):
    import_roster(write(tmp_path / "a.csv", "198609262015051001;;Ahmad;Guru;Dinas A;PNS",
                        "199001012019032002;;Siti;Guru;Dinas A;PNS"))
    report = import_roster(write(tmp_path / "b.csv", "198609262015051001;;Ahmad;Guru;Dinas A;PNS",
                                 "199001012019032002;;;Guru;Dinas A;PNS"), deactivate_missing=True)
    assert [r.reason.code for r in report.rejected] == ["empty_name"] and report.deactivated == 0


def test_dry_run_writes_nothing(db, tmp_path):
    report = import_roster(fx.siasn_csv(tmp_path / "siasn.csv"), dry_run=True)
    assert report.created == fx.SIASN_VALID and report.dry_run
    assert Employee.select().count() == 0 and Unit.select().count() == 0


def test_cancel_midway_writes_nothing(db, tmp_path):
    path = write(tmp_path / "big.csv", *(f"19860926201505{1 + i // 999}{1 + i % 999:03d};;Orang {i};Staf;Dinas A;PNS"
                                         for i in range(1500)))
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 700

    with pytest.raises(ImportCancelled):
        import_roster(path, cancel=cancel)
    assert Employee.select().count() == 0 and Unit.select().count() == 0
    stop = threading.Event()
    stop.set()
    with pytest.raises(ImportCancelled):
        import_roster(path, cancel=stop)

    def boom():
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_roster(path, cancel=boom)
    assert Employee.select().count() == 0
    seen = []
    report = import_roster(path, progress=lambda done, total: seen.append((done, total)))
    assert report.created == 1500 and seen[-1][0] == seen[-1][1] and len(seen) >= 2


def test_a_crash_while_writing_applies_nothing(db, tmp_path, monkeypatch):
    import_roster(write(tmp_path / "a.csv", "198609262015051001;;Ahmad;Guru;Dinas A;PNS"))
    real = apply.execute_values
    calls = []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:  # after the inserts went in
            raise OSError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(apply, "execute_values", failing)
    with pytest.raises(OSError):
        import_roster(write(tmp_path / "b.csv", "198609262015051001;;Ahmad Baru;Guru;Dinas B;PNS",
                            "199001012019032002;;Siti;Guru;Dinas C;PNS"))
    assert Employee.select().count() == 1 and person("198609262015051001").name == "Ahmad"
    assert [u.name for u in Unit.select()] == ["Dinas A"]


def test_duplicate_nik_rows_and_warnings(db, tmp_path):
    report = import_roster(write(tmp_path / "a.csv", ";3201230101950003;Joko;Staf;Dinas A;Honorer",
                                 ";3201230101950003;Joko Lagi;Staf;Dinas A;Honorer",
                                 "198609262015051001;3201011302900001;Ahmad;Guru;Dinas A;PPPK",
                                 ";320123010195;Potong;Staf;Dinas A;Honorer"))
    rejected = {r.row: (r.reason.code, r.other_row) for r in report.rejected}
    assert rejected == {3: ("duplicate_nik", 2), 5: ("nik_length", None)}
    warned = {w.reason.code for w in report.warnings}
    assert "category_conflict" in warned  # PPPK stated, a PNS NIP: the NIP wins
    assert person("198609262015051001").category == "PNS"


def test_units_match_existing_names_loosely(db, tmp_path):
    Unit.create(name="Dinas Pendidikan", sort_order=1)
    report = import_roster(write(tmp_path / "a.csv", "198609262015051001;;Ahmad;Guru;DINAS  PENDIDIKAN;PNS"))
    assert report.units_created == [] and Unit.select().count() == 1
    assert person("198609262015051001").unit.name == "Dinas Pendidikan"


def test_scientific_nip_text_and_mapping_file(db, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("NOMOR;NAMA\n1,98609E+17;Ahmad\n199001012019032002;Siti\n", encoding="utf-8")
    (tmp_path / "map.json").write_text('{"nip": "NOMOR"}', encoding="utf-8")
    report = import_roster(path, mapping=tmp_path / "map.json")
    assert report.created == 1 and [(r.row, r.column, r.reason.code) for r in report.rejected] == [
        (2, "NOMOR", "excel_float")]
