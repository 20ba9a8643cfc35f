"""Bulk writes to the employee table: the FTS5 search index rebuilt once instead of row by row.

The trigram index `employee_fts` follows the employee table through triggers (models/migrations.py).
Writing 100,000 people through the insert trigger costs about a second; rebuilding the whole index
once afterwards about a third of that. So a large write (a first roster import, a sync that
brings a whole roster) goes

    with fts_bulk(db):          # BEGIN (or a SAVEPOINT inside an open transaction)
        ... insert / update employees ...
                                # the triggers are back and the index rebuilt: COMMIT

Inside the block the insert and update triggers are dropped; at its end they are created again
from the SQL they had in `sqlite_master` (the migrations stay the one source of truth) and the
index is rebuilt from the table. All of it happens in the one transaction, so another connection
never sees the table without its triggers, and an exception inside the block (or a crash) rolls
the drop back with everything else: the old triggers are still there.

With indexes=True the employee table's own indexes are dropped and created again the same way:
for 100,000 new (or renamed) rows that is about twice as quick as keeping them up to date row by
row. A UNIQUE index (the NIP) is checked when it is created again: a duplicate then fails the
whole transaction with peewee's IntegrityError, as the insert itself would have.

Measured for 100,000 rows (a first import): insert 0.25 s, the five indexes 0.3 s, the search
index rebuild 0.3-0.45 s; through the triggers and kept indexes the same write took ~2.3 s.
Rows that change neither name nor NIP (a re-import with new positions) are quicker updated in
place: keep those out of the count given to worth_bulk.

The delete trigger stays: a bulk write that deletes people keeps the index right row by row.

execute_values() writes rows as multi-row statements (INSERT ... VALUES (...), (...) and
UPDATE ... FROM (VALUES ...)), a few hundred rows a statement; the roster import and the sync
merge write people through it.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from itertools import chain

from peewee import __exception_wrapper__, chunked

from ikrar.models.store import dialect

BULK_TRIGGERS = ("employee_fts_ai", "employee_fts_au")
FTS_TABLE = "employee_fts"
TABLE = "employee"

# Through the trigger a row costs about 10 us; the rebuild about 2.5 us per row of the table.
BULK_MIN_ROWS = 2_000
BULK_MIN_SHARE = 0.25


def worth_bulk(changed: int, table_rows: int) -> bool:
    """Whether writing *changed* rows (inserted, or updated in name or NIP) into a table that will
    hold *table_rows* rows is quicker with the index rebuilt once than with the triggers."""
    return changed >= BULK_MIN_ROWS and changed >= BULK_MIN_SHARE * table_rows


def trigger_sql(conn, names=BULK_TRIGGERS) -> dict[str, str]:
    """{name: CREATE TRIGGER ...} of those of *names* that exist, as sqlite_master has them."""
    marks = ", ".join("?" * len(names))
    rows = conn.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
                        tuple(names)).fetchall()
    return {name: sql for name, sql in rows}


def index_sql(conn, table: str = TABLE) -> dict[str, str]:
    """{name: CREATE INDEX ...} of the indexes made for *table* by CREATE INDEX (not those SQLite
    makes itself for a UNIQUE or PRIMARY KEY constraint), in the order they were made."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                        "AND sql IS NOT NULL ORDER BY rowid", (table,)).fetchall()
    return {name: sql for name, sql in rows}


@contextmanager
def fts_bulk(database, enabled: bool = True, *, indexes: bool = False) -> Iterator[None]:
    """A transaction (a savepoint inside an open one) in which writes to `employee` skip the
    search index triggers; the index is rebuilt at the end. *database*: the peewee database (or
    models.db.db). enabled=False: the triggers stay (for small writes). indexes=True: the
    table's own indexes are dropped and made again at the end too (worth it when many rows are
    inserted or change indexed values). On a database marked damaged (store.integrity) nothing is
    begun: the writes inside go through the raw sqlite3 connection, which the write guard of
    IkrarDatabase.execute_sql never sees, so it is asked here (it also waits for a running check).
    On PostgreSQL a plain transaction: its trigram index (a GIN index on the search key) is the
    table's own, kept by the server, with no triggers to take away."""
    guard = getattr(database, "guard_write", None)
    if guard is not None:
        guard()
    if dialect.is_postgres(database):
        with database.atomic():
            yield
        return
    with database.atomic():
        conn = database.connection()
        with __exception_wrapper__:  # raised as peewee's errors, as execute_sql would
            triggers = trigger_sql(conn) if enabled else {}
            dropped = index_sql(conn) if indexes else {}
            for name in triggers:
                conn.execute(f'DROP TRIGGER "{name}"')
            for name in dropped:
                conn.execute(f'DROP INDEX "{name}"')
        yield
        with __exception_wrapper__:  # a duplicate NIP found by the UNIQUE index: peewee's IntegrityError
            for sql in dropped.values():
                conn.execute(sql)
            if triggers:
                for name in BULK_TRIGGERS:  # in the migration's order
                    if name in triggers:
                        conn.execute(triggers[name])
                conn.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")


# Rows per multi-row statement at most (fewer when SQLite's bound-parameter limit says so).
VALUES_PER_STATEMENT = 500


def execute_values(database, head: str, rows: list[tuple], tail: str = "", one: str | None = None, *,
                   fix_at: int | None = None, fix: dict | None = None) -> None:
    """head + (?, ...), (?, ...) + tail, a few hundred rows per statement, through *database*'s
    execute_sql (the proxy or a database; either engine). *one* is one row's marks (default: a ?
    for each value of a row). One
    statement for many rows matters: FTS5 flushes its buffer at every statement that fires its
    trigger, which makes row-by-row executemany about 7x slower here, and peewee's insert_many
    spends most of its time building the SQL. fix: {value: replacement} for the value at index
    fix_at of every row (the temporary ids of new units)."""
    if not rows:
        return
    width = len(rows[0])
    # as many rows as the engine's bound-parameter limit allows, up to VALUES_PER_STATEMENT
    size = max(1, min(VALUES_PER_STATEMENT, dialect.variable_limit(database) // width))
    one = one or "(" + ", ".join("?" * width) + ")"
    full = head + ", ".join([one] * size) + tail
    for part in chunked(rows, size):
        sql = full if len(part) == size else head + ", ".join([one] * len(part)) + tail
        values = list(chain.from_iterable(part))
        if fix:
            values[fix_at::width] = [fix.get(v, v) for v in values[fix_at::width]]
        database.execute_sql(sql, values)
