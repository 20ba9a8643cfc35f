"""A damaged database: SQLite's quick check finds it, writes are refused with advice (restore from a
backup or the last sync file), exports stop, and reads go on."""
from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import date

import pytest

from ikrar.models.checkin import check_in
from ikrar.models.demo.build import generate_people, insert_people
from ikrar.models.errors import Refused
from ikrar.models.events import create_event
from ikrar.models.roster import import_roster
from ikrar.models.store import integrity
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.models.store.schema import Employee, Event, Unit
from ikrar.models.sync.export import export_sync
from ikrar.reports import api

pytestmark = pytest.mark.sqlite_only  # SQLite's quick check of a damaged file; a server checks its own pages


def damage(path) -> None:
    """Random bytes over the middle of one b-tree page: the file still opens, its tables are wrong."""
    size = os.path.getsize(path)
    with open(path, "r+b") as handle:
        handle.seek((size // 4096 // 2) * 4096 + 100)
        handle.write(os.urandom(2000))


def damaged_database(path):
    """A database at *path* with people and an event, then damaged on disk; returns the event."""
    open_database(path)
    insert_people(generate_people(3000, seed=1))
    event = create_event("Apel", date(2026, 11, 23))
    close_database()
    damage(path)
    return event


@pytest.fixture
def damaged(tmp_path, at):
    path = tmp_path / "rusak.db"
    event = damaged_database(path)
    open_database(path)
    yield event
    close_database()


def test_a_sound_database_passes(db):
    assert integrity.problems() == []
    integrity.check()  # nothing raised, nothing marked


def test_damage_is_found_and_writes_are_refused_with_advice(damaged, tmp_path):
    assert integrity.problems()  # what SQLite found, e.g. "On tree page 133 cell 24: ..."
    with pytest.raises(Refused) as caught:
        integrity.check()
    assert caught.value.code == "damaged" and "restore it from a backup or from the last sync file" in caught.value.en_text
    person = Employee.select().first()  # reads still work
    with pytest.raises(Refused) as caught:
        check_in(damaged, person)
    assert "nothing was saved" in caught.value.en_text and "pulihkan" in caught.value.id_text
    # reads go on where the damage is not (random bytes over one page of the employee table: counting
    # the expected reads every person's origin and walk-in flag, so it may meet the page)
    assert Event.get_by_id(damaged.id).title == "Apel"


def test_exports_stop_on_a_damaged_database(damaged, tmp_path):
    for export in (lambda: export_sync([damaged], tmp_path), lambda: api.recap(damaged, tmp_path / "rekap.pdf")):
        with pytest.raises(Refused) as caught:
            export()
        assert "export was stopped" in caught.value.en_text
    assert not list(tmp_path.glob("*.ikrar")) and not (tmp_path / "rekap.pdf").exists()


def test_the_cli_says_it_in_one_sentence(tmp_path, at, cli):
    event = damaged_database(tmp_path / "cli.db")  # the database the cli fixture runs on
    code, _out, err = cli("--lang", "en", "export-sync", "--event", event.id, "--out", str(tmp_path))
    assert code == 1 and "export was stopped" in err and "Traceback" not in err


def damage_table(path, table: str) -> None:
    """Zeros over the page header of *table*'s first page: that table is damaged, the others read
    and write as before (the damage a roster import would not notice by itself)."""
    conn = sqlite3.connect(path)
    try:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?",
                               (table,)).fetchone()
    finally:
        conn.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * size)
        handle.write(bytes(12))


def people_and_units():
    return (list(Employee.select(Employee.id, Employee.nip, Employee.name, Employee.position, Employee.unit,
                                 Employee.active).order_by(Employee.id).tuples()),
            list(Unit.select(Unit.id, Unit.name).order_by(Unit.id).tuples()))


@pytest.mark.parametrize("marked", ["before the import", "while the file is read"])
def test_a_roster_import_into_a_damaged_database_is_refused_and_changes_nothing(tmp_path, at, marked):
    """The import writes through the raw sqlite3 connection (store.bulk), past execute_sql's guard:
    it asks the guard itself, before reading the file and again when the write begins."""
    path = tmp_path / "rusak.db"
    open_database(path)
    insert_people(generate_people(300, seed=1))
    create_event("Apel", date(2026, 11, 23))
    close_database()
    damage_table(path, "event")  # people and units still read: without the guard the import is written
    open_database(path)
    try:
        known = Employee.select().first()
        roster = tmp_path / "pegawai.csv"
        roster.write_text("NIP;NAMA;JABATAN;UNIT KERJA\n"
                          f"{known.nip};{known.name};Kepala Bidang Baru;Dinas Baru Sekali\n"
                          "198609262015051001;Ahmad Yani;Guru;Dinas Baru Sekali\n", encoding="utf-8")
        before = people_and_units()
        assert import_roster(roster, dry_run=True).created == 1  # a dry run only reads: it still reports

        read = []

        def check_meanwhile():  # the window's quick check finishing while the import reads the file
            read.append(True)
            with contextlib.suppress(Refused):
                integrity.check()
            return False

        if marked == "before the import":
            with pytest.raises(Refused):
                integrity.check()
        with pytest.raises(Refused) as caught:
            import_roster(roster, deactivate_missing=True, cancel=check_meanwhile)
        assert caught.value.code == "damaged" and caught.value.details["problem"]
        assert "nothing was saved; restore it from a backup or from the last sync file" in caught.value.en_text
        assert "tidak ada yang disimpan; pulihkan dari cadangan" in caught.value.id_text
        assert people_and_units() == before
        assert bool(read) == (marked == "while the file is read")  # a marked database: the file is not read
    finally:
        close_database()
