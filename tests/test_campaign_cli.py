"""Campaigns at the command line: campaign new|list|edit, event new --campaign / --followup-of, coverage
--campaign in text and JSON; wrong input is one Indonesian sentence and exit 1, never a traceback."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from ikrar.models import clock
from ikrar.models.checkin import check_in
from ikrar.models.demo.build import demo_strokes, generate_people, insert_people
from ikrar.models.events import find_event
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.models.store.schema import Employee, Unit

WIB = timezone(timedelta(hours=7))
UNITS = ["Dinas Kesehatan", "Inspektorat", "Dinas Sosial"]


@pytest.fixture
def roster_db(tmp_path):
    """The cli fixture's database with 30 people in three units."""
    clock.set_clock(datetime(2026, 11, 20, 8, 0, tzinfo=WIB))
    open_database(tmp_path / "cli.db")
    insert_people(generate_people(30, seed=3, units=UNITS))
    close_database()
    yield tmp_path / "cli.db"
    clock.set_clock(None)


def _sign(db_path, event_id, people, day, hour):
    """Check *people* in with a signature at *event_id* at *day* 2026-11-*day* *hour*:00 WIB."""
    open_database(db_path)
    clock.set_clock(datetime(2026, 11, day, hour, 0, tzinfo=WIB))
    for n, person in enumerate(people):
        check_in(find_event(event_id), Employee.get_by_id(person), strokes=demo_strokes(n))
    close_database()


def _unit_people(db_path, name):
    open_database(db_path)
    ids = [e.id for e in Employee.select().join(Unit).where(Unit.name == name).order_by(Employee.id)]
    close_database()
    return ids


def test_campaign_new_list_and_wrong_input(cli, roster_db):
    code, out, _ = cli("campaign", "new", "--name", "Pakta Pilkada 2026", "--deadline", "30-11-2026")
    assert code == 0
    campaign_id = out.strip()
    code, out, _ = cli("campaign", "list")
    assert code == 0 and campaign_id in out and "tenggat 30 November 2026" in out and "Pakta Pilkada 2026" in out
    code, out, _ = cli("campaign", "list", "--json")
    assert json.loads(out)[0]["deadline"] == "2026-11-30" and json.loads(out)[0]["owned_here"] is True
    code, out, err = cli("campaign", "new", "--name", "X", "--deadline", "akhir bulan")
    assert code == 1 and "Tanggal 'akhir bulan' tidak dikenali" in err and "Traceback" not in err + out
    code, _, err = cli("campaign", "edit", "--campaign", "tidak-ada", "--deadline", "01-12-2026")
    assert code == 1 and "Kampanye 'tidak-ada' tidak ditemukan" in err
    code, out, _ = cli("campaign", "edit", "--campaign", campaign_id[:8], "--deadline", "01-12-2026")
    assert code == 0 and "1 Desember 2026" in out
    code, _, err = cli("event", "new", "--title", "Susulan", "--date", "02-12-2026", "--followup-of", campaign_id)
    assert code == 1 and "Acara susulan memerlukan unit" in err and "Traceback" not in err
    code, _, err = cli("coverage", "--campaign", "zzz")
    assert code == 1 and "Kampanye 'zzz' tidak ditemukan" in err


def test_an_empty_pact_file_and_the_campaign_lookup(cli, roster_db, tmp_path):
    empty = tmp_path / "kosong.txt"
    empty.write_text("  \n", encoding="utf-8")
    _, out, _ = cli("campaign", "new", "--name", "Pakta Pilkada 2026", "--deadline", "30-11-2026")
    first = out.strip()
    code, out, err = cli("campaign", "edit", "--campaign", first, "--name", "Baru", "--pact-file", str(empty))
    assert code == 1 and "Teks pakta kampanye tidak boleh kosong" in err and "Traceback" not in err + out
    code, out, _ = cli("campaign", "edit", "--campaign", "pakta PILKADA 2026", "--deadline", "01-12-2026")
    assert code == 0 and "Kampanye 'Pakta Pilkada 2026' diubah" in out  # by its name, case aside; not renamed
    ids = [first] + [cli("campaign", "new", "--name", f"K{n}", "--deadline", "30-11-2026")[1].strip() for n in range(16)]
    shared = next(c for c in "0123456789abcdef" if sum(i.startswith(c) for i in ids) > 1)  # 17 ids, 16 digits
    code, _, err = cli("campaign", "edit", "--campaign", shared, "--name", "X")
    assert code == 1 and err.strip() == f"ikrar: '{shared}' cocok dengan lebih dari satu kampanye; ketik id-nya lebih panjang."


def test_events_of_a_campaign_followup_and_coverage(cli, roster_db):
    _, out, _ = cli("campaign", "new", "--name", "Pakta Pilkada 2026", "--deadline", "23-11-2026")
    campaign_id = out.strip()
    code, out, _ = cli("event", "new", "--title", "Pakta Dinkes", "--date", "23-11-2026", "--kind", "pakta",
                       "--campaign", campaign_id, "--unit", "Dinas Kesehatan", "--unit", "Inspektorat", "--json")
    assert code == 0 and json.loads(out)["campaign"] == campaign_id
    event_id = json.loads(out)["id"]
    health = _unit_people(roster_db, "Dinas Kesehatan")
    _sign(roster_db, event_id, health[:3], day=23, hour=9)  # in time
    _sign(roster_db, event_id, health[3:4], day=24, hour=9)  # late

    code, out, _ = cli("coverage", "--campaign", campaign_id, "--json")
    data = json.loads(out)
    row = next(u for u in data["units"] if u["unit"] == "Dinas Kesehatan")
    assert (row["employees"], row["signed"], row["signed_late"], row["not_signed"]) == (len(health), 3, 1,
                                                                                      len(health) - 3)
    assert data["total"]["employees"] == 30 == sum(u["employees"] for u in data["units"])
    assert data["total"]["signed"] == 3 and data["campaign"]["deadline"] == "2026-11-23"

    code, out, _ = cli("coverage", "--campaign", "Pakta Pilkada 2026", "--unit", "Dinas Kesehatan")
    assert code == 0 and "Terlambat" in out and "Belum menandatangani sampai tenggat:" in out
    assert "JUMLAH" in out and "(terlambat: " in out
    assert out.count("Dinas Kesehatan |") == len(health) - 3

    code, out, _ = cli("event", "new", "--title", "Pakta Susulan Dinkes", "--date", "25-11-2026",
                       "--followup-of", campaign_id, "--unit", "Dinas Kesehatan", "--json")
    followup = json.loads(out)
    assert code == 0 and followup["campaign"] == campaign_id and followup["expected"] == len(health) - 4
    code, out, _ = cli("status", "--event", followup["id"], "--json")
    assert code == 0 and json.loads(out)["total"]["expected"] == len(health) - 4
    assert json.loads(out)["event"]["followup"] is True and json.loads(out)["event"]["campaign"] == campaign_id
    code, out, _ = cli("status", "--event", followup["id"])
    assert code == 0 and "Acara susulan: pesertanya daftar yang dibekukan" in out
    assert f"Diharapkan {len(health) - 4} " in out
    code, _, err = cli("event", "new", "--title", "X", "--date", "25-11-2026", "--campaign", campaign_id,
                       "--followup-of", campaign_id, "--unit", "Inspektorat")
    assert code == 1 and "Pilih salah satu" in err


def test_a_campaign_from_another_desk_cannot_be_edited_there(cli, roster_db, tmp_path):
    _, out, _ = cli("campaign", "new", "--name", "Pakta Pilkada 2026", "--deadline", "23-11-2026")
    campaign_id = out.strip()
    _, out, _ = cli("event", "new", "--title", "Pakta", "--date", "23-11-2026", "--campaign", campaign_id)
    (tmp_path / "out").mkdir()
    code, out, _ = cli("package", "export", "--event", out.strip(), "--out", str(tmp_path / "out"), "--json")
    assert code == 0
    package = json.loads(out)["path"]
    other = ["--db", str(tmp_path / "other.db")]
    assert cli(*other, "package", "import", package)[0] == 0
    code, out, _ = cli(*other, "campaign", "list")
    assert campaign_id in out and "(dari meja lain)" in out
    code, _, err = cli(*other, "campaign", "edit", "--campaign", campaign_id, "--name", "Lain")
    assert code == 1 and "dibuat oleh meja lain" in err and "Traceback" not in err
