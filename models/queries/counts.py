"""How many: expected, present, signed, absent per event, unit and category."""
from __future__ import annotations

from dataclasses import dataclass, field

from ikrar.models.queries.record import LIVE_CTE, expected_sql
from ikrar.models.store.connection import db
from ikrar.models.store.schema import (
    ABSENCE_CODES,
    Employee,
    Event,
    Unit,
)


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


def _grid(event: Event) -> dict[tuple, Counts]:
    """Counts per (unit id, category), aggregated in SQL: an apel may hold records for most of a
    100,000-person roster, too many to walk in Python."""
    ids_sql, params = expected_sql(event)
    grid: dict[tuple, Counts] = {}
    for unit_id, category, expected in db.execute_sql(
        f"SELECT e.unit_id, e.category, COUNT(*) FROM ({ids_sql}) x JOIN employee e ON e.id = x.id GROUP BY 1, 2",
        params,
    ):
        grid[(unit_id, category)] = Counts(expected=expected)
    codes = ", ".join(f"SUM(l.status = '{code}')" for code in ABSENCE_CODES)
    sql = LIVE_CTE + f"""
    SELECT e.unit_id, e.category, SUM(l.status = 'H'), SUM(l.status = 'H' AND l.signed),
        SUM(l.status = 'H' AND l.late), {codes}, SUM(MAX(l.present_records - 1, 0))
    FROM live l JOIN employee e ON e.id = l.employee_id WHERE l.rn = 1 GROUP BY 1, 2
    """
    for row in db.execute_sql(sql, [event.id]):
        counts = grid.setdefault((row[0], row[1]), Counts())
        counts.present, counts.signed, counts.late = (int(v or 0) for v in row[2:5])
        counts.codes = {code: int(v or 0) for code, v in zip(ABSENCE_CODES, row[5:10], strict=True)}
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


def category_counts(event: Event, grid: dict | None = None) -> dict[str, Counts]:
    """Counts per employee category (PNS, PPPK, PPPK_PW, NON_ASN), same rules as event_counts."""
    return {key or "": counts for key, counts in tally(event, by="category", grid=grid).items()}


def roster_size() -> tuple[int, int]:
    """(active employees, units) in the database."""
    people = Employee.select().where(Employee.active == 1).count()
    return people, Unit.select().count()


def counts_by_event(event_ids) -> dict[str, Counts]:
    """{event id: Counts}; may run on a worker thread (peewee gives it its own connection)."""
    found = {e.id: e for e in Event.select().where(Event.id.in_(list(event_ids)))}
    return {event_id: event_counts(found[event_id]) for event_id in event_ids if event_id in found}
