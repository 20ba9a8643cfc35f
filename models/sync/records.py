"""The records inside .ikrar members: rows → JSON-able dicts (export), and the type checks an incoming
record must pass before it may touch the database (import; fields.py checks the values). Foreign keys
travel as natural keys: units by name, pact texts by SHA-256, events by their id, a desk's records
(attendances, signatures, voids) by their UUID beside the desk's id, people by a file-local `ref`
that attendances point to (matched at import by NIP, then NIK).
"""
from __future__ import annotations

import json
from datetime import UTC

from ikrar.models import clock
from ikrar.models.store.connection import db
from ikrar.models.store.schema import Event, EventUnit, PactText, Unit, record_uuid
from ikrar.models.sync.checking import Job
from ikrar.models.sync.errors import damaged

PERSON_COLS = ("nip", "nik", "name", "front_title", "back_title", "gender", "birth_date", "category",
               "golongan", "pangkat", "position")
# A person as a sync file holds it, and where each field comes from (the unit by name).
PERSON_FIELDS = {"ref": "e.id", **{c: f"e.{c}" for c in PERSON_COLS}, "unit": "u.name", "active": "e.active",
                 "roster_order": "e.roster_order", "is_walk_in": "e.is_walk_in", "updated_at": "e.updated_at",
                 "card": "e.card",  # the QR card's code of someone without a NIP (models/card_code.py)
                 "employment_status": "e.employment_status"}  # a non-ASN's status as the roster spells it
# The people query (person_from_row reads its rows); callers add WHERE and ORDER BY.
PERSON_SQL = (f"SELECT {', '.join(PERSON_FIELDS.values())} FROM employee e "
              "LEFT JOIN unit u ON u.id = e.unit_id")
ATTENDANCE_COLS = ("id", "event_id", "employee_id", "status", "recorded_at", "recorded_utc", "desk_id", "method",
                   "late", "note")
SIGNATURE_COLS = ("id", "attendance_id", "strokes", "pad_width", "pad_height", "pact_sha256", "signed_at", "desk_id")
VOID_COLS = ("id", "attendance_id", "desk_id", "voided_at", "reason")


def canonical(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def utc_key(stamp: str | None) -> str:
    """An ISO time with offset → a sortable UTC string ('' for none), so desks in WIB and WITA compare right."""
    if not stamp:
        return ""
    return clock.parse_iso(stamp).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")


def version_key(record: dict) -> tuple[str, str]:
    """Order of versions of one event or person: the later update wins, ties broken by content, so the
    result does not depend on the order files arrive in."""
    return utc_key(record.get("updated_at")), canonical(record)


# ---- export ---------------------------------------------------------------------------------------

def unit_records(unit_ids: set[int] | None = None) -> list[dict]:
    units = {u.id: u for u in Unit.select()}
    chosen = units.values() if unit_ids is None else [units[i] for i in unit_ids if i in units]
    return [{"name": u.name, "parent": units[u.parent_id].name if u.parent_id in units else None,
             "sort_order": u.sort_order} for u in sorted(chosen, key=lambda u: (u.sort_order, u.name))]


def event_record(event: Event) -> dict:
    units = sorted(u.name for u in Unit.select().join(EventUnit).where(EventUnit.event == event.id))
    organizer = Unit.get_or_none(Unit.id == event.organizer_unit_id) if event.organizer_unit_id else None
    return {
        "id": event.id, "title": event.title, "kind": event.kind, "date": str(event.date),
        "start_time": event.start_time, "tz": event.tz, "place": event.place, "organizer": event.organizer,
        "organizer_unit": organizer.name if organizer else None, "pact_sha256": event.pact_sha256,
        "all_units": bool(event.all_units), "units": [] if event.all_units else units,
        "approver_position": event.approver_position, "approver_name": event.approver_name,
        "approver_nip": event.approver_nip, "closed": bool(event.closed),
        "created_at": event.created_at, "updated_at": event.updated_at, "owner": event.owner, "nonce": event.nonce,
        **campaign_fields(event),  # a campaign's event only (models/sync/campaign_records.py)
    }


# The key a follow-up event's frozen list names a person by, over `employee e` (as the merge compares people).
PERSON_KEY = "COALESCE(e.nip, 'nik:' || e.nik)"


def campaign_fields(event: Event) -> dict:
    """What the event record adds for a campaign's event (docs/campaigns.md): nothing for other events,
    so their signed records stay byte for byte what they were before campaigns existed."""
    extra = {}
    if event.campaign_id:
        extra["campaign"] = event.campaign_id
    if event.followup_at:
        rows = db.execute_sql(f"SELECT {PERSON_KEY} FROM event_expected x JOIN employee e ON e.id = x.employee_id "
                              "WHERE x.event_id = ?", [event.id])
        extra.update(followup_at=event.followup_at, expected=sorted(r[0] for r in rows))
    return extra


def pact_records(shas: set[str]) -> list[dict]:
    rows = PactText.select().where(PactText.sha256.in_(sorted(shas))).order_by(PactText.sha256)
    return [{"sha256": p.sha256, "text": p.text, "created_at": p.created_at} for p in rows]


def person_from_row(row) -> dict:
    """A row of PERSON_SQL → a person record (PERSON_SPEC)."""
    record = dict(zip(PERSON_FIELDS, row, strict=True))
    record.update(birth_date=str(record["birth_date"]) if record["birth_date"] else None,
                  active=bool(record["active"]), is_walk_in=bool(record["is_walk_in"]))
    return record


def person_records(where: str, params: list) -> list[dict]:
    rows = db.execute_sql(f"{PERSON_SQL} WHERE {where} ORDER BY e.id", params).fetchall()
    return [person_from_row(r) for r in rows]


def attendance_from_row(row) -> dict:
    record = dict(zip(ATTENDANCE_COLS, row, strict=True))
    record["id"] = record_uuid(record["id"])
    record["event"], record["person"] = record.pop("event_id"), record.pop("employee_id")
    record["desk"] = record.pop("desk_id")
    record["late"] = bool(record["late"])
    return record


def signature_from_row(row) -> dict:
    record = dict(zip(SIGNATURE_COLS, row, strict=True))
    record["id"], record["attendance"] = record_uuid(record["id"]), record_uuid(record.pop("attendance_id"))
    record["desk"] = record.pop("desk_id")
    return record


def void_from_row(row) -> dict:
    record = dict(zip(VOID_COLS, row, strict=True))
    record["id"], record["attendance"] = record_uuid(record["id"]), record_uuid(record.pop("attendance_id"))
    record["desk"] = record.pop("desk_id")
    return record


# ---- import checks --------------------------------------------------------------------------------

_TYPES = {"str": (str,), "int": (int,), "bool": (bool,), "num": (int, float), "list": (list,)}


def check(member: str, records: list[dict], spec: dict[str, str]) -> list[dict]:
    """Check every record against spec {key: 'str'|'str?'|'int'|'bool'|'num'|'list'} ('?' allows null)."""
    fields = [(key, _TYPES[kind.rstrip("?")], kind.endswith("?")) for key, kind in spec.items()]
    for index, record in enumerate(records):
        for key, wanted, nullable in fields:
            value = record.get(key)
            if value is None and nullable:
                continue
            if type(value) not in wanted:  # exact types: JSON gives no subclasses, and True is no number
                raise damaged(member, f"catatan ke-{index + 1}: kolom '{key}' tidak sah",
                              f"record {index + 1}: field '{key}' is invalid", code="bad_record")
    return records


def stroke_job(records: list[dict], skip=None) -> Job:
    """Start checking every signature's strokes against what a pad can draw (models.strokes, as at the
    desk), so that nothing the documents cannot draw is stored (but those *skip*(record) says were
    checked already). Runs after check(): the fields have their types. See checking.py."""
    return Job([(index, r["strokes"], r["pad_width"], r["pad_height"]) for index, r in enumerate(records)
                if skip is None or not skip(r)])


def check_strokes(member: str, records: list[dict], skip=None, job: Job | None = None) -> list[dict]:
    """The strokes check's answer (of *job* when started before): the file refused at the first bad one."""
    bad = (job or stroke_job(records, skip)).finish()
    if bad is not None:
        raise damaged(member, bad[1].rstrip("."), bad[2].rstrip("."), code="bad_record")
    return records


PERSON_SPEC = {"ref": "int", "nip": "str?", "nik": "str?", "name": "str", "front_title": "str", "back_title": "str",
               "gender": "str?", "birth_date": "str?", "category": "str", "golongan": "str", "pangkat": "str",
               "position": "str", "unit": "str?", "active": "bool", "roster_order": "int", "is_walk_in": "bool",
               "updated_at": "str?", "card": "str?",  # card: absent in files of Ikrar before schema 5
               "employment_status": "str?"}  # absent in files of Ikrar before schema 6
EVENT_SPEC = {"id": "str", "title": "str", "kind": "str", "date": "str", "start_time": "str", "tz": "str",
              "place": "str", "organizer": "str", "organizer_unit": "str?", "pact_sha256": "str?", "all_units": "bool",
              "units": "list", "approver_position": "str", "approver_name": "str", "approver_nip": "str",
              "closed": "bool", "created_at": "str", "updated_at": "str", "owner": "str", "nonce": "str",
              "owner_key": "str", "signature": "str"}
UNIT_SPEC = {"name": "str", "parent": "str?", "sort_order": "int"}
PACT_SPEC = {"sha256": "str", "text": "str", "created_at": "str"}
ATTENDANCE_SPEC = {"id": "str", "event": "str", "person": "int", "status": "str", "recorded_at": "str",
                   "recorded_utc": "str", "desk": "str", "method": "str", "late": "bool", "note": "str"}
SIGNATURE_SPEC = {"id": "str", "attendance": "str", "strokes": "str", "pad_width": "num", "pad_height": "num",
                  "pact_sha256": "str", "signed_at": "str", "desk": "str"}
VOID_SPEC = {"id": "str", "attendance": "str", "desk": "str", "voided_at": "str", "reason": "str"}
# A hub's decisions in a bundle: admin voids (attendance, attendance_desk) and desk decisions (desk, action).
DECISION_SPEC = {"id": "str", "kind": "str", "attendance": "str?", "attendance_desk": "str?", "desk": "str?",
                 "reason": "str", "at": "str"}
