"""An absence mark at the desk (issue 13, item 10): a person marked "I — Izin" with a letter number
who then arrives sees the mark on the card (code, note, desk, time); saving says what became of it;
this desk's mark stays in the history, voided with the reason "diganti H"; another desk's mark is
never voided here."""
from __future__ import annotations

from PySide6.QtCore import Qt
from test_desk_support import draw_mouse, key, live_records, person, type_timed, zigzag

from ikrar.models import checkin, clock
from ikrar.models.desk import local_desk
from ikrar.models.queries.attendance import attendances_of
from ikrar.models.store.schema import Attendance, Desk, record_id

pytest_plugins = ["test_desk_support"]  # the desk and roster fixtures


def scan_sign_save(desk, employee) -> None:
    type_timed(desk.input, employee.nip, gap_ms=3)
    key(desk.input, Qt.Key_Return)
    assert desk.employee.id == employee.id


def test_a_person_marked_i_who_arrives_is_warned_and_the_mark_kept_voided(desk, at, roster):
    employee = person(0)
    at(7, 2)
    checkin.mark_absence(roster, employee, "I", "Surat 800/12/2026")
    at(7, 20)
    scan_sign_save(desk, employee)
    card = desk.card.mark
    assert card.isVisible()
    for part in ("I — Permission (izin)", "Surat 800/12/2026", "07:02", f"({local_desk().name})"):
        assert part in card.text()
    assert "voided (replaced by H)" in card.text()
    assert desk.feedback.kind == "warn" and "marked I" in desk.feedback.text()
    draw_mouse(desk.pad, zigzag(desk.pad))
    key(desk.input, Qt.Key_Return)
    assert desk.feedback.kind == "ok" and "The mark I — Permission (izin) (Surat 800/12/2026) was replaced" \
        in desk.feedback.text()
    [present] = live_records(roster, employee)
    assert present.status == "H" and present.signatures.count() == 1
    [mark] = [a for a in attendances_of(roster) if a.status == "I"]
    assert mark.is_void and "diganti H" in mark.void_reason and mark.note == "Surat 800/12/2026"


def test_another_desks_mark_is_shown_and_never_voided_here(desk, at, roster):
    employee = person(1)
    other = Desk.create(id="d" * 64, name="Meja Timur", created_at=clock.iso(clock.now()))
    at(7, 5)
    now = clock.now()
    Attendance.create(id=record_id(other.id), event=roster, employee=employee, status="S", note="demam",
                      recorded_at=clock.iso(now), recorded_utc=clock.iso_utc(now), desk=other, method="manual",
                      late=False)
    at(7, 25)
    scan_sign_save(desk, employee)
    assert "Meja Timur" in desk.card.mark.text() and "S — Sick (demam)" in desk.card.mark.text()
    assert "that desk's record" in desk.card.mark.text()
    draw_mouse(desk.pad, zigzag(desk.pad))
    key(desk.input, Qt.Key_Return)
    assert desk.feedback.kind == "ok" and "(Meja Timur) stays" in desk.feedback.text()
    live = live_records(roster, employee)
    assert sorted(a.status for a in live) == ["H", "S"]  # the other desk's mark is its own record


def test_no_mark_no_warning(desk, roster):
    scan_sign_save(desk, person(2))
    assert desk.card.mark.isHidden() and desk.feedback.kind == "info"
