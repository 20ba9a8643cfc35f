"""A merged (or refused) file as the Sync screen's results show it: the row's cells, its details (what
the file brought, a new desk first, conflicts, a hub's decisions not yet counted) and the lines under
the table for its duplicates, each on its event's clock. Module functions: their texts are the Sync
screen's (the context "SyncView" of the translations)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ikrar.models import events
from ikrar.models.clock import parse_iso
from ikrar.models.errors import NotFound
from ikrar.ui.i18n import number, time_text


def recorded(duplicate: dict) -> str:
    """When the record that counts was made, on its event's clock: "23 November 2026 07.10 WIB"."""
    stamp = duplicate["counts"]["recorded_at"]
    try:
        tz = events.find_event(duplicate["event_id"]).tz
    except NotFound:
        tz = None  # (cannot happen: the file's event was merged) its own offset, named
    try:
        return time_text(parse_iso(stamp), tz, with_date=True)
    except ValueError:
        return stamp


def details(report) -> str:
    """What a merged file brought, one " · " between the parts; a refused file's reason."""
    if not report.ok:
        return report.reason()
    counts = (("signatures", QCoreApplication.translate("SyncView", "new signatures: {n}")),
              ("voids", QCoreApplication.translate("SyncView", "voids: {n}")),
              ("people", QCoreApplication.translate("SyncView", "new people: {n}")),
              ("events", QCoreApplication.translate("SyncView", "new events: {n}")))
    parts = [text.format(n=number(report.new[key])) for key, text in counts if report.new.get(key)]
    if any(report.updated.values()):
        updated = ", ".join(f"{k} {number(v)}" for k, v in report.updated.items() if v)
        parts.append(QCoreApplication.translate("SyncView", "updated: {what}").format(what=updated))
    parts[:0] = [QCoreApplication.translate("SyncView", "NEW DESK {name}, fingerprint {fp}").format(
        name=d["name"], fp=d["fingerprint"]) for d in report.new_desks]  # first: a key nobody expected is worth a look
    parts += [QCoreApplication.translate("SyncView", "CONFLICT {kind} {id}: same UUID, other content (a copied key?)")
              .format(kind=c["kind"], id=c["id"]) for c in report.conflicts]
    parts += [QCoreApplication.translate("SyncView", "hub {name}: {n} decisions not counted until you trust it").format(
        name=h["name"], n=number(h["decisions"])) for h in report.hubs if h["decisions"] and not h["trusted"]]
    if report.already_merged:
        parts.append(QCoreApplication.translate("SyncView", "this very file was merged before ({when}): nothing new")
                     .format(when=report.already_merged[:16].replace("T", " ")))
    return " · ".join(parts) or QCoreApplication.translate("SyncView", "nothing new")


def cells(report) -> list[str]:
    """The row: file, desk, result, new, already known, duplicates, details."""
    merged = QCoreApplication.translate("SyncView", "Merged") if report.ok else \
        QCoreApplication.translate("SyncView", "Refused")
    return [Path(report.path).name, report.desk_name or "", merged,
            number(report.new.get("attendances", 0)) if report.ok else "",
            number(report.known.get("attendances", 0)) if report.ok else "",
            number(len(report.duplicates)) if report.ok else "", details(report)]


def duplicate_lines(report, limit: int = 5) -> list[str]:
    """The first *limit* duplicates, each with where and when the record that counts was made."""
    return [QCoreApplication.translate("SyncView", "Duplicate: {name} ({code}) counts at {desk} {at}").format(
        name=d["name"], code=d["code"], desk=d["counts"]["desk_name"], at=recorded(d))
        for d in report.duplicates[:limit]]
