"""Events at the command line: dates as a clerk types them, unit names with suggestions, archive and
unarchive behind the PIN, check-ins for another day's event recorded with a warning, times on the
event's clock, and a merge summary in one language per line."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from ikrar.models import clock, settings
from ikrar.models.demo.build import generate_people, insert_people
from ikrar.models.errors import NotFound, Refused
from ikrar.models.events import (
    create_event,
    find_event,
    list_events,
    parse_date,
    resolve_units,
    set_archived,
    suggest_units,
)
from ikrar.models.pact import DEFAULT_ELECTION, IDENTITY, PactFields, fill, pact_template
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.models.sync.export import slug
from ikrar.ui.cli.app import run

UNITS = ["Dinas Kesehatan", "Dinas Pendidikan dan Kebudayaan", "Badan Kepegawaian dan Pengembangan SDM",
         "Inspektorat"]


@pytest.mark.parametrize(("text", "expected"), [
    ("24-11-2026", date(2026, 11, 24)), ("2026-11-24", date(2026, 11, 24)), ("4-1-2027", date(2027, 1, 4)),
    ("24/11/2026", date(2026, 11, 24)), (" 29-02-2028 ", date(2028, 2, 29)), ("2026-1-5", date(2026, 1, 5))])
def test_dates_as_a_clerk_types_them(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(("text", "id_text", "en_text"), [
    ("2026-11-31", "Tanggal 31 November 2026 tidak ada: November 2026 hanya sampai tanggal 30.",
     "There is no 31 November 2026: November 2026 has 30 days."),
    ("29-02-2027", "Tanggal 29 Februari 2027 tidak ada", "There is no 29 February 2027"),
    ("31-13-2026", "bulan 13 tidak ada", "there is no month 13"),
    ("0-11-2026", "Tanggal 0 November 2026 tidak ada", "There is no 0 November 2026"),
    ("24-11-26", "tulis HH-BB-TTTT (24-11-2026) atau TTTT-BB-HH (2026-11-24)", "write DD-MM-YYYY"),
    ("besok", "tidak dikenali", "not understood"), ("", "tidak dikenali", "not understood")])
def test_impossible_or_unreadable_dates_say_why(text, id_text, en_text):
    with pytest.raises(Refused) as refused:
        parse_date(text)
    assert refused.value.code == "date"
    assert id_text in refused.value.text("id") and en_text in refused.value.text("en")


@pytest.fixture
def units_db(db):
    insert_people(generate_people(40, seed=5, units=UNITS))
    return db


@pytest.mark.parametrize(("typed", "first"), [
    ("Dinkes", "Dinas Kesehatan"), ("Dinas Kesehtan", "Dinas Kesehatan"), ("BKPSDM", UNITS[2]),
    ("Inspektorar", "Inspektorat")])
def test_unit_suggestions(units_db, typed, first):
    assert suggest_units(typed)[0] == first
    with pytest.raises(NotFound) as missing:
        resolve_units([typed])
    assert f"Mungkin maksud Anda: {first}" in missing.value.text("id")
    assert f"Did you mean: {first}" in missing.value.text("en")


def test_no_suggestion_for_nothing_alike_and_several_matches_are_named(units_db):
    assert suggest_units("xyz") == []
    with pytest.raises(NotFound) as missing:
        resolve_units(["xyz"])
    assert missing.value.text("id") == "Unit 'xyz' tidak ditemukan."
    with pytest.raises(NotFound) as several:
        resolve_units(["Dinas"])
    assert "Dinas Kesehatan" in several.value.text("id") and "lebih dari satu" in several.value.text("id")


def test_archive_hides_and_unarchive_restores(units_db):
    old = create_event("Apel Lama", date(2026, 1, 5))
    new = create_event("Apel Baru", date(2026, 11, 23))
    assert set_archived(old, True) and not set_archived(old, True)
    assert [e.id for e in list_events()] == [new.id]
    assert [e.id for e in list_events(archived=True)] == [old.id]
    assert set_archived(old, False) and not set_archived(old, False)
    assert [e.id for e in list_events()] == [new.id, old.id]


@pytest.fixture
def cli_db(cli, tmp_path):
    open_database(tmp_path / "cli.db")
    insert_people(generate_people(40, seed=5, units=UNITS))
    close_database()
    code, out, _ = cli("event", "new", "--title", "Apel Pagi", "--date", "23-11-2026", "--unit", "Dinas Kesehatan")
    assert code == 0
    return out.strip()


def _nip(tmp_path) -> str:
    open_database(tmp_path / "cli.db")
    try:
        return next(p["nip"] for p in generate_people(40, seed=5, units=UNITS)
                    if p["nip"] and p["unit"] == "Dinas Kesehatan")
    finally:
        close_database()


def test_event_new_takes_the_windows_date_format_and_suggests_units(cli, cli_db):
    code, out, _ = cli("event", "list", "--json")
    assert code == 0 and json.loads(out)[0]["date"] == "2026-11-23"
    assert "23 November 2026" in cli("event", "list")[1]
    code, _, err = cli("event", "new", "--title", "X", "--date", "2026-11-31")
    assert code == 1 and "Tanggal 31 November 2026 tidak ada" in err
    code, _, err = cli("event", "new", "--title", "X", "--date", "1-12-2026", "--unit", "Dinkes")
    assert code == 1 and "Mungkin maksud Anda: Dinas Kesehatan" in err


def test_archive_and_unarchive_at_the_command_line_behind_the_pin(cli, cli_db, tmp_path):
    open_database(tmp_path / "cli.db")
    settings.set_admin_pin("2468")
    close_database()
    code, _, err = cli("event", "archive", "--event", cli_db[:8])
    assert code == 1 and "PIN" in err
    code, _, err = cli("event", "archive", "--event", cli_db[:8], "--pin", "1111")
    assert code == 1 and "PIN" in err
    code, out, _ = cli("event", "archive", "--event", cli_db[:8], "--pin", "2468")
    assert code == 0 and "diarsipkan" in out and "tidak ada yang dihapus" in out
    assert cli("event", "archive", "--event", cli_db[:8], "--pin", "2468")[0] == 3
    assert cli("event", "list")[1].strip() == "(belum ada acara)"
    assert json.loads(cli("event", "list", "--archived", "--json")[1])[0]["id"] == cli_db
    assert cli("status", "--event", cli_db[:8])[0] == 0  # still found by its id: nothing is gone
    code, out, _ = cli("event", "unarchive", "--event", cli_db[:8], "--pin", "2468")
    assert code == 0 and json.loads(cli("event", "list", "--json")[1])[0]["id"] == cli_db
    assert cli("event", "unarchive", "--event", cli_db[:8], "--pin", "2468")[0] == 3


def test_checkin_for_another_days_event_is_recorded_with_a_warning(cli, cli_db, tmp_path):
    clock.set_clock(datetime(2026, 12, 7, 0, 14, tzinfo=timezone.utc))  # 07.14 WIB, two weeks after the apel
    try:
        code, out, err = cli("checkin", "--event", cli_db, _nip(tmp_path))
        assert code == 0 and "Tercatat:" in out
        assert "bertanggal 23 November 2026, bukan hari ini (7 Desember 2026)" in err
        assert "H 7 Desember 2026 07.14 WIB" in out  # another day than the event's: with its date
        code, out, err = cli("--json", "checkin", "--event", cli_db, _nip(tmp_path))
        assert code == 3 and json.loads(out)["created"] is False and err == ""
    finally:
        clock.set_clock(None)


def test_times_are_on_the_events_clock_not_the_computers(cli, cli_db, tmp_path):
    clock.set_clock(datetime(2026, 11, 23, 0, 14, tzinfo=timezone.utc))  # a computer set to UTC
    try:
        code, out, err = cli("checkin", "--event", cli_db, _nip(tmp_path))
        assert code == 0 and out.strip().endswith("— H 07.14 WIB") and err == ""
        code, out, _ = cli("--lang", "en", "checkin", "--event", cli_db, _nip(tmp_path))
        assert code == 3 and "— H 07:14 WIB at desk" in out
        clock.set_clock(datetime(2026, 11, 23, 7, 14, tzinfo=timezone(timedelta(hours=9))))  # a WIT computer
        assert "H 07.14 WIB" in cli("checkin", "--event", cli_db, _nip(tmp_path))[1]
    finally:
        clock.set_clock(None)


def test_merge_summary_speaks_one_language_per_line(tmp_path, capsys):
    def call(db, *argv):
        code = run(["--db", str(tmp_path / f"{db}.db"), *argv])
        close_database()
        return code, capsys.readouterr().out

    open_database(tmp_path / "a.db")
    insert_people(generate_people(20, seed=5, units=UNITS))
    close_database()
    event_id = call("a", "event", "new", "--title", "Apel Pagi", "--date", "2026-11-23")[1].strip()
    nip = next(p["nip"] for p in generate_people(20, seed=5, units=UNITS) if p["nip"])
    call("a", "checkin", "--event", event_id, nip)
    sync = Path(call("a", "export-sync", "--event", event_id, "--out", str(tmp_path))[1].strip())
    code, out = call("hub", "merge", str(sync))
    assert code == 0 and "  baru: 1 kehadiran, 0 tanda tangan, 0 pembatalan" in out
    assert "  sudah ada: 0 kehadiran, 0 tanda tangan, 0 pembatalan" in out
    for word in ("attendances", "signatures", "voids", "people", "events", "new:", "known"):
        assert word not in out
    code, out = call("hub", "merge", str(sync))  # the very same file again
    assert code == 0 and "berkas yang sama sudah digabung" in out and "merged" not in out
    code, out = call("hub-en", "--lang", "en", "merge", str(sync))
    assert "  new: 1 attendances, 0 signatures, 0 voids" in out and "kehadiran" not in out
    assert "  already known: 0 attendances, 0 signatures, 0 voids" in out
    code, out = call("hub-en", "--lang", "en", "merge", str(sync))
    assert "this very file was merged" in out and "digabung" not in out


@pytest.mark.parametrize(("title", "limit", "expected"), [
    ("Apel Pagi Senin Netralitas ASN Kabupaten", 32, "APEL-PAGI-SENIN-NETRALITAS-ASN"),
    ("Apel Pagi Senin Netralitas ASN Kabupaten", 24, "APEL-PAGI-SENIN"),
    ("Apel Pagi Senin Netralitas ASN", 30, "APEL-PAGI-SENIN-NETRALITAS-ASN"),
    ("Penandatanganan", 8, "PENANDAT"), ("Apel", 32, "APEL"), ("", 32, "X")])
def test_file_names_are_cut_between_words(title, limit, expected):
    assert slug(title, limit) == expected


def _pact_of(tmp_path, event_id: str) -> str:
    open_database(tmp_path / "cli.db")
    try:
        return find_event(event_id).pact.text
    finally:
        close_database()


def test_event_new_fills_the_pact_templates_fields(cli, tmp_path):
    """--pemda, --pemilihan, --tahun fill the template as the window's event dialog does (the same
    models.pact.fill); without them, the window's defaults: the Pemda from the setting, else the kop."""
    open_database(tmp_path / "cli.db")
    settings.change("letterhead_lines", ["PEMERINTAH KABUPATEN BANGKA BARAT", "BKPSDM"])
    close_database()
    code, out, _ = cli("event", "new", "--title", "Apel", "--date", "23-11-2026")
    assert code == 0
    assert _pact_of(tmp_path, out.strip()) == fill(pact_template(), PactFields("Pemerintah Kabupaten Bangka Barat"))
    open_database(tmp_path / "cli.db")
    settings.change("pemda_name", "Pemerintah Kabupaten Maju")
    close_database()
    code, out, _ = cli("event", "new", "--title", "Apel", "--date", "23-11-2026", "--tahun", "2029")
    text = _pact_of(tmp_path, out.strip())
    assert code == 0 and text == fill(pact_template(), PactFields("Pemerintah Kabupaten Maju", DEFAULT_ELECTION, "2029"))
    code, out, _ = cli("event", "new", "--title", "Apel", "--date", "23-11-2026", "--pemda", "Pemerintah  Kota Maju",
                       "--pemilihan", "Pemilihan Kepala Daerah Serentak", "--tahun", "2030")
    text = _pact_of(tmp_path, out.strip())
    assert code == 0 and text == fill(pact_template(), PactFields("Pemerintah Kota Maju",
                                                                  "Pemilihan Kepala Daerah Serentak", "2030"))
    assert "di lingkungan Pemerintah Kota Maju" in text and "Pemilihan Kepala Daerah Serentak Tahun 2030" in text
    assert IDENTITY in text


@pytest.mark.parametrize(("args", "sentence"), [
    (("--tahun", "29"), "Tahun pemilihan '29' harus empat angka, misalnya 2029, atau dikosongkan (--tahun)."),
    (("--tahun", "２０２９"), "harus empat angka, misalnya 2029, atau dikosongkan (--tahun)."),
    (("--tahun", "20290"), "Tahun pemilihan '20290' harus empat angka"),
    (("--pemda", "  "), "Nama Pemda wajib diisi (--pemda)."),
    (("--pemda", ""), "Nama Pemda wajib diisi (--pemda)."),
    (("--pemilihan", ""), "Nama pemilihan wajib diisi (--pemilihan)."),
    (("--pemda", "Pemerintah {Kota}"), "kurung kurawal"),
    (("--pemda", "Pemerintah " + "X" * 100), "Nama Pemda terlalu panjang: paling banyak 100 huruf"),
])
def test_event_new_refuses_a_wrong_pact_field_in_one_sentence(cli, tmp_path, args, sentence):
    code, out, err = cli("event", "new", "--title", "Apel", "--date", "23-11-2026", *args)
    assert code == 1 and out == "" and sentence in err
    assert err.count("\n") == 1 and "Traceback" not in err
    open_database(tmp_path / "cli.db")
    try:
        assert list_events() == []  # nothing made
    finally:
        close_database()


def test_pact_fields_with_a_text_without_fields_are_not_used_and_said_so(cli, tmp_path):
    old = tmp_path / "pakta_lama.txt"
    old.write_text("PAKTA LAMA\n\nSaya pegawai Pemerintah Daerah.\n", encoding="utf-8")
    code, out, err = cli("event", "new", "--title", "Apel", "--date", "23-11-2026", "--pact-file", str(old),
                         "--tahun", "2029")
    assert code == 0 and "--tahun tidak dipakai" in err
    assert _pact_of(tmp_path, out.strip()) == "PAKTA LAMA\n\nSaya pegawai Pemerintah Daerah.\n"


def test_the_pact_options_are_explained_in_indonesian(cli):
    code, out, _ = cli("event", "new", "--help")
    assert code == 0
    help_text = " ".join(out.split())
    for words in ("--pemda NAMA", "pemerintah daerah yang disebut di teks pakta", "--pemilihan PEMILIHAN",
                  "--tahun TTTT", "tahun pemilihan, empat angka"):
        assert words in help_text
