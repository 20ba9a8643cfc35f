"""Who: the people of an event with the record that counts for each, and look-ups of one person.

An event's people are those expected (record.invited_sql) and, flagged `outside`, whoever else has a
live record there (walk-ins, people of units not invited): "di luar daftar peserta"."""
from __future__ import annotations

from dataclasses import dataclass

from peewee import chunked

from ikrar.models.queries.record import expected_sql, invited_flag, recorded_sql, records_that_count
from ikrar.models.store.connection import db
from ikrar.models.store.schema import (
    Employee,
    Event,
)


@dataclass
class PersonRow:
    """One expected person at an event, with the record that counts (if any)."""

    employee_id: int
    nip: str | None
    name: str
    front_title: str
    back_title: str
    golongan: str
    pangkat: str
    position: str
    category: str
    unit_id: int | None
    unit_name: str
    roster_order: int
    attendance_id: str | None
    status: str | None  # H, S, I, C, DL, TK or None (no record)
    late: bool
    recorded_at: str | None
    desk_id: str | None
    note: str
    signed: bool
    duplicates: int
    is_walk_in: bool
    outside: bool = False  # di luar daftar peserta: not expected, but with a live record here
    employment_status: str = ""  # a non-ASN's status as the roster spells it ("Honorer"), else ""

    @property
    def display_name(self) -> str:
        name = f"{self.front_title} {self.name}".strip() if self.front_title else self.name
        return f"{name}, {self.back_title}" if self.back_title else name


def people(event: Event, *, unit_id: int | None = None, status: str | None = None, signed: bool | None = None,
           order: str = "roster", present_only: bool = False, outside: bool | None = None) -> list[PersonRow]:
    """The people of *event* with their state: those expected and those apart (PersonRow.outside).
    status: 'H', an absence code, or 'none' (no record). order: 'roster' (unit, then the imported
    list's order) or 'name'. outside: None both, False only the expected, True only those apart."""
    records = records_that_count(event)
    expected, params = expected_sql(event)
    recorded, recorded_params = recorded_sql(event)
    if outside is None:
        ids_sql, params = f"{expected} UNION {recorded}", params + recorded_params
    elif outside:
        ids_sql, params = recorded, recorded_params
    else:
        ids_sql = expected
    flag, flag_params = invited_flag(event)
    where, extra = [], []
    if outside:
        where.append(f"{flag} = 0")
        extra += flag_params
    if unit_id is not None:
        where.append("e.unit_id = ?")
        extra.append(unit_id)
    if present_only or signed or (status and status != "none"):  # only people with a record can match
        where.append("e.id IN (SELECT employee_id FROM attendance WHERE event_id = ? AND voided_at IS NULL)")
        extra.append(event.id)
    order_sql = ("COALESCE(u.sort_order, 1e9), u.name, e.roster_order, e.name" if order == "roster"
                 else "e.name, e.id")
    sql = f"""
    SELECT e.id, e.nip, e.name, e.front_title, e.back_title, e.golongan, e.pangkat, e.position, e.category,
        e.unit_id, COALESCE(u.name, ''), e.roster_order, e.is_walk_in, {flag}, e.employment_status
    FROM ({ids_sql}) x JOIN employee e ON e.id = x.id
    LEFT JOIN unit u ON u.id = e.unit_id
    {"WHERE " + " AND ".join(where) if where else ""}
    ORDER BY {order_sql}
    """
    want_status = "H" if present_only else status
    rows = []
    for (employee_id, nip, name, front_title, back_title, golongan, pangkat, position, category, unit_id, unit_name,
         roster_order, is_walk_in, invited, employment_status) in db.execute_sql(
            sql, flag_params + params + extra):  # in order
        rec = records.get(employee_id)
        rec_status = rec.status if rec else None
        if want_status == "none":
            if rec is not None:
                continue
        elif want_status and rec_status != want_status:
            continue
        if present_only and rec_status != "H":
            continue
        is_signed = bool(rec and rec.signed)
        if signed is not None and is_signed != signed:
            continue
        rows.append(PersonRow(
            employee_id=employee_id, nip=nip, name=name, front_title=front_title, back_title=back_title,
            golongan=golongan, pangkat=pangkat, position=position, category=category, unit_id=unit_id,
            unit_name=unit_name, roster_order=roster_order, is_walk_in=bool(is_walk_in),
            attendance_id=rec.attendance_id if rec else None, status=rec_status, late=bool(rec and rec.late),
            recorded_at=rec.recorded_at if rec else None, desk_id=rec.desk_id if rec else None,
            note=rec.note if rec else "", signed=is_signed, duplicates=rec.duplicates if rec else 0,
            outside=not invited, employment_status=employment_status,
        ))
    return rows


def signed_people(event: Event, order: str = "roster", outside: bool | None = None) -> list[PersonRow]:
    """Everyone who signed (outside: None both groups, False the expected, True those apart)."""
    return people(event, present_only=True, signed=True, order=order, outside=outside)


def not_signed_people(event: Event, order: str = "roster") -> list[PersonRow]:
    """The expected people without a signature (the people apart are nobody's follow-up)."""
    return people(event, signed=False, order=order, outside=False)


def employee_by_nip(nip: str) -> Employee | None:
    return Employee.get_or_none(Employee.nip == nip)


def niks_of(employee_ids: list[int]) -> dict[int, str]:
    """NIKs of people without a NIP (their card's QR carries the NIK)."""
    result: dict[int, str] = {}
    for chunk in chunked(employee_ids, 900):  # SQLite's bound-parameter limit
        query = Employee.select(Employee.id, Employee.nik).where(Employee.id.in_(chunk) & Employee.nik.is_null(False))
        result.update({emp.id: emp.nik for emp in query})
    return result


def employee_by_id(employee_id: int) -> Employee:
    return Employee.get_by_id(employee_id)
