"""Migration 11: employee.region, '' for everyone already stored, on SQLite (the committed version-1 file
brought to version 10) and on PostgreSQL (a server database made as the release before this one made it,
at version 10, with those rows copied in); a roster import then fills it."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ENGINE
from peewee import SqliteDatabase
from test_migration_9 import _copy_rows, version_8

from ikrar.models.queries import coverage as cov
from ikrar.models.roster import import_roster
from ikrar.models.store import migrations
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.models.store.schema import Employee

pg = pytest.mark.skipif(ENGINE != "postgresql", reason="needs IKRAR_TEST_DB=postgresql")


def version_10(path: Path) -> None:
    """The committed version-1 file brought to version 10 (what the release before this one left)."""
    version_8(path)
    database = SqliteDatabase(str(path))
    database.connect()
    for number in (9, 10):
        with database.atomic():
            migrations.MIGRATIONS[number - 1](database)
            database.execute_sql(f"PRAGMA user_version = {number}")
    assert "region" not in [r[1] for r in database.execute_sql("PRAGMA table_info(employee)")]
    database.close()


def _after(database, tmp_path: Path, people: int) -> None:
    """Everyone stored has region ''; a province roster fills it; coverage counts per region."""
    assert migrations.current_version(database) == migrations.SCHEMA_VERSION >= 11
    assert [r[0] for r in database.execute_sql("SELECT DISTINCT region FROM employee")] == [""]
    assert Employee.select().count() == people > 0
    nip = Employee.select().where(Employee.nip.is_null(False)).first().nip
    csv = tmp_path / "provinsi.csv"
    csv.write_text(f"NIP;NAMA;OPD;KABUPATEN/KOTA\n{nip};ORANG LAMA;Dinas Kesehatan;Kabupaten Bantul\n",
                   encoding="utf-8")
    assert import_roster(csv).updated == 1
    assert Employee.get(Employee.nip == nip).region == "Kabupaten Bantul"
    assert "Kabupaten Bantul" in [r.region for r in cov.by_region()]


@pytest.mark.sqlite_only
def test_version_11_gives_every_stored_employee_no_region(tmp_path):
    path = tmp_path / "v10.db"
    version_10(path)
    database = open_database(path)
    try:
        columns = {r[1]: (r[2], r[3], r[4]) for r in database.execute_sql("PRAGMA table_info(employee)")}
        assert columns["region"] == ("VARCHAR", 1, "''")  # NOT NULL DEFAULT ''
        people = database.execute_sql("SELECT COUNT(*) FROM employee").fetchone()[0]
        _after(database, tmp_path, people)
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        close_database()


@pg
def test_version_11_on_a_server_too(pg_databases, tmp_path):
    version_10(tmp_path / "v10.db")
    database = pg_databases.at_version(tmp_path / "hub_v10.db", 10)
    url = pg_databases.redirect(tmp_path / "hub_v10.db")
    _copy_rows(tmp_path / "v10.db", database)
    assert migrations.current_version(database) == 10
    close_database()
    database = open_database(url)
    try:
        kind = database.execute_sql("SELECT data_type, is_nullable, column_default FROM information_schema.columns "
                                    "WHERE table_name = 'employee' AND column_name = 'region'").fetchone()
        assert kind[:2] == ("character varying", "NO") and kind[2].startswith("''")
        people = database.execute_sql("SELECT COUNT(*) FROM employee").fetchone()[0]
        _after(database, tmp_path, people)
    finally:
        close_database()
