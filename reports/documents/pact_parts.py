"""The pieces of a pact page (reports/documents/pacts.py).

What is the same on every page of a pact text (the kop, the title, the words before and after the
identity) is a Block: laid out once and drawn once per PDF as a form XObject, which every page then
shows by reference; thousands of pages neither lay the text out again nor carry it again. What is each
person's own (the identity, the signature block, the note) is drawn with plain strings, wrapped once.
"""
from __future__ import annotations

import itertools

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from ikrar.reports.drawing.common import BOLD, FONT, GREY
from ikrar.reports.drawing.ink import draw_signature

_names = itertools.count(1)
TEXT_SIZE, TEXT_LEADING = 10.5, 14.5
SIGN_SIZE, SIGN_LEADING = 10.5, 13.5


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """*text* in lines no wider than *width*: at spaces, and a word wider than the line (a name from a
    file can be anything) cut where it reaches the edge."""
    out = []
    for line in simpleSplit(text, font, size, width):
        while stringWidth(line, font, size) > width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and stringWidth(line[:cut], font, size) > width:
                cut -= 1
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return out


class Block(Flowable):
    """Flowables drawn as one form XObject per canvas. Where it does not fit the room left on a page
    (a long text), it hands its flowables to the layout, which splits them like any others."""

    def __init__(self, flowables: list):
        super().__init__()
        self.parts = flowables
        self.name = f"IkrarPact{next(_names)}"
        self._laid_out: tuple[float, float, list] | None = None

    def wrap(self, avail_width, avail_height):
        if self._laid_out is None or self._laid_out[0] != avail_width:
            placed, y = [], 0.0
            for i, f in enumerate(self.parts):
                y += f.getSpaceBefore() if i else 0
                _, h = f.wrap(avail_width, 1e6)
                placed.append((f, y + h))
                y += h + (f.getSpaceAfter() if i < len(self.parts) - 1 else 0)
            self._laid_out = (avail_width, y, placed)
        self.width, self.height = avail_width, self._laid_out[1]
        return self.width, self.height

    def split(self, avail_width, avail_height):
        return list(self.parts)

    def draw(self):
        canv = self.canv
        defined = canv.__dict__.setdefault("_ikrar_forms", set())
        if self.name not in defined:
            canv.beginForm(self.name, 0, 0, self.width, self.height)
            for f, bottom in self._laid_out[2]:
                f.wrap(self.width, 1e6)  # (a Paragraph draws what its last wrap laid out)
                f.drawOn(canv, 0, self.height - bottom)
            canv.endForm()
            defined.add(self.name)
        canv.doForm(self.name)


class Together(Flowable):
    """Flowables kept on one page (the text's last lines with the signature under them); where they
    are taller than a whole page, handed back to be laid out one by one."""

    def __init__(self, flowables: list):
        super().__init__()
        self.parts = flowables

    def wrap(self, avail_width, avail_height):
        self.placed, y = [], 0.0
        for i, f in enumerate(self.parts):
            y += f.getSpaceBefore() if i else 0
            _, h = f.wrap(avail_width, 1e6)
            self.placed.append((f, y + h))
            y += h
        self.width, self.height = avail_width, y
        return self.width, self.height

    def getSpaceBefore(self):
        return self.parts[0].getSpaceBefore() if self.parts else 0

    def split(self, avail_width, avail_height):
        frame = getattr(self, "_frame", None)
        if frame is None or self.height <= frame._aH:
            return []  # to the next page, whole
        self.parts[0].kept = True  # (laid out one by one: not grouped again)
        return list(self.parts)

    def draw(self):
        for f, bottom in self.placed:
            f.wrap(self.width, 1e6)
            f.drawOn(self.canv, 0, self.height - bottom)


class Identity(Flowable):
    """The identity rows: label, colon, value (wrapped), indented like the numbered points."""

    LABEL = 30 * mm
    COLON = 4 * mm

    def __init__(self, rows: list[tuple[str, str]], indent: float = 7 * mm):
        super().__init__()
        self.rows, self.indent = rows, indent
        self.spaceBefore, self.spaceAfter = 1 * mm, 3 * mm

    def wrap(self, avail_width, avail_height):
        if getattr(self, "width", None) == avail_width:  # (measured once: the layout asks again)
            return self.width, self.height
        room = max(avail_width - self.indent - self.LABEL - self.COLON, 20 * mm)
        self.lines = [(label, wrap_text(value or "-", FONT, TEXT_SIZE, room) or ["-"]) for label, value in self.rows]
        self.width, self.height = avail_width, sum(len(v) for _, v in self.lines) * TEXT_LEADING
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.setFont(FONT, TEXT_SIZE)
        y = self.height - TEXT_SIZE
        x_colon = self.indent + self.LABEL
        for label, values in self.lines:
            c.drawString(self.indent, y, label)
            c.drawString(x_colon, y, ":")
            for line in values:
                c.drawString(x_colon + self.COLON, y, line)
                y -= TEXT_LEADING


class SignBlock(Flowable):
    """At the right: place and date, "Yang membuat pernyataan,", the signature drawn from its strokes
    (or room to sign), the name bold and underlined (wrapped), then the NIP, NI PPPK or NIK line."""

    WIDTH = 75 * mm
    SIGNATURE = 24 * mm
    keep_with_previous = True  # never alone at the top of a page

    def __init__(self, lines_above: list[str], strokes, name: str, id_line: str):
        super().__init__()
        self.above, self.strokes, self.name, self.id_line = lines_above, strokes, name, id_line
        self.spaceBefore = 6 * mm

    def wrap(self, avail_width, avail_height):
        if getattr(self, "width", None) == avail_width:
            return self.width, self.height
        width = min(self.WIDTH, avail_width)
        self.above_lines = [x for line in self.above for x in wrap_text(line, FONT, SIGN_SIZE, width) or [""]]
        self.name_lines = wrap_text(self.name, BOLD, SIGN_SIZE, width) or [""]
        self.id_lines = wrap_text(self.id_line, FONT, SIGN_SIZE, width) if self.id_line else []
        count = len(self.above_lines) + len(self.name_lines) + len(self.id_lines)
        self.width, self.height = avail_width, count * SIGN_LEADING + self.SIGNATURE
        return self.width, self.height

    def draw(self):
        c = self.canv
        x = self.width - min(self.WIDTH, self.width)
        y = self.height - SIGN_SIZE
        c.setFont(FONT, SIGN_SIZE)
        for line in self.above_lines:
            c.drawString(x, y, line)
            y -= SIGN_LEADING
        box_bottom = y + SIGN_SIZE - self.SIGNATURE
        if self.strokes is not None:
            draw_signature(c, self.strokes, x, box_bottom + 1 * mm, 70 * mm * 0.8, self.SIGNATURE - 2 * mm,
                           line_width=1.0)
        y -= self.SIGNATURE
        c.setFont(BOLD, SIGN_SIZE)
        c.setLineWidth(0.6)
        for line in self.name_lines:
            c.drawString(x, y, line)
            c.line(x, y - 1.6, x + stringWidth(line, BOLD, SIGN_SIZE), y - 1.6)
            y -= SIGN_LEADING
        c.setFont(FONT, SIGN_SIZE)
        for line in self.id_lines:
            c.drawString(x, y, line)
            y -= SIGN_LEADING


class Note(Flowable):
    """A small grey line (wrapped): when and where this pact was signed, its text's hash."""

    SIZE, LEADING = 9, 11  # no text on a sheet under 9 pt, this line of record too
    keep_with_previous = True

    def __init__(self, text: str):
        super().__init__()
        self.text = text
        self.spaceBefore = 6 * mm

    def wrap(self, avail_width, avail_height):
        if getattr(self, "width", None) == avail_width:
            return self.width, self.height
        self.lines = wrap_text(self.text, FONT, self.SIZE, avail_width)
        self.width, self.height = avail_width, len(self.lines) * self.LEADING
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.setFont(FONT, self.SIZE)
        c.setFillColor(GREY)
        y = self.height - self.SIZE
        for line in self.lines:
            c.drawString(0, y, line)
            y -= self.LEADING
