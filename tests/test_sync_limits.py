"""Limits before work: a zip bomb, a file too large, too many members and a scrypt bomb are refused
quickly and without inflating or deriving anything (a sync file is hostile until verified)."""
from __future__ import annotations

import time
import tracemalloc
import zlib

import pytest

from ikrar.models.sync import container, crypto
from ikrar.models.sync.errors import SyncRefused
from ikrar.models.sync.manifest import MAX_FILE, read_file


def deflated_zeros(size: int) -> container.Entry:
    """A member of *size* zero bytes, compressed in pieces (never held whole in memory)."""
    packer, packed, crc, piece = zlib.compressobj(9, zlib.DEFLATED, -15), bytearray(), 0, b"\0" * (1 << 20)
    for _ in range(size >> 20):
        packed += packer.compress(piece)
        crc = zlib.crc32(piece, crc)
    packed += packer.flush()
    return "attendances.json", 8, crc, size, bytes(packed)


def refused_cheaply(blob_or_path, passphrase=None) -> SyncRefused:
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(SyncRefused) as caught:
            read_file(blob_or_path, passphrase)
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert time.perf_counter() - started < 2  # a bomb is refused, not worked through
    assert peak < 100 << 20
    return caught.value


def test_a_zip_bomb_is_refused_before_it_is_inflated():
    bomb = container.build([container.pack("manifest.json", b"{}", compress=False),
                            container.pack("manifest.sig", b"\0" * 64, compress=False), deflated_zeros(200 << 20)])
    assert len(bomb) < 1 << 20  # 200 MB of zeros in well under a megabyte
    refused = refused_cheaply(bomb)
    assert refused.member == "attendances.json" and "bomb" in refused.en_text


def test_members_larger_than_any_ikrar_file_are_refused():
    big = deflated_zeros(container.MAX_MEMBER + (1 << 20))
    with pytest.raises(SyncRefused, match="terlalu besar|too large"):
        container.read(container.build([big]))


def test_too_many_members_are_refused():
    many = [container.pack(f"m{i:02d}.json", b"[]\n") for i in range(container.MAX_MEMBERS + 1)]
    with pytest.raises(SyncRefused, match="terlalu banyak anggota|too many members"):
        container.read(container.build(many))


def test_a_file_over_the_size_limit_is_not_even_read(tmp_path):
    huge = tmp_path / "huge.ikrar"
    with open(huge, "wb") as handle:
        handle.truncate(MAX_FILE + 1)  # sparse: costs no disk
    assert "too large" in refused_cheaply(huge).en_text


def test_a_scrypt_bomb_is_refused_before_any_key_is_derived():
    real = crypto.encrypt(b"zip bytes", "kata sandi rahasia")
    header = bytearray(real)
    header[len(crypto.MAGIC) + 1:len(crypto.MAGIC) + 4] = bytes([20, 32, 4])  # 4 GB, tens of seconds
    assert refused_cheaply(bytes(header), "kata sandi rahasia").code == "tampered"


def test_the_old_envelope_asks_for_a_new_export():
    old = bytearray(crypto.encrypt(b"zip bytes", "kata sandi rahasia"))
    old[len(crypto.MAGIC)] = 1
    refused = refused_cheaply(bytes(old), "kata sandi rahasia")
    assert refused.code == "format_version" and "export it again" in refused.en_text


def test_an_honest_encrypted_file_still_opens():
    blob = crypto.encrypt(b"zip bytes", "kata sandi rahasia")
    assert crypto.decrypt(blob, "kata sandi rahasia") == b"zip bytes"
