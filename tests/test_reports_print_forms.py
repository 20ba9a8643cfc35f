"""Signatures' print forms (reports/drawing/simplify.py, models/print_forms.py): the drawn path stays
within TOLERANCE (and the rounding) of every pad point at any scale a form is drawn at; the first
signed list stores the forms, later ones read them and print the same bytes; a replaced signature, a
new drawing version, a damaged or edited form row are never drawn from (or only inside the cell);
the stored strokes never change."""
from __future__ import annotations

import io
import math
import random
import re
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas
from test_reports_simplify import assert_within, dense, segment_distance
from test_reports_support import make_apel

from ikrar.models import print_forms
from ikrar.models.store.connection import db
from ikrar.models.store.schema import Signature
from ikrar.models.strokes import StrokeData, load_strokes
from ikrar.reports import api
from ikrar.reports.drawing import ink
from ikrar.reports.drawing.simplify import (
    FORM_SCALE,
    FORM_TIERS,
    FORM_UNITS,
    FORM_VERSION,
    TOLERANCE,
    axes_of,
    ink_box,
    make_form,
    ranked_line,
    read_form,
    simplify_line,
    stored_ink,
)

ROUNDING = 0.5 * math.sqrt(2)  # form units: a point rounded to whole units moves at most this far
coordinate = st.floats(min_value=-1000, max_value=1000, allow_nan=False, allow_infinity=False)


def lines_of(code: str) -> list[list[tuple[int, int]]]:
    lines = []
    for x, y, op in re.findall(r"(-?\d+) (-?\d+) ([ml])", code):
        if op == "m":
            lines.append([])
        lines[-1].append((int(x), int(y)))
    return lines


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(coordinate, coordinate), min_size=0, max_size=100), st.floats(0.0, 20.0),
       st.lists(st.floats(0.0, 40.0), min_size=1, max_size=4), st.integers(2, 20))
def test_points_ranked_above_a_tolerance_are_a_simplification_at_it(line, tolerance, extra, window):
    """One ranking serves every coarser tolerance: what ranks above T keeps every point within T."""
    xs, ys = [p[0] for p in line], [p[1] for p in line]
    ranked = ranked_line(xs, ys, tolerance, window)
    assert sorted(ranked) == simplify_line(xs, ys, tolerance, window)  # the same run, ranked
    for coarser in sorted(tolerance + e for e in extra):
        kept = sorted(i for i, rank in ranked.items() if rank > coarser)
        if line:
            assert kept[0] == 0 and kept[-1] == len(line) - 1
        assert_within(line, kept, coarser)


def jittered(seed: int, n: int) -> StrokeData:
    """dense() with a pad's own noise (~0.35 px) on every point, as the bench's signatures have."""
    rng = random.Random(seed)
    return StrokeData(600, 200, [[(x + rng.gauss(0, 0.35), y + rng.gauss(0, 0.35), t, p)
                                  for x, y, t, p in dense(seed, n).strokes[0]]])


def test_the_drawn_form_stays_within_a_dot_of_every_pad_point_at_every_scale():
    for seed in range(4):
        sig = jittered(seed, 300 + 100 * seed)
        axes = axes_of(sig)
        form = make_form(axes)
        assert max(form.width, form.height) == FORM_UNITS
        x0, y1, *_ = ink_box(axes)
        per = FORM_UNITS / max(max(axes[0][0]) - x0, y1 - min(axes[0][1]))
        pad = [((x - x0) * per, (y1 - y) * per) for x, y in zip(*axes[0], strict=True)]
        counts = []
        for scale in (FORM_SCALE, 0.09, 0.07, 0.05, 0.02):
            (drawn,) = lines_of(form.code(scale))
            counts.append(len(drawn))
            limit = TOLERANCE + ROUNDING * scale + 1e-9  # points
            for p in pad:
                assert min(segment_distance(p, a, b) for a, b in zip(drawn, drawn[1:], strict=False)) * scale <= limit
        assert counts == sorted(counts, reverse=True) and counts[-1] < counts[0]  # smaller: fewer points
        assert counts[2] < sig.point_count / 2.5


def canvas_code(sig, w: float, h: float) -> str:
    c = Canvas(io.BytesIO(), pageCompression=0)
    ink.draw_signature(c, sig, 10, 20, w, h)
    return "\n".join(c._code)


def test_a_signature_in_a_list_cell_is_its_form_placed_and_clipped():
    sig = dense(5)
    code = canvas_code(sig, 50, 22)
    head = re.match(r"q (\S+) (\S+) (\S+) (\S+) re W n [\d. ]+ RG (\S+) w 1 J 1 j (\S+) 0 0 (\S+) (\S+) (\S+) cm\n", code)
    assert head, code[:200]
    clip = [float(v) for v in head.groups()[:4]]
    assert clip == [10 - 0.7, 20 - 0.7, 50 + 1.4, 22 + 1.4]  # the cell and the pen's width around it
    scale = float(head[6])
    assert scale <= FORM_SCALE and math.isclose(float(head[5]) * scale, 0.7, rel_tol=0.01)
    points = [p for line in lines_of(code[head.end():]) for p in line]
    xs = [float(head[8]) + x * scale for x, _ in points]
    ys = [float(head[9]) + y * scale for _, y in points]
    assert 10 - 1e-6 <= min(xs) <= max(xs) <= 60 + 1e-6 and 20 - 1e-6 <= min(ys) <= max(ys) <= 42 + 1e-6
    assert math.isclose(max(xs) - min(xs), 50, abs_tol=0.2) or math.isclose(max(ys) - min(ys), 22, abs_tol=0.2)
    # a larger box (the pact page) is drawn from the strokes, in tenths of a point, unclipped
    assert "re W n" not in canvas_code(sig, 160, 55) and " 0.1 0 0 0.1 " in canvas_code(sig, 160, 55)


def test_a_form_that_is_not_one_is_refused():
    form = make_form(axes_of(dense(2)))
    assert read_form(form.text()).lines == form.lines
    for bad in ("", "x", None, 12, "600 200\n", "600 200\n9 1 2 l", "600 0\n9 1 2 m", "599 200\n9 1 2 m",
                "600 200\n9 1 2 m\n9 1000 2 l", "600 200\n9 1 2 m\n9 -1 2 l", "600 200\n9 1 2 m S Q",
                form.text() + "\nQ", form.text().replace("\n", "\r\n"), "600 200\n9 1 2 m\n\n9 3 4 l",
                "600 200\n3 1 2 m\n8 3 4 l", form.text() + "\n2 5 5 m\n8 6 6 l"):  # an "m" a tier leaves out
        assert read_form(bad) is None, bad


def signed_list(event, path):
    return api.signed_list(event, path, fixed_date=True).path.read_bytes()


def stored_rows():
    return {s.id: (s.strokes, s.pad_width, s.pad_height) for s in Signature.select()}


def forms_table():
    return dict((r[0], (r[1], r[2])) for r in db.execute_sql("SELECT signature_id, made_from, form FROM print_form"))


def test_the_first_list_stores_the_forms_and_the_next_prints_the_same_from_them(db, at, tmp_path, monkeypatch):
    at(7, 20)
    apel = make_apel(24, everyone_signs=True)
    strokes = stored_rows()
    assert forms_table() == {}
    first = signed_list(apel.event, tmp_path / "a.pdf")
    stored = forms_table()
    assert set(stored) == set(strokes)
    for sid, (source, text) in stored.items():
        row = Signature.get_by_id(sid)
        assert source == print_forms.made_from(row, FORM_VERSION) and read_form(text) is not None

    made = []
    monkeypatch.setattr("ikrar.reports.drawing.simplify.make_form", lambda *a: made.append(a) or None)
    assert signed_list(apel.event, tmp_path / "b.pdf") == first  # every form read back, none made
    assert made == [] and stored_rows() == strokes and forms_table() == stored


def test_a_replaced_signature_a_new_version_and_bad_rows_are_drawn_from_the_strokes(db, at, tmp_path):
    at(7, 20)
    apel = make_apel(12, everyone_signs=True)
    signed_list(apel.event, tmp_path / "warm.pdf")
    ids = sorted(forms_table())
    # a sync conflict kept the other version of the first signature: its form is stale
    other = Signature.get_by_id(ids[1])
    Signature.update(strokes=other.strokes, pad_width=other.pad_width, pad_height=other.pad_height).where(
        Signature.id == ids[0]).execute()
    # garbage, an edited path, the form of another signature, an older version
    source = {sid: print_forms.made_from(Signature.get_by_id(sid), FORM_VERSION) for sid in ids}
    bad = {ids[2]: (source[ids[2]], "not a form"), ids[3]: (source[ids[3]], "600 200\n9 1 2 m S Q BT"),
           ids[4]: (source[ids[4]], forms_table()[ids[5]][1].replace("\n", " \n")),
           ids[5]: (print_forms.made_from(Signature.get_by_id(ids[5]), "0 an older drawing"), "600 10\n9 0 0 m")}
    print_forms.store([(sid, *row) for sid, row in bad.items()])
    strokes = stored_rows()
    now = signed_list(apel.event, tmp_path / "mixed.pdf")
    db.execute_sql("DELETE FROM print_form")
    assert signed_list(apel.event, tmp_path / "cold.pdf") == now  # as if no form had been stored
    assert stored_rows() == strokes
    row = Signature.get_by_id(ids[0])
    assert forms_table()[ids[0]][0] == print_forms.made_from(row, FORM_VERSION)


def test_an_edited_but_well_formed_form_stays_inside_its_cell(db, at, tmp_path):
    """Someone who edits the database can change what a form draws, as they could change the strokes;
    the drawing stays clipped to the signature's own cell."""
    at(7, 20)
    apel = make_apel(6, everyone_signs=True)
    signed_list(apel.event, tmp_path / "warm.pdf")
    sid = sorted(forms_table())[0]
    source, _ = forms_table()[sid]
    print_forms.store([(sid, source, "600 100\n9 0 0 m\n9 999 999 l")])  # far outside a 600 × 100 box
    edited = api.signed_list(apel.event, tmp_path / "edited.pdf", fixed_date=True).path
    content = "".join(page.get_contents().get_data().decode("latin-1") for page in PdfReader(str(edited)).pages)
    found = re.search(r"q (\S+) (\S+) (\S+) (\S+) re W n [^\n]* cm\n0 0 m\n999 999 l\nS Q", content)
    assert found and 0 < float(found[3]) < 80 and 0 < float(found[4]) < 80


def test_a_database_that_cannot_be_written_keeps_no_forms_and_still_prints(db, at, tmp_path, monkeypatch):
    at(7, 20)
    apel = make_apel(6, everyone_signs=True)
    monkeypatch.setattr(db, "damaged", "disk image is malformed", raising=False)
    assert print_forms.store([("x", "y", "z")]) is False
    monkeypatch.setattr(db, "damaged", None, raising=False)

    real = db.execute_sql

    def locked(sql, *args, **kwargs):  # the print_form table busy past the timeout, or gone
        if "print_form" in sql:
            raise sqlite3.OperationalError("database is locked")
        return real(sql, *args, **kwargs)

    monkeypatch.setattr(db, "execute_sql", locked)
    assert print_forms.read(["x"]) == {} and print_forms.store([("x", "y", "z")]) is False
    first = signed_list(apel.event, tmp_path / "a.pdf")
    monkeypatch.undo()
    assert forms_table() == {}
    assert signed_list(apel.event, tmp_path / "b.pdf") == first
    assert len(forms_table()) == len(apel.signed)


def test_a_lone_stored_ink_is_drawn_as_its_strokes_would_be(db, at):
    at(7, 20)
    make_apel(4, everyone_signs=True)
    row = Signature.select().first()
    assert canvas_code(stored_ink(row), 50, 22) == canvas_code(load_strokes(row), 50, 22)
    assert forms_table() == {}  # a lone signature (no document's batch) stores nothing


@pytest.mark.parametrize("w, h", [(44, 23), (57, 30), (20, 8)])
def test_tiers_are_chosen_within_the_tolerance(w, h):
    form = make_form(axes_of(dense(1)))
    scale = form.scale(w, h)
    assert scale <= FORM_SCALE
    tier = max(t for t, v in enumerate(FORM_TIERS) if v * scale <= TOLERANCE + 1e-12)
    kept = form.code(scale).count("\n") + 1
    assert kept == sum(1 for line in form.lines.split("\n") if int(line[0]) >= tier)


def test_damaged_strokes_have_no_form(db, at):
    from ikrar.models.queries.signatures import SignatureRow

    broken = SignatureRow("x", 1, "[[[1, \"a\", 0, 0.5]]]", 600, 200, "", "", "")
    assert stored_ink(broken).form() is None
    nan = StrokeData(600, 200, [[(1.0, 2.0, 0, 0.5), (float("nan"), 3.0, 1, 0.5), (4.0, 5.0, 2, 0.5)]])
    for sig in (stored_ink(broken), nan):  # the grey words (text), no path
        code = canvas_code(sig, 50, 22)
        assert " Tj" in code and " RG " not in code and " cm\n" not in code
