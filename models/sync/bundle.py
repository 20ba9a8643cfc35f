"""The bundle (hub → BKPSDM, province, or another hub): every desk file this database merged, byte for
byte as its desk signed it (kept under the data folder's received/), this database's own sync file
when it recorded check-ins itself, and one list of this hub's own decisions (admin voids, rejected and
accepted desks), all signed by this hub's key. A receiver verifies every file inside on its own, so a
hub passes data on without being able to change it.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from ikrar.models.desk import local_desk
from ikrar.models.errors import Refused
from ikrar.models.store import received
from ikrar.models.store.connection import database_folder, db
from ikrar.models.store.integrity import check_before_export
from ikrar.models.store.schema import DeskDecision, Event, ReceivedFile, Void, record_uuid
from ikrar.models.sync.export import collect, slug, target_path
from ikrar.models.sync.manifest import EXTENSION, build_file, write_file
from ikrar.models.sync.merge import received_folder


def decisions() -> list[dict]:
    """This hub's own decisions, as a bundle carries them."""
    me = local_desk().id
    found = [{"id": record_uuid(v.id), "kind": "void", "attendance": record_uuid(v.attendance_id),
              "attendance_desk": v.attendance_id.split(":", 1)[0], "desk": None, "reason": v.reason,
              "at": v.voided_at}
             for v in Void.select().where((Void.desk == me) & (Void.admin == 1))]
    found += [{"id": record_uuid(d.id), "kind": d.action, "attendance": None, "attendance_desk": None,
               "desk": d.target, "reason": d.reason, "at": d.decided_at}
              for d in DeskDecision.select().where((DeskDecision.desk == me) & (DeskDecision.action != "trust"))]
    return sorted(found, key=lambda r: r["id"])


def _received_hashes() -> list[str]:
    return [row.sha256 for row in ReceivedFile.select(ReceivedFile.sha256).order_by(ReceivedFile.sha256)]


def _member(sha: str) -> str:
    return f"{sha[:32]}{EXTENSION}"


def _load_received(sha: str) -> bytes:
    """One kept file, checked against its hash; a missing or changed one is named (restore it, or merge
    it again)."""
    folder = database_folder()
    on_server = received.kept_on_server()
    path = received_folder(folder) / f"{sha}{EXTENSION}" if folder and not on_server else None
    try:
        data = (received.load(sha) or b"") if on_server else path.read_bytes() if path else b""
    except OSError:
        data = b""
    if on_server and hashlib.sha256(data).hexdigest() != sha:
        raise Refused(f"Berkas yang pernah digabung ({sha[:12]}…) tidak ada di server. Gabungkan lagi "
                      "berkas aslinya, lalu ekspor bundel lagi.",
                      f"A merged file ({sha[:12]}…) is not on the server. Merge the original file again, "
                      "then export the bundle again.", code="received_missing")
    if hashlib.sha256(data).hexdigest() != sha:
        raise Refused(f"Berkas yang pernah digabung hilang atau berubah: {path}. Gabungkan lagi berkas aslinya, "
                      "lalu ekspor bundel lagi.",
                      f"A merged file is missing or changed: {path}. Merge the original file again, then export "
                      "the bundle again.", code="received_missing")
    return data


def _received_size(sha: str) -> int:
    """A kept file's size without reading it (0 when it is missing: _load_received says so)."""
    if received.kept_on_server():
        return received.size(sha)
    folder = database_folder()
    try:
        return (received_folder(folder) / f"{sha}{EXTENSION}").stat().st_size if folder else 0
    except OSError:
        return 0


# One bundle file stays well inside what a receiver reads (manifest.MAX_FILE 256 MB on disk,
# container.MAX_MEMBERS 1,024 members, MAX_TOTAL 512 MB): a regency's 2,000 desk files (~850 MB) go in
# several parts, each signed on its own and each with the hub's decisions, merged like any files.
PART_BYTES = 200 << 20
PART_FILES = 1000


def parts(sizes: list[tuple[str, int]]) -> list[list[str]]:
    """The files (name, size) in order, cut into parts of at most PART_FILES files and PART_BYTES (a
    larger file alone); at least one part, empty when there is no file."""
    found, current, total = [], [], 0
    for name, size in sizes:
        if current and (len(current) >= PART_FILES or total + size > PART_BYTES):
            found.append(current)
            current, total = [], 0
        current.append(name)
        total += size
    return [*found, current] if current or not found else found


def export_bundle(out: str | Path, *, passphrase: str | None = None) -> list[Path]:
    """Write this hub's bundle into the folder (or as the file) *out*: one file, or several parts
    (…_1-dari-3.ikrar) when the merged files do not fit in one; returns the paths."""
    check_before_export()
    desk = local_desk()
    with db.atomic():  # one consistent snapshot
        hashes = _received_hashes()
        own_ids = [r[0] for r in db.execute_sql("SELECT DISTINCT event_id FROM attendance WHERE desk_id = ?",
                                                  (desk.id,))]
        own_events = list(Event.select().where(Event.id.in_(own_ids)).order_by(Event.id)) if own_ids else []
        own = {}
        if own_events:
            summary = [{"id": e.id, "title": e.title, "date": str(e.date)} for e in own_events]
            built = build_file("sync", desk, collect(own_events), events=summary)
            own[f"{hashlib.sha256(built).hexdigest()[:32]}{EXTENSION}"] = built
        listed = decisions()
    if not hashes and not own and not listed:
        raise Refused("Belum ada yang dapat dibundel: gabungkan berkas sinkron dari meja-meja dulu.",
                      "Nothing to bundle yet: merge the desks' sync files first.", code="empty")
    events = [{"id": e.id, "title": e.title, "date": str(e.date)}
              for e in Event.select().order_by(Event.date, Event.id)]
    cut = parts([(sha, _received_size(sha)) for sha in hashes] + [(name, len(data)) for name, data in own.items()])
    base = target_path(out, f"BUNDEL_{slug(desk.name, 16)}-{desk.id[:8].upper()}{EXTENSION}")
    written = []
    for number, names in enumerate(cut, 1):
        # each part's files read only when it is written: a regency's ~850 MB never held at once
        files = {name: own[name] if name in own else _load_received(name) for name in names}
        files = {name if name in own else _member(name): data for name, data in files.items()}
        path = base if len(cut) == 1 else base.with_name(f"{base.stem}_{number}-dari-{len(cut)}{EXTENSION}")
        written.append(write_file(path, "bundle", desk, {"decisions.json": listed}, events=events, files=files,
                                  passphrase=passphrase))
    return written
