"""Card codes travel: organizer's roster → cards → package → desk → sync file → hub, resolving at each;
two desks that registered one walk-in each made a code, and after they meet both cards work; a file
never changes or takes over a code, and a malformed one refuses the file."""
from __future__ import annotations

from datetime import date

from test_sync_support import WALK_IN_NAME, WALK_IN_NIK, World, pin, the_event

from ikrar.models.card_code import printed
from ikrar.models.cards import card_codes, person_by_card
from ikrar.models.checkin import check_in, register_walk_in
from ikrar.models.desk import local_desk, rename_local_desk
from ikrar.models.events import create_event, resolve_units
from ikrar.models.roster import import_roster
from ikrar.models.store.connection import db
from ikrar.models.store.schema import Attendance, Employee
from ikrar.models.sync.dump import canonical_dump
from ikrar.models.sync.export import collect, export_sync
from ikrar.models.sync.manifest import write_file
from ikrar.models.sync.merge import import_file
from ikrar.models.sync.package import export_package, import_package

ROSTER = """NIP,NIK,NAMA,JABATAN,UNIT KERJA,STATUS
198609262015051001,,BUDI SANTOSO,Analis,Dinas Kesehatan,PNS
199001012015052002,,ANI LESTARI,Analis,Inspektorat,PNS
,3201014501900011,SITI AMINAH,Tenaga Kontrak,Dinas Kesehatan,NON ASN
,3201015502910012,RINA WATI,Tenaga Kontrak,Inspektorat,NON ASN
,3201016603920013,JOKO SUSILO,Pramu Bakti,Inspektorat,NON ASN
"""
HONORER = ("3201014501900011", "3201015502910012", "3201016603920013")


def roster_import(world: World, name: str = "roster.csv") -> None:
    path = world.files / name
    path.write_text(ROSTER, encoding="utf-8")
    report = import_roster(path)
    assert report.created == 5, report.rejected


def codes_by_nik() -> dict[str, str]:
    return {p.nik: p.card for p in Employee.select().where(Employee.nik.in_(HONORER))}


def resolves(codes: dict[str, str]) -> bool:
    return all((p := person_by_card(code)) is not None and p.nik == nik for nik, code in codes.items())


def organizer(world: World):
    pin(6, 0)
    world.use("a")
    rename_local_desk("Meja A")
    roster_import(world)
    event = create_event("Apel Pagi", date(2026, 11, 23), units=resolve_units(["Dinas Kesehatan", "Inspektorat"]))
    printed_codes = card_codes([p.id for p in Employee.select()])  # what the cards carry
    return event.id, export_package(event, world.files), printed_codes


def test_the_code_on_a_card_resolves_at_the_organizer_the_desk_and_the_hub(world):
    event_id, package, carried = organizer(world)
    codes = codes_by_nik()
    assert all(carried[p.id] == p.card for p in Employee.select().where(Employee.nip.is_null()))
    assert resolves(codes)
    pin(6, 30)
    world.use("b")
    assert import_package(package).ok
    assert codes_by_nik() == codes and resolves(codes)  # the package carries them
    pin(7, 10)
    siti = person_by_card(printed(codes[HONORER[0]]))  # scanned as printed
    check_in(the_event(event_id), siti, method="scan")
    sync = export_sync(the_event(event_id), world.files)
    world.use("hub")  # a hub with no roster of its own: the file brings Siti with her code
    pin(9, 0)
    assert import_file(sync).ok
    assert person_by_card(codes[HONORER[0]]).nik == HONORER[0]
    assert Attendance.select().join(Employee).where(Employee.card == codes[HONORER[0]]).count() == 1
    world.use("hub2")  # a hub that imported its own roster first: its own codes, and the file's too
    pin(5, 0)
    roster_import(world, "roster2.csv")
    own = codes_by_nik()
    assert set(own.values()).isdisjoint(codes.values())  # random, never from the NIK
    pin(9, 0)
    assert import_file(sync).ok and import_package(package).ok
    assert resolves(own) and resolves(codes)
    assert codes_by_nik() == own  # a file never changes a person's code here: the others are aliases


def test_one_walk_in_registered_at_two_desks_keeps_both_cards(world):
    event_id, package, _ = organizer(world)
    made = {}
    for name in ("b", "c"):
        pin(6, 30)
        world.use(name)
        rename_local_desk(f"Meja {name.upper()}")
        assert import_package(package).ok
        pin(7, 20 if name == "b" else 25)
        register_walk_in(the_event(event_id), WALK_IN_NIK, WALK_IN_NAME)
        made[name] = Employee.get(Employee.nik == WALK_IN_NIK).card
        (world.files / name).mkdir()
        made[f"{name}-file"] = export_sync(the_event(event_id), world.files / name)
    assert made["b"] != made["c"]
    dumps = []
    for order in (("b-file", "c-file"), ("c-file", "b-file")):
        hub = f"hub-{order[0]}"
        world.use(hub)
        pin(9, 0)
        assert all(import_file(made[label]).ok for label in order)
        walk_in = Employee.get(Employee.nik == WALK_IN_NIK)
        assert person_by_card(made["b"]).id == person_by_card(made["c"]).id == walk_in.id
        assert walk_in.card == made[order[0][0]]  # the first file's code is hers here, the other an alias
        dumps.append(canonical_dump())
    assert dumps[0] == dumps[1]  # the merge still gives one result whatever the order
    world.use("b")  # and the desks, once they merge each other's files
    assert import_file(made["c-file"]).ok
    assert person_by_card(made["c"]).nik == WALK_IN_NIK and Employee.get(Employee.nik == WALK_IN_NIK).card == made["b"]


def test_a_file_cannot_take_over_a_code_nor_bring_a_malformed_one(world):
    event_id, package, _ = organizer(world)
    siti_code = codes_by_nik()[HONORER[0]]
    pin(6, 30)
    world.use("b")
    assert import_package(package).ok
    pin(7, 10)
    result = register_walk_in(the_event(event_id), "3201017704930014", "TAMU BARU")
    members = collect([the_event(event_id)])
    guest = next(p for p in members["people.json"] if p["nik"] == "3201017704930014")
    guest["card"] = siti_code  # claims the card of someone the organizer knows
    claim = write_file(world.files / "claim.ikrar", "sync", local_desk(), members, events=[])
    bad = {}
    for label, value in (("lower", siti_code.lower()), ("short", "IKR-123"), ("nik", "3201014501900011"),
                         ("number", 12345), ("letters", "IKR-UUUUUUUUUU")):
        members = collect([the_event(event_id)])
        next(p for p in members["people.json"] if p["nik"] == "3201017704930014")["card"] = value
        bad[label] = write_file(world.files / f"bad-{label}.ikrar", "sync", local_desk(), members, events=[])
    assert result.created
    world.use("a")
    pin(9, 0)
    before = canonical_dump()
    for label, path in bad.items():
        report = import_file(path)
        assert not report.ok and report.code == "bad_record" and report.member == "people.json", label
        assert "card" in report.reason("en")
    assert canonical_dump() == before
    assert import_file(claim).ok
    assert person_by_card(siti_code).nik == HONORER[0]  # still Siti's
    guest_here = Employee.get(Employee.nik == "3201017704930014")
    assert guest_here.card not in (None, siti_code) and person_by_card(guest_here.card).id == guest_here.id


def test_an_old_file_without_codes_still_merges_and_its_people_get_one(world):
    event_id, package, _ = organizer(world)
    pin(6, 30)
    world.use("b")
    assert import_package(package).ok
    pin(7, 10)
    register_walk_in(the_event(event_id), "3201017704930014", "TAMU LAMA")
    members = collect([the_event(event_id)])
    for person in members["people.json"]:
        del person["card"]  # as Ikrar before schema 5 wrote them
    old = write_file(world.files / "old.ikrar", "sync", local_desk(), members, events=[])
    world.use("hub")
    pin(9, 0)
    assert import_file(old).ok
    guest = Employee.get(Employee.nik == "3201017704930014")
    assert guest.card and person_by_card(guest.card).id == guest.id
    taken = db.execute_sql("SELECT COUNT(*), COUNT(DISTINCT card) FROM employee WHERE card IS NOT NULL").fetchone()
    assert taken[0] == taken[1]
