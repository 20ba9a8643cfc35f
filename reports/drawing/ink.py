"""Signatures drawn from their strokes: one vector path per signature on a reportlab canvas, or a
small PNG (Pillow) for spreadsheets. The strokes are the record; these drawings are derived.

The PDF path is written as integer coordinates in tenths of a point inside its own `cm` frame and
thinned (Reumann–Witkam, 0.15 pt): a real pad records 100+ points a second, far more than ink on
paper shows, and per-point float formatting was most of the list's time and size.
"""
from __future__ import annotations

import io

from ikrar.models.strokes import StrokeData
from ikrar.reports.drawing.common import INK

UNITS = 10  # path units per point
TOLERANCE = 1.5  # path units (0.15 pt): below a printer's dot and the pen's width
MIN_STEP = 3  # path units (0.3 pt, Manhattan): closer points only add bytes


def _fit(sig: StrokeData, w: float, h: float):
    """Scale and offsets that fit the strokes' ink box into w×h, aspect kept, centred."""
    x0, y0, x1, y1 = sig.bounding_box()
    bw, bh = max(x1 - x0, 1.0), max(y1 - y0, 1.0)
    scale = min(w / bw, h / bh)
    return scale, x0, y1, (w - bw * scale) / 2, (h - bh * scale) / 2


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
    if not sig.strokes or w <= 0 or h <= 0:
        return
    code, dx, dy = path_code(sig, w, h)
    r, g, b = INK.red, INK.green, INK.blue
    c.addLiteral(f"q {r:.2f} {g:.2f} {b:.2f} RG {line_width * UNITS:g} w 1 J 1 j "
                 f"{1 / UNITS:g} 0 0 {1 / UNITS:g} {x + dx:.2f} {y + dy:.2f} cm\n{code}\nS Q")


def signature_png(sig: StrokeData, width: int = 180, height: int = 60, line_width: int = 2) -> bytes:
    """A small PNG (white ground) of the signature, for XLSX rows."""
    from PIL import Image, ImageDraw  # late: Pillow only for the XLSX's signature images

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
