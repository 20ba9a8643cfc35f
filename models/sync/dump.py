"""A canonical dump of what a merge decides: every record by its natural key, none of the local
row numbers, the local desk or local bookkeeping (when a desk was first met, a person's updated_at).
Two hubs that merged the same files, in any order, must dump the same; tests compare dumps, and it
helps when comparing two databases by hand. (A person is taken from the first file that brings them
and never changed by a later one, so files that disagree about a person's details are the one
order-dependent part; honest desks working from one package agree.)
"""
from __future__ import annotations

import datetime
import hashlib
import json

from ikrar.models.store.connection import db


def _value(v):
    """One value as SQLite gives it, whichever engine read it: the dump (and its digest) is the same
    for a hub on PostgreSQL (bytea, boolean and date columns come back as bytes, bool and date)."""
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (bytes, memoryview)):
        return bytes(v).hex().upper()  # as SQLite's hex()
    if isinstance(v, datetime.date):
        return v.isoformat()
    return v


def _rows(sql: str) -> list[list]:
    return sorted([[_value(v) for v in r] for r in db.execute_sql(sql)], key=lambda r: json.dumps(r, default=str))


def _event_units() -> dict[str, str]:
    """{event id: its expected units' names joined by '|', in order} (group_concat is SQLite's alone)."""
    names: dict[str, list[str]] = {}
    sql = "SELECT eu.event_id, u.name FROM event_unit eu JOIN unit u ON u.id = eu.unit_id"
    for event_id, name in db.execute_sql(sql):
        names.setdefault(event_id, []).append(name)
    return {event_id: "|".join(sorted(units)) for event_id, units in names.items()}


def canonical_dump() -> dict[str, list]:
    person = "COALESCE(e.nip, 'nik:' || e.nik, 'name:' || e.name)"
    units = _event_units()
    return {
        "desks": _rows("SELECT id, name, public_key, rejected, reject_reason FROM desk WHERE is_local = FALSE"),
        "units": _rows("SELECT u.name, p.name, u.sort_order FROM unit u LEFT JOIN unit p ON p.id = u.parent_id"),
        "people": _rows("SELECT e.nip, e.nik, e.name, e.front_title, e.back_title, e.gender, e.birth_date, "
                        "e.category, e.golongan, e.pangkat, e.position, u.name, e.active, e.roster_order, "
                        "e.is_walk_in, e.search_key, e.employment_status "
                        "FROM employee e LEFT JOIN unit u ON u.id = e.unit_id"),
        "pact_texts": _rows("SELECT sha256, created_at FROM pact_text"),
        "events": [[*r, units.get(r[0])] for r in _rows(
                   "SELECT ev.id, ev.title, ev.kind, ev.date, ev.start_time, ev.tz, ev.place, ev.organizer, "
                   "u.name, ev.pact_sha256, ev.all_units, ev.approver_position, ev.approver_name, "
                   "ev.approver_nip, ev.closed, ev.created_at, ev.updated_at, ev.owner, ev.owner_record "
                   "FROM event ev LEFT JOIN unit u ON u.id = ev.organizer_unit_id")],
        "attendances": _rows(f"SELECT a.id, a.event_id, {person}, a.status, a.recorded_at, a.recorded_utc, "
                             "a.desk_id, a.method, a.late, a.note, a.voided_at, a.void_reason, a.void_desk_id "
                             "FROM attendance a JOIN employee e ON e.id = a.employee_id"),
        "signatures": [[*r[:2], hashlib.sha256(r[2].encode()).hexdigest(), *r[3:]] for r in _rows(
            "SELECT id, attendance_id, strokes, pad_width, pad_height, pact_sha256, signed_at, desk_id "
            "FROM signature")],
        "voids": _rows("SELECT id, attendance_id, desk_id, voided_at, reason, admin FROM void"),
        "decisions": _rows("SELECT id, desk_id, target, action, reason, decided_at FROM desk_decision"),
    }


def dump_digest() -> str:
    return hashlib.sha256(json.dumps(canonical_dump(), sort_keys=True, default=str).encode()).hexdigest()
