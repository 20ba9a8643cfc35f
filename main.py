"""Ikrar start-up: parse arguments, open the database, start the window or run a command."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # `python main.py` from a checkout

from ui.cli.app import run  # noqa: E402


def main() -> None:
    sys.exit(run())


if __name__ == "__main__":
    main()
