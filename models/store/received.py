"""Where the files merged at a hub are kept, byte for byte as signed, so a bundle can pass them on
(models/sync/merge.keep_received, models/sync/bundle.received_files).

A desk (SQLite) keeps them as files under its data folder's received/, next to its database. A hub on
a PostgreSQL server keeps them in the server's `received_data` table (pg_schema.py): several staff
merge from their own computers, and a bundle exported from any of them must carry every merged file
(the server's backups then hold them too).
"""
from __future__ import annotations

from ikrar.models.store.connection import db, engine_name


def kept_on_server() -> bool:
    """True on a hub's PostgreSQL server: use keep() and load(), not the data folder's received/."""
    return engine_name() == "postgresql"


def keep(sha256: str, raw: bytes) -> None:
    """Keep a merged file's bytes on the server (inside the merge's transaction; twice is harmless)."""
    db.execute_sql("INSERT INTO received_data (sha256, data) VALUES (?, ?) ON CONFLICT (sha256) DO NOTHING",
                   (sha256, raw))


def load(sha256: str) -> bytes | None:
    """The kept bytes, or None when the server has none under that hash."""
    row = db.execute_sql("SELECT data FROM received_data WHERE sha256 = ?", (sha256,)).fetchone()
    return bytes(row[0]) if row else None


def size(sha256: str) -> int:
    """The kept file's size in bytes (0 when the server has none under that hash)."""
    row = db.execute_sql("SELECT octet_length(data) FROM received_data WHERE sha256 = ?", (sha256,)).fetchone()
    return int(row[0]) if row else 0
