"""Open a roster file (CSV or XLSX), find its header row and map its columns.

CSV: UTF-8 with or without BOM (UTF-16 with BOM too, Excel's "Unicode Text"), else cp1252 (what
Excel on Windows saves; a file mixing the two is read in the one most of its lines use, and the
rows in the other are refused: hostile.py); delimiter `,` `;` `|` or tab, chosen by which one makes a header row of
known column names. XLSX/XLSM: the streaming reader in xlsx.py (constant memory, only the mapped
columns); XLS/XLSB/ODS, and XLSX it cannot read: python-calamine. Either way the header row may sit
under a title block: the first SCAN_ROWS rows are searched for the most header-like one.
Row numbers are those the spreadsheet shows (1-based, title and header rows counted).
A file that is not a table at all (a PDF, an archive, an image, bytes that are not text) is refused
by what it looks like (sniff.py). `partial=True` (the import dialog) opens a table whose columns are
not all recognised, so that a person can map them; the import itself needs a usable mapping.
What is opened is a RosterFile (roster_file.py), which reads the rows under the header.
"""
from __future__ import annotations

import codecs
import csv
import io
import itertools
import json
import os
from pathlib import Path

from ikrar.models.roster import headers as H
from ikrar.models.roster import hostile, sniff
from ikrar.models.roster.cells import cell_text
from ikrar.models.roster.report import RosterError
from ikrar.models.roster.roster_file import RosterFile
from ikrar.models.roster.xlsx import XlsxStream, XlsxUnsupported

SCAN_ROWS = 30
DELIMITERS = (",", ";", "\t", "|")
SPREADSHEET_EXT = {".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"}


def read_roster(path, mapping: dict | str | os.PathLike | None = None, *, partial: bool = False) -> RosterFile:
    """Open *path*, find the header row, map the columns; RosterError when the file is refused.
    *mapping* ({field: header}, or a JSON file holding one) overrides the detected mapping field
    by field; a field mapped to "" or None is left out.
    *partial*: a table without a recognised name or NIP/NIK column is opened all the same, with
    the row most like column titles as its header row (`complete` is then False)."""
    path = Path(path)
    if not path.is_file():
        raise RosterError(path, "berkas tidak ditemukan", "file not found", code="not_found")
    explicit = _check_explicit(path, mapping)
    with open(path, "rb") as f:
        head = f.read(sniff.HEAD)
    if not head:
        raise RosterError(path, "berkas kosong", "the file is empty", code="empty")
    sniff.refuse_foreign(path, head)
    partial = partial and not explicit
    if path.suffix.lower() in SPREADSHEET_EXT or head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        try:
            return _open_spreadsheet(path, explicit, partial)
        except sniff.DAMAGED:
            raise sniff.damaged(path) from None
    return _open_csv(path, explicit, partial, head)


def _check_explicit(path, mapping) -> dict[str, str]:
    if isinstance(mapping, (str, os.PathLike)):  # a JSON file {field: header}
        try:
            mapping = json.loads(Path(mapping).read_text(encoding="utf-8-sig"))
        except (OSError, ValueError) as exc:
            why = H.shown_header(exc)
            raise RosterError(path, f"pemetaan kolom {mapping} tidak terbaca ({why})",
                              f"cannot read the column mapping {mapping} ({why})", code="bad_mapping") from None
    if not mapping:
        return {}
    if not isinstance(mapping, dict):
        raise RosterError(path, "pemetaan kolom harus berupa objek {field: judul kolom}",
                          "the column mapping must be an object {field: header}", code="bad_mapping")
    unknown = [k for k in mapping if k not in H.FIELDS]
    if unknown:
        names = ", ".join(f'"{H.shown_header(k)}"' for k in unknown[:H.LISTED_HEADERS])
        raise RosterError(path, f"field tidak dikenal dalam pemetaan kolom: {names}; gunakan salah satu dari "
                          f"{', '.join(H.FIELDS)}",
                          f"unknown field in the column mapping: {names}; use one of {', '.join(H.FIELDS)}",
                          code="bad_mapping")
    return {k: ("" if v is None else str(v)) for k, v in mapping.items()}


def _resolve(row: list, explicit: dict[str, str]) -> tuple[dict[str, str] | None, int]:
    """Mapping and score of a candidate header row; None when an explicit header is missing."""
    texts = [cell_text(c) for c in row]
    mapping = H.detect_mapping(texts)
    if explicit:
        by_fold = {}
        for t in texts:
            by_fold.setdefault(H.fold_header(t), t)
        for fld, header in explicit.items():
            if not header:
                mapping.pop(fld, None)
            elif H.fold_header(header) in by_fold:
                mapping[fld] = by_fold[H.fold_header(header)]
            else:
                return None, 0
    return mapping, H.score(mapping)


def _find_header(rows: list[list], explicit) -> tuple[int, dict[str, str] | None, int]:
    """(0-based index, mapping, score) of the most header-like row; ties go to the first."""
    best = (-1, None, 0)
    for i, row in enumerate(rows):
        mapping, sc = _resolve(row, explicit)
        if mapping is not None and sc > best[2]:
            best = (i, mapping, sc)
    return best


def _refuse(path, rows: list[list], explicit) -> RosterError:
    """The refusal for a file without a usable header row, listing the headers it does have (short
    and printable: H.header_list)."""
    sample = max(rows, key=lambda r: sum(1 for c in r if cell_text(c)), default=[])
    found = [H.shown_header(cell_text(c)) for c in sample if cell_text(c).strip()]
    listed_id, listed_en = H.header_list(found)
    if explicit:
        folded = {H.fold_header(f) for f in found}
        missing = [f'"{H.shown_header(h)}" ({fld})' for fld, h in explicit.items()
                   if h and H.fold_header(h) not in folded]
        if missing:
            return RosterError(path, f"kolom pada pemetaan tidak ada di berkas: {', '.join(missing)}; "
                               f"kolom yang ada: {listed_id}",
                               f"mapped column not in the file: {', '.join(missing)}; columns found: {listed_en}",
                               headers=found, code="mapping_not_found")
    return RosterError(
        path, f"tidak ada kolom NIP/NIK dan kolom nama yang dikenali; kolom yang ada: {listed_id}",
        f"no recognisable NIP/NIK column and name column; columns found: {listed_en}",
        headers=found, code="no_columns")


def _filled(row: list) -> int:
    return sum(1 for c in row if cell_text(c).strip())


def _partial_header(rows: list[list]) -> tuple[int, dict[str, str], tuple[int, int]]:
    """(0-based index, mapping, rank) of the row most like column titles in a file whose columns
    are not all recognised: the one with most known headers, else the first with most filled cells
    (a title block above the table has fewer)."""
    best = (-1, {}, (0, 0))
    for i, row in enumerate(rows):
        mapping = H.detect_mapping([cell_text(c) for c in row])
        known = H.score(mapping) + sum(1 for c in row if H.is_row_number(cell_text(c)))
        rank = (known, _filled(row))
        if rank > best[2]:
            best = (i, mapping, rank)
    return best


def _finish(path, kind, rows, explicit, partial=False, **extra) -> RosterFile:
    index, mapping, _ = _find_header(rows, explicit)
    if mapping is None or not H.usable(mapping):
        if not partial:
            raise _refuse(path, rows, explicit)
        index, mapping, (_, filled) = _partial_header(rows)
        if filled < 2:  # one column, or none: not a table a person could map
            raise _refuse(path, rows, explicit)
    headers = [cell_text(c) for c in rows[index]]
    return RosterFile(path=path, kind=kind, headers=headers, header_row=index + 1, mapping=mapping,
                      unit_candidates=_unit_candidates(headers, mapping, explicit), explicit=explicit, **extra)


def _unit_candidates(headers: list[str], mapping: dict[str, str], explicit) -> list[str]:
    """The columns offered for the unit: if the caller's mapping decides the unit, only the column it
    mapped (or none); otherwise every header that could name the unit."""
    if "unit" not in explicit:
        return H.unit_candidates(headers)
    return [mapping["unit"]] if "unit" in mapping else []


def _sniff_encoding(path: Path) -> tuple[str, int, bool]:
    """(encoding, number of lines, mixed). One pass in 1 MB chunks: UTF-8 unless a byte says
    otherwise; then a second pass counts the lines with UTF-8 characters and those with bytes UTF-8
    cannot read, and the file is read in the encoding most of its lines use (a UTF-8 BOM: UTF-8).
    mixed: the lines in the other encoding are there, and their rows are refused (hostile.py)."""
    lines = 0
    with open(path, "rb") as f:
        head = f.read(4)
        f.seek(0)
        if head.startswith(codecs.BOM_UTF8):
            encoding = "utf-8-sig"
        elif head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            encoding = "utf-16"
        else:
            encoding = "utf-8"
        decoder = codecs.getincrementaldecoder(encoding)() if encoding != "utf-16" else None
        for chunk in iter(lambda: f.read(1 << 20), b""):
            lines += chunk.count(b"\n")
            if decoder is not None:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    decoder = False
        if decoder:
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                decoder = False
    if decoder is not False:
        return encoding, lines, False
    utf8, other = hostile.count_encodings(path)
    if encoding == "utf-8-sig" or utf8 > other:
        return encoding, lines, True
    return "cp1252", lines, utf8 > 0


def _open_csv(path: Path, explicit, partial: bool, head: bytes) -> RosterFile:
    encoding, lines, mixed = _sniff_encoding(path)
    with open(path, encoding=encoding, newline="", errors="replace") as f:
        sample = f.read(1 << 18)
    if "\n" in sample[:-1] and len(sample) == 1 << 18:
        sample = sample[: sample.rindex("\n")]  # whole lines only
    best = None
    for delimiter in DELIMITERS:
        rows = list(itertools.islice(csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter), SCAN_ROWS))
        _, mapping, sc = _find_header(rows, explicit)
        widths = [len(r) for r in rows if len(r) > 1]
        agree = max((widths.count(w) for w in set(widths)), default=0)
        key = (mapping is not None and H.usable(mapping), sc, agree, max(widths, default=0))
        if best is None or key > best[0]:
            best = (key, delimiter, rows)
    (usable, *_), delimiter, rows = best
    if not usable and sniff.looks_binary(head):
        raise sniff.refuse_binary(path, head)
    roster = _finish(path, "csv", rows, explicit, partial, delimiter=delimiter, encoding=encoding)
    roster.total_estimate = max(lines - roster.header_row, 0)
    roster.mixed_encoding = mixed
    # a file whose lines end in LF (or CRLF): a lone CR is inside a row, never a line end (only files
    # from before Mac OS X end lines in CR alone, and they have no LF)
    roster.newline = "\n" if lines and encoding != "utf-16" else ""
    return roster


def _open_spreadsheet(path: Path, explicit, partial: bool) -> RosterFile:
    if path.suffix.lower() in (".xlsx", ".xlsm") or path.suffix.lower() not in SPREADSHEET_EXT:
        try:
            return _open_xlsx_stream(path, explicit, partial)
        except XlsxUnsupported:
            pass  # python-calamine reads what the streaming reader does not
    return _open_calamine(path, explicit, partial)


def _pick_sheet(found: list[tuple], partial: bool):
    """The sheet to open: the first (visible first) with a usable header row, else, for *partial*,
    the one whose best row is most like column titles; None when there is none."""
    for candidate in found:
        if candidate[0]:
            return candidate
    if partial and found:
        best = max(found, key=lambda c: _partial_header(c[1])[2])
        if _partial_header(best[1])[2][1] >= 2:
            return best
    return None


def _open_xlsx_stream(path: Path, explicit, partial: bool) -> RosterFile:
    stream = XlsxStream(path)
    found = []  # (usable, rows, name, member, height)
    try:
        for name, member, _visible in sorted(stream.sheets, key=lambda s: not s[2]):
            rows, height = stream.head(member, SCAN_ROWS)
            _, mapping, _ = _find_header(rows, explicit)
            found.append((mapping is not None and H.usable(mapping), rows, name, member, height))
            if found[-1][0]:
                break
        chosen = _pick_sheet(found, partial)
        if chosen is not None:
            _, rows, name, member, height = chosen
            roster = _finish(path, "xlsx", rows, explicit, partial, sheet=name, _stream=stream, _member=member)
            roster.total_estimate = max(height - roster.header_row, 0)
            return roster
    except BaseException:
        stream.close()
        raise
    stream.close()
    raise _refuse(path, found[0][1] if found else [], explicit)


def _open_calamine(path: Path, explicit, partial: bool) -> RosterFile:
    try:
        # Late: calamine (a Rust extension) only for spreadsheets other than a plain XLSX.
        from python_calamine import CalamineWorkbook, SheetVisibleEnum

        book = CalamineWorkbook.from_path(str(path))
        names = [m.name for m in book.sheets_metadata if m.visible == SheetVisibleEnum.Visible] or book.sheet_names
    except Exception as exc:  # calamine raises its own errors, zip/xml errors, password errors
        why = H.shown_header(exc)
        raise RosterError(path, f"lembar kerja tidak dapat dibaca ({why}); buka di Excel, simpan sebagai XLSX, "
                          "lalu pilih berkas itu", f"cannot read the workbook ({why}); open it in Excel, save it "
                          "as XLSX and choose that file", code="unreadable") from None
    found = []  # (usable, rows, sheet, offset)
    for name in names:
        sheet = book.get_sheet_by_name(name)
        rows = list(itertools.islice(sheet.iter_rows(), SCAN_ROWS))
        # python-calamine 0.9 yields rows from A1; some versions start at the first used row
        offset = sheet.start[0] if sheet.start and rows and any(map(cell_text, rows[0])) else 0
        rows = [[] for _ in range(offset)] + rows
        _, mapping, _ = _find_header(rows, explicit)
        found.append((mapping is not None and H.usable(mapping), rows, sheet, offset, name))
        if found[-1][0]:
            break
    chosen = _pick_sheet(found, partial)
    if chosen is None:
        first = next((c[1] for c in found if any(map(any, c[1]))), found[0][1] if found else [])
        raise _refuse(path, first, explicit)
    _, rows, sheet, offset, name = chosen
    roster = _finish(path, "xlsx", rows, explicit, partial, sheet=name, _sheet=sheet, _offset=offset)
    roster.total_estimate = max(sheet.total_height + 1 - roster.header_row, 0)
    return roster
