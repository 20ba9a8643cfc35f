"""A command that cannot open the server chosen in the window's Settings (models/store/server_choice.py)
says so in one line that names the choice file and how to go back to this computer's database, as the
window's box does (ui/app.cannot_open_message); never a traceback."""
from __future__ import annotations

import json

import pytest

from ikrar.models.store import server_choice
from ikrar.models.store.connection import close_database
from ikrar.ui.cli import database as cli_database
from ikrar.ui.cli.app import run

NOWHERE = "postgresql://ikrar@/nowhere?host=/nonexistent-ikrar-socket"  # a server no one runs


@pytest.fixture
def config(tmp_path, monkeypatch):
    """The choice file in this test's own folder, pointing at a server no one runs; the data folder too."""
    monkeypatch.setattr(server_choice, "folder_override", tmp_path / "config")
    monkeypatch.setattr(cli_database, "user_data_dir", lambda *a, **k: str(tmp_path / "data"))
    monkeypatch.delenv("IKRAR_DB", raising=False)
    yield server_choice.save_choice(NOWHERE)
    close_database()


def test_a_command_names_the_choice_file_and_the_way_back(config, capsys):
    assert run(["event", "list"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "nowhere" in err  # the server's own reason first
    assert f"Server ini dipilih di Pengaturan (berkas {config})" in err and "hapus berkas itu" in err
    assert "--db BERKAS" in err and "buka Ikrar lagi" not in err  # a command's way back, not the window's

    assert run(["--lang", "en", "event", "list", "--json"]) == 1
    out, err = capsys.readouterr()
    said = json.loads(out)
    assert said["ok"] is False and said["code"] in ("db_server", "db_driver")
    assert f"(the file {config})" in said["error"] and "delete that file" in said["error"] and "Traceback" not in err

    config.unlink()  # as the sentence says: the data folder's database again
    assert run(["event", "list"]) == 0 and cli_database.opened_by is None  # not the Settings' server


def test_a_database_named_with_db_says_nothing_of_the_choice(config, capsys):
    assert run(["event", "list", "--db", "postgresql://ikrar@/other?host=/nonexistent-ikrar-socket"]) == 1
    _, err = capsys.readouterr()
    assert "other" in err and str(config) not in err and "Traceback" not in err
