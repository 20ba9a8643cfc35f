"""Which database a command or the window opens: the file given with --db, else the user's data
folder (platformdirs); the demo has a database of its own there."""
from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir

from ikrar.models.demo.build import build_demo
from ikrar.models.store.opening import open_database
from ikrar.models.store.schema import Event


def data_dir() -> Path:
    return Path(user_data_dir("Ikrar", appauthor=False))


def default_db() -> Path:
    return data_dir() / "ikrar.db"


def demo_db() -> Path:
    # The demo never touches the user's real database.
    return data_dir() / "ikrar-demo.db"


def open_db(args) -> Path:
    """Open the database *args* name (--db, --demo or the default) and return its path."""
    path = Path(args.db) if getattr(args, "db", None) else (demo_db() if args.demo else default_db())
    open_database(path)
    if args.demo and not getattr(args, "db", None) and not Event.select().exists():
        build_demo()
    return path
