"""The attendance list and the recap as a workbook: Indonesian headers, NIP as text (never a number
Excel would round), widths set, the header frozen and filterable, optionally a small signature image
per row; ready to print (reports/documents/sheet_print.py: paper, orientation, fit to width, the header
on every page, margins, row heights for wrapped text).

Cells take their look from a few named styles (one lookup a cell; openpyxl hashes every style object
assigned to a cell, most of the time of a 5,000-row sheet). Each signature is read, drawn and encoded
when its row is written (a 1-bit PNG at twice its shown size), so the sheet holds small PNGs only.

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
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter

from ikrar.models.clock import parse_iso
from ikrar.models.store.schema import ABSENCE_CODES
from ikrar.reports.data import NOT_ARRIVED, OUTSIDE, OUTSIDE_NOTE, Context, Group, Recap
from ikrar.reports.documents.not_signed import STATES
from ikrar.reports.documents.recap import NOTE as RECAP_NOTE
from ikrar.reports.documents.sheet_print import CELL_FONT, CELL_SIZE, footer, row_height, setup_page
from ikrar.reports.drawing.common import footer_text
from ikrar.reports.drawing.ink import signature_png
from ikrar.reports.files import Ticker, discard, finish_file, fresh_temp
from ikrar.reports.wording import clock_time

HEADER_ROW = 4
BOLD = Font(name=CELL_FONT, size=CELL_SIZE, bold=True)
HEAD_FILL = PatternFill("solid", fgColor="DDDDDD")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
LIST_COLUMNS = [("No", 6), ("Nama", 38), ("NIP", 22), ("Pangkat/Gol.", 24), ("Jabatan", 30), ("Unit Kerja", 32),
                ("Status", 8), ("Keterangan", 22), ("Jam Hadir", 12), ("Tanda Tangan", 16)]
WRAPPED = (2, 4, 5, 6, 8)  # the list's columns whose text wraps
BODY = Font(name=CELL_FONT, size=CELL_SIZE)
STYLES = {  # name -> a cell's look
    "ikrar-head": dict(font=BOLD, fill=HEAD_FILL, border=BOX,
                       alignment=Alignment(horizontal="center", vertical="center", wrap_text=True)),
    "ikrar-cell": dict(font=BODY, border=BOX, alignment=Alignment(vertical="center")),
    "ikrar-wrap": dict(font=BODY, border=BOX, alignment=Alignment(vertical="center", wrap_text=True)),
    "ikrar-text": dict(font=BODY, border=BOX, alignment=Alignment(vertical="center"), number_format="@"),
    "ikrar-bold": dict(font=BOLD, border=BOX),
    "ikrar-percent": dict(font=BODY, border=BOX, number_format="0.0%"),
    "ikrar-bold-percent": dict(font=BOLD, border=BOX, number_format="0.0%"),
}
SIGNATURE_PX = (105, 35)  # shown in the cell; drawn at twice that, for print
SIGNED_ROW_PT = 36


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


def add_styles(wb: Workbook) -> None:
    """The named styles the cells take (once a workbook)."""
    if "ikrar-head" not in wb.named_styles:
        for name, look in STYLES.items():
            wb.add_named_style(NamedStyle(name, **look))


def _head(ws, title: str, ctx: Context, columns) -> None:
    """Title, event line, the header row (frozen), column widths, and the page set up for print."""
    add_styles(ws.parent)
    put(ws, 1, 1, title).font = Font(name=CELL_FONT, bold=True, size=13)
    put(ws, 2, 1, f"{ctx.event.title} · {ctx.event.day_text} · Pukul {ctx.event.time_text}" +
        (f" · {ctx.event.place}" if ctx.event.place else "")).font = BODY
    for i, (name, width) in enumerate(columns, 1):
        put(ws, HEADER_ROW, i, name).style = "ikrar-head"
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.row_dimensions[HEADER_ROW].height = row_height([(name, width) for name, width in columns])
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=1)
    setup_page(ws, ctx.paper, [width for _, width in columns], HEADER_ROW)


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
    looks = ["ikrar-wrap" if col in WRAPPED else "ikrar-text" if col == 3 else "ikrar-cell"
             for col in range(1, len(columns) + 1)]
    widths = [width for _, width in columns]
    sign_column = get_column_letter(len(columns))
    row = HEADER_ROW
    for group in groups:
        for n, e in enumerate(group.entries, 1):
            row += 1
            state = STATES.get(e.status, e.status or "") if e.status != "H" else ("Terlambat" if e.late else "")
            note = "; ".join(x for x in (OUTSIDE if group.outside else "", state, e.note) if x)
            values = [n, e.name, e.nip.replace(" ", "") if e.nip else "", e.rank,  # the NIP stays text
                      e.position, e.unit, e.status or "", note, _time(e.recorded_at, ctx.event.tz)]
            for col, value in enumerate(values, 1):
                put(ws, row, col, value).style = looks[col - 1]
            signed = signatures and e.signature is not None
            ws.row_dimensions[row].height = row_height([(values[c - 1], widths[c - 1]) for c in WRAPPED],
                                                       least=SIGNED_ROW_PT if signed else 0.0)
            if signatures:
                put(ws, row, len(columns), None).style = "ikrar-cell"
            if signed:
                w, h = SIGNATURE_PX
                image = XlImage(io.BytesIO(signature_png(e.signature.strokes, 2 * w, 2 * h, line_width=2)))
                image.width, image.height = w, h
                ws.add_image(image, f"{sign_column}{row}")
            ticker.add(1)
    last = get_column_letter(len(columns))
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last}{max(row, HEADER_ROW)}"


def recap_sheet(ws, ctx: Context, summary: Recap) -> None:
    columns = [("No", 6), ("Unit Kerja", 42), ("Jumlah", 10), ("Hadir", 10), ("TTD", 10), ("Terlambat", 11)]
    # Jumlah = Hadir + S + I + C + DL + TK + Belum hadir, as in the PDF recap (RECAP_NOTE under the totals)
    columns += [(code, 7) for code in ABSENCE_CODES] + [(NOT_ARRIVED, 11), ("% Hadir", 10), ("% TTD", 10)]
    _head(ws, "REKAPITULASI KEHADIRAN", ctx, columns)

    def line(r: int, n, label: str, c, bold=False) -> None:
        values = [n, label, c.expected, c.present, c.signed, c.late, *[c.codes.get(k, 0) for k in ABSENCE_CODES],
                  c.not_arrived, c.pct(c.present) / 100, c.pct(c.signed) / 100]
        for col, value in enumerate(values, 1):
            percent = col >= len(values) - 1
            put(ws, r, col, value).style = ("ikrar-bold" if bold else "ikrar-cell") if not percent else \
                ("ikrar-bold-percent" if bold else "ikrar-percent")

    r = HEADER_ROW
    for i, unit in enumerate(summary.units, 1):
        r += 1
        line(r, i, unit.unit_name, unit)
    line(r + 1, None, "JUMLAH", summary.total, bold=True)
    # what adds up, across the table's width (wrapped there: a long line would run off the printed page)
    note = put(ws, r + 2, 2, RECAP_NOTE)
    note.font, note.alignment = BODY, Alignment(vertical="top", wrap_text=True)
    ws.merge_cells(start_row=r + 2, start_column=2, end_row=r + 2, end_column=len(columns))
    ws.row_dimensions[r + 2].height = row_height([(RECAP_NOTE, sum(width for _, width in columns[1:]))])
    r += 4
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
                put(ws, r, col, value).style = "ikrar-bold" if unit is None else "ikrar-cell"
        r += 2
    put(ws, r, 2, "Menurut jenis pegawai").font = BOLD
    for i, (label, counts) in enumerate(summary.categories, 1):
        line(r + i, i, label, counts)


def render(ctx: Context, groups: list[Group], summary: Recap, path: Path, *, fp: str, signatures: bool = False,
           progress=None, cancel=None) -> None:
    ticker = Ticker(sum(len(g.entries) for g in groups), progress, cancel)
    wb = Workbook()
    add_styles(wb)
    ws = wb.active
    ws.title = "Daftar Hadir"
    attendance_sheet(ws, ctx, groups, signatures=signatures, ticker=ticker)
    recap_sheet(wb.create_sheet("Rekapitulasi"), ctx, summary)
    made = f"{footer_text(ctx.made_at, ctx.desk_name, ctx.event.tz)} · sidik {fp}"
    for sheet in wb.worksheets:
        put(sheet, 3, 1, made).font = Font(name=CELL_FONT, italic=True, size=8, color="666666")
        footer(sheet, made)
    wb.properties.creator = "Ikrar"
    wb.properties.title = f"Daftar hadir — {ctx.event.title}"
    wb.properties.created = ctx.made_at.astimezone().replace(tzinfo=None)
    save(wb, path)
