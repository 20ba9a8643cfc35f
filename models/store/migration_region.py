"""Migration 11 (issue 15): the region (regency/city) an employee belongs to, registered with one line at
the end of migrations.MIGRATIONS. Frozen once released, like every migration.

`employee.region`: the kabupaten/kota as the roster spells it (SIASN's INSTANSI INDUK NAMA, a local
list's KABUPATEN/KOTA …; models/roster), '' for this hub's own regency or when the roster gives none. A
province's BKD holds every regency's roster in one hub, and OPD names repeat across regencies ("Dinas
Pendidikan" in every kabupaten): coverage per region (models/queries/coverage.py) needs it. A plain text
column rather than a table of regions: nothing else refers to a region, and the roster is its only source.

Both engines: ADD COLUMN with a constant default (every row gets ''), VARCHAR without a length as the
hub's PostgreSQL schema spells text (SQLite's VARCHAR never cut anything either). No index: coverage
reads the whole roster anyway.
"""
from __future__ import annotations

REGION = """ALTER TABLE "employee" ADD COLUMN "region" VARCHAR NOT NULL DEFAULT ''"""


def migrate_region(database) -> None:
    database.execute_sql(REGION)
