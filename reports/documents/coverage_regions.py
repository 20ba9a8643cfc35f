"""The regency coverage document on a province's hub (reports/documents/coverage.py): the roster names
several regions (kabupaten/kota; employee.region), whose OPD names repeat, so the figures and the
not-signed list go per region. In the PDF a summary per region with the overall total, then per region
a heading with its OPD rows under it and the region's total; who has not signed, under a heading per
region, one table per OPD. In the workbook the same rows, the region's name as a bold row above its
OPD rows, and a Kabupaten/Kota column in the list of who has not signed."""
from __future__ import annotations

from xml.sax.saxutils import escape

from openpyxl.styles import Font
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer

from ikrar.models.queries.coverage import NO_REGION
from ikrar.reports.data import CoverageData
from ikrar.reports.documents.recap import PAD, SIZE, fitted, table
from ikrar.reports.documents.sheet_print import CELL_FONT, CELL_SIZE
from ikrar.reports.documents.xlsx import BOLD, put
from ikrar.reports.drawing.common import BOLD as BOLD_FONT
from ikrar.reports.drawing.grid import Grid, Row
from ikrar.reports.wording import number, percent

# a region's heading: bold, left, a little larger than the tables' text, never the last line of a page
# (kept with the table after it)
REGION = ParagraphStyle("region", fontName=BOLD_FONT, fontSize=10.5, leading=13, alignment=TA_LEFT,
                        spaceAfter=1.5 * mm, keepWithNext=1)
TITLES = ["No.", "Unit Kerja", "Pegawai", "Sudah TTD", "Belum TTD", "% TTD"]


def region_name(region: str) -> str:
    return region or NO_REGION[0]


def _figures(c) -> list[str]:
    return [number(c.employees), number(c.signed), number(c.not_signed), percent(c.signed, c.employees)]


def overall(data: CoverageData):
    """The total over the regions shown (a region chosen: that region's)."""
    totals = [r.total for r in data.regions]
    return type(totals[0])(None, "", sum(t.employees for t in totals), sum(t.signed for t in totals)) \
        if totals else None


def summary_part(data: CoverageData, width: float, ticker) -> list:
    """Per region its figures, then the overall total (not when one region was chosen); then per region
    its heading, its OPD rows and its total (JUMLAH <region>), every region's table with the same
    columns."""
    story = []
    if data.region is None:
        rows = [Row([str(i), region_name(r.region), *_figures(r.total)]) for i, r in enumerate(data.regions, 1)]
        whole = overall(data)
        if whole is not None:
            rows.append(Row(["", "JUMLAH", *_figures(whole)], bold=True, shade=True))
        story += [Paragraph("Ringkasan per kabupaten/kota", REGION),
                  table(["No.", "Kabupaten/Kota", *TITLES[2:]], rows, width, ticker), Spacer(1, 6 * mm)]
    tables = []
    for r in data.regions:
        units = [Row([str(i), u.unit_name or "Tanpa unit", *_figures(u)]) for i, u in enumerate(r.units, 1)]
        units.append(Row(["", f"JUMLAH {region_name(r.region)}", *_figures(r.total)], bold=True, shade=True))
        tables.append(units)
    columns = fitted(TITLES, [row for units in tables for row in units], width)
    for r, units in zip(data.regions, tables, strict=True):
        story += [CondPageBreak(30 * mm), Paragraph(escape(region_name(r.region)), REGION),
                  Grid(columns, units, size=SIZE, pad=PAD, ticker=ticker), Spacer(1, 5 * mm)]
    return story


def people_part(data: CoverageData, unit_tables, columns, cells, ticker) -> list:
    """Who has not signed: a heading per region, then its OPD tables (coverage.unit_tables)."""
    by_region: dict[str, list] = {}
    for person in data.people:  # already in region order
        by_region.setdefault(person.region, []).append(person)
    story = []
    for region, members in by_region.items():
        story += [CondPageBreak(30 * mm), Paragraph(escape(f"Belum tanda tangan — {region_name(region)}"), REGION),
                  *unit_tables(members, columns, cells, ticker)]
    return story


def summary_sheet(ws, data: CoverageData, r: int) -> int:
    """The regions' rows on the summary sheet from row r + 1: per region its name (bold), its OPD
    rows, its total; then the overall total. Returns the last row written."""
    def line(values, bold=False):
        nonlocal r
        r += 1
        for col, value in enumerate(values, 1):
            cell = put(ws, r, col, value)
            if bold:
                cell.font = BOLD
        ws.cell(row=r, column=6).number_format = "0.0%"

    def values(c):
        return [c.employees, c.signed, c.not_signed, (c.signed / c.employees) if c.employees else 0]

    for region in data.regions:
        r += 1
        put(ws, r, 1, region_name(region.region)).font = Font(name=CELL_FONT, size=CELL_SIZE + 1, bold=True)
        for i, u in enumerate(region.units, 1):
            line([i, u.unit_name or "Tanpa unit", *values(u)])
        line(["", f"JUMLAH {region_name(region.region)}", *values(region.total)], bold=True)
    whole = overall(data)
    if whole is not None:
        r += 1
        line(["", "JUMLAH SELURUH KABUPATEN/KOTA", *values(whole)], bold=True)
    return r
