"""Cell values → field values: category, gender, dates, golongan/pangkat. Pure functions, cached
where a column repeats a few values many times (ranks, categories)."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

# PNS golongan → pangkat (PP 99/2000); PPPK golongan I..XVII have no pangkat.
PANGKAT = {
    "I/a": "Juru Muda", "I/b": "Juru Muda Tk I", "I/c": "Juru", "I/d": "Juru Tk I",
    "II/a": "Pengatur Muda", "II/b": "Pengatur Muda Tk I", "II/c": "Pengatur", "II/d": "Pengatur Tk I",
    "III/a": "Penata Muda", "III/b": "Penata Muda Tk I", "III/c": "Penata", "III/d": "Penata Tk I",
    "IV/a": "Pembina", "IV/b": "Pembina Tk I", "IV/c": "Pembina Utama Muda", "IV/d": "Pembina Utama Madya",
    "IV/e": "Pembina Utama",
}
PPPK_GOLONGAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI",
                 "XVII"]


def _fold(text: str) -> str:
    key = re.sub(r"[^0-9A-Z]+", " ", text.upper()).strip()
    return re.sub(r"\bTINGKAT\b", "TK", key)


_PANGKAT_KEY = {_fold(p): (p, g) for g, p in PANGKAT.items()}
_PNS_GOL = re.compile(r"(?<![0-9A-Z])(IV|III|II|I|[1-4])\s*[/.\-]?\s*([A-E])(?![A-Z0-9])", re.IGNORECASE)
_PPPK_GOL = re.compile(r"(?:GOL(?:ONGAN)?\b\.?\s*)?(?:PPPK\b\s*)?(XVII|XVI|XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|"
                       r"III|II|I|1[0-7]|[1-9])", re.IGNORECASE)
_ARABIC = {"1": "I", "2": "II", "3": "III", "4": "IV"}
_TRIM = " \t,;:()[]-/."
_PLACEHOLDER = {"", "-", "--", "0", "NULL", "NONE", "N/A", "NA", "#N/A"}


@lru_cache(maxsize=4096)
def parse_rank(text: str) -> tuple[str | None, str | None]:
    """'Penata Muda, III/a' / 'Penata Muda (III/a)' / 'III A' / 'IX' / 'Penata Muda'
    → (golongan, pangkat), either None when the text does not hold it."""
    text = " ".join(text.split())
    if text.upper() in _PLACEHOLDER:
        return None, None
    golongan = None
    rest = text
    matches = list(_PNS_GOL.finditer(text))
    if matches:
        m = matches[-1]  # "Penata Muda Tk I, III/b": the last one is the golongan
        golongan = f"{_ARABIC.get(m[1], m[1].upper())}/{m[2].lower()}"
        rest = text[: m.start()] + " " + text[m.end():]
    else:
        m = _PPPK_GOL.fullmatch(text.strip(_TRIM))
        if m:
            numeral = m[1].upper()
            golongan = PPPK_GOLONGAN[int(numeral) - 1] if numeral.isdigit() else numeral
            rest = ""
    rest = re.sub(r"\b(?:GOL(?:ONGAN)?|RUANG)\b\.?", " ", rest, flags=re.IGNORECASE)
    rest = " ".join(rest.split()).strip(_TRIM).strip()
    pangkat = None
    if rest:
        known = _PANGKAT_KEY.get(_fold(rest))
        pangkat = known[0] if known else rest
        if golongan is None and known:
            golongan = known[1]
    if pangkat is None and golongan in PANGKAT:
        pangkat = PANGKAT[golongan]
    return golongan, pangkat


_CATEGORY_WORDS = (  # checked in this order: "NON PNS" must not read as PNS
    ("PPPK_PW", ("PARUH WAKTU", "PPPK PW", "P3K PW", "PPPKPW")),
    ("PPPK", ("PPPK", "P3K", "PEGAWAI PEMERINTAH DENGAN PERJANJIAN KERJA")),
    ("NON_ASN", ("NON ASN", "NONASN", "NON PNS", "HONOR", "KONTRAK", "PPNPN", "THL", "TKK", "TKS", "PTT",
                 "OUTSOURC", "SUKARELA", "BAKTI", "HARIAN LEPAS")),
    ("PNS", ("CPNS", "PNS", "CALON PEGAWAI NEGERI", "PEGAWAI NEGERI SIPIL")),
)


@lru_cache(maxsize=1024)
def parse_category(text: str) -> str | None:
    """'PNS Daerah' / 'CPNS' / 'C' / 'P' → PNS; 'PPPK' → PPPK; 'PPPK Paruh Waktu' → PPPK_PW;
    honorer, tenaga kontrak, PPNPN, non ASN → NON_ASN; anything else (e.g. 'Aktif') → None."""
    key = " " + re.sub(r"[^0-9A-Z]+", " ", text.upper()).strip() + " "
    if key.strip() in ("C", "P"):  # SIASN "STATUS CPNS PNS"
        return "PNS"
    for category, words in _CATEGORY_WORDS:
        for word in words:
            if (" " + word) in key:
                return category
    return None


# A non-ASN's employment status word (employee.employment_status): at most this long, like a typed field.
STATUS_LIMIT = 60
# Words in a status cell that are no employment status: they repeat "Non-ASN", or tell a state (SIASN's
# KEDUDUKAN HUKUM: "Aktif", "Cuti"), not on what footing the person works.
_NOT_A_STATUS = {"NON ASN", "NONASN", "NON PNS", "NON", "ASN", "AKTIF", "NON AKTIF", "TIDAK AKTIF", "NONAKTIF",
                 "CUTI", "PENSIUN", "BERHENTI", "MUTASI", "MENINGGAL", "MENINGGAL DUNIA", "LAINNYA"}


@lru_cache(maxsize=1024)
def status_word(text: str) -> str | None:
    """'Honorer' / 'PPNPN' / 'Tenaga Kontrak' as written (spaces collapsed); None for an empty cell, a
    placeholder ('-'), or a word that is no employment status ('Non ASN', 'Aktif')."""
    text = " ".join(text.split())
    if text.upper() in _PLACEHOLDER or re.sub(r"[^0-9A-Z]+", " ", text.upper()).strip() in _NOT_A_STATUS:
        return None
    return text or None


_GENDER = {"L": "L", "LK": "L", "LAKI LAKI": "L", "LAKI": "L", "LAKILAKI": "L", "PRIA": "L", "M": "L",
           "MALE": "L", "1": "L", "P": "P", "PR": "P", "PEREMPUAN": "P", "WANITA": "P", "W": "P", "F": "P",
           "FEMALE": "P", "2": "P"}


def parse_gender(text: str) -> str | None:
    return _GENDER.get(re.sub(r"[^0-9A-Z]+", " ", text.upper()).strip())


_MONTHS = {name: i for i, names in enumerate((
    ("JAN", "JANUARI", "JANUARY"), ("FEB", "FEBRUARI", "PEBRUARI", "FEBRUARY", "PEB"),
    ("MAR", "MARET", "MARCH"), ("APR", "APRIL"), ("MEI", "MAY"), ("JUN", "JUNI", "JUNE"),
    ("JUL", "JULI", "JULY"), ("AGU", "AGS", "AGT", "AGUSTUS", "AUG", "AUGUST"),
    ("SEP", "SEPT", "SEPTEMBER"), ("OKT", "OKTOBER", "OCT", "OCTOBER"),
    ("NOV", "NOPEMBER", "NOVEMBER", "NOP"), ("DES", "DESEMBER", "DEC", "DECEMBER")), 1) for name in names}
_DMY = re.compile(r"(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})(?:\D.*)?")
_YMD = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?")
_D_MON_Y = re.compile(r"(\d{1,2})[\s\-/.]+([A-Za-z]+)\.?[\s\-/.,]+(\d{4})")
_EXCEL_EPOCH = date(1899, 12, 30)


def parse_date(value) -> date | None:
    """A birth date from 26-09-1986, 26/09/1986, 1986-09-26, 26 September 1986 (also Pebruari,
    Nopember), an Excel date cell, or an Excel day number in a numeric cell. None if unreadable."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 80000:  # an unformatted Excel date: days since 1899-12-30
            return _EXCEL_EPOCH + timedelta(days=int(value))
        return None
    text = str(value).strip()
    try:
        m = _DMY.fullmatch(text)
        if m:
            return date(int(m[3]), int(m[2]), int(m[1]))
        m = _YMD.fullmatch(text)
        if m:
            return date(int(m[1]), int(m[2]), int(m[3]))
        m = _D_MON_Y.fullmatch(text)
        if m and m[2].upper() in _MONTHS:
            return date(int(m[3]), _MONTHS[m[2].upper()], int(m[1]))
    except ValueError:  # 31-02-1990
        return None
    return None
