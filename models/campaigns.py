"""Campaigns: the pact signing of one election (name, deadline, pact text, owner), grouping its events.

A campaign belongs to the desk that made it, like an event (models/sync/campaign_records.py): only
that desk changes its name, deadline or pact text, and every version travels signed. Any desk may
make events of a campaign (`event new --campaign`); the event's owner says which campaign it is in.

A follow-up ("susulan") event of a campaign expects exactly the people of the chosen units who had
not signed at any of the campaign's events when it was made: the list is frozen then (EventExpected)
and travels in the event's signed record, so every desk and hub counts the same list.
"""
from __future__ import annotations

from datetime import date

from ikrar.models import clock
from ikrar.models.desk import local_desk
from ikrar.models.errors import NotFound, Refused
from ikrar.models.events import create_event, id_matches, parse_date
from ikrar.models.pact import store_pact_text
from ikrar.models.queries.campaign_coverage import unsigned_in_units
from ikrar.models.store.connection import db
from ikrar.models.store.schema import Campaign, Event, EventExpected, Unit
from ikrar.models.sync import campaign_records, owner


def parse_deadline(text: str) -> str:
    """A deadline as a clerk types it (as an event's date), stored as YYYY-MM-DD."""
    if not (text or "").strip():
        raise Refused("Tenggat kampanye wajib diisi (HH-BB-TTTT, misalnya 31-01-2027).",
                      "The campaign's deadline is required (DD-MM-YYYY, e.g. 31-01-2027).", code="deadline")
    return parse_date(text).isoformat()


def create_campaign(name: str, deadline: str | date, *, pact_text: str | None = None) -> Campaign:
    """A new campaign of this desk. *deadline*: a date or its text (parse_deadline)."""
    if not (name or "").strip():
        raise Refused("Nama kampanye wajib diisi.", "The campaign's name is required.", code="name")
    day = deadline.isoformat() if isinstance(deadline, date) else parse_deadline(deadline)
    desk, nonce, now = local_desk(), owner.new_nonce(), clock.iso(clock.now())
    with db.atomic():
        pact = store_pact_text(pact_text) if pact_text and pact_text.strip() else None
        campaign = Campaign.create(id=campaign_records.campaign_id(desk.id, nonce), name=" ".join(name.split()),
                                   deadline=day, pact=pact, owner=desk.id, nonce=nonce, created_at=now,
                                   updated_at=now)
        campaign_records.seal(campaign, desk)
    return campaign


def owned_here(campaign: Campaign) -> bool:
    """Whether this desk made *campaign* (and so alone may change it)."""
    return campaign.owner == local_desk().id


def refuse_not_owner(campaign: Campaign) -> None:
    if not owned_here(campaign):
        raise Refused(f"Kampanye '{campaign.name}' dibuat oleh meja lain; hanya meja itu yang dapat mengubahnya "
                      "(perubahannya datang lewat berkasnya).",
                      f"Campaign '{campaign.name}' was made by another desk; only that desk can change it (its "
                      "changes come with its files).", code="not_owner")


def update_campaign(campaign: Campaign, *, name: str | None = None, deadline: str | date | None = None,
                    pact_text: str | None = None) -> Campaign:
    """Change this desk's campaign; a new signed version travels with the next files. Everything is
    checked before anything is set: a refusal leaves *campaign* as it was, in memory too."""
    refuse_not_owner(campaign)
    if name is not None and not name.strip():
        raise Refused("Nama kampanye wajib diisi.", "The campaign's name is required.", code="name")
    if deadline is not None:
        deadline = deadline.isoformat() if isinstance(deadline, date) else parse_deadline(deadline)
    if pact_text is not None and not pact_text.strip():  # its events took the text: changed, never taken off
        raise Refused("Teks pakta kampanye tidak boleh kosong; tulis teksnya, atau biarkan teks yang lama.",
                      "The campaign's pact text cannot be empty; write the text, or keep the old one.", code="pact")
    with db.atomic():
        if name is not None:
            campaign.name = " ".join(name.split())
        if deadline is not None:
            campaign.deadline = deadline
        if pact_text is not None:
            campaign.pact = store_pact_text(pact_text)
        campaign.updated_at = clock.iso(clock.now())
        campaign.save()
        campaign_records.seal(campaign, local_desk())
    return campaign


def list_campaigns() -> list[Campaign]:
    """Every campaign known here, the latest deadline first."""
    return list(Campaign.select().order_by(Campaign.deadline.desc(), Campaign.name))


def find_campaign(id_or_prefix: str) -> Campaign:
    """A campaign by its id or an unambiguous start of it (or its exact name, case aside)."""
    key = (id_or_prefix or "").strip()
    if not key:
        raise NotFound("Kampanye belum dipilih (--campaign).", "No campaign given (--campaign).", code="campaign")
    matches = id_matches(Campaign, key, Campaign.name)
    if not matches:
        raise NotFound(f"Kampanye '{key}' tidak ditemukan; lihat 'ikrar campaign list'.",
                       f"Campaign '{key}' not found; see 'ikrar campaign list'.", code="campaign")
    if len(matches) > 1:
        raise NotFound(f"'{key}' cocok dengan lebih dari satu kampanye; ketik id-nya lebih panjang.",
                       f"'{key}' matches more than one campaign; type more of its id.", code="campaign")
    return matches[0]


def campaign_events(campaign: Campaign) -> list[Event]:
    return list(Event.select().where(Event.campaign_id == campaign.id).order_by(Event.date, Event.start_time))


def create_campaign_event(campaign: Campaign, title: str, event_date: date, **fields) -> Event:
    """An event of *campaign* (any desk may make one). Its pact text is the campaign's unless given."""
    if fields.get("pact_text") is None and campaign.pact_sha256:
        fields["pact_text"] = campaign.pact.text
    with db.atomic():
        event = create_event(title, event_date, **fields)
        event.campaign_id = campaign.id
        event.save(only=[Event.campaign_id])
        owner.seal(event, local_desk())
    return event


def create_followup(campaign: Campaign, title: str, event_date: date, *, units: list[Unit], **fields) -> Event:
    """A follow-up event of *campaign* for *units*: it expects exactly their people (active, on the
    roster) who have not signed at any of the campaign's events by now; that list is frozen."""
    if not units:
        raise Refused("Acara susulan memerlukan unit: pilih paling sedikit satu unit (--unit) yang pegawainya "
                      "belum tanda tangan.", "A follow-up event needs units: choose at least one unit (--unit) "
                      "whose people have not signed.", code="unit")
    with db.atomic():
        event = create_campaign_event(campaign, title, event_date, units=units, **fields)
        people = unsigned_in_units(campaign.id, [u.id for u in units])
        if people:
            EventExpected.insert_many([{"event": event.id, "employee": p} for p in people]).execute()
        event.followup_at = clock.iso(clock.now())
        event.save(only=[Event.followup_at])
        owner.seal(event, local_desk())
    return event


def is_followup(event: Event) -> bool:
    return event.followup_at is not None


def frozen_size(event: Event) -> int:
    """How many people a follow-up event's frozen list holds."""
    return EventExpected.select().where(EventExpected.event == event.id).count()
