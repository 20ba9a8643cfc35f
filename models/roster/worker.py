"""The second process of a large import (see pipeline.py): claims pieces, checks them, and leaves
the results in a temporary file with a notice per piece through a pipe.

A notice is (piece, offset, length) for results written, (piece, None, why) for a piece it could
not check (why: "unsplittable" or the error's text; it stops there), or ("end", None, None) when
the file is done. The results file is only ever appended to and read back by the parent at the
offsets the notices give, so neither process waits on the other: the pipe carries a few dozen
bytes a piece and never fills.

The results are people's names, NIPs and NIKs: they sit in a folder made for one import, readable by
this user only (mkdtemp makes it 0700, the file is made 0600; on Windows the per-user temporary
folder is private already), removed when the import ends however it ends (stop(), from pipeline's
finally). A run killed outright cannot remove it: the next import does (remove_stale_folders).
"""
from __future__ import annotations

import contextlib
import os
import pickle
import shutil
import stat
import tempfile
import time
import traceback

from ikrar.models.roster.pieces import Unsplittable
from ikrar.models.roster.row_checker import RowChecker
from ikrar.models.roster.rows import gc_paused

UNSPLITTABLE = "unsplittable"
TEMP_PREFIX = "ikrar-import-"
STALE_AFTER = 24 * 3600  # seconds: a younger folder may be another import running right now


def remove_stale_folders(now: float | None = None) -> None:
    """Remove what killed imports left in the temporary folder: this user's own `ikrar-import-*`
    folders untouched for more than a day (no import runs that long, so none is in use)."""
    now = time.time() if now is None else now
    temp = tempfile.gettempdir()
    try:
        names = [n for n in os.listdir(temp) if n.startswith(TEMP_PREFIX)]
    except OSError:
        return
    for name in names:
        path = os.path.join(temp, name)
        with contextlib.suppress(OSError):
            info = os.lstat(path)  # a symlink is never followed, nor removed
            if not stat.S_ISDIR(info.st_mode):
                continue
            if hasattr(os, "getuid") and info.st_uid != os.getuid():
                continue  # someone else's (a shared /tmp); on Windows the temp folder is per user
            newest = max([info.st_mtime, *(os.lstat(os.path.join(path, n)).st_mtime for n in os.listdir(path))])
            if now - newest > STALE_AFTER:
                shutil.rmtree(path, ignore_errors=True)


def claim(counter) -> int:
    """The next unclaimed piece's index (the counter is shared by both processes)."""
    with counter.get_lock():
        index = counter.value
        counter.value = index + 1
    return index


def work(config, source, counter, path: str, conn) -> None:
    """The worker's body (top level, so that "spawn" can find it)."""
    with gc_paused():
        _work(config, source, counter, path, conn)


def _work(config, source, counter, path: str, conn) -> None:
    try:
        checker = RowChecker(config)
        with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600),
                  "wb") as out:  # people's data: this user's only
            offset, mine = 0, claim(counter)
            for index, piece in enumerate(source.pieces()):
                if index != mine:
                    continue
                try:
                    blob = pickle.dumps(checker.check_rows(*source.rows_of(piece)), pickle.HIGHEST_PROTOCOL)
                except Unsplittable:
                    conn.send((index, None, UNSPLITTABLE))
                    return
                out.write(blob)
                out.flush()
                conn.send((index, offset, len(blob)))
                offset += len(blob)
                mine = claim(counter)
        conn.send(("end", None, None))
    except BaseException as exc:  # the parent does what is left; it only needs to know
        with contextlib.suppress(Exception):
            conn.send((None, None, "".join(traceback.format_exception_only(exc)).strip()))
    finally:
        conn.close()


class Worker:
    def __init__(self, context, config, source):
        self.counter = context.Value("q", 0)
        self.dir = tempfile.mkdtemp(prefix=TEMP_PREFIX)  # 0700: this user's only
        self.path = os.path.join(self.dir, "results")
        self.conn, child_end = context.Pipe(duplex=False)
        self.process = context.Process(target=work, args=(config, source, self.counter, self.path, child_end),
                                       daemon=True, name="ikrar-import")
        try:
            self.process.start()
        except BaseException:
            self.conn.close()
            shutil.rmtree(self.dir, ignore_errors=True)
            raise
        finally:
            child_end.close()  # the parent's copy: when the child exits, the pipe ends
        self.notices: dict = {}  # piece -> (offset, length) or (None, why)
        self.ended = False  # nothing more will come
        self.file = None

    def _read_notices(self, wait: float) -> None:
        """Every notice that has arrived (waiting up to *wait* seconds for the first)."""
        try:
            while not self.ended and self.conn.poll(wait):
                index, offset, extra = self.conn.recv()
                wait = 0
                if index == "end" or index is None:
                    self.ended = True
                else:
                    self.notices[index] = (offset, extra)
                    if offset is None:
                        self.ended = True
        except (EOFError, OSError):  # the worker is gone
            self.ended = True

    def results(self, index: int, block: bool):
        """The checked rows of piece *index*; None when not in yet (block=False); False when the
        worker will not deliver them (do them here). Raises Unsplittable when the worker found the
        file cannot be cut there."""
        while True:
            self._read_notices(0)
            notice = self.notices.pop(index, None)
            if notice is not None:
                offset, extra = notice
                if offset is None:
                    if extra == UNSPLITTABLE:
                        raise Unsplittable()
                    return False
                if self.file is None:
                    self.file = open(self.path, "rb")  # noqa: SIM115 (read across results() calls; stop() closes it)
                self.file.seek(offset)
                return pickle.loads(self.file.read(extra))
            if self.ended:
                return False
            if not block:
                return None
            self._read_notices(0.2)
            if not self.ended and not self.process.is_alive():
                self._read_notices(0)  # what it sent before it went
                self.ended = True

    def stop(self) -> None:
        """Let the worker go and remove its file. At the end of the file it has nothing left to
        do but walk to the end of it, so it is not waited for either way."""
        if self.process.is_alive():
            self.process.terminate()
        self.process.join(timeout=5)
        for closing in (self.conn, self.file):
            if closing is not None:
                with contextlib.suppress(OSError):
                    closing.close()
        shutil.rmtree(self.dir, ignore_errors=True)
