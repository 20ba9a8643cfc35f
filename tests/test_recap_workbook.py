"""The workbook's recap adds up as the PDF's does (issue 14, item 7): a 'Belum hadir' column, so that in
every row Jumlah = Hadir + S + I + C + DL + TK + Belum hadir, read from the sheet's cells; and the
recap's fingerprint covers the per-desk figures (check-ins, people per hour, signing times)."""
from __future__ import annotations

import random
from datetime import date

import pytest
from openpyxl import load_workbook

from ikrar.models import checkin, clock
from ikrar.models.demo.build import demo_strokes, generate_people, insert_people
from ikrar.models.events import create_event
from ikrar.models.store.schema import ABSENCE_CODES, Attendance, Desk, Employee, Signature, record_id
from ikrar.reports import api, data

UNITS = ["Dinas Satu", "Dinas Dua", "Dinas Tiga"]


def recap_rows(path) -> tuple[list[str], list[tuple]]:
    sheet = load_workbook(path)["Rekapitulasi"]
    header = [c.value for c in sheet[4]]
    return header, [row for row in sheet.iter_rows(min_row=5, values_only=True) if any(v is not None for v in row)]


def adds_up(header: list[str], row: tuple) -> bool:
    cell = dict(zip(header, row, strict=False))
    return cell["Jumlah"] == cell["Hadir"] + sum(cell[code] for code in ABSENCE_CODES) + cell["Belum hadir"]


def make_event(marks: list[str | None], at) -> object:
    """People of three units; person i checked in ('H'), marked with a code, or not seen (None)."""
    at(6, 0)
    insert_people(generate_people(len(marks), seed=9, units=UNITS))
    event = create_event("Apel", date(2026, 11, 23), start_time="07:30")
    for i, (person, mark) in enumerate(zip(Employee.select().order_by(Employee.roster_order), marks, strict=True)):
        at(7, i % 60)
        if mark == "H":
            checkin.check_in(event, person, strokes=demo_strokes(i) if i % 3 else None)
        elif mark is not None:
            checkin.mark_absence(event, person, mark)
    clock.set_clock(None)
    return event


def test_every_row_of_the_workbooks_recap_adds_up(db, at, tmp_path):
    marks = ["H"] * 9 + ["S", "I", "C", "DL", "TK", "S"] + [None] * 8
    event = make_event(marks, at)
    header, rows = recap_rows(api.xlsx(event, tmp_path / "rekap.xlsx").path)
    assert header[-3:] == ["Belum hadir", "% Hadir", "% TTD"]
    units = [r for r in rows if r[1] in UNITS]
    total = next(r for r in rows if r[1] == "JUMLAH")
    assert len(units) == 3 and all(adds_up(header, r) for r in units + [total])
    cell = dict(zip(header, total, strict=False))
    assert (cell["Jumlah"], cell["Hadir"], cell["Belum hadir"]) == (23, 9, 8)
    assert sum(cell[c] for c in ABSENCE_CODES) == 6
    assert sum(dict(zip(header, r, strict=False))["Belum hadir"] for r in units) == 8
    by_kind = rows[rows.index(next(r for r in rows if r[1] == "Menurut jenis pegawai")) + 1:]
    assert by_kind and all(adds_up(header, r) for r in by_kind)
    assert sum(dict(zip(header, r, strict=False))["Jumlah"] for r in by_kind) == 23
    note = [r[1] for r in rows if isinstance(r[1], str) and r[1].startswith("Keterangan: Jumlah = Hadir")]
    assert note and "Belum hadir" in note[0]


def random_marks(seed: int) -> list[str | None]:
    rng = random.Random(seed)
    return [rng.choice(["H", *ABSENCE_CODES, None]) for _ in range(rng.randint(1, 30))]


@pytest.mark.parametrize("marks", [random_marks(seed) for seed in range(6)] + [["H"], [None], ["TK", "TK"]])
def test_the_workbook_adds_up_for_any_marks(db, at, tmp_path, marks):
    event = make_event(marks, at)
    header, rows = recap_rows(api.xlsx(event, tmp_path / "r.xlsx").path)
    total = dict(zip(header, next(r for r in rows if r[1] == "JUMLAH"), strict=False))
    assert all(adds_up(header, r) for r in rows if r[1] in UNITS or r[1] == "JUMLAH")
    assert (total["Jumlah"], total["Hadir"], total["Belum hadir"]) == (
        len(marks), marks.count("H"), marks.count(None))


# --- the recap's fingerprint ---------------------------------------------------------------------

@pytest.fixture
def apel(db, at):
    return make_event(["H", "H", "H", None], at)


def test_a_check_in_moved_to_another_desk_changes_only_the_desk_figures_and_the_fingerprint(apel, at, tmp_path):
    before = data.recap(apel)
    first = api.recap(apel, tmp_path / "a.pdf").fingerprint
    assert first == api.recap_fingerprint(apel.id, before)
    # the first person's record at this desk was a mistake: voided, and they check in at Meja B
    person = Employee.select().order_by(Employee.roster_order)[1]  # one who signed
    wrong = Attendance.get((Attendance.employee == person) & (Attendance.event == apel))
    checkin.void_attendance(wrong, "meja salah")
    other = Desk.create(id="b" * 32, name="Meja B", created_at=clock.iso(at(7, 40)))
    aid = record_id(other.id)
    Attendance.create(id=aid, event=apel, employee=person, status="H", recorded_at=clock.iso(at(7, 40)),
                      recorded_utc=clock.iso_utc(at(7, 40)), desk=other)
    Signature.create(id=record_id(other.id), attendance=aid, strokes=demo_strokes(7).strokes_json(), pad_width=600,
                     pad_height=200, pact=apel.pact_sha256, signed_at=clock.iso(at(7, 40)), desk=other)
    after = data.recap(apel)
    # every figure of the units' tables is what it was: only the desks' table changed
    assert [u.to_dict() for u in after.units] == [u.to_dict() for u in before.units]
    assert [d.name for d in after.desks] != [d.name for d in before.desks]
    second = api.recap(apel, tmp_path / "b.pdf").fingerprint
    assert second != first and second == api.recap_fingerprint(apel.id, after)


def test_the_fingerprint_follows_each_desk_figure(apel):
    summary = data.recap(apel)
    first = api.recap_fingerprint(apel.id, summary)
    assert first == api.recap_fingerprint(apel.id, data.recap(apel))  # the same data, the same fingerprint
    desk = summary.desks[0]
    for change in ({"per_hour": (desk.per_hour or 0) + 1}, {"median_ms": (desk.median_ms or 0) + 1},
                   {"p90_ms": (desk.p90_ms or 0) + 1}, {"checkins": desk.checkins + 1}):
        original = {k: getattr(desk, k) for k in change}
        for k, v in change.items():
            setattr(desk, k, v)
        assert api.recap_fingerprint(apel.id, summary) != first, change
        for k, v in original.items():
            setattr(desk, k, v)
    summary.all_desks.p90_ms = (summary.all_desks.p90_ms or 0) + 1
    assert api.recap_fingerprint(apel.id, summary) != first
