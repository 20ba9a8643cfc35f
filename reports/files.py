"""Writing a document safely, without reportlab: the path checked up front, a temporary file moved
into place when done, progress and cancel, and the fingerprint printed in every footer."""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path

from ikrar.models.errors import Refused


def fingerprint(payload) -> str:
    """A short hash of the data a document shows, printed in its footer so a sheet can be matched
    to its sync file later."""
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


class Cancelled(Exception):
    """The user cancelled a report; no file was written."""


class Ticker:
    """Counts finished units of work (rows, pages), reports progress and honours cancel."""

    def __init__(self, total: int, progress=None, cancel=None):
        self.total, self.done = max(int(total), 1), 0
        self.progress, self.cancel = progress, cancel

    def add(self, n: int = 1) -> None:
        self.done = min(self.done + n, self.total)
        if self.cancel is not None and self.cancel():
            raise Cancelled()
        if self.progress is not None:
            self.progress(self.done, self.total)


def check_writable(path: Path, *, folder: bool = False) -> Path:
    """Refuse up front a path that cannot be written, by trying (permissions alone say nothing to
    root or on a read-only stick), so no work is wasted. A folder is created if its parent exists."""
    path = Path(path).expanduser()

    def refuse(id_reason: str, en_reason: str) -> Refused:
        return Refused(f"Tidak dapat menulis ke {path}: {id_reason}.", f"Cannot write to {path}: {en_reason}.",
                       code="unwritable")

    if not path.parent.is_dir():
        raise refuse("folder tidak ada", "the folder does not exist")
    if folder and path.exists() and not path.is_dir():
        raise refuse("sudah ada berkas dengan nama itu", "a file of that name exists")
    if not folder and path.is_dir():
        raise refuse("itu sebuah folder", "it is a folder")
    try:
        if folder:
            path.mkdir(exist_ok=True)
        probe = (path / ".ikrar-probe") if folder else temp_path(path)
        with open(probe, "wb"):
            pass
        probe.unlink()
    except OSError as exc:
        raise refuse(exc.strerror or str(exc), exc.strerror or str(exc)) from None
    return path


def temp_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.part")


def finish_file(tmp: Path, path: Path) -> None:
    """Move a finished temp file into place (a cancelled or failed build never leaves half a file)."""
    os.replace(tmp, path)


def discard(tmp: Path) -> None:
    with contextlib.suppress(OSError):
        tmp.unlink()
