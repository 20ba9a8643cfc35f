"""Desk → file → BKPSDM: what one desk recorded arrives whole at a hub, however empty its roster."""
from __future__ import annotations

import json
import re
import zipfile
from datetime import date

from test_sync_support import (
    WALK_IN_NIK,
    joined,
    merge_into,
    organizer,
    person,
    pin,
    sign,
    the_event,
)

from ikrar.models.checkin import check_in, mark_absence, mark_cannot_sign, register_walk_in, void_person
from ikrar.models.demo.build import demo_strokes
from ikrar.models.desk import local_desk
from ikrar.models.events import create_event
from ikrar.models.queries.counts import event_counts
from ikrar.models.queries.coverage import coverage, not_signed, total
from ikrar.models.queries.people import people
from ikrar.models.queries.signatures import signatures_of
from ikrar.models.store.schema import Desk, Employee, ReceivedFile
from ikrar.models.sync.dump import canonical_dump
from ikrar.models.sync.export import export_sync
from ikrar.models.sync.merge import import_file


def _desk_state(event_id):
    """What the desk shows for the event, by person code, for comparing desk and hub."""

    rows = {(r.nip or r.name): (r.status, r.signed, r.recorded_at, r.note) for r in people(the_event(event_id)) if r.status}
    strokes = {s.id: (s.strokes, s.pact_sha256, s.signed_at) for s in signatures_of(the_event(event_id))}
    return rows, strokes


def test_round_trip_desk_to_empty_hub(world):
    event_id, _ = organizer(world)
    for i in range(5):
        pin(7, 10 + i)
        sign(the_event(event_id), i, seed=i)
    mark_absence(the_event(event_id), person(5), "DL", note="tugas luar")
    mark_cannot_sign(the_event(event_id), person(6), "tangan cedera")
    void_person(the_event(event_id), person(4), "salah orang")
    register_walk_in(the_event(event_id), WALK_IN_NIK, "Siti Honorer", position="Tenaga Kontrak")
    desk_id, desk_key = local_desk().id, bytes(local_desk().public_key)
    before = _desk_state(event_id)
    path = export_sync(the_event(event_id), world.files)

    assert re.fullmatch(r"SEMUA_APEL-NETRALITAS-ASN_2026-11-23_MEJA-A-[0-9A-F]{8}\.ikrar", path.name)
    assert not list(world.files.glob("*.part"))
    with zipfile.ZipFile(path) as archive:  # any zip tool can open it
        assert archive.testzip() is None
        manifest = json.loads(archive.read("manifest.json"))
        assert sorted(archive.namelist()) == sorted(["manifest.json", "manifest.sig", *manifest["members"]])
    assert manifest["kind"] == "sync" and manifest["desk"]["id"] == desk_id and manifest["format_version"] == 2
    assert manifest["counts"]["attendances"] == 8 and manifest["counts"]["signatures"] == 5
    assert [e["id"] for e in manifest["events"]] == [event_id]

    reports, _ = merge_into(world, "hub", [path])
    report = reports[0]
    assert report.ok and report.new["attendances"] == 8 and report.new["signatures"] == 5
    assert report.new["people"] == 8 and report.new["events"] == 1 and not report.duplicates
    assert _desk_state(event_id) == before  # the same people, codes, times, notes and strokes
    desk = Desk.get_by_id(desk_id)
    assert not desk.is_local and bytes(desk.public_key) == desk_key and desk.private_key is None
    assert Employee.get(Employee.nik == WALK_IN_NIK).is_walk_in
    voided = [a for a in the_event(event_id).attendances if a.voided_at]
    assert len(voided) == 1 and voided[0].void_reason == "salah orang"


def test_merging_the_same_file_again_changes_nothing(world):
    event_id, _ = organizer(world)
    for i in range(3):
        sign(the_event(event_id), i, seed=i)
    path = export_sync(the_event(event_id), world.files)
    _first, dump = merge_into(world, "hub", [path])
    again = import_file(path)  # the very same bytes: said so, not read again
    assert again.ok and again.already_merged and not again.new and canonical_dump() == dump
    ReceivedFile.delete().execute()  # the same records from a file not kept here: applied, all known
    again = import_file(path)
    assert again.ok and not again.already_merged and not again.new.get("attendances")
    assert again.known["attendances"] == 3 and again.known["signatures"] == 3 and canonical_dump() == dump


def test_two_desks_overlap_one_counts_the_other_is_a_noted_duplicate(world):
    event_id, package = organizer(world)
    joined(world, "b", package)
    pin(7, 5)
    sign(the_event(event_id), 0, seed=1)  # B is earlier for person 0
    b_file = export_sync(the_event(event_id), world.files)
    world.use("a")
    pin(7, 9)
    sign(the_event(event_id), 0, seed=2)
    sign(the_event(event_id), 1, seed=3)
    a_file = export_sync(the_event(event_id), world.files)

    reports, _ = merge_into(world, "hub", [a_file, b_file])
    assert all(r.ok for r in reports)
    dup = reports[1].duplicates
    assert len(dup) == 1 and dup[0]["counts"]["desk_name"] == "Meja B" and dup[0]["others"][0]["desk_name"] == "Meja A"
    row = next(r for r in people(the_event(event_id)) if r.employee_id == person(0).id)
    assert Desk.get_by_id(row.desk_id).name == "Meja B" and row.duplicates == 1
    assert event_counts(the_event(event_id)).present == 2 and event_counts(the_event(event_id)).duplicates == 1

    world.use("b")  # B voids its record later: A's now counts at the hub, worked out, not stored
    pin(8, 0)
    void_person(the_event(event_id), person(0), "salah scan")
    b_again = export_sync(the_event(event_id), world.files)
    world.use("hub")
    report = import_file(b_again)
    assert report.ok and report.new["voids"] == 1 and not report.duplicates
    row = next(r for r in people(the_event(event_id)) if r.employee_id == person(0).id)
    assert Desk.get_by_id(row.desk_id).name == "Meja A" and row.duplicates == 0 and row.signed


def test_hub_with_its_own_roster_matches_people_by_nip_and_nik(world):
    event_id, _ = organizer(world)
    sign(the_event(event_id), 0, seed=0)
    sign(the_event(event_id), 1, seed=1)
    path = export_sync(the_event(event_id), world.files)
    reports, _ = merge_into(world, "hub", [path], with_roster=True)
    assert reports[0].ok and not reports[0].new.get("people") and reports[0].known["people"] == 2
    assert Employee.select().count() == 30
    rows = {c.unit_name: c for c in coverage()}
    assert sum(c.signed for c in rows.values()) == 2 and sum(c.employees for c in rows.values()) == 30
    assert rows["Dinas Pendidikan"].signed == 0 and rows["Dinas Pendidikan"].not_signed == 10
    missing = not_signed([rows["Dinas Kesehatan"].unit_id])
    assert person(0).id not in {p.employee_id for p in missing} and len(missing) == rows["Dinas Kesehatan"].not_signed


def test_coverage_counts_a_signature_at_any_event_and_ignores_voided_ones(world):

    event_id, _ = organizer(world)
    other = create_event("Penandatanganan Pakta Dinas Pendidikan", date(2026, 11, 24), kind="pakta")
    sign(the_event(event_id), 0, seed=0)
    sign(the_event(event_id), 1, seed=1)
    void_person(the_event(event_id), person(1), "keliru")
    check_in(other, person(2), strokes=demo_strokes(3))
    check_in(other, person(0), strokes=demo_strokes(4))  # signed twice: counted once
    assert total(coverage()).signed == 2 and total(coverage()).employees == 30
