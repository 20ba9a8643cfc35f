"""The campaigns migration (issue 15; models/campaigns.py, docs/campaigns.md), registered with one line
at the end of migrations.MIGRATIONS, so its number is the next free one whatever the other branches
added before it. Frozen once released, like every migration.

Campaigns (the pact signing of one election, owned and signed like an event), an event's campaign, and
a follow-up event's frozen expected list. Written for both engines: plain CREATE TABLE with types
SQLite and PostgreSQL both accept, ADD COLUMN with a NULL default, each statement on its own through
execute_sql (no script splitting, no PRAGMA, no SQLite-only DDL). Text as VARCHAR without a length, as
the hub's PostgreSQL schema has it: SQLite never cut a long name, and a server must not refuse one.
"""
from __future__ import annotations

CAMPAIGNS = (
    'CREATE TABLE "campaign" ("id" VARCHAR NOT NULL PRIMARY KEY, "name" VARCHAR NOT NULL, '
    '"deadline" VARCHAR NOT NULL, "pact_sha256" VARCHAR(64) REFERENCES "pact_text" ("sha256"), '
    '"owner" VARCHAR NOT NULL, "nonce" VARCHAR NOT NULL, "created_at" VARCHAR NOT NULL, '
    '"updated_at" VARCHAR NOT NULL, "owner_record" TEXT)',
    'CREATE INDEX "campaign_pact_sha256" ON "campaign" ("pact_sha256")',
    'CREATE TABLE "event_expected" ("event_id" VARCHAR NOT NULL REFERENCES "event" ("id") ON DELETE CASCADE, '
    '"employee_id" INTEGER NOT NULL REFERENCES "employee" ("id") ON DELETE CASCADE, '
    'PRIMARY KEY ("event_id", "employee_id"))',
    'CREATE INDEX "event_expected_employee_id" ON "event_expected" ("employee_id")',
    'ALTER TABLE "event" ADD COLUMN "campaign_id" VARCHAR',
    'ALTER TABLE "event" ADD COLUMN "followup_at" VARCHAR',
    'CREATE INDEX "event_campaign_id" ON "event" ("campaign_id")',
)


def migrate_campaigns(database) -> None:
    for statement in CAMPAIGNS:
        database.execute_sql(statement)
