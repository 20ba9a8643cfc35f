"""Roster import: an employee list (SIASN "Export Data ASN", a local SIMPEG list; CSV or XLSX) into
the employee table.

    read_roster(path, mapping=None, partial=False) -> RosterFile
                       headers, mapping, rows(), preview(n); partial: also a table whose columns
                       are not recognised (complete is then False), for a person to map
    import_roster(path, *, mapping=None, dry_run=False, deactivate_missing=False,
                  progress=None, cancel=None) -> ImportReport
    detect_mapping(headers) -> {field: header}
    RosterError        the file is refused as a whole (the message names the file)
    ImportCancelled    cancel() said stop; nothing was written

The whole file is read and checked first; the database is written last, in one transaction, so a
cancel or a crash applies nothing and a desk sharing the database is blocked only briefly.

Modules: sniff.py refuses what is not a table; reader.py / xlsx.py open the file (roster_file.py:
the opened file's rows); row_checker.py checks rows (RowChecker) and rows.py keeps them in file
order (RowParser); pipeline.py runs that on two processes for a large file; apply.py diffs and
writes (through models.store.bulk.fts_bulk when the write is large).
"""
from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from ikrar.models.roster.headers import FIELDS, choose_unit_column, detect_mapping
from ikrar.models.roster.pipeline import check_roster
from ikrar.models.roster.reader import RosterFile, read_roster
from ikrar.models.roster.report import ImportCancelled, ImportReport, RejectedRow, RosterError, RowWarning
from ikrar.models.roster.row_checker import R_UNITS
from ikrar.models.roster.rows import RowParser, gc_paused
from ikrar.models.roster.sniff import DAMAGED, damaged

__all__ = ["read_roster", "import_roster", "detect_mapping", "RosterFile", "ImportReport", "RejectedRow",
           "RowWarning", "RosterError", "ImportCancelled", "FIELDS"]


def _canceller(cancel):
    if cancel is None:
        return lambda: False
    if hasattr(cancel, "is_set"):  # a threading.Event
        return cancel.is_set
    if callable(cancel):
        return cancel
    return lambda: bool(cancel)


def import_roster(path, *, mapping: dict | None = None, dry_run: bool = False, deactivate_missing: bool = False,
                  progress=None, cancel=None, today: date | None = None) -> ImportReport:
    """Import the employee list at *path* into the open database. See the package doc.

    progress(done, total) is called about every 1,000 rows (total is an estimate until the end);
    cancel is a callable returning True to stop (or a threading.Event), checked between rows (for
    a large file, between pieces of a few hundred rows); it may also raise.
    A large file is checked on two cores (pipeline.py); the result is the same either way.
    """
    with gc_paused():
        return _import(path, mapping, dry_run, deactivate_missing, progress, _canceller(cancel), today)


def _import(path, mapping, dry_run, deactivate_missing, progress, check, today) -> ImportReport:
    # Late: the import worker process loads this package too, and needs neither apply nor peewee.
    from ikrar.models.roster.apply import apply_records, known_names, refuse_if_damaged

    if not dry_run:  # a database marked damaged takes no import: said before the file is read
        refuse_if_damaged()
    started = time.perf_counter()
    roster = read_roster(path, mapping)
    try:
        # search keys are worked out while reading (on the second core when there is one), except
        # in a dry run and for names the database already has (the write folds those it needs)
        parser = RowParser(roster, today, fold=not dry_run, known_names=frozenset() if dry_run else known_names())
        try:
            total = check_roster(roster, parser, check_cancel=check, progress=progress)
        except DAMAGED:  # a workbook damaged past the rows read when it was opened
            raise damaged(path) from None
    finally:
        roster.close()
    records = parser.records

    unit_header = _pick_unit(roster, records)
    used = dict(roster.mapping)
    if unit_header is not None:
        used["unit"] = unit_header
    report = ImportReport(path=str(Path(path)), kind=roster.kind, mapping=used, header_row=roster.header_row,
                          delimiter=roster.delimiter, encoding=roster.encoding, sheet=roster.sheet,
                          rows=parser.rows, rejected=parser.rejected, warnings=parser.warnings, dry_run=dry_run)
    unit_pick = roster.unit_candidates.index(unit_header) if unit_header is not None else None
    apply_records(records, report, unit_pick=unit_pick, mentioned=parser.mentioned,
                  dry_run=dry_run, deactivate_missing=deactivate_missing, check_cancel=check)
    report.rejected.sort(key=lambda r: r.row)
    if progress is not None:
        progress(total, total)
    report.seconds = time.perf_counter() - started
    return report


def _pick_unit(roster: RosterFile, records) -> str | None:
    """The unit column: the caller's, or the first candidate whose values look like OPDs."""
    candidates = roster.unit_candidates
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    distinct = {h: len({r[R_UNITS][i] for r in records} - {""}) for i, h in enumerate(candidates)}
    return choose_unit_column(candidates, distinct)
