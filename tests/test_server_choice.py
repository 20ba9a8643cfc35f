"""This user's choice of database kept outside it (models/store/server_choice.py): a server address
without a password in a JSON file of the config folder, used by the window and the commands when
neither --db nor IKRAR_DB names a database; every refusal one sentence, nothing saved."""
from __future__ import annotations

import json
import os
from argparse import Namespace

import pytest
from hub_server import hub_server

from ikrar.models.store import server_choice
from ikrar.models.store.connection import ServerRefused, close_database, db, engine_name
from ikrar.models.store.postgres import connect_url, open_server
from ikrar.ui.cli import database as cli_database
from ikrar.ui.cli.app import run

NOWHERE = "postgresql://ikrar@/nowhere?host=/nonexistent-ikrar-socket"  # a server no one runs


@pytest.fixture
def config(tmp_path, monkeypatch):
    """The choice file in a folder of this test's own; the data folder too."""
    monkeypatch.setattr(server_choice, "folder_override", tmp_path / "config")
    monkeypatch.setattr(cli_database, "user_data_dir", lambda *a, **k: str(tmp_path / "data"))
    monkeypatch.delenv("IKRAR_DB", raising=False)
    yield tmp_path / "config" / "database.json"
    close_database()


@pytest.fixture(scope="module")
def server(pg_databases):
    with hub_server(pg_databases) as found:
        yield found


@pytest.mark.parametrize(("address", "says"), [
    ("postgresql://ikrar:rahasia@db.bkpsdm.local/ikrar_hub", "tidak boleh memuat kata sandi"),
    ("postgresql://ikrar@db.bkpsdm.local/ikrar_hub?password=rahasia", "tidak boleh memuat kata sandi"),
    ("mysql://ikrar@db.bkpsdm.local/ikrar_hub", "bukan alamat server PostgreSQL"),
    ("D:\\Ikrar\\ikrar.db", "bukan alamat server PostgreSQL"),
    ("postgresql://ikrar@db.bkpsdm.local", "tidak menyebut nama basis data"),
    ("postgresql://ikrar@db.bkpsdm.local:lima/ikrar_hub", "tidak dapat dibaca"),
    ("   ", "Tulis alamat server"),
])
def test_a_wrong_address_is_one_sentence_and_nothing_is_saved(config, address, says):
    server_choice.save_choice("postgresql://ikrar@db.bkpsdm.local/lama")
    before = config.read_text(encoding="utf-8")
    with pytest.raises(ServerRefused) as refused:
        server_choice.save_choice(address)
    sentence = refused.value.refused.text("id")
    assert says in sentence and "\n" not in sentence and sentence.endswith(".")
    assert "rahasia" not in sentence  # the password is never repeated either
    assert refused.value.refused.text("en") != sentence
    assert config.read_text(encoding="utf-8") == before
    assert server_choice.read_choice() == "postgresql://ikrar@db.bkpsdm.local/lama"


def test_the_choice_is_kept_in_a_json_file_and_read_back(config):
    assert server_choice.read_choice() is None and not config.exists()  # no file: the desk's own file
    server_choice.save_choice("  postgresql://ikrar@db.bkpsdm.local:5433/ikrar_hub  ")
    assert json.loads(config.read_text(encoding="utf-8")) == {"server": "postgresql://ikrar@db.bkpsdm.local:5433/ikrar_hub"}
    assert server_choice.read_choice() == "postgresql://ikrar@db.bkpsdm.local:5433/ikrar_hub"
    server_choice.save_choice(None)
    assert json.loads(config.read_text(encoding="utf-8")) == {}
    assert server_choice.read_choice() is None
    assert [p.name for p in config.parent.iterdir()] == ["database.json"]  # no half-written file left


@pytest.mark.parametrize(("content", "says"), [
    ("{ server: ", "tidak dapat dibaca"),
    ("[1, 2]", "tidak dapat dibaca"),
    ('{"server": 5432}', "tidak dapat dibaca"),
    ('{"server": "postgresql://ikrar:rahasia@db/hub"}', "tidak boleh memuat kata sandi"),
])
def test_a_broken_or_hand_edited_choice_file_is_refused_naming_it(config, content, says):
    config.parent.mkdir(parents=True)
    config.write_text(content, encoding="utf-8")
    with pytest.raises(ServerRefused) as refused:
        server_choice.read_choice()
    sentence = refused.value.refused.text("id")
    assert str(config) in sentence and says in sentence and "rahasia" not in sentence


def test_server_label_shows_host_and_database_never_a_password():
    assert server_choice.server_label("postgresql://ikrar@db.bkpsdm.local:5433/ikrar_hub") == "db.bkpsdm.local:5433/ikrar_hub"
    assert server_choice.server_label("postgresql://ikrar:rahasia@db.bkpsdm.local/ikrar_hub") == "db.bkpsdm.local/ikrar_hub"
    assert server_choice.server_label("postgresql://ikrar@/ikrar_hub?host=/var/run/postgresql") == (
        "/var/run/postgresql/ikrar_hub")


def test_the_saved_server_is_opened_when_neither_db_nor_ikrar_db_is_given(config, tmp_path, monkeypatch):
    server_choice.save_choice(NOWHERE)
    with pytest.raises(ServerRefused) as refused:  # the window and commands go to the chosen server
        cli_database.open_db(Namespace(db=None, demo=False))
    assert refused.value.refused.code in ("db_server", "db_driver") and "nowhere" in refused.value.refused.text()
    assert not (tmp_path / "data" / "ikrar.db").exists()  # not the data folder's file instead

    chosen = tmp_path / "explicit.db"
    assert cli_database.open_db(Namespace(db=str(chosen), demo=False)) == chosen  # --db wins
    assert cli_database.opened_by == "--db"
    close_database()
    monkeypatch.setenv("IKRAR_DB", str(chosen))  # and so does IKRAR_DB
    assert cli_database.open_db(Namespace(db=None, demo=False)) == chosen
    assert cli_database.opened_by == "IKRAR_DB"
    close_database()
    monkeypatch.delenv("IKRAR_DB")
    assert run(["event", "list"]) == 1  # a command without --db goes to the chosen server too


def test_the_demo_keeps_its_own_file_whatever_server_is_chosen(config, tmp_path):
    server_choice.save_choice(NOWHERE)
    assert cli_database.open_db(Namespace(db=None, demo=True)) == tmp_path / "data" / "ikrar-demo.db"


def test_trying_a_server_that_does_not_answer_says_so_in_one_sentence(config):
    with pytest.raises(ServerRefused) as refused:
        server_choice.try_server(NOWHERE)
    assert refused.value.refused.code in ("db_server", "db_driver")


def test_trying_a_server_opens_it_and_leaves_the_open_database_alone(config, server, tmp_path):
    desk = connect_url(server.hub)  # stands for the window's own database
    try:
        label = server_choice.try_server(server.hub)
        assert label == server_choice.server_label(server.hub) and label.endswith(f"/hubchoice_{os.getpid()}")
        assert db.obj is desk and not desk.is_closed()
        with pytest.raises(ServerRefused) as no_trgm:
            server_choice.try_server(server.plain)
        assert no_trgm.value.refused.code == "db_pg_trgm" and "CREATE EXTENSION pg_trgm" in no_trgm.value.refused.text()
        with pytest.raises(ServerRefused) as missing:
            server_choice.try_server(server.url_of("tidak_ada_basis_data_ini"))
        assert missing.value.refused.code == "db_server" and "tidak_ada_basis_data_ini" in missing.value.refused.text()
    finally:
        desk.close()


def test_trying_waits_a_bounded_time_for_a_server(server):
    database = open_server(server.hub, connect_timeout=server_choice.TRY_TIMEOUT)  # what try_server opens
    try:
        assert f"connect_timeout={server_choice.TRY_TIMEOUT}" in database.connection().dsn
        assert db.obj is not database  # not bound: the window keeps its database
    finally:
        database.close()


def test_the_chosen_server_is_what_the_window_opens(config, server):
    server_choice.save_choice(server.hub)
    assert cli_database.open_db(Namespace(db=None, demo=False)) == server.hub
    assert engine_name() == "postgresql"
    assert server_choice.open_server_label() == server_choice.server_label(server.hub)
    close_database()


def test_a_chosen_server_that_cannot_be_opened_at_start_says_how_to_go_back(config):
    from ikrar.ui.app import cannot_open_message  # the window's message (Qt): only this test needs it

    server_choice.save_choice(NOWHERE)
    with pytest.raises(ServerRefused) as refused:
        cli_database.open_db(Namespace(db=None, demo=False))
    both = cannot_open_message(refused.value, Namespace(db=None, lang=None))
    indonesian, english = both.split("\n\n")
    assert "nowhere" in indonesian and "hapus berkas itu" in indonesian and str(config) in indonesian
    assert "delete that file" in english and str(config) in english
    assert "delete that file" in cannot_open_message(refused.value, Namespace(db=None, lang="en"))

    chosen = config.parent.parent / "explicit.db"  # --db names it: no word about the Settings' choice
    assert cli_database.open_db(Namespace(db=str(chosen), demo=False)) == chosen
    assert "hapus berkas itu" not in cannot_open_message(refused.value, Namespace(db=None, lang="id"))
