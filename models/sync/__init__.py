"""Moving data between desks: event packages (organizer → desks), signed sync files (desk → BKPSDM),
the verified merge, and the regency-wide coverage. Format: docs/sync-format.md.

    export_sync(events, out)          -> Path            (export.py)
    export_package(event, out)        -> Path            (package.py)
    import_file(path, passphrase=None) -> MergeReport    (merge.py; sync files and packages)
    trust_file(path, passphrase=None) -> Desk            (merge.py; accept a reinstalled desk's new key)
    coverage(unit_ids=None)           -> [UnitCoverage]  (coverage.py)
"""
from __future__ import annotations

from ikrar.models.sync.errors import SyncRefused

__all__ = ["SyncRefused"]
