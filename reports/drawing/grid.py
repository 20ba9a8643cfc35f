"""A ruled table drawn straight on the canvas, for lists of thousands of rows.

platypus.Table re-measures every remaining row each time it splits at a page end (quadratic: 5,000
rows took over 2 s with no signatures). Here every cell is wrapped once, row heights are summed once,
and a split is a bisect; the header (and a caption band such as the unit's name) repeats on every page.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from ikrar.reports.drawing.common import BOLD, FONT, LIGHT


@dataclass
class Column:
    title: str
    width: float
    align: str = "L"  # L, C, R
    custom: bool = False  # drawn by the grid's painter (e.g. a signature)


@dataclass
class Row:
    values: list[Any]
    bold: bool = False
    shade: bool = False
    payload: Any = None  # for the painter
    number: int = 0
    lines: list[list[str]] = field(default_factory=list)
    height: float = 0.0


Painter = Callable[[Any, Row, int, float, float, float, float], None]


class Grid(Flowable):
    def __init__(self, columns: list[Column], rows: list[Row], *, caption: str = "", size: float = 8.0,
                 pad: float = 2.4, min_height: float = 0.0, painter: Painter | None = None, ticker=None,
                 header_size: float | None = None):
        super().__init__()
        self.columns, self.caption, self.size, self.pad = columns, caption, size, pad
        self.leading = size * 1.18
        self.painter, self.ticker = painter, ticker
        self.header_size = header_size or size
        self.width = sum(c.width for c in columns)
        self.continued = False
        self._header = [self._wrap(c.title, BOLD, self.header_size, c.width) for c in columns]
        lines = max(len(h) for h in self._header)
        self.header_h = lines * self.header_size * 1.18 + 2 * pad + 1
        self.caption_h = (self.leading + 2 * pad + 1) if caption else 0.0
        cache: dict = {}
        for row in rows:
            font = BOLD if row.bold else FONT
            row.lines = [[] if col.custom else self._wrap(str(v or ""), font, size, col.width, cache)
                         for col, v in zip(columns, row.values, strict=True)]
            tallest = max((len(x) for x in row.lines), default=1) or 1
            row.height = max(min_height, tallest * self.leading + 2 * pad)
        self.rows = rows
        self._cum = [0.0, *accumulate(r.height for r in rows)]

    def _wrap(self, text: str, font: str, size: float, width: float, cache: dict | None = None) -> list[str]:
        key = (text, font, size, width)
        if cache is not None and key in cache:
            return cache[key]
        lines = []
        for part in text.split("\n"):
            lines.extend(simpleSplit(part, font, size, width - 2 * self.pad) or [""])
        if cache is not None:
            cache[key] = lines
        return lines

    # --- platypus protocol ---------------------------------------------------------------------
    def _top_h(self) -> float:
        return self.caption_h + self.header_h

    def wrap(self, avail_width, avail_height):
        self.height = self._top_h() + self._cum[-1]
        return self.width, self.height

    def split(self, avail_width, avail_height):
        room = avail_height - self._top_h()
        count = bisect_right(self._cum, room + 1e-6) - 1
        if count <= 0:
            return []
        if count >= len(self.rows):
            return [self]
        return [self._piece(0, count, self.continued), self._piece(count, len(self.rows), True)]

    def _piece(self, start: int, stop: int, continued: bool) -> Grid:
        piece = Grid.__new__(Grid)
        skip = ("rows", "_cum", "canv", "_frame", "_postponed")  # platypus marks flowables it postponed
        piece.__dict__.update({k: v for k, v in self.__dict__.items() if k not in skip})
        piece.rows = self.rows[start:stop]
        base = self._cum[start]
        piece._cum = [c - base for c in self._cum[start:stop + 1]]
        piece.continued = continued
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
            caption = self.caption + (" (lanjutan)" if self.continued else "")
            text.setFont(BOLD, self.size + 0.5)
            text.setTextOrigin(self.pad + 1, y + self.pad + 1.5)
            text.textOut(caption)
        y -= self.header_h
        c.setFillColor(LIGHT)
        c.rect(0, y, width, self.header_h, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        self._cells(text, self._header, y, self.header_h, BOLD, self.header_size, header=True)
        body_top = y
        lines = [y]
        for row in self.rows:
            y -= row.height
            lines.append(y)
            if row.shade:
                c.setFillColor(LIGHT)
                c.rect(0, y, width, row.height, stroke=0, fill=1)
                c.setFillColorRGB(0, 0, 0)
            self._cells(text, row.lines, y, row.height, BOLD if row.bold else FONT, self.size)
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

    def _cells(self, text, cells, y, h, font, size, header=False):
        text.setFont(font, size)
        leading = size * 1.18
        x = 0.0
        for col, lines in zip(self.columns, cells, strict=True):
            if lines:
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
