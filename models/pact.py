"""Pact texts: every version ever shown is kept unchanged, keyed by the SHA-256 of its bytes, so a
signature can always be matched to the exact words the signer read."""
from __future__ import annotations

import hashlib

from ikrar.models import clock
from ikrar.models.store.connection import db
from ikrar.models.store.schema import Event, PactText
from ikrar.resources import resource_path

# The text every new event starts with. It names no election and no year (it once said "Tahun
# 2024" in every event): an event that is about one election says so in its own text. Events keep
# the text they were made with; changing this file changes only events made afterwards.
DEFAULT_TEMPLATE = "pakta_netralitas_asn.txt"


def normalize_text(text: str) -> str:
    # Line endings differ between Windows and the rest; the hash must not.
    return text.replace("\r\n", "\n").replace("\r", "\n").strip() + "\n"


def text_sha256(text: str) -> str:
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()


def default_pact_text() -> str:
    return normalize_text(resource_path("pact", DEFAULT_TEMPLATE).read_text(encoding="utf-8"))


def store_pact_text(text: str) -> PactText:
    """Return the stored version of *text*, adding it if it is new. Existing rows are never changed."""
    text = normalize_text(text)
    if not text.strip():
        raise ValueError("pact text is empty / teks pakta kosong")
    digest = text_sha256(text)
    with db.atomic():
        row = PactText.get_or_none(PactText.sha256 == digest)
        if row is None:
            row = PactText.create(sha256=digest, text=text, created_at=clock.iso(clock.now()))
    return row


def texts_by_sha(shas) -> dict[str, str]:
    """SHA-256 -> text of the stored pact texts among *shas* (empty ones skipped)."""
    shas = sorted({s for s in shas if s})
    if not shas:
        return {}
    return {p.sha256: p.text for p in PactText.select().where(PactText.sha256.in_(shas))}


def event_pact_text(event: Event) -> tuple[str, str] | None:
    """(sha256, text) of the event's current pact text."""
    if not event.pact_sha256:
        return None
    row = PactText.get_or_none(PactText.sha256 == event.pact_sha256)
    return (row.sha256, row.text) if row else None
