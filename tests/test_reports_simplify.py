"""Signatures simplified for print (reports/drawing/simplify.py, reports/drawing/ink.py): Douglas–Peucker
keeps the ends and never leaves a point farther than the tolerance from the line drawn in its place;
the drawn path stays within the tolerance of the pad's points; the stored strokes never change."""
from __future__ import annotations

import copy
import io
import json
import math
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfgen.canvas import Canvas
from test_reports_support import make_apel

from ikrar.models.queries.signatures import SignatureRow
from ikrar.models.store.schema import Signature
from ikrar.models.strokes import StrokeData, load_strokes
from ikrar.reports import api
from ikrar.reports.drawing import ink
from ikrar.reports.drawing.simplify import StoredInk, loaded, simplify_line, stored_ink

coordinate = st.floats(min_value=-1000, max_value=1000, allow_nan=False, allow_infinity=False)
points = st.lists(st.tuples(coordinate, coordinate), min_size=0, max_size=120)


def segment_distance(p, a, b) -> float:
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    l2 = dx * dx + dy * dy
    t = 0.0 if l2 == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / l2))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def assert_within(line, kept, tolerance):
    """Every point left out lies within *tolerance* of the segment between its kept neighbours."""
    for a, b in zip(kept, kept[1:], strict=False):
        for i in range(a + 1, b):
            slack = 1e-9 * (1 + max(abs(v) for p in (line[i], line[a], line[b]) for v in p))
            assert segment_distance(line[i], line[a], line[b]) <= tolerance + slack, (i, a, b)


@settings(max_examples=300, deadline=None)
@given(points, st.floats(min_value=0.0, max_value=50.0), st.integers(min_value=2, max_value=40))
def test_rdp_keeps_the_ends_and_never_moves_a_point_beyond_the_tolerance(line, tolerance, window):
    xs, ys = [p[0] for p in line], [p[1] for p in line]
    kept = simplify_line(xs, ys, tolerance, window)
    assert kept == sorted(set(kept)) and all(0 <= i < len(line) for i in kept)
    if line:
        assert kept[0] == 0 and kept[-1] == len(line) - 1
    assert_within(line, kept, tolerance)
    assert (xs, ys) == ([p[0] for p in line], [p[1] for p in line])  # the input is left as it was


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(coordinate, coordinate), min_size=3, max_size=80))
def test_zero_tolerance_drops_only_points_on_the_line(line):
    xs, ys = [p[0] for p in line], [p[1] for p in line]
    assert_within(line, simplify_line(xs, ys, 0.0), 0.0)


def test_a_stroke_that_turns_back_keeps_its_tip():
    """Within the tolerance of the segment's *line* is not enough: the tip is 5 away from the segment."""
    assert simplify_line([0.0, 10.0, 5.0], [0.0, 0.0, 0.0], 1.0) == [0, 1, 2]
    assert simplify_line([0.0, 5.0, 10.0], [0.0, 0.1, 0.0], 1.0) == [0, 2]
    assert simplify_line([0.0, 5.0, 0.0], [0.0, 5.0, 0.0], 1.0) == [0, 1, 2]  # a closed piece


def dense(seed: int, n: int = 450) -> StrokeData:
    """A smooth loop signature of n points, as a pad at ~100 Hz records it."""
    stroke = []
    for i in range(n):
        f = i / (n - 1)
        stroke.append((60 + 420 * f + 18 * math.sin(f * 3.1 * 2 * math.pi + seed),
                       100 + 56 * math.cos(f * 3.1 * 2 * math.pi) * (1 - 0.4 * f), 10.0 * i, 0.6))
    return StrokeData(600, 200, [stroke])


def drawn_points(code: str) -> list[list[tuple[int, int]]]:
    lines = []
    for x, y, op in re.findall(r"(-?\d+) (-?\d+) ([ml])", code):
        if op == "m":
            lines.append([])
        lines[-1].append((int(x), int(y)))
    return lines


def test_the_drawn_path_stays_within_a_dot_of_every_pad_point():
    sig = dense(3)
    w, h = 80.0, 25.0
    code, _, _ = ink.path_code(sig, w, h)
    (drawn,) = drawn_points(code)
    assert len(drawn) < sig.point_count / 3  # most of a real pad's points add nothing on paper
    xs, ys = [p[0] for p in sig.strokes[0]], [p[1] for p in sig.strokes[0]]
    x0, y1 = min(xs), max(ys)
    scale = min(w / (max(xs) - x0), h / (y1 - min(ys)))
    limit = (ink.TOLERANCE + 0.5 * math.sqrt(2) / ink.UNITS) * ink.UNITS + 1e-6  # + the rounding to 1/UNITS pt
    for x, y in zip(xs, ys, strict=True):
        p = ((x - x0) * scale * ink.UNITS, (y1 - y) * scale * ink.UNITS)
        assert min(segment_distance(p, a, b) for a, b in zip(drawn, drawn[1:], strict=False)) <= limit


def test_a_dot_is_still_drawn():
    code, _, _ = ink.path_code(StrokeData(100, 100, [[(10, 10, 0, 0.5)], [(20, 20, 5, 0.5), (60, 40, 9, 0.5)]]),
                               50, 20)
    assert [len(line) for line in drawn_points(code)] == [2, 2]


def stored_rows():
    return {s.id: (s.strokes, s.pad_width, s.pad_height) for s in Signature.select()}


def test_rendering_never_changes_the_stored_strokes(db, at, tmp_path):
    at(7, 20)
    apel = make_apel(30, everyone_signs=True)
    before = stored_rows()
    for kind, name, options in (("signed-list", "list.pdf", {}), ("pacts", "pakta.pdf", {}),
                                ("xlsx", "list.xlsx", {"signatures": True})):
        api.generate(kind, apel.event, tmp_path / name, **options)
    assert stored_rows() == before

    row = Signature.select().first()
    sig = load_strokes(row)
    kept = copy.deepcopy(sig)
    ink.draw_signature(Canvas(io.BytesIO()), sig, 0, 0, 80, 25)
    ink.signature_png(sig, 210, 70)
    assert sig == kept  # the StrokeData a document was given, untouched


def test_stored_ink_reads_the_row_when_drawn(db, at):
    at(7, 20)
    make_apel(6, everyone_signs=True)
    row = Signature.select().first()
    lazy = stored_ink(row)
    assert isinstance(lazy, StoredInk) and loaded(lazy) == load_strokes(row)
    assert lazy.strokes == load_strokes(row).strokes and not lazy.damaged and lazy.point_count > 10
    assert lazy.bounding_box() == load_strokes(row).bounding_box()
    plain = load_strokes(row)
    assert loaded(plain) is plain

    broken = SignatureRow("x", 1, json.dumps([[[1, "a", 0, 0.5]]]), 600, 200, "", "", "")
    assert stored_ink(broken).damaged
    code = Canvas(io.BytesIO())
    ink.draw_signature(code, stored_ink(broken), 0, 0, 80, 25)  # the grey words, not an error
    assert ink.signature_png(stored_ink(broken), 120, 40).startswith(b"\x89PNG")


def test_strokes_no_check_has_seen_are_marked_not_drawn():
    nan = StrokeData(600, 200, [[(1.0, 2.0, 0, 0.5), (float("nan"), 3.0, 1, 0.5), (4.0, 5.0, 2, 0.5)]])
    with pytest.raises(ValueError):  # NaN slips through min and max: found before anything is drawn
        ink.path_code(nan, 80, 25)
    c = Canvas(io.BytesIO(), pageCompression=0)
    ink.draw_signature(c, nan, 0, 0, 80, 25)
    c.showPage()
    assert b"tidak terbaca" in c.getpdfdata()
    assert ink.signature_png(nan, 120, 40).startswith(b"\x89PNG")
