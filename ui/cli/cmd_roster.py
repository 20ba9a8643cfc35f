"""`ikrar import-roster FILE`."""
from __future__ import annotations

import json
from pathlib import Path

from ikrar.models.errors import Refused
from ikrar.models.roster import RosterError, import_roster
from ikrar.ui.cli.output import EXIT_OK, say


def register(sub, common) -> None:
    p = sub.add_parser("import-roster", parents=[common],
                       help="import an employee list (CSV/XLSX from SIASN/SIMPEG)")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="show the report, write nothing")
    p.add_argument("--mapping", type=Path, metavar="JSON",
                   help='JSON object from field to header, e.g. {"nip": "NIP BARU"}')
    p.add_argument("--deactivate-missing", action="store_true",
                   help="people of the units in the file who are missing from it become inactive")
    p.set_defaults(handler=run_import)


def _load_mapping(path: Path | None) -> dict | None:
    if path is None:
        return None
    try:
        mapping = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as exc:
        raise Refused(f"{path}: pemetaan kolom tidak terbaca ({exc})",
                      f"{path}: cannot read the mapping ({exc})") from None
    if not isinstance(mapping, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in mapping.items()):
        raise Refused(f"{path}: pemetaan harus objek JSON dari nama field ke judul kolom",
                      f"{path}: the mapping must be a JSON object from field name to header")
    return mapping


def run_import(args, out) -> int:
    try:
        report = import_roster(args.file, mapping=_load_mapping(args.mapping), dry_run=args.dry_run,
                               deactivate_missing=args.deactivate_missing)
    except RosterError as exc:
        return out.error(str(exc))
    data = report.to_dict()
    lines = [
        say(f"Berkas: {args.file}", f"File: {args.file}")
        + (say("  (uji coba, tidak ada yang ditulis)", "  (dry run, nothing written)") if args.dry_run else ""),
        say(f"Baru: {report.created}  Diperbarui: {report.updated}  Tetap: {report.unchanged}  "
            f"Dinonaktifkan: {report.deactivated}  Ditolak: {len(report.rejected)}",
            f"Created: {report.created}  Updated: {report.updated}  Unchanged: {report.unchanged}  "
            f"Deactivated: {report.deactivated}  Rejected: {len(report.rejected)}"),
    ]
    for rej in report.rejected:
        lines.append(say(f"  baris {rej.row}, kolom {rej.column}: {rej.reason_text('id')}",
                         f"  row {rej.row}, column {rej.column}: {rej.reason_text('en')}"))
    out.emit(data, "\n".join(lines))
    return EXIT_OK
