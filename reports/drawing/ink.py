"""Signatures drawn from their strokes: one vector path per signature on a reportlab canvas, or a
small PNG (Pillow) for spreadsheets. The strokes are the record; these drawings are derived.

The PDF path is simplified to the resolution of its box (reports/drawing/simplify.py: Douglas–
Peucker at TOLERANCE, below a printer's dot). Where a signature is drawn at most 60 pt wide and high
(the signed list's cells) it is its print form (simplify.make_form, stored in the database: see
there), placed with a transform and clipped to its cell; larger (the pact page) it is written from
the strokes in tenths of a point inside its own `cm` frame. Either way the stored strokes are never
changed, and no point of them lies more than TOLERANCE (and the rounding's 0.07 pt) off the line.

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
from ikrar.reports.drawing.simplify import (
    FORM_SCALE,
    TOLERANCE,
    Form,
    StoredInk,
    axes_of,
    form_size,
    ink_box,
    loaded,
    make_form,
    simplify_line,
)

log = logging.getLogger(__name__)
UNREADABLE = "tanda tangan tidak terbaca"  # the documents are in Indonesian
# What the drawing raises on strokes no check has seen (NaN, ±inf, text, short points): caught per signature.
_CANNOT_DRAW = (TypeError, ValueError, IndexError, OverflowError, ZeroDivisionError)
_XY = itemgetter(0, 1)
_INK = f"{INK.red:.2f} {INK.green:.2f} {INK.blue:.2f}"

UNITS = 10  # path units per point (drawn from the strokes)


def path_code(sig: StrokeData, w: float, h: float) -> tuple[str, float, float]:
    """(PDF path operators in tenths of a point, x offset, y offset) fitting *sig* into w×h: each
    stroke simplified to TOLERANCE on paper, its kept points scaled and rounded, repeats dropped."""
    return _path_code(axes_of(sig), w, h)


def _path_code(axes, w: float, h: float, box=None) -> tuple[str, float, float]:
    x0, y1, bw, bh = box or ink_box(axes)
    scale = min(w / bw, h / bh)
    dx, dy = (w - bw * scale) / 2, (h - bh * scale) / 2
    if not all(map(math.isfinite, (scale, x0, y1, dx, dy))) or scale <= 0:
        raise ValueError("the ink box cannot be fitted")  # strokes no check has seen (±1e308, NaN)
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
    """Draw *sig* (StrokeData, or a StoredInk) into the box (x, y, w, h) (y up, PDF points) as one
    stroked path: its print form where that serves the box, else from the strokes."""
    if w <= 0 or h <= 0:
        return
    try:
        if isinstance(sig, StoredInk):
            form = sig.form()
            if form is None:
                _draw_unreadable(c, x, y, w, h)
                return
            if form.scale(w, h) <= FORM_SCALE:
                _draw_form(c, form, x, y, w, h, line_width)
                return
            sig = sig.load()  # a box larger than forms serve (none in the list's cells): the strokes
        if sig.damaged:
            _draw_unreadable(c, x, y, w, h)
            return
        if not sig.strokes:
            return
        axes = axes_of(sig)
        box = ink_box(axes)
        _, fw, fh = form_size(box)
        if min(w / fw, h / fh) <= FORM_SCALE:  # drawn as a stored one would be: the same bytes either way
            _draw_form(c, make_form(axes, box), x, y, w, h, line_width)
            return
        code, dx, dy = _path_code(axes, w, h, box)
    except _CANNOT_DRAW:
        log.warning("a signature's strokes cannot be drawn; marked unreadable")  # nothing of the strokes
        _draw_unreadable(c, x, y, w, h)
        return
    c.addLiteral(f"q {_INK} RG {line_width * UNITS:g} w 1 J 1 j "
                 f"{1 / UNITS:g} 0 0 {1 / UNITS:g} {x + dx:.2f} {y + dy:.2f} cm\n{code}\nS Q")


def _draw_form(c, form: Form, x: float, y: float, w: float, h: float, line_width: float) -> None:
    """*form* centred in the box, clipped to the box and the pen's width around it (a stored form
    someone edited draws nothing outside its cell)."""
    s = form.scale(w, h)
    dx, dy = (w - form.width * s) / 2, (h - form.height * s) / 2
    c.addLiteral(f"q {x - line_width:.2f} {y - line_width:.2f} {w + 2 * line_width:.2f} {h + 2 * line_width:.2f} "
                 f"re W n {_INK} RG {line_width / s:.2f} w 1 J 1 j {s:.6f} 0 0 {s:.6f} {x + dx:.2f} {y + dy:.2f} cm\n"
                 f"{form.code(s)}\nS Q")


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
