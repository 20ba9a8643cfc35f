"""The sync file (desk → BKPSDM): this desk's own attendances, absence marks, signatures and voids of
the chosen events, with the people, units, owner-signed events and pact texts a hub with an empty
roster needs. What a hub merged from other desks travels on as a bundle (bundle.py), never here.
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
from ikrar.models.sync import campaign_records, owner
from ikrar.models.sync import records as rec
from ikrar.models.sync.manifest import EXTENSION, write_file

_CHUNK = 500  # ids per IN (...): well under SQLite's bound-parameter limit (999 before SQLite 3.32)


def slug(text: str, limit: int = 32) -> str:
    """TEXT-IN-CAPITALS for a file name, at most *limit* characters, cut between words: "APEL-PAGI-
    SENIN" rather than "APEL-PAGI-SEN". A first word longer than *limit* is cut (nothing else fits)."""
    ascii_text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode("ascii")
    cleaned = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").upper()
    if len(cleaned) > limit:
        cut = cleaned[:limit + 1].rfind("-")  # a hyphen just past the limit still ends a whole word
        cleaned = cleaned[:cut] if cut > 0 else cleaned[:limit]
    return cleaned.rstrip("-") or "X"


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


def _rows(sql: str, ids: list, extra: str = "", before: list | None = None) -> list[tuple]:
    rows = []
    for part in chunked(ids, _CHUNK):
        sql_part = sql.format(marks=", ".join("?" * len(part))) + extra
        rows += db.execute_sql(sql_part, [*(before or []), *part]).fetchall()
    return rows


def event_records(events: list[Event]) -> list[dict]:
    """The owner-signed records of *events*: sealed anew when this desk owns them, else as received.
    An event met before ownership existed has none and cannot travel."""
    desk, found = local_desk(), []
    for event in sorted(events, key=lambda e: e.id):
        record = owner.seal(event, desk) if event.owner == desk.id else owner.signed_record(event)
        if record is None:
            raise Refused(f"Acara '{event.title}' diterima sebelum Ikrar mengenal pemilik acara; datanya tidak dapat "
                          "dikirim. Minta penyelenggara membuat acara baru dengan Ikrar yang diperbarui.",
                          f"Event '{event.title}' arrived before Ikrar knew event owners; its data cannot be sent. "
                          "Ask the organizer to make a new event with the updated Ikrar.", code="event_owner")
        found.append(record)
    return found


def collect(events: list[Event], progress=None) -> dict[str, list]:
    """The members of a sync file for *events*: this desk's own records only (a file carries the work
    of the desk that signs it), with the people, units, events and pact texts they point to."""
    event_ids, me = [e.id for e in events], local_desk().id
    attendances = [rec.attendance_from_row(a) for a in _rows(
        f"SELECT {', '.join(rec.ATTENDANCE_COLS)} FROM attendance WHERE desk_id = ? AND event_id IN ({{marks}})",
        event_ids, " ORDER BY recorded_utc, id", before=[me])]
    if progress:
        progress(1, 4)
    stored_ids = [f"{me}:{a['id']}" for a in attendances]
    signatures = [rec.signature_from_row(s) for s in _rows(
        f"SELECT {', '.join(rec.SIGNATURE_COLS)} FROM signature WHERE desk_id = ? AND attendance_id IN ({{marks}})",
        stored_ids, before=[me])]
    signatures.sort(key=lambda s: s["id"])
    voids = [rec.void_from_row(v) for v in _rows(
        f"SELECT {', '.join(rec.VOID_COLS)} FROM void WHERE desk_id = ? AND attendance_id IN ({{marks}})",
        stored_ids, before=[me])]
    voids.sort(key=lambda v: v["id"])
    if progress:
        progress(2, 4)
    # the people of follow-up lists too: the hub resolves a list against the people the file brings
    person_ids = sorted({a["person"] for a in attendances} | set(campaign_records.expected_person_ids(event_ids)))
    people = []
    for part in chunked(person_ids, _CHUNK):
        people += rec.person_records(f"e.id IN ({', '.join('?' * len(part))})", part)
    if progress:
        progress(3, 4)
    events_out = event_records(events)
    unit_names = {p["unit"] for p in people} | {e["organizer_unit"] for e in events_out}
    unit_names |= {name for e in events_out for name in e["units"]}
    units = [u for u in rec.unit_records() if u["name"] in unit_names]
    campaigns = campaign_records.for_events(events_out)
    shas = {e["pact_sha256"] for e in events_out if e["pact_sha256"]} | {s["pact_sha256"] for s in signatures}
    shas |= {c["pact_sha256"] for c in campaigns if c["pact_sha256"]}
    members = {campaign_records.MEMBER: campaigns} if campaigns else {}  # files without campaigns: as before
    return members | {
        "attendances.json": attendances, "signatures.json": signatures, "voids.json": voids,
        "people.json": people, "units.json": units, "events.json": events_out,
        "pact_texts.json": rec.pact_records(shas),
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
