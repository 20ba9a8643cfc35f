"""Opening the program's database: connect (a SQLite file, or a PostgreSQL server for a hub), bring
the schema up to date, and make sure this database's own desk (its id and key pair) exists. Every
entry point (the window, each command, the tests) opens the database through open_database()."""
from __future__ import annotations

import os
from typing import Callable

from peewee import Database

from ikrar.models.desk import ensure_local_desk
from ikrar.models.store import migrations, postgres
from ikrar.models.store.connection import DatabaseOpenError, connect

# Tests only (tests/conftest.py): maps what a test opens (a file path) to what is opened instead,
# so the same tests run on a PostgreSQL server (IKRAR_TEST_DB=postgresql). None: nothing is mapped.
test_redirect: Callable[[str | os.PathLike], str | os.PathLike] | None = None


def open_database(target: str | os.PathLike, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the database *target* names, bind the proxy, migrate and make the desk.
    *target*: a file path (SQLite: the desk's own) or a `postgresql://` URL (a hub's server); any other
    `scheme://` is refused with one sentence (DatabaseOpenError), never taken as a file name."""
    if test_redirect is not None:
        target = test_redirect(target)
    database = postgres.connect_url(target) if postgres.is_url(target) else connect(target)
    if getattr(database, "read_only", False):
        # Only to read (a read-only folder or USB stick): nothing is migrated or made here.
        version = migrations.current_version(database)
        if version > migrations.SCHEMA_VERSION:
            raise migrations.SchemaTooNewError(version, migrations.SCHEMA_VERSION, str(target))
        if migrate and version < migrations.SCHEMA_VERSION:
            raise DatabaseOpenError(f"{target}: this older database must be updated, but it is in a place that "
                                    "cannot be written (attempt to write a readonly database)", target)
        return database
    if migrate:
        migrations.migrate(database)
        ensure_local_desk()  # the desk is made with the database
    return database
