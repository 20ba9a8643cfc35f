"""Reading and checking a roster, on both cores when the file is large.

Both processes walk the same file, cut into the same pieces (pieces.py), and each checks the pieces
it claims from a shared counter: whichever is free takes the next one, so the work splits itself
by the speed of each side (this process also reads back the other's results and takes every
result in file order, so it claims fewer). Only results travel: the worker writes each piece's
checked rows, pickled, to a temporary file and sends a short notice (piece, offset, length) through
a pipe. Nothing here waits on a helper thread, and neither side can block the other: the old
design, sending rows to a process pool, spent more time waiting for the pool's threads (starved
of the GIL by the busy reader) than checking.

Results are taken in file order, so duplicates and reports come out exactly as from the serial
path. If the worker cannot start, breaks or dies, this process checks its pieces (it keeps them
until their results are in): never a different result, only a slower one. A CSV that cannot be
cut (pieces.Unsplittable) is read again from the start in one go.

The worker is started as models/processes.py says (spawn, without the caller's __main__;
IKRAR_IMPORT_WORKERS=0 keeps everything in this process; freeze_support in the frozen build).
"""
from __future__ import annotations

from collections import deque

from ikrar.models.processes import parallel_allowed, spawn_context, without_main
from ikrar.models.roster.pieces import Unsplittable
from ikrar.models.roster.report import ImportCancelled
from ikrar.models.roster.rows import RowParser
from ikrar.models.roster.worker import Worker, claim, remove_stale_folders

CHUNK = 1_000  # rows per unit on the serial path
PARALLEL_MIN_ROWS = 20_000  # smaller files: starting a process costs more than it saves


def start_worker(config, source) -> Worker | None:
    """The worker, launched, or None when no process can be started here."""
    try:
        with without_main():
            return Worker(spawn_context(), config, source)
    except Exception:  # no processes here (a sandbox, a frozen build...): serial
        return None


class _Progress:
    def __init__(self, roster, progress):
        self.progress, self.total = progress, max(roster.total_estimate, 1)
        self.done = self.reported = 0

    def add(self, rows: int) -> None:
        self.done += rows
        if self.progress is not None and self.done - self.reported >= 1000:
            self.reported = self.done
            self.total = max(self.total, self.done)
            self.progress(self.done, self.total)


def check_roster(roster, parser: RowParser, *, check_cancel, progress=None, parallel: bool | None = None) -> int:
    """Read every row of *roster* through *parser* (its records, rejections and warnings fill up).
    check_cancel() is asked between rows or pieces (ImportCancelled when it says stop);
    progress(done, total) every 1,000 rows or so. parallel: None = when the file is large enough.
    Returns the last total."""
    remove_stale_folders()  # what a killed import left in the temporary folder (worker.py)
    if parallel is None:
        parallel = roster.total_estimate >= PARALLEL_MIN_ROWS and parallel_allowed()
    counter = _Progress(roster, progress)
    source = roster.splitter(parser.columns, parser.picked) if parallel else None
    if source is not None:
        try:
            _parallel(source, parser, check_cancel, counter)
            return counter.total
        except Unsplittable:
            parser.reset()  # read again from the start, in one go
    _serial(roster, parser, check_cancel, counter)
    return counter.total


def _serial(roster, parser: RowParser, check_cancel, counter: _Progress) -> None:
    checker, take = parser.checker, parser.take
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
            take(checker.check_rows(numbers, rows))
            counter.add(len(numbers))
            numbers, rows = [], []
    if numbers:
        take(checker.check_rows(numbers, rows))
        counter.add(len(numbers))
    parser.take_broken(roster.broken)  # records refused for their quotes (a CSV's)


def _parallel(source, parser: RowParser, check_cancel, counter: _Progress) -> None:
    worker = start_worker(parser.config, source)
    checker, take = parser.checker, parser.take
    held: deque = deque()  # (index, results or None, piece) in file order, not yet taken

    def settle(block: bool) -> None:
        while held:
            index, results, piece = held[0]
            if results is None:
                results = worker.results(index, block) if worker is not None else False
                if results is None:
                    return  # not in yet
                if results is False:  # the worker could not do it: do it here
                    results = checker.check_rows(*source.rows_of(piece))
            held.popleft()
            take(results)
            counter.add(len(results))

    try:
        mine = claim(worker.counter) if worker is not None else 0
        for index, piece in enumerate(source.pieces()):
            if check_cancel():
                raise ImportCancelled()
            if index == mine:
                held.append((index, checker.check_rows(*source.rows_of(piece)), None))
                mine = claim(worker.counter) if worker is not None else index + 1
            else:  # claimed by the worker; kept in case it does not deliver
                held.append((index, None, piece))
            settle(block=False)
        settle(block=True)
    finally:
        if worker is not None:
            worker.stop()
