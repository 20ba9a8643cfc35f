"""Tests for models/identifiers.py: NIP (PNS + PPPK), NIK, Excel damage, scanner/QR extraction."""
from __future__ import annotations

from datetime import date

import pytest

from ikrar.models.identifiers import (
    IdentifierError,
    NikInfo,
    NipInfo,
    Reason,
    classify,
    extract_code,
    format_nip,
    normalize_digits,
    parse_nik,
    parse_nip,
)

TODAY = date(2025, 6, 1)
PNS = "198609262015051001"
PPPK = "199203152024211003"
NIK_F = "3201015203900001"     # 12 March 1990, woman (52 = 12 + 40)


def reason_of(fn, *args, **kw) -> Reason:
    with pytest.raises(IdentifierError) as exc:
        fn(*args, **kw)
    r = exc.value.reason
    assert isinstance(r, Reason) and r.code and r.id and r.en and r.id != r.en
    assert str(exc.value) == r.id == str(r)
    return r


def nip_reason(raw) -> Reason:
    return reason_of(parse_nip, raw, today=TODAY)


# ---------------------------------------------------------------- normalize_digits

@pytest.mark.parametrize("raw", [
    PNS, "19860926 201505 1 001", "19860926.201505.1.001", "19860926-201505-1-001",
    "'198609262015051001", "\u2019198609262015051001", " 198609262015051001\r\n",
    "19860926\u00a0201505\u00a01\u00a0001", "\ufeff198609262015051001",
    "\t19860926 201505 1 001 ",
    "19860926  201505  1  001", 198609262015051001, "１９８６０９２６２０１５０５１００１",
])
def test_normalize_accepts_printed_and_stored_forms(raw):
    assert normalize_digits(raw) == PNS


@pytest.mark.parametrize("raw", [
    "1.98609E+17", "1,98609E+17", "1.98609e17", "1.98609262015051E+17", "1E+17", " 1.98609E+17 ",
    "'1.98609E+17", 1.9860926201505e17, 198609262015051001.0, 3.20101520390e15, 1e15,
    "198609262015051001.0", "3201015203900001,00",
    "198.609.262.015.051.000", "198,609,262,015,051,000", "3.201.015.203.900.000",
])
def test_normalize_refuses_excel_damage(raw):
    r = reason_of(normalize_digits, raw)
    assert r.code == "excel_float"
    assert "jangan ditebak" in r.id and "do not guess" in r.en


def test_excel_float_never_guesses_digits():
    with pytest.raises(IdentifierError) as exc:
        parse_nip(1.9860926201505e17, today=TODAY)
    assert exc.value.reason.code == "excel_float"
    assert "Excel" in exc.value.reason.id and "retype" in exc.value.reason.en.lower()


@pytest.mark.parametrize("raw, code", [
    (None, "empty"), ("", "empty"), ("   ", "empty"), ("'", "empty"), (float("nan"), "empty"),
    ("1986O926201505100l", "not_digits"), ("NIP198609262015051001", "not_digits"),
    ("-198609262015051001", "not_digits"), (-5, "not_digits"), (True, "not_digits"),
    (12.5, "not_digits"), (float("inf"), "not_digits"), ("1986/09/26", "not_digits"),
])
def test_normalize_rejects(raw, code):
    assert reason_of(normalize_digits, raw).code == code


def test_letters_are_named_with_lookalike_hint():
    r = reason_of(normalize_digits, "1986O9262015051001")
    assert "'O'" in r.id and "→0" in r.id and "'O'" in r.en


def test_small_integral_float_is_plain_digits():
    # An old 9-digit NIP survives a float exactly; the length check is parse_nip's job.
    assert normalize_digits(196501234.0) == "196501234"


# ---------------------------------------------------------------- parse_nip: good input

def test_parse_pns():
    info = parse_nip("19860926 201505 1 001", today=TODAY)
    assert info == NipInfo(PNS, "PNS", date(1986, 9, 26), "L", date(2015, 5, 1), 1, None)


def test_parse_pns_december_tmt_and_female():
    info = parse_nip("197001012000122999", today=TODAY)
    assert (info.category, info.tmt, info.gender, info.sequence) == \
        ("PNS", date(2000, 12, 1), "P", 999)


def test_parse_pppk_is_accepted():
    # A peer library reads 202421 as year 2024 month 21 and rejects every PPPK NI.
    info = parse_nip(PPPK, today=TODAY)
    assert info == NipInfo(PPPK, "PPPK", date(1992, 3, 15), "L", date(2024, 1, 1), 3, 1)


def test_parse_pppk_female_contract_9():
    info = parse_nip("200012312024292045", today=TODAY)
    assert (info.category, info.contract_digit, info.gender, info.sequence) == ("PPPK", 9, "P", 45)
    assert info.tmt == date(2024, 1, 1) and info.birth_date == date(2000, 12, 31)


def test_parse_accepts_excel_int_and_default_today():
    assert parse_nip(198609262015051001).nip == PNS
    assert parse_nip(PPPK).category == "PPPK"


def test_leap_day_birth():
    assert parse_nip("198802292010011001", today=TODAY).birth_date == date(1988, 2, 29)


# ---------------------------------------------------------------- parse_nip: each named bad input

def test_month_13_named():
    r = nip_reason("198613262015051001")
    assert r.code == "bad_month" and "bulan 13" in r.id and "month 13" in r.en


def test_month_14_in_tmt_named():
    r = nip_reason("198609262015141001")
    assert r.code == "bad_month" and "bulan 14" in r.id and "TMT" in r.id


def test_month_00_birth():
    assert nip_reason("198600262015051001").code == "bad_month"


def test_digit13_not_0_1_2_is_a_bad_tmt_month():
    r = nip_reason("198609262015351001")
    assert r.code == "bad_month" and "bulan 35" in r.id


def test_nik_typed_as_nip():
    r = nip_reason(NIK_F)
    assert r.code == "nip_is_nik" and "NIK (16 digit)" in r.id


@pytest.mark.parametrize("raw", ["1.98609E+17", "1,98609E+17", 1.9860926201505e17])
def test_excel_float_as_nip(raw):
    assert nip_reason(raw).code == "excel_float"


@pytest.mark.parametrize("raw, n", [("19860926201505100", 17), ("1986092620150510011", 19),
                                    ("1986", 4), ("12345678901234", 14)])
def test_wrong_length_names_count(raw, n):
    r = nip_reason(raw)
    assert r.code == "nip_length"
    assert r.id == f"NIP harus 18 digit, tertulis {n} digit" and f"has {n}" in r.en


def test_old_nine_digit_nip():
    assert nip_reason("196501234").code == "nip_old"


def test_letters():
    assert nip_reason("19860926201505100A").code == "not_digits"


def test_sequence_000():
    r = nip_reason("198609262015051000")
    assert r.code == "bad_sequence" and "000" in r.id


@pytest.mark.parametrize("digit", "03456789")
def test_gender_digit(digit):
    r = nip_reason(f"19860926201505{digit}001")
    assert r.code == "bad_gender" and f"tertulis {digit}" in r.id and f"got {digit}" in r.en


def test_feb_30():
    r = nip_reason("198602302015051001")
    assert r.code == "bad_date" and "30 Februari 1986" in r.id and "February 30" in r.en


@pytest.mark.parametrize("raw", ["198604312015051001", "198609002015051001", "198702292015051001"])
def test_other_impossible_days(raw):
    assert nip_reason(raw).code == "bad_date"


def test_tmt_before_birth():
    r = nip_reason("198609261980051001")
    assert r.code == "tmt_before_birth" and "TMT Mei 1980" in r.id and "26 September 1986" in r.id


def test_tmt_same_month_as_birth_is_before_birth():
    # TMT is the 1st of the month, so it cannot be later than a birth on the 26th.
    assert nip_reason("198609261986091001").code == "tmt_before_birth"


def test_pppk_tmt_before_birth():
    assert nip_reason("199203151985211003").code == "tmt_before_birth"


def test_tmt_too_young():
    r = nip_reason("200001012010051001")
    assert r.code == "tmt_too_young" and "umur 10" in r.id and "age 10" in r.en


def test_tmt_in_future():
    assert nip_reason("199001012030011001").code == "tmt_future"
    # next year is allowed (decrees are issued ahead)
    assert parse_nip("199001012026011001", today=TODAY).tmt == date(2026, 1, 1)


def test_tmt_before_1960():
    assert nip_reason("194001011957011001").code == "tmt_implausible"
    assert parse_nip("194001011960011001", today=TODAY).tmt == date(1960, 1, 1)


@pytest.mark.parametrize("raw", ["193912312000011001", "201101012026011001", "185001011990011001"])
def test_birth_year_implausible(raw):
    r = nip_reason(raw)
    assert r.code == "birth_implausible" and "1940" in r.id


def test_birth_year_bounds_follow_today():
    assert parse_nip("201001012025011001", today=TODAY).birth_date.year == 2010
    assert reason_of(parse_nip, "201001012025011001", today=date(2024, 1, 1)).code == \
        "birth_implausible"


def test_pppk_contract_digit_zero():
    r = nip_reason("199203152024201003")
    assert r.code == "bad_contract" and "14" in r.id


def test_error_is_value_error():
    with pytest.raises(ValueError):
        parse_nip("x", today=TODAY)


# ---------------------------------------------------------------- parse_nik

def test_parse_nik_woman():
    info = parse_nik(NIK_F, today=TODAY)
    assert info == NikInfo(NIK_F, "32", "01", "01", date(1990, 3, 12), "P", "0001", ())


def test_parse_nik_man_and_2000s_century():
    info = parse_nik("3174050101050002", today=TODAY)
    assert (info.gender, info.birth_date, info.serial) == ("L", date(2005, 1, 1), "0002")
    assert parse_nik("3174050101260002", today=TODAY).birth_date == date(1926, 1, 1)
    assert parse_nik("3174050101250002", today=TODAY).birth_date == date(2025, 1, 1)


@pytest.mark.parametrize("nik, gender", [
    ("3201013102900001", "L"), ("3201017102900001", "P"),     # 31 Feb / 71-40 = 31 Feb
    ("3201010013900001", "L"), ("3201013513900001", "L"),     # month 13; day 35 (neither sex)
    ("3201010001900001", "L"), ("3201019901900001", "P"),     # day 00; day 99-40 = 59
])
def test_nik_odd_date_is_a_warning_never_a_rejection(nik, gender):
    info = parse_nik(nik, today=TODAY)
    assert info.nik == nik and info.birth_date is None and info.gender == gender
    assert [w.code for w in info.warnings] == ["nik_bad_date"]
    assert "tetap diterima" in info.warnings[0].id


def test_nik_13_digits():
    r = reason_of(parse_nik, "3201015203900", today=TODAY)
    assert r.code == "nik_length" and "13 digit" in r.id and "terpotong" in r.id


def test_nik_14_digits():
    assert "14 digit" in reason_of(parse_nik, "32010152039000").id


def test_nip_typed_as_nik():
    assert reason_of(parse_nik, PNS).code == "nik_is_nip"


@pytest.mark.parametrize("nik", ["0001015203900001", "1001015203900001", "3200015203900001",
                                 "3201005203900001"])
def test_nik_region_00_rejected(nik):
    r = reason_of(parse_nik, nik, today=TODAY)
    assert r.code == "nik_region" and "wilayah" in r.id


def test_nik_new_papua_provinces_accepted_unknown_province_warned():
    assert parse_nik("9601015203900001", today=TODAY).warnings == ()
    assert [w.code for w in parse_nik("9901015203900001", today=TODAY).warnings] == \
        ["nik_province_unknown"]


def test_nik_excel_float_and_printed():
    assert reason_of(parse_nik, 3.201015203900001e15).code == "excel_float"
    assert reason_of(parse_nik, "3,20102E+15").code == "excel_float"
    assert parse_nik("3201 0152 0390 0001", today=TODAY).nik == NIK_F
    assert parse_nik(3201015203900001, today=TODAY).nik == NIK_F
    assert parse_nik(NIK_F).nik == NIK_F


# ---------------------------------------------------------------- format_nip / classify

def test_format_nip():
    assert format_nip(PNS) == "19860926 201505 1 001"
    assert format_nip(PPPK) == "19920315 202421 1 003"


@pytest.mark.parametrize("value", ["", "123", NIK_F, "19860926 201505 1 001", "1986092620150510AB",
                                   "1986092620150510011", "１９８６０９２６２０１５０５１００１"])
def test_format_nip_leaves_other_values_alone(value):
    assert format_nip(value) == value


@pytest.mark.parametrize("raw, kind", [
    (PNS, "nip"), ("19860926 201505 1 001", "nip"), (198609262015051001, "nip"), (PPPK, "nip"),
    (NIK_F, "nik"), ("3201 0152 0390 0001", "nik"), ("19860926201505100", "unknown"),
    ("1.98609E+17", "unknown"), (1.9860926201505e17, "unknown"), ("abc", "unknown"),
    (None, "unknown"), ("", "unknown"),
])
def test_classify(raw, kind):
    assert classify(raw) == kind


# ---------------------------------------------------------------- extract_code

@pytest.mark.parametrize("scanned, expected", [
    (PNS, PNS), (PNS + "\r\n", PNS), (PNS + "\t", PNS), ("\x02" + PNS + "\x03", PNS),
    ("NIP:198609262015051001", PNS), ("NIP. 19860926 201505 1 001", PNS),
    ("NIP: 19860926.201505.1.001\n", PNS), ("19860926 201505 1 001", PNS),
    ("nip_baru=198609262015051001", PNS), ("NIP BARU : 198609262015051001", PNS),
    ("https://x.go.id/v?nip=198609262015051001", PNS),
    ("https://x.go.id/v?ts=20240101120000&nip=198609262015051001&sig=ab12", PNS),
    ("https://x.go.id/pegawai/198609262015051001", PNS),
    ("https://x.go.id/pegawai/198609262015051001/profil?page=2", PNS),
    ("https://x.go.id/v?data=%7B%22nip%22%3A%22198609262015051001%22%7D", PNS),
    ('{"nip":"198609262015051001","nama":"BUDI"}', PNS),
    ('{"nama": "BUDI", "nip": 198609262015051001}', PNS),
    ('{"pegawai": {"nip_baru": "19860926 201505 1 001"}}', PNS),
    ('{"nik":"3201015203900001","nama":"SITI"}', NIK_F),
    ('{"id": 12, "nik": "3201015203900001", "nip": "198609262015051001"}', PNS),
    ('{"nip":"198609262015051001", "nama": "BUDI"', PNS),          # truncated JSON
    ("NIK 3201015203900001", NIK_F), ("3201 0152 0390 0001", NIK_F),
    ("NI PPPK 19920315 2024 2 1 1 003", PPPK), ("19920315 202421 1 003", PPPK),
    ("IKRAR|198609262015051001|BUDI", PNS),
    ("%200001012015011001", "200001012015011001"),  # "%20" must not be decoded into the code
    ("https://x.go.id/v?q=a%20b&nip=198609262015051001", PNS),
    ("198609262015051001 3201015203900001", PNS),                  # NIP preferred to NIK
])
def test_extract_code_finds(scanned, expected):
    assert extract_code(scanned) == expected


@pytest.mark.parametrize("scanned", [
    "", "   ", "\r\n", "hello", "12345678901234567", "123456789012345678901",
    "1234198609262015051001", "1.98609E+17", "NIP: 1.98609E+17",
    '{"nip": 1.98609262015051e17}',
    '{"nip": "19860926201505100"}',                       # 17 digits under the key
    "NIP:19860926201505100", "nip=abc", "https://x.go.id/v?nip=19860926201505100&id=" + PNS,
    PNS + " 197001012000122999",                          # two different NIPs: ambiguous
    None, 198609262015051001,
])
def test_extract_code_not_recognised(scanned):
    assert extract_code(scanned) is None


def test_extract_code_same_nip_twice_is_fine():
    assert extract_code(f"{PNS} / {format_nip(PNS)}") == PNS


def test_extract_does_not_validate_dates():
    assert extract_code("NIP:198613262015051001") == "198613262015051001"
