"""Which database a command or the window opens: the file (or a hub's postgresql:// server) given with
--db or IKRAR_DB, else the user's data folder (platformdirs); the demo has a database of its own
there. The data folder is the user's alone (0700 on POSIX), as are the databases in it (models/store/connection.py)."""
from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from ikrar.models.demo.build import build_demo
from ikrar.models.store.connection import make_private_folder, tighten
from ikrar.models.store.opening import open_database
from ikrar.models.store.postgres import is_url
from ikrar.models.store.schema import Event


def data_dir() -> Path:
    return Path(user_data_dir("Ikrar", appauthor=False))


def private_data_dir() -> Path:
    """The data folder, made private when Ikrar makes it, and tightened (group and others' rights
    taken off) when an older Ikrar made it 0755: it is Ikrar's own folder. On Windows the per-user
    %LOCALAPPDATA% is already private and nothing is changed (no ACLs are written)."""
    folder = data_dir()
    make_private_folder(folder)
    tighten(folder)
    return folder


def default_db() -> Path:
    return data_dir() / "ikrar.db"


def demo_db() -> Path:
    # The demo never touches the user's real database.
    return data_dir() / "ikrar-demo.db"


def chosen_db(args) -> str | None:
    """The database --db names, else the environment's IKRAR_DB, else None (the data folder's)."""
    return getattr(args, "db", None) or os.environ.get("IKRAR_DB") or None


def open_db(args) -> Path | str:
    """Open the database *args* name (--db or IKRAR_DB, --demo or the default) and return its path
    (a file) or address (a hub's `postgresql://` server, kept as the text given: a Path would fold
    its `//` and name a file)."""
    chosen = chosen_db(args)
    if chosen and is_url(chosen):
        open_database(chosen)  # an unknown scheme is refused there with one sentence
        return chosen
    if chosen:
        path = Path(chosen)  # the user's choice of folder: left as it is (the file is made private)
    else:
        private_data_dir()
        path = demo_db() if args.demo else default_db()
    open_database(path)
    if args.demo and not chosen and not Event.select().exists():
        build_demo()
    return path
