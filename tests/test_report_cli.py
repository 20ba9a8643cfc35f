"""`ikrar report KIND --event ID --out FILE`: every kind, the options, and the refusals (exit 1)."""
from __future__ import annotations

import json
import os
from datetime import date

import pytest
from pypdf import PdfReader
from test_reports_support import make_apel

from ikrar.models.demo.build import generate_people, insert_people
from ikrar.models.events import create_event
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database


@pytest.fixture
def event_id(tmp_path, at):
    """An apel in the CLI's database with some people signed (see test_reports_support.make_apel)."""


    at(7, 20)
    open_database(tmp_path / "cli.db")
    try:
        return make_apel(24).event.id
    finally:
        close_database()


@pytest.mark.parametrize("kind,name", [("signed-list", "list.pdf"), ("recap", "recap.pdf"), ("not-signed", "ns.pdf"),
                                       ("pacts", "pacts.pdf"), ("qr-cards", "cards.pdf"), ("xlsx", "list.xlsx")])
def test_every_kind(cli, event_id, tmp_path, kind, name):
    out = tmp_path / name
    code, stdout, stderr = cli("report", kind, "--event", event_id[:8], "--out", str(out))
    assert code == 0, stderr
    assert out.is_file() and out.stat().st_size > 1000 and str(out) in stdout


def test_options_and_json(cli, event_id, tmp_path):
    out = tmp_path / "a4.pdf"
    code, stdout, _ = cli("report", "signed-list", "--event", event_id, "--out", str(out), "--group-by-unit",
                          "--all-expected", "--paper", "a4", "--order", "name", "--fixed-date", "--json")
    data = json.loads(stdout)
    assert code == 0 and data["kind"] == "signed-list" and data["pages"] >= 1 and len(data["fingerprint"]) == 12

    reader = PdfReader(str(out))
    assert round(float(reader.pages[0].mediabox.height)) == 842  # A4
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "Ket." in text and "Dinas Kesehatan —" in text
    first = out.read_bytes()
    cli("report", "signed-list", "--event", event_id, "--out", str(out), "--group-by-unit", "--all-expected",
        "--paper", "a4", "--order", "name", "--fixed-date")
    assert out.read_bytes() == first


def test_pacts_into_a_folder(cli, event_id, tmp_path):
    code, stdout, _ = cli("report", "pacts", "--event", event_id, "--out", str(tmp_path / "pakta"))
    files = list((tmp_path / "pakta").glob("*.pdf"))
    assert code == 0 and files and f"{len(files)} berkas" in stdout


def test_unknown_event(cli, event_id, tmp_path):
    code, _, stderr = cli("report", "recap", "--event", "ffffffff", "--out", str(tmp_path / "r.pdf"))
    assert code == 1 and "tidak ditemukan" in stderr


@pytest.mark.parametrize("where", ["missing/dir/r.pdf", "."])
def test_unwritable_path(cli, event_id, tmp_path, where):
    target = tmp_path / where
    code, _, stderr = cli("--lang", "en", "report", "recap", "--event", event_id, "--out", str(target))
    assert code == 1 and "Cannot write to" in stderr


def test_read_only_folder(cli, event_id, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        # root writes anywhere, read-only folders too: then a path that no one can create
        root = os.access(folder, os.W_OK) and os.geteuid() == 0
        target = "/proc/ikrar-report.pdf" if root else str(folder / "r.pdf")
        code, _, stderr = cli("--lang", "en", "report", "recap", "--event", event_id, "--out", target)
        assert code == 1 and "Cannot write to" in stderr
    finally:
        folder.chmod(0o755)


def test_nobody_signed(cli, tmp_path, at):
    at(7, 0)
    open_database(tmp_path / "cli.db")


    insert_people(generate_people(4))
    event = create_event("Apel Sepi", date(2026, 11, 23))
    close_database()
    for kind in ("signed-list", "pacts"):
        code, _, stderr = cli("--lang", "en", "report", kind, "--event", event.id, "--out", str(tmp_path / "x.pdf"))
        assert code == 1 and "Nobody has signed" in stderr
    assert not (tmp_path / "x.pdf").exists()
    for kind in ("recap", "not-signed", "qr-cards", "xlsx"):
        out = tmp_path / f"{kind}.{'xlsx' if kind == 'xlsx' else 'pdf'}"
        assert cli("report", kind, "--event", event.id, "--out", str(out))[0] == 0 and out.exists()
