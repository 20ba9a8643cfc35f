"""Migration 5: the QR card's code (employee.card) for everyone without a NIP, and card_alias."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from ikrar.models.cards import person_by_card
from ikrar.models.store import migrations
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.models.store.schema import Employee

V1_DB = Path(__file__).parent / "data" / "schema_v1.db"
SHAPE = re.compile(r"^IKR-[0-9A-HJKMNP-TV-Z]{10}$")


def version_4(path: Path) -> None:
    """The committed version-1 file brought to version 4 (as the last release left it), with a walk-in."""
    shutil.copy(V1_DB, path)
    database = SqliteDatabase(str(path))
    database.connect()
    for number in (2, 3, 4):
        with database.atomic():
            migrations.MIGRATIONS[number - 1](database)
            database.execute_sql(f"PRAGMA user_version = {number}")
    columns = [row[1] for row in database.execute_sql("PRAGMA table_info(employee)").fetchall()]
    assert "card" not in columns
    database.execute_sql(
        "INSERT INTO employee (nik, name, front_title, back_title, category, golongan, pangkat, position, active, "
        "roster_order, is_walk_in, search_key, origin) VALUES ('3201014509900001', 'SITI TAMU', '', '', 'NON_ASN', "
        "'', '', '', 1, 0, 1, 'sititamu', 'walk_in')")
    database.close()


def test_everyone_without_a_nip_gets_a_code_of_their_own(tmp_path):
    path = tmp_path / "v4.db"
    version_4(path)
    database = open_database(path)
    try:
        assert migrations.current_version(database) == migrations.SCHEMA_VERSION >= 5
        people = list(Employee.select())
        without = [p for p in people if p.nip is None]
        assert len(without) == 4  # three on the old roster and the walk-in
        assert all(SHAPE.match(p.card) for p in without)
        assert len({p.card for p in without}) == len(without)
        assert all(p.card is None for p in people if p.nip is not None)
        assert all(person_by_card(p.card).id == p.id for p in without)
        assert not any(p.nik and p.nik in p.card for p in without)
        assert database.execute_sql("SELECT COUNT(*) FROM card_alias").fetchone()[0] == 0
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        indexes = {row[1]: row[2] for row in database.execute_sql("PRAGMA index_list(employee)").fetchall()}
        assert indexes.get("employee_card") == 1  # unique
    finally:
        close_database()


def test_a_version_1_file_comes_all_the_way(tmp_path):
    path = tmp_path / "v1.db"
    shutil.copy(V1_DB, path)
    open_database(path)
    try:
        assert Employee.select().where(Employee.nip.is_null(), Employee.card.is_null()).count() == 0
        assert Employee.select().where(Employee.card.is_null(False)).count() == 3
    finally:
        close_database()


@pytest.mark.sqlite_only
def test_a_new_database_has_the_column_and_the_alias_table(tmp_path):
    database = open_database(tmp_path / "new.db")
    try:
        assert "card" in [row[1] for row in database.execute_sql("PRAGMA table_info(employee)").fetchall()]
        assert [row[1] for row in database.execute_sql("PRAGMA table_info(card_alias)").fetchall()] == \
            ["code", "employee_id"]
    finally:
        close_database()
