"""Signatures' print forms kept in the database (table print_form, migration 7): what the
signed list draws for a signature, made once from its strokes and read back by every later document.

A form is derived, never the record: the strokes stay as they were signed and hashed (this module
never writes the signature table), and a form is used only while its `made_from` matches the row it
was made from: a SHA-256 over the form's version (reports/drawing/simplify.py: the drawing's rules and
the strokes' checks it relied on), the pad's size and the strokes' text. A signature replaced under
the same id (a sync conflict keeps the lower hash) or a new version of the drawing makes the stored
form stale, and the document makes a new one. One row per signature (keyed by its id), no foreign
key: a form outliving its signature is never read. The documents check every form they read
(reports/drawing/simplify.read_form) and fall back to the strokes when one is not a form; a
database someone edited can put no more than lines inside the signature's own cell.

Made by the document that first draws the signature (the signed list), stored a chunk at a time in
short transactions, never on a desk's check-in or in a merge; a database that cannot be written (read
only, damaged, locked past the busy timeout) simply keeps no forms: the documents draw from the
strokes, as before.
"""
from __future__ import annotations

import hashlib
import logging

from peewee import PeeweeException, chunked

from ikrar.models.errors import Refused
from ikrar.models.store.connection import db
from ikrar.models.store.dialect import STORAGE_ERRORS

log = logging.getLogger(__name__)
CHUNK = 500  # rows a statement (SQLite's parameters) and a write transaction (a check-in waits at most one)
_FAULTS = (*STORAGE_ERRORS, PeeweeException, Refused)


def made_from(row, version: str) -> str:
    """What a form of the signature *row* (id, strokes, pad_width, pad_height) is made from, as one
    SHA-256: the form's *version*, the pad's size and the strokes' text."""
    head = f"{version}\n{row.pad_width!r}\n{row.pad_height!r}\n".encode()
    return hashlib.sha256(head + row.strokes.encode("utf-8", "surrogatepass")).hexdigest()


def read(signature_ids: list[str]) -> dict[str, tuple[str, str]]:
    """{signature id: (made_from, form)} of the stored forms of *signature_ids*; {} when the database
    cannot say (the documents then make every form from the strokes)."""
    found: dict[str, tuple[str, str]] = {}
    try:
        for part in chunked(signature_ids, CHUNK):
            marks = ", ".join("?" * len(part))
            for sid, source, form in db.execute_sql(
                    f"SELECT signature_id, made_from, form FROM print_form WHERE signature_id IN ({marks})", part):
                found[sid] = (source, form)
    except _FAULTS as exc:
        log.warning("print forms not read (%s): drawn from the strokes", type(exc).__name__)
        return {}
    return found


def store(forms: list[tuple[str, str, str]]) -> bool:
    """Keep (signature id, made_from, form) rows, replacing a signature's older form; in short
    transactions of CHUNK rows. False, with nothing raised, when the database cannot be written."""
    if not forms:
        return True
    if getattr(db.obj, "read_only", False) or getattr(db.obj, "damaged", None) is not None:
        return False
    try:
        for part in chunked(forms, CHUNK):
            with db.atomic():
                db.execute_sql("INSERT INTO print_form (signature_id, made_from, form) VALUES "
                               + ", ".join(["(?, ?, ?)"] * len(part))
                               + " ON CONFLICT (signature_id) DO UPDATE SET made_from = excluded.made_from,"
                               " form = excluded.form", [v for row in part for v in row])
    except _FAULTS as exc:
        log.warning("print forms not stored (%s): the next document makes them again", type(exc).__name__)
        return False
    return True
