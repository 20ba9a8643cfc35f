"""Daftar hadir: the signed attendance list, laid out like the paper sheet.

Signatures go in the left half of the TTD cell on odd rows and the right half on even rows, with the
row number printed before each half, so neighbouring signatures never collide (as on paper).

The people di luar daftar peserta (walk-ins, people of units not invited) come last, under their own
heading, numbered on their own and with their unit; the summary counts them apart.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

from ikrar.reports.data import OUTSIDE, OUTSIDE_NOTE, Context, Entry, Group
from ikrar.reports.drawing.common import FONT, GREY, ITALIC, build_pdf, frame_width
from ikrar.reports.drawing.grid import Column, Grid, Row
from ikrar.reports.drawing.ink import draw_signature
from ikrar.reports.drawing.kop import BODY, SUBTITLE, Letterhead, approval, title_block
from ikrar.reports.files import Ticker
from ikrar.reports.wording import number

SIZE = 8.0
PAD = 2.4
ROW_MIN = 10 * mm
SIGN_MIN = 34 * mm


def nip_width(size: float = SIZE) -> float:
    return stringWidth("00000000 000000 0 000", FONT, size) + 2 * PAD + 2


def columns(width: float, *, unit: bool, remark: bool) -> list[Column]:
    """Text columns at their natural widths; the TTD column takes the rest (at least SIGN_MIN),
    squeezing the free-text columns proportionally when the page is narrow."""
    flexible = [("Nama", 46 * mm), ("Pangkat/Gol.", 25 * mm), ("Jabatan", 34 * mm)]
    if unit:
        flexible.append(("Unit Kerja", 28 * mm))
    fixed = 9 * mm + nip_width() + (11 * mm if remark else 0)
    room = width - fixed - SIGN_MIN
    natural = sum(w for _, w in flexible)
    scale = min(1.0, room / natural)
    widths = {title: w * scale for title, w in flexible}
    sign = width - fixed - sum(widths.values())
    cols = [Column("No.", 9 * mm, "C"), Column("Nama", widths["Nama"]), Column("NIP", nip_width()),
            Column("Pangkat/Gol.", widths["Pangkat/Gol."]), Column("Jabatan", widths["Jabatan"])]
    if unit:
        cols.append(Column("Unit Kerja", widths["Unit Kerja"]))
    cols.append(Column("Tanda Tangan", sign, custom=True))
    if remark:
        cols.append(Column("Ket.", 11 * mm, "C"))
    return cols


def remark_of(entry: Entry) -> str:
    if entry.status and entry.status != "H":
        return entry.status
    return ""


def paint_signature(c, row: Row, col: int, x: float, y: float, w: float, h: float) -> None:
    """Row n's signature in the left half (odd n) or right half (even n), after the number "n."."""
    entry: Entry = row.payload
    half = w / 2
    left = x if row.number % 2 else x + half
    label = f"{row.number}."
    c.setFont(FONT, 6.5)
    c.setFillColor(GREY)
    c.drawString(left + 1.2, y + h - 7.5, label)
    c.setFillColorRGB(0, 0, 0)
    if entry.signature is not None:
        inset = stringWidth(label, FONT, 6.5) + 2.5
        draw_signature(c, entry.signature.strokes, left + inset, y + 1.8, half - inset - 2.0, h - 3.6)
    elif entry.status == "H" and entry.note:
        c.setFont(ITALIC, 6.5)
        note = entry.note if len(entry.note) < 60 else entry.note[:57] + "…"
        c.drawString(x + 2.4, y + 2.4, note)


def rows_of(group: Group, *, unit: bool, remark: bool) -> list[Row]:
    rows = []
    for n, e in enumerate(group.entries, 1):
        values = [str(n), e.name, e.nip or "-", e.rank, e.position]
        if unit:
            values.append(e.unit)
        values.append(None)
        if remark:
            values.append(remark_of(e))
        rows.append(Row(values, payload=e, number=n))
    return rows


def render(ctx: Context, groups: list[Group], path: Path, *, fp: str, grouped: bool = False,
           all_expected: bool = False, progress=None, cancel=None) -> int:
    """Write the list to *path*; returns the number of pages."""
    width = frame_width(ctx)
    cols = columns(width, unit=not grouped, remark=all_expected)
    total = sum(len(g.entries) for g in groups)
    ticker = Ticker(total, progress, cancel)
    title = "Daftar Hadir" if not all_expected else "Daftar Hadir dan Keterangan"
    story = [Letterhead(ctx.letterhead, ctx.logo), *title_block(title, ctx)]
    for group in groups:
        if group.outside:  # at the end, under its own heading, with each person's unit
            story += outside_part(group, width, all_expected, ticker)
            continue
        rows = rows_of(group, unit=not grouped, remark=all_expected)
        if not rows:
            continue
        caption = f"{group.unit or 'Tanpa unit'} — {number(len(rows))} orang" if grouped else ""
        story.append(Grid(cols, rows, caption=caption, size=SIZE, pad=PAD, min_height=ROW_MIN,
                          painter=paint_signature, ticker=ticker))
        story.append(Spacer(1, 3 * mm))
    story.append(KeepTogether([Paragraph(summary(groups, all_expected), BODY)]))
    story.append(approval(ctx))
    running = f"{title} · {ctx.event.title} · {ctx.event.day_text}"
    return build_pdf(path, story, ctx, title=f"{title} — {ctx.event.title}", fp=fp, running=running)


def outside_part(group: Group, width: float, all_expected: bool, ticker) -> list:
    """The people di luar daftar peserta: heading, what it means, and their own table with the unit."""
    rows = rows_of(group, unit=True, remark=all_expected)
    head = [Paragraph(OUTSIDE, SUBTITLE), Spacer(1, 1 * mm), Paragraph(OUTSIDE_NOTE, BODY), Spacer(1, 2 * mm)]
    table = Grid(columns(width, unit=True, remark=all_expected), rows, caption=f"{OUTSIDE} — {number(len(rows))} orang",
                 size=SIZE, pad=PAD, min_height=ROW_MIN, painter=paint_signature, ticker=ticker)
    return [Spacer(1, 3 * mm), CondPageBreak(45 * mm), *head, table, Spacer(1, 3 * mm)]


def summary(groups: list[Group], all_expected: bool) -> str:
    """The list's numbers: the expected people's, then the people apart's (never added together)."""
    entries = [e for g in groups if not g.outside for e in g.entries]
    present = sum(1 for e in entries if e.status == "H")
    signed = sum(1 for e in entries if e.signature is not None)
    text = f"Jumlah hadir: {number(present)} orang; bertanda tangan: {number(signed)} orang"
    if all_expected:
        text = f"Jumlah pegawai: {number(len(entries))} orang; " + text[0].lower() + text[1:]
        codes = {}
        for e in entries:
            if e.status and e.status != "H":
                codes[e.status] = codes.get(e.status, 0) + 1
        if codes:
            text += "; " + ", ".join(f"{k} {number(v)}" for k, v in sorted(codes.items()))
    apart = [e for g in groups if g.outside for e in g.entries]
    if apart:
        text += (f". Di luar daftar peserta: hadir {number(sum(1 for e in apart if e.status == 'H'))} orang; "
                 f"bertanda tangan {number(sum(1 for e in apart if e.signature is not None))} orang")
    return text + "."
