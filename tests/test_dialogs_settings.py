"""The settings dialog: every value saved, the PIN stored salted and changed only with the old one,
the logo kept in the database as the picture's bytes, the language applied live."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialog

from ikrar.models import settings
from ikrar.models.desk import local_desk
from ikrar.models.pact import default_fields
from ikrar.ui import i18n
from ikrar.ui.dialogs.settings_dialog import PAPERS, SettingsDialog


@pytest.fixture
def dialog(qtbot, db):
    d = SettingsDialog()
    qtbot.addWidget(d)
    yield d
    i18n.remove_translator(QApplication.instance())


def save(qtbot, d: SettingsDialog) -> None:
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)


def test_everything_is_saved_and_the_pin_is_hashed(qtbot, dialog, tmp_path):
    dialog.letterhead.setPlainText("PEMERINTAH KABUPATEN MAJU\n\nDINAS KESEHATAN\nJl. Sehat 1")
    dialog.city.setText("Sukamaju")
    assert dialog.city_example.text().startswith("Sukamaju, ")
    dialog.paper.setCurrentIndex(PAPERS.index("A4"))
    dialog.approver_position.setText("Kepala Dinas")
    dialog.approver_name.setText("dr. BUDI")
    dialog.approver_nip.setText("19860926 201505 1 001")
    dialog.desk_name.setText("Meja Pintu Utara")
    logo = tmp_path / "Logo Kabupaten.PNG"
    image = QImage(40, 50, QImage.Format.Format_RGB32)
    image.fill(QColor("darkgreen"))
    image.save(str(logo), "PNG")
    dialog.set_logo(str(logo))
    assert not dialog.old_pin.isVisibleTo(dialog)  # no PIN yet: no old one to ask for
    qtbot.keyClicks(dialog.new_pin, "2468")
    qtbot.keyClicks(dialog.repeat_pin, "2468")
    save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.get("letterhead_lines") == ["PEMERINTAH KABUPATEN MAJU", "DINAS KESEHATAN", "Jl. Sehat 1"]
    assert (settings.get("city"), settings.get("paper")) == ("Sukamaju", "A4")
    assert (settings.get("approver_position"), settings.get("approver_name"), settings.get("approver_nip")) == (
        "Kepala Dinas", "dr. BUDI", "198609262015051001")
    assert local_desk().name == settings.get("desk_name") == "Meja Pintu Utara"
    logo.unlink()  # the picture is in the database now, not a path to it
    stored = settings.logo_image()
    assert stored[:4] == b"\x89PNG" and QImage.fromData(stored).width() == 40 and settings.get("logo_path") == ""
    pin_hash = settings.get("admin_pin_hash")
    assert pin_hash.startswith("scrypt$") and "2468" not in pin_hash
    assert settings.check_admin_pin("2468") and not settings.check_admin_pin("1357")


def test_changing_the_pin_needs_the_old_one(qtbot, db):
    settings.set_admin_pin("1111")
    before = settings.get("admin_pin_hash")
    d = SettingsDialog()
    qtbot.addWidget(d)
    assert d.old_pin.isVisibleTo(d)  # a PIN is set: the old one is asked for
    qtbot.keyClicks(d.old_pin, "9999")
    qtbot.keyClicks(d.new_pin, "2222")
    qtbot.keyClicks(d.repeat_pin, "2222")
    save(qtbot, d)
    assert d.result() != QDialog.DialogCode.Accepted and d.message.text()
    assert settings.get("admin_pin_hash") == before

    d.old_pin.setText("1111")
    d.repeat_pin.setText("2223")
    save(qtbot, d)
    assert settings.get("admin_pin_hash") == before and d.message.text()  # the two new ones differ

    d.repeat_pin.setText("2222")
    save(qtbot, d)
    assert d.result() == QDialog.DialogCode.Accepted
    assert settings.check_admin_pin("2222") and not settings.check_admin_pin("1111")


def test_short_pin_and_bad_nip_are_refused(qtbot, dialog):
    dialog.new_pin.setText("12")
    dialog.repeat_pin.setText("12")
    save(qtbot, dialog)
    assert not settings.has_admin_pin() and dialog.message.text()
    dialog.new_pin.clear()
    dialog.repeat_pin.clear()
    dialog.approver_nip.setText("1986092620150510")  # 16 digits: a NIK
    save(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted and "NIK" in dialog.message.text()


def test_language_is_saved_and_applied_live(qtbot, dialog):
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    save(qtbot, dialog)
    assert settings.get("language") == "en" and i18n.current_language() == "en"


def test_the_pemda_of_the_pact_text_is_set_beside_the_kop(qtbot, dialog):
    """pemda_name: empty, the pact names the Pemda from the kop's first line (the field says so); typed,
    a new event's pact starts with it; what the registry refuses is said at the field, nothing saved."""
    dialog.letterhead.setPlainText("PEMERINTAH KABUPATEN MAJU\nDINAS KESEHATAN")
    assert dialog.pemda_name.text() == "" and "Pemerintah Kabupaten Maju" in dialog.pemda_name.placeholderText()
    assert "pact" in dialog.pemda_name.toolTip() and "Pemerintah Kabupaten Maju" in dialog.pemda_name.toolTip()
    dialog.city.setText("Maju")
    dialog.pemda_name.setText("Pemerintah\x07 Kabupaten Maju")  # a pasted control character
    save(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.focusWidget() is dialog.pemda_name
    assert "Nama pemerintah daerah" in dialog.message.text() and settings.get("city") == ""
    dialog.pemda_name.setText("  Pemerintah   Kabupaten Maju Jaya ")
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.get("pemda_name") == "Pemerintah Kabupaten Maju Jaya"
    assert default_fields().pemda == "Pemerintah Kabupaten Maju Jaya"
    again = SettingsDialog()
    qtbot.addWidget(again)
    assert again.pemda_name.text() == "Pemerintah Kabupaten Maju Jaya"
    again.pemda_name.clear()
    save(qtbot, again)
    assert settings.get("pemda_name") == "" and default_fields().pemda == "Pemerintah Kabupaten Maju"
