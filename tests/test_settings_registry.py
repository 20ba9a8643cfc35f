"""The settings a person sets (models/settings.py): every value checked with one sentence, the desk
named after the computer and renamed with desk_name, the logo kept in the database as bytes within
its limits, what the first start still asks, and the default pact text naming no election year."""
from __future__ import annotations

import base64
import re
import struct
import zlib
from datetime import date

import pytest
from PIL import Image

from ikrar.models import settings
from ikrar.models.desk import OLD_DEFAULT_NAME, local_desk, rename_local_desk, suggested_desk_name
from ikrar.models.errors import Refused
from ikrar.models.events import create_event
from ikrar.models.pact import default_pact_text, event_pact_text


def png(path, width=40, height=50, color=(20, 90, 40)):
    Image.new("RGB", (width, height), color).save(path)
    return path


def test_nothing_made_up_is_a_default(db):
    assert settings.get("letterhead_lines") == [] and not settings.letterhead_is_set()
    assert (settings.get("city"), settings.get("approver_position"), settings.get("approver_name")) == ("", "", "")
    assert local_desk().name != OLD_DEFAULT_NAME and local_desk().name.startswith("Meja ")
    assert settings.needs_setup()
    assert [key for key, _, _ in settings.missing()] == ["letterhead_lines", "city", "approver_name", "admin_pin"]


def test_the_old_made_up_letterhead_is_not_a_letterhead(db):
    settings.set("letterhead_lines", ["PEMERINTAH  Kabupaten CONTOH", "BADAN KEPEGAWAIAN", "Kota Contoh"])
    assert not settings.letterhead_is_set()
    settings.change("letterhead_lines", ["  PEMERINTAH KABUPATEN MAJU ", "", "Dinas   Kesehatan", "Jl. Sehat 1"])
    assert settings.get("letterhead_lines") == ["PEMERINTAH KABUPATEN MAJU", "Dinas Kesehatan", "Jl. Sehat 1"]
    assert settings.letterhead_is_set()


@pytest.mark.parametrize(("key", "value", "words"), [
    ("approver_nip", "19860926 201513 1 001", ["NIP pejabat tidak sah", "13"]),  # no 13th month
    ("approver_nip", "1986092620150510", ["NIP pejabat tidak sah", "16"]),  # 16 digits: a NIK
    ("city", "K" * 61, ["Nama kota terlalu panjang", "60", "61"]),
    ("approver_name", "dr. BUDI\x00", ["tidak dapat dicetak"]),
    ("letterhead_lines", [f"BARIS {i}" for i in range(7)], ["paling banyak 6 baris"]),
    ("letterhead_lines", ["PEMERINTAH", "X" * 101], ["Baris 2 kop surat terlalu panjang"]),
    ("desk_name", "   ", ["Nama meja tidak boleh kosong"]),
    ("paper", "Letter", ["tidak sah", "F4, A4"]),
])
def test_a_wrong_value_is_one_sentence_and_nothing_is_stored(db, key, value, words):
    before = settings.get(key)
    with pytest.raises(Refused) as caught:
        settings.change(key, value)
    text = caught.value.text("id")
    assert all(w in text for w in words), text
    assert text.endswith(".") and text.count(". ") == 0, text  # one sentence
    assert caught.value.text("en") != text
    assert settings.get(key) == before


def test_a_valid_nip_is_stored_as_its_digits(db):
    assert settings.change("approver_nip", "19860926 201505 1 001") == "198609262015051001"
    assert settings.change("approver_nip", " ") == ""


def test_unknown_and_internal_keys_are_refused(db):
    for key in ("kota", "admin_pin_hash", "setup_done", "logo"):
        with pytest.raises(Refused) as caught:
            settings.change(key, "x")
        assert f"Pengaturan '{key}' tidak ada" in caught.value.text("id")


def test_desk_name_renames_this_desk(db):
    assert settings.change("desk_name", "  Meja   Pintu Utara ") == "Meja Pintu Utara"
    assert local_desk().name == settings.get("desk_name") == "Meja Pintu Utara"
    with pytest.raises(Refused):
        rename_local_desk("M" * 41)
    assert local_desk().name == "Meja Pintu Utara"


def test_the_suggested_name_comes_from_the_computer(monkeypatch):
    assert suggested_desk_name("LAPTOP-BKPSDM-03") == "Meja LAPTOP-BKPSDM-03"
    assert suggested_desk_name("localhost", desk_id="3f2a9c") == "Meja 3F2A"
    monkeypatch.setenv("COMPUTERNAME", "DESKTOP-7H3K2LQ")
    assert suggested_desk_name() == "Meja DESKTOP-7H3K2LQ"
    assert len(suggested_desk_name("X" * 80)) <= 40


def test_the_logo_is_kept_as_bytes_not_as_a_path(db, tmp_path):
    source = png(tmp_path / "Logo Kabupaten.PNG")
    data = settings.store_logo(source)
    source.unlink()  # the USB stick is gone
    assert settings.logo_image() == data and data[:8] == b"\x89PNG\r\n\x1a\n"
    assert base64.b64decode(settings.get("logo")) == data and settings.get("logo_path") == ""
    assert settings.logo_info(data) == ("PNG", 40, 50)
    jpeg = tmp_path / "logo.jpg"
    Image.new("RGB", (120, 90), (200, 10, 10)).save(jpeg, "JPEG")
    assert settings.logo_info(settings.store_logo(jpeg)) == ("JPEG", 120, 90)
    settings.remove_logo()
    assert settings.logo_image() is None


def _png_header(width: int, height: int) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + ihdr
            + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr)))


def test_logo_limits_are_one_sentence_each(db, tmp_path):
    big = tmp_path / "besar.png"
    big.write_bytes(_png_header(100, 100) + bytes(1024 * 1024))
    text = tmp_path / "logo.png"
    text.write_text("bukan gambar")
    cases = [(big, "Logo terlalu besar: paling banyak 1 MB"), (text, "Logo harus berupa gambar PNG atau JPG"),
             (_png_header(20000, 20000), "20000 × 20000"), (_png_header(8, 8), "8 × 8"),
             (tmp_path / "tidak-ada.png", "Berkas logo tidak-ada.png tidak dapat dibaca")]
    for source, words in cases:
        with pytest.raises(Refused) as caught:
            settings.store_logo(source)
        assert words in caught.value.text("id"), caught.value.text("id")
    assert settings.logo_image() is None


def test_a_logo_set_before_it_was_kept_in_the_database_is_still_read(db, tmp_path):
    settings.set("logo_path", str(png(tmp_path / "logo.png")))
    assert settings.logo_info(settings.logo_image()) == ("PNG", 40, 50)
    settings.set("logo_path", str(tmp_path / "gone.png"))
    assert settings.logo_image() is None


def test_setup_is_not_asked_again_once_finished(db):
    settings.change("letterhead_lines", ["PEMERINTAH KABUPATEN MAJU", "DINAS KESEHATAN"])
    assert settings.needs_setup()  # the city, the official and the PIN are still missing
    settings.finish_setup()
    assert not settings.needs_setup() and settings.missing()


def test_the_default_pact_names_no_election_year(db):
    text = default_pact_text()
    assert not re.search(r"\b(19|20)\d\d\b", text)
    assert "Pemilihan Umum dan Pemilihan Kepala Daerah;" in text and "netralitas Pegawai ASN" in text
    assert "sanksi sesuai dengan ketentuan peraturan perundang-undangan" in text
    event = create_event("Apel Pagi", date(2026, 11, 23))
    assert event_pact_text(event)[1] == text
