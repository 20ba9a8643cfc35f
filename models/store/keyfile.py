"""Where a hub on a server keeps its desk's private signing key: a key file in the operator's data
folder (platformdirs), readable by that user only. The server holds public keys only: every staff
member with a login to the database could otherwise sign bundles in the hub's name, and the server's
backups would carry the key. A SQLite desk keeps its key in its own (private) database file, as before.
"""
from __future__ import annotations

import contextlib
import os
from pathlib import Path

from ikrar.models.store.connection import PRIVATE_FILE, make_private_folder, operator_folder, tighten


def key_path(desk_id: str) -> Path:
    return operator_folder() / "keys" / f"{desk_id}.key"


def write_key(desk_id: str, private_raw: bytes) -> Path:
    """Write the raw private key (made 0600 before a byte is in it; replaced whole, never half)."""
    path = key_path(desk_id)
    make_private_folder(path.parent)
    tighten(path.parent)
    part = path.with_suffix(".part")
    with contextlib.suppress(FileNotFoundError):
        part.unlink()
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), PRIVATE_FILE)
    try:
        if os.name != "nt":
            os.fchmod(fd, PRIVATE_FILE)  # the umask may have taken bits away
        os.write(fd, private_raw)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(part, path)
    return path


def read_key(desk_id: str) -> bytes | None:
    """The key file's bytes, or None when this computer has none (another operator's, a new machine)."""
    try:
        raw = key_path(desk_id).read_bytes()
    except OSError:
        return None
    return raw if len(raw) == 32 else None
