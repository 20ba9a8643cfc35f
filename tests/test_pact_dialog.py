"""The event dialog's pact fields: what the event's owner types becomes the event's pact text."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ikrar.models import settings
from ikrar.models.events import create_event
from ikrar.models.pact import IDENTITY, PactFields, fill, pact_template
from ikrar.models.store.schema import Event
from ikrar.ui.dialogs.event_dialog import EventDialog

OLD_TEXT = "PAKTA LAMA\n\nSaya yang bertanda tangan di bawah ini, Pegawai di lingkungan Pemerintah Daerah.\n"


@pytest.fixture
def dialog(qtbot, db, at):
    at(6, 0)
    settings.change("pemda_name", "Pemerintah Kabupaten Maju")
    made = EventDialog()
    qtbot.addWidget(made)
    qtbot.keyClicks(made.title, "Apel Netralitas ASN")
    return made


def retype(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_the_fields_make_the_events_text(qtbot, dialog):
    editor = dialog.pact_editor
    assert editor.pemda.text() == "Pemerintah Kabupaten Maju"  # from the settings
    assert editor.year.text() == "" and editor.template() == pact_template()
    retype(qtbot, editor.pemda, "Pemerintah Kota Maju")
    retype(qtbot, editor.election, "Pemilihan Kepala Daerah Serentak")
    qtbot.keyClicks(editor.year, "2029")
    shown = dialog.preview.text.toPlainText()
    assert "di lingkungan Pemerintah Kota Maju dalam" in shown and "Pemilihan Kepala Daerah Serentak Tahun 2029;" in shown
    assert IDENTITY not in shown and "Nama : …" in shown  # where the identity goes, as the signer reads it
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    event = Event.get_by_id(dialog.event_id)
    fields = PactFields("Pemerintah Kota Maju", "Pemilihan Kepala Daerah Serentak", "2029")
    assert event.pact.text == fill(pact_template(), fields)
    assert IDENTITY in event.pact.text  # the marker travels with the text


def test_editing_shows_the_fields_that_made_the_text(qtbot, db, at):
    at(6, 0)
    fields = PactFields("Pemerintah Kabupaten Maju", "Pemilihan Umum", "2029")
    event = create_event("Apel", date(2026, 11, 23), pact_fields=fields)
    dialog = EventDialog(None, event.id)
    qtbot.addWidget(dialog)
    editor = dialog.pact_editor
    assert (editor.pemda.text(), editor.election.text(), editor.year.text()) == ("Pemerintah Kabupaten Maju",
                                                                                 "Pemilihan Umum", "2029")
    assert editor.template() == pact_template() and editor.fields_box.isEnabled()
    retype(qtbot, editor.year, "2030")
    dialog.save()
    assert "Pemilihan Umum Tahun 2030;" in Event.get_by_id(event.id).pact.text


def test_a_bad_year_is_refused_at_its_field(qtbot, dialog):
    editor = dialog.pact_editor
    qtbot.keyClicks(editor.year, "29")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted and Event.select().count() == 0
    assert dialog.tabs.currentIndex() == 2 and dialog.focusWidget() is editor.year
    assert "29" in dialog.message.text()
    editor.pemda.clear()
    editor.year.clear()
    dialog.save()
    assert dialog.focusWidget() is editor.pemda and Event.select().count() == 0


def test_an_old_text_is_shown_as_stored(qtbot, db, at):
    at(6, 0)
    event = create_event("Apel Lama", date(2024, 11, 23), pact_text=OLD_TEXT)
    dialog = EventDialog(None, event.id)
    qtbot.addWidget(dialog)
    assert dialog.pact_editor.template() == OLD_TEXT and not dialog.pact_editor.fields_box.isEnabled()
    dialog.save()  # saved unchanged: the same stored text
    assert Event.get_by_id(event.id).pact_sha256 == event.pact_sha256
    dialog.pact_editor.reset.click()  # the standard text, with its fields, back
    assert dialog.pact_editor.fields_box.isEnabled() and "{pemda}" in dialog.pact_editor.template()


def test_a_long_text_never_grows_the_dialog_past_a_laptops_screen(qtbot, dialog):
    """The preview scrolls in the room beside the template (it once sized itself to the text and the
    window, and every growth let it grow again: Simpan and Batal went under a 768-pixel screen's taskbar)."""
    dialog.show()
    dialog.tabs.setCurrentIndex(2)
    long_text = pact_template() + "\n".join(f"{n}. Butir tambahan yang cukup panjang untuk dibaca." for n in range(5, 80))
    dialog.pact_editor.text.setPlainText(long_text)
    for _ in range(5):  # a few rounds of layout, as the window manager would answer
        qtbot.wait(30)
        dialog.adjustSize()
    assert dialog.minimumSizeHint().height() <= 768 - 30 - 30  # the taskbar and the title bar
    assert dialog.height() <= 768 - 30 - 30
    assert dialog.save_button.isVisible() and dialog.cancel_button.isVisible()


def test_tab_in_the_template_moves_on_instead_of_typing_a_tab(qtbot, dialog):
    editor = dialog.pact_editor
    dialog.show()
    dialog.tabs.setCurrentIndex(2)
    editor.text.setFocus()
    qtbot.waitUntil(editor.text.hasFocus)
    before = editor.template()
    qtbot.keyClick(editor.text, Qt.Key.Key_Tab)
    assert editor.template() == before and "\t" not in editor.template()
    assert not editor.text.hasFocus()
