"""Units (OPD): their order, an event's expected units, the choices the window offers, and how a
unit's name from a file finds the unit here (unit_key)."""
from __future__ import annotations

from dataclasses import dataclass

from peewee import JOIN, fn

from ikrar.models.store.schema import Employee, Event, EventUnit, Unit


def unit_key(name: str) -> str:
    """What a unit's name is matched by, spacing and case aside: the roster import and the sync merge
    find an existing unit by it, and create one only when no unit has the key."""
    return " ".join(name.split()).casefold()


def units_in_order() -> list[Unit]:
    return list(Unit.select().order_by(Unit.sort_order, Unit.name))


def expected_unit_ids(event: Event) -> list[int] | None:
    """None means all units."""
    if event.all_units:
        return None
    return [eu.unit_id for eu in EventUnit.select().where(EventUnit.event == event)]


@dataclass
class UnitChoice:
    id: int
    name: str
    people: int  # active employees


def unit_choices() -> list[UnitChoice]:
    """Every unit in the roster's order, with its number of active employees."""
    count = fn.COUNT(Employee.id)
    query = (Unit.select(Unit.id, Unit.name, count.alias("people"))
             .join(Employee, JOIN.LEFT_OUTER, on=(Employee.unit == Unit.id) & (Employee.active == 1))
             .group_by(Unit.id).order_by(Unit.sort_order, Unit.name))
    return [UnitChoice(u.id, u.name, u.people) for u in query]


def units_by_ids(ids) -> list[Unit]:
    ids = list(ids)
    if not ids:
        return []
    found = {u.id: u for u in Unit.select().where(Unit.id.in_(ids))}
    return [found[i] for i in ids if i in found]


def unit_by_id(unit_id: int | None) -> Unit | None:
    return Unit.get_or_none(Unit.id == unit_id) if unit_id is not None else None
