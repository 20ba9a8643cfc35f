"""The schema is versioned from the first release: an old database file is brought forward intact."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ikrar.models.search import fold as textfold
from ikrar.models.search import stored_keys as searchkeys
from ikrar.models.search.lookup import search
from ikrar.models.store import migrations
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.models.store.schema import Attendance, Desk, Employee, Event, Signature

V1_DB = Path(__file__).parent / "data" / "schema_v1.db"


def test_committed_v1_database_migrates_and_keeps_its_data(tmp_path):
    copy = tmp_path / "old.db"
    shutil.copy(V1_DB, copy)
    database = open_database(copy)
    try:
        assert migrations.current_version(database) == migrations.SCHEMA_VERSION
        assert Employee.select().count() == 40
        assert Event.get().title == "Apel v1"
        assert Attendance.select().count() == 5
        assert Attendance.select().where(Attendance.voided_at.is_null(False)).count() == 1
        assert Signature.select().count() == 4
        assert Desk.select().where(Desk.is_local == True).count() == 1  # noqa: E712
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert database.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        close_database()


def test_v2_rebuilds_the_search_index_of_a_v1_database(tmp_path):
    """The v1 file's people are found again through the index V2 made (without column sizes)."""

    copy = tmp_path / "old.db"
    shutil.copy(V1_DB, copy)
    database = open_database(copy)
    try:
        sql = database.execute_sql("SELECT sql FROM sqlite_master WHERE name = 'employee_fts'").fetchone()[0]
        assert "columnsize=0" in sql
        for person in Employee.select().limit(5):
            assert person.id in [h.employee_id for h in search(person.name, limit=50)]
            if person.nip:
                assert person.id in [h.employee_id for h in search(person.nip, limit=50)]
        database.execute_sql("INSERT INTO employee_fts(employee_fts, rank) VALUES ('integrity-check', 1)")
        # the triggers still keep it: a renamed person is found by the new name only
        person = Employee.get(Employee.nip.is_null(False))
        Employee.update(name="Zulkarnain Tarigan", search_key="zoelkarnaintarigan").where(
            Employee.id == person.id).execute()
        assert [h.employee_id for h in search("Zulkarnain")] == [person.id]
        database.execute_sql("INSERT INTO employee_fts(employee_fts, rank) VALUES ('integrity-check', 1)")
    finally:
        close_database()


@pytest.mark.sqlite_only
def test_new_database_has_pragmas_and_one_local_desk(tmp_path):
    database = open_database(tmp_path / "new.db")
    try:
        assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        assert database.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        desk = Desk.get(Desk.is_local == True)  # noqa: E712
        assert len(desk.public_key) == 32 and len(desk.private_key) == 32
    finally:
        close_database()
    database = open_database(tmp_path / "new.db")  # reopening keeps the same desk
    try:
        assert Desk.select().count() == 1 and Desk.get().id == desk.id
    finally:
        close_database()


@pytest.mark.sqlite_only
def test_database_from_a_newer_program_is_refused(tmp_path):
    path = tmp_path / "future.db"
    database = open_database(path)
    database.execute_sql(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    close_database()
    with pytest.raises(migrations.SchemaTooNewError):
        open_database(path)
    close_database()


def test_search_keys_are_folded_again_only_when_the_fold_changed(tmp_path, monkeypatch):
    path = tmp_path / "keys.db"
    database = open_database(path)
    try:
        Employee.insert(name="Yusuf Hartanto", nip="199001012015031001", front_title="", back_title="",
                        category="PNS", golongan="", pangkat="", position="", active=True, roster_order=1,
                        is_walk_in=False, search_key="yusufhartanto").execute()  # an older fold's key
        assert searchkeys.refresh_search_keys(database) == 0  # this fold's version is recorded already
        monkeypatch.setattr(searchkeys, "FOLD_VERSION", textfold.FOLD_VERSION + 1)
        assert searchkeys.refresh_search_keys(database) == 1
        assert Employee.get().search_key == textfold.fold_name("Yusuf Hartanto") == "yoesoefhartanto"
        assert searchkeys.stored_version(database) == textfold.FOLD_VERSION + 1
        assert searchkeys.refresh_search_keys(database) == 0
    finally:
        close_database()
