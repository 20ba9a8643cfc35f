"""Migration 10: on PostgreSQL the strokes are compressed with lz4 (pglz was the merge's largest cost)
and the merged files' bytes stored as they are; a signature reads back byte for byte. On SQLite the
step only moves the version."""
from __future__ import annotations

import json

import pytest
from conftest import ENGINE
from test_sync_support import organizer, sign, the_event

from ikrar.models.store import migrations
from ikrar.models.store.connection import db
from ikrar.models.store.migration_pg_storage import has_lz4, migrate_pg_storage
from ikrar.models.store.received import keep, load
from ikrar.models.store.schema import Signature
from ikrar.models.strokes import StrokeData

pg = pytest.mark.skipif(ENGINE != "postgresql", reason="needs IKRAR_TEST_DB=postgresql")


def _storage(db, table: str, column: str) -> tuple[str, str]:
    """(attstorage, attcompression): 'x' extended / 'e' external; '' default / 'l' lz4 / 'p' pglz."""
    return tuple(db.execute_sql(
        "SELECT a.attstorage::text, a.attcompression::text FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
        "WHERE c.relname = ? AND a.attname = ?", (table, column)).fetchone())


@pg
def test_a_server_database_compresses_strokes_with_lz4_and_keeps_files_as_they_are(world):
    event_id, _ = organizer(world)
    sign(the_event(event_id), 0, seed=1)
    database = db.obj
    assert migrations.current_version(database) == migrations.SCHEMA_VERSION >= 10
    assert _storage(database, "signature", "strokes") == ("x", "l" if has_lz4(database) else "")
    assert _storage(database, "received_data", "data")[0] == "e"
    signature = Signature.select().get()
    long = json.loads(StrokeData(600, 200, [[(x / 10, 50.0 + x % 97, x, 0.5) for x in range(3000)]]).strokes_json())
    text = json.dumps(long, separators=(",", ":"))
    Signature.update(strokes=text).where(Signature.id == signature.id).execute()
    assert Signature.get_by_id(signature.id).strokes == text  # read back byte for byte
    method = db.execute_sql("SELECT pg_column_compression(strokes) FROM signature WHERE id = ?",
                            (signature.id,)).fetchone()[0]
    assert method == ("lz4" if has_lz4(database) else "pglz")
    blob = bytes(range(256)) * 4096  # 1 MB that pglz cannot shrink, like a zip
    keep("ab" * 32, blob)
    assert load("ab" * 32) == blob


@pytest.mark.sqlite_only
def test_on_sqlite_the_step_changes_nothing(db):
    before = db.execute_sql("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    migrate_pg_storage(db)
    assert db.execute_sql("SELECT sql FROM sqlite_master ORDER BY name").fetchall() == before
