"""Signatures for print: simplified to the resolution of the box they are drawn in, and read from
their stored form only when drawn. Pure Python, no reportlab (reports/data.py may use it).

A pad at 100 Hz records 300–600 points a signature; in a 25 mm cell of the signed list neighbouring
points lie ~0.7 pt apart, and most of them add nothing a printer can show. `simplify_line` keeps the
points that matter (Ramer–Douglas–Peucker): every point it drops lies within the tolerance of the
segment drawn in its place. The stored strokes are never changed: the drawings are derived, each
signature simplified once per document, when it is drawn, and the result dropped once written.

`StoredInk` is a signature as stored (its JSON text and pad size) standing in for its StrokeData
until drawn: a document of 5,000 signatures holds 5,000 texts (~10 kB each at 450 points) instead of
2 million parsed points (~170 bytes each as Python tuples), and only one signature's points at a time.
"""
from __future__ import annotations

from ikrar.models.strokes import StrokeData, load_strokes

WINDOW = 8  # points: Douglas–Peucker runs on pieces this long (their ends kept), so a point is looked
# at ~3 times instead of log2(n) + 1 (~60% less time); it keeps ~15% more points of a 450-point signature


def simplify_line(xs: list[float], ys: list[float], tolerance: float, window: int = WINDOW) -> list[int]:
    """The indices of the points kept of the polyline (xs, ys), in order: the first and the last always,
    and every point left out lies within *tolerance* of the segment joining the kept points either side
    of it (its distance to the segment, not to the segment's line: a stroke that turns back on itself
    keeps its tip). Ramer–Douglas–Peucker on pieces of at most *window* points, whose ends are kept.

    This runs for every point of thousands of signatures: one loop, distances squared and multiplied by
    the segment's squared length (no division or square root per point)."""
    n = len(xs)
    if n < 3:
        return list(range(n))
    window = max(window, 2)
    keep = list(range(0, n - 1, window))
    keep.append(n - 1)
    stack = [(a, min(a + window, n - 1)) for a in keep[:-1]]
    tol2 = tolerance * tolerance
    pop, push, add = stack.pop, stack.append, keep.append
    while stack:
        a, b = pop()
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
        add(at)
        push((a, at))
        push((at, b))
    keep.sort()
    return keep


class StoredInk:
    """A stored signature's strokes, read (and checked, by models.strokes.load_strokes) each time they
    are asked for, never kept: what the documents hold per person instead of the parsed points.
    `load()` is the one read a drawing makes; the StrokeData attributes are there for any other reader."""

    __slots__ = ("row",)

    def __init__(self, row):
        self.row = row  # anything with id, strokes (the JSON text), pad_width, pad_height

    def load(self) -> StrokeData:
        return load_strokes(self.row)

    def __getattr__(self, name: str):
        """strokes, damaged, width, height, bounding_box() …: those of the strokes read now."""
        if name == "row" or name.startswith("__"):  # (copy and pickle probe before row is set)
            raise AttributeError(name)
        return getattr(self.load(), name)


def stored_ink(row) -> StoredInk:
    """What reports/data.py keeps for a signature row instead of load_strokes(row)."""
    return StoredInk(row)


def loaded(sig) -> StrokeData:
    """The StrokeData to draw: read now when *sig* is a StoredInk."""
    return sig.load() if isinstance(sig, StoredInk) else sig
