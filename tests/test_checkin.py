"""The check-in rules: one live record per person, durable, voids kept, signatures checked."""
from __future__ import annotations

import math
from datetime import date

import pytest

from ikrar.models import checkin, clock
from ikrar.models.demo.build import demo_strokes, insert_people
from ikrar.models.desk import local_desk
from ikrar.models.errors import AlreadyDone, Refused
from ikrar.models.events import create_event, find_event, resolve_units, set_closed
from ikrar.models.queries.counts import event_counts, unit_counts
from ikrar.models.queries.people import not_signed_people, people
from ikrar.models.store.schema import Attendance, Desk, Employee, Signature, record_id
from ikrar.models.strokes import StrokeData


def _people():
    return [
        {"nip": "198609262015051001", "nik": None, "name": "AHMAD YANI", "front_title": "Drs.", "back_title": "M.Si.",
         "gender": "L", "birth_date": date(1986, 9, 26), "category": "PNS", "golongan": "III/a", "pangkat": "Penata Muda",
         "position": "Analis", "unit": "Dinas Kesehatan"},
        {"nip": "199001012024211002", "nik": None, "name": "SITI AMINAH", "front_title": "", "back_title": "S.Pd.",
         "gender": "P", "birth_date": date(1990, 1, 1), "category": "PPPK", "golongan": "IX", "pangkat": "",
         "position": "Guru", "unit": "Dinas Kesehatan"},
        {"nip": "197001012000031003", "nik": None, "name": "BUDI SANTOSO", "front_title": "", "back_title": "",
         "gender": "L", "birth_date": date(1970, 1, 1), "category": "PNS", "golongan": "IV/a", "pangkat": "Pembina",
         "position": "Camat", "unit": "Kecamatan Kota"},
    ]


@pytest.fixture
def event(db, at):
    at(7, 0)
    insert_people(_people())
    return create_event("Apel", date(2026, 11, 23), start_time="07:30", units=resolve_units(["Dinas Kesehatan"]))


def person(nip: str) -> Employee:
    return Employee.get(Employee.nip == nip)


def test_check_in_is_recorded_once_and_second_returns_existing(event, at):
    at(7, 10)
    first = checkin.check_in(event, person("198609262015051001"), method="scan")
    assert first.created and first.attendance.status == "H" and not first.attendance.late
    at(7, 40)
    second = checkin.check_in(event, person("198609262015051001"), method="search")
    assert not second.created
    assert second.attendance.id == first.attendance.id
    assert second.attendance.recorded_at.startswith("2026-11-23T07:10")
    assert Attendance.select().count() == 1


def test_late_flag_against_start_time(event, at):
    at(7, 31)
    assert checkin.check_in(event, person("199001012024211002")).attendance.late


def test_record_carries_desk_offset_and_method(event, at):
    at(7, 5)
    att = checkin.check_in(event, person("198609262015051001"), method="camera").attendance
    assert att.recorded_at.endswith("+07:00")
    assert att.recorded_utc == "2026-11-23T00:05:00.000Z"
    assert att.method == "camera" and att.desk_id
    desk_part, uuid_part = att.id.split(":")  # a record is its desk's: "<desk id>:<uuid>"
    assert desk_part == att.desk_id == local_desk().id and len(uuid_part) == 36


def test_signature_with_check_in_and_second_refused(event):
    emp = person("198609262015051001")
    result = checkin.check_in(event, emp, strokes=demo_strokes(1))
    assert result.signature_created and result.signature.pact_sha256 == event.pact_sha256
    with pytest.raises(AlreadyDone):
        checkin.record_signature(result.attendance, demo_strokes(2))
    assert Signature.select().count() == 1


def test_present_without_signature_gets_it_on_second_check_in(event):
    emp = person("198609262015051001")
    checkin.check_in(event, emp)
    again = checkin.check_in(event, emp, strokes=demo_strokes(3))
    assert not again.created and again.signature_created


@pytest.mark.parametrize("strokes", [
    {"width": 600, "height": 200, "strokes": [[[10, 10, 0, 1], [50, 80, 10, 1]]]},  # too few points
    {"width": 600, "height": 200, "strokes": [[[50 + 6 * math.cos(i / 5), 50 + 6 * math.sin(i / 5), i, 1]
                                               for i in range(30)]]},  # a dot: too short
    {"width": 600, "height": 200, "strokes": [[[10 + i * 10, 100 + i % 2 * 2, i, 1] for i in range(30)]]},  # flat
])
def test_too_little_ink_refused_and_nothing_written(event, strokes):
    with pytest.raises(Refused) as err:
        checkin.check_in(event, person("198609262015051001"), strokes=StrokeData.from_obj(strokes))
    assert err.value.code == "too_little_ink"
    assert Attendance.select().count() == 0  # the check-in was not half-written


@pytest.mark.parametrize("bad", [[], {"width": 0, "height": 1, "strokes": []},
                                 {"width": 600, "height": 200, "strokes": [[[1, 2]]]},
                                 {"width": 600, "height": 200, "strokes": [[[1, 2, 3, 1.5]]]}])
def test_bad_stroke_files_refused(bad):
    with pytest.raises(Refused):
        StrokeData.from_obj(bad)


def test_void_keeps_record_and_allows_new_check_in(event):
    emp = person("198609262015051001")
    att = checkin.check_in(event, emp).attendance
    with pytest.raises(Refused):
        checkin.void_attendance(att, "  ")
    checkin.void_attendance(att, "salah orang")
    with pytest.raises(AlreadyDone):
        checkin.void_attendance(att, "lagi")
    again = checkin.check_in(event, emp)
    assert again.created and again.attendance.id != att.id
    assert Attendance.select().count() == 2
    assert Attendance.get_by_id(att.id).void_reason == "salah orang"


def test_absence_marks_and_arrival(event):
    emp = person("199001012024211002")
    mark = checkin.mark_absence(event, emp, "S", note="demam").attendance
    with pytest.raises(Refused):
        checkin.mark_absence(event, emp, "X")
    arrived = checkin.check_in(event, emp)
    assert arrived.created
    assert Attendance.get_by_id(mark.id).voided_at is not None
    with pytest.raises(AlreadyDone):
        checkin.mark_absence(event, emp, "I")


def test_cannot_sign_needs_note(event):
    emp = person("199001012024211002")
    with pytest.raises(Refused):
        checkin.mark_cannot_sign(event, emp, "")
    result = checkin.mark_cannot_sign(event, emp, "tangan kanan cedera")
    assert result.attendance.note == "tangan kanan cedera" and result.signature is None


def test_walk_in_validated_and_flagged(event):
    with pytest.raises(Refused):
        checkin.register_walk_in(event, "198613262015051001", "SALAH BULAN")  # month 13
    with pytest.raises(Refused):
        checkin.register_walk_in(event, "12345", "PENDEK")
    result = checkin.register_walk_in(event, "3201014509900001", "NENG EUIS")  # NIK, woman (day+40)
    emp = result.attendance.employee
    assert emp.is_walk_in and emp.category == "NON_ASN" and emp.gender == "P" and emp.nik == "3201014509900001"
    again = checkin.register_walk_in(event, "198609262015051001", "AHMAD YANI")  # on the roster already
    assert not again.attendance.employee.is_walk_in


def test_counts_expected_present_signed_late_codes(event, at):
    at(7, 10)
    checkin.check_in(event, person("198609262015051001"), strokes=demo_strokes(1))
    checkin.mark_absence(event, person("199001012024211002"), "DL")
    at(7, 45)
    checkin.check_in(event, person("197001012000031003"))  # a unit not invited: counted apart, never expected
    counts = event_counts(event)
    assert (counts.expected, counts.present, counts.signed, counts.late) == (2, 1, 1, 0)
    assert (counts.outside.people, counts.outside.present, counts.outside.late) == (1, 1, 1)
    assert counts.codes["DL"] == 1 and counts.pct(counts.present) == pytest.approx(50.0)
    per_unit = {u.unit_name: u for u in unit_counts(event)}
    assert per_unit["Dinas Kesehatan"].expected == 2 and per_unit["Dinas Kesehatan"].signed == 1
    assert "Kecamatan Kota" not in per_unit
    names = [p.name for p in not_signed_people(event)]
    assert names == ["SITI AMINAH"]


def test_closed_event_refuses(event):
    set_closed(event, True)
    with pytest.raises(Refused):
        checkin.check_in(event, person("198609262015051001"))


def test_closed_is_read_from_the_database_not_from_a_stale_event(event):
    """A desk loaded the event before another window closed it: the check-in is still refused,
    as are an absence mark and a walk-in; reopened elsewhere, the same stale object is accepted."""

    loaded_earlier = find_event(event.id)
    set_closed(find_event(event.id), True)
    assert loaded_earlier.closed is False
    with pytest.raises(Refused) as refused:
        checkin.check_in(loaded_earlier, person("198609262015051001"), strokes=demo_strokes(1))
    assert refused.value.code == "closed" and "ditutup" in refused.value.text("id")
    with pytest.raises(Refused):
        checkin.mark_absence(loaded_earlier, person("199001012024211002"), "S")
    with pytest.raises(Refused):
        checkin.register_walk_in(loaded_earlier, "7371014509900002", "TENAGA HONORER")
    assert Attendance.select().count() == 0 and Employee.select().where(Employee.is_walk_in).count() == 0
    set_closed(find_event(event.id), False)
    loaded_earlier.closed = True  # stale the other way round
    assert checkin.check_in(loaded_earlier, person("198609262015051001")).created


def test_duplicates_only_count_second_present_records(event):
    checkin.mark_absence(event, person("199001012024211002"), "S")  # an absence alone is no duplicate
    emp = person("198609262015051001")
    checkin.check_in(event, emp)
    other = Desk.create(id="2" * 32, name="Meja 2", created_at=clock.iso(clock.now()))
    moment = clock.now()
    Attendance.create(id=record_id(other.id), event=event, employee=emp, status="H", recorded_at=clock.iso(moment),
                      recorded_utc=clock.iso_utc(moment), desk=other, method="scan")  # as merged from desk 2
    counts = event_counts(event)
    assert counts.duplicates == 1 and counts.present == 1 and counts.codes["S"] == 1
    row = next(p for p in people(event) if p.employee_id == emp.id)
    assert row.duplicates == 1
