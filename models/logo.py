"""The letterhead's logo: a PNG or JPG checked by its header (kind, size, bytes), kept in the database
itself as base64, read back for the documents."""
from __future__ import annotations

import base64
import binascii
import os
from pathlib import Path

from ikrar.models.errors import Refused
from ikrar.models.settings_registry import get, set
from ikrar.models.store.connection import db

LOGO_FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg"}
LOGO_MAX_BYTES = 1024 * 1024
LOGO_MAX_SIDE, LOGO_MIN_SIDE = 4000, 16


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from a JPEG's frame header (SOF0-SOF15 but DHT, JPG and DAC), else None."""
    i = 2
    while i + 9 <= len(data):
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7 or marker == 0xFF:  # no length follows
            i += 1 if marker == 0xFF else 2
            continue
        length = int.from_bytes(data[i + 2:i + 4], "big")
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            return int.from_bytes(data[i + 7:i + 9], "big"), int.from_bytes(data[i + 5:i + 7], "big")
        i += 2 + length
    return None


def logo_info(data: bytes) -> tuple[str, int, int]:
    """("PNG" or "JPEG", width, height) of a logo Ikrar keeps; Refused with one sentence otherwise."""
    if len(data) > LOGO_MAX_BYTES:
        raise _too_large(len(data))
    size, kind = None, ""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR":
        kind, size = "PNG", (int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big"))
    elif data[:3] == b"\xff\xd8\xff":
        kind, size = "JPEG", _jpeg_size(data)
    if size is None:
        raise Refused("Logo harus berupa gambar PNG atau JPG; berkas ini bukan gambar yang dapat dibaca.",
                      "The logo must be a PNG or JPG picture; this file is not one that can be read.", code="logo")
    width, height = size
    if max(width, height) > LOGO_MAX_SIDE or min(width, height) < LOGO_MIN_SIDE:
        raise Refused(f"Ukuran logo harus {LOGO_MIN_SIDE} sampai {LOGO_MAX_SIDE} piksel per sisi; "
                      f"gambar ini {width} × {height}.", f"The logo must be {LOGO_MIN_SIDE} to {LOGO_MAX_SIDE} "
                      f"pixels a side; this one is {width} × {height}.", code="logo")
    return kind, width, height


def _too_large(size: int) -> Refused:
    mb = f"{size / 1024 / 1024:.1f}"
    return Refused(f"Logo terlalu besar: paling banyak 1 MB, berkas ini {mb.replace('.', ',')} MB.",
                   f"The logo is too large: at most 1 MB, this file is {mb} MB.", code="logo")


def read_logo_file(source) -> bytes:
    """The bytes of a logo file, refused (one sentence) when too large or unreadable, before reading it all."""
    source = Path(source)
    try:
        size = source.stat().st_size
        if size > LOGO_MAX_BYTES:
            raise _too_large(size)
        return source.read_bytes()
    except OSError as exc:
        raise Refused(f"Berkas logo {source.name} tidak dapat dibaca ({exc.strerror or exc}).",
                      f"The logo file {source.name} cannot be read ({exc.strerror or exc}).", code="logo") from None


def store_logo(source: str | os.PathLike | bytes) -> bytes:
    """Keep the letterhead logo (a file's path, or its bytes) in the database itself, checked by
    logo_info: the reports find it when the original (a USB stick, Downloads) is gone, and it goes
    with a backup of the database. Returns the bytes stored."""
    data = bytes(source) if isinstance(source, bytes | bytearray) else read_logo_file(source)
    logo_info(data)
    with db.atomic():
        set("logo", base64.b64encode(data).decode("ascii"))
        set("logo_path", "")
    return data


def remove_logo() -> None:
    with db.atomic():
        set("logo", "")
        set("logo_path", "")


def logo_image() -> bytes | None:
    """The logo's bytes (PNG or JPEG), or None: no logo, or one that no longer passes logo_info. A
    logo set before it was kept in the database is read from its file (and kept at the next save)."""
    try:
        data = base64.b64decode(get("logo"), validate=True)
    except (binascii.Error, ValueError):
        data = b""
    if not data and get("logo_path"):
        try:
            data = read_logo_file(get("logo_path"))
        except Refused:
            return None
    if not data:
        return None
    try:
        logo_info(data)
    except Refused:
        return None
    return data
