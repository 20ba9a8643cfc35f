"""Migration 9: signature.signing_ms, filled for every stored signature from its strokes (what the recap
worked out from them before), a batch at a time; a row that is no strokes stays NULL. From the committed
version-1 file brought to version 8, on SQLite and (its rows copied into a server database at version 8)
on PostgreSQL."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import ENGINE
from peewee import SqliteDatabase

from ikrar.models.queries.desk_speed import desk_speed
from ikrar.models.signing_span import signing_ms
from ikrar.models.store import migration_signing_span, migrations
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.models.store.postgres import connect_url
from ikrar.models.store.schema import Event

V1_DB = Path(__file__).parent / "data" / "schema_v1.db"
pg = pytest.mark.skipif(ENGINE != "postgresql", reason="needs IKRAR_TEST_DB=postgresql")
# what the database holds of each table (FK order: a row's references are copied before it)
TABLES = ("desk", "pact_text", "unit", "employee", "event", "event_unit", "attendance", "signature")
GARBAGE = "bukan goresan"  # a stored row that is no strokes (one stored before the checks)


def version_8(path: Path) -> dict[str, str]:
    """The committed version-1 file brought to version 8 (as the release before this one left it), with a
    garbage signature added on its attendance without one and one in another spelling (spaces: parsed in
    full); its signatures' strokes by id."""
    shutil.copy(V1_DB, path)
    database = SqliteDatabase(str(path))
    database.connect()
    for number in range(2, 9):
        with database.atomic():
            migrations.MIGRATIONS[number - 1](database)
            database.execute_sql(f"PRAGMA user_version = {number}")
    run = database.execute_sql
    assert "signing_ms" not in [r[1] for r in run("PRAGMA table_info(signature)")]
    (spaced,) = run("SELECT id FROM signature ORDER BY id LIMIT 1").fetchone()
    run("UPDATE signature SET strokes = replace(strokes, ',', ', ') WHERE id = ?", (spaced,))
    run("INSERT INTO signature (id, attendance_id, strokes, pad_width, pad_height, pact_sha256, signed_at, desk_id) "
        "SELECT a.desk_id || ':garbage', a.id, ?, 600, 200, s.pact_sha256, s.signed_at, a.desk_id FROM attendance a, "
        "(SELECT * FROM signature LIMIT 1) s WHERE a.id NOT IN (SELECT attendance_id FROM signature)", (GARBAGE,))
    strokes = dict(run("SELECT id, strokes FROM signature"))
    database.close()
    assert len(strokes) == 5 and GARBAGE in strokes.values()
    return strokes


def stored_spans(database) -> dict[str, float | None]:
    return dict(database.execute_sql("SELECT id, signing_ms FROM signature"))


def expected(strokes: dict[str, str]) -> dict[str, float | None]:
    spans = {sid: signing_ms(text) for sid, text in strokes.items()}
    assert sum(span is None for span in spans.values()) == 1 and all(  # the garbage; the rest took time
        span > 0 for span in spans.values() if span is not None)
    return spans


def test_version_9_fills_every_signatures_span_batch_by_batch(tmp_path, monkeypatch):
    path = tmp_path / "v8.db"
    strokes = version_8(path)
    monkeypatch.setattr(migration_signing_span, "BATCH", 2)  # 5 rows: three batches, keyset by id
    monkeypatch.setattr(migration_signing_span, "ROWS_PER_UPDATE", 1)
    database = open_database(path)
    try:
        assert migrations.current_version(database) == migrations.SCHEMA_VERSION >= 9
        columns = {r[1]: (r[2], r[3]) for r in database.execute_sql("PRAGMA table_info(signature)")}
        assert columns["signing_ms"] == ("REAL", 0)  # nullable: a row written without it is read in full
        assert [r[2] for r in database.execute_sql("PRAGMA index_info(signature_span)")] == [
            "attendance_id", "desk_id", "signing_ms"]
        assert stored_spans(database) == expected(strokes)
        assert dict(database.execute_sql("SELECT id, strokes FROM signature")) == strokes  # left as they were
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert database.execute_sql("PRAGMA foreign_key_check").fetchall() == []
        _, total = desk_speed(Event.get())
        assert total.signatures == 4 and sorted(total.signing_ms) == sorted(s for s in expected(strokes).values() if s)
    finally:
        close_database()


def _server_at_version_8(pg_databases, tmp_path) -> str:
    """An empty server database made as the release before this one made it: version BASE, then 6-8."""
    pg_databases.at_version(tmp_path / "hub_v8.db", 8)
    close_database()
    return pg_databases.redirect(tmp_path / "hub_v8.db")


def _copy_rows(source: Path, database) -> None:
    """The SQLite file's rows into the server database (booleans as booleans); its local desk as a known
    one (a server keeps its own local desk's key in a key file)."""
    booleans = {(t, c) for t, c in database.execute_sql(
        "SELECT table_name, column_name FROM information_schema.columns WHERE data_type = 'boolean'")}
    old = SqliteDatabase(str(source))
    old.connect()
    with database.atomic():
        for table in TABLES:
            cursor = old.execute_sql(f"SELECT * FROM {table}")
            names = [d[0] for d in cursor.description]
            for row in cursor.fetchall():
                values = [bool(v) if (table, n) in booleans and v is not None else v for n, v in zip(names, row, strict=True)]
                if table == "desk":
                    values[names.index("is_local")], values[names.index("private_key")] = False, None
                database.execute_sql(f"INSERT INTO {table} ({', '.join(names)}) VALUES "
                                     f"({', '.join('?' * len(names))})", values)
    old.close()


@pg
def test_version_9_fills_the_spans_on_a_server_too(pg_databases, tmp_path, monkeypatch):
    strokes = version_8(tmp_path / "v8.db")
    url = _server_at_version_8(pg_databases, tmp_path)
    database = connect_url(url)
    _copy_rows(tmp_path / "v8.db", database)
    assert migrations.current_version(database) == 8
    close_database()
    monkeypatch.setattr(migration_signing_span, "BATCH", 2)
    monkeypatch.setattr(migration_signing_span, "ROWS_PER_UPDATE", 1)
    database = open_database(url)
    try:
        assert migrations.current_version(database) == migrations.SCHEMA_VERSION >= 9
        kind = database.execute_sql("SELECT data_type, is_nullable FROM information_schema.columns WHERE "
                                    "table_name = 'signature' AND column_name = 'signing_ms'").fetchone()
        assert tuple(kind) == ("double precision", "YES")  # 8 bytes, as SQLite's REAL
        assert database.execute_sql("SELECT to_regclass('signature_span') IS NOT NULL").fetchone()[0]
        assert stored_spans(database) == expected(strokes)
        assert dict(database.execute_sql("SELECT id, strokes FROM signature")) == strokes
        _, total = desk_speed(Event.get())
        assert total.signatures == 4 and sorted(total.signing_ms) == sorted(s for s in expected(strokes).values() if s)
    finally:
        close_database()
