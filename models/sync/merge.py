"""The verified import of .ikrar files: sync files, event packages and bundles.

A file is first verified whole (zip, signature, every member's SHA-256, the desk id against its key:
manifest.read_file); a bundle's every file is verified the same way. Its signer is met (a new desk
is named in the report), then its records are applied in one transaction (apply.py): any refusal
anywhere leaves the database as it was. Each import ends with a MergeReport.
"""
from __future__ import annotations

import hashlib
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from peewee import chunked

from ikrar.models import clock
from ikrar.models.errors import DomainError, Refused
from ikrar.models.queries.record import LIVE_PRESENT, PRESENT_ORDER
from ikrar.models.store import dialect, received
from ikrar.models.store.connection import database_folder, db
from ikrar.models.store.schema import Desk, ReceivedFile
from ikrar.models.sync import crypto
from ikrar.models.sync import records as rec
from ikrar.models.sync.apply import Applier, store_voids
from ikrar.models.sync.checking import stroke_workers
from ikrar.models.sync.crypto import fingerprint
from ikrar.models.sync.decisions import recompute
from ikrar.models.sync.errors import SyncRefused, damaged
from ikrar.models.sync.fields import Fields
from ikrar.models.sync.manifest import EXTENSION, VerifiedFile, load_bytes, read_file, write_atomically
from ikrar.models.sync.read_ahead import Ahead, read_ahead
from ikrar.models.voids import refresh, utc_key

MAX_DEPTH = 3  # a bundle of bundles of bundles (desk → regency → province → nation) at most


@dataclass
class MergeReport:
    path: str
    ok: bool = False
    kind: str | None = None
    desk_id: str | None = None
    desk_name: str = ""
    events: list[dict] = field(default_factory=list)
    new: Counter = field(default_factory=Counter)  # attendances, signatures, voids, people, units, events, ...
    known: Counter = field(default_factory=Counter)  # already here: attendances, signatures, people, events
    updated: Counter = field(default_factory=Counter)  # events (later version), people (from packages)
    duplicates: list[dict] = field(default_factory=list)  # people of this file also checked in at another desk
    conflicts: list[dict] = field(default_factory=list)  # same desk and UUID, other content (a copied key?)
    new_desks: list[dict] = field(default_factory=list)  # desks met for the first time: id, name, fingerprint
    hubs: list[dict] = field(default_factory=list)  # bundles' hubs: id, name, fingerprint, trusted, decisions
    error: DomainError | None = None
    already_merged: str | None = None  # when this very file (byte for byte) was merged here before

    def add(self, bucket: str, what: str, count: int = 1) -> None:
        getattr(self, bucket)[what] += count

    @property
    def refused(self) -> bool:
        return not self.ok

    @property
    def code(self) -> str | None:
        return self.error.code if self.error else None

    @property
    def member(self) -> str | None:
        return getattr(self.error, "member", None)

    def reason(self, lang: str | None = None) -> str:
        return self.error.text(lang) if self.error else ""

    def to_dict(self) -> dict:
        return {
            "path": self.path, "ok": self.ok, "kind": self.kind, "desk_id": self.desk_id, "desk_name": self.desk_name,
            "events": self.events, "new": _nonzero(self.new), "known": _nonzero(self.known),
            "updated": _nonzero(self.updated),
            "duplicates": self.duplicates, "conflicts": self.conflicts, "new_desks": self.new_desks,
            "hubs": self.hubs, "already_merged": self.already_merged,
            "refused": None if self.ok else {"code": self.code, "member": self.member, "reason": self.reason()},
        }


def _nonzero(counter: Counter) -> dict:
    return {k: v for k, v in sorted(counter.items()) if v}


def meet_signer(vf: VerifiedFile, report: MergeReport) -> None:
    """The desk that signed *vf* (its id is its key's, checked by read_file): recorded when first met
    and named in the report as new; its name is the one in the newest file it signed."""
    desk = Desk.get_or_none(Desk.id == vf.desk_id)
    made = vf.created_at
    try:
        made_key = utc_key(made)
    except (TypeError, ValueError):
        raise damaged("manifest.json", "waktu pembuatan berkas tidak sah", "the file's creation time is invalid",
                      code="bad_record") from None
    now = clock.iso(clock.now())
    if desk is None:
        Desk.create(id=vf.desk_id, name=vf.desk_name, is_local=False, public_key=vf.public_key, created_at=now,
                    trusted_at=now, name_at=made)
        report.new_desks.append({"id": vf.desk_id, "name": vf.desk_name, "fingerprint": fingerprint(vf.public_key),
                                 "kind": vf.kind})
        report.add("new", "desks")
        return
    if desk.is_local:
        return
    if desk.name_at is None or (made_key, vf.desk_name) > (utc_key(desk.name_at), desk.name):
        Desk.update(name=vf.desk_name, name_at=made).where(Desk.id == desk.id).execute()


# Only the file's people ({people}: their ids): grouping the whole event's records after every file
# made a hub's merge grow with the square of its files (144 s of 531 for 2,000 files: bench_hub.py).
_DUPLICATES = f"""
SELECT a.employee_id, a.id, a.desk_id, a.recorded_at, COALESCE(d.name, ''), e.name, COALESCE(e.nip, e.nik, '')
FROM attendance a JOIN employee e ON e.id = a.employee_id LEFT JOIN desk d ON d.id = a.desk_id
WHERE a.event_id = ? AND {LIVE_PRESENT} AND a.employee_id IN (
    SELECT a.employee_id FROM attendance a WHERE a.event_id = ? AND {LIVE_PRESENT} AND a.employee_id IN ({{people}})
    GROUP BY a.employee_id HAVING COUNT(*) > 1)
ORDER BY a.employee_id, {PRESENT_ORDER}
"""
PEOPLE_CHUNK = 500


def _duplicates(appliers: list[Applier]) -> list[dict]:
    """People of this file present at another desk too: the earliest live record counts."""
    found = []
    live = {pair for applier in appliers for pair in applier.file_live}
    for event_id in sorted({e for e, _ in live}):
        mine = sorted({p for e, p in live if e == event_id})
        people: dict[int, dict] = {}
        rows = (row for part in chunked(mine, PEOPLE_CHUNK)
                for row in db.execute_sql(_DUPLICATES.format(people=", ".join("?" * len(part))),
                                          (event_id, event_id, *part)))
        for emp, att, desk, at, desk_name, name, code in rows:
            entry = {"attendance_id": att, "desk_id": desk, "desk_name": desk_name, "recorded_at": at}
            if emp not in people:
                people[emp] = {"event_id": event_id, "name": name, "code": code, "counts": entry, "others": []}
            else:
                people[emp]["others"].append(entry)
        found += people.values()
    return found


def import_file(path: str | Path, passphrase: str | None = None, *, expect: str | None = None,
                ahead: Ahead | None = None) -> MergeReport:
    """Verify and merge one file (a desk's sync file, an event package, a hub's bundle). Never raises for
    a bad file: report.ok is False and report.error says why; a refused file changed nothing.
    *ahead*: the file as merge_files' read-ahead has it (its bytes, perhaps verified in the worker)."""
    report = MergeReport(path=str(path))
    try:
        blob = ahead.blob if ahead is not None and ahead.blob is not None else load_bytes(path)
        if _merged_before(blob, report, expect):
            if ahead is not None:
                ahead.drop()
            return report
        vf = ahead.verified(passphrase) if ahead is not None else read_file(blob, passphrase)
        report.kind, report.desk_id, report.desk_name = vf.kind, vf.desk_id, vf.desk_name
        if expect and vf.kind != expect:
            raise SyncRefused(
                f"Ini bukan {'paket acara' if expect == 'event-package' else 'berkas sinkron'} (jenisnya {vf.kind}).",
                f"This is not an {'event package' if expect == 'event-package' else 'sync file'} (it is {vf.kind}).",
                code="wrong_kind", member="manifest.json")
        with dialect.serialized():  # one merge at a time, on SQLite as on a shared server
            appliers = apply_file(vf, report)
            recompute()  # a desk met now may be one a trusted hub rejected before
            if vf.kind != "event-package":
                keep_received(vf)
            report.duplicates = _duplicates(appliers)
        report.ok = True
    except DomainError as err:
        report.error = err
    except OSError as err:
        report.error = Refused(f"{path}: tidak terbaca ({err.strerror or err})",
                               f"{path}: cannot read ({err.strerror or err})", code="unreadable")
    except Exception as err:  # noqa: BLE001 (any other failure: refused whole, rolled back, said)
        report.error = SyncRefused(f"Berkas tidak dapat digabung ({err}); tidak ada yang diubah.",
                                   f"The file cannot be merged ({err}); nothing was changed.", code="bad_record")
    if not report.ok:  # a refused file changed nothing: its counts would mislead
        for part in (report.new, report.known, report.updated, report.duplicates, report.conflicts, report.new_desks,
                     report.hubs):
            part.clear()
    return report


def _merged_before(blob: bytes, report: MergeReport, expect: str | None) -> bool:
    """A file merged here before, byte for byte (kept by its SHA-256: keep_received), brings nothing
    new: said so without reading, verifying and applying it again (merging 2,000 files again took as
    long as the first time: bench_hub.py). An encrypted file's hash is its content's, so it is read."""
    kept = _kept(blob)
    if kept is None or (expect and kept.kind != expect):
        return False
    desk = Desk.get_or_none(Desk.id == kept.desk)
    report.kind, report.desk_id = kept.kind, kept.desk
    report.desk_name = desk.name if desk is not None else ""
    report.already_merged, report.ok = kept.merged_at, True
    return True


def apply_file(vf: VerifiedFile, report: MergeReport, depth: int = 0) -> list[Applier]:
    """Apply a verified file inside the caller's transaction: a desk file's records, or every file in a
    bundle (each verified on its own) and the bundle's hub decisions. Returns the appliers."""
    meet_signer(vf, report)
    if vf.kind != "bundle":
        applier = Applier(vf, report)
        try:
            applier.run()
        except DomainError:
            raise
        except Exception as exc:  # noqa: BLE001 (a record the checks let through but the database refuses)
            raise damaged(applier.member, f"catatan tidak sah ({exc})", f"invalid record ({exc})",
                          code="bad_record") from None
        refresh(attendance_ids=applier.touched)
        return [applier]
    if depth >= MAX_DEPTH:
        raise damaged("manifest.json", "bundel bersarang terlalu dalam", "bundles nested too deeply")
    appliers = []
    names = sorted(n for n in vf.members if n.endswith(EXTENSION))
    for name, ahead in read_ahead(names, vf.members.__getitem__):
        try:
            inner = ahead.verified(None)
        except SyncRefused as exc:
            raise SyncRefused(f"{name} dalam bundel: {exc.id_text}", f"{name} in the bundle: {exc.en_text}",
                              code=exc.code, member=name) from None
        if inner.kind == "event-package":
            raise damaged(name, "paket acara tidak dibawa dalam bundel", "an event package does not travel in a bundle")
        appliers += apply_file(inner, report, depth + 1)
    hub = apply_decisions(vf, report)
    appliers.append(hub)
    return appliers


def apply_decisions(vf: VerifiedFile, report: MergeReport) -> Applier:
    """A bundle's hub decisions, stored as the hub's records; they count once this database trusts the
    hub (decisions.py)."""
    applier = Applier(vf, report)
    applier.member = "decisions.json"
    records = rec.check("decisions.json", vf.records("decisions.json"), rec.DECISION_SPEC)
    fields = Fields("decisions.json")
    voids, desk_decisions = [], []
    for i, r in enumerate(records):
        fields.texts(i, r, lines=("reason",))
        fields.shape(i, r, "id", "uuid")
        fields.time(i, r, "at")
        fields.one_of(i, r, "kind", ("void", "reject", "accept"))
        if r["kind"] == "void":
            fields.shape(i, r, "attendance", "uuid")
            fields.shape(i, r, "attendance_desk", "desk")
            voids.append((f"{vf.desk_id}:{r['id']}", f"{r['attendance_desk']}:{r['attendance']}", r["at"], r["reason"]))
        else:
            fields.shape(i, r, "desk", "desk")
            desk_decisions.append(r)
    store_voids(applier, voids, admin=True)
    for r in desk_decisions:
        cur = db.execute_sql("INSERT INTO desk_decision (id, desk_id, target, action, reason, decided_at, "
                             "decided_utc) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                             (f"{vf.desk_id}:{r['id']}", vf.desk_id, r["desk"], r["kind"], r["reason"], r["at"],
                              utc_key(r["at"])))
        report.add("new" if cur.rowcount else "known", "decisions")
    desk = Desk.get_by_id(vf.desk_id)
    report.hubs.append({"id": vf.desk_id, "name": vf.desk_name, "fingerprint": fingerprint(vf.public_key),
                        "trusted": bool(desk.hub_trusted) or bool(desk.is_local), "decisions": len(records)})
    recompute()
    refresh(attendance_ids=applier.touched)
    return applier


def keep_received(vf: VerifiedFile) -> None:
    """Keep the merged file, as signed, for a bundle to pass on: under the data folder's received/
    (private) on a desk, in the server's received_data table on a hub (every operator's bundle has it)."""
    folder = database_folder()
    on_server = received.kept_on_server()
    if (folder is None and not on_server) or not vf.raw:
        return
    sha = hashlib.sha256(vf.raw).hexdigest()
    if ReceivedFile.get_or_none(ReceivedFile.sha256 == sha) is None:
        if on_server:
            received.keep(sha, vf.raw)
        target = None if on_server else received_folder(folder) / f"{sha}{EXTENSION}"
        if target is not None and not target.exists():
            write_atomically(target, vf.raw)
            os.chmod(target, 0o600)
        ReceivedFile.create(sha256=sha, kind=vf.kind, desk=vf.desk_id, created_at=vf.created_at,
                            merged_at=clock.iso(clock.now()))


def received_folder(data_folder: Path) -> Path:
    folder = data_folder / "received"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def merge_files(paths, passphrase: str | None = None, *, progress=None, cancel=None) -> list[MergeReport]:
    """Merge several files one by one (each whole or not at all)."""
    reports = []
    paths = list(paths)
    with stroke_workers(len(paths), large=bool(paths) and _size(paths[0]) > LARGE):
        # a file merged before is answered without reading it; a bundle is read here, its files ahead
        files = read_ahead(paths, load_bytes, passphrase,
                           wanted=lambda blob: len(blob) <= LARGE and _kept(blob) is None)
        for i, (path, ahead) in enumerate(files):
            if cancel and cancel():
                files.close()
                break
            reports.append(import_file(path, passphrase, ahead=ahead))
            if progress:
                progress(i + 1, len(paths))
    return reports


LARGE = 4 * 1024 * 1024  # a file this size is a bundle or a very long day: worth a second process


def _size(path) -> int:
    try:
        return os.path.getsize(path)
    except (OSError, TypeError, ValueError):
        return 0


def _kept(blob: bytes) -> ReceivedFile | None:
    """The record of this very file merged here before, byte for byte (None for an encrypted file:
    its hash is its content's)."""
    if crypto.is_encrypted(blob):
        return None
    return ReceivedFile.get_or_none(ReceivedFile.sha256 == hashlib.sha256(blob).hexdigest())
