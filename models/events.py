"""Events (apel, upacara, penandatanganan pakta) and their expected units.

An event belongs to the desk that created it (models/sync/owner.py): only that desk changes its title,
pact text or expected units, and every change is signed so other desks can take it from any file.
Any desk may close or reopen an event for its own check-ins.
"""
from __future__ import annotations

import re
from datetime import date

from ikrar.models import clock
from ikrar.models.desk import local_desk
from ikrar.models.errors import NotFound, Refused
from ikrar.models.pact import default_pact_text, store_pact_text
from ikrar.models.store.connection import db
from ikrar.models.store.schema import EVENT_KINDS, TIME_ZONES, Event, EventUnit, Unit
from ikrar.models.sync import owner

_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def _check_fields(title: str, kind: str, tz: str, start_time: str) -> str:
    if not title.strip():
        raise Refused("Judul acara wajib diisi.", "The event title is required.", code="title")
    if kind not in EVENT_KINDS:
        raise Refused(f"Jenis acara '{kind}' tidak dikenal ({', '.join(EVENT_KINDS)}).",
                      f"Unknown event kind '{kind}' ({', '.join(EVENT_KINDS)}).", code="kind")
    if tz not in TIME_ZONES:
        raise Refused(f"Zona waktu '{tz}' tidak dikenal (WIB, WITA, WIT).",
                      f"Unknown time zone '{tz}' (WIB, WITA, WIT).", code="tz")
    match = _TIME.match(start_time.strip())
    if not match:
        raise Refused(f"Jam mulai '{start_time}' harus JJ:MM, misalnya 07:30.",
                      f"Start time '{start_time}' must be HH:MM, e.g. 07:30.", code="time")
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def resolve_units(names: list[str]) -> list[Unit]:
    """Units by exact name (case-insensitive), or an unambiguous part of a name."""
    units = []
    for name in names:
        unit = Unit.get_or_none(Unit.name ** name.strip())  # ** is case-insensitive LIKE
        if unit is None:
            matches = list(Unit.select().where(Unit.name.contains(name.strip())).limit(3))
            if len(matches) != 1:
                raise NotFound(
                    f"Unit '{name}' tidak ditemukan" + (" (lebih dari satu cocok)" if matches else ""),
                    f"Unit '{name}' not found" + (" (more than one matches)" if matches else ""),
                    code="unit",
                )
            unit = matches[0]
        units.append(unit)
    return units


def create_event(
    title: str,
    event_date: date,
    *,
    kind: str = "apel",
    start_time: str = "07:30",
    tz: str = "WIB",
    place: str = "",
    organizer: str = "",
    organizer_unit: Unit | None = None,
    units: list[Unit] | None = None,
    pact_text: str | None = None,
    approver_position: str = "",
    approver_name: str = "",
    approver_nip: str = "",
) -> Event:
    start_time = _check_fields(title, kind, tz, start_time)
    now = clock.iso(clock.now())
    desk, nonce = local_desk(), owner.new_nonce()
    with db.atomic():
        pact = store_pact_text(pact_text if pact_text is not None else default_pact_text())
        fields = dict(
            title=title.strip(), kind=kind, date=event_date, start_time=start_time, tz=tz,
            place=place.strip(), organizer=organizer.strip(), organizer_unit=organizer_unit,
            pact=pact, all_units=not units, approver_position=approver_position.strip(),
            approver_name=approver_name.strip(), approver_nip=approver_nip.strip(),
            created_at=now, updated_at=now, owner=desk.id, nonce=nonce, id=owner.event_id(desk.id, nonce),
        )
        event = Event.create(**fields)
        set_expected_units(event, units or [])
    return event


def refuse_not_owner(event: Event) -> None:
    """Only the desk that created an event changes it; others take its changes from its files."""
    if event.owner != local_desk().id:
        raise Refused(f"Acara '{event.title}' dibuat oleh meja lain; hanya meja itu yang dapat mengubahnya "
                      "(perubahannya datang lewat paket acaranya). Buat acara baru bila perlu.",
                      f"Event '{event.title}' was made by another desk; only that desk can change it (its changes "
                      "come with its event package). Make a new event if needed.", code="not_owner")


def set_expected_units(event: Event, units: list[Unit]) -> None:
    refuse_not_owner(event)
    with db.atomic():
        EventUnit.delete().where(EventUnit.event == event).execute()
        if units:
            EventUnit.insert_many([{"event": event.id, "unit": u.id} for u in units]).execute()
        event.all_units = not units
        event.save()
        owner.seal(event, local_desk())


def expected_units(event: Event) -> list[Unit]:
    if event.all_units:
        return list(Unit.select().order_by(Unit.sort_order, Unit.name))
    return list(Unit.select().join(EventUnit).where(EventUnit.event == event).order_by(Unit.sort_order, Unit.name))


def update_event(event: Event, *, pact_text: str | None = None, units: list[Unit] | None = None, **fields) -> Event:
    """Change an event. A changed pact text becomes a new version; signatures keep the one they saw."""
    title = fields.get("title", event.title)
    kind = fields.get("kind", event.kind)
    tz = fields.get("tz", event.tz)
    fields["start_time"] = _check_fields(title, kind, tz, fields.get("start_time", event.start_time))
    refuse_not_owner(event)
    with db.atomic():
        for name, value in fields.items():
            if name not in Event._meta.fields or name in ("id", "created_at", "owner", "nonce", "owner_record"):
                raise ValueError(f"unknown event field {name}")
            setattr(event, name, value)
        if pact_text is not None:
            event.pact = store_pact_text(pact_text)
        event.updated_at = clock.iso(clock.now())
        event.save()
        if units is not None:
            set_expected_units(event, units)
        owner.seal(event, local_desk())
    return event


def find_event(id_or_prefix: str) -> Event:
    """An event by its UUID or an unambiguous prefix of it."""
    key = (id_or_prefix or "").strip().lower()
    if not key:
        raise NotFound("Acara belum dipilih (--event).", "No event given (--event).", code="event")
    event = Event.get_or_none(Event.id == key)
    if event is not None:
        return event
    matches = list(Event.select().where(Event.id.startswith(key)).limit(2))
    if not matches:
        raise NotFound(f"Acara '{id_or_prefix}' tidak ditemukan.", f"Event '{id_or_prefix}' not found.", code="event")
    if len(matches) > 1:
        raise NotFound(f"Awalan '{id_or_prefix}' cocok dengan lebih dari satu acara; ketik lebih panjang.",
                       f"Prefix '{id_or_prefix}' matches more than one event; type more of it.", code="event")
    return matches[0]


def list_events() -> list[Event]:
    return list(Event.select().order_by(Event.date.desc(), Event.start_time.desc()))


def set_closed(event: Event, closed: bool) -> Event:
    """Close an event (this desk records no check-in for it any more, models/checkin.py) or reopen it.
    Only these fields are written: *event* may be older than another window's edit. The owner's close
    travels with its files (signed); another desk's close is its own and stays here."""
    event.closed = closed
    event.updated_at = clock.iso(clock.now())
    with db.atomic():
        event.save(only=[Event.closed, Event.updated_at])
        if event.owner == local_desk().id:
            owner.seal(Event.get_by_id(event.id), local_desk())
    return event
