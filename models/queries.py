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
    SELECT a.id, a.employee_id, a.status, a.late, a.recorded_at, a.desk_id, a.note,
        ROW_NUMBER() OVER (PARTITION BY a.employee_id ORDER BY
            CASE WHEN a.status = 'H' THEN 0 ELSE 1 END, a.recorded_utc, a.id) AS rn,
        MAX(a.status = 'H' AND EXISTS (SELECT 1 FROM signature s WHERE s.attendance_id = a.id))
            OVER (PARTITION BY a.employee_id) AS signed,
        SUM(a.status = 'H') OVER (PARTITION BY a.employee_id) AS present_records
    FROM attendance a WHERE a.event_id = ? AND a.voided_at IS NULL
)
SELECT l.employee_id, l.id, l.status, l.late, l.recorded_at, l.desk_id, l.note, l.signed,
    MAX(l.present_records - 1, 0), e.unit_id, e.category
FROM live l JOIN employee e ON e.id = l.employee_id WHERE l.rn = 1
"""


@dataclass(frozen=True)
class _Record:
    """The record that counts for one person (see the module docstring)."""

    attendance_id: str
    status: str
    late: bool
    recorded_at: str
    desk_id: str
    note: str
    signed: bool
    duplicates: int
    unit_id: int | None
    category: str


def _records(event: Event) -> dict[int, _Record]:
    # A few thousand rows at most (the people recorded at one event); joining them in Python is
    # linear, where SQLite rescans a derived table once per expected person.
    return {r[0]: _Record(r[1], r[2], bool(r[3]), r[4], r[5], r[6] or "", bool(r[7]), int(r[8]), r[9], r[10])
            for r in db.execute_sql(_COUNTING, [event.id])}


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


_LIVE_CTE = _COUNTING[:_COUNTING.index("SELECT l.employee_id")]


def _grid(event: Event) -> dict[tuple, Counts]:
    """Counts per (unit id, category), aggregated in SQL: an apel may hold records for most of a
    100,000-person roster, too many to walk in Python."""
    expected_sql, params = _expected_sql(event)
    grid: dict[tuple, Counts] = {}
    for unit_id, category, expected in db.execute_sql(
        f"SELECT e.unit_id, e.category, COUNT(*) FROM ({expected_sql}) x JOIN employee e ON e.id = x.id GROUP BY 1, 2",
        params,
    ):
        grid[(unit_id, category)] = Counts(expected=expected)
    codes = ", ".join(f"SUM(l.status = '{code}')" for code in ABSENCE_CODES)
    sql = _LIVE_CTE + f"""
    SELECT e.unit_id, e.category, SUM(l.status = 'H'), SUM(l.status = 'H' AND l.signed),
        SUM(l.status = 'H' AND l.late), {codes}, SUM(MAX(l.present_records - 1, 0))
    FROM live l JOIN employee e ON e.id = l.employee_id WHERE l.rn = 1 GROUP BY 1, 2
    """
    for row in db.execute_sql(sql, [event.id]):
        counts = grid.setdefault((row[0], row[1]), Counts())
        counts.present, counts.signed, counts.late = (int(v or 0) for v in row[2:5])
        counts.codes = {code: int(v or 0) for code, v in zip(ABSENCE_CODES, row[5:10])}
        counts.duplicates = int(row[10] or 0)
    return grid


def _add(total: Counts, part: Counts) -> None:
    total.expected += part.expected
    total.present += part.present
    total.signed += part.signed
    total.late += part.late
    total.duplicates += part.duplicates
    for code, value in part.codes.items():
        total.codes[code] += value


def tally(event: Event, by: str = "all", grid: dict | None = None) -> dict:
    """Counts grouped by 'all' (key 1), 'unit' (unit id) or 'category'. Pass the same *grid*
    (from `count_grid`) to get several groupings from one query."""
    key_of = {"all": lambda unit, cat: 1, "unit": lambda unit, cat: unit, "category": lambda unit, cat: cat}[by]
    tallies: dict = {}
    for (unit_id, category), counts in (grid if grid is not None else _grid(event)).items():
        _add(tallies.setdefault(key_of(unit_id, category), Counts()), counts)
    return tallies


def event_counts(event: Event) -> Counts:
    return tally(event).get(1, Counts())


def count_grid(event: Event) -> dict[tuple, Counts]:
    return _grid(event)


def unit_counts(event: Event, grid: dict | None = None) -> list[UnitCounts]:
    """Per unit, in the units' order; people without a unit come last as unit_id None."""
    units = {u.id: u for u in Unit.select()}
    result = []
    for unit_id, counts in tally(event, by="unit", grid=grid).items():
        unit = units.get(unit_id)
        result.append(UnitCounts(**vars(counts), unit_id=unit_id, unit_name=unit.name if unit else "-"))
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
    records = _records(event)
    expected_sql, params = _expected_sql(event)
    where, extra = [], []
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
        e.unit_id, COALESCE(u.name, ''), e.roster_order, e.is_walk_in
    FROM ({expected_sql}) x JOIN employee e ON e.id = x.id
    LEFT JOIN unit u ON u.id = e.unit_id
    {"WHERE " + " AND ".join(where) if where else ""}
    ORDER BY {order_sql}
    """
    want_status = "H" if present_only else status
    rows = []
    for r in db.execute_sql(sql, params + extra):
        rec = records.get(r[0])
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
            *r[:12], rec.attendance_id if rec else None, rec_status, bool(rec and rec.late),
            rec.recorded_at if rec else None, rec.desk_id if rec else None, rec.note if rec else "",
            is_signed, rec.duplicates if rec else 0, bool(r[12]),
        ))
    return rows


def signed_people(event: Event, order: str = "roster") -> list[PersonRow]:
    return people(event, present_only=True, signed=True, order=order)


def not_signed_people(event: Event, order: str = "roster") -> list[PersonRow]:
    return people(event, signed=False, order=order)


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
