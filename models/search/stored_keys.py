"""Stored search keys kept in step with the fold that made them.

`Employee.search_key` is fold_name(name) as the program that wrote it folded. When the folding
rules change (search.fold.FOLD_VERSION goes up), keys stored by an older program no longer meet the
queries the new one folds: "Yusuf" is looked up as "yoesoef" but stored as "yusuf". So on opening,
a database whose keys were made by another fold version gets all of them folded again, in one
transaction with the search index rebuilt once (about a second for 100,000 people, once).
"""
from __future__ import annotations

import json

from ikrar.models.search.fold import FOLD_VERSION, fold_name
from ikrar.models.store import dialect
from ikrar.models.store.bulk import fts_bulk

SETTING = "search_fold_version"  # kept in the setting table, outside the user's settings registry


def stored_version(database) -> int | None:
    row = database.execute_sql("SELECT value FROM setting WHERE key = ?", (SETTING,)).fetchone()
    try:
        return int(json.loads(row[0])) if row else None
    except (TypeError, ValueError):
        return None


def refresh_search_keys(database) -> int:
    """Fold every name again if the stored keys come from another fold version; returns how many
    keys changed. A new database (no people) just records the version."""
    if stored_version(database) == FOLD_VERSION:
        return 0
    with database.atomic():
        rows = database.execute_sql("SELECT id, name, search_key FROM employee").fetchall()
        changed = [(key, pid) for pid, name, old in rows if (key := fold_name(name)) != old]
        if changed:
            with fts_bulk(database, enabled=len(changed) > 2_000):
                dialect.execute_many("UPDATE employee SET search_key = ? WHERE id = ?", changed, database)
        database.execute_sql("INSERT INTO setting (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                             (SETTING, json.dumps(FOLD_VERSION)))
    return len(changed)
