"""Schema versions. Each migration is frozen SQL (or code) that never changes once released; the
version lives in the one-row table `schema_version` on both engines, so an old database is brought
forward on open.

Versions 1-5 are SQLite's own SQL: a new PostgreSQL database is made at version 5 in one go
(pg_schema.py) and every migration after 5 runs on both engines (SQL both accept, or a dialect
function). SQLite files kept their version in `PRAGMA user_version` until the table came: such a file
moves to the table on open, in the same transaction as its first migration. SQLite's user_version is
still written beside the table, so an older Ikrar (which reads only that) refuses a newer file.
"""
from __future__ import annotations

import hashlib
import secrets
import sqlite3
import uuid
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Callable

from peewee import PostgresqlDatabase, SqliteDatabase

from ikrar.models.search.stored_keys import refresh_search_keys
from ikrar.models.store import pg_schema
from ikrar.models.store.migration_campaigns import migrate_campaigns
from ikrar.models.store.migration_pg_storage import migrate_pg_storage
from ikrar.models.store.migration_region import migrate_region
from ikrar.models.store.migration_signing_span import migrate_signing_span

# Version 1: the first release's schema, frozen as text so later model edits cannot change it.
V1 = r"""
CREATE TABLE "unit" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL, "parent_id" INTEGER, "sort_order" INTEGER NOT NULL, FOREIGN KEY ("parent_id") REFERENCES "unit" ("id") ON DELETE SET NULL);
CREATE UNIQUE INDEX "unit_name" ON "unit" ("name");
CREATE INDEX "unit_parent_id" ON "unit" ("parent_id");
CREATE TABLE "pact_text" ("sha256" VARCHAR(64) NOT NULL PRIMARY KEY, "text" TEXT NOT NULL, "created_at" VARCHAR(255) NOT NULL);
CREATE TABLE "event" ("id" VARCHAR(255) NOT NULL PRIMARY KEY, "title" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "date" DATE NOT NULL, "start_time" VARCHAR(255) NOT NULL, "tz" VARCHAR(255) NOT NULL, "place" VARCHAR(255) NOT NULL, "organizer" VARCHAR(255) NOT NULL, "organizer_unit_id" INTEGER, "pact_sha256" VARCHAR(64), "all_units" INTEGER NOT NULL, "approver_position" VARCHAR(255) NOT NULL, "approver_name" VARCHAR(255) NOT NULL, "approver_nip" VARCHAR(255) NOT NULL, "closed" INTEGER NOT NULL, "created_at" VARCHAR(255) NOT NULL, "updated_at" VARCHAR(255) NOT NULL, FOREIGN KEY ("organizer_unit_id") REFERENCES "unit" ("id") ON DELETE SET NULL, FOREIGN KEY ("pact_sha256") REFERENCES "pact_text" ("sha256"));
CREATE INDEX "event_organizer_unit_id" ON "event" ("organizer_unit_id");
CREATE INDEX "event_pact_sha256" ON "event" ("pact_sha256");
CREATE TABLE "employee" ("id" INTEGER NOT NULL PRIMARY KEY, "nip" VARCHAR(255), "nik" VARCHAR(255), "name" VARCHAR(255) NOT NULL, "front_title" VARCHAR(255) NOT NULL, "back_title" VARCHAR(255) NOT NULL, "gender" VARCHAR(255), "birth_date" DATE, "category" VARCHAR(255) NOT NULL, "golongan" VARCHAR(255) NOT NULL, "pangkat" VARCHAR(255) NOT NULL, "position" VARCHAR(255) NOT NULL, "unit_id" INTEGER, "active" INTEGER NOT NULL, "roster_order" INTEGER NOT NULL, "is_walk_in" INTEGER NOT NULL, "search_key" VARCHAR(255) NOT NULL, "updated_at" VARCHAR(255), FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") ON DELETE SET NULL);
CREATE UNIQUE INDEX "employee_nip" ON "employee" ("nip");
CREATE INDEX "employee_nik" ON "employee" ("nik");
CREATE INDEX "employee_unit_id" ON "employee" ("unit_id", "roster_order");
CREATE INDEX "employee_active" ON "employee" ("active");
CREATE INDEX "employee_search_key" ON "employee" ("search_key");
CREATE TABLE "desk" ("id" VARCHAR(255) NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL, "is_local" INTEGER NOT NULL, "public_key" BLOB, "private_key" BLOB, "created_at" VARCHAR(255) NOT NULL, "trusted_at" VARCHAR(255));
CREATE TABLE "attendance" ("id" VARCHAR(255) NOT NULL PRIMARY KEY, "event_id" VARCHAR(255) NOT NULL, "employee_id" INTEGER NOT NULL, "status" VARCHAR(255) NOT NULL, "recorded_at" VARCHAR(255) NOT NULL, "recorded_utc" VARCHAR(255) NOT NULL, "desk_id" VARCHAR(255) NOT NULL, "method" VARCHAR(255) NOT NULL, "late" INTEGER NOT NULL, "note" TEXT NOT NULL, "voided_at" VARCHAR(255), "void_reason" TEXT, "void_desk_id" VARCHAR(255), FOREIGN KEY ("event_id") REFERENCES "event" ("id") ON DELETE CASCADE, FOREIGN KEY ("employee_id") REFERENCES "employee" ("id"), FOREIGN KEY ("desk_id") REFERENCES "desk" ("id"), FOREIGN KEY ("void_desk_id") REFERENCES "desk" ("id"));
CREATE INDEX "attendance_event_id" ON "attendance" ("event_id", "employee_id");
CREATE INDEX "attendance_employee_id" ON "attendance" ("employee_id");
CREATE INDEX "attendance_recorded_utc" ON "attendance" ("recorded_utc");
CREATE INDEX "attendance_desk_id" ON "attendance" ("desk_id");
CREATE INDEX "attendance_void_desk_id" ON "attendance" ("void_desk_id");
-- one live record per person, event and desk; two desks may each hold one (the merge picks)
CREATE UNIQUE INDEX "attendance_live" ON "attendance" ("event_id", "employee_id", "desk_id") WHERE "voided_at" IS NULL;
CREATE TABLE "event_unit" ("event_id" VARCHAR(255) NOT NULL, "unit_id" INTEGER NOT NULL, PRIMARY KEY ("event_id", "unit_id"), FOREIGN KEY ("event_id") REFERENCES "event" ("id") ON DELETE CASCADE, FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") ON DELETE CASCADE);
CREATE INDEX "event_unit_unit_id" ON "event_unit" ("unit_id");
CREATE TABLE "setting" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL);
CREATE TABLE "signature" ("id" VARCHAR(255) NOT NULL PRIMARY KEY, "attendance_id" VARCHAR(255) NOT NULL, "strokes" TEXT NOT NULL, "pad_width" REAL NOT NULL, "pad_height" REAL NOT NULL, "pact_sha256" VARCHAR(64) NOT NULL, "signed_at" VARCHAR(255) NOT NULL, "desk_id" VARCHAR(255) NOT NULL, FOREIGN KEY ("attendance_id") REFERENCES "attendance" ("id"), FOREIGN KEY ("pact_sha256") REFERENCES "pact_text" ("sha256"), FOREIGN KEY ("desk_id") REFERENCES "desk" ("id"));
CREATE UNIQUE INDEX "signature_attendance_id" ON "signature" ("attendance_id");
CREATE INDEX "signature_pact_sha256" ON "signature" ("pact_sha256");
CREATE INDEX "signature_desk_id" ON "signature" ("desk_id");
-- search: a trigram index over the folded name and the NIP, kept in step by triggers so every
-- writer (import, walk-in, sync) updates it without knowing it exists
CREATE VIRTUAL TABLE "employee_fts" USING fts5(search_key, nip, content='employee', content_rowid='id', tokenize='trigram');
CREATE TRIGGER "employee_fts_ai" AFTER INSERT ON "employee" BEGIN
  INSERT INTO employee_fts(rowid, search_key, nip) VALUES (new.id, new.search_key, coalesce(new.nip, ''));
END;
CREATE TRIGGER "employee_fts_ad" AFTER DELETE ON "employee" BEGIN
  INSERT INTO employee_fts(employee_fts, rowid, search_key, nip) VALUES ('delete', old.id, old.search_key, coalesce(old.nip, ''));
END;
CREATE TRIGGER "employee_fts_au" AFTER UPDATE OF search_key, nip ON "employee" BEGIN
  INSERT INTO employee_fts(employee_fts, rowid, search_key, nip) VALUES ('delete', old.id, old.search_key, coalesce(old.nip, ''));
  INSERT INTO employee_fts(rowid, search_key, nip) VALUES (new.id, new.search_key, coalesce(new.nip, ''));
END;
"""  # noqa: E501 (frozen migration SQL: a released migration is never edited, not even re-wrapped)


def _run_script(database: SqliteDatabase, script: str) -> None:
    """Run each statement through peewee so it stays inside the migration's transaction
    (sqlite3's executescript would commit on its own)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        if not statement and (not line.strip() or line.lstrip().startswith("--")):
            continue
        statement += line
        if sqlite3.complete_statement(statement):
            database.execute_sql(statement)
            statement = ""


def _v1(database: SqliteDatabase) -> None:
    _run_script(database, V1)


# Version 2: the search index without per-row column sizes and without token positions
# (columnsize=0, detail=none). Nothing ranks by bm25, and substrings are found with LIKE, which
# FTS5 answers from the trigrams and checks on each candidate row; building the index for 100,000
# people (a first roster import) takes ~0.3 s instead of 0.5-0.7 s.
V2 = r"""
DROP TABLE "employee_fts";
CREATE VIRTUAL TABLE "employee_fts" USING fts5(search_key, nip, content='employee', content_rowid='id', tokenize='trigram', columnsize=0, detail=none);
INSERT INTO employee_fts(employee_fts) VALUES ('rebuild');
"""  # noqa: E501 (frozen migration SQL: a released migration is never edited, not even re-wrapped)


def _v2(database: SqliteDatabase) -> None:
    _run_script(database, V2)


# Version 3: the trust model (docs/sync-format.md). A desk is its key; records are a desk's and keyed
# "<desk>:<uuid>"; voids are records of their own (the attendance's void columns become derived);
# hub decisions on desks; events owned by the desk that made them; merged files kept for bundles.
V3 = r"""
ALTER TABLE "desk" ADD COLUMN "name_at" VARCHAR(255);
ALTER TABLE "desk" ADD COLUMN "rejected" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "desk" ADD COLUMN "rejected_at" VARCHAR(255);
ALTER TABLE "desk" ADD COLUMN "rejected_by" VARCHAR(255);
ALTER TABLE "desk" ADD COLUMN "reject_reason" TEXT;
ALTER TABLE "desk" ADD COLUMN "hub_trusted" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "event" ADD COLUMN "owner" VARCHAR(255);
ALTER TABLE "event" ADD COLUMN "nonce" VARCHAR(255);
ALTER TABLE "event" ADD COLUMN "owner_record" TEXT;
CREATE TABLE "void" ("id" VARCHAR(255) NOT NULL PRIMARY KEY, "attendance_id" VARCHAR(255) NOT NULL, "desk_id" VARCHAR(255) NOT NULL, "voided_at" VARCHAR(255) NOT NULL, "voided_utc" VARCHAR(255) NOT NULL, "reason" TEXT NOT NULL, "admin" INTEGER NOT NULL, FOREIGN KEY ("desk_id") REFERENCES "desk" ("id"));
CREATE INDEX "void_attendance_id" ON "void" ("attendance_id");
CREATE INDEX "void_desk_id" ON "void" ("desk_id");
CREATE TABLE "desk_decision" ("id" VARCHAR(255) NOT NULL PRIMARY KEY, "desk_id" VARCHAR(255) NOT NULL, "target" VARCHAR(255) NOT NULL, "action" VARCHAR(255) NOT NULL, "reason" TEXT NOT NULL, "decided_at" VARCHAR(255) NOT NULL, "decided_utc" VARCHAR(255) NOT NULL, FOREIGN KEY ("desk_id") REFERENCES "desk" ("id"));
CREATE INDEX "desk_decision_desk_id" ON "desk_decision" ("desk_id");
CREATE INDEX "desk_decision_target" ON "desk_decision" ("target");
CREATE TABLE "received_file" ("sha256" VARCHAR(255) NOT NULL PRIMARY KEY, "kind" VARCHAR(255) NOT NULL, "desk" VARCHAR(255) NOT NULL, "created_at" VARCHAR(255) NOT NULL, "merged_at" VARCHAR(255) NOT NULL);
-- the void state is derived now; one desk's two live records of a person are the counting query's to order
DROP INDEX "attendance_live";
CREATE INDEX "attendance_event_desk" ON "attendance" ("event_id", "desk_id");
"""  # noqa: E501 (frozen migration SQL: a released migration is never edited, not even re-wrapped)


def _v3(database: SqliteDatabase) -> None:
    _run_script(database, V3)
    run = database.execute_sql
    run("PRAGMA defer_foreign_keys = ON")  # ids change below; the references are consistent at commit
    merged = run("SELECT COUNT(*) FROM desk WHERE is_local = 0").fetchone()[0] > 0
    local = run("SELECT id, public_key FROM desk WHERE is_local = 1").fetchone()
    if local is not None and local[1] is not None:
        old, new = local[0], hashlib.sha256(bytes(local[1])).hexdigest()[:32]  # crypto.desk_id_of, frozen
        for table, column in (("desk", "id"), ("attendance", "desk_id"), ("attendance", "void_desk_id"),
                              ("signature", "desk_id")):
            run(f'UPDATE "{table}" SET "{column}" = ? WHERE "{column}" = ?', (new, old))
        if not merged:  # every event was made here: the local desk owns it; its id is bound to it
            for (event_id,) in run("SELECT id FROM event").fetchall():
                nonce = uuid.uuid4().hex
                digest = hashlib.sha256(f"ikrar-event:{new}:{nonce}".encode()).hexdigest()  # owner.event_id, frozen
                bound = f"{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}"
                run("UPDATE event SET id = ?, owner = ?, nonce = ? WHERE id = ?", (bound, new, nonce, event_id))
                run("UPDATE event_unit SET event_id = ? WHERE event_id = ?", (bound, event_id))
                run("UPDATE attendance SET event_id = ? WHERE event_id = ?", (bound, event_id))
    run("UPDATE signature SET attendance_id = (SELECT a.desk_id FROM attendance a WHERE a.id = "
        "signature.attendance_id) || ':' || attendance_id")
    run("UPDATE signature SET id = desk_id || ':' || id")
    run("UPDATE attendance SET id = desk_id || ':' || id")
    voided = run("SELECT id, desk_id, voided_at, void_reason, COALESCE(void_desk_id, desk_id) FROM attendance "
                 "WHERE voided_at IS NOT NULL").fetchall()
    for attendance_id, desk_id, voided_at, reason, void_desk in voided:
        utc = datetime.fromisoformat(voided_at).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")
        run("INSERT INTO void (id, attendance_id, desk_id, voided_at, voided_utc, reason, admin) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", (f"{void_desk}:{uuid.uuid4()}", attendance_id, void_desk, voided_at,
                                             utc, reason or "", int(void_desk != desk_id)))
    if merged:  # status and coverage advise re-merging the original files into a fresh hub
        run("INSERT OR REPLACE INTO setting (key, value) VALUES ('merged_before_trust_model', 'true')")


# Version 4: where each person came from (employee.origin: 'roster' | 'file' | 'walk_in'), so the
# regency-wide coverage counts the roster imported here, not whoever the sync files named. Walk-ins are
# 'walk_in'. A database that never met another desk got everyone else from its own roster import; one
# that did may have people from files it cannot tell apart now, so none of its people counts as the
# roster's until its own roster import lists them again (coverage says the roster is not imported).
V4 = r"""
ALTER TABLE "employee" ADD COLUMN "origin" VARCHAR(255) NOT NULL DEFAULT 'roster';
UPDATE "employee" SET "origin" = 'walk_in' WHERE "is_walk_in" = 1;
"""


def _v4(database: SqliteDatabase) -> None:
    _run_script(database, V4)
    if database.execute_sql("SELECT EXISTS (SELECT 1 FROM desk WHERE is_local = 0)").fetchone()[0]:
        database.execute_sql("UPDATE employee SET origin = 'file' WHERE origin = 'roster'")


# Version 5: the QR card's code of everyone without a NIP (employee.card: "IKR-" + 10 characters of
# Crockford's base 32 from the CSPRNG, models/card_code.py), so a card never carries a NIK; other codes
# the files bring for a person known here are card_alias rows. The people without a NIP get theirs now.
V5 = r"""
ALTER TABLE "employee" ADD COLUMN "card" VARCHAR(255);
CREATE UNIQUE INDEX "employee_card" ON "employee" ("card");
CREATE TABLE "card_alias" ("code" VARCHAR(255) NOT NULL PRIMARY KEY, "employee_id" INTEGER NOT NULL, FOREIGN KEY ("employee_id") REFERENCES "employee" ("id"));
CREATE INDEX "card_alias_employee_id" ON "card_alias" ("employee_id");
"""  # noqa: E501 (frozen migration SQL: a released migration is never edited, not even re-wrapped)
_V5_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # frozen here: models/card_code.py may change later


def _v5(database: SqliteDatabase) -> None:
    _run_script(database, V5)
    ids = [row[0] for row in database.execute_sql("SELECT id FROM employee WHERE nip IS NULL ORDER BY id")]
    codes: dict[str, None] = {}
    while len(codes) < len(ids):
        bits = secrets.randbits(50)
        codes["IKR-" + "".join(_V5_ALPHABET[(bits >> (5 * i)) & 31] for i in range(10))] = None
    database.connection().executemany("UPDATE employee SET card = ? WHERE id = ?", zip(codes, ids, strict=True))


# Version 6: a non-ASN's employment status as the roster spells it (employee.employment_status:
# "Honorer", "PPNPN", "Tenaga Kontrak"), printed instead of "Non-ASN"; the next roster import fills it.
V6 = r"""
ALTER TABLE "employee" ADD COLUMN "employment_status" VARCHAR(255) NOT NULL DEFAULT '';
"""


def _v6(database: SqliteDatabase) -> None:
    _run_script(database, V6)


# Version 7: signatures' print forms (models/print_forms.py), derived from the strokes and never the
# record: what the signed list draws, made by the first document that draws a signature and read back
# by the later ones while made_from (a SHA-256 of the form's version, the pad's size and the strokes'
# text) still matches. No foreign key: a form that outlives its signature is never read. Empty at first.
V7 = r"""
CREATE TABLE "print_form" ("signature_id" VARCHAR(255) NOT NULL PRIMARY KEY, "made_from" VARCHAR(64) NOT NULL, "form" TEXT NOT NULL);
"""  # noqa: E501 (frozen migration SQL: a released migration is never edited, not even re-wrapped)


def _v7(database: SqliteDatabase) -> None:
    _run_script(database, V7)


# Append new migrations here; never edit one that has been released.
MIGRATIONS: list[Callable[[SqliteDatabase], None]] = [_v1, _v2, _v3, _v4, _v5, _v6, _v7]
MIGRATIONS.append(migrate_campaigns)  # campaigns (issue 15): the next free number, whatever it is at merge
MIGRATIONS.append(migrate_signing_span)  # 9: signature.signing_ms, so the recap never reads the strokes
MIGRATIONS.append(migrate_pg_storage)  # 10: lz4 for the strokes on PostgreSQL (nothing on SQLite)
MIGRATIONS.append(migrate_region)  # 11: employee.region, the kabupaten/kota of a province's roster
SCHEMA_VERSION = len(MIGRATIONS)
MIGRATION_LOCK = 0x696B726172  # "ikrar": the advisory lock migrating a PostgreSQL database holds


def is_postgres(database) -> bool:
    return isinstance(database, PostgresqlDatabase)


def has_version_table(database) -> bool:
    if is_postgres(database):
        return database.execute_sql("SELECT to_regclass('schema_version') IS NOT NULL").fetchone()[0]
    return database.execute_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
                                ).fetchone() is not None


def current_version(database) -> int:
    """The schema version: the `schema_version` table's; on SQLite the larger of it and user_version
    (a file not moved yet has only the latter; one a newer program changed may have a larger one)."""
    table = database.execute_sql("SELECT version FROM schema_version").fetchone()[0] if has_version_table(
        database) else 0
    if is_postgres(database):
        return table
    return max(table, database.execute_sql("PRAGMA user_version").fetchone()[0])


def set_version(database, number: int) -> None:
    """Record *number* (inside the caller's transaction), making the table if the database has none."""
    if has_version_table(database):
        database.execute_sql("UPDATE schema_version SET version = ?", (number,))
    else:
        database.execute_sql("CREATE TABLE schema_version (version INTEGER NOT NULL)")
        database.execute_sql("INSERT INTO schema_version (version) VALUES (?)", (number,))
    if not is_postgres(database):
        database.execute_sql(f"PRAGMA user_version = {int(number)}")


class SchemaTooNewError(RuntimeError):
    """The file was made by a newer Ikrar: it is not opened (nothing in it is changed)."""

    def __init__(self, version: int, supported: int, path: str | None = None):
        super().__init__(f"database schema {version} is newer than this program ({supported}); update Ikrar")
        self.version, self.supported, self.path = version, supported, path


@contextmanager
def _one_at_a_time(database):
    """On a server, several programs may open a new (or older) database at the same moment: one
    migrates while the others wait, then find it done. SQLite's write lock does this for a file."""
    if not is_postgres(database):
        yield
        return
    database.execute_sql("SELECT pg_advisory_lock(?)", (MIGRATION_LOCK,))
    try:
        yield
    finally:
        database.execute_sql("SELECT pg_advisory_unlock(?)", (MIGRATION_LOCK,))


def migrate(database) -> int:
    """Apply the migrations this database is missing, each in its own transaction (a new PostgreSQL
    database: made at pg_schema.BASE first). Returns the version."""
    with _one_at_a_time(database):
        _migrate(database)
    refresh_search_keys(database)
    return SCHEMA_VERSION


def _migrate(database) -> None:
    version = current_version(database)
    if version > SCHEMA_VERSION:
        raise SchemaTooNewError(version, SCHEMA_VERSION, getattr(database, "ikrar_path", None)
                                or getattr(database, "database", None))
    if is_postgres(database):
        pg_schema.require_trigram(database)
        if version < pg_schema.BASE:
            with database.atomic():
                pg_schema.create_base(database)
                set_version(database, pg_schema.BASE)
            version = pg_schema.BASE
    for number in range(version + 1, SCHEMA_VERSION + 1):
        with database.atomic():
            MIGRATIONS[number - 1](database)
            set_version(database, number)
    if not has_version_table(database):  # an up-to-date SQLite file from before the table
        with database.atomic():
            set_version(database, version)
