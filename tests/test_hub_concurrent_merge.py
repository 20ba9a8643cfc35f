"""Several `ikrar merge` processes at once into one hub (on PostgreSQL with IKRAR_TEST_DB=postgresql,
else one SQLite file) end as one merge does: no record lost, none doubled, every report counting
each new record once (models/store/dialect.serialized: one merge applies at a time)."""
from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from test_sync_support import merge_into, scenario

from ikrar.models.store.connection import close_database
from ikrar.models.sync.dump import canonical_dump

ROOT = Path(__file__).resolve().parent.parent
PROCESSES = 4


def _target(pg_databases, path: Path) -> str:
    """What --db names for the hub: its PostgreSQL database (made by the test fixture) or the file."""
    return pg_databases.redirect(path) if pg_databases is not None else str(path)


def test_four_merges_at_once_end_as_one(world, pg_databases):
    files = scenario(world)
    order = [files[k] for k in ("A1", "A2", "B1", "B2", "C1")]
    reference_reports, reference = merge_into(world, "ref", order)
    assert all(r.ok for r in reference_reports)
    hub = world.root / "hub.db"
    world.use("hub")  # made (with its local desk) before the processes start, as a hub is
    close_database()
    children = []
    for n in range(PROCESSES):
        rotated = order[n:] + order[:n]  # every process meets the files in another order
        children.append(subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), "merge", "--json", "--db", _target(pg_databases, hub),
             *map(str, rotated)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    outputs = [child.communicate(timeout=300) for child in children]
    results = [json.loads(out) for out, _ in outputs]
    assert all(child.returncode == 0 for child in children), [err for _, err in outputs]
    assert all(r["ok"] for r in results)
    world.use("hub")
    assert canonical_dump() == reference
    # each new record was new to exactly one process: counted once in all the reports together
    new = Counter()
    for result in results:
        for report in result["files"]:
            new.update(report["new"])
    expected = Counter()
    for report in reference_reports:
        expected.update(report.new)
    for kind in ("attendances", "signatures", "voids", "people", "events", "units", "pact_texts", "desks"):
        assert new[kind] == expected[kind], kind
