"""Reading and checking a roster, on both cores when the file is large.

The file is cut into units: for CSV (and what python-calamine reads) a chunk of CHUNK rows, read
and picked here; for an XLSX sheet a piece of about 1 MB of its XML, whose cells are not read
yet. Each unit goes one of three ways, whichever keeps both processes busy:
- "full": to the worker process, which reads it (an XLSX piece) and runs RowChecker on it
  (identifiers, values, search keys);
- "names": read and checked here, and only its names go to the worker to be folded into search
  keys (fold_name is half of the checking, and names cost next to nothing to send);
- "local": all of it here (the worker has too much waiting, or there is none).
A unit goes "full" while the worker has fewer than MAX_IN_FLIGHT jobs, else "names" while it has
fewer than MAX_BACKLOG. So when reading is slow (XLSX) most of the work goes to the worker and
when it is quick (CSV) it is shared; a busy second core just means more is done here. Results are
taken in file order, so duplicates and reports come out exactly as from the serial path.

The worker is started with "spawn" on every platform (what Windows and macOS do anyway; a forked
child of a process with Qt threads is not safe) from top-level functions with picklable
arguments. It is started without the caller's __main__ (see _without_main): it needs nothing from
it, and a script without an `if __name__ == "__main__":` guard would otherwise run again in it.
If the worker cannot be started or breaks, its units are checked here: never a different result,
only a slower one. IKRAR_IMPORT_WORKERS=0 keeps everything in this process. A frozen build
(sys.frozen) stays serial too unless IKRAR_IMPORT_WORKERS=1: there the executable is the program,
and its entry point would have to call multiprocessing.freeze_support() first.
Costs, 100,000 SIASN rows: the worker takes ~0.2 s to start (hidden: units are checked here
meanwhile) and ~40 MB; sending a whole unit costs this process ~3 us a row, checking it ~10 us,
folding its names ~12 us.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
import types
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

from ..textfold import fold_name
from .report import ImportCancelled
from .rows import R_KEY, R_NAME, Config, Picker, RowChecker, RowParser
from .xlsx import CellReader

CHUNK = 1_000  # rows per chunk (CSV)
PARALLEL_MIN_ROWS = 20_000  # smaller files: starting a process costs more than it saves
MAX_IN_FLIGHT = 3  # worker jobs waiting, below which a whole unit is sent
MAX_BACKLOG = 8  # worker jobs waiting, below which the names of a unit are sent


class XmlSource:
    """Turns an XLSX piece into (row numbers, picked rows); picklable, for the worker too."""

    def __init__(self, reader: CellReader, header_row: int, picked: Picker):
        self.reader, self.header_row, self.picked = reader, header_row, picked

    def rows_of(self, text: str) -> tuple[list[int], list[tuple]]:
        numbers, rows = [], []
        header_row, picked = self.header_row, self.picked
        for number, cells in self.reader.rows(text):
            if number > header_row:
                numbers.append(number)
                rows.append(picked(cells))
        return numbers, rows


# A unit is (row numbers, picked rows), or (None, XML text) for an XmlSource.
_checker: RowChecker | None = None  # the worker's
_source: XmlSource | None = None


def _init_worker(config: Config, source: XmlSource | None) -> None:
    global _checker, _source
    _checker, _source = RowChecker(config), source


def _unit_rows(unit: tuple, source: XmlSource | None) -> tuple[list[int], list[tuple]]:
    return unit if unit[0] is not None else source.rows_of(unit[1])


def _check_unit(unit: tuple) -> list:
    return _checker.check_rows(*_unit_rows(unit, _source))


def _fold_names(names: list[str]) -> list[str]:
    return [fold_name(name) for name in names]


class _Job:
    """A unit on its way: the results when they are known here, and the worker's part (the
    results of a "full" unit, the search keys of a "names" one)."""
    __slots__ = ("unit", "results", "future", "need")

    def __init__(self, unit, results=None, future=None, need=()):
        self.unit, self.results, self.future, self.need = unit, results, future, need


def _need_keys(results: list, known: frozenset) -> list[int]:
    """Indexes of the results whose record needs a search key folded."""
    return [i for i, res in enumerate(results)
            if res is not None and res[6] is not None and res[6][R_NAME] not in known]


def _with_keys(results: list, need: list[int], keys: list[str]) -> list:
    for i, key in zip(need, keys):
        res = results[i]
        results[i] = res[:6] + (res[6][:R_KEY] + (key,),)
    return results


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


def _start_worker(config: Config, source: XmlSource | None) -> ProcessPoolExecutor | None:
    """The worker, already launched (the executor launches on the first submit), or None."""
    try:
        pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_init_worker, initargs=(config, source))
        with _without_main():
            pool.submit(int)  # launches the process; the call itself is nothing
    except Exception:  # no processes here (a sandbox, a frozen build...): serial
        return None
    return pool


def _units(roster, parser: RowParser, source: XmlSource | None, xml, check_cancel):
    """The roster's units; the cancel check runs between rows (between pieces for XLSX)."""
    if source is not None:
        for text in xml:
            if check_cancel():
                raise ImportCancelled()
            yield None, text
        return
    width, pick = parser.picked.width, parser.picked.pick  # Picker, inlined: this runs once per row
    numbers, rows = [], []
    for row, cells in roster.rows(parser.columns):
        if check_cancel():
            raise ImportCancelled()
        if len(cells) != width:
            cells = (list(cells) + [""] * width)[:width]
        cells.append("")
        numbers.append(row)
        rows.append(pick(cells))
        if len(numbers) == CHUNK:
            yield numbers, rows
            numbers, rows = [], []
    if numbers:
        yield numbers, rows


def check_roster(roster, parser: RowParser, *, check_cancel, progress=None, parallel: bool | None = None) -> int:
    """Read every row of *roster* through *parser* (its records, rejections and warnings fill up).
    check_cancel() is asked between rows (ImportCancelled when it says stop); progress(done, total)
    every 1,000 rows or so. parallel: None = when the file is large enough. Returns the last total."""
    if parallel is None:
        parallel = roster.total_estimate >= PARALLEL_MIN_ROWS and parallel_allowed()
    pieces = roster.pieces(parser.columns) if parallel else None
    source = XmlSource(pieces[0], roster.header_row, parser.picked) if pieces else None
    pool = _start_worker(parser.config, source) if parallel else None
    checker, take = parser.checker, parser.take
    fold, known = parser.config.fold, parser.config.known_names
    pending: deque[_Job] = deque()  # in file order
    total = max(roster.total_estimate, 1)
    done_rows, reported = 0, 0

    def resolve(job: _Job) -> list:
        """The unit's results, waiting for the worker's part if need be."""
        nonlocal pool
        results, future = job.results, job.future
        if future is None:
            return results
        try:
            value = future.result()
        except Exception:  # the worker broke (or could not start): do its part here
            pool = _stop(pool)
            if results is None:
                return checker.check_rows(*_unit_rows(job.unit, source))
            value = _fold_names([results[i][6][R_NAME] for i in job.need])
        if results is None:
            return value
        return _with_keys(results, job.need, value)

    def settle(block: bool) -> None:
        nonlocal done_rows, reported, total
        while pending and (block or pending[0].future is None or pending[0].future.done()):
            results = resolve(pending.popleft())
            take(results)
            done_rows += len(results)
            if progress is not None and done_rows - reported >= 1000:
                reported = done_rows
                total = max(total, done_rows)
                progress(done_rows, total)

    def dispatch(unit) -> None:
        nonlocal pool
        if pool is not None:
            waiting = sum(1 for job in pending if job.future is not None and not job.future.done())
            try:
                if waiting < MAX_IN_FLIGHT:
                    pending.append(_Job(unit, future=pool.submit(_check_unit, unit)))
                    return
                if waiting < MAX_BACKLOG and fold:
                    results = checker.check_rows(*_unit_rows(unit, source), fold=False)
                    need = _need_keys(results, known)
                    future = pool.submit(_fold_names, [results[i][6][R_NAME] for i in need])
                    pending.append(_Job(unit, results, future, need))
                    return
            except Exception:  # a broken pool refuses work
                pool = _stop(pool)
        pending.append(_Job(unit, checker.check_rows(*_unit_rows(unit, source))))

    finished = False
    try:
        for unit in _units(roster, parser, source, pieces[1] if pieces else None, check_cancel):
            dispatch(unit)
            settle(block=False)
        settle(block=True)
        finished = True
    finally:
        _stop(pool, wait=finished)
    return total


def _stop(pool: ProcessPoolExecutor | None, wait: bool = False) -> None:
    """Let the worker go: at the end, wait for it to exit; on a cancel or an error, do not."""
    if pool is not None:
        pool.shutdown(wait=wait, cancel_futures=True)
    return None
