"""Bulk writes to the employee table: the FTS5 search index rebuilt once instead of row by row.

The trigram index `employee_fts` follows the employee table through triggers (models/migrations.py).
Writing 100,000 people through the insert trigger costs about a second; rebuilding the whole index
once afterwards about a quarter of that. So a large write (a first roster import, a sync that
brings a whole roster) goes

    with fts_bulk(db):          # BEGIN (or a SAVEPOINT inside an open transaction)
        ... insert / update employees ...
                                # the triggers are back and the index rebuilt: COMMIT

Inside the block the insert and update triggers are dropped; at its end they are created again
from the SQL they had in `sqlite_master` (the migrations stay the one source of truth) and the
index is rebuilt from the table. All of it happens in the one transaction, so another connection
never sees the table without its triggers, and an exception inside the block (or a crash) rolls
the drop back with everything else: the old triggers are still there.

The delete trigger stays: a bulk write that deletes people keeps the index right row by row.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

BULK_TRIGGERS = ("employee_fts_ai", "employee_fts_au")
FTS_TABLE = "employee_fts"

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


@contextmanager
def fts_bulk(database, enabled: bool = True) -> Iterator[None]:
    """A transaction (a savepoint inside an open one) in which writes to `employee` skip the
    search index triggers; the index is rebuilt at the end. *database*: the peewee database (or
    models.db.db). enabled=False: just the transaction, the triggers stay (for small writes)."""
    with database.atomic():
        conn = database.connection()
        saved = trigger_sql(conn) if enabled else {}
        for name in saved:
            conn.execute(f'DROP TRIGGER "{name}"')
        yield
        if saved:
            for name in BULK_TRIGGERS:  # in the migration's order
                if name in saved:
                    conn.execute(saved[name])
            conn.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
