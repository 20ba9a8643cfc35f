"""A PostgreSQL server for the tests of the Settings' choice of server (test_server_choice.py,
test_dialogs_hub.py): the session's (IKRAR_TEST_DB=postgresql) or a throwaway cluster of its own
(tests/pg_cluster.py); the tests that use it are skipped when PostgreSQL or psycopg2 is not installed.
It holds two databases: one with pg_trgm (a hub's) and one without."""
from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from dataclasses import dataclass

import pytest


@dataclass
class HubServer:
    admin: str
    url_of: object  # name -> address

    @property
    def hub(self) -> str:
        return self.url_of(f"hubchoice_{os.getpid()}")

    @property
    def plain(self) -> str:
        return self.url_of(f"hubplain_{os.getpid()}")


def _url_of(admin: str):
    base = admin.split("?", 1)
    return lambda name: f"{base[0].rsplit('/', 1)[0]}/{name}" + (f"?{base[1]}" if len(base) > 1 else "")


@contextlib.contextmanager
def hub_server(pg_databases):
    psycopg2 = pytest.importorskip("psycopg2", reason="psycopg2 (the hub extra) is not installed")
    from pg_cluster import bin_dir, start, stop

    folder = None
    admin = pg_databases.admin_url if pg_databases is not None else os.environ.get("IKRAR_TEST_PG_URL")
    if not admin:
        try:
            bin_dir()
        except RuntimeError:
            pytest.skip("PostgreSQL is not installed (no pg_ctl)")
        folder = tempfile.mkdtemp(prefix="ikrar-pg-")  # short: a Unix socket's path has ~100 characters
        admin = start(folder)
    server = HubServer(admin, _url_of(admin))
    names = (f"hubchoice_{os.getpid()}", f"hubplain_{os.getpid()}")
    conn = psycopg2.connect(admin)
    conn.autocommit = True
    try:
        for name in names:
            conn.cursor().execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            conn.cursor().execute(f"CREATE DATABASE {name}")
        with contextlib.closing(psycopg2.connect(server.hub)) as hub:
            hub.autocommit = True
            hub.cursor().execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        yield server
    finally:
        for name in names:
            with contextlib.suppress(Exception):
                conn.cursor().execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.close()
        if folder:
            stop(folder)
            shutil.rmtree(folder, ignore_errors=True)
