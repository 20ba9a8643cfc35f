"""Migration 10 (issue 15): how a PostgreSQL server stores the two big columns; nothing on SQLite (the
number is taken so the history stays one for both engines). Frozen once released, like every migration.

- `signature.strokes` compressed with lz4 instead of PostgreSQL's default pglz: ~10 KB of JSON a
  signature, and pglz compressing it was the largest single cost of a hub's merge (200,000 signatures:
  ~100 s of the server's time; lz4 ~3x quicker per row for ~25 % more disk, bench_hub.py and
  docs/performance.md). A server built without lz4 keeps pglz: slower, never wrong.
- `received_data.data` (the merged files, zip archives already compressed) stored without compressing:
  pglz only spent time finding out it could not shrink them.
Both apply to rows written from now on; the rows already stored stay as they are, readable alike.
"""
from __future__ import annotations

from peewee import PostgresqlDatabase


def migrate_pg_storage(database) -> None:
    if not isinstance(database, PostgresqlDatabase):
        return
    if has_lz4(database):
        database.execute_sql('ALTER TABLE "signature" ALTER COLUMN "strokes" SET COMPRESSION lz4')
    database.execute_sql('ALTER TABLE "received_data" ALTER COLUMN "data" SET STORAGE EXTERNAL')


def has_lz4(database) -> bool:
    """Whether this server was built with lz4 (PostgreSQL 14+ lists it among the toast compressions)."""
    row = database.execute_sql("SELECT enumvals FROM pg_settings WHERE name = 'default_toast_compression'").fetchone()
    return row is not None and "lz4" in (row[0] or [])
