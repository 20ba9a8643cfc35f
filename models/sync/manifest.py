"""Writing and verifying .ikrar files: manifest.json (what is inside, with SHA-256 of every member),
manifest.sig (the desk's Ed25519 signature over the exact manifest bytes), and the JSON members.

Verification here is self-contained (the signature against the key the manifest names); whether that
key is the right one for that desk is the merge's question (merge.py).
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from ikrar.models import clock
from ikrar.models.desk import signing_key
from ikrar.models.store.schema import Desk
from ikrar.models.sync import container, crypto
from ikrar.models.sync.errors import SyncRefused, damaged
from ikrar.resources import app_version

FORMAT = "ikrar"
# Version 2: the trust model (a desk is its key; a file carries only its signer's records; owner-signed
# events; voids as records; bundles). Version 1 files are refused with a request to re-export.
FORMAT_VERSION = 2
KINDS = ("event-package", "sync", "bundle")
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
EXTENSION = ".ikrar"
MAX_FILE = 256 << 20  # bytes on disk (see container.py's limits)
MAX_RECORDS = 250_000  # records in one member: a regency's roster (100,000 people) with room to spare
MAX_FIELDS = 25 * MAX_RECORDS  # key-value pairs in one member (a person has 17, a nested strokes text none)


def dump_records(records: list) -> bytes:
    """A JSON array, one record per line: small, and readable in a text editor or a diff."""
    lines = [json.dumps(r, ensure_ascii=False, separators=(",", ":"), sort_keys=True) for r in records]
    return ("[\n" + ",\n".join(lines) + "\n]\n").encode("utf-8")


@dataclass
class VerifiedFile:
    kind: str
    manifest: dict
    members: dict[str, bytes]
    desk_id: str
    desk_name: str
    public_key: bytes
    path: str = ""
    raw: bytes = b""  # the signed zip as read (decrypted): what received/ keeps and a bundle passes on
    # True when every signature in signatures.json passed the strokes check already, in the merge's
    # other process (merge.py's read-ahead); the applier then does not check them again
    strokes_ok: bool = False
    _parsed: dict = field(default_factory=dict)

    def records(self, name: str) -> list:
        """A member's records (an empty list when the file has no such member)."""
        if name not in self._parsed:
            if name not in self.members:
                return []
            content = self.members[name]
            # Python objects are 20-30x their JSON: count before parsing (a 34 MB member of "{}" took 830 MB)
            if content.count(b"{") > MAX_RECORDS or content.count(b":") > MAX_FIELDS:
                raise damaged(name, f"lebih dari {MAX_RECORDS:,} catatan".replace(",", "."),
                              f"more than {MAX_RECORDS:,} records", code="bad_record")
            try:
                value = json.loads(content.decode("utf-8"))
            except (UnicodeDecodeError, ValueError):
                raise damaged(name, "bukan JSON yang sah", "not valid JSON", code="bad_record") from None
            if not isinstance(value, list) or not all(isinstance(r, dict) for r in value):
                raise damaged(name, "harus berupa daftar objek", "must be a list of objects", code="bad_record")
            self._parsed[name] = value
        return self._parsed[name]

    @property
    def created_at(self) -> str:
        return str(self.manifest.get("created_at", ""))


def write_file(path: Path, kind: str, desk: Desk, members: dict[str, list], *, events: list[dict],
               passphrase: str | None = None, files: dict[str, bytes] | None = None) -> Path:
    """Write a signed .ikrar file to *path* (through a temporary name, renamed when complete)."""
    data = build_file(kind, desk, members, events=events, files=files)
    if passphrase is not None:
        data = crypto.encrypt(data, passphrase)
    write_atomically(path, data)
    return path


def build_file(kind: str, desk: Desk, members: dict[str, list], *, events: list[dict],
               files: dict[str, bytes] | None = None) -> bytes:
    """The bytes of a signed .ikrar file: JSON *members*, and for a bundle the signed *files* it passes
    on (stored as they are: they are compressed already)."""
    if kind not in KINDS:
        raise ValueError(kind)
    blobs = {name: dump_records(records) for name, records in sorted(members.items())}
    packed = {name: container.pack(name, blob) for name, blob in blobs.items()}
    for name, blob in sorted((files or {}).items()):
        blobs[name], packed[name] = blob, container.pack(name, blob, compress=False)
    manifest = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "kind": kind, "app_version": app_version(),
        "created_at": clock.iso(clock.now()),
        "desk": {"id": desk.id, "name": desk.name, "public_key": crypto.b64(desk.public_key)},
        "events": events,
        "counts": {name.removesuffix(".json"): len(records) for name, records in sorted(members.items())}
        | ({"files": len(files)} if files else {}),
        "members": {name: {"sha256": hashlib.sha256(blob).hexdigest(), "size": len(blob),
                           "zip_sha256": hashlib.sha256(packed[name][4]).hexdigest()} for name, blob in blobs.items()},
    }
    manifest_bytes = (json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
    signature = crypto.sign(signing_key(desk), manifest_bytes)
    return container.build([container.pack(MANIFEST, manifest_bytes, compress=False),
                            container.pack(SIGNATURE, signature, compress=False), *packed.values()])


def write_atomically(path: Path, data: bytes) -> None:
    """A half-written file (a pulled USB stick, a power cut) never carries the final name."""
    path = Path(path)
    temp = path.with_name(path.name + ".part")
    try:
        with open(temp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    try:  # make the rename itself durable where the platform allows it
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass


def load_bytes(source: str | os.PathLike | bytes) -> bytes:
    """The file's bytes, a file larger than any Ikrar file refused before it is read (what read_file
    takes back: reading a file once, to hash it first)."""
    return _load(source)[0]


def _load(source: str | os.PathLike | bytes) -> tuple[bytes, str]:
    """The file's bytes and path; a file larger than any Ikrar file is refused before it is read."""
    if isinstance(source, (bytes, bytearray)):
        return bytes(source), ""
    if Path(source).stat().st_size > MAX_FILE:
        raise damaged("zip", "berkas terlalu besar untuk berkas Ikrar", "the file is too large for an Ikrar file")
    return Path(source).read_bytes(), str(source)


def read_file(source: str | os.PathLike | bytes, passphrase: str | None = None) -> VerifiedFile:
    """Decrypt if needed, check the zip, the signature and every member's SHA-256. Raises SyncRefused."""
    blob, path = _load(source)
    if crypto.is_encrypted(blob):
        blob = crypto.decrypt(blob, passphrase)
    entries = container.read(blob)
    for name in (MANIFEST, SIGNATURE):
        if name not in entries or entries[name][0] != entries[name][1]:
            raise damaged(name, "tidak ada dalam berkas atau dikompresi", "missing from the file, or compressed")
    members = {name: content for name, (content, _stored) in entries.items()}
    manifest_bytes = members.pop(MANIFEST)
    signature = members.pop(SIGNATURE)
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
        desk = manifest["desk"]
        desk_id, desk_name, public_key = str(desk["id"]), str(desk.get("name", "")), crypto.unb64(desk["public_key"])
        listed = manifest["members"]
        if not isinstance(listed, dict):
            raise TypeError
    except (UnicodeDecodeError, ValueError, KeyError, TypeError):
        raise damaged(MANIFEST, "tidak terbaca", "unreadable") from None
    if len(public_key) != 32 or not crypto.verify(public_key, signature, manifest_bytes):
        raise damaged(SIGNATURE, "tanda tangan tidak cocok dengan manifest.json (manifest atau tanda tangannya diubah)",
                      "the signature does not match manifest.json (the manifest or its signature was changed)")
    if manifest.get("format") != FORMAT or manifest.get("kind") not in KINDS:
        raise damaged(MANIFEST, "jenis berkas tidak dikenal", "unknown kind of file", code="not_ikrar")
    _check_version(manifest, desk_id, desk_name, public_key)
    for name in members:
        if name not in listed:
            raise damaged(name, "tidak tercantum dalam manifest", "not listed in the manifest")
    for name, entry in sorted(listed.items()):
        if name not in members:
            raise damaged(name, "tercantum dalam manifest tetapi tidak ada", "listed in the manifest but missing")
        if (not isinstance(entry, dict) or hashlib.sha256(members[name]).hexdigest() != entry.get("sha256")
                or hashlib.sha256(entries[name][1]).hexdigest() != entry.get("zip_sha256")):
            raise damaged(name, "SHA-256 tidak cocok dengan manifest (isinya diubah)",
                          "SHA-256 does not match the manifest (its content was changed)")
    return VerifiedFile(manifest["kind"], manifest, members, desk_id, _said(desk_name, 80), public_key, path, blob)


def _check_version(manifest: dict, desk_id: str, desk_name: str, public_key: bytes) -> None:
    """Only this format is read: a newer one needs an update, an older one a re-export."""
    version = manifest.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise SyncRefused(
            f"Berkas dibuat dengan format versi {_said(version)}; perbarui Ikrar untuk membacanya.",
            f"The file uses format version {_said(version)}; update Ikrar to read it.",
            code="format_version", member=MANIFEST)
    if version < FORMAT_VERSION:
        raise SyncRefused(
            f"Berkas ini dibuat oleh Ikrar versi lama (format {version}) dan tidak lagi diterima. Minta meja "
            f"'{_said(desk_name, 40)}' memperbarui Ikrar lalu mengekspor berkas sinkronnya lagi.",
            f"This file was made by an old Ikrar (format {version}) and is no longer accepted. Ask desk "
            f"'{_said(desk_name, 40)}' to update Ikrar and export its sync file again.",
            code="format_version", member=MANIFEST)
    if desk_id != crypto.desk_id_of(public_key):
        raise damaged(MANIFEST, "id meja tidak sesuai dengan kuncinya (berkas mengaku dari meja lain)",
                      "the desk id does not match its key (the file claims another desk)", code="desk_id")


def _said(value, limit: int = 12) -> str:
    """A value from a file, fit to quote in a sentence: printable, short."""
    text = "".join(c for c in str(value) if c.isprintable())
    return text[:limit] + ("…" if len(text) > limit else "")
