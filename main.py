"""Ikrar start-up: parse arguments, open the database, start the window or run a command.

Installed, this is `ikrar.main` (the `ikrar` command). Run as `python main.py` from a checkout, it
makes sure `ikrar` means the checkout it sits in, so an older installed copy is never run instead."""
from __future__ import annotations

import importlib.util
import multiprocessing
import sys
from pathlib import Path


def _checkout_as_package() -> None:
    """Register the folder of this file as the package `ikrar` (what pip's install maps it to)."""
    root = Path(__file__).resolve().parent
    loaded = sys.modules.get("ikrar")
    if loaded is not None and Path(loaded.__file__).resolve().parent == root:
        return
    spec = importlib.util.spec_from_file_location("ikrar", root / "__init__.py", submodule_search_locations=[str(root)])
    package = importlib.util.module_from_spec(spec)
    sys.modules["ikrar"] = package
    spec.loader.exec_module(package)


def main() -> None:
    # A frozen build's executable is also the roster import's second process: multiprocessing
    # hands it over to the worker here (a no-op everywhere else).
    multiprocessing.freeze_support()
    from ikrar.ui.cli.app import run  # after _checkout_as_package when run as a script

    sys.exit(run())


if __name__ in ("__main__", "__mp_main__"):  # the script, or its copy in a spawned import worker
    _checkout_as_package()
if __name__ == "__main__":
    main()
