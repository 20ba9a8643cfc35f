"""The Settings dialog's hub database section (ui/dialogs/hub_section.py): this computer's file or a
PostgreSQL server; "Uji sambungan" and saving try the server in the background; a wrong address is one
sentence at the field with nothing saved; a saved choice says Ikrar must be started again. The start
screen shows the server's host/database instead of a folder."""
from __future__ import annotations

import json

import pytest
from hub_server import hub_server
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from ikrar.models import settings
from ikrar.models.store import server_choice
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.ui import i18n, tasks
from ikrar.ui.cli import database as cli_database
from ikrar.ui.dialogs.settings_dialog import SettingsDialog
from ikrar.ui.screens.start_screen import StartScreen

NOWHERE = "postgresql://ikrar@/nowhere?host=/nonexistent-ikrar-socket"


@pytest.fixture
def choice_file(tmp_path, monkeypatch):
    monkeypatch.setattr(server_choice, "folder_override", tmp_path / "config")
    monkeypatch.setattr(cli_database, "opened_by", None)
    return tmp_path / "config" / "database.json"


@pytest.fixture
def dialog(qtbot, db, choice_file):
    i18n.install_translator(QApplication.instance(), "id")
    tasks.set_synchronous(True)  # the server is tried by a task
    d = SettingsDialog()
    qtbot.addWidget(d)
    yield d
    tasks.set_synchronous(False)
    if d.restart_notice is not None:
        d.restart_notice.close()
    i18n.remove_translator(QApplication.instance())


@pytest.fixture(scope="module")
def server(pg_databases):
    with hub_server(pg_databases) as found:
        yield found


def choose_server(qtbot, d: SettingsDialog, address: str) -> None:
    qtbot.mouseClick(d.hub.server_choice, Qt.MouseButton.LeftButton)
    d.hub.address.setText(address)


def save(qtbot, d: SettingsDialog) -> None:
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)


def test_the_section_starts_on_this_computers_file(dialog):
    hub = dialog.hub
    assert hub.title() == "Basis data hub"
    assert (hub.desk_choice.text(), hub.server_choice.text()) == ("Berkas di komputer ini (meja)",
                                                                  "Server PostgreSQL (hub)")
    assert hub.desk_choice.isChecked() and not hub.address.isEnabled() and not hub.test_button.isEnabled()
    assert hub.test_button.text() == "Uji sambungan"
    assert "pgpass" in hub.hint.text() and "PGPASSFILE" in hub.hint.text()


@pytest.mark.parametrize(("address", "says"), [
    ("postgresql://ikrar:rahasia@db.bkpsdm.local/ikrar_hub", "tidak boleh memuat kata sandi"),
    ("mysql://ikrar@db.bkpsdm.local/ikrar_hub", "bukan alamat server PostgreSQL"),
    (NOWHERE, "tidak dapat dibuka"),
])
def test_a_wrong_address_is_said_at_the_field_and_nothing_is_saved(qtbot, dialog, choice_file, address, says):
    if address == NOWHERE:
        pytest.importorskip("psycopg2")  # without it the sentence says the driver is missing
    dialog.city.setText("Sukamaju")
    choose_server(qtbot, dialog, address)
    save(qtbot, dialog)
    assert says in dialog.hub.result.text() and "rahasia" not in dialog.hub.result.text()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.save_button.isEnabled()
    assert not choice_file.exists() and settings.get("city") != "Sukamaju"  # nothing saved at all


def test_testing_a_server_that_does_not_answer_says_so(qtbot, dialog):
    choose_server(qtbot, dialog, NOWHERE)
    qtbot.mouseClick(dialog.hub.test_button, Qt.MouseButton.LeftButton)
    assert "nowhere" in dialog.hub.result.text() and "\n" not in dialog.hub.result.text()
    assert dialog.hub.test_button.isEnabled()


def test_the_server_is_tried_then_kept_and_a_restart_asked_for(qtbot, dialog, choice_file, server):
    choose_server(qtbot, dialog, server.hub)
    qtbot.mouseClick(dialog.hub.test_button, Qt.MouseButton.LeftButton)
    label = server_choice.server_label(server.hub)
    assert dialog.hub.result.text() == f"Sambungan ke server {label} berhasil."
    assert not choice_file.exists()  # trying is not saving
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert json.loads(choice_file.read_text(encoding="utf-8")) == {"server": server.hub}
    notice = dialog.restart_notice
    assert notice is not None and label in notice.text() and "tutup Ikrar lalu buka kembali" in notice.text()


def test_a_server_without_pg_trgm_is_not_kept(qtbot, dialog, choice_file, server):
    choose_server(qtbot, dialog, server.plain)
    save(qtbot, dialog)
    assert "pg_trgm" in dialog.hub.result.text() and not choice_file.exists()
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_back_to_this_computers_file(qtbot, db, choice_file):
    server_choice.save_choice("postgresql://ikrar@db.bkpsdm.local/ikrar_hub")
    i18n.install_translator(QApplication.instance(), "id")
    d = SettingsDialog()
    qtbot.addWidget(d)
    try:
        assert d.hub.server_choice.isChecked() and d.hub.address.text() == "postgresql://ikrar@db.bkpsdm.local/ikrar_hub"
        qtbot.mouseClick(d.hub.desk_choice, Qt.MouseButton.LeftButton)
        save(qtbot, d)  # no server to try: saved at once
        assert json.loads(choice_file.read_text(encoding="utf-8")) == {}
        assert "berkas di komputer ini" in d.restart_notice.text()
        d.restart_notice.close()
    finally:
        i18n.remove_translator(QApplication.instance())


def test_an_unchanged_choice_writes_nothing_and_asks_no_restart(qtbot, dialog, choice_file):
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not choice_file.exists() and dialog.restart_notice is None


def test_the_section_says_when_ikrar_db_wins(qtbot, db, choice_file, monkeypatch):
    monkeypatch.setattr(cli_database, "opened_by", "IKRAR_DB")
    i18n.install_translator(QApplication.instance(), "id")
    d = SettingsDialog()
    qtbot.addWidget(d)
    try:
        assert "IKRAR_DB menentukan basis data" in d.hub.hint.text()
    finally:
        i18n.remove_translator(QApplication.instance())


def test_a_broken_choice_file_is_said_in_the_section(qtbot, db, choice_file):
    choice_file.parent.mkdir(parents=True)
    choice_file.write_text("{ rusak", encoding="utf-8")
    d = SettingsDialog()
    qtbot.addWidget(d)
    assert str(choice_file) in d.hub.result.text() and d.hub.desk_choice.isChecked()


def test_the_start_screen_shows_the_server_not_a_folder(qtbot, server, choice_file):
    server_choice.save_choice(server.hub)
    tasks.set_synchronous(True)
    i18n.install_translator(QApplication.instance(), "id")
    try:
        open_database(server.hub)
        screen = StartScreen()
        qtbot.addWidget(screen)
        text = screen.desk_info.text()
        assert f"Server basis data: {server_choice.server_label(server.hub)}" in text
        assert "Folder data" not in text and "postgresql://" not in text
    finally:
        tasks.set_synchronous(False)
        i18n.remove_translator(QApplication.instance())
        close_database()


def test_the_start_screen_shows_the_folder_of_a_desks_file(qtbot, db, tmp_path):
    tasks.set_synchronous(True)
    i18n.install_translator(QApplication.instance(), "id")
    try:
        screen = StartScreen()
        qtbot.addWidget(screen)
        if server_choice.open_server_label() is None:  # SQLite (on IKRAR_TEST_DB=postgresql the db is a server)
            assert f"{tmp_path}" in screen.desk_info.text() and "Server basis data" not in screen.desk_info.text()
        else:
            assert "Server basis data" in screen.desk_info.text()
    finally:
        tasks.set_synchronous(False)
        i18n.remove_translator(QApplication.instance())
