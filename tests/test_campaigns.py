"""Campaigns (docs/campaigns.md): made and owned like events, travelling in packages and sync files to
desks and a hub; a follow-up's frozen list; coverage against the deadline per OPD."""
from __future__ import annotations

import json
import zipfile
from datetime import date, datetime, timedelta, timezone

import pytest
from peewee import SqliteDatabase
from test_migration_5 import V1_DB
from test_sync_support import UNITS, World, joined, person, pin, roster, sign

from ikrar.models import clock
from ikrar.models.campaigns import (
    create_campaign,
    create_campaign_event,
    create_followup,
    find_campaign,
    list_campaigns,
    update_campaign,
)
from ikrar.models.checkin import check_in, void_person
from ikrar.models.demo.build import demo_strokes
from ikrar.models.desk import local_desk, rename_local_desk
from ikrar.models.errors import NotFound, Refused
from ikrar.models.events import resolve_units, update_event
from ikrar.models.queries import campaign_coverage
from ikrar.models.queries.counts import event_counts
from ikrar.models.store import migrations
from ikrar.models.store.connection import close_database
from ikrar.models.store.migration_campaigns import migrate_campaigns
from ikrar.models.store.opening import open_database
from ikrar.models.store.schema import Campaign, Employee, Event, EventExpected
from ikrar.models.sync import campaign_records, crypto
from ikrar.models.sync import records as rec
from ikrar.models.sync.errors import SyncRefused
from ikrar.models.sync.export import export_sync
from ikrar.models.sync.merge import import_file
from ikrar.models.sync.package import export_package

WIB = timezone(timedelta(hours=7))
DEADLINE = "2026-11-23"


@pytest.fixture
def world(tmp_path):
    return World(tmp_path)


def _unit_row(cov, name):
    return next(u for u in cov.units if u.unit_name == name)


def _organize(world, name="a"):
    """Desk *name*: the roster, a campaign, its event for Dinas Kesehatan and Inspektorat."""
    pin(6, 0)
    world.use(name)
    rename_local_desk(f"Meja {name.upper()}")
    roster()
    campaign = create_campaign("Pakta Netralitas Pilkada 2026", DEADLINE, pact_text="Saya berjanji netral.")
    event = create_campaign_event(campaign, "Penandatanganan Pakta", date(2026, 11, 23), kind="pakta",
                                  units=resolve_units(["Dinas Kesehatan", "Inspektorat"]))
    return campaign, event


def test_campaign_is_owned_bound_and_signed(world):
    campaign, event = _organize(world)
    assert campaign.owner == local_desk().id
    assert campaign.id == campaign_records.campaign_id(campaign.owner, campaign.nonce)
    assert campaign.deadline == DEADLINE and campaign.pact.text.strip() == "Saya berjanji netral."
    assert event.campaign_id == campaign.id and event.pact.text.strip() == "Saya berjanji netral."
    record = json.loads(Campaign.get_by_id(campaign.id).owner_record)
    assert campaign_records.verify(0, record)["name"] == "Pakta Netralitas Pilkada 2026"
    assert find_campaign(campaign.id[:6]).id == campaign.id
    assert find_campaign("pakta netralitas pilkada 2026").id == campaign.id
    assert [c.id for c in list_campaigns()] == [campaign.id]
    with pytest.raises(NotFound, match="tidak ditemukan"):
        find_campaign("zzzz")
    with pytest.raises(Refused, match="tidak dikenali"):
        create_campaign("Pakta", "besok")
    with pytest.raises(Refused, match="Nama kampanye wajib"):
        create_campaign("  ", DEADLINE)


def test_a_refused_change_leaves_the_campaign_as_it_was(world):
    campaign, _ = _organize(world)
    before = (campaign.name, campaign.deadline, campaign.pact_sha256, campaign.updated_at, campaign.owner_record)
    for fields, code in (({"name": "Baru", "deadline": "31-02-2026"}, "date"),
                         ({"name": "Baru", "pact_text": " \n"}, "pact"), ({"name": " "}, "name")):
        with pytest.raises(Refused) as refused:
            update_campaign(campaign, **fields)
        assert refused.value.code == code
        stored = Campaign.get_by_id(campaign.id)
        assert (campaign.name, campaign.deadline, campaign.pact_sha256, campaign.updated_at,
                campaign.owner_record) == before  # in memory too: the window's dialog keeps it for a retry
        assert (stored.name, stored.deadline, stored.pact_sha256, stored.updated_at, stored.owner_record) == before


def test_coverage_counts_by_the_deadline_and_not_a_voided_signature(world):
    campaign, event = _organize(world)
    for i in range(4):
        pin(7, 10 + i)
        sign(event, i, seed=i)
    pin(8, 0)
    void_person(event, person(3), "salah orang")  # a voided signature does not count as signed
    cov = campaign_coverage.summary(campaign)
    health = [p for p in Employee.select() if p.unit and p.unit.name == "Dinas Kesehatan" and p.active]
    signed_health = sum(1 for i in range(3) if person(i).unit.name == "Dinas Kesehatan")
    row = _unit_row(cov, "Dinas Kesehatan")
    assert (row.employees, row.signed, row.late) == (len(health), signed_health, 0)
    assert cov.total.signed == 3 and cov.total.employees == 30  # every OPD of the roster, Dinas Pendidikan too
    assert sum(u.employees for u in cov.units) == cov.total.employees
    assert sum(u.signed + u.not_signed for u in cov.units) == cov.total.employees
    missing = {p.employee_id for p in campaign_coverage.not_signed(campaign)}
    assert person(3).id in missing and person(0).id not in missing and len(missing) == 27


def test_deadline_boundary_on_the_event_clock(world):
    campaign, event = _organize(world)
    clock.set_clock(datetime(2026, 11, 23, 23, 59, 59, tzinfo=WIB))  # the deadline's last second: in time
    sign(event, 0, seed=1)
    clock.set_clock(datetime(2026, 11, 24, 0, 0, 0, tzinfo=WIB))  # the next day's first second: late
    sign(event, 1, seed=2)
    wita = create_campaign_event(campaign, "Pakta WITA", date(2026, 11, 23), tz="WITA",
                                 units=resolve_units(["Dinas Kesehatan", "Inspektorat"]))
    clock.set_clock(datetime(2026, 11, 23, 23, 30, tzinfo=WIB))  # 00:30 WITA on the 24th: late there
    sign(wita, 2, seed=3)
    cov = campaign_coverage.summary(campaign)
    assert (cov.total.signed, cov.total.late) == (1, 2)
    late = {p.employee_id: p.last_signed_at for p in campaign_coverage.not_signed(campaign) if p.last_signed_at}
    assert set(late) == {person(1).id, person(2).id}
    assert late[person(1).id].startswith("2026-11-24T00:00:00")
    assert campaign_coverage.deadline_bounds(DEADLINE) == ["2026-11-23T17:00:00", "2026-11-23T16:00:00",
                                                           "2026-11-23T15:00:00"]


def test_followup_list_is_frozen_and_needs_units(world):
    campaign, event = _organize(world)
    for i in range(3):
        pin(7, 10 + i)
        sign(event, i, seed=i)
    health = resolve_units(["Dinas Kesehatan"])
    with pytest.raises(Refused, match="memerlukan unit"):
        create_followup(campaign, "Susulan", date(2026, 11, 25), units=[])
    pin(9, 0)
    followup = create_followup(campaign, "Pakta Susulan Dinkes", date(2026, 11, 25), units=health)
    in_health = {p.id for p in Employee.select().where(Employee.unit == health[0].id, Employee.active == True)}  # noqa: E712
    frozen = {x.employee_id for x in EventExpected.select().where(EventExpected.event == followup.id)}
    assert frozen == in_health - {person(i).id for i in range(3)}
    assert event_counts(followup).expected == len(frozen)
    someone = Employee.get_by_id(sorted(frozen)[0])
    pin(9, 30)
    check_in(event, someone, strokes=demo_strokes(9))  # signs at the first event after the follow-up was made
    counts = event_counts(followup)
    assert counts.expected == len(frozen)  # still expected at the follow-up: the list is frozen
    with pytest.raises(Refused, match="susulan"):
        update_event(followup, units=resolve_units(["Inspektorat"]))


def test_campaign_travels_to_desk_and_hub_with_the_same_frozen_list(world):
    campaign, event = _organize(world, "a")
    for i in range(3):
        pin(7, 10 + i)
        sign(event, i, seed=i)
    pin(9, 0)
    followup = create_followup(campaign, "Pakta Susulan", date(2026, 11, 25),
                               units=resolve_units(["Dinas Kesehatan", "Inspektorat"]))
    expected_a = event_counts(followup).expected
    package = export_package(followup, world.files)
    with zipfile.ZipFile(package) as archive:
        assert campaign_records.MEMBER in archive.namelist()
    a_file = export_sync([event, followup], world.files)

    joined(world, "b", package)  # a desk made from the follow-up's package
    assert Campaign.get_by_id(campaign.id).name == campaign.name
    b_followup = Event.get_by_id(followup.id)
    assert b_followup.campaign_id == campaign.id and event_counts(b_followup).expected == expected_a
    with pytest.raises(Refused, match="meja lain"):
        update_campaign(Campaign.get_by_id(campaign.id), deadline="30-11-2026")
    clock.set_clock(datetime(2026, 11, 25, 8, 0, tzinfo=WIB))  # the follow-up's day, after the deadline
    signer = next(p for p in Employee.select() if p.id in {x.employee_id for x in b_followup.frozen_expected})
    check_in(b_followup, signer, strokes=demo_strokes(55))
    (world.files / "b").mkdir()
    b_file = export_sync(b_followup, world.files / "b")

    for n, order in enumerate(((a_file, b_file), (b_file, a_file))):
        world.use(f"hub{n}")  # a fresh hub per order of files
        pin(5, 0)
        roster()
        assert all(import_file(p).ok for p in order)
        hub_campaign = find_campaign(campaign.id)
        assert event_counts(Event.get_by_id(followup.id)).expected == expected_a
        cov = campaign_coverage.summary(hub_campaign)
        assert cov.total.signed == 3 and cov.total.late == 1  # B's signing on the 25th: late
        assert event_counts(Event.get_by_id(followup.id)).signed == 1
        assert {e.id for e in Event.select().where(Event.campaign_id == campaign.id)} == {event.id, followup.id}


def test_newer_owner_version_travels_and_a_forged_one_is_refused(world):
    campaign, event = _organize(world, "a")
    first = export_package(event, world.files)
    joined(world, "b", first)
    world.use("a")
    pin(8, 0)
    update_campaign(Campaign.get_by_id(campaign.id), deadline="30-11-2026", name="Pakta Pilkada (diperpanjang)")
    (world.files / "2").mkdir()
    second = export_package(Event.get_by_id(event.id), world.files / "2")
    world.use("b")
    assert import_file(second).ok
    assert Campaign.get_by_id(campaign.id).deadline == "2026-11-30"
    assert import_file(first).ok and Campaign.get_by_id(campaign.id).deadline == "2026-11-30"  # older: kept
    record = json.loads(Campaign.get_by_id(campaign.id).owner_record)
    record["deadline"] = "2027-12-31"
    with pytest.raises(Exception, match="tanda tangan pemilik kampanye"):
        campaign_records.verify(0, record)


def test_units_fixture_is_what_the_tests_assume():
    assert UNITS == ["Dinas Kesehatan", "Dinas Pendidikan", "Inspektorat"]


def test_the_campaigns_migration_brings_a_version_5_file_forward(tmp_path):
    """The committed version-1 file at version 5, then opened: campaign tables and event columns, its
    events untouched and without campaign."""

    path = tmp_path / "v5.db"
    path.write_bytes(V1_DB.read_bytes())
    database = SqliteDatabase(str(path))
    database.connect()
    for number in (2, 3, 4, 5):
        with database.atomic():
            migrations.MIGRATIONS[number - 1](database)
            database.execute_sql(f"PRAGMA user_version = {number}")
    events_before = database.execute_sql("SELECT COUNT(*) FROM event").fetchone()[0]
    database.close()
    open_database(path)
    try:
        assert migrations.MIGRATIONS.index(migrate_campaigns) == 7  # version 8
        assert Event.select().count() == events_before
        assert Event.select().where(Event.campaign_id.is_null(False) | Event.followup_at.is_null(False)).count() == 0
        assert Campaign.select().count() == 0 and EventExpected.select().count() == 0
    finally:
        close_database()


def test_a_campaign_re_signed_by_another_desk_refuses_the_file(world):
    campaign, event = _organize(world, "a")
    package = export_package(event, world.files)
    joined(world, "b", package)
    stored = Campaign.get_by_id(campaign.id)
    forged = {k: v for k, v in json.loads(stored.owner_record).items() if k not in campaign_records.PROOF}
    forged["deadline"] = "2027-12-31"  # B moves A's deadline and signs it with its own key
    desk = local_desk()
    forged.update(owner_key=crypto.b64(desk.public_key),
                  signature=crypto.b64(crypto.sign(desk.private_key, rec.canonical(
                      {k: v for k, v in forged.items() if k not in campaign_records.PROOF}).encode("utf-8"))))
    Campaign.update(owner_record=rec.canonical(forged)).where(Campaign.id == campaign.id).execute()
    pin(7, 30)
    sign(Event.get_by_id(event.id), 0, seed=1)
    (world.files / "b").mkdir()
    path = export_sync(Event.get_by_id(event.id), world.files / "b")
    world.use("hub")
    report = import_file(path)
    assert not report.ok and report.code == "bad_record" and report.member == "campaigns.json"
    assert "pemilik kampanye" in report.reason("id")
    assert Campaign.select().count() == 0 and Event.select().count() == 0  # nothing of the file stored


def test_a_follow_up_list_naming_someone_unknown_is_refused(world):
    campaign, _event = _organize(world)
    followup = create_followup(campaign, "Susulan", date(2026, 11, 25), units=resolve_units(["Inspektorat"]))
    keys = rec.campaign_fields(followup)["expected"]
    assert any(k.isdigit() for k in keys) and any(k.startswith("nik:") for k in keys)  # NIPs, and honorer by NIK
    campaign_records.apply_expected([{"id": followup.id, "title": "Susulan", "expected": keys}])
    assert EventExpected.select().where(EventExpected.event == followup.id).count() == len(keys)
    with pytest.raises(SyncRefused, match="orang 'nik:3201014501900009' di daftar acara susulan tidak ada"):
        campaign_records.apply_expected([{"id": followup.id, "title": "Susulan",
                                          "expected": [*keys, "nik:3201014501900009"]}])
