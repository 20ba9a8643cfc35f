"""The desk makes a saved signature's print form when it is idle, so the signed list after the apel
reads it instead of making it (reports/drawing/simplify.py, ui/desk/print_forms.py)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from test_desk_support import draw_mouse, key, live_records, person, type_timed, zigzag

from ikrar.models import print_forms
from ikrar.models.strokes import load_strokes
from ikrar.reports.drawing.simplify import FORM_VERSION, InkBatch, axes_of, make_form

pytest_plugins = ["test_desk_support"]  # the desk and roster fixtures


def sign(desk, employee) -> None:
    type_timed(desk.input, employee.nip, gap_ms=3)
    key(desk.input, Qt.Key_Return)
    draw_mouse(desk.pad, zigzag(desk.pad))
    key(desk.input, Qt.Key_Return)


def test_a_saved_signature_s_print_form_is_stored_when_the_desk_is_idle(desk, roster, qtbot):
    for i in range(3):
        sign(desk, person(i))
    signatures = [live_records(roster, person(i))[0].signatures.get() for i in range(3)]
    ids = [s.id for s in signatures]
    assert print_forms.read(ids) == {}  # not on the save's path
    qtbot.waitUntil(lambda: len(print_forms.read(ids)) == 3, timeout=5000)
    stored = print_forms.read(ids)
    for s in signatures:
        made_from, form = stored[s.id]
        assert made_from == print_forms.made_from(s, FORM_VERSION)
        assert form == make_form(axes_of(load_strokes(s))).text()
    batch = InkBatch()  # what a document then does: reads them, makes none
    for s in signatures:
        assert batch.ink(s).form() is not None
    assert batch.made == [] and desk.print_forms.pending == []


def test_a_form_that_cannot_be_stored_is_left_to_the_first_document(desk, roster, monkeypatch):
    refused = []
    monkeypatch.setattr(print_forms, "store", lambda rows: refused.append(len(rows)) or False)
    sign(desk, person(0))
    desk.print_forms.flush()  # nothing raised at the desk
    signature = live_records(roster, person(0))[0].signatures.get()
    assert refused == [1] and desk.print_forms.pending == [] and print_forms.read([signature.id]) == {}
    assert InkBatch(storing=False).ink(signature).form() is not None  # the document still draws it
