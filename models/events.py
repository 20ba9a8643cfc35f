"""Events (apel, upacara, penandatanganan pakta) and their expected units.

An event belongs to the desk that created it (models/sync/owner.py): only that desk changes its title,
pact text or expected units, and every change is signed so other desks can take it from any file.
Any desk may close or reopen an event for its own check-ins, and archive it: an archived event is
hidden from this desk's lists and nothing of it is deleted (an event with records never is).
"""
from __future__ import annotations

import calendar
import re
from datetime import date
from difflib import SequenceMatcher

from ikrar.models import clock, settings
from ikrar.models.desk import local_desk
from ikrar.models.errors import NotFound, Refused
from ikrar.models.pact import PactFields, default_fields, fill, pact_template, store_pact_text
from ikrar.models.store.connection import db
from ikrar.models.store.schema import EVENT_KINDS, TIME_ZONES, Event, EventUnit, Unit
from ikrar.models.sync import owner

_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")
_MINOR_WORDS = {"dan", "di", "ke", "dari", "the", "of", "and"}


def parse_date(text: str) -> date:
    """An event's date as a clerk types it: DD-MM-YYYY (as the window shows it; / or . also do) or
    YYYY-MM-DD. A date that does not exist says which day is missing ("31 November 2026")."""
    value = (text or "").strip()
    if match := _YMD.match(value):
        year, month, day = (int(x) for x in match.groups())
    elif match := _DMY.match(value):
        day, month, year = (int(x) for x in match.groups())
    else:
        raise Refused(f"Tanggal '{text}' tidak dikenali: tulis HH-BB-TTTT (24-11-2026) atau TTTT-BB-HH (2026-11-24).",
                      f"Date '{text}' not understood: write DD-MM-YYYY (24-11-2026) or YYYY-MM-DD (2026-11-24).",
                      code="date")
    if not 1 <= month <= 12:
        raise Refused(f"Tanggal '{text}': bulan {month} tidak ada (bulan 1 sampai 12).",
                      f"Date '{text}': there is no month {month} (months 1 to 12).", code="date")
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        month_id, month_en = MONTHS_ID[month - 1], MONTHS_EN[month - 1]
        raise Refused(f"Tanggal {day} {month_id} {year} tidak ada: {month_id} {year} hanya sampai tanggal {last}.",
                      f"There is no {day} {month_en} {year}: {month_en} {year} has {last} days.", code="date")
    return date(year, month, day)


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


def _unit_keys(name: str) -> tuple[str, list[str]]:
    """A unit's name run together, and the short forms clerks type: initials ("BKPSDM") and the
    first syllables of each word ("Dinkes" for Dinas Kesehatan)."""
    words = re.findall(r"[a-z0-9]+", name.lower())
    major = [w for w in words if w not in _MINOR_WORDS] or words
    whole = "".join(words)
    if len(major) < 2:
        return whole, [whole]
    return whole, [whole, "".join(w[0] for w in major), "".join(w[:3] for w in major), "".join(w[:2] for w in major)]


def _is_subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(ch in letters for ch in short)


def suggest_units(text: str, limit: int = 3) -> list[str]:
    """Unit names close to *text* (a typo, or a short form such as "Dinkes"), best first."""
    typed = "".join(re.findall(r"[a-z0-9]+", (text or "").lower()))
    if not typed:
        return []
    scored = []
    for name in Unit.select(Unit.name).tuples():
        whole, keys = _unit_keys(name[0])
        score = max(SequenceMatcher(None, typed, key).ratio() for key in keys)
        if len(typed) >= 3 and whole.startswith(typed[0]) and _is_subsequence(typed, whole):
            score = 0.7 + 0.3 * score  # every letter typed is in the name, in order: "dinkes", "bkd"
        if score >= 0.6:
            scored.append((-score, name[0]))
    return [name for _, name in sorted(scored)[:limit]]


def _unit_not_found(name: str, matches: list[Unit]) -> NotFound:
    if matches:
        listed = ", ".join(u.name for u in matches)
        return NotFound(f"Unit '{name}' cocok dengan lebih dari satu unit: {listed}; tulis lebih lengkap.",
                        f"Unit '{name}' matches more than one unit: {listed}; type more of it.", code="unit")
    close = suggest_units(name)
    if close:
        listed = "; ".join(close)
        return NotFound(f"Unit '{name}' tidak ditemukan. Mungkin maksud Anda: {listed}?",
                        f"Unit '{name}' not found. Did you mean: {listed}?", code="unit")
    return NotFound(f"Unit '{name}' tidak ditemukan.", f"Unit '{name}' not found.", code="unit")


def resolve_units(names: list[str]) -> list[Unit]:
    """Units by exact name (case-insensitive), or an unambiguous part of a name; when neither, the
    refusal names the closest units."""
    units = []
    for name in names:
        unit = Unit.get_or_none(Unit.name ** name.strip())  # ** is case-insensitive LIKE
        if unit is None:
            matches = list(Unit.select().where(Unit.name.contains(name.strip())).limit(3))
            if len(matches) != 1:
                raise _unit_not_found(name, matches)
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
    pact_fields: PactFields | None = None,
    approver_position: str = "",
    approver_name: str = "",
    approver_nip: str = "",
) -> Event:
    """A new event of this desk. Its pact text is *pact_text* (else the default template) with the
    template's fields filled from *pact_fields* (else the defaults: models/pact.py)."""
    start_time = _check_fields(title, kind, tz, start_time)
    now = clock.iso(clock.now())
    desk, nonce = local_desk(), owner.new_nonce()
    with db.atomic():
        pact = store_pact_text(_filled(pact_text if pact_text is not None else pact_template(), pact_fields))
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


def _filled(text: str, pact_fields: PactFields | None) -> str:
    """The text an event stores: a template's fields filled (checked first, so a refusal changes nothing)."""
    return fill(text, pact_fields if pact_fields is not None else default_fields())


def update_event(event: Event, *, pact_text: str | None = None, units: list[Unit] | None = None,
                 pact_fields: PactFields | None = None, **fields) -> Event:
    """Change an event. A changed pact text becomes a new version; signatures keep the one they saw.
    A pact text with template fields has them filled from *pact_fields* (else the defaults)."""
    title = fields.get("title", event.title)
    kind = fields.get("kind", event.kind)
    tz = fields.get("tz", event.tz)
    fields["start_time"] = _check_fields(title, kind, tz, fields.get("start_time", event.start_time))
    refuse_not_owner(event)
    if units is not None and event.followup_at and {u.id for u in units} != {u.id for u in expected_units(event)}:
        raise Refused(f"Acara '{event.title}' adalah acara susulan: daftar pesertanya dibekukan saat dibuat, unitnya "
                      "tidak dapat diubah. Buat acara susulan baru untuk unit lain.",
                      f"Event '{event.title}' is a follow-up: its list was frozen when it was made, its units cannot "
                      "change. Make a new follow-up for other units.", code="followup")
    pact_text = _filled(pact_text, pact_fields) if pact_text is not None else None
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


def id_matches(model, key: str, name_field=None) -> list:
    """The row of *model* whose id is *key* (case aside), else up to two whose id starts with it, else
    (with *name_field*) up to two whose name is *key*, case aside: one row, or the none or two its
    caller words its own refusal for (find_event, models.campaigns.find_campaign)."""
    found = model.get_or_none(model.id == key.lower())
    if found is not None:
        return [found]
    matches = list(model.select().where(model.id.startswith(key.lower())).limit(2))
    if not matches and name_field is not None:
        matches = list(model.select().where(name_field ** key).limit(2))  # ** is case-insensitive LIKE
    return matches


def find_event(id_or_prefix: str) -> Event:
    """An event by its UUID or an unambiguous prefix of it."""
    key = (id_or_prefix or "").strip().lower()
    if not key:
        raise NotFound("Acara belum dipilih (--event).", "No event given (--event).", code="event")
    matches = id_matches(Event, key)
    if not matches:
        raise NotFound(f"Acara '{id_or_prefix}' tidak ditemukan.", f"Event '{id_or_prefix}' not found.", code="event")
    if len(matches) > 1:
        raise NotFound(f"Awalan '{id_or_prefix}' cocok dengan lebih dari satu acara; ketik lebih panjang.",
                       f"Prefix '{id_or_prefix}' matches more than one event; type more of it.", code="event")
    return matches[0]


def list_events(archived: bool = False) -> list[Event]:
    """This desk's events, newest first; archived ones only when asked for (*archived*: only them)."""
    hidden = archived_ids()
    events = Event.select().order_by(Event.date.desc(), Event.start_time.desc())
    return [e for e in events if (e.id in hidden) == archived]


def archived_ids() -> set[str]:
    """The events this desk archived: a setting of this desk (never in a sync file)."""
    return {str(x) for x in settings.get("archived_events")}


def is_archived(event: Event) -> bool:
    return event.id in archived_ids()


def set_archived(event: Event, archived: bool) -> bool:
    """Archive *event* (hidden from this desk's lists; its records, documents and sync files stay as
    they are, and it is still found by its id) or bring it back. False when it already was so."""
    with db.atomic():
        ids = archived_ids()
        if (event.id in ids) == archived:
            return False
        ids = ids | {event.id} if archived else ids - {event.id}
        settings.set("archived_events", sorted(ids))
    return True


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
