"""Daftar hadir: the signed attendance list, laid out like the paper sheet.

Signatures go in the left half of the TTD cell on odd rows and the right half on even rows, with the
row number printed before each half, so neighbouring signatures never collide (as on paper). Each
half is at least 25 mm wide; the name and NIP share a column ("Nama / NIP"), the unit has its own
only where the list is not grouped by unit. No text is smaller than 9 pt: cells wrap, rows grow.

The people di luar daftar peserta (walk-ins, people of units not invited) come last, under their own
heading, numbered on their own and with their unit; the summary counts them apart. The approval
block is kept on the page of the last rows (common.keep_with_last_rows).
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Paragraph, Spacer

from ikrar.reports.data import OUTSIDE, OUTSIDE_NOTE, Context, Entry, Group
from ikrar.reports.drawing.common import (
    BOLD,
    FONT,
    GREY,
    ITALIC,
    build_pdf,
    frame_height,
    frame_width,
    keep_with_last_rows,
)
from ikrar.reports.drawing.grid import Column, Grid, Row
from ikrar.reports.drawing.ink import draw_signature
from ikrar.reports.drawing.kop import BODY, SUBTITLE, Letterhead, approval, title_block
from ikrar.reports.drawing.widths import WORD_CAP, share
from ikrar.reports.files import Ticker
from ikrar.reports.wording import number

SIZE = 9.0  # pt: every text on the list, the row numbers in the TTD cell too
PAD = 2.4
ROW_MIN = 9.5 * mm
HALF = 25 * mm  # each zig-zag half of the TTD cell, as on the paper sheets
TEXT_MIN = 15 * mm
# The text columns; without data to measure, their shares of the room (name and NIP, rank, position, unit).
SHARES = {False: {"Nama / NIP": 42, "Pangkat/Gol.": 23, "Jabatan": 35},
          True: {"Nama / NIP": 36, "Pangkat/Gol.": 19, "Jabatan": 22.5, "Unit Kerja": 22.5}}


UNIT_COLUMN = 4  # No., Nama / NIP, Pangkat/Gol., Jabatan, Unit Kerja
SAME_AS_ABOVE = "sda"


def nip_width(size: float = 8.0) -> float:
    """A printed NIP's cell width at *size* (the not-signed and coverage lists' 8 pt by default)."""
    return stringWidth("00000000 000000 0 000", FONT, size) + 2 * PAD + 2


def number_width(count: int) -> float:
    return max(8 * mm, stringWidth(str(max(count, 1)), FONT, SIZE) + 2 * PAD + 2)


def label_width(count: int) -> float:
    """The widest row number printed in the TTD cell ("123.") and the room after it."""
    return PAD + stringWidth(f"{max(count, 1)}.", FONT, SIZE) + 2


def texts_of(e: Entry, unit: bool) -> list[str]:
    """The text columns' cells of a row: name over NIP, rank, position (and unit)."""
    texts = [f"{e.name}\n{e.nip}" if e.nip else e.name, e.rank, e.position]
    return [*texts, e.unit] if unit else texts


def printed_texts(entries: list[Entry], unit: bool) -> list[list[str]]:
    """texts_of each entry as rows_of prints them (a repeated unit as "sda"): what the widths are for."""
    out, above = [], None
    for e in entries:
        texts = texts_of(e, unit)
        if unit and e.unit and e.unit == above:
            texts[-1] = SAME_AS_ABOVE
        above = e.unit if unit else None
        out.append(texts)
    return out


def longest_word(texts: set[str]) -> float:
    """The widest word (between spaces, or after a '/') in *texts*."""
    words = {w for t in texts for w in t.replace("/", "/ ").split()}
    return max((stringWidth(w, FONT, SIZE) for w in words), default=0.0)


def _minimum(title: str) -> float:
    """A text column's least width: TEXT_MIN, or its heading's longest piece, or a NIP (the name's)."""
    if title == "Nama / NIP":
        return nip_width(SIZE)
    pieces = title.replace("/", "/ ").split()
    return max(TEXT_MIN, max(stringWidth(p, BOLD, SIZE) for p in pieces) + 2 * PAD + 1)


def columns(width: float, *, unit: bool, remark: bool, count: int = 999,
            entries: list[Entry] | None = None) -> list[Column]:
    """No., the text columns (shared from *entries* so rows are short: reports/drawing/widths.py;
    by SHARES without), the TTD column of two HALF halves, Ket.; *count* is the largest row number."""
    remark_w = max(9 * mm, stringWidth("Ket.", BOLD, SIZE) + 2 * PAD + 2) if remark else 0
    number_w = number_width(count)
    room = width - number_w - 2 * HALF - remark_w
    titles = list(SHARES[unit])
    minimums = [_minimum(t) for t in titles]
    if entries:  # every word whole where the room allows (most unit cells say "sda": a sample misses the names)
        wishes = [m if not c else max(m, min(WORD_CAP, longest_word(set(column)) + 2 * PAD + 1))
                  for c, (m, column) in enumerate(zip(minimums, zip(*(texts_of(e, unit) for e in entries),
                                                                      strict=True), strict=True))]
        extra, spare = sum(wishes) - sum(minimums), room - sum(minimums) - 2 * mm
        scale = 1.0 if extra <= spare else max(0.0, spare) / extra  # the name's NIP stays on one line
        minimums = [m + (w - m) * scale for m, w in zip(minimums, wishes, strict=True)]
    if entries:
        texts = [list(column) for column in zip(*printed_texts(entries, unit), strict=True)]
        widths = share(texts, minimums, room, lambda t: stringWidth(t, FONT, SIZE), pad=PAD,
                       floor=(ROW_MIN - 2 * PAD) / (SIZE * 1.18))
    else:
        shares = SHARES[unit]
        widths = [max(m, room * shares[t] / sum(shares.values())) for t, m in zip(titles, minimums, strict=True)]
        widths = [w * room / sum(widths) for w in widths]
    cols = [Column("No.", number_w, "C"), *(Column(t, w) for t, w in zip(titles, widths, strict=True)),
            Column("Tanda Tangan", 2 * HALF, custom=True, font=ITALIC, text_width=HALF - label_width(count) - 2)]
    if remark:
        cols.append(Column("Ket.", remark_w, "C"))
    return cols


def remark_of(entry: Entry) -> str:
    if entry.status and entry.status != "H":
        return entry.status
    return ""


def paint_signature(c, row: Row, col: int, x: float, y: float, w: float, h: float) -> None:
    """Row n's signature in the left half (odd n) or right half (even n), after the number "n.";
    a present person's note (cannot sign) in the same place, wrapped to it (the grid measured it)."""
    entry: Entry = row.payload
    left = x if row.number % 2 else x + w / 2
    label = f"{row.number}."
    baseline = y + h - PAD - 0.8 * SIZE
    c.setFont(FONT, SIZE)
    c.setFillColor(GREY)
    c.drawString(left + PAD, baseline, label)
    c.setFillColorRGB(0, 0, 0)
    inset = PAD + stringWidth(label, FONT, SIZE) + 2
    if entry.signature is not None:
        draw_signature(c, entry.signature.strokes, left + inset, y + 1.8, w / 2 - inset - 2.0, h - 3.6)
    elif row.lines[col]:
        c.setFont(ITALIC, SIZE)
        for n, line in enumerate(row.lines[col]):
            c.drawString(left + inset, baseline - n * SIZE * 1.18, line)


def rows_of(group: Group, *, unit: bool, remark: bool) -> list[Row]:
    """The table's rows. With the unit column, a unit the row above already names is written "sda"
    (sama dengan atas, as on paper lists): a long OPD name wrapped to six lines in every row of a
    unit made each row as tall as that (10 rows a page); a page's first row still names it whole."""
    rows, above = [], None
    for n, e in enumerate(group.entries, 1):
        values = [str(n), *texts_of(e, unit)]
        values.append(e.note if e.signature is None and e.status == "H" and e.note else None)
        if remark:
            values.append(remark_of(e))
        row = Row(values, payload=e, number=n)
        if unit and e.unit and e.unit == above:
            row.top_values = list(values)
            values[UNIT_COLUMN] = SAME_AS_ABOVE
        above = e.unit if unit else None
        rows.append(row)
    return rows


def render(ctx: Context, groups: list[Group], path: Path, *, fp: str, grouped: bool = False,
           all_expected: bool = False, progress=None, cancel=None) -> int:
    """Write the list to *path*; returns the number of pages."""
    width = frame_width(ctx)
    largest = max((len(g.entries) for g in groups), default=1)
    listed = [e for g in groups if not g.outside for e in g.entries]
    cols = columns(width, unit=not grouped, remark=all_expected, count=largest, entries=listed)
    total = sum(len(g.entries) for g in groups)
    ticker = Ticker(total, progress, cancel)
    title = "Daftar Hadir" if not all_expected else "Daftar Hadir dan Keterangan"
    story = [Letterhead(ctx.letterhead, ctx.logo), *title_block(title, ctx)]
    tallest = frame_height(ctx) - 40 * mm  # a row never taller than a page under its caption and header
    first = True
    for group in groups:
        if group.outside:  # at the end, under its own heading, with each person's unit
            story += outside_part(group, width, all_expected, ticker, tallest)
            continue
        rows = rows_of(group, unit=not grouped, remark=all_expected)
        if not rows:
            continue
        caption = f"{group.unit or 'Tanpa unit'} — {number(len(rows))} orang" if grouped else ""
        # one table of unit bands: a unit's table right under the one before it, its column header
        # only at a page's top
        story.append(Grid(cols, rows, caption=caption, size=SIZE, pad=PAD, min_height=ROW_MIN, painter=paint_signature,
                          ticker=ticker, max_height=tallest, header_at_top_only=not first))
        first = False
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(summary(groups, all_expected), BODY))
    story = keep_with_last_rows(story, approval(ctx))
    running = f"{title} · {ctx.event.title} · {ctx.event.day_text}"
    return build_pdf(path, story, ctx, title=f"{title} — {ctx.event.title}", fp=fp, running=running)


def outside_part(group: Group, width: float, all_expected: bool, ticker, tallest: float) -> list:
    """The people di luar daftar peserta: heading, what it means, and their own table with the unit."""
    rows = rows_of(group, unit=True, remark=all_expected)
    head = [Paragraph(OUTSIDE, SUBTITLE), Spacer(1, 1 * mm), Paragraph(OUTSIDE_NOTE, BODY), Spacer(1, 2 * mm)]
    cols = columns(width, unit=True, remark=all_expected, count=len(rows), entries=group.entries)
    table = Grid(cols, rows, caption=f"{OUTSIDE} — {number(len(rows))} orang", size=SIZE, pad=PAD,
                 min_height=ROW_MIN, painter=paint_signature, ticker=ticker, max_height=tallest)
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
