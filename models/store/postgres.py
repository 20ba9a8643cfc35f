"""The hub's database on a PostgreSQL server (`--db postgresql://user@/dbname?host=/socket/dir`).

Raw SQL outside store/ is written once for both engines with `?` placeholders and run through
`db.execute_sql` (docs/developer-guide.md, "SQL for both engines"): this class turns each `?` into the
driver's `%s` and each literal `%` into `%%`. SQL that peewee builds itself already speaks `%s` and is
run unchanged. The server holds no private key (models/store/keyfile.py).
"""
from __future__ import annotations

import threading
from urllib.parse import urlsplit, urlunsplit

from peewee import PostgresqlDatabase, _savepoint
from playhouse.db_url import parse as parse_url

from ikrar.models.store.connection import IkrarDatabase, ServerRefused, db

try:  # the hub's extra (pip install "ikrar[hub]"); a desk's build has SQLite only
    import psycopg2
    import psycopg2.extensions as pg_types
except ImportError:  # pragma: no cover
    psycopg2 = pg_types = None

SCHEMES = ("postgresql", "postgres")


def to_driver(sql: str) -> str:
    """`?` placeholders as psycopg2 wants them: `%s`, and a literal `%` (a LIKE pattern) doubled."""
    return sql.replace("%", "%%").replace("?", "%s")


def _peewee_own(sql: str) -> bool:
    # peewee's own statements (introspection) already use %s and never a `?`
    return "%s" in sql and "?" not in sql


def _number(value, cursor):
    # SUM over bigint and ROUND give NUMERIC (Python's Decimal, which does not mix with float); SQLite
    # gives int or float, and so does this
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:  # "2.5", "1e3", "NaN"
        return float(value)


def _register_types(conn) -> None:
    """Values raw SQL reads come back as the same Python types as from SQLite: a DATE as its ISO text
    (peewee's DateField parses either), NUMERIC as int or float, BYTEA as bytes (not memoryview)."""
    def as_bytes(value, cursor):
        return None if value is None else bytes(psycopg2.BINARY(value, cursor))

    pg_types.register_type(pg_types.new_type((1082,), "IKRAR_DATE", lambda value, cursor: value), conn)
    pg_types.register_type(pg_types.new_type((1700,), "IKRAR_NUMERIC", _number), conn)
    pg_types.register_type(pg_types.new_type((17,), "IKRAR_BYTEA", as_bytes), conn)


class _Savepoint(_savepoint):
    """A savepoint whose rollback is skipped when the connection is gone (the server restarted, the
    network dropped): the error that broke it is the one a person must see, not "connection closed"."""

    def rollback(self, begin=True):
        if not self.db.connection_alive():
            return
        super().rollback(begin)


class IkrarPostgres(PostgresqlDatabase):
    """PostgresqlDatabase speaking the program's `?` SQL, with the SQLite class's write guard
    (a write waits for nothing and is never refused as damaged here: the server checks its own pages)."""

    damaged: str | None = None
    checking: threading.Event | None = None
    read_only = False
    guard_write = IkrarDatabase.guard_write
    refusal = IkrarDatabase.refusal

    def _connect(self):
        conn = super()._connect()
        _register_types(conn)
        return conn

    def execute(self, query, **context_options):
        ctx = self.get_sql_context(**context_options)
        sql, params = ctx.sql(query).query()
        self._reconnect_if_lost()
        return super().execute_sql(sql, params)  # built by peewee: already %s

    def execute_sql(self, sql, params=None):
        if not _peewee_own(sql):
            sql = to_driver(sql)
        self._reconnect_if_lost()
        return super().execute_sql(sql, params)

    def _reconnect_if_lost(self) -> None:
        """A connection the server dropped (restarted, idle timeout, an administrator's
        pg_terminate_backend) is opened again before the next statement outside a transaction: a
        window left open overnight keeps working. Inside a transaction the loss is that statement's
        error (what the transaction wrote is gone, and saying so is the caller's job)."""
        conn = self._state.conn
        if conn is not None and conn.closed and not self.in_transaction():
            self._state.reset()
            self.connect()

    def connection_alive(self) -> bool:
        conn = self._state.conn
        return conn is not None and not conn.closed

    def rollback(self):
        if not self.connection_alive():
            return
        super().rollback()

    def savepoint(self):
        return _Savepoint(self)


def is_url(target) -> bool:
    """Does *target* (a --db / IKRAR_DB value) name a server rather than a file? Any `scheme://`."""
    return isinstance(target, str) and "://" in target.split("?", 1)[0]


def shown(url: str) -> str:
    """The URL without its password, as messages and the window show it."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def check_url(url: str) -> None:
    scheme = url.split("://", 1)[0].lower()
    if scheme not in SCHEMES:
        raise ServerRefused(
            f"Alamat basis data \"{shown(url)}\" tidak dikenal; tulis jalur berkas (misalnya D:\\Ikrar\\ikrar.db) "
            "atau alamat server postgresql://pengguna@host/nama_basis_data.",
            f"Unknown database address \"{shown(url)}\"; give a file path (for example D:\\Ikrar\\ikrar.db) or a "
            "server address postgresql://user@host/database_name.", url, code="db_address")


def connect_url(url: str) -> IkrarPostgres:
    """Connect to the server *url* names and bind the proxy; every failure is one sentence."""
    database = open_server(url)
    db.initialize(database)
    return database


def open_server(url: str, connect_timeout: int | None = None) -> IkrarPostgres:
    """A connection to the server *url* names, not bound to the proxy (the Settings dialog's "Uji
    sambungan" tries a server while the window keeps its own database, and waits *connect_timeout*
    seconds at most unless the URL says otherwise); every failure is one sentence."""
    check_url(url)
    if psycopg2 is None:
        raise ServerRefused(
            f"Program ini belum dapat membuka server PostgreSQL {shown(url)} (paket psycopg2 tidak terpasang); "
            "pasang Ikrar dengan pilihan hub: pip install \"ikrar[hub]\".",
            f"This program cannot open the PostgreSQL server {shown(url)} yet (psycopg2 is not installed); "
            "install Ikrar with the hub extra: pip install \"ikrar[hub]\".", url, code="db_driver")
    params = parse_url(url, unquote_password=True, unquote_user=True)
    if not params.get("database"):
        raise ServerRefused(
            f"Alamat server {shown(url)} tidak menyebut nama basis data; tulis postgresql://pengguna@host/NAMA.",
            f"The server address {shown(url)} names no database; write postgresql://user@host/NAME.", url,
            code="db_address")
    if connect_timeout:
        params.setdefault("connect_timeout", connect_timeout)
    params.setdefault("application_name", "ikrar")  # how the DBA tells Ikrar's sessions apart (pg_stat_activity)
    database = IkrarPostgres(params.pop("database"), **params)
    database.ikrar_path = shown(url)
    try:
        database.connect(reuse_if_open=True)
    except Exception as exc:  # psycopg2.OperationalError: no server, no such role or database, refused
        reason = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise ServerRefused(
            f"Server PostgreSQL {shown(url)} tidak dapat dibuka ({reason}); periksa alamat, nama pengguna dan nama "
            "basis data, atau tanyakan kepada pengelola server.",
            f"The PostgreSQL server {shown(url)} cannot be opened ({reason}); check the address, the user and "
            "the database name, or ask the server's administrator.", url, code="db_server") from exc
    return database
