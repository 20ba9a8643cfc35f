"""The sync file (desk → BKPSDM): every attendance, void, absence mark, walk-in and signature of the
chosen events held in this database (whichever desk made them, so an OPD can forward what it merged),
with the people, units, events, pact texts and desks a hub with an empty roster needs.
"""
from __future__ import annotations

import ctypes
import os
import re
import string
import sys
import unicodedata
from pathlib import Path

from peewee import chunked

from ikrar.models.desk import local_desk
from ikrar.models.errors import Refused
from ikrar.models.events import expected_units, find_event
from ikrar.models.store.connection import db
from ikrar.models.store.integrity import check_before_export
from ikrar.models.store.schema import Desk, Event
from ikrar.models.sync import records as rec
from ikrar.models.sync.manifest import EXTENSION, write_file

_CHUNK = 500  # ids per IN (...): well under SQLite's bound-parameter limit (999 before SQLite 3.32)


def slug(text: str, limit: int = 32) -> str:
    ascii_text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode("ascii")
    cleaned = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").upper()
    return cleaned[:limit].rstrip("-") or "X"


def file_name(events: list[Event], desk: Desk, label: str | None = None) -> str:
    """UNIT_EVENT_DATE_DESK.ikrar. UNIT is the event's one unit, or SEMUA when it spans units;
    DESK carries the desk id's start, since every new desk is called "Meja 1"."""

    unit = "SEMUA"
    if len(events) == 1:
        event = events[0]
        units = [] if event.all_units else expected_units(event)
        if len(units) == 1:
            unit = slug(units[0].name, 24)
        elif not event.all_units and not units and event.organizer_unit_id:
            unit = slug(event.organizer_unit.name, 24)
    title = slug(events[0].title, 32) if len(events) == 1 else f"{len(events)}-ACARA"
    day = min(str(e.date) for e in events)
    desk_part = label or f"{slug(desk.name, 16)}-{desk.id[:8].upper()}"
    return f"{unit}_{title}_{day}_{desk_part}{EXTENSION}"


def target_path(out: str | Path, name: str) -> Path:
    """*out* may be a folder (a USB stick) or a file name."""
    out = Path(out)
    if out.is_dir():
        return out / name
    if out.suffix.lower() != EXTENSION:
        out = out.with_name(out.name + EXTENSION)
    if not out.parent.is_dir():
        raise Refused(f"Folder {out.parent} tidak ada.", f"Folder {out.parent} does not exist.", code="folder")
    return out


def _rows(sql: str, ids: list, extra: str = "") -> list[tuple]:
    rows = []
    for part in chunked(ids, _CHUNK):
        rows += db.execute_sql(sql.format(marks=", ".join("?" * len(part))) + extra, part).fetchall()
    return rows


def collect(events: list[Event], progress=None) -> dict[str, list]:
    """The members of a sync file for *events*."""
    event_ids = [e.id for e in events]
    attendances = [rec.attendance_from_row(a) for a in _rows(
        f"SELECT {', '.join(rec.ATTENDANCE_COLS)} FROM attendance WHERE event_id IN ({{marks}})", event_ids,
        " ORDER BY recorded_utc, id")]
    if progress:
        progress(1, 4)
    attendance_ids = [a["id"] for a in attendances]
    signatures = [rec.signature_from_row(s) for s in _rows(
        f"SELECT {', '.join(rec.SIGNATURE_COLS)} FROM signature WHERE attendance_id IN ({{marks}})", attendance_ids)]
    signatures.sort(key=lambda s: s["id"])
    if progress:
        progress(2, 4)
    person_ids = sorted({a["person"] for a in attendances})
    people = []
    for part in chunked(person_ids, _CHUNK):
        people += rec.person_records(f"e.id IN ({', '.join('?' * len(part))})", part)
    if progress:
        progress(3, 4)
    event_records = [rec.event_record(e) for e in sorted(events, key=lambda e: e.id)]
    unit_names = {p["unit"] for p in people} | {e["organizer_unit"] for e in event_records}
    unit_names |= {name for e in event_records for name in e["units"]}
    units = [u for u in rec.unit_records() if u["name"] in unit_names]
    desk_ids = ({a["desk"] for a in attendances} | {a["void_desk"] for a in attendances if a["void_desk"]}
                | {s["desk"] for s in signatures})
    desk_ids.add(local_desk().id)
    desks = [rec.desk_record(d) for d in Desk.select().where(Desk.id.in_(sorted(desk_ids))).order_by(Desk.id)]
    shas = {e["pact_sha256"] for e in event_records if e["pact_sha256"]} | {s["pact_sha256"] for s in signatures}
    return {
        "attendances.json": attendances, "signatures.json": signatures,
        "people.json": people, "units.json": units, "events.json": event_records,
        "pact_texts.json": rec.pact_records(shas), "desks.json": desks,
    }


def as_events(events) -> list[Event]:
    """Events given as rows or ids (or one of either)."""

    items = list(events) if isinstance(events, (list, tuple)) else [events]
    return [e if isinstance(e, Event) else find_event(e) for e in items]


def removable_folders() -> list[str]:
    """Mounted USB sticks and other removable disks (best effort per platform), to write files to."""
    if sys.platform.startswith("win"):
        drives = [f"{d}:\\" for d in string.ascii_uppercase if os.path.exists(f"{d}:\\")]
        return [d for d in drives if ctypes.windll.kernel32.GetDriveTypeW(d) == 2]  # DRIVE_REMOVABLE
    user = os.environ.get("USER", "")
    roots = [Path("/Volumes")] if sys.platform == "darwin" else [Path("/media") / user, Path("/run/media") / user]
    return [str(p) for root in roots if root.is_dir() for p in sorted(root.iterdir()) if p.is_dir()]


def export_sync(events, out: str | Path, *, passphrase: str | None = None, progress=None, cancel=None) -> Path:
    """Write the sync file of *events* (rows or ids) into the folder (or as the file) *out*; returns the path."""
    events = as_events(events)
    if not events:
        raise Refused("Pilih paling sedikit satu acara.", "Choose at least one event.", code="event")
    check_before_export()
    desk = local_desk()
    path = target_path(out, file_name(events, desk))
    with db.atomic():  # one consistent snapshot while check-ins may go on
        members = collect(events, progress)
    if cancel and cancel():
        raise Refused("Dibatalkan.", "Cancelled.", code="cancelled")
    summary = [{"id": e["id"], "title": e["title"], "date": e["date"]} for e in members["events.json"]]
    write_file(path, "sync", desk, members, events=summary, passphrase=passphrase)
    if progress:
        progress(4, 4)
    return path
