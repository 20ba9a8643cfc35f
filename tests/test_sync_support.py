"""Helpers for the sync tests (no tests here): several desks as several database files in one folder,
switched through models.db's proxy, and a scenario of three desks that the merge tests share."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ikrar.models import clock
from ikrar.models.campaigns import create_campaign, create_campaign_event
from ikrar.models.checkin import check_in, mark_absence, register_walk_in, void_person
from ikrar.models.demo.build import demo_strokes, generate_people, insert_people
from ikrar.models.desk import local_desk, rename_local_desk
from ikrar.models.events import create_event, resolve_units, update_event
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.models.store.schema import Desk, Employee, Event
from ikrar.models.sync.dump import canonical_dump
from ikrar.models.sync.export import export_sync
from ikrar.models.sync.merge import import_file
from ikrar.models.sync.package import export_package, import_package

WIB = timezone(timedelta(hours=7))
UNITS = ["Dinas Kesehatan", "Dinas Pendidikan", "Inspektorat"]
WALK_IN_NIK = "3201014501900001"  # a woman born 05-01-1990
WALK_IN_NAME = "Siti Walk In"  # registered at three desks, from her KTP each time
ROSTER_SEED = 5


def new_key_pair() -> tuple[bytes, bytes]:
    """A fresh Ed25519 key pair, raw private and raw public bytes (what a desk stores)."""
    private = Ed25519PrivateKey.generate()
    return (private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                  serialization.NoEncryption()),
            private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))


def reinstall_local_desk() -> None:
    """The open desk gets a new key pair, as a reinstalled laptop does (same desk id)."""
    private, public = new_key_pair()
    Desk.update(private_key=private, public_key=public).where(Desk.id == local_desk().id).execute()


def pin(hour: int, minute: int = 0, second: int = 0) -> None:
    clock.set_clock(datetime(2026, 11, 23, hour, minute, second, tzinfo=WIB))


class World:
    """Desks as database files under *root*; `use(name)` makes one the open database."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.files = self.root / "files"
        self.files.mkdir(parents=True, exist_ok=True)
        self.fresh: dict[str, int] = {}  # names made afresh (anew): how many times

    def use(self, name: str):
        close_database()
        made = self.fresh.get(name)
        return open_database(self.root / (f"{name}.db" if made is None else f"{name}-{made}.db"))

    def use_anew(self, name: str):
        """*name* as an empty database again: a new file (deleting the old one would not empty a
        PostgreSQL test database); use(name) opens this one from now on."""
        self.fresh[name] = self.fresh.get(name, 0) + 1
        return self.use(name)


def roster(count: int = 30) -> list[dict]:
    people = generate_people(count, seed=ROSTER_SEED, units=UNITS)
    insert_people(people)
    return people


def person(index: int, count: int = 30):
    """Person number *index* of the event's units (as generated), in whichever database is open."""

    p = [p for p in generate_people(count, seed=ROSTER_SEED, units=UNITS) if p["unit"] != "Dinas Pendidikan"][index]
    return Employee.get(Employee.nip == p["nip"]) if p["nip"] else Employee.get(Employee.nik == p["nik"])


def sign(event, index: int, seed: int, method: str = "scan"):
    return check_in(event, person(index), method=method, strokes=demo_strokes(seed))


def campaign_hub(root: Path):
    """The hub's database the campaign tab's tests share: the roster (30 people) and a campaign "Pakta
    Pilkada 2026" (deadline 23 November 2026) with one event for two units, where persons 0-2 signed by
    the deadline and person 3 the next morning (late; the clock is left there). Returns the campaign."""
    pin(6, 0)
    World(root).use("hub")
    roster()
    campaign = create_campaign("Pakta Pilkada 2026", "2026-11-23")
    event = create_campaign_event(campaign, "Pakta", date(2026, 11, 23),
                                  units=resolve_units(["Dinas Kesehatan", "Inspektorat"]))
    for i in range(3):
        pin(7, 10 + i)
        sign(event, i, seed=i)
    clock.set_clock(datetime(2026, 11, 24, 8, 0, tzinfo=WIB))
    sign(event, 3, seed=3)
    return campaign


def the_event(event_id: str):
    return Event.get_by_id(event_id)


def organizer(world: World, name: str = "a"):
    """Desk *name* with the roster and an apel for two units; returns (event id, package path)."""

    pin(6, 0)
    world.use(name)
    rename_local_desk(f"Meja {name.upper()}")
    roster()
    event = create_event("Apel Netralitas ASN", date(2026, 11, 23), units=resolve_units(["Dinas Kesehatan", "Inspektorat"]))
    return event.id, export_package(event, world.files)


def joined(world: World, name: str, package: Path):
    """Desk *name* made from the event package."""

    pin(6, 30)
    world.use(name)
    rename_local_desk(f"Meja {name.upper()}")
    report = import_package(package)
    assert report.ok, report.reason("en")


def scenario(world: World) -> dict[str, Path]:
    """Three desks (A organizes), overlapping check-ins, voids, absences, walk-ins, an event edit.
    C merges B1 before it writes C1 and voids one of B's records there (an admin void of C's own, which
    C1 does not carry: a file holds only its signer's records); B voids that record later too.
    Returns the files by label: P1 (package), A1, A2, B1, B2, C1."""

    files: dict[str, Path] = {}
    event_id, files["P1"] = organizer(world, "a")
    joined(world, "b", files["P1"])
    joined(world, "c", files["P1"])

    def out(label):
        folder = world.files / label
        folder.mkdir()
        files[label] = export_sync(the_event(event_id), folder)

    world.use("a")
    for i in range(6):
        pin(7, 10 + i)
        sign(the_event(event_id), i, seed=i)
    mark_absence(the_event(event_id), person(6), "S", note="surat dokter")
    out("A1")
    world.use("b")
    for i in range(3, 9):
        pin(7, 5 + i)
        sign(the_event(event_id), i, seed=100 + i, method="search")
    pin(7, 20)
    register_walk_in(the_event(event_id), WALK_IN_NIK, WALK_IN_NAME, strokes=_strokes(7))
    out("B1")
    world.use("a")
    pin(7, 30)
    void_person(the_event(event_id), person(0), "salah orang")
    pin(7, 31)
    sign(the_event(event_id), 0, seed=50)
    pin(7, 40)
    register_walk_in(the_event(event_id), WALK_IN_NIK, WALK_IN_NAME)
    update_event(the_event(event_id), title="Apel Ikrar Netralitas ASN")
    out("A2")
    world.use("c")

    for n, i in enumerate((5, 9, 10)):
        pin(7, 2 + n)
        sign(the_event(event_id), i, seed=200 + i)
    pin(7, 30)
    register_walk_in(the_event(event_id), WALK_IN_NIK, WALK_IN_NAME)
    pin(7, 44)
    assert import_file(files["B1"]).ok  # C merged B1: B's records stay B's, and never travel in C1
    pin(7, 45)
    void_person(the_event(event_id), person(9), "dobel")
    pin(7, 50)
    void_person(the_event(event_id), person(4), "dibatalkan di C")  # B's record, voided at C first
    out("C1")
    world.use("b")
    pin(8, 0)
    void_person(the_event(event_id), person(3), "keliru")
    pin(8, 5)
    void_person(the_event(event_id), person(4), "dibatalkan di B")
    out("B2")
    clock.set_clock(None)
    close_database()
    return files


def _strokes(seed: int):
    return demo_strokes(seed)


def merge_into(world: World, hub: str, paths, *, with_roster: bool = False):
    """A fresh hub database *hub* that merged *paths* in this order; returns (reports, canonical dump)."""

    world.use_anew(hub)
    if with_roster:
        pin(5, 0)
        roster()
    pin(9, 0)
    reports = [import_file(p) for p in paths]
    return reports, canonical_dump()
