"""The pact template and its fields (the Pemda, the election, its year), the identity marker, the
identity block's rows (NIP, NI PPPK, masked NIK, status), and the signature that counts on a pact page."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from ikrar.models import settings
from ikrar.models.checkin import check_in, void_attendance
from ikrar.models.demo.build import demo_strokes, generate_people, insert_people
from ikrar.models.errors import Refused
from ikrar.models.events import create_event, update_event
from ikrar.models.pact import (
    GENERIC_PEMDA,
    IDENTITY,
    PactFields,
    check_fields,
    default_fields,
    default_pact_text,
    fields_of,
    fill,
    pact_template,
    pemda_from_letterhead,
    reading_text,
    text_sha256,
)
from ikrar.models.pact_identity import identity_rows, mask_nik, signature_line, status_text
from ikrar.models.queries.pact_signers import signature_heads
from ikrar.models.queries.signatures import signatures_by_employee
from ikrar.models.store.schema import Employee
from ikrar.ui.desk.pact_panel import pact_html

MAJU = PactFields("Pemerintah Kabupaten Maju", "Pemilihan Umum dan Pemilihan Kepala Daerah", "2029")


def test_the_template_reads_as_the_official_form():
    text = fill(pact_template(), MAJU)
    lines = [line for line in text.splitlines() if line.strip()]
    assert lines[:2] == ["PAKTA INTEGRITAS", "NETRALITAS PEGAWAI APARATUR SIPIL NEGARA"]
    assert lines[2:5] == ["Saya yang bertanda tangan di bawah ini:", IDENTITY, "dengan ini menyatakan:"]
    assert lines[5].startswith("1. Menjaga dan menegakkan prinsip netralitas Pegawai ASN di lingkungan "
                               "Pemerintah Kabupaten Maju dalam melaksanakan fungsi pelayanan publik")
    assert lines[5].endswith("pelaksanaan Pemilihan Umum dan Pemilihan Kepala Daerah Tahun 2029;")
    assert lines[-1].startswith("Demikian pakta integritas ini saya buat dengan sebenar-benarnya.")
    assert "{" not in text.replace(IDENTITY, "")


def test_without_a_year_the_text_names_none():
    text = fill(pact_template(), PactFields("Pemerintah Kota Maju"))
    assert "Pemilihan Umum dan Pemilihan Kepala Daerah;" in text and "Tahun" not in text


@pytest.mark.parametrize("fields, field", [
    (PactFields(""), "pemda"),
    (PactFields("Pemerintah Kota Maju", "  "), "pemilihan"),
    (PactFields("Pemerintah {identitas}"), "pemda"),
    (PactFields("Pemerintah Kota\x07 Maju"), "pemda"),
    (PactFields("P" * 101), "pemda"),
    (PactFields("Pemerintah Kota Maju", tahun="29"), "tahun"),
    (PactFields("Pemerintah Kota Maju", tahun="2O29"), "tahun"),
    (PactFields("Pemerintah Kota Maju", tahun="1999"), "tahun"),
])
def test_fields_are_checked_as_typed(fields, field):
    with pytest.raises(Refused) as caught:
        fill(pact_template(), fields)
    assert caught.value.code == "pact_field" and caught.value.details["field"] == field
    assert caught.value.text("id") and caught.value.text("en")


def test_a_text_without_fields_is_kept_as_it_is():
    old = "PAKTA LAMA\n\nSaya yang bertanda tangan di bawah ini, Pegawai di lingkungan Pemerintah Daerah, ..."
    assert fill(old, PactFields("")) == old + "\n"  # nothing to fill: the fields are not even checked


@hsettings(max_examples=60, deadline=None)
@given(pemda=st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="{}\ufeff"),
                     min_size=1, max_size=100).filter(lambda s: s.split()),
       year=st.one_of(st.just(""), st.integers(2000, 2100).map(str)))
def test_the_fields_of_a_filled_text_come_back(pemda, year):
    fields = check_fields(PactFields(pemda, "Pemilihan Kepala Daerah Serentak", year))
    assert fields_of(fill(pact_template(), fields)) == fields


def test_fields_of_a_text_not_made_from_the_template_is_none():
    assert fields_of("PAKTA LAMA\n\nSaya berjanji.") is None
    assert fields_of(fill(pact_template(), MAJU) + "Tambahan kalimat.") is None


def test_the_pemda_comes_from_the_setting_else_the_kop(db):
    assert default_fields().pemda == GENERIC_PEMDA
    settings.set("letterhead_lines", ["PEMERINTAH KABUPATEN OKU TIMUR", "DINAS KESEHATAN"])
    assert default_fields().pemda == "Pemerintah Kabupaten OKU Timur"
    settings.change("pemda_name", "  Pemerintah   Kabupaten Maju ")
    assert default_fields() == PactFields("Pemerintah Kabupaten Maju")
    assert "di lingkungan Pemerintah Kabupaten Maju dalam" in default_pact_text()


def test_pemda_from_the_kop():
    assert pemda_from_letterhead(["PEMERINTAH PROVINSI DKI JAKARTA"]) == "Pemerintah Provinsi DKI Jakarta"
    assert pemda_from_letterhead(["PEMERINTAH KOTA BAU-BAU"]) == "Pemerintah Kota Bau-Bau"
    assert pemda_from_letterhead(["Pemerintah Kabupaten Maju"]) == "Pemerintah Kabupaten Maju"
    assert pemda_from_letterhead(["PEMERINTAH KABUPATEN CONTOH"]) == ""  # the old made-up kop
    assert pemda_from_letterhead(["DINAS KESEHATAN"]) == "" and pemda_from_letterhead([]) == ""


def test_events_store_the_filled_text(db, at):
    at(7, 0)
    event = create_event("Apel", date(2026, 11, 23), pact_fields=MAJU)
    assert event.pact.text == fill(pact_template(), MAJU) and event.pact_sha256 == text_sha256(event.pact.text)
    plain = create_event("Apel 2", date(2026, 11, 23))
    assert plain.pact.text == default_pact_text()
    with pytest.raises(Refused):
        update_event(event, pact_text=pact_template(), pact_fields=PactFields("Maju", tahun="20290"))
    update_event(event, pact_text=pact_template(), pact_fields=PactFields("Pemerintah Kota Maju"))
    assert "di lingkungan Pemerintah Kota Maju dalam" in event.pact.text and "Tahun" not in event.pact.text


def test_reading_text_puts_the_identity_at_the_marker():
    text = fill(pact_template(), MAJU)
    shown = reading_text(text, ["Nama : Ani", "NIP : 1"])
    assert "Saya yang bertanda tangan di bawah ini:\n\nNama : Ani\nNIP : 1\n\ndengan ini menyatakan:" in shown
    assert IDENTITY not in reading_text(text) and "\n\n\n" not in reading_text(text)


# --- the identity block ------------------------------------------------------------------------------
def test_a_nik_is_masked_to_its_region_and_serial():
    assert mask_nik("3201020609860003") == "3201********0003"
    assert mask_nik("3201 0206 0986 0003") == "3201********0003"
    assert mask_nik("12345") == "*****" and mask_nik("") == ""


def test_identity_rows_per_kind_of_employee():
    pns = identity_rows(name="Ani", category="PNS", nip="198609262015051001", nik="", pangkat="Penata Muda",
                        golongan="III/a", position="Analis", unit="Dinas Kesehatan")
    assert pns == [("Nama", "Ani"), ("NIP", "19860926 201505 1 001"), ("Pangkat/Gol.", "Penata Muda, III/a"),
                   ("Jabatan", "Analis"), ("Unit Kerja", "Dinas Kesehatan")]
    pppk = identity_rows(name="Budi", category="PPPK", nip="199001012024212001", nik="", pangkat="", golongan="IX",
                         position="Guru", unit="Dinas Pendidikan")
    assert pppk[1:4] == [("NI PPPK", "19900101 202421 2 001"), ("Golongan", "IX"), ("Status", "PPPK")]
    honorer = identity_rows(name="Citra", category="NON_ASN", nip="", nik="3201020609860003",
                            pangkat="Honorer Daerah", golongan="", position="Tenaga Kontrak", unit="")
    assert honorer == [("Nama", "Citra"), ("NIK", "3201********0003"), ("Status", "Honorer Daerah"),
                       ("Jabatan", "Tenaga Kontrak"), ("Unit Kerja", "-")]
    assert all(label != "NIP" for label, _ in honorer)
    assert signature_line("NON_ASN", "", "3201020609860003") == "NIK. 3201********0003"
    assert signature_line("PPPK", "199001012024212001", "") == "NI PPPK. 19900101 202421 2 001"
    assert signature_line("NON_ASN", "", "") == ""


def test_status_keeps_the_rosters_word_where_it_was_kept():
    assert status_text("NON_ASN") == "Non-ASN"
    assert status_text("NON_ASN", "PPNPN") == "PPNPN"  # a word left in the pangkat column
    assert status_text("NON_ASN", "Non ASN") == "Non-ASN"  # only repeats it
    assert status_text("NON_ASN", "PPNPN", employment_status="Tenaga Kontrak") == "Tenaga Kontrak"  # the field first
    assert status_text("PPPK_PW", "", "V") == "PPPK Paruh Waktu"
    assert status_text("PPPK", employment_status="Honorer") == "PPPK"  # an ASN's is never printed


# --- the signature that counts ---------------------------------------------------------------------
def test_the_pact_pages_pick_the_signature_the_lists_pick(db, at):
    at(7, 0)
    insert_people(generate_people(6, seed=3))
    event = create_event("Apel", date(2026, 11, 23))
    people = list(Employee.select().order_by(Employee.id))
    for i, person in enumerate(people):
        at(7, i)
        first = check_in(event, person, strokes=demo_strokes(i))
        if i % 2:
            void_attendance(first.attendance, "salah")
            at(8, i)
            check_in(event, person, strokes=demo_strokes(i + 10))
    heads = signature_heads(event)
    full = signatures_by_employee(event)
    assert {k: (h.id, h.pact_sha256, h.signed_at) for k, h in heads.items()} == {
        k: (s.id, s.pact_sha256, s.signed_at) for k, s in full.items()}
    assert len(heads) == len(people)


def test_the_desk_never_shows_the_identity_marker():
    """The signer reads the pact on the desk: the {identitas} marker is where the printed page puts
    the identity, never words on the screen."""
    text = default_pact_text()
    assert "{identitas}" in text
    assert "{identitas}" not in pact_html(text) and "identitas}" not in pact_html(text)
