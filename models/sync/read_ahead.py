"""Reading the next files of a merge in the second process while this one applies the current one.

A file's reading (inflating, the manifest's signature, every member's SHA-256) and its signatures'
strokes check are two thirds of a merge's CPU and need no database: the worker (checking.py's pool)
does them for the next few files, this process takes each file's VerifiedFile back when it gets to
it and applies it. A file the worker has not begun is read here instead of waited for, so neither
process idles; a file the worker refused is read here again, which raises the refusal that names
what is wrong (the worker's answer is only ever "verified, strokes fine"). Without a worker
(one core, IKRAR_IMPORT_WORKERS=0) every file is read here: never a different result.
The hub's regency run (bench_hub.py): 2,000 files in one process took 66 ms a file on SQLite.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass

from ikrar.models.errors import DomainError
from ikrar.models.sync import checking
from ikrar.models.sync import records as rec
from ikrar.models.sync.manifest import VerifiedFile, read_file

DEPTH = 4  # files loaded ahead: enough to keep the worker busy, few enough to hold in memory
IN_WORKER = 2  # files given to the worker at once: one it works on, one waiting, never idle between


def prepare(blob: bytes, passphrase: str | None) -> VerifiedFile | None:
    """In the worker: the file verified, and whether every signature's strokes passed; None when the
    file is refused (the merging process reads it again and reports why)."""
    try:
        vf = read_file(blob, passphrase)
    except DomainError:
        return None
    if vf.kind == "sync":
        try:
            records = rec.check("signatures.json", vf.records("signatures.json"), rec.SIGNATURE_SPEC)
            vf.strokes_ok = checking.first_bad([(i, r["strokes"], r["pad_width"], r["pad_height"])
                                                for i, r in enumerate(records)]) is None
        except DomainError:
            vf.strokes_ok = False
    vf._parsed.clear()  # parsed again where it is applied: sending Python objects costs more than JSON
    return vf


@dataclass
class Ahead:
    """One file of the merge: its bytes (None when reading them failed: load again to raise why) and
    the worker's reading of it, if queued."""
    blob: bytes | None
    future: Future | None = None

    def verified(self, passphrase: str | None) -> VerifiedFile:
        """The worker's VerifiedFile when it has one, else the file read here (raising its refusal)."""
        if self.future is not None and not self.future.cancel():
            try:
                vf = self.future.result()
            except Exception:  # noqa: BLE001 (the worker broke: read here)
                vf = None
            if vf is not None:
                return vf
        return read_file(self.blob, passphrase)

    def drop(self) -> None:
        if self.future is not None:
            self.future.cancel()


def read_ahead(sources: Iterable, load: Callable, passphrase: str | None = None,
               wanted: Callable[[bytes], bool] = lambda blob: True) -> Iterator[tuple[object, Ahead]]:
    """(source, Ahead) for each source in order, the next DEPTH loaded. Whenever the worker (if there
    is one) has fewer than IN_WORKER files it takes the farthest loaded that nobody has taken, so this
    process reads the nearer ones itself and neither waits for the other: the worker checks a file's strokes in ~35 ms
    of CPU, this process applies one in ~25 ms (bench_hub.py's regency files, SQLite), so the worker
    takes most files and this process the rest. *load*(source) gives the bytes; *wanted*(bytes)
    False keeps a file from the worker (one merged before, answered without reading it)."""
    pending: deque[tuple[object, Ahead, bool]] = deque()
    sources, busy = iter(sources), []
    try:
        while True:
            while len(pending) < DEPTH + 1:
                source = next(sources, _END)
                if source is _END:
                    break
                pending.append(_loaded(source, load, wanted))
            if not pending:
                return
            busy = [future for future in busy if not future.done()]
            while len(busy) < IN_WORKER and (future := _give_worker(pending, passphrase)) is not None:
                busy.append(future)
            source, ahead, _wanted = pending.popleft()
            yield source, ahead
    finally:
        for _source, ahead, _wanted in pending:
            ahead.drop()


_END = object()


def _loaded(source, load: Callable, wanted: Callable[[bytes], bool]) -> tuple[object, Ahead, bool]:
    try:
        blob = load(source)
    except (OSError, DomainError):
        return source, Ahead(None), False
    return source, Ahead(blob), wanted(blob)


def _give_worker(pending: deque, passphrase: str | None) -> Future | None:
    """The farthest wanted file not yet taken, queued to the worker; None without one (or a worker)."""
    pool = checking.worker_pool()
    if pool is None:
        return None
    for _source, ahead, wanted in reversed(pending):
        if wanted and ahead.future is None:
            try:
                ahead.future = pool.submit(prepare, ahead.blob, passphrase)
            except Exception:  # noqa: BLE001 (a broken pool: every file read here)
                return None
            return ahead.future
    return None
