"""Event packages: the organizer hands the event, its pact and the roster of its units to other desks."""
from __future__ import annotations

from test_sync_support import joined, organizer, person, pin, sign, the_event

from ikrar.models import clock
from ikrar.models.demo.build import generate_people, insert_people
from ikrar.models.events import expected_units, update_event
from ikrar.models.store.connection import db
from ikrar.models.store.schema import Desk, Employee, PactText
from ikrar.models.sync.export import export_sync
from ikrar.models.sync.package import export_package, import_package


def _attendance_rows():
    return db.execute_sql("SELECT * FROM attendance ORDER BY id").fetchall(), \
        db.execute_sql("SELECT * FROM signature ORDER BY id").fetchall()


def test_package_gives_the_same_event_ready_for_check_in(world):
    event_id, package = organizer(world)
    assert package.name.endswith("_PAKET.ikrar")
    pact = the_event(event_id).pact_sha256
    joined(world, "b", package)
    event = the_event(event_id)  # the same UUID
    assert event.title == "Apel Netralitas ASN" and event.pact_sha256 == pact and PactText.get_by_id(pact).text
    assert sorted(u.name for u in expected_units(event)) == ["Dinas Kesehatan", "Inspektorat"]
    assert Employee.select().count() == 20  # only the expected units' roster
    assert Desk.select().where(~Desk.is_local).count() == 1
    result = sign(event, 3, seed=3)
    assert result.created and result.signature.pact_sha256 == pact


def test_a_newer_package_updates_the_event_adds_people_and_never_changes_known_people(world):
    event_id, first = organizer(world)
    joined(world, "b", first)
    pin(7, 10)
    sign(the_event(event_id), 0, seed=0)
    sign(the_event(event_id), 1, seed=1)
    before = _attendance_rows()

    world.use("a")  # the organizer fixes the roster and the event
    pin(9, 0)

    Employee.update(position="Kepala Seksi", updated_at=clock.iso(clock.now())).where(Employee.id == person(0).id).execute()
    Employee.update(active=False, updated_at=clock.iso(clock.now())).where(Employee.id == person(2).id).execute()
    newcomer = generate_people(1, seed=99, units=["Inspektorat"])
    insert_people(newcomer)
    update_event(the_event(event_id), approver_name="Drs. Budi Santoso")
    second = export_package(the_event(event_id), world.files / "later.ikrar")

    world.use("b")
    report = import_package(second)
    assert report.ok and report.updated["events"] == 1 and not report.updated["people"] and report.new["people"] == 1
    # only this database's own roster import renames or deactivates people
    assert person(0).position != "Kepala Seksi" and person(2).active
    assert Employee.get(Employee.nip == newcomer[0]["nip"]).unit.name == "Inspektorat"
    assert the_event(event_id).approver_name == "Drs. Budi Santoso"
    assert _attendance_rows() == before

    stale = import_package(first)  # the older package again: nothing goes back
    assert stale.ok and not stale.updated
    assert the_event(event_id).approver_name == "Drs. Budi Santoso"


def test_package_import_refuses_a_sync_file(world):
    event_id, _ = organizer(world)
    path = export_sync(the_event(event_id), world.files)
    world.use("b")
    report = import_package(path)
    assert not report.ok and report.code == "wrong_kind"
