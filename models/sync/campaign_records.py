"""Campaigns and follow-up lists in .ikrar files (docs/campaigns.md).

A campaign travels like an event (owner.py): its id is bound to the owning desk by a hash, every
version is a record signed by the owner's key, and any desk forwards the record as it received it;
only the owner's newer signed versions change it. Files carry the campaigns of the events they carry
(`campaigns.json`), so a hub that merges them sees which events belong to which campaign.

A follow-up event's frozen expected list travels inside its owner-signed event record ("expected": the
people's keys, NIP or "nik:<NIK>"), so every desk and hub counts the same list; the people themselves
travel in the file's people.json (the exporter adds them).
"""
from __future__ import annotations

import hashlib
import json
import re

from peewee import chunked

from ikrar.models.desk import signing_key
from ikrar.models.store.connection import db
from ikrar.models.store.schema import Campaign
from ikrar.models.sync import crypto
from ikrar.models.sync import records as rec
from ikrar.models.sync.errors import damaged

MEMBER = "campaigns.json"
PROOF = ("owner_key", "signature")
CAMPAIGN_SPEC = {"id": "str", "name": "str", "deadline": "str", "pact_sha256": "str?", "owner": "str", "nonce": "str",
                 "created_at": "str", "updated_at": "str", "owner_key": "str", "signature": "str"}
_CHUNK = 400  # keys per IN (...) and rows per INSERT: well under SQLite's bound-parameter limit
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def campaign_id(owner: str, nonce: str) -> str:
    """The id of the campaign *owner* made with *nonce*, shaped like a UUID (not an event's: other prefix)."""
    digest = hashlib.sha256(f"ikrar-campaign:{owner}:{nonce}".encode()).hexdigest()
    return f"{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}"


def content(campaign: Campaign) -> dict:
    return {"id": campaign.id, "name": campaign.name, "deadline": campaign.deadline,
            "pact_sha256": campaign.pact_sha256, "owner": campaign.owner, "nonce": campaign.nonce,
            "created_at": campaign.created_at, "updated_at": campaign.updated_at}


def seal(campaign: Campaign, desk) -> dict:
    """Sign the campaign's current content with this desk's key (the owner's); kept to be forwarded."""
    body = content(campaign)
    record = {**body, "owner_key": crypto.b64(desk.public_key),
              "signature": crypto.b64(crypto.sign(signing_key(desk), rec.canonical(body).encode("utf-8")))}
    campaign.owner_record = rec.canonical(record)
    campaign.save(only=[Campaign.owner_record])
    return record


def signed_records(campaign_ids: set[str]) -> list[dict]:
    """The owner-signed records of these campaigns as held here (for a file's campaigns.json)."""
    rows = Campaign.select().where(Campaign.id.in_(sorted(campaign_ids))).order_by(Campaign.id)
    return [json.loads(c.owner_record) for c in rows if c.owner_record]


def for_events(event_records: list[dict]) -> list[dict]:
    """The campaigns the given event records name."""
    return signed_records({e["campaign"] for e in event_records if e.get("campaign")})


def verify(index: int, record: dict) -> dict:
    """The record's content when its owner signed it (key hashes to owner, id to owner and nonce)."""
    where = (f"kampanye ke-{index + 1}", f"campaign {index + 1}")
    try:
        key, signature = crypto.unb64(record["owner_key"]), crypto.unb64(record["signature"])
    except (KeyError, TypeError, ValueError, AttributeError):
        raise damaged(MEMBER, f"{where[0]}: tanpa bukti pemilik yang sah", f"{where[1]}: no valid owner proof",
                      code="bad_record") from None
    body = {k: v for k, v in record.items() if k not in PROOF}
    if (len(key) != 32 or crypto.desk_id_of(key) != record["owner"]
            or campaign_id(record["owner"], record["nonce"]) != record["id"]
            or not crypto.verify(key, signature, rec.canonical(body).encode("utf-8"))):
        raise damaged(MEMBER, f"{where[0]} ({record['id']}): tanda tangan pemilik kampanye tidak cocok "
                      "(diubah, atau dibuat oleh meja lain)",
                      f"{where[1]} ({record['id']}): the campaign owner's signature does not match "
                      "(changed, or made by another desk)", code="bad_record")
    return body


def apply_campaigns(vf, report) -> None:
    """Store the file's campaigns: new ones added, a newer owner-signed version replacing the stored one
    (the later updated_at wins, ties by content: any order of files gives one result)."""
    records = rec.check(MEMBER, vf.records(MEMBER), CAMPAIGN_SPEC)
    for i, r in enumerate(records):
        body = verify(i, r)
        if not _DAY.match(r["deadline"]) or not r["name"].strip():
            raise damaged(MEMBER, f"kampanye ke-{i + 1}: nama atau tenggat tidak sah",
                          f"campaign {i + 1}: invalid name or deadline", code="bad_record")
        if r["pact_sha256"] and not db.execute_sql("SELECT 1 FROM pact_text WHERE sha256 = ?",
                                                   [r["pact_sha256"]]).fetchone():
            raise damaged(MEMBER, f"kampanye ke-{i + 1}: teks pakta tidak ada di berkas",
                          f"campaign {i + 1}: its pact text is not in the file", code="bad_record")
        stored = Campaign.get_or_none(Campaign.id == r["id"])
        if stored is not None:
            old = {k: v for k, v in json.loads(stored.owner_record or "{}").items() if k not in PROOF}
            if rec.version_key(body) <= rec.version_key(old):
                report.add("known", "campaigns")
                continue
        values = {k: r[k] for k in ("name", "deadline", "owner", "nonce", "created_at", "updated_at")}
        values.update(pact=r["pact_sha256"], owner_record=rec.canonical(r))
        if stored is None:
            Campaign.insert(id=r["id"], **values).execute()
            report.add("new", "campaigns")
        else:
            Campaign.update(**values).where(Campaign.id == r["id"]).execute()
            report.add("updated", "campaigns")


# ---- follow-up events: the frozen expected list inside the event record ----------------------------

def expected_person_ids(event_ids: list[str]) -> list[int]:
    """The people on these events' frozen lists (a sync file carries them, so a hub can resolve the list)."""
    ids: set[int] = set()
    for event_id in event_ids:
        ids |= {r[0] for r in db.execute_sql("SELECT employee_id FROM event_expected WHERE event_id = ?", [event_id])}
    return sorted(ids)


def check_event_fields(index: int, r: dict) -> None:
    """The campaign fields of an incoming event record (optional; absent before campaigns existed)."""
    bad = [k for k, kind in (("campaign", str), ("followup_at", str), ("expected", list))
           if k in r and not isinstance(r[k], kind)]
    if not bad and isinstance(r.get("expected"), list):
        bad = ["expected"] if not all(isinstance(k, str) for k in r["expected"]) else []
    if bad or (("followup_at" in r) != ("expected" in r)):
        raise damaged("events.json", f"catatan ke-{index + 1}: kolom '{(bad or ['expected'])[0]}' tidak sah",
                      f"record {index + 1}: field '{(bad or ['expected'])[0]}' is invalid", code="bad_record")


def apply_expected(applied: list[dict]) -> None:
    """Store the frozen lists of the follow-up events applied from a file (after its people): each key
    resolved to the person here; a key nobody here has refuses the file (the list would count wrong)."""
    for r in applied:
        db.execute_sql("DELETE FROM event_expected WHERE event_id = ?", [r["id"]])
        keys = sorted(set(r.get("expected") or []))
        found = _resolve(keys)
        missing = next((k for k in keys if k not in found), None)
        if missing is not None:
            raise damaged("events.json", f"acara '{r['title']}': orang '{missing}' di daftar acara susulan tidak "
                          "ada di berkas", f"event '{r['title']}': person '{missing}' of the follow-up list is not "
                          "in the file", code="bad_record")
        for part in chunked(sorted(set(found.values())), _CHUNK):
            db.execute_sql("INSERT INTO event_expected (event_id, employee_id) VALUES "
                           + ", ".join(["(?, ?)"] * len(part)), [v for e in part for v in (r["id"], e)])


def _resolve(keys: list[str]) -> dict[str, int]:
    """Person keys (NIP, or "nik:" and the NIK) -> employee ids here, a batch at a time; for a NIK the
    person without a NIP first, as the merge matches people."""
    found: dict[str, int] = {}
    nips = [k for k in keys if not k.startswith("nik:")]
    niks = [k[4:] for k in keys if k.startswith("nik:")]
    for part in chunked(nips, _CHUNK):
        for nip, employee_id in db.execute_sql(
                f"SELECT nip, id FROM employee WHERE nip IN ({', '.join('?' * len(part))})", part):
            found[nip] = employee_id
    for part in chunked(niks, _CHUNK):
        rows = db.execute_sql(f"SELECT nik, id FROM employee WHERE nik IN ({', '.join('?' * len(part))}) "
                              "ORDER BY nik, nip IS NOT NULL, id", part)
        for nik, employee_id in rows:
            found.setdefault(f"nik:{nik}", employee_id)
    return found
