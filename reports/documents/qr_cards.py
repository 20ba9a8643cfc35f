"""Kartu QR: sheets of cut-out cards per unit (name, NIP, position, unit, a QR of the NIP), so the next
apel can be scanned. The QR is drawn as vector rectangles (one per run of dark modules)."""
from __future__ import annotations

from pathlib import Path

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit

from ikrar.reports.data import Context, Entry, Group
from ikrar.reports.drawing.common import BOLD, FONT, GREY, MARGIN_LEFT, canvas_maker, footer_text, page_size
from ikrar.reports.files import Ticker, discard, finish_file, fresh_temp

CARD_W, CARD_H = 90 * mm, 55 * mm
QR = 28 * mm
QUIET = 6 * mm  # white around the code once the card is cut out (4 modules and more)


def qr_matrix(text: str) -> list[list[bool]]:
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(text)
    code.make(fit=True)
    return code.get_matrix()


def draw_qr(c, text: str, x: float, y: float, size: float) -> None:
    matrix = qr_matrix(text)
    n = len(matrix)
    cell = size / n
    path = c.beginPath()
    for r, line in enumerate(matrix):
        col = 0
        while col < n:
            if line[col]:
                start = col
                while col < n and line[col]:
                    col += 1
                path.rect(x + start * cell, y + size - (r + 1) * cell, (col - start) * cell, cell)
            else:
                col += 1
    c.drawPath(path, stroke=0, fill=1)


def _lines(text: str, font: str, size: float, width: float, most: int) -> list[str]:
    lines = simpleSplit(text, font, size, width)
    if len(lines) > most:
        lines = lines[:most]
        lines[-1] = lines[-1].rstrip() + "…"
    return lines


def draw_card(c, ctx: Context, entry: Entry, code: str, x: float, y: float) -> None:
    c.setDash(3, 2)
    c.setStrokeColor(GREY)
    c.setLineWidth(0.4)
    c.rect(x, y, CARD_W, CARD_H, stroke=1, fill=0)  # cut line
    c.setDash()
    c.setFillColorRGB(0, 0, 0)
    head = (ctx.letterhead[0] if ctx.letterhead else "").upper()
    c.setFont(BOLD, 6.5)
    c.drawString(x + 4 * mm, y + CARD_H - 6 * mm, head[:60])
    c.setFont(FONT, 6.5)
    c.drawString(x + 4 * mm, y + CARD_H - 9 * mm, "KARTU HADIR APEL — pindai kode QR di meja registrasi")
    c.setLineWidth(0.8)
    c.setStrokeColorRGB(0, 0, 0)
    c.line(x + 4 * mm, y + CARD_H - 10.5 * mm, x + CARD_W - 4 * mm, y + CARD_H - 10.5 * mm)
    if code:
        draw_qr(c, code, x + QUIET, y + QUIET, QR)
    tx, width = x + QUIET + QR + 4 * mm, CARD_W - QR - QUIET - 8 * mm
    ty = y + CARD_H - 16 * mm
    for line in _lines(entry.name, BOLD, 9, width, 3):
        c.setFont(BOLD, 9)
        c.drawString(tx, ty, line)
        ty -= 11
    c.setFont(FONT, 8.5)
    c.drawString(tx, ty - 1, f"NIP. {entry.nip}" if entry.nip else "Non-ASN")
    ty -= 13
    c.setFont(FONT, 7.5)
    for line in _lines(entry.position, FONT, 7.5, width, 2) + _lines(entry.unit, FONT, 7.5, width, 2):
        c.drawString(tx, ty, line)
        ty -= 9


def render(ctx: Context, groups: list[Group], codes: dict[int, str], path: Path, *, fp: str,
           progress=None, cancel=None) -> int:
    """Cards in a 2-column grid, as many rows as the paper holds; each unit starts a new sheet."""
    width, height = page_size(ctx.paper)
    cols = 2
    gap = (width - 2 * MARGIN_LEFT - cols * CARD_W) / (cols - 1)
    top = height - 20 * mm
    rows = int((top - 16 * mm) // CARD_H)
    per_page = rows * cols
    ticker = Ticker(sum(len(g.entries) for g in groups), progress, cancel)
    tmp = fresh_temp(Path(path))
    maker = canvas_maker(footer_text(ctx.made_at, ctx.desk_name, ctx.event.tz), fp)
    c = maker(str(tmp), pagesize=(width, height), invariant=1 if ctx.invariant else 0, pageCompression=1)
    c.setTitle(f"Kartu QR — {ctx.event.title}")
    c.setAuthor(ctx.desk_name)
    c.setCreator("Ikrar")
    pages = 0
    try:
        for group in groups:
            for start in range(0, len(group.entries), per_page):
                chunk = group.entries[start:start + per_page]
                c.setFont(BOLD, 11)
                sheet = start // per_page + 1
                c.drawString(MARGIN_LEFT, height - 13 * mm, f"Kartu QR — {group.unit or 'Tanpa unit'}")
                c.setFont(FONT, 8)
                c.drawRightString(width - MARGIN_LEFT, height - 13 * mm,
                                  f"{ctx.event.title[:70]} · lembar {sheet}")
                for i, entry in enumerate(chunk):
                    row, col = divmod(i, cols)
                    x = MARGIN_LEFT + col * (CARD_W + gap)
                    y = top - (row + 1) * CARD_H
                    draw_card(c, ctx, entry, codes.get(entry.employee_id, ""), x, y)
                ticker.add(len(chunk))
                c.showPage()
                pages += 1
        if not pages:
            c.setFont(FONT, 10)
            c.drawString(MARGIN_LEFT, height - 20 * mm, "Tidak ada pegawai yang diharapkan pada acara ini.")
            c.showPage()
            pages = 1
        c.save()
    except BaseException:
        discard(tmp)
        raise
    finish_file(tmp, Path(path))
    return pages
