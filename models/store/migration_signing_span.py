"""Migration 9 (issue 15): each signature's signing span stored with it, registered with one line at the
end of migrations.MIGRATIONS. Frozen once released, like every migration.

`signature.signing_ms`: first to last point of the strokes in ms (models/signing_span.py), NULL for
strokes without a point. The recap's desk speed needs only that figure, and read it from every
signature's strokes (~10 KB each): a regency hub's 200,000 signatures took 2.9 s on SQLite and 7.8 s on
PostgreSQL, 1 GB over the wire there. The desk's check-in and the merge fill it when they write a
signature; this fills the rows stored before, from their strokes, a batch at a time (a hub's 2 GB of
strokes is never held at once). A row this leaves NULL (no point in it) the recap still reads in full.

Both engines: ADD COLUMN with a NULL default (REAL is SQLite's 8-byte float; PostgreSQL's REAL has 4
bytes, so DOUBLE PRECISION there, as pg_schema spells the pad's size), the batches read in id order by
keyset (`id > last`) and written as one UPDATE from a VALUES list per few hundred rows; then the index
`signature_span` (attendance, desk, span), from which the recap reads the spans without the rows.
"""
from __future__ import annotations

from peewee import PostgresqlDatabase, chunked

from ikrar.models.signing_span import signing_ms

BATCH = 1_000  # signatures read at once: ~10 MB of strokes
ROWS_PER_UPDATE = 400  # two values a row: under SQLite's oldest limit of 999 bound values

# What the recap reads of an event's signatures, without the row: SQLite keeps the column added last at
# the end of the row, behind its ~10 KB of strokes in overflow pages that are walked to reach it (0.77 s
# for 100,000 signatures, 0.24 s from this index: bench/bench_recap_hub.py).
SPAN_INDEX = 'CREATE INDEX "signature_span" ON "signature" ("attendance_id", "desk_id", "signing_ms")'


def migrate_signing_span(database) -> None:
    database.execute_sql(f'ALTER TABLE "signature" ADD COLUMN "signing_ms" {_kind(database)}')
    fill_signing_spans(database)
    database.execute_sql(SPAN_INDEX)  # made once filled: quicker than kept up to date row by row


def _kind(database) -> str:
    return "DOUBLE PRECISION" if isinstance(database, PostgresqlDatabase) else "REAL"


def fill_signing_spans(database) -> None:
    """Every stored signature's span from its strokes, BATCH rows at a time (bench/bench_recap_hub.py
    times it on a hub's 100,000)."""
    kind, last = _kind(database), None
    while True:
        rows = database.execute_sql(
            "SELECT id, strokes FROM signature " + ("" if last is None else "WHERE id > ? ") + "ORDER BY id LIMIT ?",
            ([] if last is None else [last]) + [BATCH]).fetchall()
        if not rows:
            return
        last = rows[-1][0]
        spans = [(row_id, span) for row_id, strokes in rows if (span := signing_ms(strokes)) is not None]
        del rows  # the batch's strokes go before the next batch is read
        for part in chunked(spans, ROWS_PER_UPDATE):
            # a VALUES column has no type on PostgreSQL: the span is cast to the column's
            database.execute_sql(
                "WITH v(id, ms) AS (VALUES " + ", ".join(["(?, ?)"] * len(part)) + ") UPDATE signature "
                f"SET signing_ms = CAST(v.ms AS {kind}) FROM v WHERE signature.id = v.id",
                [value for pair in part for value in pair])
