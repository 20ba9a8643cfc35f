"""Signatures of an event: the one that counts per person, for the documents."""
from __future__ import annotations

from dataclasses import dataclass

from ikrar.models.queries.record import LIVE_PRESENT, PRESENT_ORDER
from ikrar.models.store.connection import db
from ikrar.models.store.schema import (
    Attendance,
    Event,
    Signature,
)


def signatures_of(event: Event):
    return Signature.select(Signature, Attendance).join(Attendance).where(Attendance.event == event)


@dataclass
class SignatureRow:
    """The signature that counts for one person (same attribute names as schema.Signature, so
    models.strokes.load_strokes takes it)."""

    id: str
    employee_id: int
    strokes: str
    pad_width: float
    pad_height: float
    pact_sha256: str
    signed_at: str
    desk_id: str


def signatures_by_employee(event: Event, employee_ids: list[int] | None = None) -> dict[int, SignatureRow]:
    """Per employee, the signature of their earliest live present record that has one (the same rule
    as people's `signed`); voided records never count."""
    sql = f"""
    SELECT s.id, a.employee_id, s.strokes, s.pad_width, s.pad_height, s.pact_sha256, s.signed_at, s.desk_id
    FROM signature s JOIN attendance a ON a.id = s.attendance_id
    WHERE a.event_id = ? AND {LIVE_PRESENT}
    ORDER BY a.employee_id, {PRESENT_ORDER}
    """
    wanted = set(employee_ids) if employee_ids is not None else None
    found: dict[int, SignatureRow] = {}
    for row in db.execute_sql(sql, [event.id]):
        if row[1] in found or (wanted is not None and row[1] not in wanted):
            continue
        found[row[1]] = SignatureRow(*row)
    return found


def any_signature(event: Event) -> bool:
    sql = """SELECT 1 FROM signature s JOIN attendance a ON a.id = s.attendance_id
             WHERE a.event_id = ? AND a.voided_at IS NULL AND a.status = 'H' LIMIT 1"""
    return db.execute_sql(sql, [event.id]).fetchone() is not None
