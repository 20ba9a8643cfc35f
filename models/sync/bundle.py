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


def received_files() -> dict[str, bytes]:
    """The kept files by member name; a missing or changed one is named (restore it, or merge it again)."""
    folder = database_folder()
    on_server = received.kept_on_server()
    files = {}
    for row in ReceivedFile.select().order_by(ReceivedFile.sha256):
        path = received_folder(folder) / f"{row.sha256}{EXTENSION}" if folder and not on_server else None
        try:
            data = (received.load(row.sha256) or b"") if on_server else path.read_bytes() if path else b""
        except OSError:
            data = b""
        if on_server and hashlib.sha256(data).hexdigest() != row.sha256:
            raise Refused(f"Berkas yang pernah digabung ({row.sha256[:12]}…) tidak ada di server. Gabungkan lagi "
                          "berkas aslinya, lalu ekspor bundel lagi.",
                          f"A merged file ({row.sha256[:12]}…) is not on the server. Merge the original file again, "
                          "then export the bundle again.", code="received_missing")
        if hashlib.sha256(data).hexdigest() != row.sha256:
            raise Refused(f"Berkas yang pernah digabung hilang atau berubah: {path}. Gabungkan lagi berkas aslinya, "
                          "lalu ekspor bundel lagi.",
                          f"A merged file is missing or changed: {path}. Merge the original file again, then export "
                          "the bundle again.", code="received_missing")
        files[f"{row.sha256[:32]}{EXTENSION}"] = data
    return files


def export_bundle(out: str | Path, *, passphrase: str | None = None) -> Path:
    """Write this hub's bundle into the folder (or as the file) *out*; returns the path."""
    check_before_export()
    desk = local_desk()
    with db.atomic():  # one consistent snapshot
        files = received_files()
        own_ids = [r[0] for r in db.execute_sql("SELECT DISTINCT event_id FROM attendance WHERE desk_id = ?",
                                                  (desk.id,))]
        own_events = list(Event.select().where(Event.id.in_(own_ids)).order_by(Event.id)) if own_ids else []
        if own_events:
            summary = [{"id": e.id, "title": e.title, "date": str(e.date)} for e in own_events]
            own = build_file("sync", desk, collect(own_events), events=summary)
            files[f"{hashlib.sha256(own).hexdigest()[:32]}{EXTENSION}"] = own
        listed = decisions()
    if not files and not listed:
        raise Refused("Belum ada yang dapat dibundel: gabungkan berkas sinkron dari meja-meja dulu.",
                      "Nothing to bundle yet: merge the desks' sync files first.", code="empty")
    events = [{"id": e.id, "title": e.title, "date": str(e.date)}
              for e in Event.select().order_by(Event.date, Event.id)]
    path = target_path(out, f"BUNDEL_{slug(desk.name, 16)}-{desk.id[:8].upper()}{EXTENSION}")
    return write_file(path, "bundle", desk, {"decisions.json": listed}, events=events, files=files,
                      passphrase=passphrase)
