"""Makes tests/data/schema_v1.db: a database as the first release wrote it (schema version 1),
kept in the repository so every later migration is tested against real old data. Run once; the
committed file must not be regenerated after version 1 is superseded."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from ikrar.models import clock
from ikrar.models.checkin import check_in, void_attendance
from ikrar.models.demo.build import demo_strokes, generate_people, insert_people
from ikrar.models.events import create_event, resolve_units
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.models.store.schema import Employee

ROOT = Path(__file__).resolve().parents[2]


target = Path(__file__).with_name("schema_v1.db")
for suffix in ("", "-wal", "-shm"):
    Path(str(target) + suffix).unlink(missing_ok=True)
clock.set_clock(datetime(2026, 11, 23, 7, 20, tzinfo=timezone(timedelta(hours=7))))
database = open_database(target)
insert_people(generate_people(40, seed=1, units=["Dinas Kesehatan", "Dinas Pendidikan"]))
event = create_event("Apel v1", date(2026, 11, 23), units=resolve_units(["Dinas Kesehatan"]))
people = list(Employee.select().order_by(Employee.id).limit(5))
for i, person in enumerate(people[:4]):
    check_in(event, person, strokes=demo_strokes(i))
void_attendance(check_in(event, people[4]).attendance, "salah orang")
database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
database.execute_sql("PRAGMA journal_mode=DELETE")  # one self-contained file
close_database()
print(target)
