"""The event package (organizer → the other desks): the owner-signed event, its pact text, and the
roster of its expected units (every unit when the event takes all). Importing it gives the same event
(same id); a newer version of the event (signed by its owner) updates it; people unknown to the
receiving database are added, people it knows are never changed (merge.py applies it).
"""
from __future__ import annotations

from pathlib import Path

from ikrar.models.desk import local_desk
from ikrar.models.store.connection import db
from ikrar.models.store.integrity import check_before_export
from ikrar.models.store.schema import Event
from ikrar.models.sync import campaign_records
from ikrar.models.sync import records as rec
from ikrar.models.sync.export import as_events, event_records, file_name, target_path
from ikrar.models.sync.manifest import write_file
from ikrar.models.sync.merge import import_file


def collect(event: Event) -> dict[str, list]:
    if event.all_units:
        people = rec.person_records("1 = 1", [])
    else:
        people = rec.person_records("e.unit_id IN (SELECT unit_id FROM event_unit WHERE event_id = ?)", [event.id])
    event_record = event_records([event])[0]
    names = {p["unit"] for p in people} | set(event_record["units"]) | {event_record["organizer_unit"]}
    units = [u for u in rec.unit_records() if event.all_units or u["name"] in names]
    campaigns = campaign_records.for_events([event_record])
    shas = {r["pact_sha256"] for r in [event_record, *campaigns] if r["pact_sha256"]}
    members = {campaign_records.MEMBER: campaigns} if campaigns else {}  # files without campaigns: as before
    return members | {
        "events.json": [event_record], "units.json": units, "people.json": people,
        "pact_texts.json": rec.pact_records(shas),
    }


def export_package(event: Event | str, out: str | Path, *, passphrase: str | None = None, progress=None) -> Path:
    """Write the event package of *event* (a row or an id) into the folder (or as the file) *out*."""
    event = as_events(event)[0]
    check_before_export()
    desk = local_desk()
    path = target_path(out, file_name([event], desk, label="PAKET"))
    with db.atomic():
        members = collect(event)
    if progress:
        progress(1, 2)
    summary = [{"id": event.id, "title": event.title, "date": str(event.date)}]
    write_file(path, "event-package", desk, members, events=summary, passphrase=passphrase)
    if progress:
        progress(2, 2)
    return path


def import_package(path: str | Path, passphrase: str | None = None):
    """Import an event package; returns the MergeReport (report.ok False with the reason when refused)."""

    return import_file(path, passphrase, expect="event-package")

