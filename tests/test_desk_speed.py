"""How fast each desk worked (issue 14, new): check-ins per hour over the busy span and at the peak
(15 minutes), the median and 90th percentile of signing time from the strokes' t_ms; in the recap as
a table, desks by name. On a pinned clock with known check-ins and strokes, every figure exact."""
from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta, timezone

import pdfplumber
import pytest

from ikrar.models import checkin, clock, settings
from ikrar.models.demo.build import generate_people, insert_people
from ikrar.models.desk import rename_local_desk
from ikrar.models.events import create_event
from ikrar.models.queries.desk_speed import desk_speed, signing_ms
from ikrar.models.store.schema import Attendance, Desk, Employee, Signature, record_id
from ikrar.models.strokes import StrokeData
from ikrar.reports import api, data

WIB = timezone(timedelta(hours=7))


def stroke(t0: int, t1: int, y: float = 100.0) -> list[tuple]:
    """12 points left to right from time t0 to t1 (ms)."""
    return [(100 + 30 * i, y + (20 if i % 2 else -20), t0 + (t1 - t0) * i // 11, 0.5) for i in range(12)]


def strokes(duration: int) -> StrokeData:
    return StrokeData(600, 200, [stroke(0, duration)])


def at(hour: int, minute: int, second: int = 0) -> datetime:
    moment = datetime(2026, 11, 23, hour, minute, second, tzinfo=WIB)
    clock.set_clock(moment)
    return moment


@pytest.fixture
def apel(db):
    """Meja A (this desk): 5 check-ins 07.00, 07.05, 07.10, 07.20, 07.50 signing in 1, 2, 3, 4 and 10 s (the
    first with its two strokes stored in the wrong order), plus a voided check-in and an absence mark
    that count for nothing here. Meja B (another desk's records, as a sync file brings them): 07.01
    and 07.01.30, signing in 1.5 and 2.5 s."""
    at(6, 30)
    settings.set("city", "Maju")
    rename_local_desk("Meja A")
    insert_people(generate_people(12, seed=4, units=["Dinas Satu"]))
    event = create_event("Apel", date(2026, 11, 23), start_time="07:30")
    people = list(Employee.select().order_by(Employee.roster_order))
    backwards = StrokeData(600, 200, [stroke(600, 1000, 60), stroke(0, 500, 140)])  # 1 s, stored out of order
    for person, (minute, data_) in zip(people, [(0, backwards), (5, strokes(2000)), (10, strokes(3000)),
                                                (20, strokes(4000)), (50, strokes(10_000))], strict=False):
        at(7, minute)
        checkin.check_in(event, person, strokes=data_)
    at(7, 12)
    wrong = checkin.check_in(event, people[5], strokes=strokes(60_000)).attendance
    checkin.void_attendance(wrong, "salah orang")
    checkin.mark_absence(event, people[6], "S")
    other = Desk.create(id="b" * 32, name="Meja B", created_at=clock.iso(clock.now()))
    for person, moment, duration in ((people[7], at(7, 1), 1500), (people[8], at(7, 1, 30), 2500)):
        aid = record_id(other.id)
        Attendance.create(id=aid, event=event, employee=person, status="H", recorded_at=clock.iso(moment),
                          recorded_utc=clock.iso_utc(moment), desk=other)
        Signature.create(id=record_id(other.id), attendance=aid, strokes=strokes(duration).strokes_json(),
                         pad_width=600, pad_height=200, pact=event.pact_sha256, signed_at=clock.iso(moment), desk=other)
    clock.set_clock(None)
    return event


def utc(hour: int, minute: int, second: int = 0) -> datetime:
    return datetime(2026, 11, 23, hour, minute, second, tzinfo=WIB).astimezone(timezone.utc)


def test_each_desk_and_all_desks_exactly(apel):
    desks, total = desk_speed(apel)
    assert [d.name for d in desks] == ["Meja A", "Meja B"]
    a, b = desks
    # Meja A: 5 live check-ins over 50 minutes: 6 an hour; at most 3 in 15 minutes (07.00-07.10): 12 an hour
    assert (a.checkins, a.first, a.last) == (5, utc(7, 0), utc(7, 50))
    assert (a.per_hour, a.peak_per_hour, a.peak_start) == (6.0, 12.0, utc(7, 0))
    # signing 1, 2, 3, 4, 10 s: median 3 s; p90 (inclusive) = 4 + 0.6 * (10 - 4) = 7.6 s
    assert (a.signatures, a.median_ms, a.p90_ms) == (5, 3000.0, 7600.0)
    # Meja B: 2 check-ins 30 s apart: the span counts as 15 minutes, so 8 an hour, the peak the same
    assert (b.checkins, b.per_hour, b.peak_per_hour, b.peak_start) == (2, 8.0, 8.0, utc(7, 1))
    assert (b.signatures, b.median_ms, b.p90_ms) == (2, 2000.0, 2400.0)  # 1.5 + 0.9 * (2.5 - 1.5)
    # every desk: 7 over 50 minutes = 8.4 an hour; 07.00, 07.01, 07.01.30, 07.05, 07.10 in 15 minutes: 20
    assert (total.checkins, total.per_hour, total.peak_per_hour, total.peak_start) == (7, 8.4, 20.0, utc(7, 0))
    # 1, 1.5, 2, 2.5, 3, 4, 10 s: median 2.5 s; p90 = 4 + 0.4 * (10 - 4) = 6.4 s
    assert (total.signatures, total.median_ms, total.p90_ms) == (7, 2500.0, 6400.0)
    assert json.loads(json.dumps(total.to_dict()))["p90_ms"] == 6400.0


def test_recap_prints_the_desks_table(apel, tmp_path):
    assert [d.name for d in data.recap(apel).desks] == ["Meja A", "Meja B"]
    result = api.recap(apel, tmp_path / "rekap.pdf")
    with pdfplumber.open(result.path) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    assert "Kecepatan meja registrasi" in text
    # No., desk, check-ins, first-last (WIB), per hour, peak per hour, signatures, median s, p90 s
    assert re.search(r"1 Meja A 5 07\.00–07\.50 6 12 5 3,0 7,6", text), text
    assert re.search(r"2 Meja B 2 07\.01–07\.01 8 8 2 2,0 2,4", text), text
    assert re.search(r"\n7 07\.00–07\.50 8 20 7 2,5 6,4", text), text  # the total row (bold, no number)


@pytest.mark.parametrize("text,span", [
    ('[[[1,2,3,4],[1,2,10,4]]]', 7.0),
    ('[[[1,2,100,4],[1,2,110,4]],[[1,2,5,1],[1,2,60,1]]]', 105.0),  # strokes in any order
    ('[[[1, 2, 3, 4], [1, 2, 10, 4]]]', 7.0),  # spaces: parsed in full
    ('[[[1,2,3],[1,2,9]]]', 6.0),  # points of three fields
    ('[[[1,2,3,4]],[],[[5,6,9,8]]]', 6.0),  # an empty stroke
    ('[[[1,2,"a",4],[1,2,5,4]]]', 0.0),  # a point that is no number is left out
    ('[]', None), ('[[]]', None), ('not json', None), ('[[[1,2]]]', None),
])
def test_signing_time_of_stored_strokes(text, span):
    assert signing_ms(text) == span
