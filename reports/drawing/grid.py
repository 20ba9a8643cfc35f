"""A ruled table drawn straight on the canvas, for lists of thousands of rows.

platypus.Table re-measures every remaining row each time it splits at a page end (quadratic: 5,000
rows took over 2 s with no signatures). Here every cell is wrapped once, row heights are summed once,
and a split is a bisect; the header (and a caption band such as the unit's name) repeats on every page.

Text is wrapped (reports/wrapping.py: between words, a too-long word after '/' or '-', then anywhere)
and never shrunk: a row grows to its tallest cell, so nothing is drawn outside its cell. A row taller
than *max_height* (a page) keeps the lines that fit, the last one ending in "…".
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from ikrar.reports.drawing.common import BOLD, FONT, LIGHT
from ikrar.reports.wrapping import shorten, wrap


@dataclass
class Column:
    title: str
    width: float
    align: str = "L"  # L, C, R
    custom: bool = False  # drawn by the grid's painter (e.g. a signature)
    font: str | None = None  # the body's font in this column (default: the row's)
    text_width: float | None = None  # a custom column's text (e.g. a note) is wrapped to this width


@dataclass
class Row:
    values: list[Any]
    bold: bool = False
    shade: bool = False
    payload: Any = None  # for the painter
    number: int = 0
    lines: list[list[str]] = field(default_factory=list)
    height: float = 0.0
    # the values this row prints when it begins a page (a "sda" cell written out: see signed_list.py)
    top_values: list[Any] | None = None


Painter = Callable[[Any, Row, int, float, float, float, float], None]


class Grid(Flowable):
    def __init__(self, columns: list[Column], rows: list[Row], *, caption: str = "", size: float = 8.0,
                 pad: float = 2.4, min_height: float = 0.0, painter: Painter | None = None, ticker=None,
                 header_size: float | None = None, max_height: float = 0.0, header_at_top_only: bool = False):
        super().__init__()
        self.header_at_top_only = header_at_top_only
        self.columns, self.caption, self.size, self.pad = columns, caption, size, pad
        self.leading = size * 1.18
        self.painter, self.ticker = painter, ticker
        self.header_size = header_size or size
        self.width = sum(c.width for c in columns)
        self.continued = False
        self._header = [self._wrap(c.title, BOLD, self.header_size, c.width) for c in columns]
        lines = max(len(h) for h in self._header)
        self.header_h = lines * self.header_size * 1.18 + 2 * pad + 1
        self._captions = {False: self._wrap(caption, BOLD, size + 0.5, self.width),
                          True: self._wrap(caption + " (lanjutan)", BOLD, size + 0.5, self.width)}
        caption_lines = max(len(x) for x in self._captions.values())
        self.caption_h = (caption_lines * (size + 0.5) * 1.18 + 2 * pad + 1) if caption else 0.0
        most = int((max_height - 2 * pad) // self.leading) if max_height else 0
        self.min_height, self.most = min_height, most
        cache: dict = {}
        for row in rows:
            self._measure(row, row.values, cache)
        self.rows = rows
        self._cum = [0.0, *accumulate(r.height for r in rows)]

    def _measure(self, row: Row, values: list, cache: dict | None = None) -> None:
        """Wrap *values* into row.lines and set row.height to its tallest cell."""
        cache = {} if cache is None else cache
        row.lines = [self._cell(col, v, row.bold, cache) for col, v in zip(self.columns, values, strict=True)]
        if self.most:
            row.lines = [self._clamp(x, self.most, col, row.bold) for col, x in zip(self.columns, row.lines,
                                                                                    strict=True)]
        tallest = max((len(x) for x in row.lines), default=1) or 1
        row.height = max(self.min_height, tallest * self.leading + 2 * self.pad)

    def _font(self, col: Column, bold: bool) -> str:
        return col.font or (BOLD if bold else FONT)

    def _cell(self, col: Column, value, bold: bool, cache: dict) -> list[str]:
        if col.custom:
            if not isinstance(value, str) or not value:
                return []
            return self._wrap(value, self._font(col, bold), self.size, col.text_width or col.width, cache, pad=False)
        return self._wrap(str(value or ""), self._font(col, bold), self.size, col.width, cache)

    def _clamp(self, lines: list[str], most: int, col: Column, bold: bool) -> list[str]:
        """At most *most* lines, the last one ending in "…" when some were left out."""
        if len(lines) <= most:
            return lines
        font = self._font(col, bold)
        width = (col.text_width or col.width) if col.custom else col.width - 2 * self.pad
        last = shorten(lines[most - 1] + " …", width, lambda t: stringWidth(t, font, self.size))
        return [*lines[:most - 1], last]

    def _wrap(self, text: str, font: str, size: float, width: float, cache: dict | None = None,
              pad: bool = True) -> list[str]:
        key = (text, font, size, width, pad)
        if cache is not None and key in cache:
            return cache[key]
        widths: dict[str, float] = {}

        def measure(part: str) -> float:
            if part not in widths:
                widths[part] = stringWidth(part, font, size)
            return widths[part]

        lines = wrap(text, width - (2 * self.pad if pad else 0), measure)
        if cache is not None:
            cache[key] = lines
        return lines

    # --- platypus protocol ---------------------------------------------------------------------
    def _header_shown(self) -> bool:
        """The column header: always, or (header_at_top_only: a group's table right under the one
        before it, its caption band enough) only at the top of a page."""
        if not self.header_at_top_only or self.continued:
            return True
        frame = getattr(self, "_frame", None)
        return frame is None or bool(frame._atTop)

    def _top_h(self) -> float:
        return self.caption_h + (self.header_h if self._header_shown() else 0.0)

    def wrap(self, avail_width, avail_height):
        self.height = self._top_h() + self._cum[-1]
        return self.width, self.height

    def rows_fitting(self, avail_height: float) -> int:
        """How many rows fit *avail_height* under the caption and header."""
        return max(0, bisect_right(self._cum, avail_height - self._top_h() + 1e-6) - 1)

    def tail_height(self, count: int) -> float:
        """The height of a piece holding the last *count* rows (at a page's top: caption and header)."""
        return self.caption_h + self.header_h + self._cum[-1] - self._cum[len(self.rows) - count]

    def split_rows(self, count: int) -> tuple[Grid, Grid]:
        """The first *count* rows, and the rest (continued, header repeated)."""
        return self._piece(0, count, self.continued), self._piece(count, len(self.rows), True)

    def split(self, avail_width, avail_height):
        count = self.rows_fitting(avail_height)
        if count <= 0:
            return []
        if count >= len(self.rows):
            return [self]
        return list(self.split_rows(count))

    def _piece(self, start: int, stop: int, continued: bool) -> Grid:
        piece = Grid.__new__(Grid)
        skip = ("rows", "_cum", "canv", "_frame", "_postponed")  # platypus marks flowables it postponed
        piece.__dict__.update({k: v for k, v in self.__dict__.items() if k not in skip})
        piece.rows = self.rows[start:stop]
        base = self._cum[start]
        piece._cum = [c - base for c in self._cum[start:stop + 1]]
        piece.continued = continued
        first = piece.rows[0] if continued and piece.rows else None
        if first is not None and first.top_values is not None:
            # a page's first row never says "sda" (same as above): the row above is on another page
            top = Row(first.values, first.bold, first.shade, first.payload, first.number)
            piece._measure(top, first.top_values)
            piece.rows = [top, *piece.rows[1:]]
            piece._cum = [0.0, *(c - piece._cum[1] + top.height for c in piece._cum[1:])]
        return piece

    # --- drawing -------------------------------------------------------------------------------
    def draw(self):
        c = self.canv
        width, top = self.width, self.height
        text = c.beginText()
        y = top
        c.setLineWidth(0.45)
        if self.caption:
            y -= self.caption_h
            c.setFillColor(LIGHT)
            c.rect(0, y, width, self.caption_h, stroke=1, fill=1)
            c.setFillColorRGB(0, 0, 0)
            size = self.size + 0.5
            text.setFont(BOLD, size)
            lines = self._captions[self.continued]
            for n, line in enumerate(lines):
                text.setTextOrigin(self.pad + 1, y + self.pad + 0.25 * size + (len(lines) - 1 - n) * size * 1.18)
                text.textLine(line)
        if self._header_shown():
            y -= self.header_h
            c.setFillColor(LIGHT)
            c.rect(0, y, width, self.header_h, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            self._cells(text, self._header, y, self.header_h, True, self.header_size, header=True)
        body_top = y
        lines = [y]
        for row in self.rows:
            y -= row.height
            lines.append(y)
            if row.shade:
                c.setFillColor(LIGHT)
                c.rect(0, y, width, row.height, stroke=0, fill=1)
                c.setFillColorRGB(0, 0, 0)
            self._cells(text, row.lines, y, row.height, row.bold, self.size)
        c.drawText(text)
        self._rules(top - self.caption_h, body_top, lines, y)
        if self.painter is not None:
            y = body_top
            for row in self.rows:
                y -= row.height
                x = 0.0
                for i, col in enumerate(self.columns):
                    if col.custom:
                        self.painter(c, row, i, x, y, col.width, row.height)
                    x += col.width
        if self.ticker is not None:
            self.ticker.add(len(self.rows))

    def _cells(self, text, cells, y, h, bold, size, header=False):
        leading = size * 1.18
        x = 0.0
        for col, lines in zip(self.columns, cells, strict=True):
            if lines and (header or not col.custom):  # a custom column's text is its painter's
                font = BOLD if header else self._font(col, bold)
                text.setFont(font, size)
                # vertically centred block; baseline sits ~0.25 em above the line's bottom
                first = y + h / 2 + (len(lines) * leading) / 2 - leading + 0.25 * size
                align = "C" if header else col.align
                for n, line in enumerate(lines):
                    if align == "L":
                        lx = x + self.pad
                    else:
                        w = stringWidth(line, font, size)
                        lx = x + (col.width - w) / 2 if align == "C" else x + col.width - self.pad - w
                    text.setTextOrigin(lx, first - n * leading)
                    text.textLine(line)  # (textOut would measure each string again)
            x += col.width

    def _rules(self, header_top, body_top, row_lines, bottom):
        c = self.canv
        width = self.width
        path = c.beginPath()
        for yy in row_lines[:-1]:
            path.moveTo(0, yy)
            path.lineTo(width, yy)
        x = 0.0
        for col in self.columns[:-1]:
            x += col.width
            path.moveTo(x, header_top)
            path.lineTo(x, bottom)
        c.drawPath(path, stroke=1, fill=0)
        c.setLineWidth(0.9)
        c.rect(0, bottom, width, header_top - bottom, stroke=1, fill=0)
        c.setLineWidth(0.45)
