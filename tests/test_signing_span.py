"""Each signature's signing span stored with it (signature.signing_ms, issue 15: a recap at a regency's hub
in 2 s): filled at the desk's check-in and by the merge (worked out from the strokes, never taken from a
file), read by the recap's desk speed instead of the strokes; a row stored without it is read from its
strokes, so the figures are the ones the strokes give."""
from __future__ import annotations

from datetime import date

import pytest
from test_sync_support import joined, organizer, pin, sign, the_event

from ikrar.models import checkin, clock
from ikrar.models.demo.build import demo_strokes, generate_people, insert_people
from ikrar.models.desk import local_desk
from ikrar.models.events import create_event
from ikrar.models.queries.desk_speed import _signatures_sql, desk_speed
from ikrar.models.signing_span import signing_ms
from ikrar.models.store.connection import db
from ikrar.models.store.schema import Attendance, Employee, Signature, record_id
from ikrar.models.strokes import StrokeData
from ikrar.models.sync.export import export_sync
from ikrar.models.sync.merge import merge_files
from ikrar.models.sync.records import SIGNATURE_COLS


def spans() -> dict[str, tuple[float | None, float | None]]:
    """{signature id: (stored signing_ms, the span its strokes give)} of the open database."""
    return {s.id: (s.signing_ms, signing_ms(s.strokes)) for s in Signature.select()}


def test_the_desks_check_in_stores_the_span_of_the_strokes(db, at):
    at(7, 0)
    insert_people(generate_people(4, seed=2, units=["Dinas Satu"]))
    event = create_event("Apel", date(2026, 11, 23))
    people = list(Employee.select().order_by(Employee.id))
    one = StrokeData(600, 200, [[(100 + 40 * i, 100 + 10 * (i % 2), 250 * i, 0.5) for i in range(12)]])
    result = checkin.check_in(event, people[0], strokes=one)
    assert Signature.get_by_id(result.signature.id).signing_ms == 2750.0  # 11 points 250 ms apart
    checkin.check_in(event, people[1], strokes=demo_strokes(3))
    late = checkin.check_in(event, people[2]).attendance  # signed later, from the list
    checkin.record_signature(late, demo_strokes(4))
    stored = spans()
    assert len(stored) == 3 and all(kept == span and kept > 0 for kept, span in stored.values())


def _desk_a_signs(world, count: int = 4):
    event_id, package = organizer(world, "a")
    for i in range(count):
        pin(7, 10 + i)
        sign(the_event(event_id), i, seed=20 + i)
    return event_id, package


def test_the_merge_stores_the_span_worked_out_from_the_files_strokes(world):
    event_id, package = _desk_a_signs(world)
    joined(world, "b", package)
    pin(7, 30)
    sign(the_event(event_id), 5, seed=40)
    b1 = export_sync(the_event(event_id), world.files / "B1.ikrar")
    world.use("a")
    assert "signing_ms" not in SIGNATURE_COLS  # not in the file: a file cannot make a recap lie
    a1 = export_sync(the_event(event_id), world.files / "A1.ikrar")
    world.use("hub")
    pin(9, 0)
    assert all(r.ok for r in merge_files([package, a1, b1]))
    stored = spans()
    assert len(stored) == 5 and all(kept == span and kept > 0 for kept, span in stored.values())
    _, total = desk_speed(the_event(event_id))
    assert sorted(total.signing_ms) == sorted(span for _, span in stored.values())


def test_a_signature_replaced_in_a_conflict_gets_the_span_of_its_new_strokes(world):
    """A desk's key copied (or its database edited): the same signature comes with other strokes; of the two
    the lower hash stays, in either order, and the stored span is that one's."""
    event_id, _ = _desk_a_signs(world, 1)
    a1 = export_sync(the_event(event_id), world.files / "A1.ikrar")
    other = demo_strokes(77).checked(source="signature")
    spans = {signing_ms(Signature.get().strokes), signing_ms(other.strokes_json())}
    assert len(spans) == 2  # the two versions tell apart
    db.execute_sql("UPDATE signature SET strokes = ?", (other.strokes_json(),))
    a2 = export_sync(the_event(event_id), world.files / "A2.ikrar")
    kept = []
    for hub, order in (("hub1", [a1, a2]), ("hub2", [a2, a1])):
        world.use(hub)
        pin(9, 0)
        reports = merge_files(order)
        assert all(r.ok for r in reports) and [c["kind"] for r in reports for c in r.conflicts] == ["signature"]
        (row,) = Signature.select()
        assert row.signing_ms == signing_ms(row.strokes)
        kept.append((row.strokes, row.signing_ms))
    assert kept[0] == kept[1] and kept[0][1] in spans  # one of the two, the same in either order


def _apel(people: int = 8):
    """Signatures of this desk at an apel: different spans, one voided check-in, one absence mark."""
    pin(6, 30)
    insert_people(generate_people(people + 2, seed=6, units=["Dinas Satu"]))
    event = create_event("Apel", date(2026, 11, 23), start_time="07:30")
    staff = list(Employee.select().order_by(Employee.roster_order))
    for i, person in enumerate(staff[:people]):
        pin(7, i)
        checkin.check_in(event, person, strokes=demo_strokes(i))
    checkin.void_attendance(Attendance.get(Attendance.employee == staff[0].id), "salah orang")
    checkin.mark_absence(event, staff[people], "S")
    return event, staff


def test_the_recap_gives_what_the_strokes_give_stored_or_not(db):
    event, staff = _apel()
    desks, total = desk_speed(event)
    # the old computation: every live present signature's strokes read and measured
    live = [signing_ms(s.strokes) for s in Signature.select() if s.attendance.employee_id != staff[0].id]
    assert len(live) == 7 and sorted(total.signing_ms) == sorted(live)
    db.execute_sql("UPDATE signature SET signing_ms = NULL")  # as before migration 9, or a path that did not fill it
    again, again_total = desk_speed(event)
    assert [d.to_dict() for d in again] == [d.to_dict() for d in desks]
    assert again_total.to_dict() == total.to_dict() and sorted(again_total.signing_ms) == sorted(total.signing_ms)


def test_a_row_without_its_span_still_counts_and_a_garbage_row_does_not_stop_the_recap(db):
    event, staff = _apel(4)
    _, before = desk_speed(event)
    pin(7, 20)
    desk, moment = local_desk(), clock.now()
    for person, strokes in ((staff[4], StrokeData(600, 200, [[(10 * i, 50, 1000 * i, 0.5) for i in range(12)]])
                             .strokes_json()), (staff[5], "not strokes at all")):
        aid = record_id(desk.id)
        Attendance.create(id=aid, event=event, employee=person, status="H", recorded_at=clock.iso(moment),
                          recorded_utc=clock.iso_utc(moment), desk=desk)
        Signature.create(id=record_id(desk.id), attendance=aid, strokes=strokes, pad_width=600, pad_height=200,
                         pact=event.pact_sha256, signed_at=clock.iso(moment), desk=desk)
    assert Signature.select().where(Signature.signing_ms.is_null()).count() == 2
    _, after = desk_speed(event)
    assert after.signatures == before.signatures + 1  # the 11-second one; the garbage has no span
    assert sorted(after.signing_ms) == sorted([*before.signing_ms, 11_000.0])


@pytest.mark.sqlite_only  # SQLite's plan; PostgreSQL reads the column from the row's small main part
def test_the_spans_come_from_the_index_not_the_rows_behind_their_strokes(db):
    """The column added last sits behind the strokes' overflow pages: the recap reads the index."""
    event, _ = _apel(2)
    plan = " ".join(str(row) for row in db.execute_sql("EXPLAIN QUERY PLAN " + _signatures_sql(False), [event.id]))
    assert "COVERING INDEX signature_span" in plan, plan
