"""Regency-wide coverage for the BKPSDM (after merging every desk's sync file): per unit of the roster
imported here how many have signed the pact at any event, and who has not yet, as a PDF and as a
workbook. People known only from sync files are a table of their own, without a percentage; without
a roster import both say so ("Daftar pegawai belum diimpor: …") and show no percentage at all. On a
province's hub (the roster names several regions) the figures and the list go per region
(coverage_regions.py)."""
from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Spacer

from ikrar.models.queries.coverage import NO_ROSTER, OUTSIDE_ROSTER
from ikrar.reports.data import Context, CoverageData, golongan_text, print_nip
from ikrar.reports.documents import coverage_regions as regions
from ikrar.reports.documents.recap import PAD, SIZE, table
from ikrar.reports.documents.signed_list import nip_width
from ikrar.reports.documents.xlsx import BOLD, HEADER_ROW, _head, put, save
from ikrar.reports.drawing.common import FONT, build_pdf, footer_text, frame_width, keep_with_last_rows
from ikrar.reports.drawing.grid import Column, Grid, Row
from ikrar.reports.drawing.kop import BODY, SUBTITLE, Letterhead, approval, title_block
from ikrar.reports.files import Ticker
from ikrar.reports.wording import number, percent

TITLE = "Belum tanda tangan pakta integritas"


def _as_of(ctx: Context) -> list[tuple[str, str]]:
    return [("KEADAAN PER", f"{ctx.event.day_text}, pukul {ctx.event.time_text}"),
            ("SUMBER", "gabungan semua acara dan meja (berkas sinkronisasi)")]


def _summary_rows(data: CoverageData) -> list[Row]:
    units, total = data.summary.units, data.summary.total
    rows = [Row([str(i), u.unit_name or "Tanpa unit", number(u.employees), number(u.signed), number(u.not_signed),
                 percent(u.signed, u.employees)]) for i, u in enumerate(units, 1)]
    rows.append(Row(["", "JUMLAH", number(total.employees), number(total.signed), number(total.not_signed),
                     percent(total.signed, total.employees)], bold=True, shade=True))
    return rows


def _outside_rows(data: CoverageData) -> list[Row]:
    """People known only from files: how many, how many signed; no "not signed", no percentage."""
    outside = data.summary.outside
    rows = [Row([str(i), k.unit_name or "Tanpa unit", number(k.people), number(k.signed)])
            for i, k in enumerate(outside, 1)]
    total = data.summary.outside_total
    rows.append(Row(["", "JUMLAH", number(total.people), number(total.signed)], bold=True, shade=True))
    return rows


def _name_nip(p) -> str:
    nip = print_nip(p.nip)
    return f"{p.display_name}\n{nip}" if nip else p.display_name


def person_cells(p) -> list[str]:
    """A person's cells after the row's number: name over NIP, golongan, position."""
    return [_name_nip(p), golongan_text(p.category, p.golongan, p.employment_status), p.position]


def unit_tables(people, columns, cells, ticker) -> list:
    """Who has not signed, one table per unit (in the people's order, "Tanpa unit" when none), captioned
    "<unit> — <n> orang", each followed by 4 mm: *columns*(the largest unit's count) gives the columns,
    *cells*(person) the cells after the row's number. The regency list's and the campaign list's."""
    by_unit: dict[str, list] = {}
    for person in people:
        by_unit.setdefault(person.unit_name or "Tanpa unit", []).append(person)
    cols = columns(max((len(m) for m in by_unit.values()), default=1))
    story = []
    for unit, members in by_unit.items():
        rows = [Row([str(n), *cells(p)]) for n, p in enumerate(members, 1)]
        story += [Grid(cols, rows, caption=f"{unit} — {number(len(rows))} orang", size=SIZE, pad=PAD,
                       ticker=ticker), Spacer(1, 4 * mm)]
    return story


def person_columns(width: float, count: int) -> list[Column]:
    """No. (as wide as the largest number), name over NIP, golongan ("PPPK PW XVII" on one line), position."""
    number_w = max(8 * mm, stringWidth(str(max(count, 1)), FONT, SIZE) + 2 * PAD + 2)
    gol_w = stringWidth("PPPK PW XVII", FONT, SIZE) + 2 * PAD + 2
    room = width - number_w - gol_w
    name_w = max(nip_width(SIZE), 0.55 * room)
    return [Column("No.", number_w, "C"), Column("Nama / NIP", name_w), Column("Gol.", gol_w),
            Column("Jabatan", room - name_w)]


def render_pdf(ctx: Context, data: CoverageData, path: Path, *, fp: str, progress=None, cancel=None) -> int:
    width = frame_width(ctx)
    summary, people = data.summary, data.people
    ticker = Ticker(len(people) + len(summary.units) + len(summary.outside), progress, cancel)
    grouped = bool(data.regions) or data.region is not None
    subtitle = ("Seluruh unit kerja" if not grouped else "Seluruh kabupaten/kota" if data.region is None
                else regions.region_name(data.region))
    story = [Letterhead(ctx.letterhead, ctx.logo), *title_block(TITLE, ctx, subtitle=subtitle, rows=_as_of(ctx))]
    if not summary.roster_imported:
        story += [Paragraph(f"<b>{escape(NO_ROSTER[0])}</b>", BODY), Spacer(1, 4 * mm)]
    elif grouped:
        story += regions.summary_part(data, width, ticker)
    else:
        titles = ["No.", "Unit Kerja", "Pegawai", "Sudah TTD", "Belum TTD", "% TTD"]
        story += [table(titles, _summary_rows(data), width, ticker), Spacer(1, 6 * mm)]
    if summary.outside and data.region is None:
        story += [Paragraph(escape(OUTSIDE_ROSTER[0]), SUBTITLE), Spacer(1, 2 * mm),
                  table(["No.", "Unit Kerja", "Orang", "Sudah TTD"], _outside_rows(data), width, ticker),
                  Spacer(1, 6 * mm)]
    def columns(count):
        return person_columns(width, count)

    if grouped:
        story += regions.people_part(data, unit_tables, columns, person_cells, ticker)
    else:
        story += unit_tables(people, columns, person_cells, ticker)
    if not people and summary.roster_imported:
        story.append(Paragraph("Semua pegawai aktif sudah menandatangani pakta integritas.", BODY))
    story = keep_with_last_rows(story, approval(ctx))  # never alone on a page
    return build_pdf(path, story, ctx, title=f"{TITLE} — seluruh acara", fp=fp,
                     running=f"{TITLE} · keadaan per {ctx.event.day_text}")


def render_xlsx(ctx: Context, data: CoverageData, path: Path, *, fp: str, progress=None, cancel=None) -> None:
    summary, people = data.summary, data.people
    ticker = Ticker(len(people) + 1, progress, cancel)
    wb = Workbook()
    ws = wb.active
    ws.title = "Cakupan"
    _head(ws, "CAKUPAN PAKTA INTEGRITAS PER UNIT KERJA", ctx,
          [("No", 6), ("Unit Kerja", 44), ("Pegawai", 10), ("Sudah TTD", 11), ("Belum TTD", 11), ("% TTD", 9)])
    r = HEADER_ROW
    if not summary.roster_imported:  # no table of the roster: a sentence instead, in bold
        r += 1
        put(ws, r, 1, NO_ROSTER[0]).font = BOLD
    elif data.regions or data.region is not None:
        r = regions.summary_sheet(ws, data, r)
    else:
        for i, u in enumerate([*summary.units, summary.total], 1):
            r += 1
            last = i > len(summary.units)
            values = ["" if last else i, "JUMLAH" if last else (u.unit_name or "Tanpa unit"), u.employees, u.signed,
                      u.not_signed, (u.signed / u.employees) if u.employees else 0]
            for col, value in enumerate(values, 1):
                cell = put(ws, r, col, value)
                if last:
                    cell.font = BOLD
            ws.cell(row=r, column=6).number_format = "0.0%"
    if summary.outside and data.region is None:  # apart: "Pegawai" is how many are known, no "Belum TTD", no %
        r += 2
        put(ws, r, 1, OUTSIDE_ROSTER[0]).font = BOLD
        for i, k in enumerate([*summary.outside, summary.outside_total], 1):
            r += 1
            last = i > len(summary.outside)
            values = ["" if last else i, "JUMLAH" if last else (k.unit_name or "Tanpa unit"), k.people, k.signed]
            for col, value in enumerate(values, 1):
                cell = put(ws, r, col, value)
                if last:
                    cell.font = BOLD
    sheet = wb.create_sheet("Belum TTD")
    by_region = bool(data.regions) or data.region is not None  # a Kabupaten/Kota column, last
    _head(sheet, "PEGAWAI BELUM TANDA TANGAN PAKTA INTEGRITAS", ctx,
          [("No", 6), ("Nama", 38), ("NIP", 22), ("Gol.", 13), ("Jabatan", 32), ("Unit Kerja", 36)]
          + ([("Kabupaten/Kota", 30)] if by_region else []))
    for n, p in enumerate(people, 1):
        row = HEADER_ROW + n
        values = [n, p.display_name, p.nip or "", golongan_text(p.category, p.golongan, p.employment_status),
                  p.position, p.unit_name] + ([regions.region_name(p.region)] if by_region else [])
        for col, value in enumerate(values, 1):
            put(sheet, row, col, value)
        sheet.cell(row=row, column=3).number_format = "@"
        if n % 500 == 0:
            ticker.add(500)
    if not summary.roster_imported:
        put(sheet, HEADER_ROW + 1, 2, NO_ROSTER[0]).font = BOLD
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{'G' if by_region else 'F'}{HEADER_ROW + max(len(people), 1)}"
    for target in wb.worksheets:
        put(target, 2, 1, f"Keadaan per {ctx.event.day_text}, pukul {ctx.event.time_text}; "
            "gabungan semua acara dan meja")
        put(target, 3, 1, f"{footer_text(ctx.made_at, ctx.desk_name, ctx.event.tz)} · sidik {fp}").font = \
            Font(italic=True, size=8, color="666666")
    ticker.add(1)  # the last chance to cancel: once the file has its name, it is done
    save(wb, path)
