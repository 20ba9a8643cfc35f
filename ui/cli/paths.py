"""Where the databases live: the user's data folder (platformdirs) unless --db is given."""
from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir


def data_dir() -> Path:
    return Path(user_data_dir("Ikrar", appauthor=False))


def default_db() -> Path:
    return data_dir() / "ikrar.db"


def demo_db() -> Path:
    # The demo never touches the user's real database.
    return data_dir() / "ikrar-demo.db"
