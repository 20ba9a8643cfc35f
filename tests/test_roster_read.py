"""Roster files: formats, encodings, delimiters, title blocks, header mapping, refusals."""
from __future__ import annotations

import importlib.util
import json
import zipfile
from pathlib import Path

import pytest

from ikrar.models.roster import RosterError, detect_mapping, import_roster, read_roster
from ikrar.models.roster.headers import choose_unit_column, unit_candidates
from ikrar.models.roster.values import parse_category, parse_date, parse_gender, parse_rank
from ikrar.models.store.schema import Employee

_spec = importlib.util.spec_from_file_location(
    "roster_fixtures", Path(__file__).parent / "data" / "roster" / "make_fixtures.py")
fx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fx)


def codes(report) -> dict[int, str]:
    return {r.row: r.reason.code for r in report.rejected}


# --- header mapping -------------------------------------------------------------------------------

def test_siasn_headers_map_and_old_nip_is_ignored():
    m = detect_mapping(fx.SIASN_HEADERS)
    assert m == {"nip": "NIP BARU", "nik": "NIK", "name": "NAMA", "front_title": "GELAR DEPAN",
                 "back_title": "GELAR BELAKANG", "gender": "JENIS KELAMIN", "birth_date": "TANGGAL LAHIR",
                 "category": "JENIS PEGAWAI NAMA", "golongan": "GOL AKHIR NAMA", "position": "JABATAN NAMA",
                 "region": "INSTANSI INDUK NAMA", "unit": "UNOR NAMA"}


def test_local_headers_are_case_space_and_punctuation_insensitive():
    m = detect_mapping(["No.", "nip", "Nama  Pegawai", "L / P", "Pangkat/Gol.", "Jabatan", "Unit Kerja", "Status"])
    assert m == {"nip": "nip", "name": "Nama  Pegawai", "gender": "L / P", "golongan": "Pangkat/Gol.",
                 "pangkat": "Pangkat/Gol.", "position": "Jabatan", "unit": "Unit Kerja", "category": "Status"}
    assert detect_mapping(["NIP", "NAMA LENGKAP", "GOL RUANG", "OPD"])["golongan"] == "GOL RUANG"
    assert detect_mapping(["NIP", "NAMA", "PANGKAT", "GOL"]) == {
        "nip": "NIP", "name": "NAMA", "pangkat": "PANGKAT", "golongan": "GOL"}


def test_unit_column_prefers_opd_like_values():
    headers = ["NIP", "NAMA", "UNOR NAMA", "SATUAN KERJA KERJA NAMA", "SKPD"]
    assert unit_candidates(headers) == ["SKPD", "UNOR NAMA", "SATUAN KERJA KERJA NAMA"]
    cands = ["UNOR NAMA", "SATUAN KERJA KERJA NAMA"]
    assert choose_unit_column(cands, {"UNOR NAMA": 30, "SATUAN KERJA KERJA NAMA": 1}) == "UNOR NAMA"
    assert choose_unit_column(cands, {"UNOR NAMA": 400, "SATUAN KERJA KERJA NAMA": 35}) == "SATUAN KERJA KERJA NAMA"
    assert choose_unit_column(cands, {"UNOR NAMA": 400, "SATUAN KERJA KERJA NAMA": 1}) == "UNOR NAMA"


@pytest.mark.parametrize("text, expected", [
    ("Penata Muda, III/a", ("III/a", "Penata Muda")),
    ("Penata Muda (III/a)", ("III/a", "Penata Muda")),
    ("III/a", ("III/a", "Penata Muda")),
    ("III A", ("III/a", "Penata Muda")),
    ("Penata Muda Tk. I - III/b", ("III/b", "Penata Muda Tk I")),
    ("Pembina Utama Madya IV/d", ("IV/d", "Pembina Utama Madya")),
    ("PENATA TINGKAT I", ("III/d", "Penata Tk I")),
    ("IX", ("IX", None)),
    ("Gol. XVII", ("XVII", None)),
    ("-", (None, None)),
])
def test_rank(text, expected):
    assert parse_rank(text) == expected


def test_category_gender_dates():
    assert [parse_category(t) for t in ("PNS Daerah", "CPNS", "PPPK", "PPPK Paruh Waktu", "PPPK PW", "Honorer",
                                        "NON ASN", "Tenaga Kontrak", "PPNPN", "Non PNS", "Aktif")] == \
        ["PNS", "PNS", "PPPK", "PPPK_PW", "PPPK_PW", "NON_ASN", "NON_ASN", "NON_ASN", "NON_ASN", "NON_ASN", None]
    assert [parse_gender(t) for t in ("L", "P", "Laki-laki", "Perempuan", "M", "F", "1", "2", "?")] == \
        ["L", "P", "L", "P", "L", "P", "L", "P", None]
    assert {str(parse_date(t)) for t in ("26-09-1986", "26/09/1986", "1986-09-26", "26 September 1986",
                                         "1986-09-26 00:00:00", 31681)} == {"1986-09-26"}
    assert str(parse_date("5 Pebruari 1990")) == "1990-02-05"
    assert parse_date("31-02-1990") is None and parse_date("kemarin") is None


# --- files ----------------------------------------------------------------------------------------

def test_siasn_export_csv(db, tmp_path):
    report = import_roster(fx.siasn_csv(tmp_path / "siasn.csv"), dry_run=True)
    assert (report.encoding, report.delimiter, report.header_row) == ("utf-8-sig", ",", 1)
    assert report.mapping["unit"] == "UNOR NAMA"
    assert report.created == fx.SIASN_VALID
    assert codes(report) == {5: "bad_month", 6: "nip_is_nik", 7: "nip_length", 8: "empty_name",
                             9: "duplicate_nip"}
    dup = next(r for r in report.rejected if r.row == 9)
    assert dup.other_row == 2 and "2" in dup.reason.id and "2" in dup.reason.en and dup.column == "NIP BARU"
    empty = next(r for r in report.rejected if r.row == 8)
    assert empty.column == "NAMA"


def test_simpeg_cp1252_semicolon_printed_nips(db, tmp_path):
    path = fx.simpeg_csv(tmp_path / "simpeg.csv")
    roster = read_roster(path)
    assert (roster.encoding, roster.delimiter) == ("cp1252", ";")
    assert roster.preview(1)[0]["NAMA PEGAWAI"] == "Andé Saputra"
    report = import_roster(path)
    assert report.rejected == [] and report.created == 4

    people = {e.name: e for e in Employee.select()}
    assert set(people) == {"Andé Saputra", "Nur’aini", "Joko Susilo", "Wayan Sudira"}
    ande = people["Andé Saputra"]
    assert (ande.nip, ande.golongan, ande.pangkat, ande.gender) == ("198609262015051001", "III/a", "Penata Muda", "L")
    assert (people["Nur’aini"].golongan, people["Nur’aini"].pangkat) == ("III/b", "Penata Muda Tk I")
    joko = people["Joko Susilo"]
    assert (joko.nip, joko.nik, joko.category, joko.gender) == (None, "3201230101950003", "NON_ASN", "L")
    assert str(joko.birth_date) == "1995-01-01"  # from the NIK
    wayan = people["Wayan Sudira"]
    assert (wayan.nip, wayan.category, wayan.golongan, wayan.pangkat) == ("199205102023211001", "PPPK", "IX", "")


@pytest.mark.parametrize("maker, delimiter", [("pipe_csv", "|"), ("tab_csv", "\t")])
def test_pipe_and_tab(db, tmp_path, maker, delimiter):
    report = import_roster(getattr(fx, maker)(tmp_path / f"{maker}.txt"))
    assert report.delimiter == delimiter and report.created == 2 and not report.rejected


def test_xlsx_title_block_excel_float_and_date_cell(db, tmp_path):
    path = fx.title_block_xlsx(tmp_path / "list.xlsx")
    roster = read_roster(path)
    assert (roster.header_row, roster.sheet) == (4, "Pegawai")
    roster.close()
    report = import_roster(path)
    assert report.created == 2
    [bad] = report.rejected
    assert (bad.row, bad.column, bad.reason.code) == (6, "NIP", "excel_float")
    assert "Excel" in bad.reason.en and "Excel" in bad.reason.id

    ahmad = Employee.get(Employee.nip == "198609262015051001")
    assert str(ahmad.birth_date) == "1986-09-26" and ahmad.unit.name == "Dinas Pendidikan"
    siti = Employee.get(Employee.nip == "199001012019032002")
    assert (siti.golongan, siti.pangkat) == ("III/c", "Penata")


def test_xlsx_int_nip_kept_when_all_digits_are_written(db, tmp_path):
    report = import_roster(fx.minimal_xlsx(tmp_path / "web.xlsx", fx.WEB_EXPORT_ROWS))
    assert report.created == 2 and codes(report) == {4: "excel_float"}

    assert Employee.get(Employee.nip == "199001012019032002").position == "Analis & Perencana"


def test_xlsx_without_cell_references_goes_through_calamine(db, tmp_path):
    rows = [["DAFTAR"], [], fx.WEB_EXPORT_ROWS[0]] + fx.WEB_EXPORT_ROWS[2:]
    report = import_roster(fx.minimal_xlsx(tmp_path / "norefs.xlsx", rows, with_refs=False))
    assert report.header_row == 3 and report.created == 1 and codes(report) == {5: "excel_float"}


def test_file_without_id_or_name_column_is_refused(db, tmp_path):
    path = fx.no_columns_csv(tmp_path / "alamat.csv")
    with pytest.raises(RosterError) as exc:
        import_roster(path)
    for text in (exc.value.id_text, exc.value.en_text):
        assert "alamat.csv" in text and "ALAMAT" in text and "TELEPON" in text
    assert exc.value.headers == ["NO", "ALAMAT", "TELEPON"]


def test_missing_and_empty_files_are_refused(db, tmp_path):
    with pytest.raises(RosterError, match="nope.csv"):
        read_roster(tmp_path / "nope.csv")
    (tmp_path / "empty.csv").write_bytes(b"")
    with pytest.raises(RosterError, match="empty.csv"):
        read_roster(tmp_path / "empty.csv")


def test_explicit_mapping(db, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("NOMOR PEGAWAI;NAMANYA;TEMPAT TUGAS\n198609262015051001;Ahmad Yani;Dinas Sosial\n",
                    encoding="utf-8")
    with pytest.raises(RosterError):
        read_roster(path)
    mapping = json.loads('{"nip": "Nomor Pegawai", "name": "NAMANYA", "unit": "TEMPAT TUGAS"}')
    report = import_roster(path, mapping=mapping)
    assert report.created == 1 and report.mapping == {"nip": "NOMOR PEGAWAI", "name": "NAMANYA",
                                                      "unit": "TEMPAT TUGAS"}
    with pytest.raises(RosterError, match="TIDAK ADA"):
        read_roster(path, mapping={"nip": "NOMOR PEGAWAI", "name": "TIDAK ADA"})
    with pytest.raises(RosterError, match="salary"):
        read_roster(path, mapping={"salary": "NAMANYA"})


def test_preview_and_report_outputs(db, tmp_path):
    path = fx.siasn_csv(tmp_path / "siasn.csv")
    preview = read_roster(path).preview(2)
    assert [p["NAMA"] for p in preview] == ["AHMAD YANI", "SITI AMINAH"]
    report = import_roster(path, dry_run=True)
    data = json.loads(json.dumps(report.to_dict()))
    assert data["created"] == fx.SIASN_VALID and data["rejected"][0]["row"] == 5
    assert {"code", "id", "en", "column", "value"} <= set(data["rejected"][0])
    out = report.write_csv(tmp_path / "ditolak.csv")
    text = out.read_text(encoding="utf-8-sig")
    assert "bad_month" in text and "duplicate_nip" in text and len(text.splitlines()) == 1 + len(report.rejected)
    assert report.rejected[0].reason_text("en") != report.rejected[0].reason_text("id")


def test_xlsx_stream_reads_formulas_rich_text_and_escapes(db, tmp_path):
    """What Excel writes besides plain values: a formula with its cached text, rich text and
    phonetic runs in shared strings, entities, _xHHHH_ escapes, preserved spaces, a bool."""

    path = fx.minimal_xlsx(tmp_path / "rich.xlsx", [["NIP", "NAMA", "JABATAN", "UNIT KERJA"]])
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n).decode() for n in z.namelist()}
    members["xl/sharedStrings.xml"] = members["xl/sharedStrings.xml"].replace(
        "</sst>", '<si><r><t>Siti </t></r><r><rPr><b/></rPr><t>Aminah</t></r><rPh sb="0" eb="1"><t>X</t></rPh>'
                  "</si><si><t>Dinas A &amp; B_x000D_</t></si></sst>")  # strings 4 and 5
    members["xl/worksheets/sheet1.xml"] = members["xl/worksheets/sheet1.xml"].replace("</sheetData>", (
        '<row r="2"><c r="A2" t="str"><f>TEXT(1,"0")</f><v>198609262015051001</v></c>'
        '<c r="B2" t="s"><v>4</v></c><c r="C2" t="inlineStr"><is><t xml:space="preserve"> Guru </t></is></c>'
        '<c r="D2" s="3" t="s"><v>5</v></c></row>'
        '<row r="3"><c r="A3" t="inlineStr"><is><t>199001012019032002</t></is></c>'
        '<c r="B3" t="inlineStr"><is><r><t>Budi</t></r><r><t> &lt;Santoso&gt;</t></r></is></c>'
        '<c r="C3" t="b"><v>1</v></c><c r="D3" t="e"><v>#N/A</v></c></row></sheetData>'))
    with zipfile.ZipFile(path, "w") as z:
        for name, text in members.items():
            z.writestr(name, text)
    report = import_roster(path)
    assert report.created == 2 and not report.rejected

    siti = Employee.get(Employee.nip == "198609262015051001")
    assert (siti.name, siti.position, siti.unit.name) == ("Siti Aminah", "Guru", "Dinas A & B")
    budi = Employee.get(Employee.nip == "199001012019032002")
    assert (budi.name, budi.position, budi.unit) == ("Budi <Santoso>", "1", None)
