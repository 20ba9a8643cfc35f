"""The trust model as an attacker meets it (issue 12, T1-T3): a rogue desk is simply a second real
database whose owner edits its own rows before exporting. Whatever it sends, the honest desks' records
at the hub come out the same; a copied key shows as a conflict; only an event's owner changes it;
a hub passes files on in a bundle it cannot change, and its decisions count only where it is trusted.
"""
from __future__ import annotations

import hashlib
import itertools
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as settings_h
from hypothesis import strategies as st
from test_sync_support import World, joined, organizer, person, pin, roster, sign, the_event

from ikrar.models import settings
from ikrar.models.checkin import check_in, void_attendance, void_person
from ikrar.models.desk import local_desk, rename_local_desk
from ikrar.models.errors import Refused
from ikrar.models.events import update_event
from ikrar.models.queries.counts import event_counts
from ikrar.models.store import migrations, received
from ikrar.models.store.connection import close_database, db
from ikrar.models.store.opening import open_database
from ikrar.models.store.schema import Attendance, Desk, Employee, Event, Signature, Void, record_id, record_uuid
from ikrar.models.sync import container, crypto, owner
from ikrar.models.sync.bundle import export_bundle
from ikrar.models.sync.crypto import desk_id_of
from ikrar.models.sync.decisions import decide
from ikrar.models.sync.dump import canonical_dump
from ikrar.models.sync.export import collect, export_sync
from ikrar.models.sync.manifest import read_file, write_file
from ikrar.models.sync.merge import import_file, merge_files
from ikrar.models.sync.records import canonical
from ikrar.ui.cli.app import run


@pytest.fixture
def town(world):
    """Organizer A (9 people signed), desk B (3 signed) and a rogue desk R, all from A's package."""
    return make_town(world)


def make_town(world):
    event_id, package = organizer(world, "a")
    joined(world, "b", package)
    joined(world, "r", package)
    world.use("a")
    for i in range(9):
        pin(7, 10 + i)
        sign(the_event(event_id), i, seed=i)
    a1 = export_sync(the_event(event_id), world.files / "A1.ikrar")
    world.use("b")
    for i in range(9, 12):
        pin(7, 20 + i)
        sign(the_event(event_id), i, seed=i)
    b1 = export_sync(the_event(event_id), world.files / "B1.ikrar")
    return event_id, package, a1, b1


def rogue_file(world, event_id, name: str, edit) -> object:
    """Desk R's own sync file after *edit*(members, a_records) changed what it holds; signed by R's own
    (genuine) key, as any copy of the program can. a_records: A's records as A's file holds them."""
    a_members = read_file(world.files / "A1.ikrar")
    world.use("r")
    pin(8, 0)
    members = collect([the_event(event_id)])
    edit(members, {name: a_members.records(name) for name in ("attendances.json", "signatures.json", "voids.json",
                                                               "events.json", "people.json")})
    return write_file(world.files / f"{name}.ikrar", "sync", local_desk(), members, events=[])


def hub_state(world, paths, hub: str = "hub", *, with_roster: bool = False):
    """A fresh hub that merged *paths*: (reports, present count, dump of the honest desks' records).
    *with_roster*: the hub imported its own roster first (what it should do: then no file describes
    who is invited; without it, the first file to name a person gives that person's unit)."""
    for suffix in ("", "-wal", "-shm"):
        (world.root / f"{hub}.db{suffix}").unlink(missing_ok=True)
    world.use(hub)
    if with_roster:
        pin(5, 0)
        roster()
    pin(9, 0)
    reports = merge_files(paths)
    event = Event.get_or_none()
    honest = {d.id for d in Desk.select() if d.name in ("Meja A", "Meja B")}
    dump = canonical_dump()
    kept = {k: [r for r in v if any(str(c).startswith(tuple(honest)) for c in r[:3])]
            for k, v in dump.items() if k in ("attendances", "signatures", "voids")}
    return reports, (event_counts(event).present if event else 0), kept


# ---- T1: a file from any key voids nothing of another desk -------------------------------------------

def test_t1_a_rogue_cannot_void_another_desks_check_ins(world, town):
    event_id, _, a1, b1 = town

    def claim_a(members, a):  # voids written as if A made them
        members["voids.json"] = [{"id": f"{i:08d}-0000-4000-8000-000000000000", "attendance": r["id"],
                                  "desk": r["desk"], "voided_at": "2026-11-23T07:59:00.000+07:00",
                                  "reason": "batal"} for i, r in enumerate(a["attendances.json"])]

    def copy_uuids(members, a):  # A's UUIDs as its own records, then voided by itself
        me = local_desk().id
        members["people.json"] = a["people.json"]
        members["events.json"] = a["events.json"]
        members["attendances.json"] = [{**r, "desk": me} for r in a["attendances.json"]]
        members["voids.json"] = [{"id": f"{i:08d}-0000-4000-8000-000000000001", "attendance": r["id"], "desk": me,
                                  "voided_at": "2026-11-23T07:59:00.000+07:00", "reason": "batal"}
                                 for i, r in enumerate(a["attendances.json"])]

    forged = rogue_file(world, event_id, "claims-a", claim_a)
    copied = rogue_file(world, event_id, "copies-a", copy_uuids)
    reports, present, honest = hub_state(world, [a1, b1])
    assert present == 12
    for order in ([forged, a1, copied, b1], [a1, b1, copied, forged], [copied, forged, b1, a1]):
        reports, after, same = hub_state(world, order)
        assert after == 12 and same == honest
        by_path = {r.path: r for r in reports}
        assert not by_path[str(forged)].ok and by_path[str(forged)].code == "foreign_record"
        assert "only the records of the desk that signed it" in by_path[str(forged)].reason("en")
        assert by_path[str(copied)].ok  # its copies are its own records, voided by itself: A's stay


def test_t1_void_counts_only_from_the_recording_desk_or_this_hubs_admin(world, town):
    event_id, _, a1, b1 = town
    world.use("b")
    assert import_file(a1).ok  # B merged A's file: A's records, B's to look at
    pin(8, 0)
    void_person(the_event(event_id), person(0), "dibatalkan di B")  # at B: an admin void of B's own
    assert Void.get().admin and event_counts(the_event(event_id)).present == 11
    b2 = export_sync(the_event(event_id), world.files / "B2.ikrar")
    assert not read_file(b2).records("voids.json")  # B's file carries no void of A's record
    reports, present, _ = hub_state(world, [a1, b2])
    assert all(r.ok for r in reports) and present == 12


# ---- T2: a desk is its key -----------------------------------------------------------------------------

def test_t2_another_files_desks_list_binds_no_key(world, town):
    event_id, _, a1, _ = town

    def name_a_with_my_key(members, a):
        members["desks.json"] = [{"id": read_file(a1).desk_id, "name": "Meja A", "public_key": "AAAA",
                                  "created_at": "2026-11-23T06:00:00+07:00"}]

    forged = rogue_file(world, event_id, "desks", name_a_with_my_key)
    reports, present, _ = hub_state(world, [forged, a1])
    assert all(r.ok for r in reports) and present == 9
    a_desk = Desk.get_by_id(read_file(a1).desk_id)
    assert desk_id_of(a_desk.public_key) == a_desk.id and a_desk.name == "Meja A"


# ---- T3: only an event's owner changes it; files never rename people ---------------------------------

def test_t3_a_rogue_can_neither_change_the_event_nor_claim_its_id(world, town):
    event_id, package, a1, _ = town

    def retitle(members, a):
        members["events.json"][0]["title"] = "Dibatalkan"  # the owner's signature no longer matches
        members["events.json"][0]["closed"] = True

    def resign_as_mine(members, a):
        me = local_desk()
        event = {k: v for k, v in members["events.json"][0].items() if k not in owner.PROOF}
        event.update(owner=me.id, title="Dibatalkan", updated_at="2027-01-01T00:00:00.000+07:00")
        members["events.json"][0] = {**event, "owner_key": crypto.b64(me.public_key), "signature": crypto.b64(
            crypto.sign(me.private_key, canonical(event).encode()))}

    retitled = rogue_file(world, event_id, "retitle", retitle)
    claimed = rogue_file(world, event_id, "claim", resign_as_mine)
    for path in (retitled, claimed):
        reports, _, _ = hub_state(world, [package, path])
        assert not reports[1].ok and reports[1].member == "events.json"
        assert "owner's signature does not match" in reports[1].reason("en")
        assert the_event(event_id).title == "Apel Netralitas ASN" and not the_event(event_id).closed
    world.use("r")
    with pytest.raises(Refused) as refused:
        update_event(the_event(event_id), title="Dibatalkan")  # not even at its own desk
    assert refused.value.code == "not_owner" and "dibuat oleh meja lain" in refused.value.id_text


def test_t3_files_never_rename_or_deactivate_known_people(world, town):
    event_id, package, a1, _ = town

    def rename_everyone(members, a):
        members["people.json"] = [{**p, "name": "NAMA PALSU", "active": False,
                                   "updated_at": "2027-01-01T00:00:00.000+07:00"} for p in a["people.json"]]
        members["attendances.json"] = []
        members["signatures.json"] = []

    renamed = rogue_file(world, event_id, "rename", rename_everyone)
    reports, present, _ = hub_state(world, [package, renamed, a1])
    assert all(r.ok for r in reports) and present == 9
    assert Employee.select().where((Employee.name == "NAMA PALSU") | (Employee.active == 0)).count() == 0


def test_the_owners_later_version_changes_the_event_everywhere(world, town):
    event_id, package, a1, _ = town
    world.use("a")
    pin(8, 30)
    update_event(the_event(event_id), title="Apel Ikrar Netralitas ASN")
    a2 = export_sync(the_event(event_id), world.files / "A2.ikrar")
    for order in ([package, a1, a2], [a2, a1, package]):
        reports, _, _ = hub_state(world, order)
        assert all(r.ok for r in reports) and the_event(event_id).title == "Apel Ikrar Netralitas ASN"


# ---- conflicts: only a copied key makes two records of one desk and UUID -----------------------------

@pytest.mark.sqlite_only  # a desk's database file copied, key and all: a desk is a SQLite file
def test_a_copied_key_shows_as_a_conflict_and_the_lower_hash_stays(world, town):
    event_id, _, a1, _ = town
    shutil.copy(world.root / "a.db", world.root / "a-copy.db")  # the desk's database, key and all, copied
    world.use("a-copy")
    db.execute_sql("UPDATE attendance SET status = 'TK', recorded_at = '2026-11-23T07:10:30.000+07:00', "
                   "recorded_utc = '2026-11-23T00:10:30.000Z' WHERE recorded_utc = "
                   "(SELECT MIN(recorded_utc) FROM attendance)")
    db.execute_sql("DELETE FROM signature WHERE attendance_id NOT IN (SELECT id FROM attendance WHERE status = 'H')")
    forged = export_sync(the_event(event_id), world.files / "copy.ikrar")
    states = []
    for order in ([a1, forged], [forged, a1]):
        reports, present, honest = hub_state(world, order)
        assert all(r.ok for r in reports), [r.reason("en") for r in reports]
        conflicts = [c for r in reports for c in r.conflicts]
        assert conflicts and {c["kind"] for c in conflicts} == {"attendance"}
        assert not any(r.known.get("attendances") == 9 for r in reports[1:])  # never "already known"
        states.append(honest)
    assert states[0] == states[1]


# ---- bundles ------------------------------------------------------------------------------------------

def test_a_bundle_passes_desk_files_on_unchanged_and_its_decisions_count_once_trusted(world, town):
    event_id, _, a1, b1 = town
    world.use("hub")
    pin(9, 0)
    assert all(r.ok for r in merge_files([a1, b1]))
    settings.set_admin_pin("2468")
    b_desk = read_file(b1).desk_id
    decide(b_desk[:8], "reject", reason="meja tidak dikenal", pin="2468")
    voided = Attendance.select().where(Attendance.desk == read_file(a1).desk_id).order_by(Attendance.id).first()
    void_attendance(voided, "orang salah")  # an admin void of A's record, by the hub
    assert event_counts(the_event(event_id)).present == 8
    bundle = export_bundle(world.files / "bundle.ikrar")[0]
    members = {n: bytes(c) for n, (c, _s) in container.read(bundle.read_bytes()).items()}
    assert {a1.read_bytes(), b1.read_bytes()} <= set(members.values())  # byte for byte as signed

    world.use("province")
    pin(10, 0)
    report = import_file(bundle)
    assert report.ok and report.kind == "bundle" and len(report.new_desks) == 3
    assert report.hubs and not report.hubs[0]["trusted"] and report.hubs[0]["decisions"] == 2
    assert event_counts(the_event(event_id)).present == 12  # the hub's decisions wait for trust
    again = import_file(bundle)
    assert again.ok and not again.new.get("attendances") and not again.new.get("voids")
    decide(report.desk_id, "trust")
    assert event_counts(the_event(event_id)).present == 8
    assert Desk.get_by_id(b_desk).rejected
    decide(report.desk_id, "accept")  # trust withdrawn: back to the desks' own records
    assert event_counts(the_event(event_id)).present == 12


def test_a_changed_file_inside_a_bundle_refuses_the_bundle(world, town):
    event_id, _, a1, b1 = town
    world.use("hub")
    merge_files([a1, b1])
    bundle = export_bundle(world.files / "bundle.ikrar")[0]
    data = bytearray(bundle.read_bytes())
    where = bytes(data).find(a1.read_bytes()[200:260])
    data[where + 10] ^= 0x01
    (world.files / "bad-bundle.ikrar").write_bytes(bytes(data))
    world.use("province")
    before = canonical_dump()
    report = import_file(world.files / "bad-bundle.ikrar")
    assert not report.ok and canonical_dump() == before


def test_a_rogue_bundle_rejecting_every_honest_desk_changes_nothing(world, town):
    event_id, _, a1, b1 = town
    world.use("r")
    assert all(r.ok for r in merge_files([a1, b1]))
    for desk_id in (read_file(a1).desk_id, read_file(b1).desk_id):
        decide(desk_id, "reject", reason="palsu")
    rogue_bundle = export_bundle(world.files / "rogue-bundle.ikrar")[0]
    reports, present, honest = hub_state(world, [a1, b1])
    assert present == 12
    reports, present_after, same = hub_state(world, [rogue_bundle, a1, b1])
    assert all(r.ok for r in reports) and present_after == 12 and same == honest


# ---- format and old data ------------------------------------------------------------------------------

def test_a_version_1_file_is_refused_asking_for_a_re_export(world, town):
    event_id, _, a1, _ = town
    entries = container.read(a1.read_bytes())
    manifest = json.loads(entries["manifest.json"][0])
    manifest["format_version"] = 1
    raw = (json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
    world.use("a")
    signature = crypto.sign(local_desk().private_key, raw)
    rest = [container.pack(n, c) for n, (c, _s) in entries.items() if not n.startswith("manifest.")]
    old = world.files / "old.ikrar"
    old.write_bytes(container.build([container.pack("manifest.json", raw, compress=False),
                                     container.pack("manifest.sig", signature, compress=False), *rest]))
    world.use("hub")
    report = import_file(old)
    assert not report.ok and report.code == "format_version"
    assert "update Ikrar and export its sync file again" in report.reason("en") and "Meja A" in report.reason("en")


@pytest.mark.parametrize(("member", "field", "value", "said"), [
    ("people.json", "name", "Budi\x00\x1b[31m", "contains control characters"),
    ("people.json", "nip", "19900101201503100X", "is invalid"),
    ("attendances.json", "recorded_at", "kemarin", "is not an ISO 8601 time"),
    ("attendances.json", "recorded_utc", "2026-11-23T01:00:00.000Z", "differs from its local time"),
    ("attendances.json", "status", "HADIR", "must be one of"),
    ("attendances.json", "note", "x" * 5000, "is too long"),
    ("signatures.json", "signed_at", "2026-13-45T99:00:00+07:00", "is not an ISO 8601 time"),
    ("voids.json", "voided_at", "2026-11-23 07:00", "is not an ISO 8601 time"),
])
def test_every_field_from_a_file_is_checked_as_if_typed(world, town, member, field, value, said):
    event_id, _, a1, _ = town
    world.use("a")
    pin(8, 0)
    void_person(the_event(event_id), person(8), "salah")
    members = collect([the_event(event_id)])
    members[member][0][field] = value
    bad = write_file(world.files / "bad.ikrar", "sync", local_desk(), members, events=[])
    world.use("hub")
    before = canonical_dump()
    report = import_file(bad)
    reason = report.reason("en")
    assert not report.ok and report.member == member and f"field '{field}' {said}" in reason, reason
    assert "\x00" not in reason and "\x1b" not in reason and value[:40] not in reason
    assert canonical_dump() == before


def test_migration_3_gives_the_local_desk_its_key_id_and_keys_records_by_desk(tmp_path):
    plain = tmp_path / "plain.db"
    merged = tmp_path / "merged.db"
    for path in (plain, merged):
        shutil.copy(migrations_v1_db(), path)
    with sqlite3.connect(merged) as conn:  # this one had merged another desk's file before
        conn.execute("INSERT INTO desk (id, name, is_local, created_at) VALUES ('other', 'Meja X', 0, '2026-01-01')")
    open_database(plain)
    try:
        desk = local_desk()
        assert desk.id == desk_id_of(desk.public_key)
        assert all(a.id.startswith(f"{desk.id}:") and a.desk_id == desk.id for a in Attendance.select())
        assert all(s.attendance_id.startswith(f"{desk.id}:") for s in Signature.select())
        assert Void.select().count() == 1 and Attendance.select().where(Attendance.voided_at.is_null(False)).count() == 1
        event = Event.get()
        assert event.owner == desk.id and event.id == owner.event_id(desk.id, event.nonce)
        assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
        assert not settings.get("merged_before_trust_model")
        assert len(record_uuid(Attendance.get().id)) == 36 and record_id(desk.id, "u") == f"{desk.id}:u"
    finally:
        close_database()
    open_database(merged)
    try:
        assert settings.get("merged_before_trust_model") and Event.get().owner is None
        assert migrations.current_version(db.obj) == migrations.SCHEMA_VERSION
    finally:
        close_database()


def migrations_v1_db():
    return Path(__file__).parent / "data" / "schema_v1.db"


def test_a_present_record_counts_over_another_desks_absence_mark_which_stays(world, town):
    event_id, _, a1, b1 = town
    world.use("b")
    pin(8, 0)
    check_in(the_event(event_id), person(15), method="manual", status="S", note="surat dokter")
    b2 = export_sync(the_event(event_id), world.files / "B2.ikrar")
    world.use("a")
    pin(8, 5)
    sign(the_event(event_id), 15, seed=15)  # she came after all, to desk A
    a2 = export_sync(the_event(event_id), world.files / "A2.ikrar")
    for order in ([a2, b2], [b2, a2]):
        reports, present, _ = hub_state(world, order)
        assert all(r.ok for r in reports) and present == 13
        marks = Attendance.select().where(Attendance.status == "S")
        assert marks.count() == 1 and marks.get().voided_at is None  # kept in the history, not voided



# ---- order-independence, with rogue files among the honest ones ----------------------------------------

@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    """Honest files (A1, B1, A2 with a void) and rogue ones (refused claims, copied UUIDs voided by the
    rogue itself, renamed people, a bundle rejecting the honest desks), made once for the property."""
    world = World(tmp_path_factory.mktemp("trust-property"))
    event_id, package, a1, b1 = make_town(world)
    world.use("a")
    pin(8, 30)
    void_person(the_event(event_id), person(3), "salah orang")
    a2 = export_sync(the_event(event_id), world.files / "A2.ikrar")

    def claim_a(members, a):
        members["voids.json"] = [{"id": "00000000-0000-4000-8000-00000000000a", "attendance": r["id"],
                                  "desk": r["desk"], "voided_at": "2026-11-23T07:59:00.000+07:00", "reason": "x"}
                                 for r in a["attendances.json"][:1]]

    def copy_and_void(members, a):
        me = local_desk().id
        members.update({"people.json": a["people.json"], "events.json": a["events.json"],
                        "attendances.json": [{**r, "desk": me} for r in a["attendances.json"]]})
        members["voids.json"] = [{"id": f"{i:08d}-0000-4000-8000-00000000000b", "attendance": r["id"], "desk": me,
                                  "voided_at": "2026-11-23T06:00:00.000+07:00", "reason": "x"}
                                 for i, r in enumerate(a["attendances.json"])]

    def rename(members, a):
        members["people.json"] = [{**p, "name": "NAMA PALSU", "active": False} for p in a["people.json"]]

    rogue = [rogue_file(world, event_id, "R-claim", claim_a), rogue_file(world, event_id, "R-copy", copy_and_void),
             rogue_file(world, event_id, "R-rename", rename)]
    world.use("r")
    merge_files([a1, b1])
    for desk_id in (read_file(a1).desk_id, read_file(b1).desk_id):
        decide(desk_id, "reject", reason="palsu")
    rogue.append(export_bundle(world.files / "R-bundle.ikrar")[0])
    close_database()
    honest = [package, a1, b1, a2]
    _, present, expected = hub_state(world, honest, hub="expected", with_roster=True)
    close_database()
    yield world, honest, rogue, present, expected
    close_database()


EXAMPLES = itertools.count()


@pytest.mark.slow  # 25 merges of up to eight files
@settings_h(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(st.data())
def test_whatever_rogues_send_honest_records_come_out_the_same(mixed, data):
    world, honest, rogue, present, expected = mixed
    files = honest + data.draw(st.lists(st.sampled_from(rogue), max_size=6))
    order = data.draw(st.permutations(files))
    # a new hub each example (on PostgreSQL a database outlives the file hub_state removes)
    _, got_present, got = hub_state(world, order, hub=f"prop{next(EXAMPLES)}", with_roster=True)
    assert got_present == present and got == expected
    close_database()


def test_a_desks_name_is_the_one_in_its_newest_file_whatever_the_order(world, town):
    event_id, _, a1, _ = town
    world.use("a")
    pin(8, 45)
    rename_local_desk("Meja Pendaftaran Utama")
    a2 = export_sync(the_event(event_id), world.files / "A2.ikrar")
    for order in ([a1, a2], [a2, a1]):
        hub_state(world, order)
        assert Desk.get_by_id(read_file(a1).desk_id).name == "Meja Pendaftaran Utama"


def test_merged_files_are_kept_private_and_old_merges_are_flagged_in_status_and_coverage(world, town, capsys):
    event_id, _, a1, _ = town
    reports, _, _ = hub_state(world, [a1])
    kept = world.root / "received"
    assert reports[0].ok
    if received.kept_on_server():  # a hub on PostgreSQL keeps them on the server, for every operator's bundle
        assert not kept.exists() and received.load(hashlib.sha256(a1.read_bytes()).hexdigest()) == a1.read_bytes()
    else:
        assert [p.read_bytes() for p in kept.iterdir()] == [a1.read_bytes()]
        assert kept.stat().st_mode & 0o777 == 0o700 and all(p.stat().st_mode & 0o777 == 0o600
                                                            for p in kept.iterdir())
    close_database()
    old = world.root / "old-hub.db"
    shutil.copy(migrations_v1_db(), old)
    with sqlite3.connect(old) as conn:
        conn.execute("INSERT INTO desk (id, name, is_local, created_at) VALUES ('x', 'Meja X', 0, '2026-01-01')")
        old_event = conn.execute("SELECT id FROM event").fetchone()[0]
    capsys.readouterr()
    for command in (["coverage"], ["status", "--event", old_event]):
        code = run(["--db", str(old), "--lang", "en", *command])
        close_database()
        out = capsys.readouterr().out
        assert code == 0 and out.startswith("WARNING: this database merged files before the trust update"), out
        assert "merge the original files again into a fresh hub database" in out
