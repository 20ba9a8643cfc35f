"""Totals that add up (issue 14, item 7): for any check-ins, absence codes, voids, records of other desks,
walk-ins and people of units not invited, expected = present + each absence code + belum hadir, the group
apart (di luar daftar peserta) never in them; in the counts, in `ikrar status --json`, in its text and in
the recap PDF read back with pdfplumber. The figures are also checked against the record-that-counts
rule worked out here in plain Python from the raw rows."""
from __future__ import annotations

import contextlib
import io
import json
import re
import tempfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pdfplumber
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ikrar.models import checkin, clock
from ikrar.models import settings as app_settings
from ikrar.models.demo.build import demo_strokes, generate_people, insert_people
from ikrar.models.errors import DomainError
from ikrar.models.events import create_event, resolve_units
from ikrar.models.queries.counts import event_counts, unit_counts
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.models.store.schema import ABSENCE_CODES, Attendance, Desk, Employee, Unit, record_id
from ikrar.reports import api
from ikrar.ui.cli.app import run

WIB = timezone(timedelta(hours=7))
INVITED = ["Dinas Satu", "Dinas Dua"]
OTHER = "Dinas Lain"  # not invited
CODES = list(ABSENCE_CODES)

action = st.tuples(
    st.sampled_from(["present", "signed", "absence", "cannot_sign", "void", "other_desk", "walk_in"]),
    st.integers(0, 10_000),  # whom (modulo the roster)
    st.sampled_from(["H", *CODES]),  # the code (of a mark, or of another desk's record)
    st.integers(-120, 600),  # seconds the clock moves before the action (another desk's clock may be behind)
)


def apply(event, people: list, other_desk: Desk, actions) -> None:
    moment = datetime(2026, 11, 23, 7, 0, tzinfo=WIB)
    for n, (kind, who, code, step) in enumerate(actions):
        moment += timedelta(seconds=abs(step))
        clock.set_clock(moment)
        person = people[who % len(people)]
        with contextlib.suppress(DomainError):
            if kind in ("present", "signed"):
                checkin.check_in(event, person, strokes=demo_strokes(n) if kind == "signed" else None)
            elif kind == "absence":
                checkin.mark_absence(event, person, code if code != "H" else "TK")
            elif kind == "cannot_sign":
                checkin.mark_cannot_sign(event, person, "tangan cedera")
            elif kind == "void":
                live = checkin.live_attendances(event, person)
                if live:
                    checkin.void_attendance(live[who % len(live)], "salah orang")
            elif kind == "other_desk":  # as a sync file brings it: any status, at its desk's own time
                at = moment + timedelta(seconds=step)
                Attendance.create(id=record_id(other_desk.id), event=event, employee=person, status=code,
                                  recorded_at=clock.iso(at), recorded_utc=clock.iso_utc(at), desk=other_desk)
            else:
                checkin.register_walk_in(event, f"32010145099{n:05d}", f"TAMU {n}", strokes=demo_strokes(n))


def by_the_rule(event) -> dict:
    """The invited's figures from the raw rows: expected are the active roster people of the invited
    units; a person's live records count as present when one is H, else as the earliest mark's code
    (by UTC time, then id); nobody live is belum hadir."""
    invited = {u.id for u in Unit.select().where(Unit.name.in_(INVITED))}
    expected = [e for e in Employee.select() if e.active and e.unit_id in invited
                and (e.origin == "roster" or not e.is_walk_in)]
    live: dict[int, list] = {}
    for a in Attendance.select().where(Attendance.event == event, Attendance.voided_at.is_null()):
        live.setdefault(a.employee_id, []).append(a)
    figures = {"expected": len(expected), "present": 0, "not_arrived": 0, "codes": dict.fromkeys(CODES, 0)}
    for person in expected:
        records = live.get(person.id, [])
        if any(a.status == "H" for a in records):
            figures["present"] += 1
        elif records:
            figures["codes"][min(records, key=lambda a: (a.recorded_utc, a.id)).status] += 1
        else:
            figures["not_arrived"] += 1
    return figures


def adds_up(figures: dict) -> bool:
    return figures["present"] + sum(figures["codes"].values()) + figures["not_arrived"] == figures["expected"]


def build(folder: Path, size: int, seed: int, actions):
    open_database(folder / "ikrar.db")
    clock.set_clock(datetime(2026, 11, 23, 6, 30, tzinfo=WIB))
    app_settings.set("city", "Maju")
    insert_people(generate_people(size, seed=seed, units=[*INVITED, OTHER]))
    event = create_event("Apel", date(2026, 11, 23), start_time="07:30", units=resolve_units(INVITED))
    other_desk = Desk.create(id="d" * 32, name="Meja Lain", created_at=clock.iso(clock.now()))
    people = list(Employee.select().order_by(Employee.roster_order))
    apply(event, people, other_desk, actions)
    return event


def status_json(db_path: Path, event_id: str) -> dict:
    close_database()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert run(["--db", str(db_path), "status", "--event", event_id, "--json"]) == 0
    close_database()
    return json.loads(out.getvalue())


def status_text(db_path: Path, event_id: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert run(["--db", str(db_path), "--lang", "id", "status", "--event", event_id]) == 0
    close_database()
    return out.getvalue()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(size=st.integers(4, 24), seed=st.integers(0, 50), actions=st.lists(action, max_size=40))
def test_counts_and_status_add_up_for_any_data(size, seed, actions):
    with tempfile.TemporaryDirectory() as folder:
        try:
            event = build(Path(folder), size, seed, actions)
            expected = by_the_rule(event)
            counts = event_counts(event)
            got = {"expected": counts.expected, "present": counts.present, "not_arrived": counts.not_arrived,
                   "codes": counts.codes}
            assert got == expected and adds_up(got)
            for unit in unit_counts(event):
                assert unit.present + sum(unit.codes.values()) + unit.not_arrived == unit.expected
            assert counts.outside.not_arrived == 0  # nobody expected the group apart
            data = status_json(Path(folder) / "ikrar.db", event.id)
            total = data["total"]
            assert {k: total[k] for k in ("expected", "present", "not_arrived", "codes")} == expected
            assert adds_up(total) and all(adds_up(u) for u in data["units"])
            assert "not_arrived" not in data["total"]["outside"]
            adds = " + ".join(f"{k} {v}" for k, v in expected["codes"].items())
            assert (f"Diharapkan {expected['expected']} = hadir {expected['present']} + {adds} + belum hadir "
                    f"{expected['not_arrived']}") in status_text(Path(folder) / "ikrar.db", event.id)
        finally:
            clock.set_clock(None)
            close_database()


def recap_rows(path: Path) -> dict[str, list[int]]:
    """The units' table of the recap's first page: {label: its first ten figures}, the first JUMLAH."""
    with pdfplumber.open(path) as pdf:
        words = pdf.pages[0].extract_words()
    lines: dict[int, list] = {}
    for w in words:
        lines.setdefault(round(w["top"]), []).append(w)
    rows: dict[str, list[int]] = {}
    pattern = re.compile(rf"^(?:\d+ )?(JUMLAH|{'|'.join(INVITED)}) ((?:[\d.]+ ){{10}})")
    for top in sorted(lines):
        found = pattern.match(" ".join(w["text"] for w in sorted(lines[top], key=lambda w: w["x0"])))
        if found and found[1] not in rows:
            rows[found[1]] = [int(v.replace(".", "")) for v in found[2].split()]
    return rows


RECAP_FIGURES = ["expected", "present", "signed", "late", *CODES, "not_arrived"]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(size=st.integers(4, 24), seed=st.integers(0, 50), actions=st.lists(action, max_size=40))
def test_the_recap_pdf_adds_up_for_any_data(size, seed, actions):
    with tempfile.TemporaryDirectory() as folder:
        try:
            event = build(Path(folder), size, seed, actions)
            expected = by_the_rule(event)
            result = api.recap(event, Path(folder) / "rekap.pdf")
            rows = recap_rows(result.path)
            assert set(rows) == {"JUMLAH", *INVITED}, rows
            for figures in rows.values():
                values = dict(zip(RECAP_FIGURES, figures, strict=True))
                assert values["present"] + sum(values[c] for c in CODES) + values["not_arrived"] == values["expected"]
            total = dict(zip(RECAP_FIGURES, rows["JUMLAH"], strict=True))
            assert (total["expected"], total["present"], total["not_arrived"]) == \
                (expected["expected"], expected["present"], expected["not_arrived"])
            assert {c: total[c] for c in CODES} == expected["codes"]
        finally:
            clock.set_clock(None)
            close_database()
