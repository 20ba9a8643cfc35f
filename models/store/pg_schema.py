"""The schema of a new PostgreSQL database, made at version BASE in one go.

SQLite files got there through migrations 1-5, which are SQLite's own SQL and never run on a server;
a new PostgreSQL database starts with the tables as they stand at version 5 (the peewee models' tables
then, with PostgreSQL's types) and the migrations after 5 run on both engines (migrations.py).
Frozen like a migration: a later change is a new migration, never an edit here.

PostgreSQL's own parts, where SQLite had others:
- search: GIN trigram indexes (pg_trgm) on the search key and the NIP, which answer `LIKE '%q%'`,
  instead of the FTS5 table and its triggers;
- the search key and the NIP compare byte by byte (COLLATE "C"): their prefix scans
  (dialect.text_range_sql) and the order they give are SQLite's, whatever the database's locale;
- the signature pad's size as DOUBLE PRECISION (SQLite's REAL is 8 bytes; PostgreSQL's REAL is 4);
- the bytes of every merged file in `received_data` (store/received.py), which a desk keeps under its
  data folder's received/: on a server every operator's bundle must find every merge's files;
- text columns as VARCHAR without a length (peewee would say VARCHAR(255)): SQLite never cut or
  refused a long name, address or reason, and the hub must keep what the desks kept.
"""
from __future__ import annotations

from ikrar.models.store.connection import ServerRefused

BASE = 5

V5 = r"""
CREATE TABLE "desk" ("id" VARCHAR NOT NULL PRIMARY KEY, "name" VARCHAR NOT NULL, "is_local" BOOLEAN NOT NULL, "public_key" BYTEA, "private_key" BYTEA, "created_at" VARCHAR NOT NULL, "trusted_at" VARCHAR, "name_at" VARCHAR, "rejected" BOOLEAN NOT NULL DEFAULT FALSE, "rejected_at" VARCHAR, "rejected_by" VARCHAR, "reject_reason" TEXT, "hub_trusted" BOOLEAN NOT NULL DEFAULT FALSE);
CREATE TABLE "unit" ("id" SERIAL NOT NULL PRIMARY KEY, "name" VARCHAR NOT NULL, "parent_id" INTEGER, "sort_order" INTEGER NOT NULL, FOREIGN KEY ("parent_id") REFERENCES "unit" ("id") ON DELETE SET NULL);
CREATE UNIQUE INDEX "unit_name" ON "unit" ("name");
CREATE INDEX "unit_parent_id" ON "unit" ("parent_id");
CREATE TABLE "employee" ("id" SERIAL NOT NULL PRIMARY KEY, "nip" VARCHAR COLLATE "C", "nik" VARCHAR, "name" VARCHAR NOT NULL, "front_title" VARCHAR NOT NULL, "back_title" VARCHAR NOT NULL, "gender" VARCHAR, "birth_date" DATE, "category" VARCHAR NOT NULL, "golongan" VARCHAR NOT NULL, "pangkat" VARCHAR NOT NULL, "position" VARCHAR NOT NULL, "unit_id" INTEGER, "active" BOOLEAN NOT NULL, "roster_order" INTEGER NOT NULL, "is_walk_in" BOOLEAN NOT NULL, "search_key" VARCHAR COLLATE "C" NOT NULL, "updated_at" VARCHAR, "origin" VARCHAR NOT NULL DEFAULT 'roster', "card" VARCHAR, FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") ON DELETE SET NULL);
CREATE UNIQUE INDEX "employee_nip" ON "employee" ("nip");
CREATE INDEX "employee_nik" ON "employee" ("nik");
CREATE INDEX "employee_unit_id" ON "employee" ("unit_id", "roster_order");
CREATE INDEX "employee_active" ON "employee" ("active");
CREATE INDEX "employee_search_key" ON "employee" ("search_key");
CREATE UNIQUE INDEX "employee_card" ON "employee" ("card");
CREATE INDEX "employee_search_trgm" ON "employee" USING gin (("search_key" || '') gin_trgm_ops);
CREATE INDEX "employee_nip_trgm" ON "employee" USING gin ((coalesce("nip", '')) gin_trgm_ops);
CREATE TABLE "card_alias" ("code" VARCHAR NOT NULL PRIMARY KEY, "employee_id" INTEGER NOT NULL, FOREIGN KEY ("employee_id") REFERENCES "employee" ("id"));
CREATE INDEX "card_alias_employee_id" ON "card_alias" ("employee_id");
CREATE TABLE "pact_text" ("sha256" VARCHAR(64) NOT NULL PRIMARY KEY, "text" TEXT NOT NULL, "created_at" VARCHAR NOT NULL);
CREATE TABLE "event" ("id" VARCHAR NOT NULL PRIMARY KEY, "title" VARCHAR NOT NULL, "kind" VARCHAR NOT NULL, "date" DATE NOT NULL, "start_time" VARCHAR NOT NULL, "tz" VARCHAR NOT NULL, "place" VARCHAR NOT NULL, "organizer" VARCHAR NOT NULL, "organizer_unit_id" INTEGER, "pact_sha256" VARCHAR(64), "all_units" BOOLEAN NOT NULL, "approver_position" VARCHAR NOT NULL, "approver_name" VARCHAR NOT NULL, "approver_nip" VARCHAR NOT NULL, "closed" BOOLEAN NOT NULL, "created_at" VARCHAR NOT NULL, "updated_at" VARCHAR NOT NULL, "owner" VARCHAR, "nonce" VARCHAR, "owner_record" TEXT, FOREIGN KEY ("organizer_unit_id") REFERENCES "unit" ("id") ON DELETE SET NULL, FOREIGN KEY ("pact_sha256") REFERENCES "pact_text" ("sha256"));
CREATE INDEX "event_organizer_unit_id" ON "event" ("organizer_unit_id");
CREATE INDEX "event_pact_sha256" ON "event" ("pact_sha256");
CREATE TABLE "event_unit" ("event_id" VARCHAR NOT NULL, "unit_id" INTEGER NOT NULL, PRIMARY KEY ("event_id", "unit_id"), FOREIGN KEY ("event_id") REFERENCES "event" ("id") ON DELETE CASCADE, FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") ON DELETE CASCADE);
CREATE INDEX "event_unit_unit_id" ON "event_unit" ("unit_id");
CREATE TABLE "attendance" ("id" VARCHAR NOT NULL PRIMARY KEY, "event_id" VARCHAR NOT NULL, "employee_id" INTEGER NOT NULL, "status" VARCHAR NOT NULL, "recorded_at" VARCHAR NOT NULL, "recorded_utc" VARCHAR NOT NULL, "desk_id" VARCHAR NOT NULL, "method" VARCHAR NOT NULL, "late" BOOLEAN NOT NULL, "note" TEXT NOT NULL, "voided_at" VARCHAR, "void_reason" TEXT, "void_desk_id" VARCHAR, FOREIGN KEY ("event_id") REFERENCES "event" ("id") ON DELETE CASCADE, FOREIGN KEY ("employee_id") REFERENCES "employee" ("id"), FOREIGN KEY ("desk_id") REFERENCES "desk" ("id"), FOREIGN KEY ("void_desk_id") REFERENCES "desk" ("id"));
CREATE INDEX "attendance_event_id" ON "attendance" ("event_id", "employee_id");
CREATE INDEX "attendance_employee_id" ON "attendance" ("employee_id");
CREATE INDEX "attendance_recorded_utc" ON "attendance" ("recorded_utc");
CREATE INDEX "attendance_desk_id" ON "attendance" ("desk_id");
CREATE INDEX "attendance_void_desk_id" ON "attendance" ("void_desk_id");
CREATE INDEX "attendance_event_desk" ON "attendance" ("event_id", "desk_id");
CREATE TABLE "signature" ("id" VARCHAR NOT NULL PRIMARY KEY, "attendance_id" VARCHAR NOT NULL, "strokes" TEXT NOT NULL, "pad_width" DOUBLE PRECISION NOT NULL, "pad_height" DOUBLE PRECISION NOT NULL, "pact_sha256" VARCHAR(64) NOT NULL, "signed_at" VARCHAR NOT NULL, "desk_id" VARCHAR NOT NULL, FOREIGN KEY ("attendance_id") REFERENCES "attendance" ("id"), FOREIGN KEY ("pact_sha256") REFERENCES "pact_text" ("sha256"), FOREIGN KEY ("desk_id") REFERENCES "desk" ("id"));
CREATE UNIQUE INDEX "signature_attendance_id" ON "signature" ("attendance_id");
CREATE INDEX "signature_pact_sha256" ON "signature" ("pact_sha256");
CREATE INDEX "signature_desk_id" ON "signature" ("desk_id");
CREATE TABLE "void" ("id" VARCHAR NOT NULL PRIMARY KEY, "attendance_id" VARCHAR NOT NULL, "desk_id" VARCHAR NOT NULL, "voided_at" VARCHAR NOT NULL, "voided_utc" VARCHAR NOT NULL, "reason" TEXT NOT NULL, "admin" BOOLEAN NOT NULL, FOREIGN KEY ("desk_id") REFERENCES "desk" ("id"));
CREATE INDEX "void_attendance_id" ON "void" ("attendance_id");
CREATE INDEX "void_desk_id" ON "void" ("desk_id");
CREATE TABLE "desk_decision" ("id" VARCHAR NOT NULL PRIMARY KEY, "desk_id" VARCHAR NOT NULL, "target" VARCHAR NOT NULL, "action" VARCHAR NOT NULL, "reason" TEXT NOT NULL, "decided_at" VARCHAR NOT NULL, "decided_utc" VARCHAR NOT NULL, FOREIGN KEY ("desk_id") REFERENCES "desk" ("id"));
CREATE INDEX "desk_decision_desk_id" ON "desk_decision" ("desk_id");
CREATE INDEX "desk_decision_target" ON "desk_decision" ("target");
CREATE TABLE "received_file" ("sha256" VARCHAR NOT NULL PRIMARY KEY, "kind" VARCHAR NOT NULL, "desk" VARCHAR NOT NULL, "created_at" VARCHAR NOT NULL, "merged_at" VARCHAR NOT NULL);
CREATE TABLE "setting" ("key" VARCHAR NOT NULL PRIMARY KEY, "value" TEXT NOT NULL);
CREATE TABLE "received_data" ("sha256" VARCHAR NOT NULL PRIMARY KEY, "data" BYTEA NOT NULL);
"""  # noqa: E501 (frozen schema SQL, as a released migration: never edited, not even re-wrapped)



def require_trigram(database) -> None:
    """pg_trgm must be installed in the database (a DBA's job: creating an extension needs rights the
    program's role should not have)."""
    if database.execute_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").fetchone() is None:
        raise ServerRefused(
            "Basis data PostgreSQL ini belum memiliki ekstensi pg_trgm yang dibutuhkan pencarian nama; minta DBA "
            "menjalankan sekali CREATE EXTENSION pg_trgm; di basis data ini (lihat README, \"Hub di PostgreSQL\").",
            "This PostgreSQL database lacks the pg_trgm extension the name search needs; ask the DBA to run "
            "CREATE EXTENSION pg_trgm; in it once (see the README, \"Hub on PostgreSQL\").",
            getattr(database, "ikrar_path", None), code="db_pg_trgm")


def create_base(database) -> None:
    """Make the version-BASE tables in an empty database (inside the caller's transaction)."""
    tables = database.execute_sql("SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema()").fetchone()[0]
    if tables:
        raise ServerRefused(
            "Basis data PostgreSQL ini sudah berisi tabel lain yang bukan milik Ikrar; pakai basis data kosong yang "
            "dibuat khusus untuk Ikrar (lihat README, \"Hub di PostgreSQL\").",
            "This PostgreSQL database already holds tables that are not Ikrar's; give Ikrar an empty database of "
            "its own (see the README, \"Hub on PostgreSQL\").", getattr(database, "ikrar_path", None),
            code="db_not_empty")
    for statement in V5.strip().split(";\n"):
        if statement.strip():
            database.execute_sql(statement)
