"""Rekapitulasi: per invited unit expected / present / signed / late / S I C DL TK / percentage,
totals, the people di luar daftar peserta apart (walk-ins, units not invited: never a row of the
units, never in a percentage or the chart), the split by kind of employee, and a bar chart of
coverage by unit."""
from __future__ import annotations

from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer

from ikrar.models.store.schema import ABSENCE_CODES
from ikrar.reports.data import OUTSIDE, OUTSIDE_NOTE, Context, Recap
from ikrar.reports.drawing.common import BOLD, FONT, build_pdf, frame_width
from ikrar.reports.drawing.grid import Column, Grid, Row
from ikrar.reports.drawing.kop import BODY, SUBTITLE, Letterhead, approval, title_block
from ikrar.reports.files import Ticker
from ikrar.reports.wording import number, percent

SIGNED_BAR = Color(0.08, 0.15, 0.45)
PRESENT_BAR = Color(0.62, 0.70, 0.86)



def count_columns(width: float, first: str) -> list[Column]:
    small = 11.5 * mm
    cols = [Column("No.", 8 * mm, "C"), Column(first, 0), Column("Jumlah", 14 * mm, "R"),
            Column("Hadir", 13 * mm, "R"), Column("TTD", 13 * mm, "R"), Column("Terlambat", 15.5 * mm, "R")]
    cols += [Column(code, small, "R") for code in ABSENCE_CODES]
    cols += [Column("% Hadir", 14 * mm, "R"), Column("% TTD", 14 * mm, "R")]
    cols[1].width = width - sum(c.width for c in cols)
    return cols


def count_row(n, label: str, c, bold: bool = False) -> Row:
    values = [str(n) if n else "", label, number(c.expected), number(c.present), number(c.signed), number(c.late)]
    values += [number(c.codes.get(code, 0)) for code in ABSENCE_CODES]
    values += [percent(c.present, c.expected), percent(c.signed, c.expected)]
    return Row(values, bold=bold, shade=bold)


def outside_columns(width: float) -> list[Column]:
    """The people apart: no Jumlah, no percentage (nobody expected them)."""
    cols = [Column("No.", 8 * mm, "C"), Column("Unit Kerja", 0), Column("Hadir", 13 * mm, "R"),
            Column("TTD", 13 * mm, "R"), Column("Terlambat", 15.5 * mm, "R")]
    cols += [Column(code, 11.5 * mm, "R") for code in ABSENCE_CODES]
    cols[1].width = width - sum(c.width for c in cols)
    return cols


def outside_row(n, label: str, c, bold: bool = False) -> Row:
    values = [str(n) if n else "", label, number(c.present), number(c.signed), number(c.late)]
    values += [number(c.codes.get(code, 0)) for code in ABSENCE_CODES]
    return Row(values, bold=bold, shade=bold)


def outside_part(summary: Recap, width: float, ticker) -> list:
    """Heading, what it means, and per unit the people apart (an invited unit's walk-ins under its name)."""
    rows = [outside_row(i, u.unit_name if u.unit_id is not None else "Tanpa unit", u.outside)
            for i, u in enumerate(summary.outside_units, 1)]
    rows.append(outside_row(0, "JUMLAH", summary.outside, bold=True))
    return [Spacer(1, 5 * mm), CondPageBreak(30 * mm), Paragraph(OUTSIDE, SUBTITLE), Spacer(1, 1 * mm),
            Paragraph(OUTSIDE_NOTE, BODY), Spacer(1, 2 * mm),
            Grid(outside_columns(width), rows, size=8, header_size=7.5, ticker=ticker)]


def chart(summary: Recap, width: float) -> Drawing:
    """Horizontal bars, one pair per unit: present and signed as a percentage of expected."""
    units = summary.units
    names = [(u.unit_name if len(u.unit_name) <= 38 else u.unit_name[:37] + "…") for u in units]
    bar_h = 4.2 * mm if len(units) < 30 else 3.2 * mm
    plot_h = max(len(units), 1) * bar_h * 1.25
    drawing = Drawing(width, plot_h + 22 * mm)
    drawing.initialFontName = FONT  # the renderer starts in this font, not its default Helvetica
    c = HorizontalBarChart()
    c.x, c.y, c.width, c.height = 62 * mm, 14 * mm, width - 70 * mm, plot_h
    c.data = [[u.pct(u.present) for u in reversed(units)], [u.pct(u.signed) for u in reversed(units)]]
    c.categoryAxis.categoryNames = list(reversed(names))
    c.categoryAxis.labels.fontName, c.categoryAxis.labels.fontSize = FONT, 7
    c.categoryAxis.labels.boxAnchor = "e"
    c.valueAxis.valueMin, c.valueAxis.valueMax, c.valueAxis.valueStep = 0, 100, 10
    c.valueAxis.labels.fontName, c.valueAxis.labels.fontSize = FONT, 7
    c.valueAxis.labelTextFormat = "%d%%"
    c.valueAxis.visibleGrid, c.valueAxis.gridStrokeColor, c.valueAxis.gridStrokeWidth = True, Color(.8, .8, .8), 0.3
    c.bars[0].fillColor, c.bars[1].fillColor = PRESENT_BAR, SIGNED_BAR
    c.bars.strokeWidth = 0
    c.barSpacing, c.groupSpacing = 0.5, 2.5
    drawing.add(c)
    legend_y = 4 * mm
    for i, (label, color) in enumerate((("Hadir", PRESENT_BAR), ("Bertanda tangan", SIGNED_BAR))):
        x = 62 * mm + i * 40 * mm
        drawing.add(Rect(x, legend_y, 4 * mm, 3 * mm, fillColor=color, strokeWidth=0))
        drawing.add(String(x + 5.5 * mm, legend_y + 0.6 * mm, label, fontName=FONT, fontSize=8))
    drawing.add(String(0, plot_h + 18 * mm, "Cakupan per unit kerja (% dari jumlah pegawai yang diharapkan)",
                       fontName=BOLD, fontSize=10))
    return drawing


def render(ctx: Context, summary: Recap, path: Path, *, fp: str, progress=None, cancel=None) -> int:
    width = frame_width(ctx)
    ticker = Ticker(len(summary.units) + len(summary.categories) + len(summary.outside_units), progress, cancel)
    rows = [count_row(i, u.unit_name, u) for i, u in enumerate(summary.units, 1)]
    rows.append(count_row(0, "JUMLAH", summary.total, bold=True))
    story = [Letterhead(ctx.letterhead, ctx.logo), *title_block("Rekapitulasi Kehadiran", ctx)]
    story.append(Grid(count_columns(width, "Unit Kerja"), rows, size=8, header_size=7.5, ticker=ticker))
    if summary.outside.people:
        story += outside_part(summary, width, ticker)
    story.append(Spacer(1, 5 * mm))
    story.append(CondPageBreak(45 * mm))
    story.append(Paragraph("Menurut jenis pegawai", SUBTITLE))
    story.append(Spacer(1, 2 * mm))
    kinds = [count_row(i, label, c) for i, (label, c) in enumerate(summary.categories, 1)]
    kinds.append(count_row(0, "JUMLAH", summary.total, bold=True))
    story.append(Grid(count_columns(width, "Jenis pegawai"), kinds, size=8, header_size=7.5, ticker=ticker))
    story.append(Spacer(1, 2 * mm))
    story.append(Paragraph("Keterangan: TTD = bertanda tangan pakta integritas; S = sakit, I = izin, C = cuti, "
                           "DL = dinas luar, TK = tanpa keterangan. Persentase dari jumlah pegawai yang diharapkan "
                           "(daftar peserta).", BODY))
    if summary.units:
        drawing = chart(summary, width)
        story += [Spacer(1, 6 * mm), CondPageBreak(drawing.height + 4 * mm), drawing]
    story.append(approval(ctx))
    running = f"Rekapitulasi Kehadiran · {ctx.event.title} · {ctx.event.day_text}"
    return build_pdf(path, story, ctx, title=f"Rekapitulasi — {ctx.event.title}", fp=fp, running=running)
