"""Opening the program's database: connect with the program's pragmas, bring the schema up to date,
and make sure this database's own desk (its id and key pair) exists. Every entry point (the window,
each command, the tests) opens the database through open_database()."""
from __future__ import annotations

import os

from peewee import SqliteDatabase

from ikrar.models.desk import ensure_local_desk
from ikrar.models.store import migrations
from ikrar.models.store.connection import DatabaseOpenError, connect


def open_database(path: str | os.PathLike, *, migrate: bool = True) -> SqliteDatabase:
    """Open (creating if needed) the database at *path*, bind the proxy, migrate and make the desk."""
    database = connect(path)
    if getattr(database, "read_only", False):
        # Only to read (a read-only folder or USB stick): nothing is migrated or made here.
        version = migrations.current_version(database)
        if version > migrations.SCHEMA_VERSION:
            raise migrations.SchemaTooNewError(version, migrations.SCHEMA_VERSION, str(path))
        if migrate and version < migrations.SCHEMA_VERSION:
            raise DatabaseOpenError(f"{path}: this older database must be updated, but it is in a place that "
                                    "cannot be written (attempt to write a readonly database)", path)
        return database
    if migrate:
        migrations.migrate(database)
        ensure_local_desk()  # the desk is made with the database
    return database
