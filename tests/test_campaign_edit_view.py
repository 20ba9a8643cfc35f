"""The campaign tab changes this desk's campaign ('Ubah kampanye…': the models' update_campaign, as
`ikrar campaign edit`; another desk's campaign cannot be changed and the tab says why) and saves the
not-signed list for the units chosen (as `ikrar coverage --campaign ID --unit …`)."""
from __future__ import annotations

import os

import pdfplumber
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication
from test_sync_support import campaign_hub, person

from ikrar.models import clock
from ikrar.models.campaigns import find_campaign
from ikrar.models.store.schema import Campaign
from ikrar.ui import i18n, tasks
from ikrar.ui.dialogs.campaign_dialog import EditCampaignDialog, UnitsToSaveDialog
from ikrar.ui.screens.sync_view import SyncView

NOT_MINE = ("Kampanye ini dibuat oleh meja lain: hanya meja itu yang dapat mengubahnya (perubahannya datang "
            "lewat berkasnya).")


@pytest.fixture
def hub(tmp_path):
    """test_sync_support.campaign_hub (3 of 30 signed by 23 November 2026, 1 the next morning); the window
    in Indonesian, tasks inline."""
    campaign = campaign_hub(tmp_path)
    app = QApplication.instance()
    i18n.switch_language(app, "id")
    tasks.set_synchronous(True)
    yield campaign
    tasks.set_synchronous(False)
    i18n.remove_translator(app)
    clock.set_clock(None)


@pytest.fixture
def tab(qtbot, hub):
    view = SyncView()
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    box = view.campaign_box
    view.coverage_tabs.setCurrentWidget(box)
    box.combo.setCurrentIndex(box.combo.findData(hub.id))
    return view, box


def _stored(campaign_id):
    c = Campaign.get_by_id(campaign_id)
    return c.name, c.deadline, c.pact_sha256, c.updated_at


def _on_dialog(kind, act, seen):
    """Run act(dialog) on the modal *kind* dialog the next click opens (exec() blocks the test)."""
    def run():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, run)
            return
        seen.append(dialog)
        act(dialog)
    QTimer.singleShot(0, run)


def test_change_the_deadline_from_the_tab_and_the_counts_follow(tab, hub):
    view, box = tab
    assert box.edit_button.text() == "Ubah kampanye…" and box.edit_button.isEnabled()
    total = box.model.total
    assert (total.signed, total.late) == (3, 1) and "akhir 23 November 2026" in box.deadline_label.text()
    seen = []

    def change(dialog):
        assert dialog.windowTitle() == "Ubah kampanye" and dialog.labels[0].text() == "Nama:"
        assert dialog.name.text() == "Pakta Pilkada 2026" and dialog.deadline.date() == QDate(2026, 11, 23)
        dialog.deadline.setDate(QDate(2026, 11, 24))
        dialog.buttons.accepted.emit()
    _on_dialog(EditCampaignDialog, change, seen)
    box.edit_button.click()
    assert seen and seen[0].result() == 1
    assert find_campaign(hub.id).deadline == "2026-11-24"  # stored, sealed as a new version
    total = box.model.total
    assert (total.employees, total.signed, total.late) == (30, 4, 0)  # the next morning's signature is in time
    assert "akhir 24 November 2026" in box.deadline_label.text() and "24 November 2026" in box.combo.currentText()
    assert "Kampanye 'Pakta Pilkada 2026' disimpan" in box.status.text()
    if os.environ.get("CAMP_SHOT"):
        box._say("")
        view.grab().save(os.environ["CAMP_SHOT"].replace(".png", "-edit-tab.png"))


def test_a_wrong_name_or_date_is_one_sentence_and_nothing_changes(qtbot, hub):
    before = _stored(hub.id)
    dialog = EditCampaignDialog(find_campaign(hub.id))
    qtbot.addWidget(dialog)
    dialog.pact.setPlainText("Saya berjanji netral.")
    dialog.name.setText("  ")
    dialog.try_accept()
    assert dialog.errors["name"].isVisibleTo(dialog) and dialog.errors["name"].text() == "Nama kampanye wajib diisi."
    assert dialog.result() == 0 and _stored(hub.id) == before
    dialog.name.setText("Pakta Pilkada 2026 (revisi)")
    dialog.show()
    dialog.deadline.setFocus()
    dialog.deadline.selectAll()
    qtbot.keyClicks(dialog.deadline, "31-02-2026")  # no such day: Qt's field is left half-typed ("23-02--")
    shown = dialog.deadline.text()  # what the clerk sees is what is read, not the date the field holds
    dialog.try_accept()
    assert not dialog.errors["name"].isVisibleTo(dialog) and dialog.errors["date"].isVisibleTo(dialog)
    assert dialog.errors["date"].text() == (f"Tanggal '{shown}' tidak dikenali: tulis HH-BB-TTTT (24-11-2026) atau "
                                            "TTTT-BB-HH (2026-11-24).")
    assert dialog.result() == 0 and _stored(hub.id) == before  # neither the name nor the pact text went in
    assert find_campaign(hub.id).name == "Pakta Pilkada 2026"
    dialog.deadline.setDate(QDate(2026, 11, 30))
    dialog.pact.setPlainText("")  # the campaign had no text: empty stays "none", nothing to refuse
    dialog.try_accept()
    assert dialog.result() == 1
    assert _stored(hub.id)[:3] == ("Pakta Pilkada 2026 (revisi)", "2026-11-30", None)


def test_an_emptied_pact_text_is_refused_under_it(qtbot, hub):
    dialog = EditCampaignDialog(find_campaign(hub.id))
    qtbot.addWidget(dialog)
    dialog.pact.setPlainText("Saya berjanji netral.")
    dialog.try_accept()
    assert find_campaign(hub.id).pact.text.strip() == "Saya berjanji netral."
    before = _stored(hub.id)
    again = EditCampaignDialog(find_campaign(hub.id))
    qtbot.addWidget(again)
    assert again.pact.toPlainText().strip() == "Saya berjanji netral."
    again.pact.setPlainText("   ")
    again.try_accept()
    assert again.errors["pact"].isVisibleTo(again) and "Teks pakta kampanye tidak boleh kosong" in again.errors["pact"].text()
    assert again.result() == 0 and _stored(hub.id) == before


def test_another_desks_campaign_cannot_be_changed_and_the_tab_says_why(qtbot, hub):
    Campaign.update(owner="d" * 32).where(Campaign.id == hub.id).execute()  # as merged from another desk's file
    view = SyncView()
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    box = view.campaign_box
    view.coverage_tabs.setCurrentWidget(box)
    box.combo.setCurrentIndex(box.combo.findData(hub.id))
    assert not box.edit_button.isEnabled() and box.edit_button.toolTip() == NOT_MINE
    assert NOT_MINE in box.deadline_label.text()
    dialog = EditCampaignDialog(find_campaign(hub.id))  # and the models refuse it all the same
    qtbot.addWidget(dialog)
    dialog.name.setText("Dibajak")
    dialog.try_accept()
    assert "dibuat oleh meja lain" in dialog.general_error.text() and find_campaign(hub.id).name == "Pakta Pilkada 2026"
    if os.environ.get("CAMP_SHOT"):
        view.grab().save(os.environ["CAMP_SHOT"].replace(".png", "-not-mine.png"))


def test_the_units_dialog_starts_from_the_chosen_opd_and_refuses_none(qtbot, tab):
    _view, box = tab
    rows = box.model.rows
    inspektorat = next(r for r, u in enumerate(rows) if u.unit_name == "Inspektorat")
    box.table.selectRow(inspektorat)
    dialog = UnitsToSaveDialog(box.model_summary, box.chosen_unit().unit_id)
    qtbot.addWidget(dialog)
    assert dialog.picker.some_radio.isChecked() and dialog.picker.checked_ids() == [rows[inspektorat].unit_id]
    assert dialog.count.text() == "Daftar ini mencakup 1 unit: 10 pegawai."
    dialog.picker.uncheck_all.click()
    dialog.try_accept()
    assert dialog.result() == 0 and dialog.general_error.text() == ("Centang paling sedikit satu unit, atau pilih "
                                                                    "'Semua unit kerja'.")
    dialog.picker.all_radio.setChecked(True)
    assert dialog.count.text() == "Daftar ini mencakup 3 unit: 30 pegawai."
    dialog.try_accept()
    assert dialog.result() == 1 and dialog.result_value is None  # every OPD, as without --unit


def test_save_the_list_of_one_unit(tab, hub, tmp_path, monkeypatch):
    _view, box = tab
    rows = box.model.rows
    health = next(r for r, u in enumerate(rows) if u.unit_name == person(0).unit.name)
    box.table.selectRow(health)
    names = [u.unit_name for u in rows]
    others = [n for n in names if n != rows[health].unit_name]
    chosen = []
    monkeypatch.setattr(box, "choose_path", lambda kind, unit_ids: chosen.append(unit_ids) or str(tmp_path / f"x.{kind}"))
    for button in (box.pdf_button, box.xlsx_button):
        seen = []
        _on_dialog(UnitsToSaveDialog, lambda d: d.buttons.accepted.emit(), seen)
        button.click()
        assert seen and seen[0].picker.checked_ids() == [rows[health].unit_id]
    assert chosen == [[rows[health].unit_id]] * 2
    with pdfplumber.open(str(tmp_path / "x.pdf")) as pdf:
        text = " ".join(p.extract_text() for p in pdf.pages)
    assert rows[health].unit_name in text and not any(n in text for n in others)
    workbook = load_workbook(tmp_path / "x.xlsx")
    per_opd = [r[1] for r in workbook["Per OPD"].iter_rows(values_only=True) if isinstance(r[0], int)]
    assert per_opd == [rows[health].unit_name]
    people = [r for r in workbook["Belum TTD"].iter_rows(values_only=True) if isinstance(r[0], int)]
    assert len(people) == rows[health].not_signed and {r[5] for r in people} == {rows[health].unit_name}
