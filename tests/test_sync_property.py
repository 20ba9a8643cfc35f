"""Merging is order-free: any set of files, in any order, with repeats, gives the same database content
as merging that set once (the merged state is a function of the union of the records)."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_sync_support import World, merge_into, person, scenario

from ikrar.models import clock
from ikrar.models.events import find_event
from ikrar.models.queries.attendance import attendances_of
from ikrar.models.queries.counts import event_counts
from ikrar.models.queries.people import people
from ikrar.models.store.connection import close_database
from ikrar.models.store.schema import Desk, Employee

LABELS = ["P1", "A1", "A2", "B1", "B2", "C1"]


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    world = World(tmp_path_factory.mktemp("sync-property"))
    made = scenario(world)
    yield world, made
    clock.set_clock(None)
    close_database()


_expected: dict = {}


def expected_dump(world, made, subset: frozenset, with_roster: bool):
    key = (subset, with_roster)
    if key not in _expected:
        reports, dump = merge_into(world, "hub-expected", [made[label] for label in sorted(subset)], with_roster=with_roster)
        assert all(r.ok for r in reports), [r.reason("en") for r in reports]
        _expected[key] = dump
    return _expected[key]


@st.composite
def merges(draw):
    subset = draw(st.sets(st.sampled_from(LABELS), min_size=1))
    order = draw(st.permutations(sorted(subset)))
    repeats = draw(st.lists(st.sampled_from(sorted(subset)), max_size=4))
    sequence = list(order)
    for label in repeats:  # a repeat anywhere after (or before) the first time
        sequence.insert(draw(st.integers(0, len(sequence))), label)
    return frozenset(subset), sequence, draw(st.booleans())


@pytest.mark.slow  # 40 merges of up to six files each: about 5 s
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(merges())
def test_any_order_with_repeats_gives_the_same_content(files, case):
    world, made = files
    subset, sequence, with_roster = case
    reports, dump = merge_into(world, "hub", [made[label] for label in sequence], with_roster=with_roster)
    assert all(r.ok for r in reports), [r.reason("en") for r in reports]
    assert dump == expected_dump(world, made, subset, with_roster)


def test_all_files_give_the_expected_picture(files):
    """The union of every file: the earliest live record counts; voids that arrived later moved it."""


    world, made = files
    reports, _ = merge_into(world, "hub-all", [made[label] for label in ("C1", "B2", "A2", "P1", "B1", "A1")])
    assert all(r.ok for r in reports)
    event = find_event(reports[0].events[0]["id"])
    assert event.title == "Apel Ikrar Netralitas ASN"  # A's later edit won whatever the order
    rows = {r.employee_id: r for r in people(event)}
    desk = {d.id: d.name for d in Desk.select()}
    assert desk[rows[person(5).id].desk_id] == "Meja C"  # C checked 5 in at 07:02, before A and B
    assert desk[rows[person(3).id].desk_id] == "Meja A"  # B was earlier but voided its record in B2
    assert rows[person(0).id].signed and rows[person(9).id].status is None  # A re-signed 0; C voided its own 9
    assert rows[person(6).id].status == "H"  # present at B beats the absence mark at A
    counts = event_counts(event)
    assert counts.duplicates + counts.outside.duplicates == sum(r.duplicates for r in rows.values()) > 0
    walk_in = Employee.get(Employee.nik == "3201014501900001")
    assert walk_in.name == "Siti Walk In" and walk_in.is_walk_in
    b_record = next(a for a in attendances_of(event) if a.employee_id == person(4).id and a.desk.name == "Meja B")
    # C voided B's record first, at C: a void counts only from the desk that recorded the attendance
    assert b_record.void_reason == "dibatalkan di B" and b_record.void_desk.name == "Meja B"
