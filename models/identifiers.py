"""NIP / NI PPPK / NIK parsing and validation (stdlib only, no Qt, no peewee).

Layouts (see docs/domain.md "Identifiers"):
  PNS NIP  YYYYMMDD YYYYMM G SSS          digit 13 (index 12) is 0/1: tens of the TMT month
  PPPK NI  YYYYMMDD YYYY 2 K G SSS        digit 13 is the literal 2, K = contract digit 1..9
  NIK      PP KK CC DDMMYY SSSS           women: DD + 40; odd dates are legal (warning only)
Every rejection carries a Reason naming exactly what is wrong, in Indonesian and English.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NoReturn

from ikrar.models.identifier_digits import IdentifierError, Reason, fail, normalize_digits
from ikrar.models.scanned_code import extract_code

# Reason, IdentifierError, normalize_digits (identifier_digits.py) and extract_code (scanned_code.py)
# are imported from here by every caller: this module is where identifiers are read.
__all__ = ["Reason", "NipInfo", "NikInfo", "IdentifierError", "normalize_digits", "parse_nip",
           "parse_nik", "read_nip", "read_nik", "format_nip", "classify", "extract_code"]


# The info classes are frozen dataclasses with a hand-written __init__: a roster import makes
# 100,000 of each, and the generated frozen __init__ (one object.__setattr__ per field) costs
# three times as much. Equality, hashing, repr and immutability are the dataclass's.

@dataclass(frozen=True, init=False)
class NipInfo:
    nip: str
    category: str            # "PNS" | "PPPK"
    birth_date: date
    gender: str              # "L" | "P"
    tmt: date                # PNS: 1st of TMT CPNS month; PPPK: Jan 1 of TMT year
    sequence: int
    contract_digit: int | None

    def __init__(self, nip: str, category: str, birth_date: date, gender: str, tmt: date, sequence: int,
                 contract_digit: int | None):
        d = self.__dict__
        d["nip"], d["category"], d["birth_date"], d["gender"] = nip, category, birth_date, gender
        d["tmt"], d["sequence"], d["contract_digit"] = tmt, sequence, contract_digit


@dataclass(frozen=True, init=False)
class NikInfo:
    nik: str
    province: str
    regency: str
    district: str
    birth_date: date | None
    gender: str
    serial: str
    warnings: tuple[Reason, ...] = ()

    def __init__(self, nik: str, province: str, regency: str, district: str, birth_date: date | None,
                 gender: str, serial: str, warnings: tuple[Reason, ...] = ()):
        d = self.__dict__
        d["nik"], d["province"], d["regency"], d["district"] = nik, province, regency, district
        d["birth_date"], d["gender"], d["serial"], d["warnings"] = birth_date, gender, serial, warnings


_BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")
_MONTH = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


# The checks below run once per roster row (100,000 times for a large import), so the happy path
# works on integers, the date parts of a NIP or NIK (which repeat: people share birthdays and TMTs)
# are worked out once each, and every message is built only when its check fails.
_MEMO_LIMIT = 100_000
_NIP_BIRTH: dict[str, tuple[int, int, int, date]] = {}  # nip[0:8] -> (year, month, day, date)
_NIP_TMT: dict[str, tuple[int, int | None, int | None, date | None]] = {}  # nip[8:14] -> (year, month, contract, TMT)
_NIK_DATE: dict[tuple[str, int], tuple[str, date | None]] = {}  # (nik[6:12], pivot) -> (gender, birth date)


def _bad_month(month: int, what_id: str, what_en: str) -> NoReturn:
    fail("bad_month", f"{what_id} pada NIP tidak ada: bulan {month:02d} (harus 01-12)",
          f"{what_en} in the NIP does not exist: month {month:02d} (must be 01-12)")


def _nip_length(n: int) -> NoReturn:
    if n == 16:
        fail("nip_is_nik", "Ini tampaknya NIK (16 digit), bukan NIP (18 digit)",
              "This looks like a NIK (16 digits), not a NIP (18 digits)")
    if n == 9:
        fail("nip_old", "Ini tampaknya NIP lama (9 digit); gunakan NIP baru 18 digit",
              "This looks like an old 9-digit NIP; use the new 18-digit NIP")
    fail("nip_length", f"NIP harus 18 digit, tertulis {n} digit",
          f"A NIP must have 18 digits, this one has {n}")


def _nip_birth(part: str) -> tuple[int, int, int, date]:
    """YYYYMMDD of a NIP → (year, month, day, date); IdentifierError when it is not a date."""
    by, bm, bd = int(part[0:4]), int(part[4:6]), int(part[6:8])
    if not 1 <= bm <= 12:
        _bad_month(bm, "Bulan lahir", "Birth month")
    try:
        birth = date(by, bm, bd)
    except ValueError:
        fail("bad_date", f"Tanggal lahir pada NIP tidak ada: {bd} {_BULAN[bm - 1]} {by}",
              f"The birth date in the NIP does not exist: {_MONTH[bm - 1]} {bd}, {by}")
    found = by, bm, bd, birth
    if len(_NIP_BIRTH) < _MEMO_LIMIT:
        _NIP_BIRTH[part] = found
    return found


def _nip_tmt(part: str) -> tuple[int, int | None, int | None, date | None]:
    """Digits 9-14 of a NIP → (TMT year, TMT month or None for PPPK, PPPK contract digit or None,
    the TMT date or None when the year is 0); IdentifierError for a bad month or contract digit."""
    ty = int(part[0:4])
    if part[4] == "2":           # PPPK: only a year, then the literal 2 and a contract digit
        tm, contract = None, int(part[5])
        if contract == 0:
            fail("bad_contract", "Digit perjanjian kerja PPPK (digit ke-14) harus 1-9, tertulis 0",
                  "The PPPK contract digit (digit 14) must be 1-9, got 0")
    else:
        tm, contract = int(part[4:6]), None
        if not 1 <= tm <= 12:
            _bad_month(tm, "Bulan TMT CPNS", "TMT CPNS month")
    found = ty, tm, contract, (date(ty, tm or 1, 1) if ty else None)  # year 0: refused later
    if len(_NIP_TMT) < _MEMO_LIMIT:
        _NIP_TMT[part] = found
    return found


def _nip_tmtfail(code: str, by: int, bm: int, bd: int, ty: int, tm: int | None) -> NoReturn:
    """The TMT checks' messages (tm is None for a PPPK NIP, whose TMT is a year only)."""
    tmt_id = f"TMT {'' if tm is None else _BULAN[tm - 1] + ' '}{ty}"
    tmt_en = f"TMT {'' if tm is None else _MONTH[tm - 1] + ' '}{ty}"
    birth_id, birth_en = f"{bd} {_BULAN[bm - 1]} {by}", f"{_MONTH[bm - 1]} {bd}, {by}"
    if code == "tmt_future":
        fail(code, f"{tmt_id} pada NIP ada di masa depan", f"The {tmt_en} in the NIP lies in the future")
    if code == "tmt_before_birth":
        fail(code, f"{tmt_id} pada NIP sebelum tanggal lahir {birth_id}",
              f"The {tmt_en} in the NIP is before the birth date {birth_en}")
    if code == "tmt_too_young":
        fail(code, f"{tmt_id} pada NIP berarti mulai bekerja pada umur "
              f"{ty - by} tahun (lahir {birth_id}); tidak mungkin",
              f"The {tmt_en} in the NIP means starting work at age {ty - by} "
              f"(born {birth_en}); impossible")
    fail(code, f"{tmt_id} pada NIP terlalu lama (sebelum 1960)",
          f"The {tmt_en} in the NIP is implausibly early (before 1960)")


def parse_nip(raw, *, today: date | None = None) -> NipInfo:
    return NipInfo(*_nip(raw, today))


def read_nip(raw, *, today: date | None = None) -> tuple[str, str, date, str]:
    """parse_nip for bulk callers (a roster import): the same checks and errors, and only
    (nip, category, birth_date, gender) as a tuple."""
    return _nip(raw, today)[:4]


def _nip(raw, today: date | None) -> tuple:
    """NipInfo's fields, in its order; IdentifierError as parse_nip raises it."""
    nip = normalize_digits(raw)
    if len(nip) != 18:
        _nip_length(len(nip))
    part = nip[0:8]
    born = _NIP_BIRTH.get(part)
    by, bm, bd, birth = born if born is not None else _nip_birth(part)
    part = nip[8:14]
    started = _NIP_TMT.get(part)
    ty, tm, contract, tmt = started if started is not None else _nip_tmt(part)

    gender = nip[14]
    if gender != "1" and gender != "2":
        fail("bad_gender", f"Digit jenis kelamin (digit ke-15) harus 1 (laki-laki) atau 2 "
              f"(perempuan), tertulis {gender}",
              f"The gender digit (digit 15) must be 1 (male) or 2 (female), got {gender}")
    seq = int(nip[15:18])
    if seq == 0:
        fail("bad_sequence", "Nomor urut NIP (3 digit terakhir) tidak boleh 000; jika angka "
              "terakhir hilang karena Excel, ketik ulang dari SK",
              "The NIP sequence (last 3 digits) cannot be 000; if Excel dropped the last digits, "
              "retype it from the decree")

    year = (today or date.today()).year
    if not 1940 <= by <= year - 15:
        fail("birth_implausible", f"Tahun lahir {by} pada NIP tidak masuk akal "
              f"(harus 1940-{year - 15})",
              f"Birth year {by} in the NIP is implausible (must be 1940-{year - 15})")
    if ty > year + 1:
        _nip_tmtfail("tmt_future", by, bm, bd, ty, tm)
    # a PNS TMT is the 1st of its month: on or before the birth date is before birth
    if ty < by or (tm is not None and (ty, tm, 1) <= (by, bm, bd)):
        _nip_tmtfail("tmt_before_birth", by, bm, bd, ty, tm)
    if ty < by + 15:
        _nip_tmtfail("tmt_too_young", by, bm, bd, ty, tm)
    if ty < 1960:
        _nip_tmtfail("tmt_implausible", by, bm, bd, ty, tm)

    return nip, "PNS" if tm is not None else "PPPK", birth, "L" if gender == "1" else "P", tmt, seq, contract


def _nik_date(part: str, pivot: int) -> tuple[str, date | None]:
    """DDMMYY of a NIK → (gender, birth date or None when it is not a date); *pivot*: this year's
    last two digits (a later YY is 19YY)."""
    dd, mm, yy = int(part[0:2]), int(part[2:4]), int(part[4:6])
    if dd > 40:
        gender, day = "P", dd - 40
    else:
        gender, day = "L", dd
    try:
        birth = date(1900 + yy if yy > pivot else 2000 + yy, mm, day)
    except ValueError:
        birth = None
    found = gender, birth
    if len(_NIK_DATE) < _MEMO_LIMIT:
        _NIK_DATE[part, pivot] = found
    return found


def parse_nik(raw, *, today: date | None = None) -> NikInfo:
    nik, birth, gender, warnings = _nik(raw, today)
    return NikInfo(nik, nik[0:2], nik[2:4], nik[4:6], birth, gender, nik[12:16], warnings)


def read_nik(raw, *, today: date | None = None) -> tuple[str, date | None, str, tuple[Reason, ...]]:
    """parse_nik for bulk callers (a roster import): the same checks, errors and warnings, and
    only (nik, birth_date, gender, warnings) as a tuple."""
    return _nik(raw, today)


def _nik(raw, today: date | None) -> tuple:
    nik = normalize_digits(raw)
    n = len(nik)
    if n != 16:
        if n == 18:
            fail("nik_is_nip", "Ini tampaknya NIP (18 digit), bukan NIK (16 digit)",
                  "This looks like a NIP (18 digits), not a NIK (16 digits)")
        cut = 12 <= n < 16
        fail("nik_length", f"NIK harus 16 digit, tertulis {n} digit"
              + ("; mungkin terpotong" * cut),
              f"A NIK must have 16 digits, this one has {n}" + ("; it may have been cut off" * cut))
    prov, kab, kec = nik[0:2], nik[2:4], nik[4:6]
    # Province codes run 11 (Aceh) .. 96 (Papua Barat Daya); regency/district 00 do not exist.
    if prov < "11" or kab == "00" or kec == "00":
        fail("nik_region", f"Kode wilayah NIK tidak ada: {prov}.{kab}.{kec}",
              f"The NIK region code does not exist: {prov}.{kab}.{kec}")
    warnings: tuple[Reason, ...] = ()
    if prov > "96":
        warnings = (Reason("nik_province_unknown", f"Kode provinsi NIK {prov} tidak dikenal",
                           f"NIK province code {prov} is not known"),)
    part = nik[6:12]
    pivot = (today or date.today()).year % 100
    found = _NIK_DATE.get((part, pivot))
    gender, birth = found if found is not None else _nik_date(part, pivot)
    if birth is None:
        # Odd dates are legal in issued NIKs: never reject, never "correct".
        warnings += (Reason(
            "nik_bad_date", f"Bagian tanggal lahir NIK ({part}) bukan tanggal yang ada; "
            "NIK tetap diterima apa adanya",
            f"The birth-date part of the NIK ({part}) is not a real date; "
            "the NIK is accepted as it is"),)
    return nik, birth, gender, warnings


def format_nip(nip: str) -> str:
    """'198609262015051001' -> '19860926 201505 1 001' (PPPK printed with the same split)."""
    if isinstance(nip, str) and len(nip) == 18 and nip.isascii() and nip.isdigit():
        return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
    return nip


def classify(raw) -> str:
    try:
        digits = normalize_digits(raw)
    except IdentifierError:
        return "unknown"
    return {18: "nip", 16: "nik"}.get(len(digits), "unknown")
