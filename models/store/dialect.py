"""What SQLite and PostgreSQL spell differently, behind named functions.

Raw SQL outside models/store/ is written once for both engines, with `?` placeholders, and runs
only through peewee's `db.execute_sql` (the PostgreSQL database class turns `?` into the driver's
`%s`). Where the engines differ, the SQL text (or the work) comes from here; each function reads
the proxy unless given a database. Already common to both and used as such elsewhere:
`INSERT ... ON CONFLICT (cols) DO NOTHING / DO UPDATE`, `RETURNING`, `CASE WHEN` sums, `TRUE/FALSE`,
window functions and CTEs.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, contextmanager, nullcontext

import peewee
from peewee import DatabaseProxy, PostgresqlDatabase

from ikrar.models.store.connection import checkpoint_afterwards, db

try:  # the driver is only there where the hub extra is installed
    import psycopg2 as _psycopg2
except ImportError:  # pragma: no cover - a desk's build has SQLite only
    _psycopg2 = None

# What a storage failure may be raised as: peewee's wrapped errors, and the drivers' own where a
# store/ function worked on the raw connection (ui/ catches these, never a driver's module).
STORAGE_ERRORS: tuple[type[BaseException], ...] = (peewee.DatabaseError, sqlite3.Error) + (
    (_psycopg2.Error,) if _psycopg2 is not None else ())


def _target(database=None):
    database = db if database is None else database
    return database.obj if isinstance(database, DatabaseProxy) else database


def is_postgres(database=None) -> bool:
    return isinstance(_target(database), PostgresqlDatabase)


def position_sql(needle: str, haystack: str, database=None) -> str:
    """The 1-based position of the SQL expression *needle* in *haystack* (0: not in it)."""
    if is_postgres(database):
        return f"strpos({haystack}, {needle})"
    return f"instr({haystack}, {needle})"


def text_range_sql(column: str, database=None) -> str:
    """`column >= ? AND column < ?` compared byte by byte (a prefix scan: the bounds are the prefix
    and the prefix with its last character raised). PostgreSQL compares text by the database's
    locale, where 'ab' < 'a~' need not hold; the columns scanned so are made COLLATE "C" there
    (store.pg_schema), and saying so here lets the planner use their index."""
    if is_postgres(database):
        return f'{column} COLLATE "C" >= ? AND {column} COLLATE "C" < ?'
    return f"{column} >= ? AND {column} < ?"


def epoch_ms_sql(column: str, database=None) -> str:
    """SQL: the UTC time *column* holds (ISO text without offset, as voids.utc_key writes) in whole
    milliseconds since 1970, as an integer."""
    if is_postgres(database):  # a timestamp without time zone: its epoch is the time read as UTC
        return f"CAST(ROUND(EXTRACT(EPOCH FROM CAST({column} AS TIMESTAMP)) * 1000) AS BIGINT)"
    return f"CAST(ROUND((julianday({column}) - 2440587.5) * 86400000) AS INTEGER)"  # exact to the ms here


def typed(expr: str, model, column: str, database=None) -> str:
    """*expr* as the type of *model*'s *column*: the values of a `VALUES` list have no column type on
    PostgreSQL (a text literal stays text, a column of NULLs is text), so `SET birth_date = v.birth_date`
    would be refused there; SQLite stores by the column's affinity and needs nothing (its CAST to
    DATE would even turn '1980-01-02' into 1980)."""
    target = _target(database)
    if not isinstance(target, PostgresqlDatabase):
        return expr
    field = model._meta.columns[column]
    kind = {"AUTO": "INT", "BIGAUTO": "BIGINT"}.get(field.field_type, field.field_type)  # SERIAL is no type
    sql_type = target._field_types.get(kind, kind)
    return f"CAST({expr} AS {sql_type})"


def variable_limit(database=None) -> int:
    """How many bound values one statement may carry."""
    target = _target(database)
    if isinstance(target, PostgresqlDatabase):
        return 65_535  # the protocol's limit (psycopg2 binds in the client, but keep the server's)
    return target.connection().getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)


def execute_many(sql: str, rows: Iterable, database=None) -> None:
    """*sql* once per row of values. On SQLite through the driver's executemany (one prepared
    statement: a loop of execute_sql costs ~3x as much per row); the write guard is asked first,
    as execute_sql would. Elsewhere one execute_sql a row (psycopg2's executemany is such a loop
    too)."""
    target = _target(database)
    rows = list(rows)
    if not rows:
        return
    if isinstance(target, PostgresqlDatabase):
        for row in rows:
            target.execute_sql(sql, row)
        return
    guard = getattr(target, "guard_write", None)
    if guard is not None:
        guard()
    with peewee.__exception_wrapper__:
        target.connection().executemany(sql, rows)


def interrupter(database=None) -> Callable[[], None]:
    """A function that stops what this thread's connection is running, callable from another
    thread (closing the window must not wait for a count): the statement then fails with an
    OperationalError ("interrupted" / "canceling statement")."""
    conn = _target(database).connection()
    return conn.cancel if hasattr(conn, "cancel") and not isinstance(conn, sqlite3.Connection) else conn.interrupt


def after_large_write(database=None) -> AbstractContextManager:
    """Around a large write: SQLite's WAL checkpoint moved off the caller's path
    (connection.checkpoint_afterwards); PostgreSQL's server checkpoints by itself."""
    target = _target(database)
    return nullcontext() if isinstance(target, PostgresqlDatabase) else checkpoint_afterwards(target)


# One advisory lock ("IKR") for the writers SQLite serializes with BEGIN IMMEDIATE.
_WRITER_LOCK = 0x494B52


@contextmanager
def serialized(database=None):
    """A transaction that begins by waiting for every other one begun so (a merge, a desk decision,
    a check-in, a PIN attempt) to end, as SQLite's BEGIN IMMEDIATE does (one writer at a time).
    On PostgreSQL a transaction-scoped advisory lock: several `ikrar merge` processes against one
    server then apply their files one after the other (each reading what the one before committed:
    READ COMMITTED takes a new snapshot at every statement), where two at once would both find a
    record missing and both insert it. Reading and checking a file happen before, in parallel."""
    target = _target(database)
    if isinstance(target, PostgresqlDatabase):
        with target.atomic() as txn:
            target.execute_sql("SELECT pg_advisory_xact_lock(?)", (_WRITER_LOCK,))
            yield txn
    else:
        with target.atomic("IMMEDIATE") as txn:
            yield txn


def serialized_on_server(database=None) -> AbstractContextManager:
    """serialized() on PostgreSQL, nothing on SQLite: for work that reads, decides and then writes
    (the roster import's diff), which on a shared server must not interleave with a merge (both
    could add the same person known by NIK only: no unique constraint stops that). On a desk's SQLite
    the write itself takes the one write lock, and the import is not held up behind it."""
    return serialized(database) if is_postgres(database) else nullcontext()


def new_ids(table: str, count: int, database=None) -> list[int]:
    """*count* ids for rows about to be inserted into *table* (an integer `id` primary key), when
    the caller needs them before writing (the merge refers to new people by id in the same write).
    PostgreSQL: from the table's own sequence, which never hands a number out twice (ids taken as
    MAX(id) + 1 would leave the sequence behind, so the next plain insert would collide, and two
    merges at once could take the same numbers). SQLite: after the largest id, which is what SQLite
    itself would give; race-free only inside a serialized() transaction (one writer at a time)."""
    if count <= 0:
        return []
    target = _target(database)
    if isinstance(target, PostgresqlDatabase):
        rows = target.execute_sql(f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) "
                                  "FROM generate_series(1, ?)", (count,)).fetchall()
        return sorted(row[0] for row in rows)
    top = target.execute_sql(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0]
    return list(range(top + 1, top + 1 + count))


# ---- the desk's search (models/search/lookup.py, typo_index.py) ----

def index_hint(index: str, database=None) -> str:
    """" INDEXED BY <index>" on SQLite, whose planner otherwise picks the `active` index for a
    prefix scan (bench/bench_search.py); PostgreSQL has no hints and plans the range scan itself."""
    return "" if is_postgres(database) else f" INDEXED BY {index}"


def ordered_join(database=None) -> str:
    """The join keyword after a candidates subquery: CROSS JOIN keeps SQLite from turning an FTS
    subquery inside out (probing the index once per employee row); PostgreSQL accepts no ON after
    CROSS JOIN and orders joins well by itself."""
    return "JOIN" if is_postgres(database) else "CROSS JOIN"


def contains_ids_sql(column: str, database=None) -> str:
    """SQL selecting `id` of the people whose *column* (search_key or nip) matches the LIKE pattern
    `?` ('%q%', q of 3+ characters): on SQLite the FTS5 trigram table employee_fts, on PostgreSQL the
    pg_trgm GIN indexes employee_search_trgm / employee_nip_trgm (store.pg_schema), which answer
    LIKE '%q%' from their trigrams and recheck the rows. The caller adds LIMIT ?."""
    if is_postgres(database):  # the indexes are on these expressions, which `=` and IN never use: on a
        # plain column pg_trgm also answers `nip IN (...)`, and the planner took it over the btree
        # (5.3 s instead of 3 ms a statement of 500 NIPs on a hub of 10,000: bench_hub.py)
        return f"SELECT id FROM employee WHERE {TRIGRAM_EXPRESSIONS[column]} LIKE ?"
    return f"SELECT rowid AS id FROM employee_fts WHERE {column} LIKE ?"


TRIGRAM_EXPRESSIONS = {"search_key": "(search_key || '')", "nip": "(coalesce(nip, ''))"}


def search_keys_mark_sql(database=None) -> str:
    """SQL: one value that changes whenever a search key or NIP is written (with the highest id and
    the inactive people, the typo index's fingerprint). SQLite rewrites the FTS5 structure record on
    every such write. PostgreSQL: the table's count of inserted, updated and deleted rows from the
    statistics, with this connection's own not yet reported (the pg_stat_get_xact_* counts): what
    this process wrote shows at once, another process's commit within seconds (until then a person
    it renamed is found by the typo step under the old name; every other step reads the table).
    Exact would be a counter kept by a trigger (a schema change, not made)."""
    if is_postgres(database):
        return ("SELECT n_tup_ins + n_tup_upd + n_tup_del + pg_stat_get_xact_tuples_inserted(relid)"
                " + pg_stat_get_xact_tuples_updated(relid) + pg_stat_get_xact_tuples_deleted(relid)"
                " FROM pg_stat_all_tables WHERE relid = 'employee'::regclass")
    return "SELECT block FROM employee_fts_data WHERE id = 10"
