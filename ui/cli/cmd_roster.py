"""`ikrar import-roster FILE [--mapping JSON|FILE.json]` and `ikrar import-roster --fields [FILE]`."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from ikrar.models.errors import Refused
from ikrar.models.roster import FIELDS, RosterError, import_roster, read_roster
from ikrar.models.roster.headers import FIELD_MEANINGS, is_row_number, shown_header
from ikrar.ui.cli.output import EXIT_OK, EXIT_USAGE, say

EXAMPLE = '{"nip": "NOMOR PEGAWAI", "name": "NAMA LENGKAP"}'
FIELDS_HINT_ID = "daftar field: ikrar import-roster --fields"
FIELDS_HINT_EN = "the fields: ikrar import-roster --fields"


class _ListFields(argparse.Action):
    """--fields: list the fields (and a FILE's columns) without opening the database."""

    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, nargs=0, default=False, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        namespace.fields = True
        namespace.no_db = True


def register(sub, common) -> None:
    fields = ", ".join(FIELDS)
    p = sub.add_parser(
        "import-roster", parents=[common], formatter_class=argparse.RawDescriptionHelpFormatter,
        help=say("impor daftar pegawai (CSV/XLSX dari SIASN/SIMPEG)",
                 "import an employee list (CSV/XLSX from SIASN/SIMPEG)"),
        description=say("Impor daftar pegawai (CSV/XLSX dari SIASN atau SIMPEG). Ikrar mengenali kolom dari "
                        "judulnya; judul yang tidak dikenal dipetakan dengan --mapping.",
                        "Import an employee list (CSV/XLSX from SIASN or SIMPEG). Ikrar finds the columns by their "
                        "titles; when it does not know a title, map it with --mapping."),
        epilog=say(f"Field untuk --mapping (artinya: ikrar import-roster --fields):\n  {fields}\n\nContoh:\n"
                   f"  ikrar import-roster pegawai.csv --mapping '{EXAMPLE}'\n"
                   "  ikrar import-roster pegawai.csv --mapping kolom.json\n"
                   "  ikrar import-roster pegawai.csv --fields     # kolom berkas dan field yang diisinya",
                   f"Fields for --mapping (their meaning: ikrar import-roster --fields):\n  {fields}\n\nExamples:\n"
                   f"  ikrar import-roster pegawai.csv --mapping '{EXAMPLE}'\n"
                   "  ikrar import-roster pegawai.csv --mapping kolom.json\n"
                   "  ikrar import-roster pegawai.csv --fields     # the file's columns and the field each one feeds"))
    p.add_argument("file", type=Path, nargs="?", metavar=say("BERKAS", "FILE"),
                   help=say("berkas CSV/XLSX", "the CSV/XLSX file"))
    p.add_argument("--dry-run", action="store_true",
                   help=say("tampilkan laporannya saja, tanpa menulis apa pun", "show the report, write nothing"))
    p.add_argument("--mapping", metavar=say("JSON|BERKAS.json", "JSON|FILE.json"),
                   help=say(f"field → judul kolom, langsung ('{EXAMPLE}') atau berkas .json yang berisi itu; "
                            'field berisi "" tidak diimpor',
                            f"field → column title, inline ('{EXAMPLE}') or a .json file holding it; "
                            'a field mapped to "" is left out'))
    p.add_argument("--fields", action=_ListFields,
                   help=say("daftar nama field dan isinya (dengan BERKAS: juga kolom berkas itu), lalu berhenti",
                            "list the field names and what each holds (with FILE: also its columns), then stop"))
    p.add_argument("--deactivate-missing", action="store_true",
                   help=say("pegawai dari unit yang ada di berkas, tetapi tidak tercantum di dalamnya, "
                            "menjadi tidak aktif",
                            "people of the units in the file who are missing from it become inactive"))
    p.set_defaults(handler=run_import, fields=False)


def load_mapping(text: str | None) -> dict | None:
    """--mapping's value: an inline JSON object, or the path of a file holding one. Refused (one
    sentence naming what is wrong, with an example) when it is neither."""
    if text is None:
        return None
    source = "--mapping"
    if not text.strip().startswith("{"):
        path = Path(text)
        if not path.is_file():
            shown = shown_header(text)
            raise Refused(f'--mapping "{shown}" bukan objek JSON dan bukan berkas yang ada; tulis misalnya '
                          f"'{EXAMPLE}' atau jalur berkas .json yang berisi itu ({FIELDS_HINT_ID})",
                          f'--mapping "{shown}" is neither a JSON object nor an existing file; write for example '
                          f"'{EXAMPLE}' or the path of a .json file holding that ({FIELDS_HINT_EN})",
                          code="bad_mapping")
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise Refused(f"{path}: berkas pemetaan kolom tidak terbaca ({shown_header(exc)})",
                          f"{path}: cannot read the column mapping file ({shown_header(exc)})",
                          code="bad_mapping") from None
        source = str(path)
    try:
        mapping = json.loads(text)
    except ValueError as exc:
        where = f"{getattr(exc, 'msg', exc)}, baris {getattr(exc, 'lineno', '?')} kolom {getattr(exc, 'colno', '?')}"
        where_en = f"{getattr(exc, 'msg', exc)}, line {getattr(exc, 'lineno', '?')} column {getattr(exc, 'colno', '?')}"
        raise Refused(f"{source}: bukan JSON yang sah ({where}); tulis misalnya '{EXAMPLE}'",
                      f"{source}: not valid JSON ({where_en}); write for example '{EXAMPLE}'",
                      code="bad_mapping") from None
    if not isinstance(mapping, dict):
        raise Refused(f"{source}: pemetaan harus objek JSON dari nama field ke judul kolom, misalnya '{EXAMPLE}'",
                      f"{source}: the mapping must be a JSON object from field name to column title, "
                      f"for example '{EXAMPLE}'", code="bad_mapping")
    for field, header in mapping.items():
        if header is not None and not isinstance(header, str):
            raise Refused(f'{source}: judul kolom untuk "{shown_header(field)}" harus teks, misalnya "NAMA"',
                          f'{source}: the column title for "{shown_header(field)}" must be text, such as "NAMA"',
                          code="bad_mapping")
    return mapping


def _with_hint(exc: RosterError) -> RosterError | Refused:
    """A refusal about the columns, with how to map them from the command line."""
    if exc.code != "no_columns":
        return exc
    return Refused(f"{exc.id_text}; petakan kolomnya dengan --mapping '{EXAMPLE}' ({FIELDS_HINT_ID})",
                   f"{exc.en_text}; map the columns with --mapping '{EXAMPLE}' ({FIELDS_HINT_EN})", code=exc.code)


def list_fields(args, out) -> int:
    rows = [{"field": f, "id": FIELD_MEANINGS[f][0], "en": FIELD_MEANINGS[f][1]} for f in FIELDS]
    lines = [say("Field untuk --mapping (wajib: name, dan nip atau nik):",
                 "Fields for --mapping (required: name, and nip or nik):")]
    lines += [f"  {r['field']:<12} {say(r['id'], r['en'])}" for r in rows]
    data = {"fields": rows}
    if args.file is not None:
        roster = read_roster(args.file, partial=True)
        roster.close()
        fed = {}
        for field, header in roster.mapping.items():
            fed.setdefault(header, []).append(field)
        columns = [{"column": h, "fields": fed.get(h, []), "row_number": is_row_number(h)} for h in roster.headers if h]
        data["file"], data["header_row"], data["columns"] = str(args.file), roster.header_row, columns
        lines += ["", say(f"Kolom di {args.file} (judul pada baris {roster.header_row}):",
                          f"Columns in {args.file} (titles on row {roster.header_row}):")]
        for c in columns:
            what = ", ".join(c["fields"]) if c["fields"] else (
                say("nomor urut, tidak diimpor", "row number, not imported") if c["row_number"]
                else say("tidak diimpor", "not imported"))
            lines.append(f"  {shown_header(c['column']):<42} → {what}")
        if not roster.complete:
            lines.append(say(f"Kolom nama dan NIP/NIK belum dikenali: petakan dengan --mapping '{EXAMPLE}'.",
                             f"The name and NIP/NIK columns are not recognised: map them with --mapping '{EXAMPLE}'."))
    lines.append(say(f"Contoh: ikrar import-roster pegawai.csv --mapping '{EXAMPLE}'",
                     f"Example: ikrar import-roster pegawai.csv --mapping '{EXAMPLE}'"))
    out.emit(data, "\n".join(lines))
    return EXIT_OK


def run_import(args, out) -> int:
    try:
        if args.fields:
            return list_fields(args, out)
        if args.file is None:
            return out.error(say("sebutkan berkas daftar pegawai: ikrar import-roster BERKAS.csv "
                                 "(atau --fields untuk daftar field)",
                                 "name the employee list: ikrar import-roster FILE.csv (or --fields for the fields)"),
                             EXIT_USAGE)
        report = import_roster(args.file, mapping=load_mapping(args.mapping), dry_run=args.dry_run,
                               deactivate_missing=args.deactivate_missing)
    except RosterError as exc:
        return out.error(_with_hint(exc))
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
