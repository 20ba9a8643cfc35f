"""The PostgreSQL side of the hub benches (bench_hub.py, bench_recap_hub.py): a server to make fresh
databases on, and each statement's time in execute_sql."""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class StatementClock:
    """Time in the database's execute_sql (the driver: the server's work and the round trip) by the
    statement's first words, so the profile names which statements cost."""

    def __init__(self, database):
        self.spent: dict[str, list] = {}
        inner = database.execute_sql

        def execute_sql(sql, params=None, *a, **kw):
            t0 = time.perf_counter()
            try:
                return inner(sql, params, *a, **kw)
            finally:
                key = " ".join(sql.split()[:6])[:70]
                entry = self.spent.setdefault(key, [0, 0.0, 0])
                entry[0] += 1
                entry[1] += time.perf_counter() - t0
                entry[2] += len(params or ())
        database.execute_sql = execute_sql

    def top(self, n: int = 10) -> list[str]:
        rows = sorted(self.spent.items(), key=lambda kv: -kv[1][1])[:n]
        return [f"{t:7.1f} s {calls:>7,} calls {values:>10,} values  {key}" for key, (calls, t, values) in rows]


class Server:
    """The PostgreSQL server: IKRAR_BENCH_PG_URL's, or a throwaway cluster (tests/pg_cluster.py)."""

    def __init__(self):
        self.folder = None
        self.admin = os.environ.get("IKRAR_BENCH_PG_URL")
        if not self.admin:
            sys.path.insert(0, str(ROOT / "tests"))
            import pg_cluster
            self.folder = Path(tempfile.mkdtemp(prefix="ikrar-bench-pg-"))
            self.admin = pg_cluster.start(self.folder)
        import psycopg2
        self.conn = psycopg2.connect(self.admin)
        self.conn.autocommit = True

    def fresh(self, name: str) -> str:
        cur = self.conn.cursor()
        cur.execute(f"DROP DATABASE IF EXISTS {name}")
        cur.execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'")
        base, _, query = self.admin.partition("?")
        url = f"{base.rsplit('/', 1)[0]}/{name}" + (f"?{query}" if query else "")
        import psycopg2
        with psycopg2.connect(url) as conn, conn.cursor() as c:
            c.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        conn.close()
        return url

    def stop(self):
        self.conn.close()
        if self.folder:
            import pg_cluster
            pg_cluster.stop(self.folder)
            shutil.rmtree(self.folder, ignore_errors=True)
