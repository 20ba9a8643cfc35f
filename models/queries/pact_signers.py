"""The pact pages' people, for documents that stream: who signed and which signature counts (without
its strokes), then the strokes a few pages at a time. One page's memory, not the event's.

The signature that counts is the one signatures.signatures_by_employee picks (the earliest live
present record of the person that has one, by record.PRESENT_ORDER); a test holds the two together.
"""
from __future__ import annotations

from dataclasses import dataclass

from peewee import chunked

from ikrar.models.queries.record import LIVE_PRESENT, PRESENT_ORDER
from ikrar.models.store.connection import db
from ikrar.models.store.schema import Event


@dataclass
class SignatureHead:
    """A signature without its strokes."""

    id: str
    employee_id: int
    pact_sha256: str
    signed_at: str


@dataclass
class StoredStrokes:
    """What models.strokes.load_strokes reads from a signature row."""

    id: str
    strokes: str
    pad_width: float
    pad_height: float


def signature_heads(event: Event) -> dict[int, SignatureHead]:
    """Per employee, the signature that counts at *event*, strokes left in the database."""
    sql = f"""
    SELECT s.id, a.employee_id, s.pact_sha256, s.signed_at
    FROM signature s JOIN attendance a ON a.id = s.attendance_id
    WHERE a.event_id = ? AND {LIVE_PRESENT}
    ORDER BY a.employee_id, {PRESENT_ORDER}
    """
    found: dict[int, SignatureHead] = {}
    for row in db.execute_sql(sql, [event.id]):
        if row[1] not in found:
            found[row[1]] = SignatureHead(*row)
    return found


def strokes_of(signature_ids: list[str]) -> dict[str, StoredStrokes]:
    """The stored strokes of these signatures, by id."""
    found: dict[str, StoredStrokes] = {}
    for part in chunked(signature_ids, 500):  # within SQLite's bound-parameter limit
        marks = ", ".join("?" * len(part))
        for row in db.execute_sql(f"SELECT id, strokes, pad_width, pad_height FROM signature WHERE id IN ({marks})",
                                  list(part)):
            found[row[0]] = StoredStrokes(*row)
    return found
