"""Opening the program's database: connect with the program's pragmas, bring the schema up to date,
and make sure this database's own desk (its id and key pair) exists. Every entry point (the window,
each command, the tests) opens the database through open_database()."""
from __future__ import annotations

import os

from peewee import SqliteDatabase

from ikrar.models.desk import ensure_local_desk
from ikrar.models.store import migrations
from ikrar.models.store.connection import connect


def open_database(path: str | os.PathLike, *, migrate: bool = True) -> SqliteDatabase:
    """Open (creating if needed) the database at *path*, bind the proxy, migrate and make the desk."""
    database = connect(path)
    if migrate:
        migrations.migrate(database)
        ensure_local_desk()  # the desk is made with the database
    return database
