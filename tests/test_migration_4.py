"""Migration 4 (issue 13): each person's origin, 'roster' | 'file' | 'walk_in', on a version-3 database."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from ikrar.models.queries.coverage import roster_imported
from ikrar.models.queries.coverage import summary as coverage_summary
from ikrar.models.store import migrations
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.models.store.schema import Employee

V1_DB = Path(__file__).parent / "data" / "schema_v1.db"


def version_3(path: Path, *, merged: bool) -> None:
    """The committed version-1 file brought to version 3 (as the last release left it), with a walk-in
    and, when *merged*, another desk met through its files."""
    shutil.copy(V1_DB, path)
    database = SqliteDatabase(str(path))
    database.connect()
    for number in (2, 3):
        with database.atomic():
            migrations.MIGRATIONS[number - 1](database)
            database.execute_sql(f"PRAGMA user_version = {number}")
    assert migrations.current_version(database) == 3
    columns = [row[1] for row in database.execute_sql("PRAGMA table_info(employee)").fetchall()]
    assert "origin" not in columns
    database.execute_sql(
        "INSERT INTO employee (nik, name, front_title, back_title, category, golongan, pangkat, position, active, "
        "roster_order, is_walk_in, search_key) VALUES ('3201014509900001', 'SITI TAMU', '', '', 'NON_ASN', '', '', '', "
        "1, 0, 1, 'sititamu')")
    if merged:
        database.execute_sql("INSERT INTO desk (id, name, is_local, created_at) VALUES ('x', 'Meja X', 0, '2026-01-01')")
    database.close()


def origins() -> dict[str, int]:
    found: dict[str, int] = {}
    for person in Employee.select():
        found[person.origin] = found.get(person.origin, 0) + 1
    return found


def test_a_desk_that_never_met_another_keeps_its_people_as_its_roster(tmp_path):
    path = tmp_path / "v3.db"
    version_3(path, merged=False)
    database = open_database(path)
    try:
        assert migrations.current_version(database) == migrations.SCHEMA_VERSION >= 4
        assert origins() == {"roster": 40, "walk_in": 1}
        assert Employee.get(Employee.nik == "3201014509900001").origin == "walk_in"
        assert roster_imported()
        summary = coverage_summary()
        assert summary.total.employees == 40 and summary.outside_total.people == 1
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        close_database()


def test_a_hub_that_merged_files_counts_nobody_as_its_roster_until_it_imports_one(tmp_path):
    path = tmp_path / "hub-v3.db"
    version_3(path, merged=True)
    open_database(path)
    try:
        # which of its people came from files cannot be told now: none is the roster's
        assert origins() == {"file": 40, "walk_in": 1}
        assert not roster_imported()
        summary = coverage_summary()
        assert summary.units == [] and summary.total.employees == 0 and summary.outside_total.people == 41
    finally:
        close_database()


@pytest.mark.sqlite_only
def test_a_new_database_has_the_column_with_its_default(tmp_path):
    database = open_database(tmp_path / "new.db")
    try:
        info = {row[1]: row for row in database.execute_sql("PRAGMA table_info(employee)").fetchall()}
        assert info["origin"][3] == 1 and info["origin"][4] == "'roster'"  # NOT NULL DEFAULT 'roster'
        assert not roster_imported()  # nobody yet
    finally:
        close_database()
