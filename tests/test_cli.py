"""The command line: every command's answer and exit code (0 done, 1 refused, 2 usage, 3 already)."""
from __future__ import annotations

import json

import pytest

from ikrar.models import settings
from ikrar.models.demo.build import demo_strokes, generate_people, insert_people
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.models.store.schema import Employee, Unit
from ikrar.ui.cli.app import run


@pytest.fixture
def demo_db(cli, tmp_path):
    open_database(tmp_path / "cli.db")
    insert_people(generate_people(60, seed=3, units=["Dinas Kesehatan", "Dinas Pendidikan", "Inspektorat"]))
    close_database()
    code, out, _ = cli("event", "new", "--title", "Apel Pagi", "--date", "2026-11-23", "--time", "07:30",
                       "--unit", "Dinas Kesehatan", "--unit", "Inspektorat")
    assert code == 0
    return out.strip()


def first_nip(tmp_path, unit="Dinas Kesehatan") -> str:
    open_database(tmp_path / "cli.db")
    try:
        return (Employee.select().join(Unit).where((Unit.name == unit) & Employee.nip.is_null(False))
                .order_by(Employee.roster_order).first().nip)
    finally:
        close_database()


def test_event_new_prints_only_the_id(demo_db):
    assert len(demo_db) == 36 and demo_db.count("-") == 4


def test_event_list_json_and_prefix(cli, demo_db):
    code, out, _ = cli("event", "list", "--json")
    events = json.loads(out)
    assert code == 0 and events[0]["id"] == demo_db and sorted(events[0]["units"]) == ["Dinas Kesehatan", "Inspektorat"]
    code, out, _ = cli("status", "--event", demo_db[:6], "--json")
    assert code == 0 and json.loads(out)["total"]["present"] == 0


def test_event_close_and_reopen_behind_the_pin(cli, demo_db, tmp_path):
    nip = first_nip(tmp_path)
    assert cli("event", "close", "--event", demo_db[:8])[0] == 0
    code, out, _ = cli("event", "close", "--event", demo_db[:8])
    assert code == 3 and "sudah ditutup" in out
    code, _, err = cli("checkin", "--event", demo_db, nip)
    assert code == 1 and "ditutup" in err  # a closed event takes no check-in
    open_database(tmp_path / "cli.db")
    settings.set_admin_pin("2468")
    close_database()
    code, _, err = cli("event", "reopen", "--event", demo_db)
    assert code == 1 and "PIN" in err
    assert cli("event", "reopen", "--event", demo_db, "--pin", "1111")[0] == 1
    code, out, _ = cli("event", "reopen", "--event", demo_db, "--pin", "2468", "--json")
    assert code == 0 and json.loads(out)["closed"] is False
    assert cli("checkin", "--event", demo_db, nip)[0] == 0


def test_checkin_with_signature_then_repeat_is_exit_3(cli, demo_db, tmp_path):
    strokes = tmp_path / "s.json"
    strokes.write_text(json.dumps(demo_strokes(5).to_obj()))
    nip = first_nip(tmp_path)
    spaced = f"NIP. {nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
    code, out, _ = cli("checkin", "--event", demo_db[:8], spaced, "--signature", str(strokes), "--json")
    data = json.loads(out)
    assert code == 0 and data["created"] and data["signature_created"]
    code, out, _ = cli("checkin", "--event", demo_db[:8], nip, "--json")
    again = json.loads(out)
    assert code == 3 and again["attendance_id"] == data["attendance_id"] and again["recorded_at"] == data["recorded_at"]
    code, out, _ = cli("status", "--event", demo_db, "--json")
    total = json.loads(out)["total"]
    assert (total["present"], total["signed"]) == (1, 1)


def test_checkin_adds_signature_to_present_person(cli, demo_db, tmp_path):
    nip = first_nip(tmp_path)
    assert cli("checkin", "--event", demo_db, nip)[0] == 0
    strokes = tmp_path / "s.json"
    strokes.write_text(json.dumps(demo_strokes(2).to_obj()))
    code, out, _ = cli("checkin", "--event", demo_db, nip, "--signature", str(strokes), "--json")
    assert code == 0 and json.loads(out)["signature_created"] and not json.loads(out)["created"]
    assert cli("checkin", "--event", demo_db, nip, "--signature", str(strokes))[0] == 3


@pytest.mark.parametrize("argv, fragment", [
    (["checkin", "--event", "ffffffff", "198609262015051001"], "tidak ditemukan"),
    (["checkin", "--event", "{ev}", "hello"], "tidak dikenali"),
    (["checkin", "--event", "{ev}", "199901012020011999"], "tidak ada dalam daftar"),
    (["checkin", "--event", "{ev}", "{nip}", "--signature", "/nonexistent/s.json"], "tidak terbaca"),
    (["void", "--event", "{ev}", "{nip}", "--reason", "x"], "belum tercatat"),
    (["event", "new", "--title", "X", "--date", "2026-02-30"], "Tanggal 30 Februari 2026 tidak ada"),
    (["event", "new", "--title", "X", "--date", "2026/02/x"], "HH-BB-TTTT"),
    (["event", "new", "--title", "X", "--date", "2026-02-01", "--time", "25:00"], "JJ:MM"),
    (["event", "new", "--title", "X", "--date", "2026-02-01", "--unit", "Tidak Ada"], "tidak ditemukan"),
])
def test_refusals_exit_1_with_message(cli, demo_db, tmp_path, argv, fragment):
    nip = first_nip(tmp_path)
    argv = [a.format(ev=demo_db, nip=nip) for a in argv]
    code, _, err = cli(*argv)
    assert code == 1 and fragment in err


def test_bad_strokes_file_refused(cli, demo_db, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"width": 600, "height": 200, "strokes": [[[1, 1, 0, 1], [2, 2, 5, 1]]]}')
    code, _, err = cli("checkin", "--event", demo_db, first_nip(tmp_path), "--signature", str(bad))
    assert code == 1 and "Tanda tangan terlalu sedikit" in err
    code, out, _ = cli("status", "--event", demo_db, "--json")
    assert json.loads(out)["total"]["present"] == 0  # nothing half-written


def test_void_and_status(cli, demo_db, tmp_path):
    nip = first_nip(tmp_path)
    cli("checkin", "--event", demo_db, nip)
    code, out, _ = cli("void", "--event", demo_db, nip, "--reason", "salah orang", "--json")
    assert code == 0 and json.loads(out)[0]["voided_at"]
    code, out, _ = cli("status", "--event", demo_db, "--json")
    assert json.loads(out)["total"]["present"] == 0


def test_usage_errors_exit_2(cli):
    assert cli("nonsense")[0] == 2
    assert cli("checkin")[0] == 2
    assert cli("checkin", "--event", "x", "1", "--status", "Q")[0] == 2


def test_english_messages(cli, demo_db):
    code, _, err = cli("--lang", "en", "status", "--event", "nothing")
    assert code == 1 and "not found" in err


def test_search_json(cli, demo_db, tmp_path):
    nip = first_nip(tmp_path)
    code, out, _ = cli("search", nip[:10], "--json", "--limit", "5")
    hits = json.loads(out)
    assert code == 0 and any(h["nip"] == nip for h in hits) and len(hits) <= 5


def test_demo_refuses_existing_file(tmp_path, capsys):
    existing = tmp_path / "real.db"
    existing.write_bytes(b"")
    assert run(["--db", str(existing), "demo", "--people", "10"]) == 1
    assert existing.read_bytes() == b""
    fresh = tmp_path / "demo.db"
    assert run(["--db", str(fresh), "demo", "--people", "50", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["event"]
