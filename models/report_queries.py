"""Named queries the reports need beyond models.queries (so reports/ holds no SQL)."""
from __future__ import annotations

from dataclasses import dataclass

from . import queries
from .db import db
from .queries import Counts
from .schema import Desk, Employee, Event, PactText


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
    as queries.people's `signed`); voided records never count."""
    sql = """
    SELECT s.id, a.employee_id, s.strokes, s.pad_width, s.pad_height, s.pact_sha256, s.signed_at, s.desk_id
    FROM signature s JOIN attendance a ON a.id = s.attendance_id
    WHERE a.event_id = ? AND a.voided_at IS NULL AND a.status = 'H'
    ORDER BY a.employee_id, a.recorded_utc, a.id
    """
    wanted = set(employee_ids) if employee_ids is not None else None
    found: dict[int, SignatureRow] = {}
    for row in db.execute_sql(sql, [event.id]):
        if row[1] in found or (wanted is not None and row[1] not in wanted):
            continue
        found[row[1]] = SignatureRow(*row)
    return found


def pact_texts(shas) -> dict[str, str]:
    shas = sorted({s for s in shas if s})
    if not shas:
        return {}
    return {p.sha256: p.text for p in PactText.select().where(PactText.sha256.in_(shas))}


def event_pact_text(event: Event) -> tuple[str, str] | None:
    """(sha256, text) of the event's current pact text."""
    if not event.pact_sha256:
        return None
    row = PactText.get_or_none(PactText.sha256 == event.pact_sha256)
    return (row.sha256, row.text) if row else None


def category_counts(event: Event, grid: dict | None = None) -> dict[str, Counts]:
    """Counts per employee category (PNS, PPPK, PPPK_PW, NON_ASN), same rules as event_counts."""
    return {key or "": counts for key, counts in queries.tally(event, by="category", grid=grid).items()}


def niks_of(employee_ids: list[int]) -> dict[int, str]:
    """NIKs of people without a NIP (their card's QR carries the NIK)."""
    result: dict[int, str] = {}
    ids = list(employee_ids)
    for start in range(0, len(ids), 900):  # SQLite's bound-parameter limit
        chunk = ids[start:start + 900]
        query = Employee.select(Employee.id, Employee.nik).where(Employee.id.in_(chunk) & Employee.nik.is_null(False))
        result.update({emp.id: emp.nik for emp in query})
    return result


def local_desk_name() -> str:
    """The local desk's name without creating a desk (a report never writes)."""
    desk = Desk.get_or_none(Desk.is_local == True)
    return desk.name if desk and desk.name else ""


def any_signature(event: Event) -> bool:
    sql = """SELECT 1 FROM signature s JOIN attendance a ON a.id = s.attendance_id
             WHERE a.event_id = ? AND a.voided_at IS NULL AND a.status = 'H' LIMIT 1"""
    return db.execute_sql(sql, [event.id]).fetchone() is not None
