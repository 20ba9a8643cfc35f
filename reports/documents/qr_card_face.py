"""One QR card (90 x 55 mm, cut out along its dashed line): the letterhead's first line, the person's
name with every title and degree, the code and its QR, the position and the unit.

The QR carries what models/cards.card_codes gives: an ASN's NIP, or the card code ("IKR-…") of someone
without one; nothing else is ever drawn as a QR (a 16-digit NIK is a personal identifier on a card
people carry: such a card says its code is missing instead). Text is never smaller than 9 pt and never
leaves the card: the name may go from 10 to 9 pt; when the card is still too full, the position, then
the unit, give up lines (the last one kept ends in '…'); the name is cut only when it alone fills the
whole card (no real name does: 9 lines of about 28 letters).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from ikrar.models.card_code import STORED, printed
from ikrar.models.identifiers import format_nip
from ikrar.reports.data import Entry
from ikrar.reports.drawing import qr
from ikrar.reports.drawing.common import BOLD, FONT, GREY
from ikrar.reports.wrapping import shorten
from ikrar.reports.wrapping import wrap as wrap_text

CARD_W, CARD_H = 90 * mm, 55 * mm
PAD = 4 * mm  # text from the cut line
QR_SIZE = 24 * mm  # 21 modules of 1.14 mm
QUIET = 5 * mm  # light around the QR, to the cut line and to the text: more than 4 modules
TEXT_X = QUIET + QR_SIZE + QUIET  # the text column, right of the QR
TEXT_W = CARD_W - TEXT_X - PAD
SIZE, NAME_SIZES = 9, (10, 9.5, 9)  # nothing under 9 pt
ASCENT, DESCENT, LEADING = 0.905, 0.212, 1.15  # Liberation Sans, per point of size
GAP = 2.5  # between the blocks of the text column (pt)
KIND = "KARTU HADIR"
NO_CODE = "Kode kartu belum dibuat"


@lru_cache(maxsize=8192)  # units and positions repeat on every card of a unit
def wrap(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """The lines of *text* in *font* at *size* (reports/wrapping.py: between words, after '/' or '-',
    then anywhere); none for a blank text."""
    if not (text or "").strip():
        return ()
    return tuple(wrap_text(text, width, lambda s: stringWidth(s, font, size)))


def clip(lines, count: int, font: str, size: float, width: float) -> list[str]:
    """The first *count* of *lines*, the last of them ending in '…' when any were left out."""
    lines = list(lines)
    if len(lines) <= count:
        return lines
    if count <= 0:
        return []
    return lines[:count - 1] + [shorten(" ".join(lines[count - 1:]), width, lambda s: stringWidth(s, font, size))]


def payload(code: str) -> str | None:
    """What the QR may carry: an 18-digit NIP or a card code; None for anything else (a NIK)."""
    if code and ((len(code) == 18 and code.isascii() and code.isdigit()) or STORED.match(code)):
        return code
    return None


@dataclass(frozen=True)
class Header:
    """The card's header, the same on every card: measured once."""

    lines: tuple[str, ...]
    kind: bool  # "KARTU HADIR" fits at the right of the first line
    rule: float  # the rule under it, from the card's top

    @classmethod
    def of(cls, letterhead: str) -> Header:
        inner = CARD_W - 2 * PAD
        text = (letterhead or "").upper().strip() or "KARTU HADIR APEL"
        lines = tuple(clip(wrap(text, BOLD, SIZE, inner), 2, BOLD, SIZE, inner))
        kind = bool(letterhead.strip()) and len(lines) == 1 and \
            _width(lines[0], BOLD) + 4 * mm + _width(KIND, FONT) <= inner
        return cls(lines, kind, 3.5 * mm + (len(lines) - 1) * SIZE * LEADING + (ASCENT + DESCENT) * SIZE + 1.5 * mm)


def _width(text: str, font: str, size: float = SIZE) -> float:
    return stringWidth(text, font, size)


@dataclass
class Face:
    """What one card shows, fitted to it: (font, size, lines) blocks from the top of the text column."""

    blocks: list[tuple[str, float, list[str]]]
    qr: str | None


def fit(entry: Entry, code: str, header: Header) -> Face:
    """What *entry*'s card shows, fitted to the room under *header* beside the QR."""
    room = CARD_H - header.rule - 2 * mm - PAD
    qr_text = payload(code)
    shown = NO_CODE if not qr_text else printed(qr_text) if STORED.match(qr_text) else f"NIP. {format_nip(qr_text)}"
    code_lines = list(wrap(shown, FONT, SIZE, TEXT_W))
    position = list(wrap(entry.position, FONT, SIZE, TEXT_W))
    unit = list(wrap(entry.unit, FONT, SIZE, TEXT_W))

    def blocks() -> list[tuple[str, float, list[str]]]:
        return [(BOLD, size, name), (FONT, SIZE, code_lines), (FONT, SIZE, position), (FONT, SIZE, unit)]

    for size in NAME_SIZES:
        name = list(wrap(entry.name, BOLD, size, TEXT_W)) or ["-"]
        if height(blocks()) <= room:
            break
    # still too full at 9 pt: the position, then the unit, give up lines; the name last
    for keep_position, keep_unit in ((1, len(unit)), (1, 1), (0, 1), (0, 0)):
        if height(blocks()) <= room:
            break
        position = clip(position, keep_position, FONT, SIZE, TEXT_W)
        unit = clip(unit, keep_unit, FONT, SIZE, TEXT_W)
    while height(blocks()) > room and len(name) > 1:
        name = clip(name, len(name) - 1, BOLD, size, TEXT_W)
    return Face([b for b in blocks() if b[2]], qr_text)


def height(blocks) -> float:
    """The text column's height, as draw() sets it: the first line's ascent, lines at their leading,
    a gap between blocks, the last line's descent."""
    total, previous = 0.0, None
    for _font, size, lines in blocks:
        if not lines:
            continue
        total += ASCENT * size if previous is None else DESCENT * previous + GAP + ASCENT * size
        total += (len(lines) - 1) * size * LEADING
        previous = size
    return total + (DESCENT * previous if previous else 0.0)


FORM = "IkrarCard"  # the parts every card shares, drawn once into the PDF (a form XObject)


def define_form(c, header: Header) -> None:
    """The cut line, the header and its rule: the same on every card, so kept once in the file."""
    c.beginForm(FORM, 0, 0, CARD_W, CARD_H)
    c.setDash(3, 2)
    c.setStrokeColor(GREY)
    c.setLineWidth(0.4)
    c.rect(0, 0, CARD_W, CARD_H, stroke=1, fill=0)  # the cut line
    c.setDash()
    c.setFillColorRGB(0, 0, 0)
    c.setStrokeColorRGB(0, 0, 0)
    first = CARD_H - 3.5 * mm - ASCENT * SIZE
    c.setFont(BOLD, SIZE)
    for n, line in enumerate(header.lines):
        c.drawString(PAD, first - n * SIZE * LEADING, line)
    if header.kind:
        c.setFont(FONT, SIZE)
        c.drawRightString(CARD_W - PAD, first, KIND)
    c.setLineWidth(0.8)
    c.line(PAD, CARD_H - header.rule, CARD_W - PAD, CARD_H - header.rule)
    c.endForm()


def draw(c, face: Face, header: Header, x: float, y: float) -> None:
    """The card with its bottom-left corner at (x, y) (define_form first, once per document)."""
    c.saveState()
    c.translate(x, y)
    c.doForm(FORM)
    c.restoreState()
    c.setFillColorRGB(0, 0, 0)
    if face.qr:
        draw_qr(c, face.qr, x + QUIET, y + QUIET, QR_SIZE)
    baseline = y + CARD_H - header.rule - 2 * mm
    previous = None
    for font, size, lines in face.blocks:
        baseline -= ASCENT * size if previous is None else DESCENT * previous + GAP + ASCENT * size
        c.setFont(font, size)
        for n, line in enumerate(lines):
            if n:
                baseline -= size * LEADING
            c.drawString(x + TEXT_X, baseline, line)
        previous = size


def draw_qr(c, text: str, x: float, y: float, size: float) -> None:
    """The symbol as filled rectangles, one per run of dark modules in a row, in module units (short
    integers to write) inside a transformation to *size* at (x, y); row by row from the bottom."""
    rows = qr.rows_of(text)
    cell = size / len(rows)
    c.saveState()
    c.transform(cell, 0, 0, cell, x, y)
    c.addLiteral(" 1 0 0 1 0 1 cm ".join(_row_ops(row) for row in reversed(rows)))
    c.restoreState()


_ROW_OPS: dict[int, str] = {}


def _row_ops(row: int) -> str:
    """The rectangles of one row's dark runs at height 0, filled ("n" for an empty row); kept, since
    the rows around the finder patterns recur on every card."""
    ops = _ROW_OPS.get(row)
    if ops is None:
        rects, col, rest = [], 0, row
        while rest:
            skip = (rest & -rest).bit_length() - 1  # light modules before the next dark one
            rest >>= skip
            col += skip
            run = (~rest & (rest + 1)).bit_length() - 1  # dark modules in a row
            rects.append(f"{col} 0 {run} 1 re")
            rest >>= run
            col += run
        ops = " ".join(rects) + " f" if rects else "n"
        if len(_ROW_OPS) > 100_000:
            _ROW_OPS.clear()
        _ROW_OPS[row] = ops
    return ops
