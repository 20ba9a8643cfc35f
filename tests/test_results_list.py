"""The desk's results list: a new search with as many rows only announces the rows that changed
(no model reset, so the view repaints just those), and the list paints itself readably."""
from __future__ import annotations

from ikrar.models.search.lookup import SearchHit
from ikrar.ui.desk.results_list import ResultsList


def hit(i: int, name: str, present: bool = False) -> SearchHit:
    return SearchHit(employee_id=i, nip=f"19860926201505100{i % 10}", nik_present=False, display_name=name,
                     position="Analis Kebijakan", unit_name="Dinas Kesehatan", category="PNS", golongan="III/a",
                     active=True, present=present, match="prefix")


def test_same_row_count_changes_only_the_rows_that_differ(qtbot):
    view = ResultsList()
    qtbot.addWidget(view)
    model = view.results
    resets, changed = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, b, _roles=None: changed.append((a.row(), b.row())))
    view.set_hits([hit(1, "SITI AMINAH"), hit(2, "SITI RAHAYU"), hit(3, "SITI ZUBAIDAH")])
    assert resets == [1] and model.rowCount() == 3
    view.set_hits([hit(1, "SITI AMINAH"), hit(4, "SITI NURHALIZA"), hit(5, "SITI HAJAR")])
    assert resets == [1] and changed == [(1, 2)]  # the first row stays as it was
    assert model.data(model.index(1, 0)) == "SITI NURHALIZA" and view.current_hit().employee_id == 1
    view.set_hits([hit(1, "SITI AMINAH")])
    assert resets == [1, 1] and model.rowCount() == 1


def test_rows_are_painted_with_the_chosen_one_highlighted(qtbot):
    view = ResultsList()
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    view.set_hits([hit(i, f"PEGAWAI NOMOR {i} DENGAN NAMA YANG SANGAT PANJANG SEKALI", present=i == 2)
                   for i in range(1, 8)])
    view.move(2)
    assert view.current_hit().employee_id == 3
    picture = view.viewport().grab().toImage()
    top = view.rowViewportPosition(2) + view.rowHeight(2) // 2
    highlight = view.palette().highlight().color()
    assert picture.pixelColor(2, top) == highlight  # the chosen row's background
    assert picture.pixelColor(2, view.rowViewportPosition(0) + 2) != highlight
    # some ink in every visible row's name column: the text is drawn
    for row in range(7):
        y0 = view.rowViewportPosition(row)
        inked = any(picture.pixelColor(x, y).lightness() < 120
                    for x in range(6, view.columnWidth(0), 3) for y in range(y0 + 4, y0 + view.rowHeight(row) - 4))
        assert inked or row == 2, row
