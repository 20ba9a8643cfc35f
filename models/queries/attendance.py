"""Attendance records of an event, as stored (the desk's recent list, exports)."""
from __future__ import annotations

from ikrar.models.store.schema import Attendance, Employee, Event


def recent_checkins(event: Event, limit: int = 10) -> list[Attendance]:
    return list(
        Attendance.select(Attendance, Employee)
        .join(Employee)
        .where((Attendance.event == event) & (Attendance.status == "H"))
        .order_by(Attendance.recorded_utc.desc(), Attendance.id.desc())
        .limit(limit)
    )


def attendances_of(event: Event, *, include_void: bool = True):
    query = Attendance.select().where(Attendance.event == event)
    if not include_void:
        query = query.where(Attendance.voided_at.is_null())
    return query.order_by(Attendance.recorded_utc, Attendance.id)
