"""A card code scanned at the desk finds its person, as a NIP does: the QR of someone without a NIP
holds 'IKR-…' (models/card_code.py), never the NIK."""
from __future__ import annotations

from ikrar.models.cards import card_codes
from ikrar.models.demo.build import generate_people, insert_people
from ikrar.models.identifiers import extract_code
from ikrar.models.search.lookup import find_by_code
from ikrar.models.store.schema import Employee


def test_a_scanned_card_code_finds_the_person(db):
    insert_people(generate_people(40, seed=3))
    person = Employee.select().where(Employee.nip.is_null()).first()
    code = card_codes([person.id])[person.id]
    assert code.startswith("IKR-") and person.nik not in code
    for scanned in (code, f"\x02{code}\r\n", code.lower(), f"{code[:9]}-{code[9:]}"):
        found = extract_code(scanned)
        assert found == code, scanned
        assert find_by_code(found).id == person.id
    assert extract_code("IKR-00000-0000") is None and find_by_code("IKR-ZZZZZZZZZZ") is None
    nip_holder = Employee.select().where(Employee.nip.is_null(False)).first()
    assert extract_code(nip_holder.nip) == nip_holder.nip  # a NIP is still a NIP
