"""Shared fixtures: a fresh database per test, a pinned clock, Qt on the offscreen platform.

IKRAR_TEST_DB=postgresql runs the same tests on PostgreSQL: a session fixture starts a throwaway
server (tests/pg_cluster.py; or uses the one IKRAR_TEST_PG_URL names, a role that may CREATE
DATABASE), makes one database at the current schema, and every database file a test opens by a new
path (the `db`, `cli` and `world` fixtures', a test's own tmp_path/x.db) becomes a fresh database copied
from it (CREATE DATABASE ... TEMPLATE, ~0.1 s), dropped when the test ends. A file that already exists
(a committed old database copied in) stays SQLite. Tests that only mean something on SQLite (the
file, its pragmas, durability, the integrity check, FTS5, user_version) are marked sqlite_only.
"""
from __future__ import annotations

import contextlib
import itertools
import os
import queue
import shutil
import tempfile
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from test_sync_support import World

from ikrar.models import clock
from ikrar.models.errors import set_language
from ikrar.models.store import migrations, opening, pg_schema, server_choice
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.models.store.postgres import connect_url, is_url
from ikrar.ui.cli.app import run

ENGINE = os.environ.get("IKRAR_TEST_DB", "sqlite").lower()
if ENGINE not in ("sqlite", "postgresql"):
    raise pytest.UsageError(f"IKRAR_TEST_DB={ENGINE!r}: sqlite or postgresql")
TEMPLATE = f"ikrar_template_{os.getpid()}"  # one per session: two runs may share a server


def pytest_collection_modifyitems(config, items):
    if ENGINE != "postgresql":
        return
    skip = pytest.mark.skip(reason="SQLite only (IKRAR_TEST_DB=postgresql)")
    for item in items:
        if item.get_closest_marker("sqlite_only"):
            item.add_marker(skip)


def _admin(url: str):
    import psycopg2  # the hub's extra: only the PostgreSQL run needs it

    conn = psycopg2.connect(url)  # libpq reads the same URL (host=/socket/dir included)
    conn.autocommit = True
    return conn


class PgDatabases:
    """Test file paths mapped to fresh databases made from the template, dropped after each test."""

    def __init__(self, admin_url: str):
        self.admin_url = admin_url
        self.conn = _admin(admin_url)
        self.names = itertools.count(1)
        self.made: dict[Path, str] = {}
        self.trash: queue.Queue[str | None] = queue.Queue()
        self.dropper = threading.Thread(target=self._drop_in_background, name="drop-test-databases", daemon=True)
        self.dropper.start()
        base = admin_url.split("?", 1)
        self.url_of = lambda name: f"{base[0].rsplit('/', 1)[0]}/{name}" + (f"?{base[1]}" if len(base) > 1 else "")

    def make_template(self) -> None:
        cur = self.conn.cursor()
        cur.execute(f"DROP DATABASE IF EXISTS {TEMPLATE}")
        cur.execute(f"CREATE DATABASE {TEMPLATE}")
        database = connect_url(self.url_of(TEMPLATE))
        try:
            database.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            migrations.migrate(database)  # the schema only: each copy makes its own desk (its own key)
        finally:
            close_database()

    def redirect(self, target):
        if isinstance(target, str) and (is_url(target) or target == ":memory:"):
            return target
        path = Path(target).resolve()
        if path in self.made:
            return self.url_of(self.made[path])
        if path.exists():  # a committed SQLite file copied in: it stays one
            return target
        name = f"t{os.getpid()}_{next(self.names)}"
        self.conn.cursor().execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
        self.made[path] = name
        return self.url_of(name)

    def at_version(self, target, version: int):
        """An empty server database for *target* (a test's path) made as the release of *version* made
        it: pg_schema's BASE tables, then migrations BASE+1..version; returns it open (via connect_url)."""
        url = self.redirect(target)
        name = url.split("?")[0].rsplit("/", 1)[1]
        cur = self.conn.cursor()
        cur.execute(f"DROP DATABASE {name}")
        cur.execute(f"CREATE DATABASE {name}")
        database = connect_url(url)
        database.execute_sql("CREATE EXTENSION pg_trgm")
        with database.atomic():
            pg_schema.create_base(database)
            for number in range(pg_schema.BASE + 1, version + 1):
                migrations.MIGRATIONS[number - 1](database)
            migrations.set_version(database, version)
        return database

    def drop_all(self) -> None:
        """Hand this test's databases to the dropping thread: a DROP DATABASE waits for a checkpoint
        (~0.1-0.5 s each), which the next test need not wait for."""
        close_database()
        for name in self.made.values():
            self.trash.put(name)
        self.made.clear()

    def _drop_in_background(self) -> None:
        conn = _admin(self.admin_url)
        try:
            while (name := self.trash.get()) is not None:
                with contextlib.suppress(Exception):  # a database already gone is what was wanted
                    conn.cursor().execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        finally:
            conn.close()

    def close(self) -> None:
        """Drop what is left (waiting for it), then the template."""
        self.drop_all()
        self.trash.put(None)
        self.dropper.join()
        self.conn.cursor().execute(f"DROP DATABASE IF EXISTS {TEMPLATE} WITH (FORCE)")
        self.conn.close()


@pytest.fixture(scope="session")
def pg_databases():
    """The session's server and template (None on SQLite)."""
    if ENGINE != "postgresql":
        yield None
        return
    from pg_cluster import start, stop

    folder = None
    url = os.environ.get("IKRAR_TEST_PG_URL")
    if not url:
        folder = tempfile.mkdtemp(prefix="ikrar-pg-")  # short: a Unix socket's path has ~100 characters
        url = start(folder)
    keys = tempfile.mkdtemp(prefix="ikrar-keys-")  # the hub's key files (store/keyfile.py), not ~/.local
    old_xdg = os.environ.get("XDG_DATA_HOME")
    os.environ["XDG_DATA_HOME"] = keys
    databases = None
    try:  # the server is stopped even when making the template fails
        databases = PgDatabases(url)
        databases.make_template()
        opening.test_redirect = databases.redirect
        yield databases
    finally:
        opening.test_redirect = None
        if databases is not None:
            databases.close()
        if folder:
            stop(folder)
            shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(keys, ignore_errors=True)
        if old_xdg is None:
            os.environ.pop("XDG_DATA_HOME", None)
        else:
            os.environ["XDG_DATA_HOME"] = old_xdg


@pytest.fixture(autouse=True)
def _engine_per_test(pg_databases):
    """On PostgreSQL: the databases this test made are dropped when it ends."""
    yield
    if pg_databases is not None:
        pg_databases.drop_all()

@pytest.fixture(autouse=True)
def _language_per_test():
    """Every test starts in Indonesian, the program's default: a command line run with --lang en sets
    the language of the whole process (models.errors), which a later test must not inherit."""
    set_language("id")
    yield
    set_language("id")


os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("IKRAR_DB", None)  # a developer's own hub address must never reach a test
# nor the server chosen in Settings (a folder never made: no choice file, the data folder's database)
server_choice.folder_override = Path(tempfile.gettempdir()) / f"ikrar-config-{os.getpid()}"
ROOT = Path(__file__).resolve().parent.parent

WIB = timezone(timedelta(hours=7))


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "ikrar.db")
    yield database
    clock.set_clock(None)
    close_database()


@pytest.fixture
def at():
    """Pin the clock: at(7, 15) is 07:15 WIB on 2026-11-23."""

    def pin(hour: int, minute: int = 0, second: int = 0, day: int = 23) -> datetime:
        moment = datetime(2026, 11, day, hour, minute, second, tzinfo=WIB)
        clock.set_clock(moment)
        return moment

    yield pin
    clock.set_clock(None)


@pytest.fixture
def cli(tmp_path, capsys):
    """Run `ikrar --db TMP/cli.db ARGS…` in-process: cli(*args) -> (exit code, stdout, stderr)."""
    db_path = tmp_path / "cli.db"

    def call(*argv):
        code = run(["--db", str(db_path), *argv])
        close_database()
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return call


@pytest.fixture
def world(tmp_path):
    """Several desks and a hub, each a database of its own (test_sync_support.World); the sync
    tests switch between them with world.use(name)."""
    yield World(tmp_path)
    clock.set_clock(None)
    close_database()
