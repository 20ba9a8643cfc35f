"""The signed attendance list read back with pypdf: who is on it, in which order, the page footer,
and each signature drawn as a path in its own row's half of the TTD cell."""
from __future__ import annotations

import re
from datetime import date

import pdfplumber
import pytest
from reportlab.lib.pagesizes import A4
from test_reports_support import (
    all_text,
    ink_boxes,
    make_apel,
    nips_in_order,
    pages_text,
    read,
    text_positions,
)

from ikrar.models import settings
from ikrar.models.checkin import check_in, void_attendance
from ikrar.models.demo.build import demo_strokes, generate_people, insert_people
from ikrar.models.errors import Refused
from ikrar.models.events import create_event
from ikrar.models.identifiers import format_nip
from ikrar.models.queries.people import people
from ikrar.models.store.schema import Attendance, Employee
from ikrar.reports import api


@pytest.fixture
def apel(db, at):
    at(7, 20)
    return make_apel()



def printed(person) -> str:
    return format_nip(person.nip)


def test_lists_the_signed_present_people_only(apel, tmp_path):
    settings.set("city", "Contoh")  # the place before the date under the list (no default city any more)
    result = api.signed_list(apel.event, tmp_path / "list.pdf")
    text = all_text(result.path)
    for person in apel.signed:
        if person.nip:
            assert printed(person) in text
    for person in apel.voided + apel.unrecorded + [p for p, _ in apel.absent]:
        if person.nip:
            assert printed(person) not in text, person.name
    for person in apel.cannot_sign:  # present without a signature: listed, with the reason
        if person.nip:
            assert printed(person) in text
    assert "tangan cedera" in text
    assert result.rows == len(apel.signed) + len(apel.cannot_sign)
    assert "DAFTAR HADIR" in text and "Senin, 23 November 2026" in text and "Pukul 07.30 WIB" in text
    assert "Mengetahui," in text and "Dra. Hj. SITI AMINAH, M.Si." in text
    assert "NIP. 19671010 199503 1 006" in text and "Contoh, 23 November 2026" in text


def test_names_with_titles_and_roster_order(apel, tmp_path):
    result = api.signed_list(apel.event, tmp_path / "list.pdf")
    expected = [r.nip for r in people(apel.event, present_only=True) if r.nip]
    assert [n.replace(" ", "") for n in nips_in_order(result.path)] == expected
    text = all_text(result.path)
    someone = next(p for p in apel.signed if p.front_title or p.back_title)
    assert someone.display_name() in text


def test_order_by_name(apel, tmp_path):
    result = api.signed_list(apel.event, tmp_path / "list.pdf", order="name")
    order = [n.replace(" ", "") for n in nips_in_order(result.path)]
    names = [Employee.get(Employee.nip == nip).name for nip in order]
    assert names == sorted(names)


def test_grouped_by_unit_restarts_numbering(apel, tmp_path):
    result = api.signed_list(apel.event, tmp_path / "list.pdf", group_by_unit=True)
    text = all_text(result.path)
    captions = re.findall(r"(Dinas Kesehatan|Dinas Pendidikan|Inspektorat) — (\d+) orang(?! \(lanjutan\))", text)
    assert [c[0] for c in captions] == ["Dinas Kesehatan", "Dinas Pendidikan", "Inspektorat"]

    rows = people(apel.event, present_only=True)
    for unit, count in captions:
        assert int(count) == sum(1 for r in rows if r.unit_name == unit)
    assert "Unit Kerja" not in text  # the caption replaces the column
    labels = [t for t, _, _ in text_positions(read(result.path).pages[0]) if re.fullmatch(r"\d+\.", t)]
    assert labels.count("1.") == 3  # each unit starts at 1


def test_all_expected_shows_absence_codes(apel, tmp_path):
    result = api.signed_list(apel.event, tmp_path / "list.pdf", all_expected=True)
    text = all_text(result.path)
    assert "Ket." in text
    for person, code in apel.absent:
        if person.nip:
            assert re.search(re.escape(printed(person)) + r".*?\b" + code + r"\b", text)
    for person in apel.unrecorded:
        if person.nip:
            assert printed(person) in text


def test_pages_say_halaman_x_dari_y_and_fingerprint(db, at, tmp_path):
    at(7, 10)
    event = make_apel(90, everyone_signs=True).event
    result = api.signed_list(event, tmp_path / "list.pdf", paper="A4")
    texts = pages_text(result.path)
    assert len(texts) == result.pages >= 3
    for n, text in enumerate(texts, 1):
        assert f"Halaman {n} dari {len(texts)}" in text
        assert f"sidik {result.fingerprint}" in text
        assert "Dibuat 23 November 2026 07.10 WIB oleh" in re.sub(r"\s+", " ", text)

    box = read(result.path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (round(A4[0]), round(A4[1]))


def test_f4_is_the_default_paper(apel, tmp_path):
    box = read(api.signed_list(apel.event, tmp_path / "f4.pdf").path).pages[0].mediabox
    assert round(float(box.width) / 72 * 25.4) == 215 and round(float(box.height) / 72 * 25.4) == 330


def test_each_signature_is_a_path_in_its_rows_half(db, at, tmp_path):
    """Row n's label "n." sits in the TTD cell's left half (odd n) or right half (even n); exactly one
    ink path lies to its right in that half, between its row's rules."""

    at(7, 10)
    apel_ = make_apel(24, everyone_signs=True)
    result = api.signed_list(apel_.event, tmp_path / "list.pdf")
    page = read(result.path).pages[0]
    boxes = ink_boxes(page)
    labels = {int(t[:-1]): (x, y) for t, x, y in text_positions(page) if re.fullmatch(r"\d+\.", t)}
    assert len(labels) == len(boxes) and len(labels) >= 14
    odd_x = {round(x) for n, (x, _) in labels.items() if n % 2}
    even_x = {round(x) for n, (x, _) in labels.items() if n % 2 == 0}
    assert len(odd_x) == 1 and len(even_x) == 1 and min(even_x) > max(odd_x)
    half = min(even_x) - max(odd_x)
    assert half >= 25 * 72 / 25.4 - 0.5  # each half at least 25 mm
    height = page.mediabox.height
    with pdfplumber.open(str(result.path)) as pdf:  # the rows' rules, in page coordinates
        rules = sorted(height - line["top"] for line in pdf.pages[0].lines if abs(line["top"] - line["bottom"]) < 0.01)
    for n, (x, y) in labels.items():
        top = min(r for r in rules if r > y)
        bottom = max(r for r in rules if r < y)
        inside = [b for b in boxes if x < b[0] and b[2] <= x + half + 0.5 and bottom < b[1] and b[3] < top]
        assert len(inside) == 1, f"row {n}: {len(inside)} signatures"


def test_nobody_signed_is_refused(db, at, tmp_path):
    at(7, 0)


    insert_people(generate_people(5))
    event = create_event("Apel", date(2026, 11, 23))
    with pytest.raises(Refused) as err:
        api.signed_list(event, tmp_path / "x.pdf")
    assert err.value.code == "nobody_signed" and not (tmp_path / "x.pdf").exists()
    assert api.recap(event, tmp_path / "recap.pdf").pages >= 1  # other kinds work before anyone signs


def test_fixed_date_gives_the_same_bytes(apel, tmp_path, at):
    first = api.signed_list(apel.event, tmp_path / "a.pdf", fixed_date=True).path.read_bytes()
    at(9, 45)
    second = api.signed_list(apel.event, tmp_path / "b.pdf", fixed_date=True).path.read_bytes()
    assert first == second
    assert "Dibuat 23 November 2026 07.30 WIB" in all_text(tmp_path / "a.pdf")


def test_fingerprint_follows_the_data(apel, tmp_path):
    before = api.signed_list(apel.event, tmp_path / "a.pdf").fingerprint
    row = people(apel.event, present_only=True, signed=True)[0]
    void_attendance(Attendance.get_by_id(row.attendance_id), "salah orang")
    after_void = api.signed_list(apel.event, tmp_path / "b.pdf").fingerprint
    assert after_void != before
    # a roster change to what a row prints (the rank or the non-ASN status word), nothing else
    signed = people(apel.event, present_only=True, signed=True)[0]
    Employee.update(pangkat="Pembina Utama", employment_status="").where(Employee.id == signed.employee_id).execute()
    assert api.signed_list(apel.event, tmp_path / "c.pdf").fingerprint != after_void


def test_accented_names_and_curly_apostrophes_are_embedded(db, at, tmp_path):

    at(7, 0)
    people = generate_people(2)
    people[0]["name"], people[1]["name"] = "MUH. MA’RUF", "René Sitompul"
    insert_people(people)
    event = create_event("Apel", date(2026, 11, 23))
    for i, person in enumerate(Employee.select()):
        check_in(event, person, strokes=demo_strokes(i))
    text = all_text(api.signed_list(event, tmp_path / "x.pdf").path)
    assert "MA’RUF" in text and "René Sitompul" in text
