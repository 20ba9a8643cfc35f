"""Reading and checking a roster, on both cores when the file is large.

This process reads the file and picks the mapped cells; the picked rows go in chunks to one
worker process, which runs RowChecker on them (identifiers, values, search keys: the bulk of the
work). When the worker has two chunks waiting, this process checks the next chunk itself instead
of waiting, so the work balances on its own (and on one free core it is simply serial). Results
are taken in file order, so duplicates and reports come out exactly as from the serial path.

The worker is started with "spawn" on every platform (what Windows and macOS do anyway; a forked
child of a process with Qt threads is not safe) from top-level functions with picklable
arguments. It is started without the caller's __main__ (see _without_main): it needs nothing from
it, and a script without an `if __name__ == "__main__":` guard would otherwise run again in it.
If the worker cannot be started or breaks, its chunks are checked here: never a different result,
only a slower one. A frozen build (sys.frozen) stays serial: its executable is the program, not
a Python to run the worker with (IKRAR_IMPORT_WORKERS=1 forces the worker on, =0 off).
"""
from __future__ import annotations

import multiprocessing
import os
import sys
import types
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

from .report import ImportCancelled
from .rows import Config, RowChecker, RowParser

CHUNK = 2_000  # rows per chunk
PARALLEL_MIN_ROWS = 20_000  # smaller files: starting a process costs more than it saves
MAX_IN_FLIGHT = 2  # chunks queued at the worker before this process checks one itself

_checker: RowChecker | None = None  # the worker's


def _init_worker(config: Config) -> None:
    global _checker
    _checker = RowChecker(config)


def _check_chunk(numbers: list[int], rows: list[tuple]) -> list:
    return _checker.check_rows(numbers, rows)


def parallel_allowed() -> bool:
    """False when a second process must not be used: IKRAR_IMPORT_WORKERS=0, or a frozen build."""
    if os.environ.get("IKRAR_IMPORT_WORKERS", "").strip() == "0":
        return False
    if getattr(sys, "frozen", False) and os.environ.get("IKRAR_IMPORT_WORKERS", "").strip() != "1":
        return False
    return (os.cpu_count() or 1) > 1


@contextmanager
def _without_main():
    """While a spawned process is launched, hide the caller's __main__ module: multiprocessing
    would have the child import it again (running an unguarded script a second time)."""
    saved = sys.modules.get("__main__")
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        if saved is not None:
            sys.modules["__main__"] = saved


def _start_worker(config: Config) -> ProcessPoolExecutor | None:
    """The worker, already launched (the executor launches on the first submit), or None."""
    try:
        pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_init_worker, initargs=(config,))
        with _without_main():
            pool.submit(int)  # launches the process; the call itself is nothing
    except Exception:  # no processes here (a sandbox, a frozen build...): serial
        return None
    return pool


def check_roster(roster, parser: RowParser, *, check_cancel, progress=None, parallel: bool | None = None) -> int:
    """Read every row of *roster* through *parser* (its records, rejections and warnings fill up).
    check_cancel() is asked between rows (ImportCancelled when it says stop); progress(done, total)
    every 1,000 rows. parallel: None = when the file is large enough. Returns the last total."""
    if parallel is None:
        parallel = roster.total_estimate >= PARALLEL_MIN_ROWS and parallel_allowed()
    pool = _start_worker(parser.config) if parallel else None
    checker, picked_of, take = parser.checker, parser.picked, parser.take
    pending: deque = deque()  # (future or None, results or None, numbers, rows), in file order

    def settle(block: bool) -> None:
        nonlocal pool
        while pending:
            future, results, numbers, rows = pending[0]
            if future is not None:
                if not block and not future.done():
                    return
                try:
                    results = future.result()
                except Exception:  # the worker broke (or could not start): check the chunk here
                    pool = _stop(pool)
                    results = checker.check_rows(numbers, rows)
            pending.popleft()
            take(results)

    def dispatch(numbers, rows) -> None:
        nonlocal pool
        if pool is not None and sum(1 for p in pending if p[0] is not None and not p[0].done()) < MAX_IN_FLIGHT:
            try:
                pending.append((pool.submit(_check_chunk, numbers, rows), None, numbers, rows))
                return
            except Exception:  # a broken pool refuses work
                pool = _stop(pool)
        pending.append((None, checker.check_rows(numbers, rows), numbers, rows))

    total = max(roster.total_estimate, 1)
    numbers, rows = [], []
    done = False
    try:
        for n, (row, cells) in enumerate(roster.rows(parser.columns), 1):
            if check_cancel():
                raise ImportCancelled()
            numbers.append(row)
            rows.append(picked_of(cells))
            if not n % CHUNK:
                dispatch(numbers, rows)
                numbers, rows = [], []
                settle(block=False)
            if progress is not None and not n % 1000:
                total = max(total, n)
                progress(n, total)
        if numbers:
            dispatch(numbers, rows)
        settle(block=True)
        done = True
    finally:
        _stop(pool, wait=done)
    return total


def _stop(pool: ProcessPoolExecutor | None, wait: bool = False) -> None:
    """Let the worker go: at the end, wait for it to exit; on a cancel or an error, do not."""
    if pool is not None:
        pool.shutdown(wait=wait, cancel_futures=True)
    return None
