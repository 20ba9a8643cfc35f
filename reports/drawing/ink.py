"""Signatures drawn from their strokes: one vector path per signature on a reportlab canvas, or a
small PNG (Pillow) for spreadsheets. The strokes are the record; these drawings are derived.

The PDF path is written as integer coordinates in tenths of a point inside its own `cm` frame and
thinned (Reumann–Witkam, 0.15 pt): a real pad records 100+ points a second, far more than ink on
paper shows, and per-point float formatting was most of the list's time and size.

A signature that cannot be drawn (stored before the strokes were checked: `StrokeData.damaged` from
models.strokes.load_strokes, or strokes built in code that the drawing chokes on) is drawn as the
words UNREADABLE in grey, in its own box: one bad signature never stops the document.
"""
from __future__ import annotations

import io
import logging
import math

from reportlab.pdfbase.pdfmetrics import stringWidth

from ikrar.models.strokes import StrokeData
from ikrar.reports.drawing.common import GREY, INK, ITALIC

log = logging.getLogger(__name__)
UNREADABLE = "tanda tangan tidak terbaca"  # the documents are in Indonesian
# What the drawing raises on strokes no check has seen (NaN, ±inf, text, short points): caught per signature.
_CANNOT_DRAW = (TypeError, ValueError, IndexError, OverflowError, ZeroDivisionError)

UNITS = 10  # path units per point
TOLERANCE = 1.5  # path units (0.15 pt): below a printer's dot and the pen's width
MIN_STEP = 3  # path units (0.3 pt, Manhattan): closer points only add bytes


def _fit(sig: StrokeData, w: float, h: float):
    """Scale and offsets that fit the strokes' ink box into w×h, aspect kept, centred."""
    x0, y0, x1, y1 = sig.bounding_box()
    bw, bh = max(x1 - x0, 1.0), max(y1 - y0, 1.0)
    scale = min(w / bw, h / bh)
    fit = scale, x0, y1, (w - bw * scale) / 2, (h - bh * scale) / 2
    if not all(map(math.isfinite, fit)) or scale <= 0:
        raise ValueError("the ink box cannot be fitted")  # strokes no check has seen (±1e308)
    return fit


def path_code(sig: StrokeData, w: float, h: float) -> tuple[str, float, float]:
    """(PDF path operators in tenths of a point, x offset, y offset) fitting *sig* into w×h.

    One pass per stroke (this runs for every point of thousands of signatures): each point is
    scaled and rounded; points within MIN_STEP of the last candidate are skipped; the rest are
    thinned by Reumann–Witkam (kept only where the line leaves a TOLERANCE-wide corridor)."""
    scale, x0, y1, dx, dy = _fit(sig, w, h)
    k = scale * UNITS
    tol2, step = TOLERANCE * TOLERANCE, MIN_STEP
    out: list[str] = []
    add = out.append
    for stroke in sig.strokes:
        first = stroke[0]
        ax, ay = round((first[0] - x0) * k), round((y1 - first[1]) * k)
        add(f"{ax} {ay} m")
        bx = by = px = py = None  # direction point of the corridor; last candidate
        for p in stroke:
            x, y = round((p[0] - x0) * k), round((y1 - p[1]) * k)
            if px is None:
                if abs(x - ax) + abs(y - ay) < step:
                    continue
                bx, by, px, py = x, y, x, y
                continue
            if abs(x - px) + abs(y - py) < step:
                continue
            ux, uy = bx - ax, by - ay
            cross = ux * (y - ay) - uy * (x - ax)
            if cross * cross > tol2 * (ux * ux + uy * uy):  # left the corridor: last candidate is a corner
                add(f"{px} {py} l")
                ax, ay, bx, by = px, py, x, y
            px, py = x, y
        add(f"{ax} {ay} l" if px is None else f"{px} {py} l")  # (a dot: round caps print it)
    return "\n".join(out), dx, dy


def draw_signature(c, sig: StrokeData, x: float, y: float, w: float, h: float, line_width: float = 0.7) -> None:
    """Draw *sig* into the box (x, y, w, h) (y up, PDF points) as one stroked path."""
    if w <= 0 or h <= 0:
        return
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


def _png_lines(sig: StrokeData, width: int, height: int, pad: int) -> list[list[tuple[float, float]]] | None:
    """The strokes as polylines in image pixels, or None when they cannot be drawn."""
    if sig.damaged:
        return None
    try:
        scale, x0, y1, dx, dy = _fit(sig, width - 2 * pad, height - 2 * pad)
        lines = []
        for stroke in sig.strokes:
            # image y grows down like the pad's: y = bottom - (y1 - py) * scale
            points = [(pad + dx + (p[0] - x0) * scale, height - pad - dy - (y1 - p[1]) * scale) for p in stroke]
            if not all(-width <= px <= 2 * width and -height <= py <= 2 * height for px, py in points):
                return None  # NaN too: only strokes no check has seen get here
            lines.append(points * 2 if len(points) == 1 else points)
    except _CANNOT_DRAW:
        return None
    return lines


def signature_png(sig: StrokeData, width: int = 180, height: int = 60, line_width: int = 2) -> bytes:
    """A small PNG (white ground) of the signature, for XLSX rows."""
    from PIL import Image, ImageDraw, ImageFont  # late: Pillow only for the XLSX's signature images

    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    pad = 3
    lines = _png_lines(sig, width, height, pad)
    if lines is None:
        size = 12.0  # shrunk to the image's width (a bitmap font, without FreeType, keeps its own size)
        size = min(size, max(6.0, size * (width - 2 * pad) / max(
            draw.textlength(UNREADABLE, font=ImageFont.load_default(size)), 1.0)))
        draw.text((pad, (height - size) / 2), UNREADABLE, fill=110, font=ImageFont.load_default(size))
    for points in lines or []:
        draw.line(points, fill=30, width=line_width, joint="curve")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
