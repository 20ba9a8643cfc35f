"""Header names → roster fields.

Headers are compared after folding: upper case, every run of non-letters/digits becomes one space
("Pangkat/Gol." == "PANGKAT GOL"). Each field has aliases in priority order; the first alias
present wins. Only whole-header matches count, so "NIP LAMA" never becomes the NIP and "TEMPAT
LAHIR NAMA" never becomes the name.

Unit: several columns may name a unit. Priority: OPD, SKPD, PERANGKAT DAERAH, UNIT KERJA, SATKER,
SATUAN KERJA, UNOR NAMA, then SATUAN KERJA KERJA NAMA / SATUAN KERJA INDUK NAMA (in SIASN the
UNOR is the lowest unit and the SATUAN KERJA often the whole Pemkab), then KANTOR and the like.
When the file holds more than one of them, the import keeps the first whose values look like OPDs
(2..60 distinct values); see `choose_unit_column`.

Region: the kabupaten/kota of a province's roster (INSTANSI INDUK NAMA, KABUPATEN/KOTA, PEMDA …);
none of its names is a unit's, so a file with both an OPD and an INSTANSI INDUK NAMA column maps each.

A row-number column (NO, NOMOR, NO URUT…) is known but never imported (`is_row_number`).
Headers quoted to a person go through `shown_header` / `header_list`: short and printable.
"""
from __future__ import annotations

import re

FIELDS = ("nip", "nik", "name", "front_title", "back_title", "gender", "birth_date", "category",
          "employment_status", "golongan", "pangkat", "position", "region", "unit")

_PANGKAT_GOL = ["PANGKAT GOL", "PANGKAT GOLONGAN", "PANGKAT GOL RUANG", "PANGKAT GOLONGAN RUANG",
                "PANGKAT DAN GOLONGAN", "PANGKAT GOLONGAN TMT", "GOL PANGKAT", "GOLONGAN PANGKAT"]

ALIASES: dict[str, list[str]] = {
    "nip": ["NIP BARU", "NIP", "NIP 18", "NIP 18 DIGIT", "NIP PEGAWAI", "NIP ASN", "NIP PNS", "NIP PPPK",
            "NI PPPK", "NIP NI PPPK", "NIP NIPPPK", "NOMOR INDUK PEGAWAI", "NO INDUK PEGAWAI",
            "NIP NIK", "NIP ATAU NIK", "NIK NIP"],
    "nik": ["NIK", "NO KTP", "NOMOR KTP", "NIK KTP", "NO NIK", "NOMOR NIK", "NOMOR INDUK KEPENDUDUKAN"],
    "name": ["NAMA", "NAMA PEGAWAI", "NAMA LENGKAP", "NAMA ASN", "NAMA PNS", "NAMA KARYAWAN",
             "NAMA TANPA GELAR", "NAMA LENGKAP TANPA GELAR", "NAMA PESERTA", "NAMA GELAR",
             "NAMA DAN GELAR", "NAMA LENGKAP DAN GELAR", "NAMA LENGKAP PEGAWAI", "NAMA PEGAWAI LENGKAP",
             "NAMA LENGKAP ASN", "NAMA LENGKAP BESERTA GELAR"],
    "front_title": ["GELAR DEPAN"],
    "back_title": ["GELAR BELAKANG"],
    "gender": ["JENIS KELAMIN", "JENIS KELAMIN NAMA", "JK", "L P", "KELAMIN", "SEX", "GENDER"],
    "birth_date": ["TANGGAL LAHIR", "TGL LAHIR", "TANGGAL LAHIR PEGAWAI", "TGL LHR", "TANGGAL LHR"],
    "category": ["JENIS PEGAWAI NAMA", "JENIS PEGAWAI", "STATUS PEGAWAI", "STATUS KEPEGAWAIAN",
                 "JENIS ASN", "STATUS ASN", "STATUS", "KEDUDUKAN HUKUM NAMA", "KEDUDUKAN HUKUM",
                 "STATUS CPNS PNS"],
    # A non-ASN's own word ("Honorer", "PPNPN", "Tenaga Kontrak"). Mostly it stands in the category
    # column, and is taken from there (row_checker.py); these name a column of its own beside it. The general
    # status headers come last: one serves here only when the category took another (JENIS PEGAWAI).
    "employment_status": ["STATUS NON ASN", "STATUS HONORER", "JENIS HONORER", "STATUS TENAGA", "JENIS TENAGA",
                          "STATUS TENAGA KERJA", "KETERANGAN STATUS", "KETERANGAN STATUS PEGAWAI",
                          "KETERANGAN STATUS KEPEGAWAIAN", "KETERANGAN KEPEGAWAIAN", "STATUS KONTRAK",
                          "STATUS KEPEGAWAIAN", "STATUS PEGAWAI", "STATUS"],
    "golongan": ["GOL AKHIR NAMA", "GOLONGAN", "GOL RUANG", "GOLONGAN RUANG", "GOL", "GOL AKHIR",
                 "GOLONGAN AKHIR", "GOL RUANG AKHIR", "GOLONGAN PPPK", "GOL PPPK"] + _PANGKAT_GOL,
    "pangkat": ["PANGKAT", "PANGKAT AKHIR NAMA", "PANGKAT NAMA", "PANGKAT AKHIR"] + _PANGKAT_GOL,
    "position": ["JABATAN NAMA", "JABATAN", "NAMA JABATAN", "JABATAN PEGAWAI", "JABATAN AKHIR",
                 "JABATAN FUNGSIONAL STRUKTURAL", "JABATAN STRUKTURAL FUNGSIONAL"],
    # The regency/city a person belongs to (a province's roster: docs/province.md). SIASN's INSTANSI
    # INDUK NAMA is the Pemkab/Pemkot; INSTANSI and INSTANSI KERJA NAMA stay the unit's last resorts.
    "region": ["INSTANSI INDUK NAMA", "INSTANSI INDUK", "KABUPATEN KOTA", "KAB KOTA", "KABUPATEN", "KOTA",
               "PEMDA", "PEMERINTAH DAERAH", "INSTANSI DAERAH"],
    "unit": ["OPD", "NAMA OPD", "SKPD", "NAMA SKPD", "PERANGKAT DAERAH", "UNIT KERJA", "NAMA UNIT KERJA",
             "UNIT KERJA NAMA", "SATKER", "SATUAN KERJA", "UNOR NAMA", "UNOR", "UNIT ORGANISASI",
             "SATUAN KERJA KERJA NAMA", "SATUAN KERJA NAMA", "NAMA SATUAN KERJA", "SATUAN KERJA INDUK NAMA",
             "UNOR INDUK NAMA", "KANTOR", "NAMA KANTOR", "TEMPAT TUGAS", "UNIT", "INSTANSI", "INSTANSI KERJA NAMA"],
}
# Row-number columns: known, so never mistaken for an identifier, and never imported.
ROW_NUMBER = {"NO", "NOMOR", "NOMER", "NO URUT", "NOMOR URUT", "NO URT", "URUT"}
# What each field holds, for a person choosing columns: (Indonesian, English).
FIELD_MEANINGS: dict[str, tuple[str, str]] = {
    "nip": ("NIP pegawai ASN (18 digit); wajib, atau NIK", "civil servant's NIP (18 digits); required, or the NIK"),
    "nik": ("NIK KTP (16 digit), untuk pegawai non-ASN", "national ID number NIK (16 digits), for non-ASN staff"),
    "name": ("nama pegawai; wajib", "the employee's name; required"),
    "front_title": ("gelar depan (dr., Ir., …)", "title before the name (dr., Ir., …)"),
    "back_title": ("gelar belakang (S.Kom., M.Si., …)", "title after the name (S.Kom., M.Si., …)"),
    "gender": ("jenis kelamin (L/P)", "gender (L/P)"),
    "birth_date": ("tanggal lahir", "date of birth"),
    "category": ("jenis pegawai (PNS, PPPK, non-ASN …)", "kind of employee (PNS, PPPK, non-ASN …)"),
    "employment_status": ("status non-ASN (Honorer, PPNPN, Tenaga Kontrak …)",
                          "non-ASN status (Honorer, PPNPN, Tenaga Kontrak …)"),
    "golongan": ("golongan ruang (III/a …)", "grade, golongan (III/a …)"),
    "pangkat": ("pangkat (Penata Muda …)", "rank, pangkat (Penata Muda …)"),
    "position": ("jabatan", "position, jabatan"),
    "region": ("kabupaten/kota (wilayah) pegawai, untuk daftar pegawai provinsi",
               "the employee's regency/city (region), for a province's roster"),
    "unit": ("unit kerja / OPD", "unit, OPD"),
}
SHOWN_HEADER = 40  # characters of a header quoted in a message
LISTED_HEADERS = 20  # headers listed in a message
# Headers that name a NIP-or-NIK column: a 16-digit value there is a NIK, not a mistake.
COMBINED_ID = {"NIP NIK", "NIP ATAU NIK", "NIK NIP"}
_NON_ALNUM = re.compile(r"[^0-9A-Z]+")


def fold_header(text) -> str:
    return _NON_ALNUM.sub(" ", str(text or "").upper()).strip()


_ALIAS_RANK = {f: {a: i for i, a in enumerate(names)} for f, names in ALIASES.items()}


def detect_mapping(headers) -> dict[str, str]:
    """Map fields to the headers present: {"nip": "NIP BARU", "name": "NAMA", ...}.

    A header serves one field, except a combined "PANGKAT/GOL" column that feeds both pangkat and
    golongan. Unit: the highest-priority unit column (the import may still choose another one by
    its values, see module doc)."""
    folded = {}
    for h in headers:
        key = fold_header(h)
        if key and key not in folded:  # the first of two equal headers
            folded[key] = str(h)
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for field in FIELDS:
        ranks = _ALIAS_RANK[field]
        found = [(ranks[k], k) for k in folded if k in ranks and (k not in used or k in _PANGKAT_GOL)]
        if found:
            key = min(found)[1]
            mapping[field] = folded[key]
            used.add(key)
    return mapping


def unit_candidates(headers) -> list[str]:
    """Every header that could name the unit, in priority order."""
    ranks = _ALIAS_RANK["unit"]
    found = {}
    for h in headers:
        key = fold_header(h)
        if key in ranks and key not in found:
            found[key] = str(h)
    return [found[k] for k in sorted(found, key=ranks.get)]


def choose_unit_column(candidates: list[str], distinct: dict[str, int]) -> str | None:
    """The first candidate whose column holds 2..60 distinct values (a regency has 25-45 OPD);
    when none does, the first candidate. *distinct* maps header → number of distinct values."""
    for header in candidates:
        if 2 <= distinct.get(header, 0) <= 60:
            return header
    return candidates[0] if candidates else None


def score(mapping: dict[str, str]) -> int:
    """How header-like a row is: mapped fields, with the identifier and the name counting double."""
    return len(mapping) + ("name" in mapping) + ("nip" in mapping or "nik" in mapping)


def usable(mapping: dict[str, str]) -> bool:
    return "name" in mapping and ("nip" in mapping or "nik" in mapping)


def is_combined_id(header: str | None) -> bool:
    return fold_header(header) in COMBINED_ID


def is_row_number(header: str | None) -> bool:
    return fold_header(header) in ROW_NUMBER


def shown_header(text) -> str:
    """A header as a message quotes it: spaces collapsed, anything unprintable as "?", at most
    SHOWN_HEADER characters."""
    text = " ".join(str(text if text is not None else "").split())
    if not text.isprintable():
        text = "".join(c if c.isprintable() else "?" for c in text)
    return text if len(text) <= SHOWN_HEADER else text[:SHOWN_HEADER - 1] + "\u2026"


def header_list(headers) -> tuple[str, str]:
    """(Indonesian, English) list of *headers* for a message: shown_header each, blanks left out, at
    most LISTED_HEADERS, then how many more; "-" when there is none."""
    shown = [shown_header(h) for h in headers if str(h or "").strip()]
    text = ", ".join(shown[:LISTED_HEADERS]) or "-"
    more = len(shown) - LISTED_HEADERS
    if more > 0:
        return f"{text} … (dan {more} kolom lain)", f"{text} … (and {more} more)"
    return text, text

