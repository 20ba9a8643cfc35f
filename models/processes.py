"""A second process for heavy checks (the roster import's rows, a merge's signature strokes).

Started with "spawn" on every platform (what Windows does anyway; a forked child of a process with Qt
threads is not safe) from top-level functions with picklable arguments, without the caller's
__main__ (a script without an `if __name__ == "__main__":` guard would otherwise run again in it).
IKRAR_IMPORT_WORKERS=0 keeps everything in this process. In a frozen build the executable is the
program: its entry points call multiprocessing.freeze_support() first, which turns the spawned copy
into the worker.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
import types
from contextlib import contextmanager


def parallel_allowed() -> bool:
    """False when a second process must not be used (IKRAR_IMPORT_WORKERS=0) or would not help."""
    if os.environ.get("IKRAR_IMPORT_WORKERS", "").strip() == "0":
        return False
    return (os.cpu_count() or 1) > 1


def spawn_context():
    return multiprocessing.get_context("spawn")


@contextmanager
def without_main():
    """While a spawned process is launched, hide the caller's __main__ module: multiprocessing
    would have the child import it again (running an unguarded script a second time)."""
    saved = sys.modules.get("__main__")
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        if saved is not None:
            sys.modules["__main__"] = saved
