"""Kartu QR: sheets of cut-out cards (qr_card_face.py), two abreast, the units one after another: a
heading names each unit and the cards follow it, so a unit of one person takes one row, not a page; a
unit that goes on over a page break has its heading again, "(lanjutan)".

The cards sit two abreast, touching (one cut between them), centred on the paper: 15 mm from each edge
on A4, 17.5 on F4, since two 90 mm cards do not fit between the letter margins of the tata naskah
dinas (30 and 20 mm; nobody binds a sheet of cards). The title and the headings line up with the
cards; the top and bottom margins, and the footer, are every document's.

Everything placed is measured first: the sheet's title (the document's name at the left, the event at
the right, or under it when the two would meet), the unit headings (wrapped, 10 pt) and the cards.

Memory stays with the page: a first pass only counts the pages (the footer says "Halaman x dari y");
the second draws each page, writes its footer and compresses it as soon as it is finished, where
drawing.common's canvas keeps every page's drawing until the end to number them.
"""
from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName, PDFStream
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ikrar.reports.data import Context, Group
from ikrar.reports.documents import qr_card_face as face
from ikrar.reports.drawing.common import (
    BOLD,
    FONT,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    draw_footer,
    footer_text,
    page_size,
    register_fonts,
)
from ikrar.reports.files import Ticker, discard, finish_file, fresh_temp

TITLE = "KARTU QR"
TITLE_SIZE, EVENT_SIZE, HEADING_SIZE = 12, 9, 10
ASCENT, DESCENT, LEADING = face.ASCENT, face.DESCENT, face.LEADING
HEADING_ABOVE, HEADING_BELOW = 3 * mm, 1.5 * mm
EMPTY = "Tidak ada pegawai yang diharapkan pada acara ini."


@dataclass
class Sheet:
    """The page's geometry and the texts measured once."""

    ctx: Context

    @cached_property
    def size(self) -> tuple[float, float]:
        return page_size(self.ctx.paper)

    @property
    def usable(self) -> float:
        return 2 * face.CARD_W

    @property
    def left(self) -> float:
        return (self.size[0] - self.usable) / 2

    @cached_property
    def title(self) -> tuple[list[tuple[str, str, float, float, float]], float]:
        """(text, font, size, x, baseline from the page's top) of the title's lines, and its height.
        The event (title, then day and time) stands at the right of "KARTU QR" when it fits beside
        it, else under it, wrapped to the page's width."""
        event = self.ctx.event
        when = " · ".join(t for t in (event.day_text, event.time_text) if t)
        left_w = stringWidth(TITLE, BOLD, TITLE_SIZE)
        beside = self.usable - left_w - 10 * mm
        right = [(BOLD, line) for line in face.wrap(event.title, BOLD, EVENT_SIZE, beside)] + \
                [(FONT, line) for line in face.wrap(when, FONT, EVENT_SIZE, beside)]
        placed = [(TITLE, BOLD, TITLE_SIZE, self.left, ASCENT * TITLE_SIZE)]
        if len(right) <= 2:  # beside the title, right-aligned, from its top
            baseline = ASCENT * EVENT_SIZE
            for font, line in right:
                placed.append((line, font, EVENT_SIZE, -1.0, baseline))
                baseline += EVENT_SIZE * LEADING
            bottom = max(placed[0][4] + DESCENT * TITLE_SIZE, baseline - EVENT_SIZE * LEADING + DESCENT * EVENT_SIZE)
        else:  # under it, at the left, as wide as the page
            baseline = placed[0][4] + DESCENT * TITLE_SIZE + 1.5 * mm
            lines = [(BOLD, line) for line in face.wrap(event.title, BOLD, EVENT_SIZE, self.usable)] + \
                    [(FONT, line) for line in face.wrap(when, FONT, EVENT_SIZE, self.usable)]
            for n, (font, line) in enumerate(lines):
                baseline += ASCENT * EVENT_SIZE if n == 0 else EVENT_SIZE * LEADING
                placed.append((line, font, EVENT_SIZE, self.left, baseline))
            bottom = baseline + DESCENT * EVENT_SIZE
        return placed, bottom + 2 * mm

    @cached_property
    def columns(self) -> list[float]:
        return [self.left, self.left + face.CARD_W]

    @cached_property
    def top(self) -> float:
        """Where the cards and headings start, under the title and its rule."""
        return self.size[1] - MARGIN_TOP - self.title[1] - 2 * mm

    @cached_property
    def card_header(self) -> face.Header:
        return face.Header.of(self.ctx.letterhead[0] if self.ctx.letterhead else "")

    def heading(self, group: Group, more: bool) -> list[str]:
        unit = group.unit or "Tanpa unit"
        text = f"{unit} — {len(group.entries)} orang" + (" (lanjutan)" if more else "")
        return list(face.wrap(text, BOLD, HEADING_SIZE, self.usable))

    @staticmethod
    def heading_height(lines: list[str]) -> float:
        return HEADING_ABOVE + ASCENT * HEADING_SIZE + (len(lines) - 1) * HEADING_SIZE * LEADING \
            + DESCENT * HEADING_SIZE + HEADING_BELOW


def pages(sheet: Sheet, groups: list[Group]) -> Iterator[list[tuple]]:
    """Each page's placements, top to bottom: ("heading", lines, top) and ("row", entries, bottom).
    A heading is never the last thing on a page: it stays with its unit's first row."""
    page: list[tuple] = []
    y = sheet.top
    for group in groups:
        entries = group.entries
        for start in range(0, len(entries), 2):
            lines = sheet.heading(group, more=False) if start == 0 else None
            need = face.CARD_H + (sheet.heading_height(lines) if lines else 0)
            if y - need < MARGIN_BOTTOM and page:
                yield page
                page, y = [], sheet.top
                lines = sheet.heading(group, more=start > 0)
            if lines:
                page.append(("heading", lines, y))
                y -= sheet.heading_height(lines)
            y -= face.CARD_H
            page.append(("row", entries[start:start + 2], y))
    if page:
        yield page


class _Sheets(Canvas):
    """A canvas that knows the page count before it starts: each page gets its footer when it is
    finished, and its drawing is compressed at once instead of being kept as text until save()."""

    def __init__(self, path: str, *, total: int, footer: str, **kwargs):
        register_fonts()
        super().__init__(path, initialFontName=FONT, **kwargs)  # our font from the first page on
        self.total, self.footer = total, footer

    def showPage(self):
        draw_footer(self, self.footer, self.getPageNumber(), self.total)
        super().showPage()
        # reportlab keeps the page's operators as one text until save (its document's page list is not
        # public: without it, or with another shape, the page is left as reportlab made it)
        page = (getattr(getattr(self._doc, "Pages", None), "pages", None) or [None])[-1]
        if self._pageCompression and isinstance(getattr(page, "stream", None), str):
            page.Contents = PDFStream(PDFDictionary({"Filter": PDFName("FlateDecode")}),
                                      zlib.compress(page.stream.encode("utf-8")))
            page.stream = None


def render(ctx: Context, groups: list[Group], codes: dict[int, str], path: Path, *, fp: str,
           progress=None, cancel=None) -> int:
    """The cards of *groups*, each with its code from *codes* (models/cards.card_codes); the page count."""
    sheet = Sheet(ctx)
    groups = [g for g in groups if g.entries]
    total = sum(1 for _ in pages(sheet, groups)) or 1
    ticker = Ticker(total, progress, cancel)
    tmp = fresh_temp(Path(path))
    c = _Sheets(str(tmp), total=total, footer=f"{footer_text(ctx.made_at, ctx.desk_name, ctx.event.tz)} · sidik {fp}",
                pagesize=sheet.size, invariant=1 if ctx.invariant else 0, pageCompression=1)
    c.setTitle(f"Kartu QR — {ctx.event.title}")
    c.setAuthor(ctx.desk_name)
    c.setCreator("Ikrar")
    try:
        face.define_form(c, sheet.card_header)
        for placements in pages(sheet, groups):
            draw_page(c, sheet, placements, codes)
            ticker.add()
        if not groups:
            draw_title(c, sheet)
            c.setFont(FONT, 10)
            c.drawString(sheet.left, sheet.top - 8 * mm, EMPTY)
            c.showPage()
        c.save()
    except BaseException:
        discard(tmp)
        raise
    finish_file(tmp, Path(path))
    return total


def draw_title(c, sheet: Sheet) -> None:
    height = sheet.size[1]
    placed, title_h = sheet.title
    right = sheet.left + sheet.usable
    c.setFillColorRGB(0, 0, 0)
    for text, font, size, x, baseline in placed:
        c.setFont(font, size)
        if x < 0:
            c.drawRightString(right, height - MARGIN_TOP - baseline, text)
        else:
            c.drawString(x, height - MARGIN_TOP - baseline, text)
    c.setLineWidth(0.6)
    c.line(sheet.left, height - MARGIN_TOP - title_h, right, height - MARGIN_TOP - title_h)


def draw_page(c, sheet: Sheet, placements: list[tuple], codes: dict[int, str]) -> None:
    draw_title(c, sheet)
    for kind, what, y in placements:
        if kind == "heading":
            c.setFillColorRGB(0, 0, 0)
            c.setFont(BOLD, HEADING_SIZE)
            baseline = y - HEADING_ABOVE - ASCENT * HEADING_SIZE
            for line in what:
                c.drawString(sheet.left, baseline, line)
                baseline -= HEADING_SIZE * LEADING
            continue
        for entry, x in zip(what, sheet.columns, strict=False):
            fitted = face.fit(entry, codes.get(entry.employee_id, ""), sheet.card_header)
            face.draw(c, fitted, sheet.card_header, x, y)
    c.showPage()
