"""The attendance list and the recap as a workbook: Indonesian headers, NIP as text (never a number
Excel would round), widths set, the header frozen and filterable, optionally a small signature image
per row.

Every text may come from another desk's sync file, so no cell is ever a formula (OWASP's CSV/formula
injection rule): a text starting with =, +, -, @, tab, CR or LF is stored as a string with Excel's
quote prefix ("this is text", as when a person types '=1+1): shown unchanged, never evaluated, not
even after the cell is edited. Control characters a workbook cannot hold become U+FFFD."""
from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.drawing.image import Image as XlImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from ikrar.models.clock import parse_iso
from ikrar.models.store.schema import ABSENCE_CODES
from ikrar.reports.data import OUTSIDE, OUTSIDE_NOTE, Context, Group, Recap
from ikrar.reports.documents.not_signed import STATES
from ikrar.reports.drawing.common import footer_text
from ikrar.reports.drawing.ink import signature_png
from ikrar.reports.files import Ticker, discard, finish_file, fresh_temp
from ikrar.reports.wording import clock_time

HEADER_ROW = 4
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="DDDDDD")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
LIST_COLUMNS = [("No", 6), ("Nama", 38), ("NIP", 22), ("Pangkat/Gol.", 24), ("Jabatan", 30), ("Unit Kerja", 32),
                ("Status", 8), ("Keterangan", 22), ("Jam Hadir", 12), ("Tanda Tangan", 16)]


FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def put(ws, row: int, column: int, value):
    """Write one cell: text cleaned of characters a workbook cannot hold, and never a formula."""
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    cell = ws.cell(row=row, column=column, value=value)
    as_text(cell)
    return cell


def as_text(cell) -> None:
    """A cell openpyxl took for a formula (a text starting with '='), or a text a spreadsheet would
    read as one when edited or exported (+, -, @, tab, CR, LF), becomes a quote-prefixed string."""
    if cell.data_type == "f" or (isinstance(cell.value, str) and cell.value.startswith(FORMULA_START)):
        cell.value = str(cell.value)
        cell.data_type = "s"
        cell.quotePrefix = True


def save(wb: Workbook, path: Path) -> None:
    """Save through a temp file, after a last pass that leaves no formula in any sheet (these workbooks
    have none of their own: every value is data)."""
    for sheet in wb.worksheets:
        for cell in list(sheet._cells.values()):  # the cells written (iter_rows would add empty ones)
            as_text(cell)
    path = Path(path)
    tmp = fresh_temp(path)
    try:
        wb.save(tmp)
    except BaseException:
        discard(tmp)
        raise
    finish_file(tmp, path)


def _head(ws, title: str, ctx: Context, columns) -> None:
    put(ws, 1, 1, title).font = Font(bold=True, size=13)
    put(ws, 2, 1, f"{ctx.event.title} · {ctx.event.day_text} · Pukul {ctx.event.time_text}" +
        (f" · {ctx.event.place}" if ctx.event.place else ""))
    for i, (name, width) in enumerate(columns, 1):
        cell = put(ws, HEADER_ROW, i, name)
        cell.font, cell.fill, cell.border = BOLD, HEAD_FILL, BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=1)


def _time(recorded_at: str | None, tz: str) -> str:
    """A check-in's time on the event's clock (a desk in another zone recorded its own offset)."""
    if not recorded_at:
        return ""
    try:
        return clock_time(parse_iso(recorded_at), tz)
    except ValueError:
        return recorded_at


def attendance_sheet(ws, ctx: Context, groups: list[Group], *, signatures: bool, ticker: Ticker) -> None:
    columns = LIST_COLUMNS if signatures else LIST_COLUMNS[:-1]
    _head(ws, "DAFTAR HADIR", ctx, columns)
    row = HEADER_ROW
    for group in groups:
        for n, e in enumerate(group.entries, 1):
            row += 1
            state = STATES.get(e.status, e.status or "") if e.status != "H" else ("Terlambat" if e.late else "")
            note = "; ".join(x for x in (OUTSIDE if group.outside else "", state, e.note) if x)
            values = [n, e.name, e.nip.replace(" ", "") if e.nip else "", e.rank,
                      e.position, e.unit, e.status or "", note, _time(e.recorded_at, ctx.event.tz)]
            for col, value in enumerate(values, 1):
                cell = put(ws, row, col, value)
                cell.border = BOX
                cell.alignment = Alignment(vertical="center", wrap_text=col in (2, 4, 5, 6, 8))
            ws.cell(row=row, column=3).number_format = "@"  # NIP stays text
            if signatures and e.signature is not None:
                ws.row_dimensions[row].height = 36
                image = XlImage(io.BytesIO(signature_png(e.signature.strokes, 120, 40)))
                image.width, image.height = 105, 35
                ws.add_image(image, f"{get_column_letter(len(columns))}{row}")
            ticker.add(1)
    last = get_column_letter(len(columns))
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last}{max(row, HEADER_ROW)}"


def recap_sheet(ws, ctx: Context, summary: Recap) -> None:
    columns = [("No", 6), ("Unit Kerja", 42), ("Jumlah", 10), ("Hadir", 10), ("TTD", 10), ("Terlambat", 11)]
    columns += [(code, 7) for code in ABSENCE_CODES] + [("% Hadir", 10), ("% TTD", 10)]
    _head(ws, "REKAPITULASI KEHADIRAN", ctx, columns)

    def line(r: int, n, label: str, c, bold=False) -> None:
        values = [n, label, c.expected, c.present, c.signed, c.late, *[c.codes.get(k, 0) for k in ABSENCE_CODES],
                  c.pct(c.present) / 100, c.pct(c.signed) / 100]
        for col, value in enumerate(values, 1):
            cell = put(ws, r, col, value)
            cell.border = BOX
            if bold:
                cell.font = BOLD
            if col >= len(values) - 1:
                cell.number_format = "0.0%"

    r = HEADER_ROW
    for i, unit in enumerate(summary.units, 1):
        r += 1
        line(r, i, unit.unit_name, unit)
    line(r + 1, None, "JUMLAH", summary.total, bold=True)
    r += 3
    if summary.outside.people:  # apart: no Jumlah, no percentage (nobody expected them)
        put(ws, r, 2, OUTSIDE).font = BOLD
        put(ws, r + 1, 2, OUTSIDE_NOTE)
        r += 1
        for i, unit in enumerate([*summary.outside_units, None], 1):
            r += 1
            counts = unit.outside if unit is not None else summary.outside
            label = "JUMLAH" if unit is None else (unit.unit_name if unit.unit_id is not None else "Tanpa unit")
            values = [None if unit is None else i, label, None, counts.present, counts.signed, counts.late,
                      *[counts.codes.get(k, 0) for k in ABSENCE_CODES]]
            for col, value in enumerate(values, 1):
                cell = put(ws, r, col, value)
                cell.border = BOX
                if unit is None:
                    cell.font = BOLD
        r += 2
    put(ws, r, 2, "Menurut jenis pegawai").font = BOLD
    for i, (label, counts) in enumerate(summary.categories, 1):
        line(r + i, i, label, counts)


def render(ctx: Context, groups: list[Group], summary: Recap, path: Path, *, fp: str, signatures: bool = False,
           progress=None, cancel=None) -> None:
    ticker = Ticker(sum(len(g.entries) for g in groups), progress, cancel)
    wb = Workbook()
    ws = wb.active
    ws.title = "Daftar Hadir"
    attendance_sheet(ws, ctx, groups, signatures=signatures, ticker=ticker)
    recap_sheet(wb.create_sheet("Rekapitulasi"), ctx, summary)
    for sheet in wb.worksheets:
        put(sheet, 3, 1, f"{footer_text(ctx.made_at, ctx.desk_name, ctx.event.tz)} · sidik {fp}").font = \
            Font(italic=True, size=8, color="666666")
    wb.properties.creator = "Ikrar"
    wb.properties.title = f"Daftar hadir — {ctx.event.title}"
    wb.properties.created = ctx.made_at.astimezone().replace(tzinfo=None)
    save(wb, path)
