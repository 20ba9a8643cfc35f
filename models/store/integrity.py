"""The database's health: SQLite's quick check, before each export and once after the window shows.

A damaged database (a failing disk, a copy cut short) must not take new check-ins that would then
travel in a signed sync file, nor export what it can no longer vouch for: once the check finds
damage the connection is marked, every write is refused with one sentence (restore from a backup
or the last sync file, connection.IkrarDatabase.refusal) and exports stop with the same advice.
Reads (search, the attendance list) go on, so the clerk can still see who is recorded.
"""
from __future__ import annotations

import threading

from ikrar.models.errors import Refused
from ikrar.models.store.connection import db, engine_name

LIMIT = 5  # problems reported at most: the first says enough


def problems(database=None) -> list[str]:
    """SQLite's quick check of *database* (default: the open one): [] when sound, else what it found.
    A database too damaged to be checked counts as damaged."""
    database = database or db.obj
    if engine_name(database) != "sqlite":
        return []  # a server keeps its own pages (checksums, its DBA's backups): nothing to ask of it here
    try:
        rows = database.execute_sql(f"PRAGMA quick_check({LIMIT})").fetchall()
    except Exception as exc:  # sqlite3.DatabaseError: "database disk image is malformed"
        return [str(exc)]
    found = [line for (text,) in rows for line in str(text).splitlines() if line.strip()]
    return [] if found == ["ok"] else found


def check(database=None) -> None:
    """Run the quick check; on damage mark the database (writes refused from now on) and raise the
    refusal. Writes wait while it runs."""
    database = database or db.obj
    if getattr(database, "damaged", None) is not None:
        raise database.refusal()
    done = threading.Event()
    database.checking = done
    try:
        found = problems(database)
    finally:
        database.checking = None
        done.set()
    if found:
        database.damaged = "; ".join(found)
        raise database.refusal()


def check_before_export() -> None:
    """An export vouches for what it carries: refuse it from a damaged database."""
    try:
        check()
    except Refused as refusal:
        raise Refused("Basis data rusak, jadi ekspor dihentikan; pulihkan dari cadangan atau dari berkas sinkron "
                      "terakhir.", "The database is damaged, so the export was stopped; restore it from a backup "
                      "or from the last sync file.", code="damaged", problem=refusal.details.get("problem")) from None
