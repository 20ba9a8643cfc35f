"""Who is expected at an event, and the group apart (issue 13, item 4): expected are the active people on
the roster of the invited units; walk-ins and people of units not invited who come are "di luar daftar
peserta", counted and listed apart, never in expected, present or a percentage."""
from __future__ import annotations

import json
from datetime import date

import pytest

from ikrar.models import checkin
from ikrar.models.demo.build import demo_strokes, generate_people, insert_people
from ikrar.models.events import create_event, resolve_units
from ikrar.models.queries.counts import category_counts, count_grid, event_counts, outside_unit_counts, unit_counts
from ikrar.models.queries.people import not_signed_people, people, signed_people
from ikrar.models.roster import import_roster
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.models.store.schema import Employee, Unit

INVITED = ["Dinas Pendidikan", "Dinas Kesehatan"]
OTHER = "Kecamatan Kota"
WALK_IN_NIK = "3201014509900001"


def roster() -> None:
    """300 people of the two invited units, then 20 of a unit not invited (NIPs unique)."""
    invited = generate_people(300, seed=3, units=INVITED)
    seen = {p["nip"] or p["nik"] for p in invited}
    others = [p for p in generate_people(40, seed=4, units=[OTHER]) if (p["nip"] or p["nik"]) not in seen][:20]
    assert len(others) == 20
    insert_people(invited + others)


def the_apel():
    """300 invited; 60 of them present (58 signed, 2 cannot sign), 3 marked ill; one outsider of a unit
    not invited and one walk-in (of an invited unit), both present and signed."""
    roster()
    event = create_event("Apel Pagi", date(2026, 11, 23), start_time="07:30", units=resolve_units(INVITED))
    expected = list(Employee.select().join(Unit).where(Unit.name.in_(INVITED)).order_by(Employee.roster_order))
    assert len(expected) == 300
    for i, person in enumerate(expected[:60]):
        if i < 58:
            checkin.check_in(event, person, method="scan", strokes=demo_strokes(i))
        else:
            checkin.mark_cannot_sign(event, person, "tangan cedera")
    for person in expected[60:63]:
        checkin.mark_absence(event, person, "S")
    outsider = Employee.select().join(Unit).where(Unit.name == OTHER).first()
    checkin.check_in(event, outsider, method="scan", strokes=demo_strokes(90))
    kesehatan = Unit.get(Unit.name == "Dinas Kesehatan")
    walk_in = checkin.register_walk_in(event, WALK_IN_NIK, "SITI TAMU", unit=kesehatan, strokes=demo_strokes(91))
    return event, outsider, walk_in.attendance.employee


@pytest.fixture
def apel(db, at):
    at(7, 10)
    return the_apel()


def test_expected_is_the_invited_roster_and_the_group_apart_is_counted_apart(apel):
    event, outsider, walk_in = apel
    assert walk_in.origin == "walk_in" and walk_in.is_walk_in and outsider.origin == "roster"
    counts = event_counts(event)
    assert (counts.expected, counts.present, counts.signed, counts.codes["S"]) == (300, 60, 58, 3)
    assert counts.not_signed == 242 and counts.pct(counts.present) == 20.0  # 60/300, not 62/302
    assert (counts.outside.people, counts.outside.present, counts.outside.signed) == (2, 2, 2)
    units = {u.unit_name: u for u in unit_counts(event)}
    assert set(units) == set(INVITED) and sum(u.expected for u in units.values()) == 300
    assert sum(u.present for u in units.values()) == 60
    apart = {u.unit_name: u.outside for u in outside_unit_counts(event)}
    assert {name: (o.present, o.signed) for name, o in apart.items()} == {OTHER: (1, 1), "Dinas Kesehatan": (1, 1)}
    assert units["Dinas Kesehatan"].outside.present == 1  # its walk-in, apart in its own row too
    assert sum(c.expected for c in category_counts(event).values()) == 300
    assert sum(c.present for c in category_counts(event).values()) == 60
    assert counts.to_dict()["outside"] == {"people": 2, "present": 2, "signed": 2, "late": 0,
                                           "codes": {"S": 0, "I": 0, "C": 0, "DL": 0, "TK": 0}, "duplicates": 0}


def test_people_lists_flag_the_group_apart(apel):
    event, outsider, walk_in = apel
    everyone = people(event)
    assert len(everyone) == 302
    assert {p.employee_id for p in everyone if p.outside} == {outsider.id, walk_in.id}
    assert len(people(event, outside=False)) == 300
    assert [p.employee_id for p in people(event, outside=True, order="name")] == sorted(
        [outsider.id, walk_in.id], key=lambda i: Employee.get_by_id(i).name)
    assert len(signed_people(event)) == 60 and len(signed_people(event, outside=False)) == 58
    assert {p.employee_id for p in signed_people(event, outside=True)} == {outsider.id, walk_in.id}
    missing = not_signed_people(event)
    assert len(missing) == 242 and not any(p.outside for p in missing)


def test_an_event_of_all_units_expects_every_active_person_but_not_walk_ins(db, at):
    at(7, 10)
    roster()
    event = create_event("Upacara", date(2026, 11, 23), kind="upacara")  # all units
    first = Employee.select().first()
    first.active = False  # left the job, yet came: apart
    first.save()
    checkin.check_in(event, first, strokes=demo_strokes(1))
    checkin.register_walk_in(event, WALK_IN_NIK, "SITI TAMU", strokes=demo_strokes(2))
    counts = event_counts(event)
    assert (counts.expected, counts.present, counts.outside.present) == (319, 0, 2)


def test_a_person_without_a_unit_who_comes_to_an_event_of_some_units_is_apart(db, at):
    at(7, 10)
    roster()
    event = create_event("Apel", date(2026, 11, 23), units=resolve_units(INVITED))
    nobody = Employee.create(nip="198001012006041001", name="TANPA UNIT", search_key="tanpaunit")
    checkin.check_in(event, nobody, strokes=demo_strokes(1))
    counts = event_counts(event)
    assert (counts.expected, counts.present, counts.outside.present) == (300, 0, 1)
    assert [p.employee_id for p in people(event, outside=True)] == [nobody.id]
    assert len(people(event)) == 301


def test_a_walk_in_whom_the_roster_import_lists_later_is_expected_then(db, at, tmp_path):
    at(7, 10)
    roster()
    first = create_event("Apel", date(2026, 11, 23), units=resolve_units(INVITED))
    walk_in = checkin.register_walk_in(first, "198609262015051001", "AHMAD YANI",
                                       unit=Unit.get(Unit.name == "Dinas Kesehatan")).attendance.employee
    assert event_counts(first).expected == 300 and event_counts(first).outside.present == 1
    csv = tmp_path / "roster.csv"
    csv.write_text("NIP;NAMA;UNIT KERJA\n198609262015051001;Ahmad Yani;Dinas Kesehatan\n", encoding="utf-8")
    import_roster(csv)
    again = Employee.get_by_id(walk_in.id)
    assert again.origin == "roster" and again.is_walk_in  # the walk-in flag is never touched
    counts = event_counts(first)
    assert (counts.expected, counts.present, counts.outside.people) == (301, 1, 0)


def test_status_says_present_of_the_invited_plus_the_group_apart(cli, tmp_path, at):
    at(7, 10)
    open_database(tmp_path / "cli.db")
    event, _, _ = the_apel()
    close_database()
    code, out, _ = cli("--lang", "id", "status", "--event", event.id)
    assert code == 0
    assert "Diharapkan 300  Hadir 60/300 (20.0%) + 2 di luar daftar peserta  Tanda tangan 58 (19.3%)" in out, out
    assert "Di luar daftar peserta" in out and OTHER in out
    lines = out.splitlines()
    apart_at = next(i for i, line in enumerate(lines) if line.startswith("Di luar daftar peserta"))
    assert all(OTHER not in line for line in lines[:apart_at])  # no row of the unit not invited above it
    code, out, _ = cli("status", "--event", event.id, "--json")
    data = json.loads(out)
    assert (data["total"]["expected"], data["total"]["present"], data["total"]["outside"]["present"]) == (300, 60, 2)
    assert {u["unit"] for u in data["units"]} == set(INVITED)
    assert {u["unit"]: u["present"] for u in data["outside_units"]} == {"Dinas Kesehatan": 1, OTHER: 1}


def test_one_grid_gives_the_same_numbers(apel):
    event, _, _ = apel
    grid = count_grid(event)
    assert event_counts(event, grid) == event_counts(event)
    assert unit_counts(event, grid) == unit_counts(event)
