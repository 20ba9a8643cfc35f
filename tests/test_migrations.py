"""The schema is versioned from the first release: an old database file is brought forward intact."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from models import migrations
from models.db import close_database, open_database
from models.schema import Attendance, Desk, Employee, Event, Signature

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


def test_database_from_a_newer_program_is_refused(tmp_path):
    path = tmp_path / "future.db"
    database = open_database(path)
    database.execute_sql(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    close_database()
    with pytest.raises(migrations.SchemaTooNewError):
        open_database(path)
    close_database()
