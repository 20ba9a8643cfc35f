"""Named look-ups the window's start screen, dialogs and attendance view need (no Qt here)."""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from peewee import JOIN, fn

from .db import db
from .queries import Counts, event_counts
from .schema import Employee, Event, Unit


@dataclass
class UnitChoice:
    id: int
    name: str
    people: int  # active employees


def roster_size() -> tuple[int, int]:
    """(active employees, units) in the database."""
    people = Employee.select().where(Employee.active == True).count()
    return people, Unit.select().count()


def unit_choices() -> list[UnitChoice]:
    """Every unit in the roster's order, with its number of active employees."""
    count = fn.COUNT(Employee.id)
    query = (Unit.select(Unit.id, Unit.name, count.alias("people"))
             .join(Employee, JOIN.LEFT_OUTER, on=(Employee.unit == Unit.id) & (Employee.active == True))
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


def employee_by_id(employee_id: int) -> Employee:
    return Employee.get_by_id(employee_id)


def counts_by_event(event_ids) -> dict[str, Counts]:
    """{event id: Counts}; may run on a worker thread (peewee gives it its own connection)."""
    found = {e.id: e for e in Event.select().where(Event.id.in_(list(event_ids)))}
    return {event_id: event_counts(found[event_id]) for event_id in event_ids if event_id in found}


def database_folder() -> Path | None:
    """The folder of the open database file (None for an in-memory database)."""
    name = getattr(db.obj, "database", None)
    if not name or name == ":memory:":
        return None
    return Path(name).resolve().parent


def store_logo(source) -> Path:
    """Copy the letterhead logo next to the database, so the reports still find it when the
    original (a USB stick, Downloads) is gone. Returns the stored copy's path."""
    source = Path(source)
    folder = database_folder() or source.parent
    target = folder / f"logo{source.suffix.lower()}"
    if source.resolve() != target.resolve():
        shutil.copyfile(source, target)
    return target
