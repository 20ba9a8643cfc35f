"""Checking every signature's strokes, the larger part of a merge's time (10,000 signatures of 300-600
points: about 3 s), on both cores when several files are merged: a second process checks a file's
signatures while this one applies the file's other records (models/processes.py). Without a second
process (one core, IKRAR_IMPORT_WORKERS=0, a sandbox, a worker that broke) everything is checked
here: never a different result, only a slower one.
"""
from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

from ikrar.models.errors import Refused
from ikrar.models.processes import parallel_allowed, spawn_context, without_main
from ikrar.models.strokes import StrokeData

SPLIT_MIN = 200  # fewer signatures in a file: sending them costs more than it saves
PIECES = 8  # a file's signatures, queued to the worker in this many pieces

_pool: ProcessPoolExecutor | None = None

Item = tuple  # (index in the member, strokes text, pad width, pad height)


def first_bad(items: list[Item]) -> tuple[int, str, str] | None:
    """(index, Indonesian, English) of the first signature a pad could not have drawn, else None."""
    for index, strokes, width, height in items:
        try:
            StrokeData.check_stored(strokes, width, height, source=(f"catatan ke-{index + 1}", f"record {index + 1}"))
        except Refused as exc:
            return index, exc.id_text, exc.en_text
    return None


class Job:
    """The check of some signatures, in pieces queued to the worker when there is one (start); when
    the merge gets to the signatures (finish), this process takes back the pieces the worker has not
    begun and checks them itself, so neither side waits long for the other."""

    def __init__(self, items: list[Item]):
        self.items, self.futures = items, []
        if _pool is not None and len(items) >= SPLIT_MIN:
            size = -(-len(items) // PIECES)
            try:
                self.futures = [(part, _pool.submit(first_bad, part))
                                for part in (items[i:i + size] for i in range(0, len(items), size))]
            except Exception:  # noqa: BLE001 (a broken pool: checked here in finish)
                self.futures = []

    def finish(self) -> tuple[int, str, str] | None:
        if not self.futures:
            return first_bad(self.items)
        found = []
        for part, future in reversed(self.futures):  # the last pieces are the likeliest not begun
            if future.cancel():
                found.append(first_bad(part))
        for part, future in self.futures:
            if not future.cancelled():
                try:
                    found.append(future.result())
                except Exception:  # noqa: BLE001 (the worker died or broke: check its piece here)
                    found.append(first_bad(part))
        return min((bad for bad in found if bad is not None), default=None)


def worker_pool() -> ProcessPoolExecutor | None:
    """The merge's second process while stroke_workers runs (read_ahead.py queues files to it too)."""
    return _pool


def check_all(items: list[Item]) -> tuple[int, str, str] | None:
    return Job(items).finish()


@contextmanager
def stroke_workers(files: int, *, large: bool = False):
    """A worker for the merge of *files* files (none for one small file: starting it costs more;
    one *large* file, a bundle, has many files inside)."""
    global _pool
    if (files > 1 or large) and parallel_allowed() and _pool is None:
        try:
            with without_main():
                _pool = ProcessPoolExecutor(1, mp_context=spawn_context())
                _pool.submit(int)  # start it now, while the first file is read and verified
        except Exception:  # noqa: BLE001 (no processes here: check in this one)
            _pool = None
    try:
        yield
    finally:
        if _pool is not None:
            _pool.shutdown(wait=False, cancel_futures=True)
            _pool = None
