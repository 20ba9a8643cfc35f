"""Which database a command or the window opens: the file (or a hub's postgresql:// server) given with
--db or IKRAR_DB, else the server this user chose in Settings (models/store/server_choice.py, a file in
the config folder), else the user's data folder (platformdirs); the demo has a database of its own
there. The data folder is the user's alone (0700 on POSIX), as are the databases in it (models/store/connection.py)."""
from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

from ikrar.models.demo.build import build_demo
from ikrar.models.errors import DomainError
from ikrar.models.store.connection import make_private_folder, tighten
from ikrar.models.store.faults import storage_problem
from ikrar.models.store.opening import open_database
from ikrar.models.store.postgres import is_url
from ikrar.models.store.schema import Event
from ikrar.models.store.server_choice import choice_file, read_choice


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


def overridden_by(args) -> str | None:
    """"--db" or "IKRAR_DB" when one names the database (the Settings' choice of server is then not
    used), else None."""
    if getattr(args, "db", None):
        return "--db"
    return "IKRAR_DB" if os.environ.get("IKRAR_DB") else None


# What named the window's database: "--db", "IKRAR_DB", "settings" (the server chosen in Settings) or
# None (the data folder's file); the Settings dialog says its choice waits while --db or IKRAR_DB is given.
opened_by: str | None = None


def leaving_the_server(command: bool = False) -> DomainError:
    """What to do when the server chosen in Settings cannot be opened at start (the window, and so its
    Settings, cannot open either; a *command* has no Settings): said after the server's own sentence."""
    path = choice_file()
    if command:
        return DomainError(f"Server ini dipilih di Pengaturan (berkas {path}); untuk kembali memakai berkas di "
                           "komputer ini, hapus berkas itu lalu jalankan perintahnya lagi, atau beri --db BERKAS.",
                           f"This server was chosen in Settings (the file {path}); to use this computer's file again, "
                           "delete that file and run the command again, or give --db FILE.")
    return DomainError(f"Server ini dipilih di Pengaturan (berkas {path}); untuk kembali memakai berkas di komputer "
                       "ini, hapus berkas itu lalu buka Ikrar lagi.",
                       f"This server was chosen in Settings (the file {path}); to use this computer's file again, "
                       "delete that file and start Ikrar again.")


def open_for_command(args) -> Path | str:
    """open_db for a command: when the server chosen in Settings cannot be opened, its one refusal also
    names the choice file and how to go back (as the window's box does: ui/app.cannot_open_message)."""
    try:
        return open_db(args)
    except Exception as exc:
        problem = storage_problem(exc) if opened_by == "settings" else None
        if problem is None:
            raise
        way_back = leaving_the_server(command=True)
        raise DomainError(f"{problem.id_text} {way_back.id_text}", f"{problem.en_text} {way_back.en_text}",
                          code=problem.code) from exc


def open_db(args) -> Path | str:
    """Open the database *args* name (--db or IKRAR_DB, --demo, the server chosen in Settings, or the data
    folder's file) and return its path (a file) or address (a hub's `postgresql://` server, kept as the
    text given: a Path would fold its `//` and name a file)."""
    global opened_by
    chosen = chosen_db(args)
    opened_by = overridden_by(args)
    if not chosen and not getattr(args, "demo", False):
        chosen = read_choice()  # None: the data folder's file; a file that cannot be read: one sentence
        opened_by = "settings" if chosen else None
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
