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

DEPTH = 3  # files queued ahead: enough to keep the worker busy, few enough to hold in memory


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
    """(source, Ahead) for each source in order, the next DEPTH already queued to the worker when there
    is one. *load*(source) gives the bytes; *wanted*(bytes) False keeps a file from the worker (one
    merged before, answered without reading it)."""
    pending: deque[tuple[object, Ahead]] = deque()
    sources = iter(sources)
    try:
        while True:
            while len(pending) < DEPTH + 1:
                source = next(sources, _END)
                if source is _END:
                    break
                pending.append((source, _queued(source, load, passphrase, wanted)))
            if not pending:
                return
            yield pending.popleft()
    finally:
        for _source, ahead in pending:
            ahead.drop()


_END = object()


def _queued(source, load: Callable, passphrase: str | None, wanted: Callable[[bytes], bool]) -> Ahead:
    try:
        blob = load(source)
    except (OSError, DomainError):
        return Ahead(None)
    pool = checking.worker_pool()
    if pool is None or not wanted(blob):
        return Ahead(blob)
    try:
        return Ahead(blob, pool.submit(prepare, blob, passphrase))
    except Exception:  # noqa: BLE001 (a broken pool: read here)
        return Ahead(blob)
