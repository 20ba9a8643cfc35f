"""Files that are not employee lists are refused by what they look like, never quoted; headers
quoted in a message are short and printable; a table whose columns are not recognised opens for
mapping (partial) and imports once mapped; the Indonesian header variants clerks use are known."""
from __future__ import annotations

import csv
import importlib.util
import zipfile
from pathlib import Path

import pytest

from ikrar.models.roster import RosterError, detect_mapping, import_roster, read_roster
from ikrar.models.roster.headers import LISTED_HEADERS, SHOWN_HEADER, header_list, is_row_number, shown_header
from ikrar.models.store.schema import Employee

NIP = "198609262015051001"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an old Office file (XLS, DOC) or a protected XLSX
_spec = importlib.util.spec_from_file_location(
    "roster_fixtures", Path(__file__).parent / "data" / "roster" / "make_fixtures.py")
fx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fx)


def refusal(path, **kw) -> RosterError:
    with pytest.raises(RosterError) as exc:
        read_roster(path, **kw)
    return exc.value


def assert_one_clean_sentence(err: RosterError, name: str) -> None:
    for text in (err.id_text, err.en_text):
        assert name in text and text.isprintable() and "\ufffd" not in text, text
        assert len(text) < 400 + len(str(err.path)), text
        assert text.count(". ") == 0, text  # one sentence: clauses joined by ";", not several sentences


def pdf_bytes() -> bytes:
    return (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n" + bytes(range(256)) * 8
            + b"\nendstream\n%%EOF\n")


@pytest.mark.parametrize("name, data, what", [
    ("daftar.csv", pdf_bytes(), ("dokumen PDF", "a PDF document")),
    ("foto.csv", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, ("gambar PNG", "a PNG image")),
    ("scan.xlsx", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(range(256)) * 4, ("gambar JPEG", "a JPEG image")),
    ("setup.csv", b"MZ\x90\x00\x03" + bytes(range(256)) * 4, ("program Windows", "a Windows program")),
    ("ikrar.csv", b"SQLite format 3\x00" + bytes(100), ("basis data SQLite", "an SQLite database")),
    ("daftar.csv", b"Rar!\x1a\x07\x00" + bytes(50), ("arsip RAR", "a RAR archive")),
    ("daftar.xls", b"<!DOCTYPE html><html><table><tr><td>NIP</td></tr></table>", ("halaman web", "a web page")),
    ("acak.csv", bytes(range(256)) * 16, ("berkas biner", "a binary file")),
    ("unicode.csv", "NIP;NAMA\n1;Ahmad\n".encode("utf-16-le"), ("UTF-16", "UTF-16")),
    ("terkunci.xlsx", OLE + bytes(500) + "EncryptionInfo".encode("utf-16-le") + bytes(500),
     ("kata sandi", "password")),
    ("surat.xls", OLE + bytes(500) + "WordDocument".encode("utf-16-le") + bytes(500), ("dokumen Word", "a Word document")),
])
def test_a_file_that_is_not_a_table_is_named_by_what_it_is(tmp_path, name, data, what):
    path = tmp_path / name
    path.write_bytes(data)
    err = refusal(path)
    assert err.code == "not_a_table" and err.headers == []
    assert what[0] in err.id_text and what[1] in err.en_text
    assert_one_clean_sentence(err, name)
    assert refusal(path, partial=True).code == "not_a_table"  # the dialog's reading refuses it too


@pytest.mark.parametrize("members, what", [
    ({"word/document.xml": "<w/>", "[Content_Types].xml": "<x/>"}, "a Word document"),
    ({"ppt/presentation.xml": "<p/>"}, "a presentation"),
    ({"manifest.json": "{}", "manifest.sig": "x"}, "an Ikrar sync file"),
    ({"daftar pegawai.csv": "NIP;NAMA\n"}, "a ZIP archive"),
])
def test_a_zip_that_is_not_a_workbook_says_what_it_is(tmp_path, members, what):
    for name in ("kiriman.xlsx", "kiriman.csv"):
        path = tmp_path / name
        with zipfile.ZipFile(path, "w") as z:
            for member, text in members.items():
                z.writestr(member, text)
        err = refusal(path)
        assert err.code == "not_a_table" and what in err.en_text
        assert_one_clean_sentence(err, name)


def test_a_damaged_zip_is_said_to_be_damaged(tmp_path):
    path = tmp_path / "putus.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    err = refusal(path)
    assert "damaged" in err.en_text and "rusak" in err.id_text
    assert_one_clean_sentence(err, "putus.xlsx")


def test_a_control_character_in_a_cell_does_not_make_a_roster_binary(db, tmp_path):
    path = tmp_path / "kecil.csv"
    path.write_bytes(f"NIP;NAMA\n{NIP};Ahmad\x00\x01\x02\x03\x04Yani\n".encode())
    report = import_roster(path)
    assert report.rows == 1 and report.rejected[0].reason.code == "control_char"


def test_headers_in_a_refusal_are_short_printable_and_few(tmp_path):
    long = "KETERANGAN " * 30
    headers = ["TGL\x07", long, "A\u202eB", "  spasi\tdan\nbaris  "] + [f"KOLOM {i}" for i in range(40)]
    path = tmp_path / "aneh.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";").writerows([headers, ["x"] * len(headers)])
    err = refusal(path)
    assert err.code == "no_columns"
    assert_one_clean_sentence(err, "aneh.csv")
    assert "TGL?" in err.en_text and "A?B" in err.en_text and "spasi dan baris" in err.en_text
    assert long not in err.en_text and (long[:SHOWN_HEADER - 1] + "…") in err.en_text
    assert "KOLOM 15" in err.en_text and "KOLOM 16 " not in err.en_text  # 20 listed, then how many more
    assert "(and 24 more)" in err.en_text and "(dan 24 kolom lain)" in err.id_text
    assert all(len(h) <= SHOWN_HEADER and h.isprintable() for h in err.headers)


def test_shown_header_and_header_list():
    assert shown_header("Pangkat/Gol.") == "Pangkat/Gol."
    assert shown_header("\x00\x01") == "??"
    assert shown_header("x" * 100) == "x" * (SHOWN_HEADER - 1) + "…"
    assert header_list(["", "A", None, "B"]) == ("A, B", "A, B")
    assert header_list([]) == ("-", "-")
    assert header_list(["H"] * (LISTED_HEADERS + 2))[1].endswith("(and 2 more)")


def test_indonesian_variants_clerks_use():
    m = detect_mapping(["NOMOR", "NIP", "NAMA LENGKAP PEGAWAI", "KANTOR"])
    assert m == {"nip": "NIP", "name": "NAMA LENGKAP PEGAWAI", "unit": "KANTOR"}
    for unit in ("Unit Kerja", "SATUAN KERJA", "OPD", "Kantor", "Nama Satuan Kerja"):
        assert detect_mapping(["NIP", "NAMA", unit])["unit"] == unit
    assert detect_mapping(["No.", "NIP", "Nama"]) == {"nip": "NIP", "name": "Nama"}  # the row number: not mapped
    assert is_row_number("No.") and is_row_number("NOMOR") and is_row_number("No. Urut")
    assert not is_row_number("NOMOR PEGAWAI")


def test_unknown_headers_open_for_mapping_then_import(db, tmp_path):
    path = tmp_path / "kantor.csv"
    path.write_text("DAFTAR PEGAWAI KANTOR CAMAT\n\nNOMOR;NOMOR PEGAWAI;NAMA LENGKAP PEGAWAI;KANTOR\n"
                    f"1;{NIP};Ahmad Yani;Kecamatan Kota\n", encoding="utf-8")
    assert refusal(path).code == "no_columns"  # the import alone cannot guess the NIP
    roster = read_roster(path, partial=True)
    assert not roster.complete and roster.header_row == 3 and roster.delimiter == ";"
    assert roster.headers == ["NOMOR", "NOMOR PEGAWAI", "NAMA LENGKAP PEGAWAI", "KANTOR"]
    assert roster.mapping == {"name": "NAMA LENGKAP PEGAWAI", "unit": "KANTOR"}
    assert roster.preview(1) == [{"NOMOR": "1", "NOMOR PEGAWAI": NIP, "NAMA LENGKAP PEGAWAI": "Ahmad Yani",
                                  "KANTOR": "Kecamatan Kota"}]
    report = import_roster(path, mapping={"nip": "NOMOR PEGAWAI"})
    assert report.created == 1 and report.header_row == 3
    assert Employee.get().nip == NIP and Employee.get().unit.name == "Kecamatan Kota"


@pytest.mark.parametrize("with_refs", [True, False])  # the streaming reader, and python-calamine
def test_partial_reading_of_a_workbook_without_known_headers(db, tmp_path, with_refs):
    rows = [["REKAP PEGAWAI"], [], ["NO", "NOMOR PEGAWAI", "NAMANYA", "TEMPAT"], [1, NIP, "Ahmad", "Dinas A"]]
    path = fx.minimal_xlsx(tmp_path / "rekap.xlsx", rows, with_refs=with_refs)
    assert refusal(path).code == "no_columns"
    roster = read_roster(path, partial=True)
    assert (roster.header_row, roster.mapping, roster.complete) == (3, {}, False)
    assert roster.preview(1)[0]["NOMOR PEGAWAI"] == NIP
    roster.close()
    report = import_roster(path, mapping={"nip": "NOMOR PEGAWAI", "name": "NAMANYA", "unit": "TEMPAT"})
    assert report.created == 1 and Employee.get().name == "Ahmad"


def test_a_text_of_one_column_is_not_offered_for_mapping(tmp_path):
    path = tmp_path / "surat.txt"
    path.write_text("Dengan hormat,\nBersama ini kami kirimkan daftar hadir apel.\n", encoding="utf-8")
    assert refusal(path, partial=True).code == "no_columns"


def test_mapping_errors_name_the_field_or_header_and_the_valid_ones(tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text(f"NOMOR PEGAWAI;NAMANYA\n{NIP};Ahmad\n", encoding="utf-8")
    err = refusal(path, mapping={"nama": "NAMANYA", "nip": "NOMOR PEGAWAI"})
    assert err.code == "bad_mapping" and '"nama"' in err.en_text and "nip, nik, name" in err.en_text
    err = refusal(path, mapping={"nip": "NOMOR PEGAWAI", "name": "NAMA PEGAWAI"})
    assert err.code == "mapping_not_found"
    assert '"NAMA PEGAWAI" (name)' in err.en_text and "NOMOR PEGAWAI, NAMANYA" in err.en_text
    assert_one_clean_sentence(err, "odd.csv")


def test_a_workbook_damaged_inside_is_one_sentence_when_opened_and_when_imported(db, tmp_path):
    rows = [["NIP", "NAMA"]] + [[NIP, f"Orang {i} " + "x" * 40] for i in range(3000)]
    path = fx.minimal_xlsx(tmp_path / "rusak.xlsx", rows)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    late = bytearray(data)
    for i in range(start + info.compress_size - 400, start + info.compress_size - 50):  # near its end
        late[i] ^= 0x5A
    (tmp_path / "akhir.xlsx").write_bytes(bytes(late))
    with pytest.raises(RosterError) as exc:
        import_roster(tmp_path / "akhir.xlsx", dry_run=True)  # wherever the reading meets the damage
    assert exc.value.code == "damaged" and "akhir.xlsx" in exc.value.en_text
    for i in range(start + 5, start + 200):  # at its start
        data[i] ^= 0x5A
    (tmp_path / "awal.xlsx").write_bytes(bytes(data))
    err = refusal(tmp_path / "awal.xlsx", partial=True)
    assert err.code == "damaged"
    assert_one_clean_sentence(err, "awal.xlsx")
