"""How many: expected, present, signed, absent per event, unit and category.

Expected are the people on the event's list of participants (record.invited_sql). Whoever else has a
live record there (walk-ins, people of units not invited) is one group apart, "di luar daftar
peserta": counted in `Counts.outside`, never in expected, present or any percentage.

The invited add up: expected = present + each absence code (S, I, C, DL, TK) + not arrived ("belum
hadir": no live record at all). Every expected person has one record that counts or none, and only
the invited's records are counted in the invited's figures, so the sum holds for any data.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ikrar.models.queries.record import LIVE_CTE, count_if, invited_flag, invited_sql
from ikrar.models.store.connection import db
from ikrar.models.store.schema import (
    ABSENCE_CODES,
    Employee,
    Event,
    Unit,
)


@dataclass
class Numbers:
    """The numbers of one group of people. For the group apart, expected is 0."""

    expected: int = 0
    present: int = 0
    signed: int = 0
    late: int = 0
    codes: dict[str, int] = field(default_factory=lambda: {c: 0 for c in ABSENCE_CODES})
    duplicates: int = 0

    @property
    def not_signed(self) -> int:
        return self.expected - self.signed

    @property
    def people(self) -> int:
        """People with a record that counts (present or an absence mark)."""
        return self.present + sum(self.codes.values())

    @property
    def not_arrived(self) -> int:
        """"Belum hadir": expected people with no live record (neither present nor an absence mark), so
        that expected = present + each code + not_arrived. 0 for the group apart (nobody expected them)."""
        return self.expected - self.people if self.expected else 0

    def pct(self, value: int) -> float:
        return round(100.0 * value / self.expected, 1) if self.expected else 0.0

    def add(self, part: Numbers) -> None:
        self.expected += part.expected
        self.present += part.present
        self.signed += part.signed
        self.late += part.late
        self.duplicates += part.duplicates
        for code, value in part.codes.items():
            self.codes[code] = self.codes.get(code, 0) + value

    def outside_dict(self) -> dict:
        return {"people": self.people, "present": self.present, "signed": self.signed, "late": self.late,
                "codes": dict(self.codes), "duplicates": self.duplicates}


@dataclass
class Counts(Numbers):
    """The invited (expected, present, signed … of the list of participants) and, apart, `outside`:
    the people di luar daftar peserta with a live record."""

    outside: Numbers = field(default_factory=Numbers)

    def add(self, part: Numbers) -> None:
        super().add(part)
        if isinstance(part, Counts):
            self.outside.add(part.outside)

    def to_dict(self) -> dict:
        return {
            "expected": self.expected, "present": self.present, "signed": self.signed, "late": self.late,
            "codes": dict(self.codes), "not_arrived": self.not_arrived, "duplicates": self.duplicates,
            "not_signed": self.not_signed, "present_pct": self.pct(self.present), "signed_pct": self.pct(self.signed),
            "outside": self.outside.outside_dict(),
        }


@dataclass
class UnitCounts(Counts):
    unit_id: int | None = None
    unit_name: str = ""


def _grid(event: Event) -> dict[tuple, Counts]:
    """Counts per (unit id, category), aggregated in SQL: an apel may hold records for most of a
    100,000-person roster, too many to walk in Python. The people apart go to each cell's outside."""
    condition, params = invited_sql(event)
    grid: dict[tuple, Counts] = {}
    for unit_id, category, expected in db.execute_sql(
        f"SELECT e.unit_id, e.category, COUNT(*) FROM employee e WHERE {condition} GROUP BY 1, 2", params,
    ):
        grid[(unit_id, category)] = Counts(expected=expected)
    flag, flag_params = invited_flag(event)
    codes = ", ".join(count_if(f"l.status = '{code}'") for code in ABSENCE_CODES)
    sql = LIVE_CTE + f"""
    SELECT e.unit_id, e.category, {flag}, {count_if("l.status = 'H'")}, {count_if("l.status = 'H' AND l.signed = 1")},
        {count_if("l.status = 'H' AND l.late")}, {codes},
        SUM(CASE WHEN l.present_records > 1 THEN l.present_records - 1 ELSE 0 END)
    FROM live l JOIN employee e ON e.id = l.employee_id WHERE l.rn = 1 GROUP BY 1, 2, 3
    """
    for row in db.execute_sql(sql, [event.id, *flag_params]):
        cell = grid.setdefault((row[0], row[1]), Counts())
        counts = cell if row[2] else cell.outside
        counts.present, counts.signed, counts.late = (int(v or 0) for v in row[3:6])
        counts.codes = {code: int(v or 0) for code, v in zip(ABSENCE_CODES, row[6:11], strict=True)}
        counts.duplicates = int(row[11] or 0)
    return grid


def tally(event: Event, by: str = "all", grid: dict | None = None) -> dict:
    """Counts grouped by 'all' (key 1), 'unit' (unit id) or 'category'. Pass the same *grid*
    (from `count_grid`) to get several groupings from one query."""
    key_of = {"all": lambda unit, cat: 1, "unit": lambda unit, cat: unit, "category": lambda unit, cat: cat}[by]
    tallies: dict = {}
    for (unit_id, category), counts in (grid if grid is not None else _grid(event)).items():
        tallies.setdefault(key_of(unit_id, category), Counts()).add(counts)
    return tallies


def event_counts(event: Event, grid: dict | None = None) -> Counts:
    """The whole event: the invited, and the people apart in `.outside`."""
    return tally(event, grid=grid).get(1, Counts())


def count_grid(event: Event) -> dict[tuple, Counts]:
    return _grid(event)


def _by_unit(event: Event, grid: dict | None) -> list[UnitCounts]:
    units = {u.id: u for u in Unit.select()}
    result = []
    for unit_id, counts in tally(event, by="unit", grid=grid).items():
        unit = units.get(unit_id)
        result.append(UnitCounts(**vars(counts), unit_id=unit_id, unit_name=unit.name if unit else "-"))
    order = {u.id: (u.sort_order, u.name) for u in units.values()}
    result.sort(key=lambda c: (c.unit_id is None, order.get(c.unit_id, (0, ""))))
    return result


def unit_counts(event: Event, grid: dict | None = None) -> list[UnitCounts]:
    """Per unit with people expected (an invited unit), in the units' order; people without a unit
    come last as unit_id None. A unit not invited has no row: its people who came are in
    `outside_unit_counts`; an invited unit's own walk-ins are in its row's `outside`."""
    return [u for u in _by_unit(event, grid) if u.expected]


def outside_unit_counts(event: Event, grid: dict | None = None) -> list[UnitCounts]:
    """The people di luar daftar peserta per unit (in `.outside`; expected 0), in the units' order."""
    return [u for u in _by_unit(event, grid) if u.outside.people]


def category_counts(event: Event, grid: dict | None = None) -> dict[str, Counts]:
    """Counts per employee category (PNS, PPPK, PPPK_PW, NON_ASN), same rules as event_counts; a
    category with nobody expected has no entry."""
    return {key or "": counts for key, counts in tally(event, by="category", grid=grid).items() if counts.expected}


def roster_size() -> tuple[int, int]:
    """(active employees, units) in the database."""
    people = Employee.select().where(Employee.active == 1).count()
    return people, Unit.select().count()


def counts_by_event(event_ids) -> dict[str, Counts]:
    """{event id: Counts}; may run on a worker thread (peewee gives it its own connection)."""
    found = {e.id: e for e in Event.select().where(Event.id.in_(list(event_ids)))}
    return {event_id: event_counts(found[event_id]) for event_id in event_ids if event_id in found}
