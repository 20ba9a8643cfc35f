"""Which engine a --db / IKRAR_DB value opens, and the one schema history both engines keep.

The tests marked pg run where a PostgreSQL server is (IKRAR_TEST_DB=postgresql, see conftest.py)."""
from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest
from conftest import ENGINE

from ikrar.models.desk import local_desk
from ikrar.models.store import dialect, keyfile, migrations
from ikrar.models.store.connection import ServerRefused, close_database, engine_name
from ikrar.models.store.opening import open_database
from ikrar.models.store.postgres import connect_url, to_driver
from ikrar.models.sync import crypto

V1_DB = Path(__file__).parent / "data" / "schema_v1.db"
pg = pytest.mark.skipif(ENGINE != "postgresql", reason="needs IKRAR_TEST_DB=postgresql")


def one_sentence(code: int, err: str) -> str:
    assert code != 0
    lines = [line for line in err.strip().splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


@pytest.mark.parametrize("address", ["postgresql://nobody@/nodb?host=/nonexistent-socket-dir",
                                     "postgres://nobody@/nodb?host=/nonexistent-socket-dir"])
def test_a_server_address_never_becomes_a_sqlite_file(address, tmp_path, monkeypatch, capsys):
    """Before the hub issue `--db postgresql://…` made a SQLite file named "postgresql:" here."""
    from ikrar.ui.cli.app import run

    monkeypatch.chdir(tmp_path)
    code = run(["--db", address, "event", "list"])
    close_database()
    line = one_sentence(code, capsys.readouterr().err)
    assert "PostgreSQL" in line and "nodb" in line
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("address", ["mysql://root@localhost/ikrar", "sqlite:///ikrar.db", "http://hub/ikrar"])
def test_another_scheme_is_refused_in_one_sentence(address, tmp_path, monkeypatch, capsys):
    from ikrar.ui.cli.app import run

    monkeypatch.chdir(tmp_path)
    code = run(["--db", address, "event", "list"])
    close_database()
    line = one_sentence(code, capsys.readouterr().err)
    assert "tidak dikenal" in line and address.split("://")[0] in line and "postgresql://" in line
    assert list(tmp_path.iterdir()) == []


def test_ikrar_db_names_the_database_when_db_is_not_given(tmp_path, monkeypatch, capsys):
    from ikrar.ui.cli.app import run

    chosen = tmp_path / "dipilih.db"
    monkeypatch.setenv("IKRAR_DB", str(chosen))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the default database is not touched
    assert run(["event", "list"]) == 0
    close_database()
    assert ENGINE == "postgresql" or chosen.is_file()
    assert not (tmp_path / "data" / "Ikrar" / "ikrar.db").exists()
    monkeypatch.setenv("IKRAR_DB", "mysql://x/y")
    code = run(["--db", str(chosen), "event", "list"])  # --db wins over IKRAR_DB
    close_database()
    assert code == 0, capsys.readouterr().err


@pytest.mark.sqlite_only
def test_a_new_file_keeps_its_version_in_the_table_and_user_version(tmp_path):
    database = open_database(tmp_path / "baru.db")
    try:
        assert engine_name() == "sqlite"
        assert database.execute_sql("SELECT version FROM schema_version").fetchall() == [(migrations.SCHEMA_VERSION,)]
        assert database.execute_sql("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    finally:
        close_database()


@pytest.mark.sqlite_only
def test_the_committed_v1_file_moves_to_the_version_table(tmp_path):
    copy = tmp_path / "lama.db"
    shutil.copy(V1_DB, copy)
    database = open_database(copy)
    try:
        assert database.execute_sql("SELECT version FROM schema_version").fetchall() == [(migrations.SCHEMA_VERSION,)]
    finally:
        close_database()


@pytest.mark.sqlite_only
def test_the_move_is_in_the_first_migrations_transaction(tmp_path, monkeypatch):
    """A migration that fails leaves the file as it was: at its user_version, without the table."""
    from peewee import SqliteDatabase

    path = tmp_path / "v4.db"
    shutil.copy(V1_DB, path)
    old = SqliteDatabase(str(path))
    for number in (2, 3, 4):
        with old.atomic():
            migrations.MIGRATIONS[number - 1](old)
            old.execute_sql(f"PRAGMA user_version = {number}")
    old.close()

    def broken(database):
        database.execute_sql("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("migration 5 failed halfway")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS[:4], broken, *migrations.MIGRATIONS[5:]])
    with pytest.raises(RuntimeError, match="halfway"):
        open_database(path)
    close_database()
    check = SqliteDatabase(str(path))
    tables = {row[0] for row in check.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert check.execute_sql("PRAGMA user_version").fetchone()[0] == 4
    assert "schema_version" not in tables and "half_done" not in tables
    check.close()
    monkeypatch.undo()
    database = open_database(path)  # the real migration 5 then moves it
    try:
        assert migrations.current_version(database) == migrations.SCHEMA_VERSION
        assert database.execute_sql("SELECT version FROM schema_version").fetchone()[0] == migrations.SCHEMA_VERSION
    finally:
        close_database()


def test_placeholders_become_the_drivers():
    assert to_driver("SELECT a FROM t WHERE b = ? AND c LIKE '%x%'") == \
        "SELECT a FROM t WHERE b = %s AND c LIKE '%%x%%'"


@pg
def test_a_new_server_database_is_at_the_current_version_with_trigram_search(db):
    assert engine_name() == "postgresql"
    assert migrations.current_version(db) == migrations.SCHEMA_VERSION
    indexes = {row[0]: row[1] for row in db.execute_sql(
        "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'employee'")}
    assert "gin_trgm_ops" in indexes["employee_search_trgm"] and "gin_trgm_ops" in indexes["employee_nip_trgm"]
    collations = dict(db.execute_sql("SELECT column_name, collation_name FROM information_schema.columns "
                                     "WHERE table_name = 'employee' AND column_name IN ('search_key', 'nip')"))
    assert collations == {"search_key": "C", "nip": "C"}
    # the SQL of the rest of the program: ? placeholders and a literal % side by side
    assert db.execute_sql("SELECT ? || '%', ?", ("50", 7)).fetchone() == ("50%", 7)


@pg
def test_a_nip_lookup_takes_the_btree_and_the_search_the_trigram_index(db):
    """pg_trgm answers `=` and IN too: on a plain column the planner took the trigram index for a
    merge's `nip IN (500 NIPs)` (5.3 s instead of 3 ms at 10,000 people: bench_hub.py); the trigram
    indexes are on expressions only the search writes."""
    db.execute_sql("INSERT INTO unit (name, sort_order) VALUES ('Dinas Kesehatan', 1)")
    db.execute_sql("INSERT INTO employee (nip, name, front_title, back_title, category, golongan, pangkat, position,"
                   " active, roster_order, is_walk_in, search_key) SELECT '19' || lpad(g::text, 16, '0'), 'N' || g, '', '',"
                   " 'PNS', '', '', '', TRUE, g, FALSE, 'nama' || g FROM generate_series(1, 2000) g")
    db.execute_sql("ANALYZE employee")
    nips = ["19" + str(n).rjust(16, "0") for n in range(1, 95)]
    plan = " ".join(r[0] for r in db.execute_sql(
        "EXPLAIN SELECT id FROM employee WHERE nip IN (" + ", ".join("?" * len(nips)) + ")", nips))
    assert "employee_nip_trgm" not in plan and "employee_search_trgm" not in plan, plan
    db.execute_sql("SET enable_seqscan = off")  # (a table this small would be read whole otherwise)
    for column, index in (("nip", "employee_nip_trgm"), ("search_key", "employee_search_trgm")):
        plan = " ".join(r[0] for r in db.execute_sql("EXPLAIN " + dialect.contains_ids_sql(column), ["%123%"]))
        assert index in plan, plan
    db.execute_sql("RESET enable_seqscan")


@pg
def test_the_server_holds_public_keys_only(db):
    desk = local_desk()
    row = db.execute_sql("SELECT private_key, public_key FROM desk WHERE id = ?", (desk.id,)).fetchone()
    assert row[0] is None and len(row[1]) == 32
    path = keyfile.key_path(desk.id)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    message = b"bundel hub"
    assert crypto.verify(bytes(row[1]), crypto.sign(desk.private_key, message), message)
    desk.name = "Hub BKPSDM"
    desk.save()  # saving the desk never sends the key to the server
    assert db.execute_sql("SELECT private_key FROM desk WHERE id = ?", (desk.id,)).fetchone()[0] is None


@pg
def test_a_database_without_pg_trgm_asks_the_dba(pg_databases, tmp_path):
    url = pg_databases.redirect(tmp_path / "kosong.db")
    name = url.split("?")[0].rsplit("/", 1)[1]
    pg_databases.conn.cursor().execute(f"DROP DATABASE {name}")
    pg_databases.conn.cursor().execute(f"CREATE DATABASE {name}")  # from template1: no pg_trgm
    with pytest.raises(ServerRefused) as caught:
        open_database(url)
    close_database()
    assert "CREATE EXTENSION pg_trgm" in caught.value.refused.id_text and "DBA" in caught.value.refused.id_text


@pg
def test_a_database_holding_other_tables_is_not_taken(pg_databases, tmp_path):
    url = pg_databases.redirect(tmp_path / "lain.db")
    name = url.split("?")[0].rsplit("/", 1)[1]
    cur = pg_databases.conn.cursor()
    cur.execute(f"DROP DATABASE {name}")
    cur.execute(f"CREATE DATABASE {name}")
    database = connect_url(url)
    database.execute_sql("CREATE EXTENSION pg_trgm")
    database.execute_sql("CREATE TABLE gaji (nip TEXT)")
    close_database()
    with pytest.raises(ServerRefused) as caught:
        open_database(url)
    close_database()
    assert "bukan milik Ikrar" in caught.value.refused.id_text


@pg
def test_a_lost_connection_shows_its_own_error_and_the_next_statement_reconnects(db, pg_databases):
    """The rollback after a dropped connection must not hide the real error behind "connection already
    closed", and the window (open for hours) must not stay broken afterwards."""
    from peewee import OperationalError

    from ikrar.models.store.schema import Setting

    pid = db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    with pytest.raises(OperationalError, match="terminat|closed the connection"), db.atomic():
        Setting.create(key="satu", value="1")
        with db.atomic():
            pg_databases.conn.cursor().execute("SELECT pg_terminate_backend(%s)", (pid,))
            Setting.create(key="dua", value="2")
    assert db.execute_sql("SELECT pg_backend_pid()").fetchone()[0] != pid
    assert Setting.select().where(Setting.key.in_(["satu", "dua"])).count() == 0


@pg
def test_the_integrity_check_is_sqlites_and_never_marks_a_server_damaged(db):
    from ikrar.models.store import integrity

    assert integrity.problems() == []
    integrity.check_before_export()  # no PRAGMA quick_check sent to the server, nothing refused
    assert db.damaged is None


def test_a_lost_server_is_one_sentence():
    from peewee import OperationalError

    from ikrar.models.store.faults import storage_problem

    lost = OperationalError("server closed the connection unexpectedly\n\tThis probably means the server terminated")
    problem = storage_problem(lost, "postgresql://ikrar@db/hub")
    assert problem.code == "db_server_lost" and "terputus" in problem.id_text and "\n" not in problem.id_text


@pg
def test_a_server_database_made_at_the_base_version_is_brought_forward(pg_databases, tmp_path):
    """Every migration after pg_schema.BASE runs on PostgreSQL too: a database as the first hub
    release made it (version BASE, with a person in it) opens at the current version, the person kept."""
    from ikrar.models.store import pg_schema

    database = pg_databases.at_version(tmp_path / "hub_lama.db", pg_schema.BASE)
    url = pg_databases.redirect(tmp_path / "hub_lama.db")
    database.execute_sql(
        "INSERT INTO employee (nip, name, front_title, back_title, category, golongan, pangkat, position, active, "
        "roster_order, is_walk_in, search_key) VALUES ('198001012006041001', 'Ahmad Yani', '', '', 'PNS', 'III/a', "
        "'', '', TRUE, 1, FALSE, 'ahmadyani')")
    close_database()
    database = open_database(url)
    try:
        assert migrations.current_version(database) == migrations.SCHEMA_VERSION
        assert database.execute_sql("SELECT name FROM employee WHERE nip = ?", ("198001012006041001",)
                                    ).fetchall() == [("Ahmad Yani",)]
    finally:
        close_database()


@pg
def test_programs_opening_a_new_server_database_at_once_make_it_once(pg_databases, tmp_path):
    """Four staff start Ikrar on an empty hub database at the same moment: one makes the tables, the
    others wait and find them (without the advisory lock the others fail on tables that exist)."""
    import threading

    from playhouse.db_url import parse

    from ikrar.models.store.postgres import IkrarPostgres

    url = pg_databases.redirect(tmp_path / "baru.db")
    name = url.split("?")[0].rsplit("/", 1)[1]
    cur = pg_databases.conn.cursor()
    cur.execute(f"DROP DATABASE {name}")
    cur.execute(f"CREATE DATABASE {name}")
    params = parse(url)
    first = IkrarPostgres(params.pop("database"), **params)
    first.execute_sql("CREATE EXTENSION pg_trgm")
    first.close()
    errors, start = [], threading.Barrier(4)

    def open_it():
        params = parse(url)
        database = IkrarPostgres(params.pop("database"), **params)
        try:
            start.wait()
            migrations.migrate(database)
        except Exception as exc:  # collected for the assertion below
            errors.append(exc)
        finally:
            database.close()

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    check = IkrarPostgres(**parse(url))
    assert check.execute_sql("SELECT version FROM schema_version").fetchall() == [(migrations.SCHEMA_VERSION,)]
    check.close()


@pg
def test_merged_files_are_kept_on_the_server_for_every_operators_bundle(db):
    from ikrar.models.store import received

    assert received.kept_on_server()
    raw = bytes(range(256)) * 4  # a signed file is binary: every byte value survives
    with db.atomic():
        received.keep("ab" * 32, raw)
        received.keep("ab" * 32, raw)  # merged twice: kept once
    assert received.load("ab" * 32) == raw and received.load("cd" * 32) is None
    assert db.execute_sql("SELECT COUNT(*) FROM received_data").fetchone()[0] == 1


@pg
def test_raw_sql_reads_the_types_sqlite_gives(db):
    """Code written once for both engines reads a DATE as its ISO text, a SUM over bigint (NUMERIC)
    as an int, a ROUND as a float and a BYTEA as bytes, as from SQLite."""
    row = db.execute_sql("SELECT CAST(? AS DATE), SUM(x), ROUND(AVG(x), 1), CAST(? AS BYTEA) "
                         "FROM (VALUES (CAST(2 AS BIGINT)), (CAST(3 AS BIGINT))) AS t(x)",
                         ("2026-11-23", b"\x00\xff")).fetchone()
    assert row == ("2026-11-23", 5, 2.5, b"\x00\xff")
    assert [type(v) for v in row] == [str, int, float, bytes]


@pg
def test_an_operator_without_the_key_file_is_told_which_file_to_copy(db):
    from ikrar.models.desk import signing_key
    from ikrar.models.errors import Refused

    desk = local_desk()
    assert signing_key(desk) == bytes(desk.private_key)
    path = keyfile.key_path(desk.id)
    path.rename(path.with_suffix(".elsewhere"))  # another operator's computer: no key file here
    try:
        with pytest.raises(Refused) as caught:
            signing_key(local_desk())
        assert str(path) in caught.value.id_text and "salin" in caught.value.id_text
    finally:
        path.with_suffix(".elsewhere").rename(path)


def test_every_models_column_is_in_the_database(db):
    """The schema the migrations (and on PostgreSQL pg_schema) make is the one the peewee models use:
    a later migration that forgets an engine fails here, on that engine's run."""
    from ikrar.models.store.schema import ALL_MODELS

    for model in ALL_MODELS:
        columns = {c.name for c in db.get_columns(model._meta.table_name)}
        assert columns == {f.column_name for f in model._meta.sorted_fields}, model.__name__


@pg
def test_the_server_has_every_index_a_desks_file_has(db, tmp_path):
    """Same names, same columns, same uniqueness (PostgreSQL adds its trigram indexes; SQLite its FTS5)."""
    from ikrar.models.store.connection import connect
    from ikrar.models.store.connection import db as proxy
    from ikrar.models.store.schema import ALL_MODELS

    def indexes(database):
        return {(i.name, tuple(i.columns), i.unique) for m in ALL_MODELS
                for i in database.get_indexes(m._meta.table_name) if not i.name.endswith(("_pkey", "_trgm"))}

    on_server = indexes(db)
    desk_file = connect(tmp_path / "meja.db")  # a desk's file (not mapped to the server), made as a desk's
    try:
        migrations.migrate(desk_file)
        on_desk = {i for i in indexes(desk_file) if not i[0].startswith("sqlite_autoindex")}
    finally:
        desk_file.close()
        proxy.initialize(db)  # connect() bound the proxy to the desk's file
    assert on_server == on_desk
