"""`ikrar package`, `export-sync`, `merge`, `desk list|reject|accept`, `coverage`: answers and exit codes."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from ikrar.models import settings
from ikrar.models.demo.build import generate_people, insert_people
from ikrar.models.queries.coverage import NO_ROSTER
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.ui.cli.app import build_parser, run


@pytest.fixture
def cli(tmp_path, capsys):
    def call(db: str, *argv):
        code = run(["--db", str(tmp_path / f"{db}.db"), "--lang", "en", *argv])
        close_database()
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return call


@pytest.fixture
def organizer(cli, tmp_path):
    """Desk a: a roster, an apel for one unit, one person checked in; returns (event id, a NIP)."""

    open_database(tmp_path / "a.db")
    people = generate_people(30, seed=3, units=["Dinas Kesehatan", "Inspektorat"])
    insert_people(people)
    close_database()
    code, out, _ = cli("a", "event", "new", "--title", "Apel Pagi", "--date", "2026-11-23", "--unit", "Dinas Kesehatan")
    assert code == 0
    nip = next(p["nip"] for p in people if p["nip"] and p["unit"] == "Dinas Kesehatan")
    return out.strip(), nip


def test_package_export_and_import_then_sync_and_merge(cli, organizer, tmp_path):
    event_id, nip = organizer
    code, out, _ = cli("a", "package", "export", "--event", event_id[:8], "--out", str(tmp_path))
    package = Path(out.strip())
    assert code == 0 and package.name == "DINAS-KESEHATAN_APEL-PAGI_2026-11-23_PAKET.ikrar" and package.exists()
    code, out, _ = cli("b", "package", "import", str(package), "--json")
    assert code == 0 and json.loads(out)["files"][0]["new"]["people"] == 15
    for desk in ("a", "b"):
        assert cli(desk, "checkin", "--event", event_id, nip)[0] == 0
    files = []
    for desk in ("a", "b"):
        code, out, _ = cli(desk, "export-sync", "--event", event_id, "--out", str(tmp_path))
        files.append(out.strip())
        assert code == 0 and Path(files[-1]).exists() and files[-1].startswith(str(tmp_path))
    code, out, _ = cli("hub", "merge", *files, "--json")
    answer = json.loads(out)
    assert code == 0 and answer["ok"] and [f["new"]["attendances"] for f in answer["files"]] == [1, 1]
    assert len(answer["files"][1]["duplicates"]) == 1
    code, out, _ = cli("hub", "merge", *files)  # the same files again: said so without merging them again
    assert code == 0 and "MERGED" in out and out.count("this very file was merged") == 2, out
    code, out, _ = cli("hub", "merge", files[0], "--json")
    assert code == 0 and json.loads(out)["files"][0]["already_merged"] and not json.loads(out)["files"][0]["new"]

    code, out, _ = cli("hub", "coverage", "--json")
    data = json.loads(out)
    # a hub without its own roster import: nobody is the roster's; the one person known from the files
    # is counted apart, without a percentage, and the answer says the roster is not imported
    assert code == 0 and not data["roster_imported"] and data["total"]["employees"] == 0
    assert data["outside_roster"]["total"] == {"unit_id": None, "unit": "", "people": 1, "signed": 0}
    assert data["total"]["signed_pct"] is None and data["roster_warning"] in NO_ROSTER
    code, out, _ = cli("hub", "coverage", "--unit", "Kesehatan")
    assert code == 0 and "Dinas Kesehatan" in out and any(text in out for text in NO_ROSTER)
    assert "Not signed yet" not in out  # who else is in the unit is not known here: nobody is listed


def test_merge_exits_1_when_a_file_is_refused_and_names_the_member(cli, organizer, tmp_path):
    event_id, _ = organizer
    out_file = tmp_path / "sync.ikrar"
    assert cli("a", "export-sync", "--event", event_id, "--out", str(out_file))[0] == 0
    good = out_file.read_bytes()
    bad = tmp_path / "bad.ikrar"
    bad.write_bytes(good.replace(b'"kind": "sync"', b'"kind": "sinc"'))
    code, out, _err = cli("hub", "merge", str(out_file), str(bad), "--json")
    answer = json.loads(out)
    assert code == 1 and not answer["ok"] and answer["files"][0]["ok"]
    assert answer["files"][1]["refused"]["member"] == "manifest.json"


def test_encrypted_export_and_merge_with_a_passphrase_file(cli, organizer, tmp_path):
    event_id, nip = organizer
    secret = tmp_path / "pass.txt"
    secret.write_text("kata sandi rahasia\n", encoding="utf-8")
    cli("a", "checkin", "--event", event_id, nip)
    code, out, _ = cli("a", "export-sync", "--event", event_id, "--out", str(tmp_path), "--passphrase-file", str(secret))
    path = out.strip()
    assert code == 0
    code, _, err = cli("hub", "merge", path)
    assert code == 1 and "passphrase" in err + _
    code, out, _ = cli("hub", "merge", path, "--passphrase-file", str(secret), "--json")
    assert code == 0 and json.loads(out)["files"][0]["new"]["attendances"] == 1


def test_a_reinstalled_laptop_is_a_new_desk_named_with_its_fingerprint(cli, organizer, tmp_path):
    event_id, nip = organizer
    first = tmp_path / "first.ikrar"
    cli("a", "checkin", "--event", event_id, nip)
    cli("a", "export-sync", "--event", event_id, "--out", str(first))
    assert cli("hub", "merge", str(first))[0] == 0
    package = tmp_path / "package.ikrar"
    cli("a", "package", "export", "--event", event_id, "--out", str(package))
    assert cli("a-reinstalled", "package", "import", str(package))[0] == 0  # a new database: a new key, a new desk
    cli("a-reinstalled", "checkin", "--event", event_id, nip)
    second = tmp_path / "second.ikrar"
    cli("a-reinstalled", "export-sync", "--event", event_id, "--out", str(second))
    code, out, _ = cli("hub", "merge", str(second), "--json")
    answer = json.loads(out)["files"][0]
    assert code == 0 and answer["ok"] and len(answer["new_desks"]) == 1, answer
    new = answer["new_desks"][0]
    assert new["id"] == answer["desk_id"] and new["fingerprint"].replace(" ", "") == new["id"][:16]
    code, out, _ = cli("hub", "merge", str(second))
    assert code == 0 and "NEW DESK" not in out  # named once, when first met
    code, out, _ = cli("hub", "desk", "list", "--json")
    assert code == 0 and sorted(r["records"] for r in json.loads(out) if not r["is_local"]) == [1, 1]


def test_desk_reject_and_accept_with_the_pin_and_exit_3_when_already_so(cli, organizer, tmp_path):
    event_id, nip = organizer
    path = tmp_path / "a.ikrar"
    cli("a", "checkin", "--event", event_id, nip)
    cli("a", "export-sync", "--event", event_id, "--out", str(path))
    code, out, _ = cli("hub", "merge", str(path), "--json")
    fp = json.loads(out)["files"][0]["new_desks"][0]["fingerprint"]
    open_database(tmp_path / "hub.db")
    settings.set_admin_pin("2468")  # as the window sets it
    close_database()
    assert cli("hub", "desk", "reject", fp, "--reason", "kunci palsu")[0] == 1  # no PIN
    code, out, _ = cli("hub", "desk", "reject", fp[:9], "--reason", "kunci palsu", "--pin", "2468")
    assert code == 0 and "rejected" in out
    assert json.loads(cli("hub", "coverage", "--json")[1])["outside_roster"]["total"]["people"] == 1
    code, out, _ = cli("hub", "status", "--event", event_id, "--json")
    assert json.loads(out)["total"]["present"] == 0  # its record stopped counting
    assert cli("hub", "desk", "reject", fp, "--reason", "lagi", "--pin", "2468")[0] == 3
    assert cli("hub", "desk", "accept", fp, "--pin", "2468")[0] == 0
    code, out, _ = cli("hub", "status", "--event", event_id, "--json")
    assert json.loads(out)["total"]["present"] == 1  # kept, and counting again
    assert cli("hub", "desk", "accept", fp, "--pin", "2468")[0] == 3
    code, _, err = cli("hub", "desk", "reject", "zz", "--reason", "x", "--pin", "2468")
    assert code == 1 and "fingerprint" in err


def test_desk_actions_parse():
    args = build_parser().parse_args(["desk", "reject", "ab12cd", "--reason", "palsu", "--pin", "1"])
    assert args.handler.__name__ == "desk_decide" and args.action == "reject" and args.desk == "ab12cd"
    assert build_parser().parse_args(["desk", "list"]).handler.__name__ == "desk_list"
