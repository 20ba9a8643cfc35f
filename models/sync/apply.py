"""Applying a verified file's records, inside the merge's one transaction (any error rolls it all back).

Rules that make the result a function of the union of records, whatever the order of files:
pact texts, desks, attendances, signatures are keyed (INSERT if new); a void only ever spreads and the
earliest void wins; an event (and, from packages, a person) is a version whose later `updated_at` wins,
ties broken by content; a person from a sync file is created if unknown, never changed, except two
walk-in registrations of one person, where the earliest wins.
"""
from __future__ import annotations

from datetime import date

from peewee import chunked

from ikrar.models.pact import normalize_text, text_sha256
from ikrar.models.queries.units import unit_key
from ikrar.models.search.fold import fold_name
from ikrar.models.store.bulk import execute_values
from ikrar.models.store.connection import db
from ikrar.models.store.schema import EVENT_KINDS, METHODS, STATUSES, TIME_ZONES, Event
from ikrar.models.sync import crypto
from ikrar.models.sync import records as rec
from ikrar.models.sync.errors import damaged

_CHUNK = 500  # keys per IN (...): well under SQLite's bound-parameter limit (999 before SQLite 3.32)
_EMP_COLS = rec.PERSON_COLS + ("unit_id", "active", "roster_order", "is_walk_in", "updated_at", "search_key")
_INSERT_EMP = f"INSERT INTO employee (id, {', '.join(_EMP_COLS)}) VALUES "
_UPDATE_EMP = f"UPDATE employee SET {', '.join(c + ' = ?' for c in _EMP_COLS)} WHERE id = ?"


def _in(conn, sql: str, keys: list, params: tuple = ()) -> list[tuple]:
    """sql with {marks} filled for *keys* in chunks (after the fixed *params*)."""
    rows = []
    for part in chunked(keys, _CHUNK):
        rows += conn.execute(sql.format(marks=", ".join("?" * len(part))), [*params, *part]).fetchall()
    return rows


class Applier:
    def __init__(self, verified, report):
        self.vf, self.report = verified, report
        self.package = verified.kind == "event-package"
        self.conn = db.connection()
        self.refs: dict[int, int] = {}  # the file's person ref -> employee id here
        self.member = "desks.json"  # the member being applied, for naming it in a refusal

    def run(self) -> None:
        self.desks()
        self.pacts()
        self.units()
        self.events()
        self.people()
        if not self.package:
            self.attendances()
            self.signatures()

    def records(self, member: str, spec: dict) -> list[dict]:
        self.member = member
        return rec.check(member, self.vf.records(member), spec)

    # ---- desks: the signer's key is checked by merge.check_signer; others are recorded as met ----
    def desks(self) -> None:
        for r in self.records("desks.json", rec.DESK_SPEC):
            key = crypto.unb64(r["public_key"]) if r["public_key"] else None
            row = self.conn.execute("SELECT public_key FROM desk WHERE id = ?", (r["id"],)).fetchone()
            if row is None:
                self.conn.execute("INSERT INTO desk (id, name, is_local, public_key, private_key, created_at, "
                                  "trusted_at) VALUES (?, ?, 0, ?, NULL, ?, NULL)",
                                  (r["id"], r["name"], key, r["created_at"]))
                self.report.add("new", "desks")
            elif key and row[0] and bytes(row[0]) != key:
                self.report.conflicts.append({"kind": "desk_key", "desk": r["id"],
                                              "note": "another key seen second-hand; kept ours"})

    def pacts(self) -> None:
        for i, r in enumerate(self.records("pact_texts.json", rec.PACT_SPEC)):
            if normalize_text(r["text"]) != r["text"] or text_sha256(r["text"]) != r["sha256"]:
                raise damaged("pact_texts.json", f"teks ke-{i + 1} tidak cocok dengan SHA-256-nya",
                              f"text {i + 1} does not match its SHA-256", code="bad_record")
            cur = self.conn.execute("INSERT OR IGNORE INTO pact_text (sha256, text, created_at) VALUES (?, ?, ?)",
                                    (r["sha256"], r["text"], r["created_at"]))
            self.report.add("new", "pact_texts", cur.rowcount)

    # ---- units: by name (spacing and case aside), created when missing, never changed ----
    def units(self) -> None:
        self.unit_ids = {unit_key(name): uid for uid, name in self.conn.execute("SELECT id, name FROM unit")}
        created = []
        for r in self.records("units.json", rec.UNIT_SPEC):
            if r["name"].strip() and unit_key(r["name"]) not in self.unit_ids:
                self.unit_id(r["name"], r["sort_order"])
                created.append(r)
        for r in created:
            if r["parent"]:
                self.conn.execute("UPDATE unit SET parent_id = ? WHERE id = ?",
                                  (self.unit_id(r["parent"]), self.unit_ids[unit_key(r["name"])]))

    def unit_id(self, name: str | None, sort_order: int | None = None) -> int | None:
        if not name or not name.strip():
            return None
        key = unit_key(name)
        if key not in self.unit_ids:
            if sort_order is None:
                sort_order = self.conn.execute("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM unit").fetchone()[0]
            self.unit_ids[key] = self.conn.execute("INSERT INTO unit (name, parent_id, sort_order) VALUES (?, NULL, ?)",
                                                   (" ".join(name.split()), sort_order)).lastrowid
            self.report.add("new", "units")
        return self.unit_ids[key]

    # ---- events: versions, the later updated_at wins ----
    def events(self) -> None:
        self.event_ids = set()
        for r in self.records("events.json", rec.EVENT_SPEC):
            try:
                day = date.fromisoformat(r["date"])
                rec.utc_key(r["updated_at"])
                if r["kind"] not in EVENT_KINDS or r["tz"] not in TIME_ZONES:
                    raise ValueError(r["kind"])
            except ValueError:
                raise damaged("events.json", f"acara {r['id']}: tanggal, jenis atau zona waktu tidak sah",
                              f"event {r['id']}: invalid date, kind or time zone", code="bad_record") from None
            self.event_ids.add(r["id"])
            self.report.events.append({"id": r["id"], "title": r["title"], "date": r["date"]})
            existing = Event.get_or_none(Event.id == r["id"])
            if existing is not None and rec.version_key(r) <= rec.version_key(rec.event_record(existing)):
                self.report.add("known", "events")
                continue
            fields = {k: r[k] for k in ("title", "kind", "start_time", "tz", "place", "organizer", "all_units",
                                        "approver_position", "approver_name", "approver_nip", "closed",
                                        "created_at", "updated_at")}
            fields.update(date=day, organizer_unit=self.unit_id(r["organizer_unit"]), pact=r["pact_sha256"])
            if existing is None:
                Event.insert(id=r["id"], **fields).execute()
                self.report.add("new", "events")
            else:
                Event.update(**fields).where(Event.id == r["id"]).execute()
                self.report.add("updated", "events")
            self.conn.execute("DELETE FROM event_unit WHERE event_id = ?", (r["id"],))
            unit_ids = sorted({self.unit_id(name) for name in r["units"] if isinstance(name, str)} - {None})
            if not r["all_units"]:
                self.conn.executemany("INSERT INTO event_unit (event_id, unit_id) VALUES (?, ?)",
                                      [(r["id"], u) for u in unit_ids])

    # ---- people: matched by NIP, then NIK ----
    def people(self) -> None:
        incoming = self.records("people.json", rec.PERSON_SPEC)
        nips = sorted({r["nip"] for r in incoming if r["nip"]})
        niks = sorted({r["nik"] for r in incoming if r["nik"]})
        sql = rec.PERSON_SQL
        by_nip = {p["nip"]: p for p in map(rec.person_from_row,
                                           _in(self.conn, sql + " WHERE e.nip IN ({marks})", nips))}
        by_nik: dict[str, list[dict]] = {}
        for p in map(rec.person_from_row,
                     _in(self.conn, sql + " WHERE e.nik IN ({marks}) ORDER BY e.nip IS NOT NULL, e.id", niks)):
            by_nik.setdefault(p["nik"], []).append(p)
        next_id = self.conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM employee").fetchone()[0]
        inserts, updates = [], []
        for r in incoming:
            found = self.match(r, by_nip, by_nik)
            if found is None:
                self.refs[r["ref"]] = next_id
                inserts.append((next_id, *self.employee_values(r)))
                next_id += 1
                continue
            self.refs[r["ref"]] = found["ref"]
            mine, theirs = {**found, "ref": 0}, {**r, "ref": 0}
            if mine == theirs:
                replace = False
            elif self.package:
                replace = rec.version_key(theirs) > rec.version_key(mine)
            else:  # a roster is the hub's own; only a walk-in meets its earlier registration
                replace = (mine["is_walk_in"] and theirs["is_walk_in"]
                           and rec.version_key(theirs) < rec.version_key(mine))
            if replace:
                updates.append((*self.employee_values(r), found["ref"]))
                self.report.add("updated", "people")
            else:
                self.report.add("known", "people")
        execute_values(self.conn, _INSERT_EMP, inserts)
        self.conn.executemany(_UPDATE_EMP, updates)
        self.report.add("new", "people", len(inserts))

    @staticmethod
    def match(r: dict, by_nip: dict, by_nik: dict) -> dict | None:
        if r["nip"]:
            if r["nip"] in by_nip:
                return by_nip[r["nip"]]
            return next((p for p in by_nik.get(r["nik"] or "", []) if p["nip"] is None), None)  # honorer → ASN
        if r["nik"]:
            return next(iter(by_nik.get(r["nik"], [])), None)
        return None

    def employee_values(self, r: dict) -> tuple:
        return (*(r[c] for c in rec.PERSON_COLS), self.unit_id(r["unit"]), r["active"],
                r["roster_order"], r["is_walk_in"], r["updated_at"], fold_name(r["name"]))

    # ---- attendances: keyed by UUID; a void spreads, the earliest one wins ----
    def attendances(self) -> None:
        member = "attendances.json"
        incoming = self.records(member, rec.ATTENDANCE_SPEC)
        known_events = self.event_ids | {row[0] for row in _in(self.conn, "SELECT id FROM event WHERE id IN ({marks})",
                                                                 sorted({r["event"] for r in incoming}))}
        for i, r in enumerate(incoming):
            bad = (r["status"] not in STATUSES or r["method"] not in METHODS or r["person"] not in self.refs
                   or r["event"] not in known_events or (r["voided_at"] is None) != (r["void_desk"] is None))
            if bad:
                raise damaged(member, f"catatan ke-{i + 1} ({r['id']}) tidak sah",
                              f"record {i + 1} ({r['id']}) is invalid", code="bad_record")
        existing = {row[0]: row for row in _in(
            self.conn, "SELECT id, voided_at, void_reason, void_desk_id, note FROM attendance WHERE id IN ({marks})",
            [r["id"] for r in incoming])}
        self.file_live = sorted({(r["event"], self.refs[r["person"]]) for r in incoming if r["status"] == "H"})
        changes, new = [], []
        for r in incoming:
            row = existing.get(r["id"])
            if row is None:
                new.append(r)
                continue
            self.report.add("known", "attendances")
            void = (row[1], row[2], row[3])
            stored = _void_key(row[1], row[3], row[2]) if row[1] is not None else None  # (time, desk, reason)
            if r["voided_at"] and (stored is None
                                   or _void_key(r["voided_at"], r["void_desk"], r["void_reason"]) < stored):
                void = (r["voided_at"], r["void_reason"], r["void_desk"])
                self.report.add("new", "voids")
            notes = [n for n in (row[4], r["note"]) if n]
            note = min(notes) if notes else ""
            if void != (row[1], row[2], row[3]) or note != row[4]:
                changes.append((*void, note, r["id"]))
        self.conn.executemany("UPDATE attendance SET voided_at = ?, void_reason = ?, void_desk_id = ?, note = ? "
                              "WHERE id = ?", changes)
        self.insert_attendances(new)

    def insert_attendances(self, new: list[dict]) -> None:
        live_keys = {}
        for r in new:
            if r["voided_at"] is None:
                live_keys[(r["event"], self.refs[r["person"]], r["desk"])] = None
        taken = set()
        for event_id in sorted({k[0] for k in live_keys}):
            people = sorted({k[1] for k in live_keys if k[0] == event_id})
            taken |= {tuple(row) for row in _in(
                self.conn, "SELECT event_id, employee_id, desk_id FROM attendance WHERE voided_at IS NULL "
                "AND event_id = ? AND employee_id IN ({marks})", people, (event_id,))}
        rows, self.skipped = [], set()
        for r in sorted(new, key=lambda r: (r["recorded_utc"], r["id"])):
            key = (r["event"], self.refs[r["person"]], r["desk"])
            if r["voided_at"] is None:
                if key in taken:  # two people of the file are one person here: keep both visible
                    self.skipped.add(r["id"])
                    self.report.conflicts.append({"kind": "attendance", "id": r["id"], "note": "another live record "
                                                  "of the same person and desk is already here"})
                    continue
                taken.add(key)
            rows.append((r["id"], r["event"], key[1], r["status"], r["recorded_at"], r["recorded_utc"], r["desk"],
                         r["method"], r["late"], r["note"], r["voided_at"], r["void_reason"], r["void_desk"]))
        self.conn.executemany(f"INSERT INTO attendance ({', '.join(rec.ATTENDANCE_COLS)}) VALUES "
                              f"({', '.join('?' * len(rec.ATTENDANCE_COLS))})", rows)
        self.report.add("new", "attendances", len(rows))

    # ---- signatures: keyed by UUID, one per attendance ----
    def signatures(self) -> None:
        incoming = rec.check_strokes("signatures.json", self.records("signatures.json", rec.SIGNATURE_SPEC))
        ids = [r["id"] for r in incoming]
        known = {row[0] for row in _in(self.conn, "SELECT id FROM signature WHERE id IN ({marks})", ids)}
        signed = {row[0] for row in _in(self.conn,
                                        "SELECT attendance_id FROM signature WHERE attendance_id IN ({marks})",
                                        [r["attendance"] for r in incoming])}
        rows = []
        for r in incoming:
            if r["id"] in known:
                self.report.add("known", "signatures")
            elif r["attendance"] in self.skipped or r["attendance"] in signed:
                self.report.conflicts.append({"kind": "signature", "id": r["id"], "note": "its attendance is not "
                                              "here or already has another signature"})
            else:
                signed.add(r["attendance"])
                rows.append(tuple(r[k] for k in ("id", "attendance", "strokes", "pad_width", "pad_height",
                                                 "pact_sha256", "signed_at", "desk")))
        self.conn.executemany(f"INSERT INTO signature ({', '.join(rec.SIGNATURE_COLS)}) VALUES "
                              f"({', '.join('?' * len(rec.SIGNATURE_COLS))})", rows)
        self.report.add("new", "signatures", len(rows))


def _void_key(voided_at: str, void_desk: str | None, reason: str | None) -> tuple:
    return rec.utc_key(voided_at), voided_at, void_desk or "", reason or ""

