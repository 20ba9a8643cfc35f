"""Writing a document safely, without reportlab: the path checked up front, a temporary file moved
into place when done (on the disk before it takes its name), file names made from data kept inside
their folder, progress and cancel, and the fingerprint printed in every footer."""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import unicodedata
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
        discard(probe)
        with open(probe, "xb"):  # (exclusive: never through a link planted there)
            pass
        probe.unlink()
    except OSError as exc:
        raise refuse(exc.strerror or str(exc), exc.strerror or str(exc)) from None
    return path


def temp_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.part")


def fresh_temp(path: Path) -> Path:
    """The temp file to write *path* through, any stale one removed first (left by a killed run, or a
    link planted there): writing it then creates a new file and never follows a link elsewhere."""
    tmp = temp_path(Path(path))
    discard(tmp)
    return tmp


def finish_file(tmp: Path, path: Path, *, sync_folder: bool = True) -> None:
    """Move a finished temp file into place (a cancelled or failed build never leaves half a file).

    The bytes reach the disk before the rename (a power cut never leaves a truncated document under
    its final name) and, with *sync_folder*, the rename itself before we return. On any failure
    the temp file is removed."""
    tmp, path = Path(tmp), Path(path)
    try:
        with open(tmp, "rb+") as handle:  # (Windows flushes only a handle opened for writing)
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        discard(tmp)
        raise
    if sync_folder:
        sync_dir(path.parent)


def sync_dir(folder: Path) -> None:
    """Make the renames in *folder* durable (POSIX; NTFS journals them, and Windows cannot open a
    folder to flush it). A file system that refuses (some network or FAT mounts) is left as it is."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def discard(tmp: Path) -> None:
    with contextlib.suppress(OSError):
        tmp.unlink()


# --- file names made from data -------------------------------------------------------------------
# A NIP or a name may come from another desk's sync file: nothing of it reaches a path unsanitised.

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")
_DEVICES = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", *(f"{d}{n}" for d in ("COM", "LPT") for n in range(10))}
STEM_LIMIT = 100


def safe_part(text, limit: int = 60) -> str:
    """*text* as ASCII letters, digits, '-' and '_' only: accents dropped (é → e), every other run of
    characters one '_', at most *limit* characters, never starting or ending with '-' or '_'."""
    ascii_text = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode("ascii")
    return _UNSAFE.sub("_", ascii_text).strip("_-")[:limit].strip("_-")


class FileNames:
    """Safe file names for one folder: only sanitised parts, bounded, never a Windows device name,
    and unique (ignoring case, as Windows and macOS do)."""

    def __init__(self):
        self.taken: set[str] = set()

    def name(self, parts, *, fallback: str, suffix: str) -> str:
        stem = "_".join(p for p in (safe_part(x) for x in parts) if p)[:STEM_LIMIT].strip("_-")
        stem = stem or safe_part(fallback) or "berkas"
        if stem.upper() in _DEVICES:
            stem = f"x_{stem}"
        candidate, n = stem, 1
        while (candidate + suffix).lower() in self.taken:
            n += 1
            candidate = f"{stem}_{n}"
        self.taken.add((candidate + suffix).lower())
        return candidate + suffix


def inside(folder: Path, name: str) -> Path:
    """*folder* / *name*, refused unless it is a file directly in *folder* once every link is
    followed, and neither it nor its temp file is a link planted there."""
    base = Path(folder).resolve()
    target = base / name
    plain = name not in ("", ".", "..") and Path(name).name == name and "\\" not in name
    if not plain or any(p.is_symlink() or p.resolve().parent != base for p in (target, temp_path(target))):
        raise Refused(f"Berkas {name!r} tidak akan tertulis di dalam folder {base}, jadi ekspor dihentikan.",
                      f"The file {name!r} would not be written inside the folder {base}, so the export was stopped.",
                      code="unsafe_path")
    return target
