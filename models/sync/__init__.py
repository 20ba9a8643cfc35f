"""Moving data between desks: event packages (organizer → desks), signed sync files (desk → BKPSDM),
and the verified merge (the regency-wide coverage is a query: models/queries/coverage.py). Format:
docs/sync-format.md.

    export_sync(events, out)          -> Path            (export.py)
    export_package(event, out)        -> Path            (package.py)
    import_file(path, passphrase=None) -> MergeReport    (merge.py; sync files and packages)
    trust_file(path, passphrase=None) -> Desk            (merge.py; accept a reinstalled desk's new key)
"""
from __future__ import annotations

from ikrar.models.sync.errors import SyncRefused

__all__ = ["SyncRefused"]
