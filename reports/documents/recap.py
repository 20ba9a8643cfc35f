"""Rekapitulasi: per invited unit expected / present / signed / late / S I C DL TK / belum hadir /
percentage, totals that add up (Jumlah = Hadir + S + I + C + DL + TK + Belum hadir), the people di
luar daftar peserta apart (walk-ins, units not invited: never a row of the units, never in a
percentage or the chart), the split by kind of employee, a bar chart of each unit's expected people
(signed, present without signing, absence codes, belum hadir: 100%), and how fast each desk worked."""
from __future__ import annotations

import re
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

from ikrar.models.queries.desk_speed import WINDOW, DeskSpeed
from ikrar.models.store.schema import ABSENCE_CODES
from ikrar.reports.data import NOT_ARRIVED, OUTSIDE, OUTSIDE_NOTE, Context, Recap, Totals
from ikrar.reports.drawing.common import BOLD, FONT, build_pdf, frame_height, frame_width, keep_with_last_rows
from ikrar.reports.drawing.grid import Column, Grid, Row
from ikrar.reports.drawing.kop import BODY, SUBTITLE, Letterhead, approval, title_block
from ikrar.reports.files import Ticker
from ikrar.reports.wording import in_zone, number, percent

SIGNED_BAR = Color(0.08, 0.15, 0.45)
PRESENT_BAR = Color(0.62, 0.70, 0.86)
CODES_BAR = Color(0.93, 0.69, 0.25)
NOT_ARRIVED_BAR = Color(0.86, 0.86, 0.86)
NOTE = ("Keterangan: Jumlah = Hadir + S + I + C + DL + TK + Belum hadir (TTD dan Terlambat termasuk dalam Hadir). "
        "TTD = bertanda tangan pakta integritas; S = sakit, I = izin, C = cuti, DL = dinas luar, TK = tanpa "
        "keterangan; Belum hadir = belum tercatat hadir maupun berketerangan. Persentase dari jumlah pegawai yang "
        "diharapkan (daftar peserta).")
SIZE = 9.0  # pt: every table's text and heading, the chart's labels too (no text on a sheet is smaller)
PAD = 2.4  # the grid's cell padding
FIGURE_MIN = 7 * mm  # a figure's column, however small its figures
BIG = 10_000.0  # room to measure a flowable's whole height
CHART_EXTRA = 22 * mm  # a chart's title, axis and legend, besides its bars
KEEP_AT_MOST = 200 * mm  # a part taller than this is never moved to a page of its own (less than any frame)
FIGURES = ["Jumlah", "Hadir", "TTD", "Terlambat", *ABSENCE_CODES, NOT_ARRIVED, "% Hadir", "% TTD"]
OUTSIDE_FIGURES = ["Hadir", "TTD", "Terlambat", *ABSENCE_CODES]  # nobody expected them: no Jumlah, no %


def fitted(titles: list[str], rows: list[Row], width: float, least: float = 0.0) -> list[Column]:
    """Columns for *rows*: each figure's column as wide as its widest value or heading word (and at
    least *least*), the second (the names) the rest of *width*; "No." centred, the figures right."""
    def need(text: str, font: str) -> float:
        words = [piece for word in text.split() for piece in re.findall(r"[^/]+/?", word)]  # may wrap after '/'
        return max((stringWidth(word, font, SIZE) for word in words), default=0.0) + 2 * PAD + 1

    cols = []
    for i, title in enumerate(titles):
        widest = max([need(title, BOLD), *(need(str(r.values[i]), BOLD if r.bold else FONT) for r in rows)])
        cols.append(Column(title, max(widest, least if i > 1 else 0.0), "C" if i == 0 else "R" if i > 1 else "L"))
    cols[1].width = width - sum(c.width for i, c in enumerate(cols) if i != 1)
    return cols


def table(titles: list[str], rows: list[Row], width: float, ticker, least: float = 0.0) -> Grid:
    return Grid(fitted(titles, rows, width, least), rows, size=SIZE, pad=PAD, ticker=ticker)


def count_row(n, label: str, c, bold: bool = False) -> Row:
    values = [str(n) if n else "", label, number(c.expected), number(c.present), number(c.signed), number(c.late)]
    values += [number(c.codes.get(code, 0)) for code in ABSENCE_CODES]
    values += [number(c.not_arrived), percent(c.present, c.expected), percent(c.signed, c.expected)]
    return Row(values, bold=bold, shade=bold)


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
            table(["No.", "Unit Kerja", *OUTSIDE_FIGURES], rows, width, ticker, least=FIGURE_MIN)]


def shorten(text: str, room: float) -> str:
    """*text* cut with "…" to *room* at the chart's size."""
    if stringWidth(text, FONT, SIZE) <= room:
        return text
    while text and stringWidth(text + "…", FONT, SIZE) > room:
        text = text[:-1]
    return text.rstrip() + "…"


# The chart's parts of each unit's expected people, left to right: they add up to 100%.
PARTS = (("Hadir, bertanda tangan", SIGNED_BAR, lambda u: u.signed),
         ("Hadir, belum TTD", PRESENT_BAR, lambda u: u.present - u.signed),
         ("S/I/C/DL/TK", CODES_BAR, lambda u: sum(u.codes.values())),
         (NOT_ARRIVED, NOT_ARRIVED_BAR, lambda u: u.not_arrived))


def charts(summary: Recap, width: float, height: float) -> list[Drawing]:
    """The chart of every unit, in as many pieces as it takes for each to fit a frame *height* tall
    (a regency's 60 units and more are taller than a page: one drawing that size cannot be placed)."""
    units = summary.units
    bar_h = 4.5 * mm if len(units) < 30 else 3.6 * mm
    most = max(1, int((height - CHART_EXTRA - 4 * mm) // (bar_h * 1.25)))
    pieces = -(-len(units) // most)
    per = -(-len(units) // pieces)  # as even as the pieces can be
    return [chart(units[k:k + per], width, bar_h, "" if k == 0 else " (lanjutan)")
            for k in range(0, len(units), per)]


def chart(units: list, width: float, bar_h: float, more: str = "") -> Drawing:
    """One stacked bar per unit: its expected people as signed, present without signing, absence codes
    and belum hadir, each a percentage of the expected (the four make 100%)."""
    room = 0.4 * width  # the names' room at the left, the bars the rest
    names = [shorten(u.unit_name, room) for u in units]
    left = max(stringWidth(name, FONT, SIZE) for name in names) + 3 * mm
    plot_h = max(len(units), 1) * bar_h * 1.25
    drawing = Drawing(width, plot_h + CHART_EXTRA)
    drawing.initialFontName = FONT  # the renderer starts in this font, not its default Helvetica
    c = HorizontalBarChart()
    c.x, c.y, c.width, c.height = left, 14 * mm, width - left - 6 * mm, plot_h
    c.data = [[100.0 * part(u) / u.expected for u in reversed(units)] for _, _, part in PARTS]
    c.categoryAxis.style = "stacked"
    c.categoryAxis.categoryNames = list(reversed(names))
    c.categoryAxis.labels.fontName, c.categoryAxis.labels.fontSize = FONT, SIZE
    c.categoryAxis.labels.boxAnchor = "e"
    c.valueAxis.valueMin, c.valueAxis.valueMax, c.valueAxis.valueStep = 0, 100, 10
    c.valueAxis.labels.fontName, c.valueAxis.labels.fontSize = FONT, SIZE
    c.valueAxis.labelTextFormat = "%d%%"
    c.valueAxis.visibleGrid, c.valueAxis.gridStrokeColor, c.valueAxis.gridStrokeWidth = True, Color(.5, .5, .5), 0.3
    for i, (_, color, _) in enumerate(PARTS):
        c.bars[i].fillColor = color
    c.bars.strokeWidth = 0
    c.groupSpacing = 0.25 * bar_h
    drawing.add(c)
    x = 0.0
    for label, color, _ in PARTS:  # the legend under the axis, left to right
        drawing.add(Rect(x, 4 * mm, 4 * mm, 3 * mm, fillColor=color, strokeWidth=0))
        drawing.add(String(x + 5.5 * mm, 4.4 * mm, label, fontName=FONT, fontSize=SIZE))
        x += 5.5 * mm + stringWidth(label, FONT, SIZE) + 6 * mm
    drawing.add(String(0, plot_h + 18 * mm, f"Cakupan per unit kerja (% dari jumlah pegawai yang diharapkan){more}",
                       fontName=BOLD, fontSize=10))
    return drawing


DESK_TITLES = ["No.", "Meja", "Dicatat hadir", "Pertama – terakhir", "Orang per jam, rata-rata",
               f"Orang per jam, puncak {WINDOW.seconds // 60} menit", "TTD", "Lama TTD median (detik)",
               "Lama TTD P90 (detik)"]


def desk_row(n: int, d: DeskSpeed, tz: str, bold: bool = False) -> Row:
    def hhmm(moment):
        return in_zone(moment, tz).strftime("%H.%M")

    def opt(value, decimals, scale=1):
        return "-" if value is None else number(value / scale, decimals)

    span = f"{hhmm(d.first)}–{hhmm(d.last)}" if d.first else "-"
    return Row([str(n) if n else "", d.name, number(d.checkins), span, opt(d.per_hour, 0), opt(d.peak_per_hour, 0),
                number(d.signatures), opt(d.median_ms, 1, 1000), opt(d.p90_ms, 1, 1000)], bold=bold, shade=bold)


def height_of(flowables: list, width: float) -> float:
    """The height *flowables* take one after another in a frame *width* wide."""
    total = 0.0
    for f in flowables:
        height = f.wrapOn(None, width, BIG)[1]
        total += f._H if isinstance(f, KeepTogether) else height  # (KeepTogether answers "too tall")
    return total


def desk_part(ctx: Context, summary: Recap, width: float, ticker) -> list:
    """How fast each desk worked (models/queries/desk_speed.py), for planning the next apel's desks: its
    heading, table and note start a page where they (and the approval block after them) do not fit."""
    minutes = WINDOW.seconds // 60
    rows = [desk_row(i, d, ctx.event.tz) for i, d in enumerate(summary.desks, 1)]
    if summary.all_desks is not None and len(summary.desks) > 1:
        rows.append(desk_row(0, summary.all_desks, ctx.event.tz, bold=True))
    note = (f"Dicatat hadir: kehadiran yang berlaku yang dicatat meja itu. Orang/jam rata-rata: dicatat hadir dibagi "
            f"rentang pertama–terakhir (paling sedikit {minutes} menit); puncak: paling banyak dalam {minutes} menit, "
            f"dikali {60 // minutes}. Lama TTD: dari titik pertama sampai titik terakhir goresan tanda tangan; "
            f"median dan persentil ke-90 (P90: 9 dari 10 tanda tangan selesai dalam waktu itu). Jam {ctx.event.tz}.")
    part = [Paragraph("Kecepatan meja registrasi", SUBTITLE), Spacer(1, 2 * mm),
            table(DESK_TITLES, rows, width, ticker, least=18 * mm), Spacer(1, 1.5 * mm), Paragraph(note, BODY)]
    need = height_of([*part, approval(ctx)], width)
    return [Spacer(1, 6 * mm), CondPageBreak(min(need + 2 * mm, KEEP_AT_MOST)), *part]


def render(ctx: Context, summary: Recap, path: Path, *, fp: str, progress=None, cancel=None) -> int:
    width = frame_width(ctx)
    ticker = Ticker(len(summary.units) + len(summary.categories) + len(summary.outside_units) + len(summary.desks),
                    progress, cancel)
    rows = [count_row(i, u.unit_name, u) for i, u in enumerate(summary.units, 1)]
    rows.append(count_row(0, "JUMLAH", summary.total, bold=True))
    story = [Letterhead(ctx.letterhead, ctx.logo), *title_block("Rekapitulasi Kehadiran", ctx)]
    story.append(table(["No.", "Unit Kerja", *FIGURES], rows, width, ticker, least=FIGURE_MIN))
    if summary.outside.people:
        story += outside_part(summary, width, ticker)
    story.append(Spacer(1, 5 * mm))
    story.append(CondPageBreak(45 * mm))
    story.append(Paragraph("Menurut jenis pegawai", SUBTITLE))
    story.append(Spacer(1, 2 * mm))
    kinds = [count_row(i, label, c) for i, (label, c) in enumerate(summary.categories, 1)]
    kinds.append(count_row(0, "JUMLAH", summary.total, bold=True))
    story.append(table(["No.", "Jenis pegawai", *FIGURES], kinds, width, ticker, least=FIGURE_MIN))
    story.append(Spacer(1, 2 * mm))
    story.append(Paragraph(NOTE, BODY))
    story += [Spacer(1, 1.5 * mm), Paragraph(Totals(summary.total).text, BODY)]
    for drawing in charts(summary, width, frame_height(ctx)) if summary.units else []:
        story += [Spacer(1, 6 * mm), CondPageBreak(drawing.height + 4 * mm), drawing]
    if summary.desks:
        story += desk_part(ctx, summary, width, ticker)
    story = keep_with_last_rows(story, approval(ctx))  # never alone on a page
    running = f"Rekapitulasi Kehadiran · {ctx.event.title} · {ctx.event.day_text}"
    return build_pdf(path, story, ctx, title=f"Rekapitulasi — {ctx.event.title}", fp=fp, running=running)
