"""Property tests for models/identifiers.py (any NIP, NIK or scanned text) and the roster import's fast
paths (read_nip/read_nik agree with parse_nip/parse_nik). The named cases: test_identifiers.py."""
from __future__ import annotations

import contextlib
import dataclasses
import json
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_identifiers import NIK_F, PNS, PPPK, TODAY, nip_reason, reason_of

from ikrar.models.identifiers import (
    IdentifierError,
    NikInfo,
    NipInfo,
    classify,
    extract_code,
    format_nip,
    normalize_digits,
    parse_nik,
    parse_nip,
    read_nik,
    read_nip,
)

# ---------------------------------------------------------------- property tests

BIRTH = st.dates(date(1940, 1, 1), date(TODAY.year - 15, 12, 31))


@st.composite
def pns_parts(draw):
    birth = draw(BIRTH)
    year = draw(st.integers(max(1960, birth.year + 15), TODAY.year + 1))
    return birth, date(year, draw(st.integers(1, 12)), 1), draw(st.sampled_from("12")), \
        draw(st.integers(1, 999))


@st.composite
def pppk_parts(draw):
    birth = draw(BIRTH)
    year = draw(st.integers(max(1960, birth.year + 15), TODAY.year + 1))
    return birth, date(year, 1, 1), draw(st.integers(1, 9)), draw(st.sampled_from("12")), \
        draw(st.integers(1, 999))


def pns_nip(birth, tmt, g, seq):
    return f"{birth:%Y%m%d}{tmt:%Y%m}{g}{seq:03d}"


def pppk_nip(birth, tmt, contract, g, seq):
    return f"{birth:%Y%m%d}{tmt.year}2{contract}{g}{seq:03d}"


@given(pns_parts())
def test_prop_pns_roundtrip(parts):
    birth, tmt, g, seq = parts
    nip = pns_nip(*parts)
    info = parse_nip(nip, today=TODAY)
    assert info == NipInfo(nip, "PNS", birth, "L" if g == "1" else "P", tmt, seq, None)
    assert parse_nip(format_nip(nip), today=TODAY) == info
    assert parse_nip(int(nip), today=TODAY) == info


@given(pppk_parts())
def test_prop_pppk_roundtrip(parts):
    birth, tmt, contract, g, seq = parts
    nip = pppk_nip(*parts)
    info = parse_nip(nip, today=TODAY)
    assert info == NipInfo(nip, "PPPK", birth, "L" if g == "1" else "P", tmt, seq, contract)
    assert parse_nip(format_nip(nip), today=TODAY) == info


DIGITS = st.text(alphabet="0123456789", min_size=1, max_size=30)


@given(st.text(alphabet="0123456789", min_size=18, max_size=18))
def test_prop_format_normalize_roundtrip(nip):
    printed = format_nip(nip)
    assert len(printed) == 21 and printed.replace(" ", "") == nip
    assert normalize_digits(printed) == nip
    assert normalize_digits(printed.replace(" ", ".")) == nip
    assert classify(printed) == "nip"


@given(DIGITS.filter(lambda s: len(s) != 18))
def test_prop_format_other_lengths_unchanged(s):
    assert format_nip(s) == s


@settings(max_examples=500)
@given(st.text(alphabet="0123456789", min_size=18, max_size=18))
def test_prop_any_18_digits_parses_or_identifier_error(nip):
    try:
        info = parse_nip(nip, today=TODAY)
    except IdentifierError as e:
        assert e.reason.code and e.reason.id and e.reason.en
    else:
        assert info.nip == nip and info.category == ("PPPK" if nip[12] == "2" else "PNS")
        assert info.tmt > info.birth_date and info.gender in "LP" and 1 <= info.sequence <= 999


@settings(max_examples=300)
@given(st.one_of(st.text(max_size=30), DIGITS, st.integers(), st.floats(), st.none()))
def test_prop_anything_fails_only_with_identifier_error(raw):
    for fn in (parse_nip, parse_nik):
        with contextlib.suppress(IdentifierError):
            fn(raw, today=TODAY)
    assert classify(raw) in ("nip", "nik", "unknown")


@settings(max_examples=300)
@given(st.text(alphabet="0123456789", min_size=16, max_size=16))
def test_prop_any_16_digits_is_a_nik_unless_region_missing(nik):
    try:
        info = parse_nik(nik, today=TODAY)
    except IdentifierError as e:
        assert e.reason.code == "nik_region"
    else:
        assert info.nik == nik and info.gender == ("P" if int(nik[6:8]) > 40 else "L")
        assert (info.birth_date is None) == bool([w for w in info.warnings
                                                   if w.code == "nik_bad_date"])


@given(st.integers(11, 96), st.integers(1, 99), st.integers(1, 99),
       st.dates(date(1926, 1, 1), date(2025, 12, 31)), st.sampled_from("LP"),
       st.integers(0, 9999))
def test_prop_nik_parts(prov, kab, kec, birth, gender, serial):
    day = birth.day + (40 if gender == "P" else 0)
    nik = f"{prov:02d}{kab:02d}{kec:02d}{day:02d}{birth:%m%y}{serial:04d}"
    info = parse_nik(nik, today=TODAY)
    assert info == NikInfo(nik, f"{prov:02d}", f"{kab:02d}", f"{kec:02d}", birth, gender,
                           f"{serial:04d}", ())


@given(st.floats(min_value=1e15, max_value=1e19) | st.floats(min_value=-1e19, max_value=-1e15))
def test_prop_big_floats_are_always_excel_float(x):
    assert reason_of(normalize_digits, x).code == "excel_float"


NOISE = st.text(st.characters(blacklist_categories=("Nd", "Cs")), max_size=20)


@settings(max_examples=300)
@given(st.one_of(pns_parts().map(lambda p: pns_nip(*p)), pppk_parts().map(lambda p: pppk_nip(*p))),
       NOISE, NOISE,
       st.sampled_from(["{p}{n}{s}", "{p} {f}{s}", "{p}NIP:{n}\r\n", "NIP. {f}{s}",
                        "https://x.go.id/v?nip={n}&q={p}", "https://x.go.id/p/{n}/{s}",
                        "{p}\t{n}\t{s}", "IKRAR|{n}|{p}"]))
def test_prop_extract_finds_nip_in_noise(nip, prefix, suffix, template):
    text = template.format(p=prefix, s=suffix, n=nip, f=format_nip(nip))
    assert extract_code(text) == nip


@settings(max_examples=200)
@given(st.one_of(pns_parts().map(lambda p: pns_nip(*p)), pppk_parts().map(lambda p: pppk_nip(*p))),
       st.dictionaries(st.text(st.characters(blacklist_categories=("Cs",)), max_size=8)
                       .filter(lambda k: "ni" not in k.lower()),
                       st.text(max_size=10) | st.integers(-999, 999), max_size=4),
       st.booleans())
def test_prop_extract_finds_nip_in_json(nip, extra, as_int):
    payload = dict(extra)
    payload["nip"] = int(nip) if as_int else nip
    assert extract_code(json.dumps(payload)) == nip
    assert extract_code(json.dumps({"data": [payload]}, ensure_ascii=False)) == nip


@given(st.dates(date(1926, 1, 1), date(2025, 12, 31)))
def test_prop_extract_finds_nik(birth):
    nik = f"320101{birth.day + 40:02d}{birth:%m%y}0001"
    assert extract_code(f'{{"nik": "{nik}"}}') == nik
    assert extract_code(f"NIK: {nik}\n") == nik


# ---------------------------------------------------------------- bulk speed paths (roster import)

def test_tmt_year_zero_is_refused_with_a_reason_not_a_crash():
    # date(0, ...) used to be made before the checks: a bare ValueError that stopped an import
    assert nip_reason("198609260000011001").code == "tmt_before_birth"
    assert nip_reason("198609260000211003").code == "tmt_before_birth"
    assert nip_reason("198609260000018001").code == "bad_gender"  # the checks still run in order


def test_read_nip_and_read_nik_are_parse_in_short():
    for nip in (PNS, PPPK, "19860926 201505 1 001", int(PNS)):
        info = parse_nip(nip, today=TODAY)
        assert read_nip(nip, today=TODAY) == (info.nip, info.category, info.birth_date, info.gender)
    for nik in (NIK_F, "3201019903900001", "9901015203900001", int(NIK_F)):
        info = parse_nik(nik, today=TODAY)
        assert read_nik(nik, today=TODAY) == (info.nik, info.birth_date, info.gender, info.warnings)
    assert reason_of(read_nip, "198613262015051001", today=TODAY).code == "bad_month"
    assert reason_of(read_nik, "3201015203900", today=TODAY).code == "nik_length"


def test_info_classes_stay_frozen_dataclasses():
    info = parse_nip(PNS, today=TODAY)
    with pytest.raises(dataclasses.FrozenInstanceError):
        info.nip = "x"
    assert info == parse_nip(PNS, today=TODAY) and hash(info) == hash(parse_nip(PNS, today=TODAY))
    assert [f.name for f in dataclasses.fields(NikInfo)][-1] == "warnings"
    assert NikInfo(NIK_F, "32", "01", "01", None, "P", "0001").warnings == ()
    assert repr(info).startswith("NipInfo(nip='198609262015051001', category='PNS'")
    assert dataclasses.replace(info, sequence=2).sequence == 2


def test_memoised_date_parts_follow_today():
    # the NIK century depends on today; the same date part must not answer from another day's memo
    assert parse_nik("3174050101250002", today=date(2025, 6, 1)).birth_date == date(2025, 1, 1)
    assert parse_nik("3174050101250002", today=date(2024, 6, 1)).birth_date == date(1925, 1, 1)
    assert parse_nik("3174050101250002", today=date(2025, 6, 1)).birth_date == date(2025, 1, 1)
    # the same birth part with a different rest of the NIP is checked again in full
    assert parse_nip("198609262015051001", today=TODAY).birth_date == date(1986, 9, 26)
    assert nip_reason("198609262015051000").code == "bad_sequence"
    assert nip_reason("198609262000011001").code == "tmt_too_young"


@settings(max_examples=300)
@given(st.text(alphabet="0123456789", min_size=18, max_size=18) | st.text(alphabet="0123456789 ", max_size=20))
def test_prop_read_nip_agrees_with_parse_nip(raw):
    try:
        info = parse_nip(raw, today=TODAY)
    except IdentifierError as exc:
        assert reason_of(read_nip, raw, today=TODAY) == exc.reason
    else:
        assert read_nip(raw, today=TODAY) == (info.nip, info.category, info.birth_date, info.gender)


@given(DIGITS)
def test_prop_plain_digit_text_is_returned_as_it_is(text):
    assert normalize_digits(text) == text == normalize_digits(int(text)).rjust(len(text), "0")
