"""Storage faults in plain words: every way the database file can fail (locked by another writer,
read-only, not a database, damaged, made by a newer Ikrar, disk full, disk gone) becomes one
sentence in Indonesian and English saying what happened and what to do. The command line and the
window both ask here (storage_problem), so a clerk reads the same sentence in either.
"""
from __future__ import annotations

import errno
import sqlite3

import peewee

from ikrar.models.errors import Refused
from ikrar.models.store.connection import DatabaseOpenError, ServerRefused
from ikrar.models.store.migrations import SchemaTooNewError

RESTORE_ID = "pulihkan dari cadangan atau dari berkas sinkron terakhir"
RESTORE_EN = "restore it from a backup or from the last sync file"


def _chain(exc: BaseException):
    """*exc*, then what caused it, then what it happened while handling (each once)."""
    seen: set[int] = set()
    todo = [exc]
    while todo:
        current = todo.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo.extend((current.__cause__, current.__context__))


# What psycopg2 / the server say when the connection to a hub's PostgreSQL server is gone
_SERVER_LOST = ("server closed the connection", "connection already closed", "could not connect to server",
                "terminating connection", "connection to server", "ssl connection has been closed")


def _kind(err: BaseException) -> str | None:
    """What sort of storage fault *err* is, or None when it is not one."""
    if isinstance(err, SchemaTooNewError):
        return "too_new"
    if isinstance(err, OSError) and not isinstance(err, sqlite3.Error):
        return {errno.ENOSPC: "full", errno.EROFS: "readonly", errno.EIO: "io"}.get(err.errno)
    if not isinstance(err, (sqlite3.Error, peewee.DatabaseError, peewee.InterfaceError, DatabaseOpenError)):
        return None
    name = getattr(err, "sqlite_errorname", "") or ""
    low = str(err).lower()
    if "SQLITE_FULL" in name or "database or disk is full" in low:
        return "full"
    if "SQLITE_BUSY" in name or "SQLITE_LOCKED" in name or "is locked" in low or "database is busy" in low:
        return "locked"
    if "SQLITE_READONLY" in name or "readonly database" in low or "read-only" in low:
        return "readonly"
    if "SQLITE_NOTADB" in name or "file is not a database" in low:
        return "not_db"
    if "SQLITE_CORRUPT" in name or "malformed" in low or "corrupt" in low:
        return "damaged"
    if "SQLITE_IOERR" in name or "disk i/o error" in low:
        return "io"
    if "SQLITE_CANTOPEN" in name or "unable to open database" in low:
        return "cannot_open"
    if any(text in low for text in _SERVER_LOST):
        return "server_lost"
    if "deadlock detected" in low or "could not serialize access" in low or "lock timeout" in low:
        return "locked"  # PostgreSQL: another staff member's merge holds the rows; trying again works
    if "cannot rollback" in low or "no transaction is active" in low or "no such savepoint" in low:
        return "rollback"  # an echo: the real fault is further down the chain, if anywhere
    return "other"


def _sentence(kind: str, where: str, err: BaseException) -> Refused:
    if kind == "locked":
        return Refused(
            "Basis data sedang ditulis oleh jendela atau perintah Ikrar lain; tunggu sebentar lalu coba lagi "
            "(yang sudah tersimpan tidak hilang).",
            "The database is being written by another Ikrar window or command; wait a moment and try again "
            "(nothing already saved is lost).", code="db_locked")
    if kind == "readonly":
        return Refused(
            f"Basis data{where} hanya dapat dibaca (berkas, foldernya atau disknya tidak dapat ditulisi), jadi "
            "tidak ada yang disimpan; salin ke folder yang dapat ditulisi (misalnya Dokumen) lalu buka dari sana.",
            f"The database{where} can only be read (the file, its folder or its disk cannot be written), so nothing "
            "was saved; copy it to a folder you can write to (for example Documents) and open it from there.",
            code="db_readonly")
    if kind == "not_db":
        return Refused(
            f"Berkas{where} bukan basis data Ikrar (file is not a database); pilih berkas yang benar, atau "
            f"{RESTORE_ID}.",
            f"The file{where} is not an Ikrar database (file is not a database); choose the right file, or "
            f"{RESTORE_EN}.", code="db_not_database")
    if kind == "damaged":
        return Refused(
            f"Basis data{where} rusak (database disk image is malformed); {RESTORE_ID}.",
            f"The database{where} is damaged (database disk image is malformed); {RESTORE_EN}.", code="db_damaged")
    if kind == "too_new":
        found, known = getattr(err, "version", "?"), getattr(err, "supported", "?")
        return Refused(
            f"Basis data{where} dibuat oleh Ikrar yang lebih baru (skema {found}, program ini mengenal {known}); "
            "perbarui Ikrar untuk membukanya.",
            f"The database{where} was made by a newer Ikrar (schema {found}, this program knows {known}); "
            "update Ikrar to open it.", code="db_too_new")
    if kind == "full":
        return Refused(
            "Disk penuh (database or disk is full), jadi tidak ada yang disimpan; kosongkan ruang disk lalu coba lagi.",
            "The disk is full (database or disk is full), so nothing was saved; free some disk space and try again.",
            code="disk_full")
    if kind == "io":
        return Refused(
            f"Disk basis data{where} tidak dapat dibaca atau ditulisi (disk I/O error), mungkin flashdisk dicabut; "
            "pasang kembali atau salin basis data ke disk komputer ini, lalu coba lagi.",
            f"The database's disk{where} could not be read or written (disk I/O error), perhaps a removed USB stick; "
            "put it back or copy the database to this computer's own disk, then try again.", code="db_io")
    if kind == "cannot_open":
        return Refused(
            f"Berkas basis data{where} tidak dapat dibuka; periksa bahwa foldernya ada dan dapat ditulisi, atau "
            "pilih berkas lain dengan --db.",
            f"The database file{where} cannot be opened; check that its folder exists and can be written, or "
            "choose another file with --db.", code="db_cannot_open")
    if kind == "server_lost":
        return Refused(
            f"Sambungan ke server basis data{where} terputus, jadi yang sedang dikerjakan tidak tersimpan; periksa "
            "jaringan (atau tanyakan kepada pengelola server) lalu coba lagi.",
            f"The connection to the database server{where} was lost, so the work in progress was not saved; check "
            "the network (or ask the server's administrator) and try again.", code="db_server_lost")
    message = " ".join(str(err).split())[:300]
    return Refused(
        f"Basis data melaporkan galat ({message}); coba lagi, dan bila terulang tutup Ikrar, buka lagi dan beri tahu "
        "panitia.",
        f"The database reported an error ({message}); try again, and if it happens again close Ikrar, start it "
        "again and tell the organizer.", code="db_error")


def storage_problem(exc: BaseException, path: str | None = None) -> Refused | None:
    """One sentence (Refused, id/en) for a storage fault anywhere in *exc*'s chain, or None when
    *exc* is no storage fault. The first real fault wins over the echo of a failed rollback.
    *path* names the database file when the error itself does not."""
    said = next((err.refused for err in _chain(exc) if isinstance(err, ServerRefused)), None)
    if said is not None:
        return said  # the server's own sentence (store/postgres.py), already one per language
    kinds = [(kind, err) for err in _chain(exc) if (kind := _kind(err)) is not None]
    if not kinds:
        return None
    real = [(kind, err) for kind, err in kinds if kind not in ("rollback", "other")]
    kind, err = (real or kinds)[0]
    if kind == "rollback":
        kind = "other"
    path = next((e.path for _, e in kinds if getattr(e, "path", None)), None) or path  # the error's own first
    where = f" {path}" if path else ""
    return _sentence(kind, where, err)
