"""Applying one verified desk file's records, inside the merge's one transaction (any error rolls it all
back). The rules (docs/sync-format.md, "The trust model"):

- a file carries only its signer's records: an attendance, signature or void of any other desk
  refuses the whole file; a record is identified by its desk and UUID (stored "<desk>:<uuid>");
- a record is never changed once made (but an attendance's note, merged: the smaller non-empty
  text stays); a known desk and UUID with other content is a conflict, reported, and of the two the
  one whose canonical JSON has the lower SHA-256 stays, whatever the order of files;
- an event changes only by a newer version signed by its owner (owner.verify); people unknown here
  are added (marked as coming from a file: the coverage never counts them as this database's roster),
  people known here are never changed (only this database's roster import does that);
- pact texts, units: keyed, added when new, never changed;
- card codes (models/cards.py): a person new here keeps the code the file carries (one made here when
  it carries none and the person has no NIP); a known person's other code becomes an alias, so every
  card printed for them resolves; a code someone else here has is never taken over (ignored).

The derived void state (models/voids.py) is refreshed for every attendance a file touched.
"""
from __future__ import annotations

import hashlib

from peewee import chunked

from ikrar.models import cards
from ikrar.models.pact import normalize_text, text_sha256
from ikrar.models.queries.units import unit_key
from ikrar.models.search.fold import fold_name
from ikrar.models.signing_span import signing_ms
from ikrar.models.store import dialect
from ikrar.models.store.bulk import execute_values
from ikrar.models.store.connection import db
from ikrar.models.store.schema import CATEGORIES, EVENT_KINDS, METHODS, STATUSES, TIME_ZONES, Event
from ikrar.models.sync import campaign_records, owner
from ikrar.models.sync import records as rec
from ikrar.models.sync.errors import damaged
from ikrar.models.sync.fields import Fields
from ikrar.models.voids import utc_key

_CHUNK = 500  # keys per IN (...): well under SQLite's bound-parameter limit (999 before SQLite 3.32)
# a person added from a file is "file" (schema.ORIGINS): never counted as this database's roster
_EMP_COLS = rec.PERSON_COLS + ("unit_id", "active", "roster_order", "is_walk_in", "updated_at", "search_key",
                               "origin", "employment_status", "card")  # card last (give_codes)
_INSERT_EMP = f"INSERT INTO employee (id, {', '.join(_EMP_COLS)}) VALUES "
_ATT_FIELDS = ("event", "status", "recorded_at", "recorded_utc", "method", "late")  # what never changes
_EVENT_FIELDS = ("title", "kind", "start_time", "tz", "place", "organizer", "all_units", "approver_position",
                 "approver_name", "approver_nip", "closed", "created_at", "updated_at", "owner", "nonce")


def _in(sql: str, keys: list, params: tuple = ()) -> list[tuple]:
    """sql with {marks} filled for *keys* in chunks (after the fixed *params*)."""
    rows = []
    for part in chunked(keys, _CHUNK):
        rows += db.execute_sql(sql.format(marks=", ".join("?" * len(part))), [*params, *part]).fetchall()
    return rows


def digest(content: dict) -> str:
    """The SHA-256 of a record's canonical JSON: of two conflicting records, the lower stays."""
    return hashlib.sha256(rec.canonical(content).encode("utf-8")).hexdigest()


class Applier:
    def __init__(self, verified, report):
        self.vf, self.report = verified, report
        self.signer = verified.desk_id
        self.package = verified.kind == "event-package"
        self.refs: dict[int, int] = {}  # the file's person ref -> employee id here
        self.touched: set[str] = set()  # attendances whose void state may have changed
        self.file_live: list[tuple[str, int]] = []  # (event, employee) present in this file
        self.member = "events.json"  # the member being applied, for naming it in a refusal

    def run(self) -> None:
        if not self.package:  # the strokes checked in the other process while the rest is applied
            self.strokes_job = self.start_strokes()
        self.pacts()
        self.units()
        campaign_records.apply_campaigns(self.vf, self.report)
        self.events()
        self.people()
        campaign_records.apply_expected(self.applied_events)  # follow-up lists name people: after them
        if not self.package:
            self.attendances()
            self.signatures()
            self.voids()
        # A bundle's appliers are kept until its duplicates are looked up (file_live, touched): not the
        # file and its parsed records (a province's bundle part of ~930 desk files held 12 GB with them).
        self.vf = self.stored_signatures = self.strokes_job = None

    def records(self, member: str, spec: dict) -> tuple[list[dict], Fields]:
        self.member = member
        return rec.check(member, self.vf.records(member), spec), Fields(member)

    def own(self, fields: Fields, index: int, record: dict) -> None:
        """A record of another desk in this desk's file: the file is refused whole."""
        if record["desk"] != self.signer:
            raise damaged(fields.member, f"catatan ke-{index + 1} mengaku dibuat oleh meja lain; sebuah berkas hanya "
                          "boleh memuat catatan meja yang menandatanganinya",
                          f"record {index + 1} claims another desk; a file may carry only the records of the desk "
                          "that signed it", code="foreign_record")

    def conflict(self, kind: str, stored_id: str, kept: str) -> None:
        self.report.conflicts.append({"kind": kind, "desk": self.signer, "id": stored_id.split(":", 1)[-1],
                                      "kept": kept, "note": "same desk and UUID, other content: a copied key?"})

    # ---- pact texts: keyed by their SHA-256 ----
    def pacts(self) -> None:
        records, fields = self.records("pact_texts.json", rec.PACT_SPEC)
        for i, r in enumerate(records):
            fields.texts(i, r, lines=("text",))
            fields.time(i, r, "created_at")
            if normalize_text(r["text"]) != r["text"] or text_sha256(r["text"]) != r["sha256"]:
                raise damaged("pact_texts.json", f"teks ke-{i + 1} tidak cocok dengan SHA-256-nya",
                              f"text {i + 1} does not match its SHA-256", code="bad_record")
            cur = db.execute_sql("INSERT INTO pact_text (sha256, text, created_at) VALUES (?, ?, ?) "
                                 "ON CONFLICT (sha256) DO NOTHING", (r["sha256"], r["text"], r["created_at"]))
            self.report.add("new", "pact_texts", cur.rowcount)

    # ---- units: by name (spacing and case aside), created when missing, never changed ----
    def units(self) -> None:
        self.unit_ids = {unit_key(name): uid for uid, name in db.execute_sql("SELECT id, name FROM unit")}
        records, fields = self.records("units.json", rec.UNIT_SPEC)
        created = []
        for i, r in enumerate(records):
            fields.texts(i, r)
            if not 0 <= r["sort_order"] < 1 << 31:
                raise fields.bad(i, "sort_order", "di luar batas", "is out of range")
            if r["name"].strip() and unit_key(r["name"]) not in self.unit_ids:
                self.unit_id(r["name"], r["sort_order"])
                created.append(r)
        for r in created:
            if r["parent"]:
                db.execute_sql("UPDATE unit SET parent_id = ? WHERE id = ?",
                                  (self.unit_id(r["parent"]), self.unit_ids[unit_key(r["name"])]))

    def unit_id(self, name: str | None, sort_order: int | None = None) -> int | None:
        if not name or not name.strip():
            return None
        key = unit_key(name)
        if key not in self.unit_ids:
            if sort_order is None:
                sort_order = db.execute_sql("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM unit").fetchone()[0]
            # the database's own id (RETURNING), never one worked out here
            self.unit_ids[key] = db.execute_sql("INSERT INTO unit (name, parent_id, sort_order) VALUES (?, NULL, ?) "
                                                "RETURNING id", (" ".join(name.split()), sort_order)).fetchone()[0]
            self.report.add("new", "units")
        return self.unit_ids[key]

    # ---- events: the owner's signed versions; the later updated_at wins, ties by content ----
    def events(self) -> None:
        self.event_ids, self.applied_events = set(), []
        records, fields = self.records("events.json", rec.EVENT_SPEC)
        for i, r in enumerate(records):
            content = owner.verify("events.json", i, r)
            self.check_event(fields, i, r)
            campaign_records.check_event_fields(i, r)
            self.event_ids.add(r["id"])
            if all(e["id"] != r["id"] for e in self.report.events):  # once, however many files of a bundle
                self.report.events.append({"id": r["id"], "title": r["title"], "date": r["date"]})
            existing = Event.get_or_none(Event.id == r["id"])
            if existing is not None:
                stored = owner.signed_record(existing)
                stored_content = {k: v for k, v in (stored or {}).items() if k not in owner.PROOF}
                if stored is None or rec.version_key(content) <= rec.version_key(stored_content):
                    self.report.add("known", "events")  # not newer (or met before owners existed: read-only)
                    continue
            values = {k: r[k] for k in _EVENT_FIELDS}
            values.update(date=r["date"], organizer_unit=self.unit_id(r["organizer_unit"]), pact=r["pact_sha256"],
                          owner_record=rec.canonical(r), campaign_id=r.get("campaign"),
                          followup_at=r.get("followup_at"))
            self.applied_events.append(r)
            if existing is None:
                Event.insert(id=r["id"], **values).execute()
                self.report.add("new", "events")
            else:
                Event.update(**values).where(Event.id == r["id"]).execute()
                self.report.add("updated", "events")
            db.execute_sql("DELETE FROM event_unit WHERE event_id = ?", (r["id"],))
            if not r["all_units"]:
                unit_ids = sorted({self.unit_id(name) for name in r["units"]} - {None})
                dialect.execute_many("INSERT INTO event_unit (event_id, unit_id) VALUES (?, ?)",
                                      [(r["id"], u) for u in unit_ids])

    def check_event(self, fields: Fields, i: int, r: dict) -> None:
        fields.texts(i, r)
        fields.day(i, r, "date")
        fields.hhmm(i, r, "start_time")
        fields.one_of(i, r, "kind", EVENT_KINDS)
        fields.one_of(i, r, "tz", tuple(TIME_ZONES))
        fields.time(i, r, "created_at")
        fields.time(i, r, "updated_at")
        fields.shape(i, r, "pact_sha256", "sha256", nullable=True)
        if r["pact_sha256"] and not db.execute_sql("SELECT 1 FROM pact_text WHERE sha256 = ?",
                                                      (r["pact_sha256"],)).fetchone():
            raise fields.missing(i, "pact_sha256", "teks pakta", "a pact text")

    # ---- people: matched by NIP, then NIK; added when unknown, never changed ----
    def people(self) -> None:
        incoming, fields = self.records("people.json", rec.PERSON_SPEC)
        for i, r in enumerate(incoming):
            self.check_person(fields, i, r)
        nips = sorted({r["nip"] for r in incoming if r["nip"]})
        niks = sorted({r["nik"] for r in incoming if r["nik"]})
        sql = rec.PERSON_SQL
        by_nip = {p["nip"]: p for p in map(rec.person_from_row,
                                           _in(sql + " WHERE e.nip IN ({marks})", nips))}
        by_nik: dict[str, list[dict]] = {}
        for p in map(rec.person_from_row,
                     _in(sql + " WHERE e.nik IN ({marks}) ORDER BY e.nip IS NOT NULL, e.id", niks)):
            by_nik.setdefault(p["nik"], []).append(p)
        holders = cards.taken([r["card"] for r in incoming if r.get("card")])  # code -> person here
        inserts, adopted, aliases = [], [], []
        for r in incoming:
            card = r.get("card")
            free = card is not None and card not in holders
            found = self.match(r, by_nip, by_nik)
            if found is None:
                next_id = -1 - len(inserts)  # a temporary id until the real ones are taken (below)
                self.refs[r["ref"]] = next_id
                inserts.append([next_id, *self.employee_values(r), card if free else None])
                if free:
                    holders[card] = next_id
                made = {**r, "ref": next_id, "card": card if free else ""}  # "": one is made below
                if r["nip"]:
                    by_nip[r["nip"]] = made
                elif r["nik"]:
                    by_nik.setdefault(r["nik"], []).append(made)
                continue
            self.refs[r["ref"]] = found["ref"]
            self.report.add("known", "people")
            if free:  # another desk's code for someone known here: theirs if they had none, else an alias
                holders[card] = found["ref"]
                (adopted if found["card"] is None else aliases).append((card, found["ref"]))
                found["card"] = found["card"] if found["card"] is not None else card
        self.give_codes(inserts, holders)
        # the new people's ids from the database (dialect.new_ids: the sequence on PostgreSQL), never MAX(id) + 1
        real = dict(zip(range(-1, -1 - len(inserts), -1), dialect.new_ids("employee", len(inserts)), strict=True))
        for row in inserts:
            row[0] = real[row[0]]
        self.refs = {ref: real.get(pid, pid) for ref, pid in self.refs.items()}
        execute_values(db, _INSERT_EMP, inserts)
        dialect.execute_many("UPDATE employee SET card = ? WHERE id = ? AND card IS NULL",
                             [(card, real.get(pid, pid)) for card, pid in adopted])
        cards.add_aliases([(card, real.get(pid, pid)) for card, pid in aliases])
        self.report.add("new", "people", len(inserts))

    def give_codes(self, inserts: list[list], holders: dict) -> None:
        """A card code made here for each new person with neither a NIP nor a usable code in the file."""
        nip_at, card_at = 1 + rec.PERSON_COLS.index("nip"), len(_EMP_COLS)
        need = [row for row in inserts if row[card_at] is None and row[nip_at] is None]
        for row, code in zip(need, cards.fresh_codes(len(need), reserved=holders), strict=True):
            row[card_at] = code

    @staticmethod
    def check_person(fields: Fields, i: int, r: dict) -> None:
        fields.texts(i, r)
        fields.identifiers(i, r)
        fields.card(i, r)
        fields.employment_status(i, r)
        if not r["nip"] and not r["nik"]:
            raise fields.bad(i, "nip", "kosong, begitu pula NIK", "is empty, and so is the NIK")
        if not r["name"].strip():
            raise fields.bad(i, "name", "kosong", "is empty")
        fields.one_of(i, r, "category", CATEGORIES)
        if r["gender"] is not None:
            fields.one_of(i, r, "gender", ("L", "P"))
        if r["birth_date"] is not None:
            fields.day(i, r, "birth_date", years=(1900, 2100))
        if r["updated_at"] is not None:
            fields.time(i, r, "updated_at")
        if not 0 <= r["roster_order"] < 1 << 31:
            raise fields.bad(i, "roster_order", "di luar batas", "is out of range")

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
        # A sync file cannot make anyone inactive (it could push honest check-ins out of "expected");
        # an event package carries the organizer's roster as it stands.
        active = r["active"] if self.package else True
        return (*(r[c] for c in rec.PERSON_COLS), self.unit_id(r["unit"]), active,
                r["roster_order"], r["is_walk_in"], r["updated_at"], fold_name(r["name"]), "file",
                r.get("employment_status") or "")

    # ---- attendances and absence marks: the signer's own, keyed by (desk, UUID), never changed ----
    def attendances(self) -> None:
        incoming, fields = self.records("attendances.json", rec.ATTENDANCE_SPEC)
        known_events = self.event_ids | {row[0] for row in _in("SELECT id FROM event WHERE id IN ({marks})",
                                                                 sorted({r["event"] for r in incoming}))}
        for i, r in enumerate(incoming):
            self.own(fields, i, r)
            self.check_attendance(fields, i, r, known_events)
        stored = {row[0]: row for row in _in(
            "SELECT a.id, a.event_id, a.status, a.recorded_at, a.recorded_utc, a.method, a.late, a.note, "
            "a.employee_id, COALESCE(e.nip, 'nik:' || e.nik) FROM attendance a JOIN employee e ON e.id = a.employee_id "
            "WHERE a.id IN ({marks})", [f"{self.signer}:{r['id']}" for r in incoming])}
        self.file_live = sorted({(r["event"], self.refs[r["person"]]) for r in incoming if r["status"] == "H"})
        rows, updates = [], []
        for r in incoming:
            stored_id = f"{self.signer}:{r['id']}"
            row = stored.get(stored_id)
            if row is None:
                rows.append((stored_id, r["event"], self.refs[r["person"]], r["status"], r["recorded_at"],
                             r["recorded_utc"], self.signer, r["method"], r["late"], r["note"]))
                continue
            mine = dict(zip(_ATT_FIELDS, row[1:7], strict=True)) | {"late": bool(row[6]), "person": row[9]}
            theirs = {k: r[k] for k in _ATT_FIELDS} | {"person": self.person_key(self.refs[r["person"]])}
            notes = [n for n in (row[7], r["note"]) if n]
            note = min(notes) if notes else ""
            if mine == theirs:
                self.report.add("known", "attendances")
                if note != row[7]:
                    updates.append((row[1], row[8], row[2], row[3], row[4], row[5], row[6], note, stored_id))
                continue
            if digest({**theirs, "id": r["id"]}) < digest({**mine, "id": r["id"]}):
                self.conflict("attendance", stored_id, "incoming")
                updates.append((r["event"], self.refs[r["person"]], r["status"], r["recorded_at"], r["recorded_utc"],
                                r["method"], r["late"], note, stored_id))
                self.touched.add(stored_id)
            else:
                self.conflict("attendance", stored_id, "stored")
        dialect.execute_many("UPDATE attendance SET event_id = ?, employee_id = ?, status = ?, recorded_at = ?, "
                             "recorded_utc = ?, method = ?, late = ?, note = ? WHERE id = ?", updates)
        # multi-row statements: one round trip per few hundred rows to a server, not one per row
        execute_values(db, f"INSERT INTO attendance ({', '.join(rec.ATTENDANCE_COLS)}) VALUES ", rows)
        self.touched |= {row[0] for row in rows}
        self.report.add("new", "attendances", len(rows))

    def check_attendance(self, fields: Fields, i: int, r: dict, known_events: set) -> None:
        fields.texts(i, r, lines=("note",))
        fields.shape(i, r, "id", "uuid")
        fields.one_of(i, r, "status", STATUSES)
        fields.one_of(i, r, "method", METHODS)
        fields.utc(i, r, "recorded_utc", fields.time(i, r, "recorded_at"))
        if r["event"] not in known_events:
            raise fields.missing(i, "event", "acara", "an event")
        if r["person"] not in self.refs:
            raise fields.missing(i, "person", "orang", "a person")

    def person_key(self, employee_id: int) -> str:
        row = db.execute_sql("SELECT COALESCE(nip, 'nik:' || nik) FROM employee WHERE id = ?",
                             (employee_id,)).fetchone()
        return row[0] if row else ""

    # ---- signatures: the signer's own, one per attendance ----
    def start_strokes(self):
        incoming, _fields = self.records("signatures.json", rec.SIGNATURE_SPEC)
        # read once for the file: nothing between here and signatures() writes a signature
        self.stored_signatures = stored = {row[0]: row for row in _in(
            f"SELECT {', '.join(rec.SIGNATURE_COLS)} FROM signature WHERE id IN ({{marks}})",
            [f"{self.signer}:{r['id']}" for r in incoming])}
        if self.vf.strokes_ok:  # every signature of the file passed in the merge's other process (merge.py)
            return rec.stroke_job([])
        # strokes stored here were checked when they came; the same strokes again need no second look
        return rec.stroke_job(incoming, skip=lambda r: _stored_strokes(stored, self.signer, r))

    def signatures(self) -> None:
        incoming, fields = self.records("signatures.json", rec.SIGNATURE_SPEC)
        pacts = {row[0] for row in db.execute_sql("SELECT sha256 FROM pact_text")}
        for i, r in enumerate(incoming):
            self.own(fields, i, r)
            fields.shape(i, r, "id", "uuid")
            fields.shape(i, r, "attendance", "uuid")
            fields.time(i, r, "signed_at")
            if r["pact_sha256"] not in pacts:
                raise fields.missing(i, "pact_sha256", "teks pakta", "a pact text")
        attendances = {row[0] for row in _in("SELECT id FROM attendance WHERE id IN ({marks})",
                                             [f"{self.signer}:{r['attendance']}" for r in incoming])}
        by_id = dict(self.stored_signatures)
        rec.check_strokes("signatures.json", incoming, job=self.strokes_job)
        by_attendance = {row[1]: row for row in _in(
            f"SELECT {', '.join(rec.SIGNATURE_COLS)} FROM signature WHERE attendance_id IN ({{marks}})",
            sorted(attendances))}
        # new signatures go in as multi-row statements (one round trip per few hundred on a server),
        # written before any update, which may concern one of them
        new: list[tuple] = []
        for i, r in enumerate(incoming):
            stored_id, attendance = f"{self.signer}:{r['id']}", f"{self.signer}:{r['attendance']}"
            if attendance not in attendances:
                raise fields.missing(i, "attendance", "kehadiran", "an attendance")
            values = (stored_id, attendance, r["strokes"], r["pad_width"], r["pad_height"], r["pact_sha256"],
                      r["signed_at"], self.signer)
            row = by_id.get(stored_id) or by_attendance.get(attendance)
            if row is None:
                new.append(values)
                by_attendance[attendance] = by_id[stored_id] = values
                self.report.add("new", "signatures")
            elif tuple(row) == values:
                self.report.add("known", "signatures")
            elif digest(_signature_content(values)) < digest(_signature_content(row)):
                self.conflict("signature", stored_id, "incoming")
                _insert_signatures(new)
                db.execute_sql(f"UPDATE signature SET {', '.join(c + ' = ?' for c in rec.SIGNATURE_COLS)}, "
                               "signing_ms = ? WHERE id = ?", (*values, signing_ms(r["strokes"]), row[0]))
                by_attendance[attendance] = by_id[stored_id] = values
            else:
                self.conflict("signature", stored_id, "stored")
        _insert_signatures(new)

    # ---- voids: the signer's own, of its own records ----
    def voids(self) -> None:
        incoming, fields = self.records("voids.json", rec.VOID_SPEC)
        for i, r in enumerate(incoming):
            self.own(fields, i, r)
            fields.texts(i, r, lines=("reason",))
            fields.shape(i, r, "id", "uuid")
            fields.shape(i, r, "attendance", "uuid")
            fields.time(i, r, "voided_at")
        store_voids(self, [(f"{self.signer}:{r['id']}", f"{self.signer}:{r['attendance']}", r["voided_at"],
                            r["reason"]) for r in incoming], admin=False)


def _insert_signatures(rows: list[tuple]) -> None:
    """Write these signature rows (rec.SIGNATURE_COLS) and empty the list. Each with its signing span,
    worked out here from its strokes (the recap reads it instead of them), never taken from the file."""
    execute_values(db, f"INSERT INTO signature ({', '.join(rec.SIGNATURE_COLS)}, signing_ms) VALUES ",
                   [(*row, signing_ms(row[2])) for row in rows])
    rows.clear()


def _stored_strokes(by_id: dict, signer: str, r: dict) -> bool:
    row = by_id.get(f"{signer}:{r['id']}")
    return row is not None and (row[2], row[3], row[4]) == (r["strokes"], r["pad_width"], r["pad_height"])


def _signature_content(values) -> dict:
    record = dict(zip(rec.SIGNATURE_COLS, values, strict=True))
    record["strokes"] = hashlib.sha256(record["strokes"].encode("utf-8")).hexdigest()
    return record


def store_voids(applier, voids: list[tuple[str, str, str, str]], *, admin: bool) -> None:
    """Store (id, attendance id, time, reason) voids of the applier's signer; conflicts as for records."""
    # admin as 0/1 on both engines (PostgreSQL returns a bool): the digest below must not depend on the engine
    stored = {row[0]: (*row[:4], int(row[4])) for row in _in(
        "SELECT id, attendance_id, voided_at, reason, admin FROM void WHERE id IN ({marks})", [v[0] for v in voids])}
    for void_id, attendance_id, voided_at, reason in voids:
        row = stored.get(void_id)
        values = (void_id, attendance_id, voided_at, reason, int(admin))
        if row is None:
            db.execute_sql("INSERT INTO void (id, attendance_id, desk_id, voided_at, voided_utc, reason, admin) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)", (void_id, attendance_id, applier.signer, voided_at,
                                                            utc_key(voided_at), reason, admin))
            stored[void_id] = values
            applier.touched.add(attendance_id)
            applier.report.add("new", "voids")
        elif row == values:
            applier.report.add("known", "voids")
        elif digest(dict(enumerate(values))) < digest(dict(enumerate(row))):
            applier.conflict("void", void_id, "incoming")
            db.execute_sql("UPDATE void SET attendance_id = ?, voided_at = ?, voided_utc = ?, reason = ?, admin = ? "
                           "WHERE id = ?", (attendance_id, voided_at, utc_key(voided_at), reason, admin, void_id))
            applier.touched |= {attendance_id, row[1]}
            stored[void_id] = values
        else:
            applier.conflict("void", void_id, "stored")

