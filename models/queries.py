"""Named queries shared by the desk, the reports, the command line and the sync.

"Expected" for an event: the active employees of its expected units, plus anyone with a live record
at it (walk-ins, people of other units). Where two desks recorded one person, the record that counts
is the earliest live one by (UTC time, UUID); it is worked out here, never stored.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .db import db
from .schema import ABSENCE_CODES, Attendance, Employee, Event, EventUnit, Signature, Unit

# Per person at one event: the record that counts (earliest live), whether any live present
# record is signed. One row per employee who has any live record.
_COUNTING = """
WITH live AS (
    SELECT a.*, ROW_NUMBER() OVER (PARTITION BY a.employee_id ORDER BY
        CASE WHEN a.status = 'H' THEN 0 ELSE 1 END, a.recorded_utc, a.id) AS rn
    FROM attendance a WHERE a.event_id = ? AND a.voided_at IS NULL
), counting AS (
    SELECT l.employee_id, l.id AS attendance_id, l.status, l.late, l.recorded_at, l.desk_id, l.note,
        EXISTS (SELECT 1 FROM live l2 JOIN signature s ON s.attendance_id = l2.id
                WHERE l2.employee_id = l.employee_id AND l2.status = 'H') AS signed,
        (SELECT COUNT(*) FROM live l3 WHERE l3.employee_id = l.employee_id AND l3.status = 'H') - 1 AS duplicates
    FROM live l WHERE l.rn = 1
)
"""


def _expected_sql(event: Event) -> tuple[str, list]:
    """SQL selecting the ids of the expected employees of *event*."""
    if event.all_units:
        base = "SELECT id FROM employee WHERE active = 1"
        params: list = []
    else:
        base = ("SELECT e.id FROM employee e JOIN event_unit eu ON eu.unit_id = e.unit_id "
                "WHERE e.active = 1 AND eu.event_id = ?")
        params = [event.id]
    sql = f"{base} UNION SELECT employee_id FROM attendance WHERE event_id = ? AND voided_at IS NULL"
    return sql, params + [event.id]


@dataclass
class Counts:
    expected: int = 0
    present: int = 0
    signed: int = 0
    late: int = 0
    codes: dict[str, int] = field(default_factory=lambda: {c: 0 for c in ABSENCE_CODES})
    duplicates: int = 0

    @property
    def not_signed(self) -> int:
        return self.expected - self.signed

    def pct(self, value: int) -> float:
        return round(100.0 * value / self.expected, 1) if self.expected else 0.0

    def to_dict(self) -> dict:
        return {
            "expected": self.expected, "present": self.present, "signed": self.signed, "late": self.late,
            "codes": dict(self.codes), "duplicates": self.duplicates, "not_signed": self.not_signed,
            "present_pct": self.pct(self.present), "signed_pct": self.pct(self.signed),
        }


@dataclass
class UnitCounts(Counts):
    unit_id: int | None = None
    unit_name: str = ""


def _tally_sql(event: Event, group: str) -> tuple[str, list]:
    expected_sql, params = _expected_sql(event)
    sql = _COUNTING + f"""
    SELECT {group} AS grp, COUNT(*) AS expected,
        SUM(c.status = 'H') AS present, SUM(COALESCE(c.signed, 0)) AS signed,
        SUM(c.status = 'H' AND c.late) AS late,
        SUM(c.status = 'S'), SUM(c.status = 'I'), SUM(c.status = 'C'), SUM(c.status = 'DL'), SUM(c.status = 'TK'),
        SUM(COALESCE(c.duplicates, 0))
    FROM ({expected_sql}) x JOIN employee e ON e.id = x.id
    LEFT JOIN counting c ON c.employee_id = e.id
    GROUP BY grp
    """
    return sql, [event.id] + params


def _fill(target: Counts, row) -> Counts:
    target.expected, target.present, target.signed, target.late = (int(v or 0) for v in row[1:5])
    target.codes = {code: int(v or 0) for code, v in zip(ABSENCE_CODES, row[5:10])}
    target.duplicates = int(row[10] or 0)
    return target


def event_counts(event: Event) -> Counts:
    sql, params = _tally_sql(event, "1")
    row = db.execute_sql(sql, params).fetchone()
    return _fill(Counts(), row) if row else Counts()


def unit_counts(event: Event) -> list[UnitCounts]:
    """Per unit, in the units' order; people without a unit come last as unit_id None."""
    sql, params = _tally_sql(event, "e.unit_id")
    rows = {r[0]: r for r in db.execute_sql(sql, params)}
    units = {u.id: u for u in Unit.select()}
    result = []
    for unit_id, row in rows.items():
        unit = units.get(unit_id)
        result.append(_fill(UnitCounts(unit_id=unit_id, unit_name=unit.name if unit else "-"), row))
    order = {u.id: (u.sort_order, u.name) for u in units.values()}
    result.sort(key=lambda c: (c.unit_id is None, order.get(c.unit_id, (0, ""))))
    return result


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

    @property
    def display_name(self) -> str:
        name = f"{self.front_title} {self.name}".strip() if self.front_title else self.name
        return f"{name}, {self.back_title}" if self.back_title else name


def people(event: Event, *, unit_id: int | None = None, status: str | None = None, signed: bool | None = None,
           order: str = "roster", present_only: bool = False) -> list[PersonRow]:
    """Expected people of *event* with their state. status: 'H', an absence code, or 'none' (no record).
    order: 'roster' (unit, then the imported list's order) or 'name'."""
    expected_sql, params = _expected_sql(event)
    where, extra = [], []
    if unit_id is not None:
        where.append("e.unit_id = ?")
        extra.append(unit_id)
    if present_only:
        where.append("c.status = 'H'")
    if status == "none":
        where.append("c.status IS NULL")
    elif status:
        where.append("c.status = ?")
        extra.append(status)
    if signed is not None:
        where.append("COALESCE(c.signed, 0) = ?")
        extra.append(1 if signed else 0)
    order_sql = ("COALESCE(u.sort_order, 1e9), u.name, e.roster_order, e.name" if order == "roster"
                 else "e.name, e.id")
    sql = _COUNTING + f"""
    SELECT e.id, e.nip, e.name, e.front_title, e.back_title, e.golongan, e.pangkat, e.position, e.category,
        e.unit_id, COALESCE(u.name, ''), e.roster_order, c.attendance_id, c.status, COALESCE(c.late, 0),
        c.recorded_at, c.desk_id, COALESCE(c.note, ''), COALESCE(c.signed, 0), COALESCE(c.duplicates, 0), e.is_walk_in
    FROM ({expected_sql}) x JOIN employee e ON e.id = x.id
    LEFT JOIN unit u ON u.id = e.unit_id
    LEFT JOIN counting c ON c.employee_id = e.id
    {"WHERE " + " AND ".join(where) if where else ""}
    ORDER BY {order_sql}
    """
    rows = db.execute_sql(sql, [event.id] + params + extra)
    return [PersonRow(*r[:14], bool(r[14]), r[15], r[16], r[17], bool(r[18]), int(r[19]), bool(r[20])) for r in rows]


def signed_people(event: Event, order: str = "roster") -> list[PersonRow]:
    return people(event, present_only=True, signed=True, order=order)


def not_signed_people(event: Event, order: str = "roster") -> list[PersonRow]:
    return people(event, signed=False, order=order)


def recent_checkins(event: Event, limit: int = 10) -> list[Attendance]:
    return list(
        Attendance.select(Attendance, Employee)
        .join(Employee)
        .where((Attendance.event == event) & (Attendance.status == "H"))
        .order_by(Attendance.recorded_utc.desc())
        .limit(limit)
    )


def attendances_of(event: Event, *, include_void: bool = True):
    query = Attendance.select().where(Attendance.event == event)
    if not include_void:
        query = query.where(Attendance.voided_at.is_null())
    return query.order_by(Attendance.recorded_utc, Attendance.id)


def signatures_of(event: Event):
    return Signature.select(Signature, Attendance).join(Attendance).where(Attendance.event == event)


def employee_by_nip(nip: str) -> Employee | None:
    return Employee.get_or_none(Employee.nip == nip)


def units_in_order() -> list[Unit]:
    return list(Unit.select().order_by(Unit.sort_order, Unit.name))


def expected_unit_ids(event: Event) -> list[int] | None:
    """None means all units."""
    if event.all_units:
        return None
    return [eu.unit_id for eu in EventUnit.select().where(EventUnit.event == event)]
