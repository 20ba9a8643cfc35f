"""Hostile-file benchmark: how long and how much memory it takes the hub to REFUSE a zip bomb, a zip
with too many members, and a "scrypt bomb" (an encryption envelope asking for a huge key derivation).
Target: each refused within 2 s and 100 MB. Prints figures; asserts nothing.

    python bench/bench_bombs.py [--gib 1] [--json-mb 32]

Each file goes to models.sync.merge.import_file (with a passphrase, as a clerk who was given one would
type it) in a child process of its own with an empty hub database, so the memory printed is that
refusal's own: the rise of the child's peak RSS (Linux: VmHWM, reset just before the import through
/proc/self/clear_refs) over its RSS before the import. The bombs are built with models/sync/container.py
around deflate data made by streaming zlib over chunks of zeros, so the bench itself never holds them
inflated. The zip bombs are otherwise well-formed: canonical zip layout, a manifest listing every
member's SHA-256, signed by a key of their own (a desk id that is that key's), so the size limits are
what refuses them.

The last case is no bomb by the zip's measure: a member inside every limit of container.py (under
256 MiB, under 50x its compressed size) holding millions of empty JSON objects. It shows what the zip
limits leave to the JSON parser; --json-mb sets its size (the limits allow up to 256).
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

from common import peak_mb, start_peak  # noqa: E402 (bench/ is on sys.path: the scripts run from it)
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ikrar.models import clock
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.models.sync import container, crypto
from ikrar.models.sync.manifest import FORMAT, FORMAT_VERSION, MANIFEST, SIGNATURE
from ikrar.models.sync.merge import import_file

WIB = timezone(timedelta(hours=7))
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=WIB)
PASSPHRASE = "kata sandi rahasia"
TARGET_S, TARGET_MB = 2.0, 100.0
CHUNK = 16 << 20  # zeros compressed per step: the bench holds this much, never the whole
DEFLATED = 8  # the zip method (container.py's _DEFLATED)


# ---- building the files ---------------------------------------------------------------------------

def deflated_zeros(size: int) -> tuple[bytes, int, str]:
    """Raw deflate of *size* zero bytes, streamed: (compressed bytes, CRC-32, SHA-256 of the content)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    zeros = memoryview(bytes(CHUNK))
    parts, crc, sha = [], 0, hashlib.sha256()
    left = size
    while left:
        piece = zeros[:min(left, CHUNK)]
        parts.append(packer.compress(piece))
        crc = zlib.crc32(piece, crc)
        sha.update(piece)
        left -= len(piece)
    parts.append(packer.flush())
    return b"".join(parts), crc, sha.hexdigest()


def empty_objects(size: int) -> tuple[bytes, int, int, str]:
    """Raw deflate of a JSON list of about *size* bytes: empty objects, with every 37th object holding
    random text so that the whole deflates no better than 40x (under container.MAX_RATIO).
    Returns (compressed bytes, CRC-32, content size, SHA-256 of the content)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = b"{}," * 3000
    parts, crc, sha, total = [], 0, hashlib.sha256(), 0

    def feed(data: bytes) -> None:
        nonlocal crc, total
        parts.append(packer.compress(data))
        crc = zlib.crc32(data, crc)
        sha.update(data)
        total += len(data)

    feed(b"[")
    while total < size:
        noise = base64.b64encode(os.urandom(180)).decode("ascii")
        feed(block + b'{"x":"' + noise.encode("ascii") + b'"},')
    feed(b"{}]")
    parts.append(packer.flush())
    return b"".join(parts), crc, total, sha.hexdigest()


def signed_zip(members: list[tuple[str, int, int, int, bytes, str]]) -> bytes:
    """A canonical, signed .ikrar zip around *members* (name, method, crc, size, stored bytes, sha256 of
    the content): what a hostile desk with a key of its own can make."""
    private = Ed25519PrivateKey.generate()
    public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    manifest = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "kind": "sync", "app_version": "0.1.0",
        "created_at": clock.iso(clock.now()),
        "desk": {"id": crypto.desk_id_of(public), "name": "Meja Bom", "public_key": crypto.b64(public)},
        "events": [], "counts": {},
        "members": {name: {"sha256": sha, "size": size, "zip_sha256": hashlib.sha256(stored).hexdigest()}
                    for name, _method, _crc, size, stored, sha in members},
    }
    manifest_bytes = (json.dumps(manifest, indent=2, sort_keys=True) + "\n").encode("utf-8")
    entries = [container.pack(MANIFEST, manifest_bytes, compress=False),
               container.pack(SIGNATURE, private.sign(manifest_bytes), compress=False),
               *[(name, method, crc, size, stored) for name, method, crc, size, stored, _sha in members]]
    return container.build(entries)


def envelope(version: int, log2_n: int, r: int, p: int) -> bytes:
    """An encryption envelope's header asking for scrypt(N = 2**log2_n, r, p), and 64 bytes of junk
    where the ciphertext and tag go: 104 bytes in all."""
    return crypto.MAGIC + bytes([version, log2_n, r, p]) + os.urandom(16 + 12) + os.urandom(64)


def scrypt_mb(log2_n: int, r: int) -> float:
    return 128 * r * (1 << log2_n) / 1e6


def build_cases(folder: Path, gib: float, json_mb: int) -> list[tuple[str, Path]]:
    cases = []

    def write(name: str, what: str, data: bytes) -> None:
        path = folder / name
        path.write_bytes(data)
        cases.append((what, path))

    size = int(gib * (1 << 30))
    t0 = time.perf_counter()
    packed, crc, sha = deflated_zeros(size)
    print(f"deflating {size / (1 << 30):g} GiB of zeros (streamed): {time.perf_counter() - t0:.1f} s, "
          f"{len(packed) / 1e6:.2f} MB compressed ({size / len(packed):,.0f}x)")
    human = f"{size / (1 << 30):g} GiB"
    write("bomb-honest.ikrar", f"zip bomb: a member that inflates to {human}, its header saying so",
          signed_zip([("attendances.json", DEFLATED, crc, size, packed, sha)]))
    claim = container.MAX_MEMBER - (1 << 20)
    write("bomb-under-member-limit.ikrar",
          f"zip bomb: inflates to {human}, its header claims {claim >> 20} MiB (under the member limit)",
          signed_zip([("attendances.json", DEFLATED, crc, claim, packed, sha)]))
    claim = container.MAX_RATIO * len(packed)
    write("bomb-within-ratio.ikrar",
          f"zip bomb: inflates to {human}, its header claims {claim / 1e6:.0f} MB "
          f"({container.MAX_RATIO}x its compressed size: every header limit passes)",
          signed_zip([("attendances.json", DEFLATED, crc, claim, packed, sha)]))
    claim = container.MAX_MEMBER - (1 << 20)
    junk = os.urandom(claim // (container.MAX_RATIO - 1) - len(packed))  # past the stream's end: never inflated
    write("bomb-at-limits.ikrar",
          f"zip bomb at the limits: claims {claim >> 20} MiB, the deflate stream of {human} of zeros followed by "
          f"{len(junk) / 1e6:.1f} MB of junk it never reaches (ratio {container.MAX_RATIO - 1}x: every header "
          "limit passes)",
          signed_zip([("attendances.json", DEFLATED, crc, claim, packed + junk, sha)]))
    many = container.MAX_MEMBERS + 1 - 2  # with the manifest and its signature: one over the limit
    small = [container.pack(f"m{i:04d}.json", b"[]\n") for i in range(many)]
    write("many-members.ikrar", f"zip with {many + 2:,} members (limit {container.MAX_MEMBERS:,})",
          signed_zip([(*e, hashlib.sha256(b"[]\n").hexdigest()) for e in small]))
    many = 0xFFFF - 2  # with the manifest and its signature, the most a zip without zip64 can list
    small = [container.pack(f"m{i:05d}.json", b"[]\n") for i in range(many)]
    write("very-many-members.ikrar", f"zip with {many + 2:,} members (the most a zip without zip64 lists)",
          signed_zip([(*e, hashlib.sha256(b"[]\n").hexdigest()) for e in small]))
    for version, log2_n, r, p, what in (
            (1, 22, 8, 1, "version 1 asking for N = 2^22, r = 8"),
            (1, 30, 255, 255, "version 1 asking for N = 2^30, r = 255, p = 255"),
            (2, 22, 8, 1, "version 2 with N = 2^22, r = 8 in its header"),
            (2, 63, 255, 255, "version 2 with N = 2^63, r = 255, p = 255 in its header")):
        write(f"scrypt-v{version}-{log2_n}-{r}.ikrar",
              f"scrypt bomb: {what} ({scrypt_mb(log2_n, r):,.0f} MB of scrypt memory)",
              envelope(version, log2_n, r, p))
    write("envelope-junk.ikrar", "envelope with the fixed parameters (N = 2^15, r = 8: 34 MB), junk inside "
          "(the cost of any encrypted file: for comparison)", envelope(2, 15, 8, 1))
    path = folder / "sparse-1gib.ikrar"
    with open(path, "wb") as handle:  # sparse: no disk used
        handle.write(crypto.MAGIC)
        handle.truncate(1 << 30)
    cases.append(("a 1 GiB file (sparse; over the 256 MiB file limit)", path))
    t0 = time.perf_counter()
    packed, crc, size, sha = empty_objects(json_mb << 20)
    print(f"JSON of empty objects, {size / 1e6:.0f} MB: {time.perf_counter() - t0:.1f} s, "
          f"{len(packed) / 1e6:.2f} MB compressed ({size / len(packed):.0f}x)")
    write("json-objects.ikrar",
          f"no bomb for the zip limits: pact_texts.json of {size / 1e6:.0f} MB, ~{size // 3 / 1e6:.0f} million "
          f"empty JSON objects ({size / len(packed):.0f}x)",
          signed_zip([("pact_texts.json", DEFLATED, crc, size, packed, sha)]))
    return cases


# ---- measuring one refusal (child process) --------------------------------------------------------

def child(path: str) -> None:
    clock.set_clock(NOW)
    with tempfile.TemporaryDirectory(prefix="ikrar-bench-bombs-hub-") as tmp:
        open_database(Path(tmp) / "hub.db")
        before = start_peak()
        t0 = time.perf_counter()
        report = import_file(path, PASSPHRASE)
        took = time.perf_counter() - t0
        peak = peak_mb()
        close_database()
    print(json.dumps({"ok": report.ok, "code": report.code, "member": report.member, "reason": report.reason("en"),
                      "seconds": took, "before_mb": before, "peak_mb": peak}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gib", type=float, default=1.0, help="what the zip bombs inflate to (GiB)")
    parser.add_argument("--json-mb", type=int, default=32, help="size of the empty-objects JSON member (MiB)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    clock.set_clock(NOW)
    with tempfile.TemporaryDirectory(prefix="ikrar-bench-bombs-") as tmp:
        cases = build_cases(Path(tmp), args.gib, args.json_mb)
        print(f"\nEach file refused by import_file; target within {TARGET_S:g} s and {TARGET_MB:g} MB "
              "(peak RSS rise of the importing process):")
        for what, path in cases:
            done = subprocess.run([sys.executable, __file__, "--child", str(path)], capture_output=True, text=True,
                                  check=False)
            if done.returncode:
                print(f"- {what} ({path.stat().st_size:,} bytes): the child failed (exit {done.returncode})\n"
                      f"{done.stderr.strip()[-2000:]}")
                continue
            fig = json.loads(done.stdout.strip().splitlines()[-1])
            rise = fig["peak_mb"] - fig["before_mb"]
            met = fig["seconds"] <= TARGET_S and rise <= TARGET_MB and not fig["ok"]
            print(f"- {what} ({path.stat().st_size:,} bytes on disk)\n"
                  f"  {'MERGED, not refused' if fig['ok'] else 'refused'} [{fig['code']}]: {fig['reason']}\n"
                  f"  {fig['seconds']:.3f} s, peak RSS +{rise:.1f} MB ({fig['before_mb']:.0f} -> "
                  f"{fig['peak_mb']:.0f} MB): {'met' if met else 'NOT MET'}", flush=True)


if __name__ == "__main__":
    main()
