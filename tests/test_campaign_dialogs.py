"""The campaign tab's buttons (docs/campaigns.md): a new campaign and a follow-up event made in the
window (wrong input is the models' one sentence under its field), and the not-signed list against the
deadline written as PDF and XLSX through run_task."""
from __future__ import annotations

import os

import pdfplumber
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from test_sync_support import campaign_hub, person

from ikrar.models import clock
from ikrar.models.campaigns import frozen_size, list_campaigns
from ikrar.models.queries import campaign_coverage
from ikrar.models.store.schema import EventExpected
from ikrar.ui import i18n, tasks
from ikrar.ui.dialogs.campaign_dialog import FollowupDialog, NewCampaignDialog
from ikrar.ui.screens.sync_view import SyncView


@pytest.fixture
def hub(tmp_path):
    """The hub's database (test_sync_support.campaign_hub: 30 people, a campaign with deadline 23
    November 2026 where 3 signed by the deadline and 1 after it); the window in Indonesian, tasks inline."""
    campaign = campaign_hub(tmp_path)
    app = QApplication.instance()
    i18n.switch_language(app, "id")
    tasks.set_synchronous(True)
    yield campaign
    tasks.set_synchronous(False)
    i18n.remove_translator(app)
    clock.set_clock(None)


def test_a_new_campaign_from_the_window_and_its_refusal_at_the_name(qtbot, hub):
    dialog = NewCampaignDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Kampanye baru"
    dialog.name.setText("   ")
    dialog.try_accept()
    assert dialog.errors["name"].isVisibleTo(dialog) and dialog.errors["name"].text() == "Nama kampanye wajib diisi."
    assert dialog.result() == 0 and len(list_campaigns()) == 1  # still open, nothing made
    dialog.name.setText("Pakta Pemilu  2029")
    dialog.deadline.setDate(QDate(2029, 2, 1))
    dialog.pact.setPlainText("Saya berjanji netral.")
    dialog.try_accept()
    assert not dialog.errors["name"].isVisibleTo(dialog) and dialog.result() == 1
    made = dialog.result_value
    if os.environ.get("CAMP_SHOT"):
        dialog.show()
        dialog.errors["name"].setText("Nama kampanye wajib diisi.")
        dialog.errors["name"].show()
        dialog.grab().save(os.environ["CAMP_SHOT"].replace(".png", "-new.png"))
    assert (made.name, made.deadline, made.pact.text.strip()) == ("Pakta Pemilu 2029", "2029-02-01", "Saya berjanji netral.")


def test_a_followup_for_ticked_units_freezes_who_has_not_signed(qtbot, hub):
    dialog = FollowupDialog(hub)
    qtbot.addWidget(dialog)
    assert "Pakta Pilkada 2026" in dialog.title_edit.text() and dialog.units.count() == 3
    dialog.try_accept()  # no unit ticked: the models' sentence under the units
    assert dialog.errors["unit"].isVisibleTo(dialog) and "Acara susulan memerlukan unit" in dialog.errors["unit"].text()
    health = person(0).unit
    row = next(r for r in range(dialog.units.count())
               if dialog.units.item(r).data(Qt.ItemDataRole.UserRole) == health.id)
    missing = len([p for p in campaign_coverage.not_signed(hub, [health.id]) if not p.last_signed_at])
    assert f"({missing} belum TTD)" in dialog.units.item(row).text()
    dialog.units.item(row).setCheckState(Qt.CheckState.Checked)
    dialog.title_edit.setText("")
    dialog.try_accept()
    assert dialog.errors["title"].text() == "Judul acara wajib diisi." and not dialog.errors["unit"].isVisibleTo(dialog)
    dialog.title_edit.setText("Pakta Susulan Dinkes")
    dialog.date.setDate(QDate(2026, 11, 25))
    dialog.zone.setCurrentText("WITA")
    dialog.try_accept()
    event = dialog.result_value
    if os.environ.get("CAMP_SHOT"):
        dialog.show()
        dialog.grab().save(os.environ["CAMP_SHOT"].replace(".png", "-followup.png"))
    assert dialog.result() == 1 and event.campaign_id == hub.id and event.followup_at is not None
    assert (event.title, str(event.date), event.tz, event.kind) == ("Pakta Susulan Dinkes", "2026-11-25", "WITA", "pakta")
    assert frozen_size(event) == dialog.expected == missing
    frozen = {e.employee_id for e in EventExpected.select().where(EventExpected.event == event.id)}
    assert person(3).id not in frozen and person(0).id not in frozen  # signed (late, in time): not expected


def test_save_pdf_and_xlsx_of_the_chosen_campaign(qtbot, hub, tmp_path, monkeypatch):
    view = SyncView()
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    box = view.campaign_box
    view.coverage_tabs.setCurrentWidget(box)
    assert box.pdf_button.text() == "Simpan PDF…" and box.new_button.text() == "Kampanye baru…"
    assert box.followup_button.text() == "Acara susulan…" and box.pdf_button.isEnabled()
    box.combo.setCurrentIndex(box.combo.findData(hub.id))
    monkeypatch.setattr(box, "choose_units", lambda: None)  # every OPD (one unit: test_campaign_edit_view)
    for kind in ("pdf", "xlsx"):
        target = tmp_path / f"tenggat.{kind}"
        monkeypatch.setattr(box, "choose_path", lambda _kind, _units, target=target: str(target))
        (box.pdf_button if kind == "pdf" else box.xlsx_button).click()
        assert target.exists() and str(target) in box.status.text()
    with pdfplumber.open(str(tmp_path / "tenggat.pdf")) as pdf:
        text = " ".join(p.extract_text() for p in pdf.pages)
    assert "BELUM MENANDATANGANI PAKTA SAMPAI 23 NOVEMBER 2026" in text and "Pakta Pilkada 2026" in text
    total = box.model.total
    sheet = load_workbook(tmp_path / "tenggat.xlsx")["Per OPD"]
    jumlah = next(r for r in sheet.iter_rows(values_only=True) if r[1] == "JUMLAH")
    assert jumlah[2:6] == (total.employees, total.signed, total.late, total.employees - total.signed - total.late)
    monkeypatch.setattr(box, "choose_path", lambda _kind, _units: str(tmp_path / "no-folder" / "x.pdf"))
    shown = []
    monkeypatch.setattr("ikrar.ui.screens.campaign_coverage.show_error", lambda _p, _t, exc: shown.append(str(exc)))
    box.pdf_button.click()
    assert box.status.text() == "Gagal." and len(shown) == 1 and "Traceback" not in shown[0]
    if os.environ.get("CAMP_SHOT"):
        box.status.setText("")
        view.grab().save(os.environ["CAMP_SHOT"])
