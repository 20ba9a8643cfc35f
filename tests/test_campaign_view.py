"""The Sync screen's campaign tab: choose a campaign, see its per-OPD table against the deadline (the
counts add up, and match the CLI's query), choose an OPD to see who has not signed by then."""
from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_sync_support import campaign_hub, person

from ikrar.models.campaigns import create_campaign
from ikrar.models.queries import campaign_coverage
from ikrar.ui import i18n
from ikrar.ui.screens.sync_view import SyncView


def _cell(model, row, col):
    return model.data(model.index(row, col), Qt.ItemDataRole.DisplayRole)


def test_choose_a_campaign_and_see_the_opd_table(qtbot, tmp_path):
    first = campaign_hub(tmp_path)  # 3 signed by its deadline, 1 after it
    other = create_campaign("Pakta Pemilu 2029", "2029-02-01")

    app = QApplication.instance()
    i18n.switch_language(app, "id")
    try:
        _check_view(qtbot, first, other)
    finally:
        i18n.remove_translator(app)


def _check_view(qtbot, first, other):
    view = SyncView()
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    box = view.campaign_box
    view.coverage_tabs.setCurrentWidget(box)
    assert box.combo.count() == 2
    box.combo.setCurrentIndex(box.combo.findData(other.id))
    assert _cell(box.model, box.model.rowCount() - 1, 2) == "0"  # nobody signed in the other campaign
    box.combo.setCurrentIndex(box.combo.findData(first.id))
    model = box.model
    units = len(model.rows)
    assert model.rowCount() == units + 1 and units == 3  # three OPD and the total
    total = model.total
    assert (total.employees, total.signed, total.late) == (30, 3, 1)
    assert sum(int(_cell(model, r, 1)) for r in range(units)) == int(_cell(model, units, 1)) == 30
    assert sum(int(_cell(model, r, 2)) for r in range(units)) == int(_cell(model, units, 2)) == 3
    for r in range(units + 1):  # signed by the deadline + late + never signed = employees, on every row
        assert int(_cell(model, r, 2)) + int(_cell(model, r, 3)) + int(_cell(model, r, 4)) == int(_cell(model, r, 1))
    assert _cell(model, units, 0) == "Jumlah" and model.headerData(2, Qt.Orientation.Horizontal) == "Sudah"
    assert "Tenggat: akhir 23 November 2026" in box.deadline_label.text() and "Terlambat" in box.table.toolTip()

    health = next(r for r, u in enumerate(model.rows) if u.unit_name == person(0).unit.name)
    box.table.selectRow(health)
    missing = campaign_coverage.not_signed(first, [model.rows[health].unit_id])
    assert box.who.count() == len(missing) == model.rows[health].not_signed
    assert str(len(missing)) in box.who_label.text()
    if os.environ.get("CAMP_SHOT"):
        view.grab().save(os.environ["CAMP_SHOT"])
