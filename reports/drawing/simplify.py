"""Signatures for print: simplified to the resolution of the box they are drawn in, and read from
their stored form only when drawn. Pure Python, no reportlab (reports/data.py may use it).

A pad at 100 Hz records 300–600 points a signature; in a 25 mm cell of the signed list neighbouring
points lie ~0.7 pt apart, and most of them add nothing a printer can show. `simplify_line` keeps the
points that matter (Ramer–Douglas–Peucker): every point it drops lies within the tolerance of the
segment drawn in its place. The stored strokes are never changed: the drawings are derived.

The signed list draws each signature from its *print form* (`make_form`): the strokes simplified
once and written as PDF path lines in whole units over the ink box (its longer side FORM_UNITS),
each line ranked by the coarsest of FORM_TIERS it is kept at (`ranked_line`: one run serves them
all). A document places the form with a transform, at most FORM_SCALE points a unit (a box of up to
60 pt, the list's cells), taking the lines of the coarsest tier within TOLERANCE at its scale: a unit
is 0.1 pt or less there, so the rounding moves a point at most 0.05 pt per axis, as drawing from the
strokes (in tenths of a point) does.
Forms are kept in the database (models/print_forms.py): the first document that draws a signature
makes its form and stores it, every later one reads it back (a SHA-256 over FORM_VERSION, the pad's
size and the strokes' text says it is still the strokes' form) and checks it (`read_form`), so
drawing a signature costs a lookup and a string instead of reading 450 points and simplifying them.

`StoredInk` is a signature as stored (its JSON text and pad size) standing in for its StrokeData
until drawn: a document of 5,000 signatures holds 5,000 texts (~10 kB each at 450 points) instead of
2 million parsed points, and only one signature's points at a time. `InkBatch` holds a document's
StoredInks: it reads their stored forms in one query when the first is drawn and stores the ones
made, a chunk at a time.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left
from operator import itemgetter

from ikrar.models import print_forms
from ikrar.models import strokes as checks
from ikrar.models.strokes import StrokeData, load_strokes

# Points (1/72 inch) a left-out pad point may lie off the drawn line: with the rounding to 0.1 pt
# (at most 0.07 pt) under 0.24 pt, a 300-dpi printer's dot, and a third of the 0.7 pt pen.
TOLERANCE = 0.15
WINDOW = 8  # points: Douglas–Peucker runs on pieces this long (their ends kept), so a point is looked
# at ~3 times instead of log2(n) + 1 (~60% less time); it keeps ~15% more points of a 450-point signature


def simplify_line(xs: list[float], ys: list[float], tolerance: float, window: int = WINDOW) -> list[int]:
    """The indices of the points kept of the polyline (xs, ys), in order: the first and the last always,
    and every point left out lies within *tolerance* of the segment joining the kept points either side
    of it (its distance to the segment, not to the segment's line: a stroke that turns back on itself
    keeps its tip). Ramer–Douglas–Peucker on pieces of at most *window* points, whose ends are kept.

    The points ranked_line keeps at *tolerance* (one loop for both; its ranks cost ~5% here, on the pact
    pages drawn from their strokes: 1,000 pages take ~2 s against 10)."""
    return sorted(ranked_line(xs, ys, tolerance, window))


def ranked_line(xs: list[float], ys: list[float], tolerance: float, window: int = WINDOW) -> dict[int, float]:
    """simplify_line's kept points, each with the largest tolerance at which it would still be kept
    (infinity for the pieces' ends): the points ranked above any T ≥ *tolerance* are exactly what
    simplify_line keeps at T (a point is split off only while every split above it was), so one run
    serves every coarser tolerance (a square root per point kept)."""
    n = len(xs)
    if n < 3:
        return dict.fromkeys(range(n), math.inf)
    window = max(window, 2)
    keep = dict.fromkeys(range(0, n - 1, window), math.inf)
    keep[n - 1] = math.inf
    stack = [(a, min(a + window, n - 1), math.inf) for a in range(0, n - 1, window)]
    tol2 = tolerance * tolerance
    pop, push = stack.pop, stack.append
    while stack:
        a, b, cap = pop()
        if b - a < 2:
            continue
        ax, ay = xs[a], ys[a]
        dx, dy = xs[b] - ax, ys[b] - ay
        l2 = dx * dx + dy * dy
        best, at = -1.0, a + 1
        for i in range(a + 1, b):
            px, py = xs[i] - ax, ys[i] - ay
            t = px * dx + py * dy
            if t <= 0.0 or l2 == 0.0:  # before a (or a closed piece): the distance to a
                e = (px * px + py * py) * l2 if l2 else px * px + py * py
            elif t >= l2:  # past b
                qx, qy = px - dx, py - dy
                e = (qx * qx + qy * qy) * l2
            else:  # beside the segment: the cross product squared is distance² × l2
                e = px * dy - py * dx
                e *= e
            if e > best:
                best, at = e, i
        if best <= (tol2 * l2 if l2 else tol2):
            continue
        rank = min(cap, math.sqrt(best / l2 if l2 else best))
        keep[at] = rank
        push((a, at, rank))
        push((at, b, rank))
    return keep


# ---- print forms -----------------------------------------------------------------------------------
FORM_UNITS = 600  # the ink box's longer side, in form units
# Form units a left-out point may lie off the drawn line, finest first: a form keeps the points of the
# finest, each ranked by the coarsest it is needed at (0–8; 8: always), and a drawing takes the
# coarsest that stays within TOLERANCE at its scale (the list's usual 0.07 pt a unit: 2.0).
FORM_TIERS = tuple(1.5 + 0.25 * k for k in range(9))
FORM_SCALE = TOLERANCE / FORM_TIERS[0]  # pt a unit at most where a form is drawn (0.1: a box of 60 pt)
# What a stored form was made by: these numbers and the checks the strokes passed (a change to either
# makes every stored form stale, and the documents make them again).
FORM_VERSION = "1 " + " ".join(map(str, (
    FORM_UNITS, FORM_TIERS, WINDOW, checks.MIN_PAD, checks.MAX_PAD, checks.PAD_LOW, checks.PAD_HIGH,
    checks.SLACK, checks.MAX_T_MS, checks.MAX_STROKE_POINTS, checks.MAX_POINTS, checks.MAX_STROKES)))
# A form as make_form writes it: the ink box's size in units, then one "rank x y m" or "rank x y l" a
# line, a stroke's "m" at the top rank (kept at every tier: no path may begin with "l").
_FORM = re.compile(r"(\d{1,3}) (\d{1,3})\n([89] \d{1,3}+ \d{1,3}+ m"  # possessive: ~25% quicker
                   r"(?:\n(?:\d \d{1,3}+ \d{1,3}+ l|[89] \d{1,3}+ \d{1,3}+ m))*+)")
_X, _Y = itemgetter(0), itemgetter(1)
_STEP = FORM_TIERS[1] - FORM_TIERS[0]
# Per tier: the lines ranked below it (a stroke's first and last lines rank 8, so a line left out
# always has its newline after it) and every line's rank, taken out by one substitution.
_BELOW = [re.compile(rf"^[0-{t - 1}] .*\n|^\d " if t else r"^\d ", re.MULTILINE) for t in range(len(FORM_TIERS))]


class Form:
    """A print form: the ink box's width and height in units, and its ranked path lines within it."""

    __slots__ = ("width", "height", "lines")

    def __init__(self, width: int, height: int, lines: str):
        self.width, self.height, self.lines = width, height, lines

    def scale(self, w: float, h: float) -> float:
        """Points a unit that fit the form into w×h (aspect kept)."""
        return min(w / self.width, h / self.height)

    def code(self, scale: float) -> str:
        """The PDF path operators to draw at *scale* (≤ FORM_SCALE) points a unit: the lines of the
        coarsest tier within TOLERANCE there, without their ranks (one pass in C)."""
        tier = min(len(FORM_TIERS) - 1, int((TOLERANCE / scale - FORM_TIERS[0]) / _STEP))
        while tier > 0 and FORM_TIERS[tier] * scale > TOLERANCE:  # the float division's last bit
            tier -= 1
        return _BELOW[max(tier, 0)].sub("", self.lines)

    def text(self) -> str:
        return f"{self.width} {self.height}\n{self.lines}"


def axes_of(sig: StrokeData) -> list[tuple[list, list]]:
    """Each stroke's x and y coordinates as two lists; ValueError when one is not finite (NaN would
    slip through min and max, and the simplification would quietly leave it out)."""
    axes = [(list(map(_X, stroke)), list(map(_Y, stroke))) for stroke in sig.strokes if stroke]
    if not math.isfinite(sum(sum(xs) + sum(ys) for xs, ys in axes)):
        raise ValueError("a coordinate is not a finite number")  # strokes no check has seen
    return axes


def ink_box(axes: list[tuple[list, list]]) -> tuple[float, float, float, float]:
    """(left, bottom, width, height) of the strokes' ink in pad units, at least 1 each way (the
    pad's y grows down: bottom is the largest y)."""
    x0, x1 = min(map(min, (xs for xs, _ in axes))), max(map(max, (xs for xs, _ in axes)))
    y0, y1 = min(map(min, (ys for _, ys in axes))), max(map(max, (ys for _, ys in axes)))
    return x0, y1, max(x1 - x0, 1.0), max(y1 - y0, 1.0)


def form_size(box) -> tuple[float, int, int]:
    """(units a pad unit, width, height in units) of the form of the ink *box*."""
    _, _, bw, bh = box
    per = FORM_UNITS / max(bw, bh)
    return per, max(round(bw * per), 1), max(round(bh * per), 1)


def make_form(axes: list[tuple[list, list]], box=None) -> Form:
    """The print form of the strokes (their axes_of): each stroke simplified to the finest tier, its
    kept points in whole units from the ink box's bottom left (y up, as in PDF), ranked, repeats
    dropped (the one kept takes the higher rank), a dot drawn as a line to itself (round caps)."""
    x0, y1, *_ = box = box or ink_box(axes)
    per, width, height = form_size(box)
    limits = [t / per for t in FORM_TIERS]  # in pad units: a point's tier is how many lie below its rank
    top = len(FORM_TIERS) - 1
    parts = []
    for xs, ys in axes:
        kept = ranked_line(xs, ys, limits[0])
        order = sorted(kept)
        px = [round((xs[i] - x0) * per) for i in order]
        py = [round((y1 - ys[i]) * per) for i in order]
        tiers = [max(bisect_left(limits, kept[i]) - 1, 0) for i in order]  # a piece's end (inf): the top
        if len(set(zip(px, py, strict=True))) < len(px):  # a point rounded onto its neighbour: one kept
            px, py, tiers = _without_repeats(px, py, tiers)
        if len(px) == 1:
            px, py, tiers = px * 2, py * 2, [top, top]  # a dot: a line to itself (round caps print it)
        lines = list(map("{} {} {} l".format, tiers, px, py))
        lines[0] = f"{top} {px[0]} {py[0]} m"
        parts.append("\n".join(lines))
    return Form(width, height, "\n".join(parts))


def _without_repeats(px: list, py: list, tiers: list) -> tuple[list, list, list]:
    """The points without those equal to the one before, each kept one at the highest tier of its run."""
    xs, ys, ts = [px[0]], [py[0]], [tiers[0]]
    for x, y, t in zip(px, py, tiers, strict=True):
        if x == xs[-1] and y == ys[-1]:
            ts[-1] = max(ts[-1], t)
        else:
            xs.append(x)
            ys.append(y)
            ts.append(t)
    return xs, ys, ts


def read_form(text) -> Form | None:
    """The Form a stored text holds, or None when it is not one make_form could have written (a
    damaged or edited row): the box FORM_UNITS long, its sides 1–FORM_UNITS, every line a rank and
    a whole-number point of at most three digits (a path that strays from the box is clipped to the
    cell)."""
    found = _FORM.fullmatch(text) if isinstance(text, str) else None
    if found is None:
        return None
    width, height = int(found[1]), int(found[2])
    if max(width, height) != FORM_UNITS or min(width, height) < 1:
        return None
    return Form(width, height, found[3])


class InkBatch:
    """A document's stored signatures (each a StoredInk made by `ink`): their forms read from the
    database in one go when the first is drawn, the forms made here stored a chunk at a time and
    when the last is drawn (a document stopped halfway keeps the chunks stored before)."""

    CHUNK = 500

    def __init__(self, *, storing: bool = True):
        self.rows: list = []
        self.stored: dict[str, tuple[str, str]] | None = None
        self.waiting: set[str] = set()  # the signatures not drawn yet
        self.made: list[tuple[str, str, str]] = []
        self.storing = storing

    def ink(self, row) -> StoredInk:
        self.rows.append(row)
        return StoredInk(row, self)

    def form(self, ink: StoredInk) -> Form | None:
        """*ink*'s form, stored or made now from its strokes; None when they cannot be read."""
        row = ink.row
        if self.stored is None:
            self.waiting = {r.id for r in self.rows}
            self.stored = print_forms.read(list(self.waiting))
        self.waiting.discard(row.id)
        source = print_forms.made_from(row, FORM_VERSION)
        found = self.stored.get(row.id)
        form = read_form(found[1]) if found is not None and found[0] == source else None
        if form is None:
            sig = ink.load()
            if sig.damaged:
                return None
            form = make_form(axes_of(sig))
            self.stored[row.id] = source, form.text()
            self.made.append((row.id, *self.stored[row.id]))
        if len(self.made) >= self.CHUNK or not self.waiting:
            self.flush()
        return form

    def flush(self) -> None:
        if self.made and self.storing:
            self.storing = print_forms.store(self.made)  # one failure: this document stores no more
        self.made = []


class StoredInk:
    """A stored signature's strokes, read (and checked, by models.strokes.load_strokes) each time they
    are asked for, never kept: what the documents hold per person instead of the parsed points.
    `load()` is the one read a drawing from the strokes makes; `form()` the print form (InkBatch); the
    StrokeData attributes are there for any other reader."""

    __slots__ = ("row", "batch")

    def __init__(self, row, batch: InkBatch | None = None):
        self.row = row  # anything with id, strokes (the JSON text), pad_width, pad_height
        self.batch = batch

    def load(self) -> StrokeData:
        return load_strokes(self.row)

    def form(self) -> Form | None:
        """The print form (stored, or made now and kept for the batch to store); None when the
        strokes cannot be read (damaged)."""
        if self.batch is None:  # a lone signature (tests, other readers): its form read, never stored
            return InkBatch(storing=False).ink(self.row).form()
        return self.batch.form(self)

    def __getattr__(self, name: str):
        """strokes, damaged, width, height, bounding_box() …: those of the strokes read now."""
        if name in ("row", "batch") or name.startswith("__"):  # (copy and pickle probe before row is set)
            raise AttributeError(name)
        return getattr(self.load(), name)


def stored_ink(row, batch: InkBatch | None = None) -> StoredInk:
    """What reports/data.py keeps for a signature row instead of load_strokes(row)."""
    return batch.ink(row) if batch is not None else StoredInk(row)


def loaded(sig) -> StrokeData:
    """The StrokeData to draw: read now when *sig* is a StoredInk."""
    return sig.load() if isinstance(sig, StoredInk) else sig


def keep_forms(rows) -> bool:
    """Make and store the print forms of signature *rows* (id, strokes, pad_width, pad_height) now, so
    the first list that draws them reads them (the desk calls this after its saves: ui/desk/print_forms.py).
    Damaged strokes are left out; False, with nothing raised, when the database cannot be written."""
    made = []
    for row in rows:
        sig = load_strokes(row)
        if not sig.damaged:
            made.append((row.id, print_forms.made_from(row, FORM_VERSION), make_form(axes_of(sig)).text()))
    return print_forms.store(made)
