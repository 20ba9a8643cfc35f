"""The record that counts for a person at an event, named once for every query that needs it.

Several desks may record one person. The record that counts is the earliest *live* one (not
voided), a present (H) record before an absence mark, then by (UTC time, UUID). A person has signed
when a live present record of theirs carries a signature. Worked out here, never stored.

Who is expected at an event is named here too (invited_sql): the active people on the roster of the
invited units. Whoever else has a live record there is counted apart ("di luar daftar peserta").
"""
from __future__ import annotations

from dataclasses import dataclass

from ikrar.models.store.connection import db
from ikrar.models.store.schema import Event

# SQL fragments over `attendance a`, used by the counts, the people lists, the signatures of the
# documents, the coverage and the merge's duplicate report alike.
LIVE = "a.voided_at IS NULL"
LIVE_PRESENT = f"{LIVE} AND a.status = 'H'"
COUNTING_ORDER = "CASE WHEN a.status = 'H' THEN 0 ELSE 1 END, a.recorded_utc, a.id"
PRESENT_ORDER = "a.recorded_utc, a.id"  # among live present records: the earliest counts


def count_if(condition: str) -> str:
    """SQL: how many rows meet *condition* (SUM of a comparison is SQLite's alone; PostgreSQL
    sums no booleans)."""
    return f"SUM(CASE WHEN {condition} THEN 1 ELSE 0 END)"


def signed_anywhere(employee: str = "e.id") -> str:
    """SQL: the employee *employee* has a live, present, signed record at any event."""
    return (f"EXISTS (SELECT 1 FROM attendance a JOIN signature s ON s.attendance_id = a.id "
            f"WHERE a.employee_id = {employee} AND {LIVE_PRESENT})")


# Per person at one event: the record that counts, whether any live present record is signed.
LIVE_CTE = f"""
WITH live AS (
    SELECT a.id, a.employee_id, a.status, a.late, a.recorded_at, a.desk_id, a.note,
        ROW_NUMBER() OVER (PARTITION BY a.employee_id ORDER BY {COUNTING_ORDER}) AS rn,
        MAX(CASE WHEN a.status = 'H' AND EXISTS (SELECT 1 FROM signature s WHERE s.attendance_id = a.id)
            THEN 1 ELSE 0 END) OVER (PARTITION BY a.employee_id) AS signed,
        SUM(CASE WHEN a.status = 'H' THEN 1 ELSE 0 END) OVER (PARTITION BY a.employee_id) AS present_records
    FROM attendance a WHERE a.event_id = ? AND {LIVE}
)
"""
COUNTING_SQL = LIVE_CTE + """
SELECT l.employee_id, l.id, l.status, l.late, l.recorded_at, l.desk_id, l.note, l.signed,
    CASE WHEN l.present_records > 1 THEN l.present_records - 1 ELSE 0 END, e.unit_id, e.category
FROM live l JOIN employee e ON e.id = l.employee_id WHERE l.rn = 1
"""


@dataclass(frozen=True)
class CountingRecord:
    """The record that counts for one person (see the module docstring)."""

    attendance_id: str
    status: str
    late: bool
    recorded_at: str
    desk_id: str
    note: str
    signed: bool
    duplicates: int  # further live present records of the same person
    unit_id: int | None
    category: str


def records_that_count(event: Event) -> dict[int, CountingRecord]:
    """Employee id -> the record that counts, for everyone with a live record at *event*."""
    # A few thousand rows at most (the people recorded at one event); joining them in Python is
    # linear, where SQLite rescans a derived table once per expected person.
    return {r[0]: CountingRecord(r[1], r[2], bool(r[3]), r[4], r[5], r[6] or "", bool(r[7]), int(r[8]), r[9], r[10])
            for r in db.execute_sql(COUNTING_SQL, [event.id])}


# Who is on an event's list of participants (daftar peserta), as SQL over `employee e`. A person is on
# the roster unless they are a walk-in (registered here, or a file's walk-in) that this database's own
# roster import has not listed since (origin 'roster': the import re-asserts everyone it lists).
ON_ROSTER = "(e.origin = 'roster' OR NOT e.is_walk_in)"


def invited_sql(event: Event) -> tuple[str, list]:
    """SQL condition over `employee e` (and its parameters): e is expected at *event*: active, on the
    roster, and of an invited unit (any unit, or none, when the event takes all units). Everyone else
    with a live record at the event (walk-ins, people of units not invited, people no longer active)
    is "di luar daftar peserta": counted and listed apart, never expected.

    The condition can be NULL (a person without a unit at an event of some units): read it with
    WHERE, or as `CASE WHEN ... THEN 1 ELSE 0 END`, never negated with NOT."""
    if event.followup_at:  # a follow-up event: exactly its frozen list (models/campaigns.py), as everywhere
        return "e.id IN (SELECT employee_id FROM event_expected WHERE event_id = ?)", [event.id]
    condition = f"e.active = TRUE AND {ON_ROSTER}"
    if event.all_units:
        return condition, []
    return condition + " AND e.unit_id IN (SELECT unit_id FROM event_unit WHERE event_id = ?)", [event.id]


def invited_flag(event: Event) -> tuple[str, list]:
    """SQL expression over `employee e`: 1 when e is expected at *event* (invited_sql), else 0."""
    condition, params = invited_sql(event)
    return f"(CASE WHEN {condition} THEN 1 ELSE 0 END)", params


def expected_sql(event: Event) -> tuple[str, list]:
    """SQL (and its parameters) selecting the ids of the people expected at *event* (invited_sql)."""
    condition, params = invited_sql(event)
    return f"SELECT e.id FROM employee e WHERE {condition}", params


def recorded_sql(event: Event) -> tuple[str, list]:
    """SQL (and its parameters) selecting the ids of the people with a live record at *event*."""
    return f"SELECT a.employee_id AS id FROM attendance a WHERE a.event_id = ? AND {LIVE}", [event.id]
