"""Signatures drawn from their strokes: one vector path per signature on a reportlab canvas, or a
small PNG (Pillow) for spreadsheets. The strokes are the record; these drawings are derived.

The PDF path is simplified to the resolution of its box (reports/drawing/simplify.py: Douglas–
Peucker at TOLERANCE, below a printer's dot) and written as integer coordinates in tenths of a point
inside its own `cm` frame: a real pad records 300–600 points a signature, far more than ink on paper
shows, and per-point work was most of the list's time and size. Each signature is read (a StoredInk
from reports/data.py), simplified and written once per document, when it is drawn; nothing of it is
kept afterwards, and the stored strokes are never changed.

A signature that cannot be drawn (stored before the strokes were checked: `StrokeData.damaged` from
models.strokes.load_strokes, or strokes built in code that the drawing chokes on) is drawn as the
words UNREADABLE in grey, in its own box: one bad signature never stops the document.
"""
from __future__ import annotations

import io
import logging
import math
from operator import itemgetter

from reportlab.pdfbase.pdfmetrics import stringWidth

from ikrar.models.strokes import StrokeData
from ikrar.reports.drawing.common import GREY, INK, ITALIC
from ikrar.reports.drawing.simplify import loaded, simplify_line

log = logging.getLogger(__name__)
UNREADABLE = "tanda tangan tidak terbaca"  # the documents are in Indonesian
# What the drawing raises on strokes no check has seen (NaN, ±inf, text, short points): caught per signature.
_CANNOT_DRAW = (TypeError, ValueError, IndexError, OverflowError, ZeroDivisionError)
_X, _Y, _XY = itemgetter(0), itemgetter(1), itemgetter(0, 1)

UNITS = 10  # path units per point
# Points (1/72 inch) a left-out pad point may lie off the drawn line: with the rounding to 1/UNITS pt
# (at most 0.07 pt) under 0.24 pt, a 300-dpi printer's dot, and a third of the 0.7 pt pen.
TOLERANCE = 0.15


def _axes(sig: StrokeData) -> list[tuple[list, list]]:
    """Each stroke's x and y coordinates as two lists; ValueError when one is not finite (NaN would
    slip through min and max, and the simplification would quietly leave it out)."""
    axes = [(list(map(_X, stroke)), list(map(_Y, stroke))) for stroke in sig.strokes if stroke]
    if not math.isfinite(sum(sum(xs) + sum(ys) for xs, ys in axes)):
        raise ValueError("a coordinate is not a finite number")  # strokes no check has seen
    return axes


def _fit(axes: list[tuple[list, list]], w: float, h: float):
    """Scale and offsets that fit the strokes' ink box into w×h, aspect kept, centred."""
    x0, x1 = min(map(min, (xs for xs, _ in axes))), max(map(max, (xs for xs, _ in axes)))
    y0, y1 = min(map(min, (ys for _, ys in axes))), max(map(max, (ys for _, ys in axes)))
    bw, bh = max(x1 - x0, 1.0), max(y1 - y0, 1.0)
    scale = min(w / bw, h / bh)
    fit = scale, x0, y1, (w - bw * scale) / 2, (h - bh * scale) / 2
    if not all(map(math.isfinite, fit)) or scale <= 0:
        raise ValueError("the ink box cannot be fitted")  # strokes no check has seen (±1e308, NaN)
    return fit


def path_code(sig: StrokeData, w: float, h: float) -> tuple[str, float, float]:
    """(PDF path operators in tenths of a point, x offset, y offset) fitting *sig* into w×h: each
    stroke simplified to TOLERANCE on paper, its kept points scaled and rounded, repeats dropped."""
    axes = _axes(sig)
    scale, x0, y1, dx, dy = _fit(axes, w, h)
    k, tolerance = scale * UNITS, TOLERANCE / scale
    out: list[str] = []
    add = out.append
    for xs, ys in axes:
        last = None
        for i in simplify_line(xs, ys, tolerance):
            point = round((xs[i] - x0) * k), round((y1 - ys[i]) * k)
            if point != last:
                add(f"{point[0]} {point[1]} {'l' if last else 'm'}")
                last = point
        if len(out) and out[-1].endswith("m"):
            add(f"{last[0]} {last[1]} l")  # a dot: round caps print it
    return "\n".join(out), dx, dy


def draw_signature(c, sig: StrokeData, x: float, y: float, w: float, h: float, line_width: float = 0.7) -> None:
    """Draw *sig* into the box (x, y, w, h) (y up, PDF points) as one stroked path."""
    if w <= 0 or h <= 0:
        return
    sig = loaded(sig)
    if sig.damaged:
        _draw_unreadable(c, x, y, w, h)
        return
    if not sig.strokes:
        return
    try:
        code, dx, dy = path_code(sig, w, h)
    except _CANNOT_DRAW:
        log.warning("a signature's strokes cannot be drawn; marked unreadable")  # nothing of the strokes
        _draw_unreadable(c, x, y, w, h)
        return
    r, g, b = INK.red, INK.green, INK.blue
    c.addLiteral(f"q {r:.2f} {g:.2f} {b:.2f} RG {line_width * UNITS:g} w 1 J 1 j "
                 f"{1 / UNITS:g} 0 0 {1 / UNITS:g} {x + dx:.2f} {y + dy:.2f} cm\n{code}\nS Q")


def _draw_unreadable(c, x: float, y: float, w: float, h: float) -> None:
    """UNREADABLE in grey italics, fitted into the box (x, y, w, h)."""
    size = min(6.5, h * 0.6)
    size = min(size, size * w / max(stringWidth(UNREADABLE, ITALIC, size), 1e-6))
    if size < 2:
        return  # no room for words in this box
    c.saveState()
    c.setFont(ITALIC, size)
    c.setFillColor(GREY)
    c.drawString(x, y + (h - size) / 2, UNREADABLE)
    c.restoreState()


def _png_paths(sig: StrokeData, width: int, height: int, pad: int, path_class) -> list | None:
    """The strokes as PIL paths in image pixels (scaled and placed in C, every point kept: Pillow
    draws them faster than anything could choose among them), or None when they cannot be drawn."""
    if sig.damaged:
        return None
    try:
        paths = [path_class(list(map(_XY, stroke))) for stroke in sig.strokes if stroke]
        if not paths or not math.isfinite(sum(sum(map(sum, stroke)) for stroke in sig.strokes)):
            return None  # NaN would slip through the box; only strokes no check has seen get here
        boxes = [path.getbbox() for path in paths]
        x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
        x1, y1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
        bw, bh = max(x1 - x0, 1.0), max(y1 - y0, 1.0)
        scale = min((width - 2 * pad) / bw, (height - 2 * pad) / bh)
        if not math.isfinite(scale) or scale <= 0:
            return None
        # image y grows down like the pad's: centred in the box, the ink box's top at the top
        left = pad + ((width - 2 * pad) - bw * scale) / 2 - x0 * scale
        top = pad + ((height - 2 * pad) - bh * scale) / 2 - y0 * scale
        for path in paths:
            path.transform((scale, 0, left, 0, scale, top))
    except _CANNOT_DRAW:
        return None
    return paths


def signature_png(sig: StrokeData, width: int = 180, height: int = 60, line_width: int = 2) -> bytes:
    """A small PNG of the signature in ballpoint blue on a transparent ground (the cell's borders show
    through; a palette of three colours: 2 bits a pixel, quick to encode and small), for XLSX rows."""
    from PIL import Image, ImageDraw, ImageFont, ImagePath  # late: Pillow only for the XLSX's signature images

    image = Image.new("P", (width, height), 0)
    image.putpalette([255, 255, 255, *(round(v * 255) for v in (INK.red, INK.green, INK.blue)), 110, 110, 110])
    draw = ImageDraw.Draw(image)
    pad = 3
    sig = loaded(sig)
    lines = _png_paths(sig, width, height, pad, ImagePath.Path)
    if lines is None:
        size = 12.0  # shrunk to the image's width (a bitmap font, without FreeType, keeps its own size)
        size = min(size, max(6.0, size * (width - 2 * pad) / max(
            draw.textlength(UNREADABLE, font=ImageFont.load_default(size)), 1.0)))
        draw.text((pad, (height - size) / 2), UNREADABLE, fill=2, font=ImageFont.load_default(size))
    for path in lines or []:
        draw.line(path if len(path) > 1 else [path[0], path[0]], fill=1, width=line_width, joint="curve")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", transparency=0)
    return buffer.getvalue()
