"""The verified import of .ikrar files (sync files and event packages) and the trust of desk keys.

A file is first verified whole (zip, signature, every member's SHA-256: manifest.read_file), then
its desk key is checked against the desk we know, then its records are applied in one transaction:
any refusal anywhere leaves the database as it was. Each import ends with a MergeReport.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ikrar.models import clock, settings
from ikrar.models.errors import DomainError, Refused
from ikrar.models.queries.record import LIVE_PRESENT, PRESENT_ORDER
from ikrar.models.store.connection import db
from ikrar.models.store.schema import Desk
from ikrar.models.sync.apply import Applier
from ikrar.models.sync.crypto import fingerprint
from ikrar.models.sync.errors import SyncRefused, damaged
from ikrar.models.sync.manifest import VerifiedFile, read_file


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
    conflicts: list[dict] = field(default_factory=list)  # single records not taken, with why
    error: DomainError | None = None

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
            "duplicates": self.duplicates, "conflicts": self.conflicts,
            "refused": None if self.ok else {"code": self.code, "member": self.member, "reason": self.reason()},
        }


def _nonzero(counter: Counter) -> dict:
    return {k: v for k, v in sorted(counter.items()) if v}


def check_signer(vf: VerifiedFile, report: MergeReport) -> None:
    """A desk met for the first time is recorded with its key; a known desk must sign with the key we know."""
    desk = Desk.get_or_none(Desk.id == vf.desk_id)
    if desk is None:
        own = next((r for r in vf.records("desks.json") if r.get("id") == vf.desk_id), {})
        Desk.create(id=vf.desk_id, name=vf.desk_name, is_local=False, public_key=vf.public_key,
                    created_at=str(own.get("created_at") or vf.created_at), trusted_at=clock.iso(clock.now()))
        report.add("new", "desks")
        return
    known = bytes(desk.public_key) if desk.public_key else None
    if known == vf.public_key:
        if desk.trusted_at is None and not desk.is_local:  # met second-hand before; now it signed itself
            desk.trusted_at = clock.iso(clock.now())
            desk.save()
        return
    if known is None and not desk.is_local:
        desk.public_key, desk.trusted_at = vf.public_key, clock.iso(clock.now())
        desk.save()
        return
    if desk.is_local:
        raise SyncRefused(
            "Berkas ini mengaku dibuat oleh meja ini, tetapi dengan kunci lain; ditolak.",
            "This file claims to come from this desk, but with another key; refused.",
            code="own_desk_key", member="manifest.sig")
    raise SyncRefused(
        f"Meja '{desk.name}' ({desk.id[:8]}) sudah dikenal dengan kunci {fingerprint(known)}, tetapi berkas ini "
        f"ditandatangani dengan kunci {fingerprint(vf.public_key)}. Jika laptop itu dipasang ulang, "
        f"terima kunci barunya: ikrar desk trust BERKAS.",
        f"Desk '{desk.name}' ({desk.id[:8]}) is known with key {fingerprint(known)}, but this file is signed "
        f"with key {fingerprint(vf.public_key)}. If that laptop was reinstalled, accept its new key: "
        f"ikrar desk trust FILE.",
        code="desk_key_changed", member="manifest.sig", desk_id=desk.id)


_DUPLICATES = f"""
SELECT a.employee_id, a.id, a.desk_id, a.recorded_at, COALESCE(d.name, ''), e.name, COALESCE(e.nip, e.nik, '')
FROM attendance a JOIN employee e ON e.id = a.employee_id LEFT JOIN desk d ON d.id = a.desk_id
WHERE a.event_id = ? AND {LIVE_PRESENT} AND a.employee_id IN (
    SELECT a.employee_id FROM attendance a WHERE a.event_id = ? AND {LIVE_PRESENT}
    GROUP BY a.employee_id HAVING COUNT(*) > 1)
ORDER BY a.employee_id, {PRESENT_ORDER}
"""


def _duplicates(applier: Applier) -> list[dict]:
    """People of this file present at another desk too: the earliest live record counts."""
    found = []
    for event_id in sorted({e for e, _ in getattr(applier, "file_live", [])}):
        mine = {p for e, p in applier.file_live if e == event_id}
        people: dict[int, dict] = {}
        for emp, att, desk, at, desk_name, name, code in db.execute_sql(_DUPLICATES, (event_id, event_id)):
            if emp not in mine:
                continue
            entry = {"attendance_id": att, "desk_id": desk, "desk_name": desk_name, "recorded_at": at}
            if emp not in people:
                people[emp] = {"event_id": event_id, "name": name, "code": code, "counts": entry, "others": []}
            else:
                people[emp]["others"].append(entry)
        found += people.values()
    return found


def import_file(path: str | Path, passphrase: str | None = None, *, expect: str | None = None) -> MergeReport:
    """Verify and merge one file. Never raises for a bad file: report.ok is False and report.error says why."""
    report = MergeReport(path=str(path))
    try:
        vf = read_file(path, passphrase)
        report.kind, report.desk_id, report.desk_name = vf.kind, vf.desk_id, vf.desk_name
        if expect and vf.kind != expect:
            raise SyncRefused(
                f"Ini bukan {'paket acara' if expect == 'event-package' else 'berkas sinkron'} (jenisnya {vf.kind}).",
                f"This is not an {'event package' if expect == 'event-package' else 'sync file'} (it is {vf.kind}).",
                code="wrong_kind", member="manifest.json")
        with db.atomic("IMMEDIATE"):
            check_signer(vf, report)
            applier = Applier(vf, report)
            try:
                applier.run()
            except DomainError:
                raise
            except Exception as exc:  # noqa: BLE001 (a record the checks let through but the database refuses)
                raise damaged(applier.member, f"catatan tidak sah ({exc})", f"invalid record ({exc})",
                              code="bad_record") from None
            report.duplicates = _duplicates(applier)
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
        for part in (report.new, report.known, report.updated, report.duplicates, report.conflicts):
            part.clear()
    return report


def merge_files(paths, passphrase: str | None = None, *, progress=None, cancel=None) -> list[MergeReport]:
    """Merge several files one by one (each whole or not at all)."""
    reports = []
    paths = list(paths)
    for i, path in enumerate(paths):
        if cancel and cancel():
            break
        reports.append(import_file(path, passphrase))
        if progress:
            progress(i + 1, len(paths))
    return reports


def trust_file(path: str | Path, passphrase: str | None = None, *, pin: str | None = None) -> tuple[Desk, str, str]:
    """Accept the key that signed *path* for its desk (a reinstalled laptop). Needs the admin PIN when one
    is set. Returns (desk, old fingerprint, new fingerprint); merge the file afterwards as usual."""
    if settings.has_admin_pin() and not settings.check_admin_pin(pin or ""):
        raise Refused("PIN admin salah.", "Wrong admin PIN.", code="pin")
    vf = read_file(path, passphrase)
    with db.atomic("IMMEDIATE"):
        desk = Desk.get_or_none(Desk.id == vf.desk_id)
        if desk is not None and desk.is_local:
            raise SyncRefused("Kunci meja ini sendiri tidak dapat diganti dari berkas.",
                              "This desk's own key cannot be replaced from a file.", code="own_desk_key")
        old = fingerprint(desk.public_key) if desk is not None and desk.public_key else ""
        now = clock.iso(clock.now())
        if desk is None:
            desk = Desk.create(id=vf.desk_id, name=vf.desk_name, is_local=False, public_key=vf.public_key,
                               created_at=vf.created_at, trusted_at=now)
        else:
            desk.public_key, desk.trusted_at = vf.public_key, now
            desk.save()
    return desk, old, fingerprint(vf.public_key)
