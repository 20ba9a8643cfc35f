"""Card codes (models/card_code.py, models/cards.py): their shape, where they are made, and the person
behind one, whichever way it was written or scanned."""
from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ikrar.models import card_code, cards
from ikrar.models.checkin import register_walk_in
from ikrar.models.demo.build import generate_people, insert_people
from ikrar.models.events import create_event
from ikrar.models.roster import import_roster
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.models.store.schema import CardAlias, Employee

NIK = "3201014501900001"
SHAPE = re.compile(r"^IKR-[0-9A-HJKMNP-TV-Z]{10}$")


def test_a_new_code_is_ikr_and_ten_unambiguous_characters():
    codes = {card_code.new_code() for _ in range(2000)}
    assert len(codes) == 2000
    assert all(SHAPE.match(c) and card_code.STORED.match(c) for c in codes)
    assert not any(ch in c[4:] for c in codes for ch in "ILOU")
    assert {ch for c in codes for ch in c[4:]} == set(card_code.ALPHABET)  # every character is drawn


@given(st.integers(min_value=0, max_value=(1 << 50) - 1), st.sampled_from(["", "-", " "]), st.booleans(),
       st.booleans())
def test_a_code_is_read_back_however_it_is_written(bits, split, lower, misread):
    body = "".join(card_code.ALPHABET[(bits >> (5 * i)) & 31] for i in range(10))
    stored = "IKR-" + body
    written = f"IKR-{body[:5]}{split}{body[5:]}"
    if misread:
        written = written.replace("0", "O").replace("1", "I")
    if lower:
        written = written.lower()
    assert card_code.normalise(written) == stored
    assert card_code.normalise(f"  {written}\n") == stored
    assert card_code.card_in(f"\x02{written}\x03") == stored
    assert card_code.card_in(f"kartu: {written} (Meja 1)") == stored


@pytest.mark.parametrize("text", ["", "IKR", "IKR-", "IKR-12345", "IKR-123456789", "IKR-12345678901",
                                  "IKR-UUUUUUUUUU", "IKRAM SAPUTRA", "Ikrammulyadis", "IKR 1234567890",
                                  "XIKR-1234567890", "IKR-1234567890X", "198609262015051001", NIK, None, 12])
def test_other_text_is_no_card_code(text):
    assert card_code.normalise(text) is None
    assert card_code.card_in(text) is None


def test_two_different_codes_in_one_scan_are_none():
    a, b = card_code.new_code(), card_code.new_code()
    assert card_code.card_in(f"{a} {b}") is None
    assert card_code.card_in(f"{a} {card_code.printed(a)}") == a  # the same code twice is one


def test_printed_form_groups_five_and_five():
    assert card_code.printed("IKR-7KQ2M9XHTP") == "IKR-7KQ2M-9XHTP"
    assert card_code.normalise("IKR-7KQ2M-9XHTP") == "IKR-7KQ2M9XHTP"


def test_a_person_without_nip_gets_a_code_when_made_and_an_asn_none(db):
    honorer = Employee.create(nik=NIK, name="SITI", category="NON_ASN")
    asn = Employee.create(nip="198609262015051001", name="BUDI")
    assert SHAPE.match(honorer.card) and asn.card is None
    assert cards.person_by_card(honorer.card).id == honorer.id
    assert cards.person_by_card(card_code.printed(honorer.card).lower()).id == honorer.id
    assert cards.person_by_card(NIK) is None and cards.person_by_card(asn.nip) is None
    assert cards.person_by_card(card_code.new_code()) is None
    assert cards.card_codes([honorer.id, asn.id]) == {honorer.id: honorer.card, asn.id: asn.nip}


def test_the_code_is_not_derived_from_the_nik(tmp_path):
    made = []
    for name in ("a", "b"):
        open_database(tmp_path / f"{name}.db")
        made.append(Employee.create(nik=NIK, name="SITI", category="NON_ASN").card)
        close_database()
    assert made[0] != made[1]


def test_a_walk_in_gets_a_code(db, at):
    at(7, 0)
    event = create_event("Apel", date(2026, 11, 23))
    result = register_walk_in(event, NIK, "Siti Walk In")
    person = Employee.get_by_id(result.attendance.employee_id)
    assert SHAPE.match(person.card) and cards.person_by_card(person.card).id == person.id


def test_printing_gives_a_code_to_someone_written_without_one(db):
    insert_people(generate_people(30, seed=3))  # the demo's bulk insert makes no codes
    without = [p.id for p in Employee.select().where(Employee.nip.is_null())]
    assert without and all(Employee.get_by_id(i).card is None for i in without)
    codes = cards.card_codes(without)
    assert all(SHAPE.match(codes[i]) for i in without) and len(set(codes.values())) == len(without)
    assert cards.card_codes(without) == codes  # made once, then kept
    assert {i: Employee.get_by_id(i).card for i in without} == codes


def test_an_alias_resolves_to_its_person(db):
    person = Employee.create(nik=NIK, name="SITI", category="NON_ASN")
    other = card_code.new_code()
    CardAlias.create(code=other, employee=person)
    assert cards.person_by_card(other).id == person.id
    assert cards.taken([person.card, other, "IKR-0000000000"]) == {person.card: person.id,
                                                                                    other: person.id}


def test_fresh_codes_are_new_and_unique(db):
    person = Employee.create(nik=NIK, name="SITI", category="NON_ASN")
    codes = cards.fresh_codes(6000, reserved={person.card})
    assert len(set(codes)) == 6000 and person.card not in codes and all(SHAPE.match(c) for c in codes)


ROSTER = """NIP,NIK,NAMA,JABATAN,UNIT KERJA,STATUS
198609262015051001,,BUDI SANTOSO,Analis,Dinas Kesehatan,PNS
,3201014501900001,SITI AMINAH,Tenaga Kontrak,Dinas Kesehatan,NON ASN
,3201015502910002,RINA WATI,Tenaga Kontrak,Inspektorat,NON ASN
"""


def test_the_roster_import_gives_new_people_without_nip_a_code_and_keeps_it(db, tmp_path):
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER, encoding="utf-8")
    report = import_roster(path)
    assert report.created == 3, report.rejected
    first = {p.name: p.card for p in Employee.select()}
    assert first["BUDI SANTOSO"] is None
    assert SHAPE.match(first["SITI AMINAH"]) and SHAPE.match(first["RINA WATI"])
    assert first["SITI AMINAH"] != first["RINA WATI"]
    path.write_text(ROSTER.replace("Tenaga Kontrak,Inspektorat", "Pramu Bakti,Inspektorat"), encoding="utf-8")
    import_roster(path)
    assert {p.name: p.card for p in Employee.select()} == first  # a re-import never changes a code
    # honorer → PPPK: the NIP is added, the old card still finds the person
    path.write_text(ROSTER.replace(",3201014501900001,SITI AMINAH,Tenaga Kontrak,Dinas Kesehatan,NON ASN",
                                   "199001012024212001,3201014501900001,SITI AMINAH,Ahli Pertama,Dinas Kesehatan,"
                                   "PPPK"), encoding="utf-8")
    import_roster(path)
    siti = Employee.get(Employee.nik == NIK)
    assert siti.nip == "199001012024212001" and cards.person_by_card(first["SITI AMINAH"]).id == siti.id
    assert cards.card_codes([siti.id]) == {siti.id: siti.nip}  # her new card carries the NIP
    assert db.execute_sql("SELECT COUNT(*) FROM employee WHERE card IS NOT NULL").fetchone()[0] == 2
