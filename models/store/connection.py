"""Database connection: one proxy for the whole program, opened once by main.py (or a test).

WAL keeps readers (the desk's search) unblocked while a check-in commits; synchronous=FULL makes
every commit reach the disk before it returns, so "saved" on screen means saved after a power cut.

The database holds this desk's private signing key: it is the user's alone (see private_files).
A hub on a PostgreSQL server (store/postgres.py) keeps it in a key file instead (store/keyfile.py).
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
import stat
import threading
from contextlib import contextmanager
from pathlib import Path

from peewee import DatabaseProxy, PostgresqlDatabase, SqliteDatabase, _savepoint
from platformdirs import user_data_dir

from ikrar.models.errors import Refused

db = DatabaseProxy()

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "full",
    "busy_timeout": 5000,
    "cache_size": -32000,  # 32 MB page cache
    "temp_store": "memory",
}


class DatabaseOpenError(RuntimeError):
    """The database file cannot be opened or written (locked, read-only, disk full)."""

    def __init__(self, message: str, path: str | os.PathLike | None = None):
        super().__init__(message)
        self.path = str(path) if path is not None else None


class ServerRefused(DatabaseOpenError):
    """A database address or server the program will not open (an unknown `scheme://`, a server that
    does not answer, a database without pg_trgm), said in one sentence per language (store.faults)."""

    def __init__(self, id_text: str, en_text: str, where: str | None = None, code: str = "db_server"):
        super().__init__(id_text, where)
        self.refused = Refused(id_text, en_text, code=code)


class _Savepoint(_savepoint):
    """A savepoint whose rollback is skipped when SQLite has already rolled the whole transaction
    back (as it does after some disk-full and I/O errors): see IkrarDatabase.rollback."""

    def rollback(self, begin=True):
        conn = self.db._state.conn
        if conn is not None and not conn.in_transaction:
            return
        super().rollback(begin)


# Statements that only read (a damaged database still answers them, and they never wait).
_READ = re.compile(r"\s*(SELECT|WITH|PRAGMA|EXPLAIN|BEGIN|COMMIT|ROLLBACK|RELEASE|SAVEPOINT)\b", re.IGNORECASE)


class IkrarDatabase(SqliteDatabase):
    """SqliteDatabase whose rollback does nothing when no transaction is open any more.

    After "database or disk is full" (or an I/O error) SQLite may roll the transaction back by
    itself; peewee's atomic() then sends ROLLBACK (or ROLLBACK TO SAVEPOINT) again, which fails with
    "cannot rollback - no transaction is active" and hides the real error from the person. Here the
    real error is the one raised, and nothing of the transaction is stored either way."""

    damaged: str | None = None  # set by store.integrity when SQLite's quick check finds damage
    checking: threading.Event | None = None  # set while an integrity check runs: writes wait for it

    def execute_sql(self, sql, *args, **kwargs):
        if not _READ.match(sql):
            self.guard_write()
        return super().execute_sql(sql, *args, **kwargs)

    def guard_write(self) -> None:
        """What a write waits for and is refused by: a running integrity check, a damaged mark.
        execute_sql calls it; a write on the raw sqlite3 connection (db.connection().execute,
        store.bulk's fts_bulk and execute_values, the roster import) never passes execute_sql, so
        it calls this itself before its first write."""
        if self.checking is not None:
            self.checking.wait(60)  # a quick check of the largest desk takes about a second
        if self.damaged is not None:
            raise self.refusal()

    def refusal(self):
        """The one sentence a write gets on a damaged database (see store.integrity)."""
        return Refused("Basis data rusak, jadi tidak ada yang disimpan; pulihkan dari cadangan atau dari berkas "
                       "sinkron terakhir (daftar yang ada masih dapat dilihat).",
                       "The database is damaged, so nothing was saved; restore it from a backup or from the last "
                       "sync file (what is recorded can still be looked at).", code="damaged", problem=self.damaged)

    def rollback(self):
        conn = self._state.conn
        if conn is not None and not conn.in_transaction:
            return
        super().rollback()

    def savepoint(self):
        return _Savepoint(self)


def require_trigram_search(database: SqliteDatabase) -> None:
    """The desk's search needs SQLite's FTS5 with the trigram tokenizer (SQLite 3.34+): a build whose
    bundled SQLite lacks it must say so at start, not fail at the first keystroke."""
    try:
        database.execute_sql("CREATE VIRTUAL TABLE temp.ikrar_probe USING fts5(x, tokenize='trigram')")
        database.execute_sql("DROP TABLE temp.ikrar_probe")
    except Exception as exc:  # sqlite3.OperationalError: no such module / tokenizer
        raise DatabaseOpenError(
            f"SQLite {sqlite3.sqlite_version} in this build has no FTS5 trigram search ({exc}); "
            f"Ikrar needs SQLite 3.34 or newer with FTS5. / SQLite {sqlite3.sqlite_version} pada "
            f"program ini tidak memiliki pencarian trigram FTS5; pasang ulang Ikrar versi resmi.") from exc


PRIVATE_FILE, PRIVATE_FOLDER = 0o600, 0o700
SIDE_FILES = ("-wal", "-shm", "-journal")  # what SQLite keeps next to the database, made when needed


def make_private_folder(folder: Path) -> None:
    """Make *folder* (and missing parents) if needed; the folder made here is the user's alone
    (the parents made on the way get the usual mode). An existing folder is left as it is."""
    if not folder.is_dir():
        folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
        if os.name != "nt":
            with contextlib.suppress(OSError):  # mkdir's mode passes through the umask
                os.chmod(folder, PRIVATE_FOLDER)


def tighten(path: str | os.PathLike) -> None:
    """Take every permission for the group and others off *path* (an existing file or folder),
    never adding one. Silent: a file an older Ikrar made 0644 simply becomes 0600. Not on Windows,
    where the per-user data folder (%LOCALAPPDATA%) is already private through its inherited ACL and
    os.chmod only sets the read-only flag (no ACLs are written here); nor where a file system has
    no modes to change (a FAT USB stick), or the file is someone else's: nothing to do, no error."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        current = stat.S_IMODE(os.stat(path).st_mode)
        if current & 0o077:
            os.chmod(path, current & ~0o077)


def private_files(path: Path) -> None:
    """Before SQLite opens *path*: a new database file is made 0600 here, and SQLite gives its -wal,
    -shm and -journal files (made later, when first needed) the database file's own mode, so they
    are 0600 too. An existing database and its side files are tightened (tighten)."""
    if os.name == "nt":
        return
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), PRIVATE_FILE)
    except FileExistsError:
        pass
    except OSError:  # a folder it cannot write to: SQLite's own error says so below
        return
    else:
        with contextlib.suppress(OSError):
            os.fchmod(fd, PRIVATE_FILE)  # the umask may have taken bits away (0o200: unwritable)
        os.close(fd)  # an empty file is an empty SQLite database
    for name in (str(path), *(f"{path}{suffix}" for suffix in SIDE_FILES)):
        tighten(name)


# A database that cannot be written is opened only to read: no journal mode or synchronous to set.
READ_ONLY_PRAGMAS = {key: value for key, value in PRAGMAS.items() if key not in ("journal_mode", "synchronous")}


def writable(path: Path) -> bool:
    """Can this process write the database file and its folder (where SQLite puts -wal and -shm)?
    False on a read-only USB stick or CD (EROFS), or a file or folder without write permission."""
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(path.parent, os.W_OK)


def _connect_read_only(path: Path) -> SqliteDatabase:
    """An existing database in a place this process cannot write: opened with `mode=ro`, so reads
    (status, search, reports) work and every write is refused by SQLite ("attempt to write a readonly
    database", one sentence in faults.py). A WAL database needs its -shm file, which cannot be made
    here: without a -wal file beside it (Ikrar removes both on close, so a copied file has none)
    it is opened `immutable=1`, which needs no -shm; with one, SQLite reads the -wal and -shm there."""
    wal = Path(f"{path}-wal")
    flags = "mode=ro" if wal.exists() and wal.stat().st_size else "mode=ro&immutable=1"
    database = IkrarDatabase(f"{path.resolve().as_uri()}?{flags}", uri=True, pragmas=READ_ONLY_PRAGMAS,
                             check_same_thread=False)
    database.ikrar_path, database.read_only = str(path), True
    return database


def connect(path: str | os.PathLike) -> SqliteDatabase:
    """Open (creating if needed) the SQLite file at *path* with the program's pragmas and bind the
    proxy to it, the file and its WAL/SHM readable by this user only (private_files); a folder made
    for it is this user's only. The schema is store.opening's job (open_database)."""
    path = Path(path)
    if str(path) != ":memory:" and path.is_file() and not writable(path):
        database = _connect_read_only(path)
    else:
        if str(path) != ":memory:":
            make_private_folder(path.parent)
            private_files(path)
        database = IkrarDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False)
        database.ikrar_path, database.read_only = str(path), False
    try:
        database.connect(reuse_if_open=True)
    except Exception as exc:  # sqlite3.OperationalError and friends
        raise DatabaseOpenError(f"{path}: {exc}", path) from exc
    require_trigram_search(database)
    db.initialize(database)
    return database


@contextmanager
def thread_connection():
    """For work on a worker thread: the connection it opens for its thread is closed when the work
    ends, and with it its page cache (up to `cache_size`, 32 MB).

    peewee keeps one connection per thread (a `threading.local`), and the thread pool's threads
    enter Python afresh for each task (PySide6 6.11 gives each call its own thread state): every
    task opened a new connection. A sqlite3 connection nobody closes is freed only by a full garbage
    collection (it holds a reference cycle through its statement cache): 11 of them, with their
    page caches, were open after 60 check-ins at the desk (158 MB in SQLite).
    A connection this thread already had (the GUI thread's, or a task run inline) is left open."""
    database = db.obj
    opened_here = database is not None and database.is_closed()
    try:
        yield
    finally:
        if opened_here and not database.is_closed():
            try:
                database.close()
            except Exception:  # a transaction left open by a failed task: close it all the same
                conn = database._state.conn
                database._state.reset()
                if conn is not None:
                    conn.close()  # rolls the open transaction back


def close_database() -> None:
    if db.obj is not None and not db.obj.is_closed():
        db.obj.close()


@contextmanager
def checkpoint_afterwards(database):
    """For a large write: its commit skips SQLite's automatic WAL checkpoint (copying every page it
    wrote back into the database file, ~0.2 s for a 100,000-person roster), which then runs on its
    own connection in a background thread. The commit is just as durable (it is in the WAL, which
    every reader sees); only the copying moves off the caller's path. In memory: nothing to do."""
    conn = database.connection()
    before = conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA wal_autocheckpoint = {int(before)}")
    path = database.database
    if path and path != ":memory:" and not str(path).startswith("file::memory:"):
        threading.Thread(target=_checkpoint, args=(str(path),), name="ikrar-checkpoint", daemon=True).start()


def _checkpoint(path: str) -> None:
    try:
        conn = sqlite3.connect(path, timeout=5)
        try:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            conn.close()
    except sqlite3.Error:  # best effort: the next automatic checkpoint or closing does it anyway
        pass


def operator_folder() -> Path:
    """The data folder of the user running Ikrar (platformdirs): the same one ui/cli/database.py
    opens the desk's database in; a hub on a server keeps its key file (store/keyfile.py) there."""
    return Path(user_data_dir("Ikrar", appauthor=False))


def engine_name(database=None) -> str:
    """"sqlite" (a desk's file) or "postgresql" (a hub's server) for the open database (or *database*)."""
    target = db.obj if database is None else database
    if isinstance(target, DatabaseProxy):
        target = target.obj
    return "postgresql" if isinstance(target, PostgresqlDatabase) else "sqlite"


def database_folder() -> Path | None:
    """The folder of the open database file (None for an in-memory database); for a server's
    database the operator's own folder for it (store.keyfile.server_folder), made private."""
    if engine_name() == "postgresql":
        name = hashlib.sha256(db.obj.ikrar_path.encode("utf-8")).hexdigest()[:16]  # the URL without password
        folder = operator_folder() / "servers" / name
        make_private_folder(folder)
        return folder
    name = getattr(db.obj, "ikrar_path", None) or getattr(db.obj, "database", None)
    if not name or name == ":memory:":
        return None
    return Path(name).resolve().parent
