"""Migration 7: the print_form table (models/print_forms.py), empty; the signatures are left as they were."""
from __future__ import annotations

import shutil
from pathlib import Path

from peewee import SqliteDatabase

from ikrar.models import print_forms
from ikrar.models.store import migrations
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.models.store.schema import Signature

V1_DB = Path(__file__).parent / "data" / "schema_v1.db"
# the columns of version 6 (migration 9 adds signing_ms, derived from the strokes)
SIGNATURES = ("SELECT id, attendance_id, strokes, pad_width, pad_height, pact_sha256, signed_at, desk_id "
              "FROM signature ORDER BY id")


def version_6(path: Path) -> list[tuple]:
    """The committed version-1 file brought to version 6 (as the last release left it); its signatures."""
    shutil.copy(V1_DB, path)
    database = SqliteDatabase(str(path))
    database.connect()
    for number in range(2, 7):
        with database.atomic():
            migrations.MIGRATIONS[number - 1](database)
            database.execute_sql(f"PRAGMA user_version = {number}")
    assert database.execute_sql("SELECT name FROM sqlite_master WHERE name = 'print_form'").fetchone() is None
    rows = database.execute_sql(SIGNATURES).fetchall()
    database.close()
    return rows


def test_version_7_adds_an_empty_print_form_table_and_leaves_the_signatures(tmp_path):
    path = tmp_path / "v6.db"
    signatures = version_6(path)
    assert len(signatures) == 4
    database = open_database(path)
    try:
        assert migrations.current_version(database) == migrations.SCHEMA_VERSION >= 7
        columns = [(r[1], r[2], r[3], r[5]) for r in database.execute_sql("PRAGMA table_info(print_form)")]
        assert columns == [("signature_id", "VARCHAR(255)", 1, 1), ("made_from", "VARCHAR(64)", 1, 0),
                           ("form", "TEXT", 1, 0)]
        assert database.execute_sql("SELECT COUNT(*) FROM print_form").fetchone()[0] == 0
        assert database.execute_sql(SIGNATURES).fetchall() == signatures
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert database.execute_sql("PRAGMA foreign_key_check").fetchall() == []

        # the table takes forms, one per signature (a newer form replaces the older)
        row = Signature.select().order_by(Signature.id).first()
        first = print_forms.made_from(row, "v1")
        assert print_forms.store([(row.id, first, "600 200\n0 0 m\n600 200 l")])
        assert print_forms.store([(row.id, print_forms.made_from(row, "v2"), "600 300\n0 0 m\n600 300 l")])
        assert print_forms.read([row.id, "nobody"]) == {row.id: (print_forms.made_from(row, "v2"),
                                                                 "600 300\n0 0 m\n600 300 l")}
        assert database.execute_sql(SIGNATURES).fetchall() == signatures
    finally:
        close_database()
