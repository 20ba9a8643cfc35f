"""Signatures stored before the strokes were checked (models/strokes.py): a bad one marks its own box
(UNREADABLE) in every document and logs a short line, never its content, instead of stopping a
document. What is refused on the way in: test_strokes_hostile.py."""
from __future__ import annotations

import math

import pytest
from reportlab.pdfgen.canvas import Canvas
from test_reports_support import all_text, ink_boxes, make_apel, read
from test_strokes_hostile import JUNK, NAN, SMALL

from ikrar.models.store.connection import db, engine_name
from ikrar.models.store.schema import Signature
from ikrar.models.strokes import StrokeData, load_strokes
from ikrar.reports import api
from ikrar.reports.drawing.ink import UNREADABLE, draw_signature, signature_png

BAD_ROWS = [  # (strokes, pad_width, pad_height) as a database from before may hold them
    ("[[[NaN,1,0,1],[5,5,5,1]]]", 600, 200),
    ("[[[1.7e308,1,0,1],[-1.7e308,5,5,1]]]", 600, 200),
    (JUNK, 600, 200),
    ("[[[1,1,0,1],[5,5,5,1]]]", 0, 200),
    ('[[["x","y","t","p"]]]', 600, 200),
    ("[]", 600, 200),
]


@pytest.fixture
def apel(db, at):
    at(7, 20)
    return make_apel(everyone_signs=True)


def _spoil(rows) -> list[str]:
    signatures = list(Signature.select().order_by(Signature.id))
    for sig, (strokes, width, height) in zip(signatures, rows, strict=False):
        if engine_name() == "postgresql":
            strokes = strokes.replace("\x00", "")  # a server's text never holds NUL: that damage cannot exist there
        db.execute_sql("UPDATE signature SET strokes = ?, pad_width = ?, pad_height = ? WHERE id = ?",
                       (strokes, width, height, sig.id))
    return [s.id for s in signatures[:len(rows)]]


def test_load_strokes_marks_a_bad_row_and_logs_nothing_of_it(apel, caplog):
    spoiled = _spoil(BAD_ROWS)
    caplog.set_level("WARNING")
    for sig_id in spoiled:
        loaded = load_strokes(Signature.get_by_id(sig_id))
        assert loaded.damaged and loaded.strokes == []
    assert len(caplog.records) == len(BAD_ROWS)
    for record in caplog.records:
        message = record.getMessage()
        assert len(message) < SMALL and "NaN" not in message and "\x00" not in message and "e+308" not in message


def test_documents_draw_around_a_bad_stored_signature(apel, tmp_path):
    _spoil(BAD_ROWS)
    signed = api.signed_list(apel.event, tmp_path / "list.pdf")
    assert signed.rows == len(apel.signed)
    text = all_text(signed.path)
    assert text.count(UNREADABLE) == len(BAD_ROWS)
    boxes = [box for page in read(signed.path).pages for box in ink_boxes(page)]
    assert len(boxes) == len(apel.signed) - len(BAD_ROWS) and all(map(math.isfinite, sum(boxes, ())))
    pacts = api.pacts(apel.event, tmp_path / "pacts.pdf")
    assert pacts.rows == len(apel.signed) and all_text(pacts.path).count(UNREADABLE) == len(BAD_ROWS)
    assert api.xlsx(apel.event, tmp_path / "list.xlsx", signatures=True).path.exists()


def test_the_drawing_survives_strokes_no_check_has_seen():
    """StrokeData built in code, never checked: the drawing marks it instead of failing the page."""
    canvas = Canvas("/dev/null")
    for sig in (StrokeData(600, 200, [[(NAN, 1, 0, 1), (2, 2, 1, 1)]]),
                StrokeData(600, 200, [[(1.7e308, 1, 0, 1), (-1.7e308, 2, 1, 1)]]),
                StrokeData(600, 200, [[("x", "y", 0, 1)]]), StrokeData(600, 200, [[()]])):
        draw_signature(canvas, sig, 10, 10, 100, 30)
        assert signature_png(sig, 120, 40).startswith(b"\x89PNG")
