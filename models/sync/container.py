"""The zip container of an .ikrar file, written and read by hand so that every byte is accounted for.

The writer makes one canonical layout (fixed time stamp 1980-01-01, no extra fields, no comments;
members deflated, the manifest and its signature stored). The reader parses the local entries,
rebuilds the canonical container around their stored bytes and requires it to equal the file byte
for byte, so a changed byte in the zip's own headers is refused; the manifest lists the SHA-256 of
each member's content and of its compressed bytes (deflate's padding bits are not covered by the
content). Any zip tool can still open the files.
"""
from __future__ import annotations

import struct
import zlib

from ikrar.models.sync.errors import damaged

_LOCAL = struct.Struct("<IHHHHHIIIHH")
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
_END = struct.Struct("<IHHHHIIH")
_LOCAL_SIG, _CENTRAL_SIG, _END_SIG = 0x04034B50, 0x02014B50, 0x06054B50
_VERSION = 20
_DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1980-01-01
_STORED, _DEFLATED = 0, 8
# Limits checked on the zip's own headers before anything is inflated (a file is hostile until
# verified). A desk's file for a 5,000-person apel with 600-point signatures holds ~75 MB of JSON.
MAX_MEMBERS = 1024  # a desk file has eight members; a bundle one per desk file it passes on
MAX_MEMBER = 256 << 20  # uncompressed, one member
MAX_TOTAL = 512 << 20  # uncompressed, all members
MAX_RATIO = 50  # uncompressed / compressed, for a member over 1 MiB: JSON deflates 3-15x, a bomb 1000x


Entry = tuple  # (name, method, crc32, uncompressed size, the bytes as stored in the zip)


def pack(name: str, data: bytes, compress: bool = True) -> Entry:
    if not compress:
        return name, _STORED, zlib.crc32(data), len(data), data
    packer = zlib.compressobj(3, zlib.DEFLATED, -15)  # 3x faster than 6 for a tenth more bytes
    return name, _DEFLATED, zlib.crc32(data), len(data), packer.compress(data) + packer.flush()


def _layout(entries: list[Entry]) -> bytes:
    """The canonical zip bytes around *entries*."""
    out, central = bytearray(), bytearray()
    for name, method, crc, size, packed in entries:
        raw_name = name.encode("ascii")
        offset = len(out)
        out += _LOCAL.pack(_LOCAL_SIG, _VERSION, 0, method, 0, _DOS_DATE, crc, len(packed), size, len(raw_name), 0)
        out += raw_name + packed
        central += _CENTRAL.pack(_CENTRAL_SIG, _VERSION, _VERSION, 0, method, 0, _DOS_DATE, crc, len(packed),
                                 size, len(raw_name), 0, 0, 0, 0, 0, offset) + raw_name
    start = len(out)
    out += central
    out += _END.pack(_END_SIG, 0, 0, len(entries), len(entries), len(central), start, 0)
    return bytes(out)


def build(entries: list[Entry]) -> bytes:
    """The zip bytes holding *entries* (from pack) in this order."""
    return _layout(entries)


def _check_limits(entries: list[Entry]) -> None:
    """Refuse before inflating: too many members, or sizes a real file never has (a zip bomb)."""
    if len(entries) > MAX_MEMBERS:
        raise damaged("zip", f"terlalu banyak anggota ({len(entries)})", f"too many members ({len(entries)})")
    total = 0
    for name, _method, _crc, size, packed in entries:
        total += size
        if size > MAX_MEMBER or total > MAX_TOTAL:
            raise damaged(name, "terlalu besar untuk berkas Ikrar", "too large for an Ikrar file")
        if size > 1 << 20 and size > MAX_RATIO * max(len(packed), 1):
            raise damaged(name, "rasio kompresi tidak wajar (bom zip?)",
                          "an implausible compression ratio (a zip bomb?)")


_PIECE = 1 << 20  # inflate in 1 MiB pieces
KEEP_AT_ONCE = 16 << 20  # members up to this size are kept in one pass (see _inflate)


def _pieces(packed: bytes):
    """The inflated content in pieces; raises zlib.error or ValueError (truncated, or data after the end)."""
    unpacker, rest = zlib.decompressobj(-15), packed
    while rest and not unpacker.eof:
        yield unpacker.decompress(rest, _PIECE)
        rest = unpacker.unconsumed_tail
    if not unpacker.eof or unpacker.unused_data:
        raise ValueError("truncated or trailing data")


def _inflate(name: str, method: int, packed: bytes, size: int, crc: int) -> bytearray | bytes:
    if method == _STORED:
        if zlib.crc32(packed) != crc or len(packed) != size:
            raise damaged(name, "isi rusak (CRC tidak cocok)", "content damaged (CRC mismatch)")
        return packed
    # A large member is first inflated keeping nothing, for its size and CRC: one that lies about its
    # size (a bomb the header checks let through) costs a piece of memory, not what it inflates to.
    # A small one (every member of a desk's file) is kept as it inflates: at most its stated size.
    keep = size <= KEEP_AT_ONCE
    content, got, check = bytearray(), 0, 0
    try:
        for piece in _pieces(packed):
            got += len(piece)
            if got > size:
                break
            check = zlib.crc32(piece, check)
            if keep:
                content += piece
    except (zlib.error, ValueError):
        raise damaged(name, "isi rusak (tidak dapat dibuka)", "content damaged (cannot be decompressed)") from None
    if got != size:
        raise damaged(name, "isi rusak (ukuran tidak cocok)", "content damaged (size mismatch)")
    if check != crc:
        raise damaged(name, "isi rusak (CRC tidak cocok)", "content damaged (CRC mismatch)")
    if not keep:
        for piece in _pieces(packed):
            content += piece
    return content


def read(blob: bytes) -> dict[str, tuple[bytes | bytearray, bytes]]:
    """{name: (content, stored bytes)} of a canonical .ikrar zip, in file order. Refuses anything else."""
    entries, members, pos = [], {}, 0
    while blob[pos:pos + 4] == _LOCAL_SIG.to_bytes(4, "little"):
        if pos + _LOCAL.size > len(blob):
            break
        fields = _LOCAL.unpack_from(blob, pos)
        method, crc, packed_size, size, name_len = fields[3], fields[6], fields[7], fields[8], fields[9]
        start = pos + _LOCAL.size
        try:
            name = blob[start:start + name_len].decode("ascii")
        except UnicodeDecodeError:
            name = repr(blob[start:start + name_len])
        packed = blob[start + name_len + fields[10]:start + name_len + fields[10] + packed_size]
        entries.append((name, method, crc, size, packed))
        pos = start + name_len + fields[10] + packed_size
    if not entries:
        raise damaged("zip", "bukan berkas Ikrar (.ikrar)", "not an Ikrar file (.ikrar)", code="not_ikrar")
    if len({e[0] for e in entries}) != len(entries):
        raise damaged("zip", "nama anggota berulang", "a member name appears twice")
    if _layout(entries) != blob:
        # name the member whose stretch of the file differs, else the zip directory
        canonical = _layout(entries)
        # strict=False: the lengths may differ; if one is a prefix of the other, it differs at the shorter's end
        at = next((i for i, (a, b) in enumerate(zip(canonical, blob, strict=False)) if a != b),
                  min(len(canonical), len(blob)))
        where, offset = "zip", 0
        for name, _method, _crc, _size, packed in entries:
            end = offset + _LOCAL.size + len(name) + len(packed)
            if offset <= at < end:
                where = name
                break
            offset = end
        raise damaged(where, "struktur zip berubah", "the zip structure was changed")
    _check_limits(entries)
    for name, method, crc, size, packed in entries:
        if method not in (_STORED, _DEFLATED):
            raise damaged(name, "metode kompresi tidak dikenal", "unknown compression method")
        members[name] = (_inflate(name, method, packed, size, crc), packed)
    return members
