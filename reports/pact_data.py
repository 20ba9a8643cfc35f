"""The pact pages' data, from the named queries (no SQL here, no reportlab): everyone who signed, with
the head of the signature that counts, and then their strokes a few pages at a time (`with_strokes`),
so a document of thousands of pages holds one batch of signatures, never the event's."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from peewee import chunked

from ikrar.models.pact import event_pact_text, texts_by_sha
from ikrar.models.queries.pact_signers import signature_heads, strokes_of
from ikrar.models.queries.people import niks_of, signed_people
from ikrar.models.store.schema import Event
from ikrar.models.strokes import StrokeData, load_strokes
from ikrar.reports.files import fingerprint

BATCH = 50  # signatures read from the database at a time


@dataclass
class PactSignature:
    id: str
    pact_sha256: str
    signed_at: str
    strokes: StrokeData | None = None  # loaded by with_strokes


@dataclass
class Signer:
    """One pact page's person, as the roster has them."""

    employee_id: int
    name: str  # with titles
    nip: str  # digits as stored, "" without one
    nik: str  # only of someone without a NIP (the page masks it), else ""
    category: str
    pangkat: str
    golongan: str
    position: str
    unit: str
    status: str | None
    attendance_id: str | None
    signature: PactSignature
    employment_status: str = ""  # a non-ASN's status as the roster spells it ("Honorer"), else ""


def signers(event: Event, order: str = "roster") -> list[Signer]:
    """Everyone who signed (the people apart too: each has a pact page), strokes not loaded."""
    heads = signature_heads(event)
    rows = [r for r in signed_people(event, order=order) if r.employee_id in heads]
    niks = niks_of([r.employee_id for r in rows if not r.nip])
    out = []
    for r in rows:
        head = heads[r.employee_id]
        out.append(Signer(r.employee_id, r.display_name, r.nip or "", niks.get(r.employee_id, "") if not r.nip else "",
                          r.category, r.pangkat or "", r.golongan or "", r.position or "", r.unit_name or "",
                          r.status, r.attendance_id, PactSignature(head.id, head.pact_sha256, head.signed_at),
                          r.employment_status))
    return out


def with_strokes(people: list[Signer], batch: int = BATCH) -> Iterator[Signer]:
    """Each of *people* in turn, a copy carrying its strokes (read *batch* at a time); *people* keep none."""
    for part in chunked(people, batch):
        stored = strokes_of([p.signature.id for p in part])
        for person in part:
            row = stored.get(person.signature.id)
            strokes = load_strokes(row) if row is not None else StrokeData(1.0, 1.0, [], damaged=True)
            yield replace(person, signature=replace(person.signature, strokes=strokes))


def texts(people: list[Signer], event: Event) -> dict[str, str]:
    """SHA-256 → text of every pact text the signers saw, and the event's current one."""
    found = texts_by_sha(p.signature.pact_sha256 for p in people)
    current = event_pact_text(event)
    if current:
        found.setdefault(*current)
    return found


def document_fingerprint(event_id: str, people: list[Signer]) -> str:
    rows = [[p.employee_id, p.nip, p.name, p.status, p.attendance_id, p.signature.id, p.employment_status]
            for p in people]
    return fingerprint([event_id, rows, "pacts"])
