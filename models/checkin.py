"""The check-in rules, in one place for the desk window, the command line and the sync.

Every write here commits before it returns (synchronous=FULL), so whatever the caller then shows as
"done" survives a power cut. Nothing is deleted or changed: an undo is a void (a record of its own,
models/voids.py) with a reason. A record is this desk's: its id is record_id(desk, uuid).
"""
from __future__ import annotations

from dataclasses import dataclass

from ikrar.models import clock
from ikrar.models.desk import local_desk
from ikrar.models.errors import AlreadyDone, NotFound, Refused
from ikrar.models.identifiers import IdentifierError, classify, parse_nik, parse_nip
from ikrar.models.search.fold import fold_name
from ikrar.models.signing_span import signing_ms
from ikrar.models.store import dialect
from ikrar.models.store.connection import db
from ikrar.models.store.schema import (
    ABSENCE_CODES,
    METHODS,
    STATUSES,
    Attendance,
    Employee,
    Event,
    PactText,
    Signature,
    Unit,
    record_id,
)
from ikrar.models.strokes import StrokeData
from ikrar.models.voids import record_void


@dataclass
class CheckinResult:
    attendance: Attendance
    created: bool  # False: the person was already checked in (see attendance.recorded_at / desk)
    signature: Signature | None = None
    signature_created: bool = False


def live_attendances(event: Event, employee: Employee) -> list[Attendance]:
    """Live (not voided) records of this person at this event, the one that counts first."""
    return list(
        Attendance.select()
        .where((Attendance.event == event) & (Attendance.employee == employee) & Attendance.voided_at.is_null())
        .order_by(Attendance.recorded_utc, Attendance.id)
    )


def signature_of(attendance: Attendance) -> Signature | None:
    return Signature.get_or_none(Signature.attendance == attendance)


def _refuse_closed(event: Event) -> None:
    """A closed event takes no check-in. Read from the database, not from *event*: another window,
    desk process or sync may have closed (or reopened) it since *event* was loaded."""
    closed = Event.select(Event.closed).where(Event.id == event.id).scalar()
    if closed if closed is not None else event.closed:
        raise Refused(f"Acara '{event.title}' sudah ditutup.", f"Event '{event.title}' is closed.", code="closed")


def _is_late(event: Event, moment) -> bool:
    return moment > clock.event_start(event.date, event.start_time, event.tz)


def _new_attendance(event: Event, employee: Employee, status: str, method: str, note: str) -> Attendance:
    moment = clock.now()
    desk = local_desk()
    return Attendance.create(
        id=record_id(desk.id), event=event, employee=employee, status=status,
        recorded_at=clock.iso(moment), recorded_utc=clock.iso_utc(moment),
        desk=desk, method=method, late=status == "H" and _is_late(event, moment), note=note,
    )


def _void(attendance: Attendance, reason: str) -> None:
    record_void(attendance, reason, local_desk())
    stored = Attendance.get_by_id(attendance.id)  # the void state is derived (models/voids.py)
    attendance.voided_at, attendance.void_reason, attendance.void_desk = (
        stored.voided_at, stored.void_reason, stored.void_desk_id)


def _add_signature(event: Event, attendance: Attendance, strokes: StrokeData, pact_sha256: str | None) -> Signature:
    strokes = strokes.checked(source="signature")  # held to what a pad can draw, whoever built it
    strokes.check_ink()
    existing = signature_of(attendance)
    if existing is not None:
        raise AlreadyDone(
            f"Sudah ditandatangani pada {existing.signed_at}.", f"Already signed at {existing.signed_at}.",
            existing=existing, code="already_signed",
        )
    sha = pact_sha256 or (event.pact_sha256 if event.pact_sha256 else None)
    if sha is None or PactText.get_or_none(PactText.sha256 == sha) is None:
        raise Refused("Teks pakta acara ini tidak ditemukan.", "This event's pact text is missing.", code="pact")
    desk, text = local_desk(), strokes.strokes_json()
    return Signature.create(
        id=record_id(desk.id), attendance=attendance, strokes=text, pad_width=strokes.width,
        pad_height=strokes.height, pact=sha, signed_at=clock.iso(clock.now()), desk=desk, signing_ms=signing_ms(text),
    )


def check_in(
    event: Event,
    employee: Employee,
    *,
    method: str = "search",
    status: str = "H",
    note: str = "",
    strokes: StrokeData | None = None,
    pact_sha256: str | None = None,
) -> CheckinResult:
    """Record *employee* at *event*, with a signature when *strokes* are given, in one commit.

    A person already present is not recorded twice: the existing record comes back (created=False),
    and if it has no signature yet the given strokes are added to it. A person marked absent who
    then arrives gets the mark voided and a present record.
    """
    if method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}")
    if status not in STATUSES:
        raise Refused(f"Kode '{status}' tidak dikenal ({', '.join(STATUSES)}).",
                      f"Unknown code '{status}' ({', '.join(STATUSES)}).", code="status")
    if strokes is not None and status != "H":
        raise Refused("Hanya yang hadir dapat menandatangani.", "Only people present can sign.", code="status")
    with dialect.serialized():  # take the write lock first: two processes may check in at once
        _refuse_closed(event)  # under the lock: a close committed meanwhile is seen
        live = live_attendances(event, employee)
        present = [a for a in live if a.status == "H"]
        if present:
            attendance = present[0]
            if status != "H":
                raise AlreadyDone(
                    f"{employee.name} sudah hadir ({attendance.recorded_at}); tidak bisa ditandai {status}.",
                    f"{employee.name} is already present ({attendance.recorded_at}); cannot mark {status}.",
                    existing=attendance, code="already_present",
                )
            signature = signature_of(attendance)
            if strokes is not None and signature is None:
                signature = _add_signature(event, attendance, strokes, pact_sha256)
                return CheckinResult(attendance, False, signature, True)
            return CheckinResult(attendance, False, signature)
        here = local_desk().id
        for mark in live:  # this desk's absence mark gives way to the person standing at the desk
            if status != "H" and mark.status == status:
                return CheckinResult(mark, False)
            if mark.desk_id == here:  # another desk's mark is its own record: a present record counts over it
                _void(mark, f"diganti {status} / replaced by {status}")
        attendance = _new_attendance(event, employee, status, method, note)
        signature = _add_signature(event, attendance, strokes, pact_sha256) if strokes is not None else None
        return CheckinResult(attendance, True, signature, signature is not None)


def record_signature(attendance: Attendance, strokes: StrokeData, pact_sha256: str | None = None) -> Signature:
    """Add a signature to a present, live attendance; a second signature is refused (AlreadyDone)."""
    if attendance.is_void:
        raise Refused("Kehadiran ini sudah dibatalkan.", "This attendance was voided.", code="voided")
    if attendance.status != "H":
        raise Refused("Hanya yang hadir dapat menandatangani.", "Only people present can sign.", code="status")
    with dialect.serialized():
        return _add_signature(attendance.event, attendance, strokes, pact_sha256)


def mark_absence(event: Event, employee: Employee, code: str, note: str = "") -> CheckinResult:
    if code not in ABSENCE_CODES:
        raise Refused(f"Kode ketidakhadiran '{code}' tidak dikenal ({', '.join(ABSENCE_CODES)}).",
                      f"Unknown absence code '{code}' ({', '.join(ABSENCE_CODES)}).", code="status")
    return check_in(event, employee, method="manual", status=code, note=note)


def mark_cannot_sign(event: Event, employee: Employee, note: str, method: str = "search") -> CheckinResult:
    """Present, but cannot sign (injured hand, …): recorded with the reason instead of a signature."""
    if not note.strip():
        raise Refused("Tuliskan alasan tidak dapat menandatangani.", "Write why the person cannot sign.", code="note")
    result = check_in(event, employee, method=method)
    if result.created or not result.attendance.note:
        result.attendance.note = note.strip()
        result.attendance.save()
    return result


def void_attendance(attendance: Attendance, reason: str) -> Attendance:
    if not reason.strip():
        raise Refused("Alasan pembatalan wajib diisi.", "A reason for the void is required.", code="reason")
    if attendance.is_void:
        raise AlreadyDone(f"Sudah dibatalkan pada {attendance.voided_at}.",
                          f"Already voided at {attendance.voided_at}.",
                          existing=attendance, code="already_voided")
    with dialect.serialized():
        _void(attendance, reason.strip())
    return attendance


def void_person(event: Event, employee: Employee, reason: str) -> list[Attendance]:
    """Void every live record of this person at this event (the CLI's `void`)."""
    live = live_attendances(event, employee)
    if not live:
        raise NotFound(f"{employee.name} belum tercatat pada acara ini.",
                       f"{employee.name} is not recorded at this event.",
                       code="not_recorded")
    return [void_attendance(a, reason) for a in live]


def register_walk_in(
    event: Event,
    code: str,
    name: str,
    *,
    unit: Unit | None = None,
    position: str = "",
    golongan: str = "",
    category: str | None = None,
    method: str = "manual",
    strokes: StrokeData | None = None,
) -> CheckinResult:
    """Someone not on the roster: validated NIP or NIK, added as a walk-in and checked in.
    A code already on the roster is that person, not a new one."""

    if not name.strip():
        raise Refused("Nama wajib diisi.", "The name is required.", code="name")
    try:
        kind = classify(code)
        if kind == "nip":
            info = parse_nip(code)
            fields = dict(nip=info.nip, category=category or info.category, gender=info.gender,
                          birth_date=info.birth_date)
        elif kind == "nik":
            info = parse_nik(code)
            fields = dict(nik=info.nik, category=category or "NON_ASN", gender=info.gender, birth_date=info.birth_date)
        else:
            raise Refused(f"'{code}' bukan NIP (18 digit) atau NIK (16 digit).",
                          f"'{code}' is not a NIP (18 digits) or NIK (16 digits).", code="code")
    except IdentifierError as exc:
        raise Refused(exc.reason.id, exc.reason.en, code=exc.reason.code) from None
    existing = Employee.get_or_none(Employee.nip == fields["nip"]) if "nip" in fields else (
        Employee.select().where(Employee.nik == fields["nik"]).first())
    with db.atomic():
        if existing is None:
            existing = Employee.create(
                name=name.strip(), search_key=fold_name(name), unit=unit, position=position.strip(),
                golongan=golongan.strip(), is_walk_in=True, active=True, updated_at=clock.iso(clock.now()), **fields,
            )
        return check_in(event, existing, method=method, strokes=strokes)
