"""Not signed by a campaign's deadline (docs/campaigns.md), as a PDF and a workbook: per OPD how many
signed by the deadline, how many only after it, how many not at all, then per OPD who had not signed
by the deadline (the late ones with when they signed). Laid out as the regency coverage list
(documents/coverage.py): its tables, columns, kop and approval block."""
from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from ikrar.models.queries.campaign_coverage import NO_ROSTER
from ikrar.reports.campaign_data import CampaignCoverageData, late_text
from ikrar.reports.data import Context, golongan_text
from ikrar.reports.documents.coverage import person_cells, person_columns, unit_tables
from ikrar.reports.documents.recap import SIZE, table
from ikrar.reports.documents.signed_list import nip_width
from ikrar.reports.documents.xlsx import BOLD, HEADER_ROW, _head, put, save
from ikrar.reports.drawing.common import build_pdf, footer_text, frame_width, keep_with_last_rows
from ikrar.reports.drawing.grid import Column, Row
from ikrar.reports.drawing.kop import BODY, Letterhead, approval, title_block
from ikrar.reports.files import Ticker
from ikrar.reports.wording import number, percent

SUMMARY_TITLES = ["No.", "Unit Kerja", "Pegawai", "Sudah TTD", "Terlambat", "Belum TTD", "% TTD"]
# Pegawai = Sudah + Terlambat + Belum: each person in one column, so every row adds up
NOTE = ("Sudah TTD: menandatangani sampai akhir hari tenggat (waktu acaranya). Terlambat: menandatangani "
        "sesudahnya. Belum TTD: belum menandatangani sama sekali. Daftar di bawah memuat yang terlambat dan "
        "yang belum.")


def _rows_of(data: CampaignCoverageData):
    """(number, label, counts, bold) of each OPD, then the total."""
    units = data.summary.units
    yield from ((i, u.unit_name or "Tanpa unit", u, False) for i, u in enumerate(units, 1))
    yield "", "JUMLAH", data.summary.total, True


def _summary_rows(data: CampaignCoverageData) -> list[Row]:
    return [Row([str(n), label, number(u.employees), number(u.signed), number(u.late), number(u.never),
                 percent(u.signed, u.employees)], bold=bold, shade=bold) for n, label, u, bold in _rows_of(data)]


def _as_of(ctx: Context, data: CampaignCoverageData) -> list[tuple[str, str]]:
    return [("KAMPANYE", data.summary.name), ("TENGGAT", f"{data.deadline_text}, akhir hari (waktu acaranya)"),
            ("KEADAAN PER", f"{ctx.event.day_text}, pukul {ctx.event.time_text}")]


def _columns(width: float, count: int) -> list[Column]:
    """The regency list's columns, with room taken from Jabatan for Ket. (when a late one signed)."""
    cols = person_columns(width, count)
    note_w = 0.22 * width  # "TTD terlambat: 24 November 2026 09.00 WIB" in three lines
    name_cut = min(0.25 * note_w, cols[1].width - nip_width(SIZE))  # Jabatan is shorter than titled names
    cols[1] = Column(cols[1].title, cols[1].width - name_cut)
    cols[3] = Column(cols[3].title, cols[3].width - (note_w - name_cut))
    return [*cols, Column("Ket.", note_w)]


def render_pdf(ctx: Context, data: CampaignCoverageData, path: Path, *, fp: str, progress=None, cancel=None) -> int:
    width = frame_width(ctx)
    summary, people = data.summary, data.people
    ticker = Ticker(len(people) + len(summary.units), progress, cancel)
    story = [Letterhead(ctx.letterhead, ctx.logo), *title_block(data.title, ctx, subtitle=summary.name,
                                                                rows=_as_of(ctx, data))]
    if not summary.roster_imported:
        story += [Paragraph(f"<b>{escape(NO_ROSTER[0])}</b>", BODY), Spacer(1, 4 * mm)]
    else:
        story += [table(SUMMARY_TITLES, _summary_rows(data), width, ticker), Spacer(1, 2 * mm),
                  Paragraph(escape(NOTE), BODY), Spacer(1, 6 * mm)]
    story += unit_tables(people, lambda count: _columns(width, count), lambda p: [*person_cells(p), late_text(p)],
                         ticker)
    if not people and summary.roster_imported:
        story.append(Paragraph("Semua pegawai aktif sudah menandatangani pakta sampai tenggat.", BODY))
    story = keep_with_last_rows(story, approval(ctx))  # never alone on a page
    return build_pdf(path, story, ctx, title=f"{data.title} — {summary.name}", fp=fp,
                     running=f"{data.title} · {summary.name}")


def render_xlsx(ctx: Context, data: CampaignCoverageData, path: Path, *, fp: str, progress=None, cancel=None) -> None:
    summary, people = data.summary, data.people
    ticker = Ticker(len(people) + 1, progress, cancel)
    wb = Workbook()
    ws = wb.active
    ws.title = "Per OPD"
    _head(ws, data.title.upper(), ctx, [("No", 6), ("Unit Kerja", 44), ("Pegawai", 10), ("Sudah TTD", 11),
                                        ("Terlambat", 11), ("Belum TTD", 11), ("% TTD", 9)])
    r = HEADER_ROW
    if not summary.roster_imported:
        r += 1
        put(ws, r, 1, NO_ROSTER[0]).font = BOLD
    else:
        for n, label, u, bold in _rows_of(data):
            r += 1
            values = [n, label, u.employees, u.signed, u.late, u.never, (u.signed / u.employees) if u.employees else 0]
            for col, value in enumerate(values, 1):
                cell = put(ws, r, col, value)
                if bold:
                    cell.font = BOLD
            ws.cell(row=r, column=7).number_format = "0.0%"
        put(ws, r + 2, 1, NOTE)
    sheet = wb.create_sheet("Belum TTD")
    _head(sheet, data.title.upper(), ctx, [("No", 6), ("Nama", 38), ("NIP", 22), ("Gol.", 13), ("Jabatan", 32),
                                           ("Unit Kerja", 36), ("TTD terlambat", 26)])
    for n, p in enumerate(people, 1):
        row = HEADER_ROW + n
        values = [n, p.display_name, p.nip or "", golongan_text(p.category, p.golongan, p.employment_status),
                  p.position, p.unit_name, late_text(p).removeprefix("TTD terlambat: ")]
        for col, value in enumerate(values, 1):
            put(sheet, row, col, value)
        sheet.cell(row=row, column=3).number_format = "@"
        if n % 500 == 0:
            ticker.add(500)
    sheet.auto_filter.ref = f"A{HEADER_ROW}:G{HEADER_ROW + max(len(people), 1)}"
    for target in wb.worksheets:
        put(target, 2, 1, f"Kampanye {summary.name}; tenggat {data.deadline_text} (akhir hari, waktu acaranya); "
            f"keadaan per {ctx.event.day_text}, pukul {ctx.event.time_text}")
        put(target, 3, 1, f"{footer_text(ctx.made_at, ctx.desk_name, ctx.event.tz)} · sidik {fp}").font = \
            Font(italic=True, size=8, color="666666")
    ticker.add(1)  # the last chance to cancel: once the file has its name, it is done
    save(wb, path)
