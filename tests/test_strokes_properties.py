"""Properties of the strokes' checks (hypothesis): from_obj accepts or refuses in one sentence and
nothing else; whatever it accepts, the signed list draws on the page; the merge's quick check
refuses exactly what the full check refuses. The named cases: test_strokes_hostile.py."""
from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_reports_support import all_text, ink_boxes, make_apel, read
from test_strokes_hostile import INF, NAN, one_sentence

from ikrar.models.errors import Refused
from ikrar.models.store.schema import Signature
from ikrar.models.strokes import MAX_POINTS, StrokeData, load_strokes
from ikrar.reports import api
from ikrar.reports.drawing.ink import UNREADABLE, signature_png

# ---- the property: whatever from_obj accepts, the signed list draws --------------------------------

_number = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(), st.sampled_from([0, 1, -1]))


_past = st.sampled_from([0, 0.5, -1e-9, 10_000.5, -1.05, 2.05, 1.01, -0.01, 86_400_001, 1.7e308, NAN, INF])


@st.composite
def near_valid(draw):
    """A valid signature (sizes, coordinates, times, pressures anywhere in their ranges, bounds
    included), and one time in three one value spoilt: just past a limit, or any number at all."""
    size = st.one_of(st.floats(min_value=1, max_value=10_000), st.integers(min_value=1, max_value=10_000))
    width, height = draw(size), draw(size)
    fraction = st.floats(min_value=-1, max_value=2)
    raw_point = st.tuples(fraction, fraction, st.integers(min_value=0, max_value=500),
                          st.floats(min_value=0, max_value=1), st.booleans())
    strokes = []
    for raw in draw(st.lists(st.lists(raw_point, max_size=12), max_size=3)):
        t, points = 0, []
        for fx, fy, dt, p, short in raw:
            t += dt
            points.append([fx * width, fy * height, t] if short else [fx * width, fy * height, t, p])
        strokes.append(points)
    obj = {"width": width, "height": height, "strokes": strokes}
    if draw(st.integers(min_value=0, max_value=2)) == 0:
        spots = [(i, j, k) for i, s in enumerate(strokes) for j, point in enumerate(s) for k in range(len(point))]
        value = draw(st.one_of(_past, _number))
        spot = draw(st.sampled_from([*spots, "width", "height"]))
        if isinstance(spot, str):
            obj[spot] = value
        else:
            i, j, k = spot
            strokes[i][j][k] = value * (width if k == 0 else height if k == 1 else 1) if value in (-1.05, 2.05) \
                else value
    return obj


_json = st.recursive(st.one_of(st.none(), st.booleans(), _number, st.text(max_size=5)),
                     lambda inner: st.one_of(st.lists(inner, max_size=5),
                                             st.dictionaries(st.sampled_from(["width", "height", "strokes", "x"]),
                                                             inner, max_size=4)), max_leaves=30)


@settings(max_examples=200, deadline=None)
@given(st.one_of(_json, near_valid()))
@example({"width": 600, "height": 200, "strokes": [[[10 ** 400, 1, 0, 1]]]})
def test_from_obj_accepts_or_refuses_nothing_else(obj):
    try:
        data = StrokeData.from_obj(obj)
    except Refused as err:
        assert err.code == "bad_strokes"
        one_sentence(err.en_text)
        one_sentence(err.id_text)
    else:
        assert data.point_count <= MAX_POINTS


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(near_valid())
@example({"width": 600, "height": 200, "strokes": [[[1.7e308, 1, 0, 1], [-1.7e308, 2, 5, 1]]]})
@example({"width": 600, "height": 200, "strokes": [[[-600, -200, 0, 0], [1200, 400, 0, 1]]]})
def test_whatever_from_obj_accepts_the_signed_list_draws(apel_one, tmp_path, obj):
    try:
        data = StrokeData.from_obj(obj)
    except Refused:
        return
    event, signature_id = apel_one
    Signature.update(strokes=data.strokes_json(), pad_width=data.width, pad_height=data.height).where(
        Signature.id == signature_id).execute()
    result = api.signed_list(event, tmp_path / "property.pdf")
    page = read(result.path).pages[0]
    boxes = ink_boxes(page)
    width, height = (float(v) for v in page.mediabox.upper_right)
    assert len(boxes) == (1 if data.point_count else 0)
    for x0, y0, x1, y1 in boxes:  # drawn, and on the page
        assert 0 <= x0 <= x1 <= width and 0 <= y0 <= y1 <= height
    assert (UNREADABLE in all_text(result.path)) == (data.point_count == 0)
    assert signature_png(load_strokes(Signature.get_by_id(signature_id)), 120, 40).startswith(b"\x89PNG")
    if data.point_count:  # what a desk stores, a hub's import accepts
        assert StrokeData.from_stored(data.strokes_json(), data.width, data.height).point_count == data.point_count


@pytest.fixture
def apel_one(db, at):
    """An event where one person signed (the property test rewrites that signature)."""
    at(7, 20)
    apel = make_apel(6, everyone_signs=True)
    keep = Signature.select().order_by(Signature.id).first()
    Signature.delete().where(Signature.id != keep.id).execute()
    return apel.event, keep.id


# ---- the merge's quick check agrees with the full one --------------------------------------------

_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-10, 3000) | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=4),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=2), inner, max_size=3),
    max_leaves=30)
_POINTS = st.lists(st.lists(st.one_of(
    st.tuples(st.floats(-5, 300), st.floats(-5, 300), st.integers(0, 5000), st.floats(0, 1)).map(list),
    _JSON_VALUES), max_size=6), max_size=4)


@settings(max_examples=300, deadline=None)
@given(_POINTS, st.sampled_from([100, 1.5, 10_000]))
def test_the_quick_check_refuses_exactly_what_the_full_check_refuses(strokes, pad):
    text = json.dumps(strokes)
    try:
        StrokeData.from_stored(text, pad, pad)
        full = None
    except Refused as exc:
        full = exc.en_text
    try:
        StrokeData.check_stored(text, pad, pad)
        quick = None
    except Refused as exc:
        quick = exc.en_text
    assert quick == full, text
