"""The event dialog: create and change an event as a person would, and find it in the database."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialog

from ikrar.models import events, settings
from ikrar.models.demo.build import generate_people, insert_people
from ikrar.models.pact import default_pact_text, text_sha256
from ikrar.models.queries.units import expected_unit_ids
from ikrar.models.store.schema import Event, Unit
from ikrar.ui.dialogs.event_dialog import KINDS, EventDialog


@pytest.fixture
def units(db):
    insert_people(generate_people(60, seed=4))
    return list(Unit.select().order_by(Unit.sort_order))


def fill(dialog: EventDialog, qtbot, title="Apel Netralitas ASN") -> None:
    dialog.title.clear()
    qtbot.keyClicks(dialog.title, title)
    dialog.kind.setCurrentIndex(KINDS.index("pakta"))
    dialog.date.setDate(QDate(2026, 11, 24))
    dialog.start.setTime(QTime(7, 45))
    dialog.zone.setCurrentText("WITA")
    qtbot.keyClicks(dialog.place, "Halaman Kantor Bupati")
    qtbot.keyClicks(dialog.organizer, "BKPSDM")


def test_create_event_with_some_units(qtbot, units, at):
    at(6, 0)
    settings.set("approver_nip", "196710101995032006")
    dialog = EventDialog()
    qtbot.addWidget(dialog)
    assert dialog.approver_nip.value() == "196710101995032006"  # the default official from settings
    fill(dialog, qtbot)
    dialog.tabs.setCurrentIndex(1)
    dialog.units.some_radio.click()
    qtbot.keyClicks(dialog.units.filter, "sekretariat")
    shown = [r for r in range(dialog.units.list.count()) if not dialog.units.list.item(r).isHidden()]
    assert len(shown) == 2  # Sekretariat Daerah, Sekretariat DPRD
    dialog.units.check_shown.click()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    event = Event.get_by_id(dialog.event_id)
    assert (event.title, event.kind, event.date, event.start_time, event.tz) == (
        "Apel Netralitas ASN", "pakta", date(2026, 11, 24), "07:45", "WITA")
    assert (event.place, event.organizer, event.approver_nip) == ("Halaman Kantor Bupati", "BKPSDM",
                                                                  "196710101995032006")
    names = sorted(u.name for u in Unit.select().where(Unit.id.in_(expected_unit_ids(event))))
    assert names == ["Sekretariat DPRD", "Sekretariat Daerah"]
    assert event.pact_sha256 == text_sha256(default_pact_text())


def test_bad_approver_nip_is_refused_with_its_reason(qtbot, units):
    dialog = EventDialog()
    qtbot.addWidget(dialog)
    fill(dialog, qtbot)
    dialog.approver_nip.edit.setText("19671010 199513 2 006")  # TMT month 13
    assert "13" in dialog.approver_nip.status.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "13" in dialog.message.text()
    assert Event.select().count() == 0


def test_title_and_units_are_required(qtbot, units):
    dialog = EventDialog()
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.message.text() and Event.select().count() == 0
    fill(dialog, qtbot)
    dialog.units.some_radio.click()  # some units, but none ticked
    dialog.save()
    assert dialog.tabs.currentIndex() == 1 and Event.select().count() == 0


def test_edit_changes_pact_and_units_and_keeps_the_old_pact(qtbot, units, at):
    at(6, 0)
    event = events.create_event("Apel", date(2026, 11, 23), units=units[:2])
    old_sha = event.pact_sha256
    dialog = EventDialog(None, event.id)
    qtbot.addWidget(dialog)
    assert dialog.title.text() == "Apel" and dialog.units.selection() == [u.id for u in units[:2]]
    dialog.pact.setPlainText(default_pact_text() + "\nTambahan kalimat.")
    assert "Tambahan kalimat." in dialog.preview.text.toPlainText()  # the signer's preview follows the text
    dialog.units.all_radio.click()
    dialog.save()
    event = Event.get_by_id(event.id)
    assert event.all_units and event.pact_sha256 != old_sha
    assert "Tambahan kalimat." in event.pact.text
