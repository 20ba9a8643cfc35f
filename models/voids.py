"""Voids: records of their own (a desk, a time, a reason, the attendance they concern), never edits of
the attendance. Which void counts is decided here, and written into the attendance's void columns,
which every query reads (models/queries/record.py's LIVE):

- a void counts when it comes from the desk that recorded the attendance, or is an admin void made
  in this database by its admin or in the signed bundle of a hub this database's admin trusts, and
  its desk is not rejected;
- of the voids that count, the earliest (UTC time, then desk and id) is shown;
- every record of a rejected desk (models/sync/decisions.py) is shown as voided by that decision;
  it is kept, and an `accept` brings it back.

The columns are a function of the stored voids and decisions, so the result does not depend on the
order files arrive in.
"""
from __future__ import annotations

from datetime import UTC

from peewee import chunked

from ikrar.models import clock
from ikrar.models.store.connection import db
from ikrar.models.store.schema import Attendance, Desk, Void, record_id

_CHUNK = 500  # ids per IN (...): well under SQLite's bound-parameter limit
REJECTED_REASON = "Meja ditolak / desk rejected: "

# The desk's rejection first, else the earliest void that counts, else none (all NULL). Written for
# both engines: booleans as TRUE/FALSE, the derived table named, no alias PostgreSQL reserves (BY).
_REFRESH = """
UPDATE attendance SET (voided_at, void_reason, void_desk_id) = (
    SELECT c.at_, c.reason, c.by_ FROM (
        SELECT d.rejected_at AS at_, ? || COALESCE(d.reject_reason, '') AS reason, d.rejected_by AS by_,
            0 AS rank_, '' AS utc, '' AS id
        FROM desk d WHERE d.id = attendance.desk_id AND d.rejected = TRUE
        UNION ALL
        SELECT v.voided_at, v.reason, v.desk_id, 1, v.voided_utc, v.id FROM void v JOIN desk d ON d.id = v.desk_id
        WHERE v.attendance_id = attendance.id AND d.rejected = FALSE AND (v.desk_id = attendance.desk_id
            OR (v.admin = TRUE AND (d.is_local = TRUE OR d.hub_trusted = TRUE)))
    ) AS c ORDER BY c.rank_, c.utc, c.at_, c.by_, c.id LIMIT 1)
WHERE ({where}) AND (voided_at IS NOT NULL OR void_reason IS NOT NULL OR void_desk_id IS NOT NULL
    OR EXISTS (SELECT 1 FROM void v WHERE v.attendance_id = attendance.id)
    OR EXISTS (SELECT 1 FROM desk d WHERE d.id = attendance.desk_id AND d.rejected = TRUE))
"""
# The last condition leaves alone a record with no void, no rejected desk and nothing to clear (the
# answer is NULL, as it stands): a merge's new records, which PostgreSQL would otherwise write again
# (a new row version each: 8 ms a file of 100, bench_hub.py).


def utc_key(stamp: str) -> str:
    """An ISO time with offset as a sortable UTC string (desks in WIB and WITA compare right)."""
    return clock.parse_iso(stamp).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")


def record_void(attendance: Attendance, reason: str, desk: Desk) -> Void:
    """A void by *desk* (this database's); an admin void when the attendance is another desk's."""
    moment = clock.iso(clock.now())
    with db.atomic():
        void = Void.create(id=record_id(desk.id), attendance_id=attendance.id, desk=desk, voided_at=moment,
                           voided_utc=utc_key(moment), reason=reason, admin=attendance.desk_id != desk.id)
        refresh(attendance_ids=[attendance.id])
    return void


def refresh(*, attendance_ids=None, desk_ids=None) -> None:
    """Recompute the void columns of these attendances (or of every record of these desks and every
    record a void of theirs concerns); neither given: all."""
    if attendance_ids is None and desk_ids is None:
        db.execute_sql(_REFRESH.format(where="1 = 1"), (REJECTED_REASON,))
        return
    for part in chunked(sorted(set(attendance_ids or ())), _CHUNK):
        db.execute_sql(_REFRESH.format(where=f"id IN ({', '.join('?' * len(part))})"), (REJECTED_REASON, *part))
    for part in chunked(sorted(set(desk_ids or ())), _CHUNK):
        marks = ", ".join("?" * len(part))
        db.execute_sql(_REFRESH.format(where=f"desk_id IN ({marks}) OR id IN (SELECT attendance_id FROM void "
                                           f"WHERE desk_id IN ({marks}))"), (REJECTED_REASON, *part, *part))
