"""Signatures drawn from their strokes: one vector path per signature on a reportlab canvas, or a
small PNG (Pillow) for spreadsheets. The strokes are the record; these drawings are derived.

The PDF path is written as integer coordinates in tenths of a point inside its own `cm` frame and
thinned (Reumann–Witkam, 0.15 pt): a real pad records 100+ points a second, far more than ink on
paper shows, and per-point float formatting was most of the list's time and size.
"""
from __future__ import annotations

import io

from models.strokes import StrokeData

from .common import INK

UNITS = 10  # path units per point
TOLERANCE = 1.5  # path units (0.15 pt): below a printer's dot and the pen's width


def _fit(sig: StrokeData, w: float, h: float):
    """Scale and offsets that fit the strokes' ink box into w×h, aspect kept, centred."""
    x0, y0, x1, y1 = sig.bounding_box()
    bw, bh = max(x1 - x0, 1.0), max(y1 - y0, 1.0)
    scale = min(w / bw, h / bh)
    return scale, x0, y1, (w - bw * scale) / 2, (h - bh * scale) / 2


def thin(points: list[tuple[int, int]], tol: float = TOLERANCE) -> list[tuple[int, int]]:
    """Reumann–Witkam in one pass: drop points within *tol* of the line through the last kept point
    and the next one; repeated points go too."""
    if len(points) < 3:
        return points
    kept = [points[0]]
    ax, ay = points[0]
    bx, by = points[1]
    prev = points[1]
    tol2 = tol * tol
    for px, py in points[2:]:
        dx, dy = bx - ax, by - ay
        norm2 = dx * dx + dy * dy
        if norm2 == 0:
            bx, by, prev = px, py, (px, py)
            continue
        cross = dx * (py - ay) - dy * (px - ax)
        if cross * cross > tol2 * norm2:  # left the corridor: the previous point is a corner
            kept.append(prev)
            ax, ay = prev
            bx, by = px, py
        prev = (px, py)
    if kept[-1] != prev:
        kept.append(prev)
    return kept


def path_code(sig: StrokeData, w: float, h: float) -> tuple[str, float, float]:
    """(PDF path operators in tenths of a point, x offset, y offset) fitting *sig* into w×h."""
    scale, x0, y1, dx, dy = _fit(sig, w, h)
    k = scale * UNITS
    parts = []
    for stroke in sig.strokes:
        points = thin([(round((p[0] - x0) * k), round((y1 - p[1]) * k)) for p in stroke])
        x, y = points[0]
        parts.append(f"{x} {y} m")
        if len(points) == 1:
            parts.append(f"{x} {y} l")  # a dot: round caps print it
        parts.extend(f"{x} {y} l" for x, y in points[1:])
    return "\n".join(parts), dx, dy


def draw_signature(c, sig: StrokeData, x: float, y: float, w: float, h: float, line_width: float = 0.7) -> None:
    """Draw *sig* into the box (x, y, w, h) (y up, PDF points) as one stroked path."""
    if not sig.strokes or w <= 0 or h <= 0:
        return
    code, dx, dy = path_code(sig, w, h)
    r, g, b = INK.red, INK.green, INK.blue
    c.addLiteral(f"q {r:.2f} {g:.2f} {b:.2f} RG {line_width * UNITS:g} w 1 J 1 j "
                 f"{1 / UNITS:g} 0 0 {1 / UNITS:g} {x + dx:.2f} {y + dy:.2f} cm\n{code}\nS Q")


def signature_png(sig: StrokeData, width: int = 180, height: int = 60, line_width: int = 2) -> bytes:
    """A small PNG (white ground) of the signature, for XLSX rows."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    pad = 3
    scale, x0, y1, dx, dy = _fit(sig, width - 2 * pad, height - 2 * pad)
    for stroke in sig.strokes:
        # image y grows down like the pad's: y = bottom - (y1 - py) * scale
        points = [(pad + dx + (p[0] - x0) * scale, height - pad - dy - (y1 - p[1]) * scale) for p in stroke]
        if len(points) == 1:
            points = points * 2
        draw.line(points, fill=30, width=line_width, joint="curve")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
