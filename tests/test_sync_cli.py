"""`ikrar package`, `export-sync`, `merge`, `desk trust`, `coverage`: answers and exit codes."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_sync_support import reinstall_local_desk

from ikrar.models.demo.build import generate_people, insert_people
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.ui.cli import cmd_sync
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
    code, out, _ = cli("hub", "merge", *files)
    assert code == 0 and "MERGED" in out and "already known: 1 attendances" in out

    code, out, _ = cli("hub", "coverage", "--json")
    data = json.loads(out)
    assert code == 0 and data["total"]["employees"] == 1 and data["total"]["signed"] == 0
    code, out, _ = cli("hub", "coverage", "--unit", "Kesehatan")
    assert code == 0 and "Not signed yet" in out and "Dinas Kesehatan" in out


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


def test_desk_trust_accepts_a_reinstalled_desks_key(cli, organizer, tmp_path):
    event_id, nip = organizer
    first = tmp_path / "first.ikrar"
    cli("a", "export-sync", "--event", event_id, "--out", str(first))
    assert cli("hub", "merge", str(first))[0] == 0
    open_database(tmp_path / "a.db")
    reinstall_local_desk()
    close_database()
    cli("a", "checkin", "--event", event_id, nip)
    second = tmp_path / "second.ikrar"
    cli("a", "export-sync", "--event", event_id, "--out", str(second))
    code, out, _ = cli("hub", "merge", str(second))
    assert code == 1 and "ikrar desk trust" in out
    code, out, _ = cli("hub", "desk", "trust", str(second), "--json")
    assert code == 0 and json.loads(out)["old_key"] != json.loads(out)["new_key"]
    assert cli("hub", "merge", str(second))[0] == 0


def test_desk_trust_is_an_action_of_the_desk_command():
    args = build_parser().parse_args(["desk", "trust", "f.ikrar"])
    assert args.handler is cmd_sync.desk_trust and str(args.file) == "f.ikrar"

