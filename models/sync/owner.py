"""Who may change an event: the desk that created it (its owner).

An event's id is bound to its owner by a hash (event_id(owner, nonce)), and every version of it
travels as a record signed by the owner's key, which the record carries and which must hash to the
owner's id (a desk is its key). So any desk may forward the organizer's event, nobody but the
organizer can change it, and no desk can claim another's event id for an event of its own.
"""
from __future__ import annotations

import hashlib
import json
import secrets

from ikrar.models.desk import signing_key
from ikrar.models.store.schema import Desk, Event
from ikrar.models.sync import crypto
from ikrar.models.sync import records as rec
from ikrar.models.sync.errors import damaged

PROOF = ("owner_key", "signature")  # the fields of a record that are not signed content


def event_id(owner: str, nonce: str) -> str:
    """The id of the event *owner* made with *nonce*, shaped like a UUID."""
    digest = hashlib.sha256(f"ikrar-event:{owner}:{nonce}".encode()).hexdigest()
    return f"{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}"


def new_nonce() -> str:
    return secrets.token_hex(16)


def owned_here(event: Event, desk: Desk) -> bool:
    return event.owner == desk.id


def seal(event: Event, desk: Desk) -> dict:
    """Sign the event's current content with this desk's key (it must own the event); the signed
    record is kept to be forwarded as it is. Returns the record."""
    content = rec.event_record(event)
    record = {**content, "owner_key": crypto.b64(desk.public_key),
              "signature": crypto.b64(crypto.sign(signing_key(desk), rec.canonical(content).encode("utf-8")))}
    event.owner_record = rec.canonical(record)
    event.save(only=[Event.owner_record])
    return record


def signed_record(event: Event) -> dict | None:
    """The owner-signed record of *event* as held here (None for an event of unknown owner)."""
    return json.loads(event.owner_record) if event.owner_record else None


def verify(member: str, index: int, record: dict) -> dict:
    """Check that *record* is its owner's work: the key hashes to the owner, the id to the owner and
    nonce, the signature to the content. Returns the content (the record without its proof)."""
    where = (f"acara ke-{index + 1}", f"event {index + 1}")
    try:
        owner, nonce = record["owner"], record["nonce"]
        key = crypto.unb64(record["owner_key"])
        signature = crypto.unb64(record["signature"])
        if not all(isinstance(v, str) for v in (owner, nonce)):
            raise TypeError
    except (KeyError, TypeError, ValueError, AttributeError):
        raise damaged(member, f"{where[0]}: tanpa bukti pemilik yang sah", f"{where[1]}: no valid owner proof",
                      code="bad_record") from None
    content = {k: v for k, v in record.items() if k not in PROOF}
    if (len(key) != 32 or crypto.desk_id_of(key) != owner or event_id(owner, nonce) != record.get("id")
            or not crypto.verify(key, signature, rec.canonical(content).encode("utf-8"))):
        raise damaged(member, f"{where[0]} ({record.get('id')}): tanda tangan pemilik acara tidak cocok "
                      "(diubah, atau dibuat oleh meja lain)",
                      f"{where[1]} ({record.get('id')}): the event owner's signature does not match "
                      "(changed, or made by another desk)", code="bad_record")
    return content
