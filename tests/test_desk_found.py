"""Results as the clerk types (issue 13, item 9): each row says how it was found; only a match a
clerk can trust is chosen for them, so a reflexive Enter never opens someone found by a typo or
across two words; a name written as typed comes first; the count is honest."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_desk_support import key, type_timed

from ikrar.models.search.fold import fold_name
from ikrar.models.store.schema import Employee, Unit
from ikrar.ui import i18n
from ikrar.ui.desk.desk_parts import RESULTS
from ikrar.ui.desk.results_list import FOUND, NAME

pytest_plugins = ["test_desk_support"]  # the desk and roster fixtures


@pytest.fixture
def indonesian():
    app = QApplication.instance()
    assert i18n.install_translator(app, "id")
    yield
    i18n.remove_translator(app)


def add(name: str, nip: str) -> Employee:
    unit = Unit.get(Unit.name == "Dinas Kesehatan")
    return Employee.create(name=name, nip=nip, unit=unit, search_key=fold_name(name), category="PNS")


def typed(desk, qtbot, text: str) -> None:
    type_timed(desk.input, text, gap_ms=120)  # a person's pace
    qtbot.waitUntil(lambda: desk.searched == desk.input.text(), timeout=1000)


def rows(desk) -> list[tuple[str, str]]:
    model = desk.results.results
    return [(model.data(model.index(r, NAME)), model.data(model.index(r, FOUND))) for r in range(model.rowCount())]


def test_djuwita_chooses_no_one_and_says_typo(desk, qtbot, indonesian, roster):
    add("WAHYU WIJAYA", "198001012005011001")
    typed(desk, qtbot, "djuwita")
    assert desk.pages.currentIndex() == RESULTS
    assert rows(desk) == [("WAHYU WIJAYA", "salah ketik")]
    assert desk.results.current_hit() is None and not desk.results.selectionModel().selectedRows()
    assert "belum ada yang dipilih" in desk.pages.results_label.text()
    key(desk.input, Qt.Key_Return)  # the reflexive Enter
    assert desk.employee is None and desk.feedback.kind == "warn"
    key(desk.input, Qt.Key_Down)  # chosen by the clerk: then Enter opens
    key(desk.input, Qt.Key_Return)
    assert desk.employee is not None and desk.employee.name == "WAHYU WIJAYA"


def test_across_words_is_never_chosen_even_when_the_next_key_keeps_the_list(desk, qtbot, indonesian, roster):
    add("WAHYU WIJAYA", "198001012005011001")
    typed(desk, qtbot, "djuw")
    assert rows(desk) == [("WAHYU WIJAYA", "lintas kata")] and desk.results.current_hit() is None
    typed(desk, qtbot, "i")  # one more letter: the same person, still across the words
    assert desk.searched == "djuwi"
    assert rows(desk) == [("WAHYU WIJAYA", "lintas kata")] and desk.results.current_hit() is None
    key(desk.input, Qt.Key_Backspace)
    key(desk.input, Qt.Key_Backspace)
    key(desk.input, Qt.Key_Backspace)
    key(desk.input, Qt.Key_Backspace)
    key(desk.input, Qt.Key_Backspace)
    typed(desk, qtbot, "wahyu")
    assert rows(desk)[0] == ("WAHYU WIJAYA", "persis") and desk.results.current_hit().display_name == "WAHYU WIJAYA"


def test_djoko_lists_djoko_first(desk, qtbot, indonesian, roster):
    add("JOKO", "198001012005011002")
    add("JOKO PRAMONO", "198001012005011003")
    add("DJOKO SUSILO", "198001012005011004")
    typed(desk, qtbot, "djoko")
    mine = [row for row in rows(desk) if row[0] in ("JOKO", "JOKO PRAMONO", "DJOKO SUSILO")]
    assert mine == [("DJOKO SUSILO", "persis"), ("JOKO", "ejaan lama"), ("JOKO PRAMONO", "ejaan lama")]
    assert rows(desk)[0] == ("DJOKO SUSILO", "persis")
    assert desk.results.current_hit().display_name == "DJOKO SUSILO"  # a sure match: chosen
    key(desk.input, Qt.Key_Return)
    assert desk.employee.name == "DJOKO SUSILO"


def test_the_count_says_the_first_twenty_of_how_many(desk, qtbot, indonesian, roster):
    for i in range(26):
        add(f"SUTRISNO NOMOR {i}", f"1980010120050110{i + 10:02d}")
    add("SUTRISNO PRAWIROHARDJO", "198001012005011099")
    typed(desk, qtbot, "sutrisno")
    assert len(desk.results.results.hits) == 20
    assert desk.pages.results_label.text().startswith("20 pertama")  # shown at once; counted a frame later
    qtbot.waitUntil(lambda: desk.pages.results_label.text().startswith("20 pertama dari 27"))  # not "20 ditemukan"
    key(desk.input, Qt.Key_Escape)
    typed(desk, qtbot, "prawiro")
    assert desk.pages.results_label.text().startswith("1 ditemukan")


def test_a_new_name_clears_what_was_said_about_the_last_person(desk, qtbot, roster):
    add("WAHYU WIJAYA", "198001012005011001")
    type_timed(desk.input, "198001012005011001", gap_ms=3)
    key(desk.input, Qt.Key_Return)
    key(desk.input, Qt.Key_Escape)
    assert desk.employee is None and desk.feedback.text()
    typed(desk, qtbot, "wah")
    assert desk.feedback.text() == ""  # not "Cancelled" while someone else is looked for
