"""The window's quick check (ui/app.py run_gui): once the window shows, SQLite's quick check runs off
the GUI thread; a damaged database then says so in a dialog (what happened, what to do) and refuses
check-ins with the same advice; a sound database shows nothing."""
from __future__ import annotations

import argparse

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from test_integrity import damaged_database

from ikrar.models.checkin import check_in
from ikrar.models.errors import Refused
from ikrar.models.store.connection import close_database, db
from ikrar.models.store.opening import open_database
from ikrar.models.store.schema import Employee, Event
from ikrar.ui import app as gui
from ikrar.ui import i18n, tasks
from ikrar.ui.main_window import MainWindow

HAPPENED = "Basis data rusak, jadi tidak ada yang disimpan"  # what happened …
TO_DO = "pulihkan dari cadangan atau dari berkas sinkron terakhir"  # … and what to do


@pytest.fixture
def start(qapp, qtbot, monkeypatch):
    """start(path) -> the main window run_gui shows for the database at *path* (in Indonesian), once
    its quick check has reported. app.exec() is replaced, and every static QMessageBox call is
    recorded instead of blocking (none is expected: the check's dialog is opened, not exec'd)."""
    blocking = []
    for name in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, _name=name, **k: blocking.append((_name, a)) or 0)
    shown = []

    def exec_once():
        # the window run_gui made: not one an earlier test left open (the list's order is Qt's own,
        # and windows[-1] was sometimes an old window, whose box never came)
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
                   and id(w) not in before]
        assert len(windows) == 1, windows
        window = windows[0]
        qtbot.addWidget(window)
        shown.append(window)
        assert tasks.wait_all(20000)  # the check has run on the thread pool …
        qtbot.wait(50)  # … and what it reported has reached the GUI thread
        return 0

    monkeypatch.setattr(qapp, "exec", exec_once)

    before: set[int] = set()

    def run(path):
        # run_gui opens --db only when no database is open: one an earlier test left open (its window
        # then showed that sound database, and the damaged one's box never came: CI, twice)
        close_database()
        before.clear()
        before.update(id(w) for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        args = argparse.Namespace(db=str(path), demo=False, fullscreen=False, lang="id", open_file=None)
        assert gui.run_gui(args) == 0
        assert blocking == [] and db.obj.database == str(path)  # the window is on this test's database
        return shown[-1]

    yield run
    for window in shown:
        window.close()
    close_database()
    i18n.remove_translator(QApplication.instance())


def error_box(window) -> QMessageBox | None:
    return window.findChild(QMessageBox, "errorBox")


def test_a_damaged_database_says_so_and_refuses_check_ins(start, tmp_path, at, qtbot):
    at(7, 15)
    path = tmp_path / "rusak.db"
    damaged_database(path)
    window = start(path)
    qtbot.waitUntil(lambda: error_box(window) is not None, timeout=30000)  # a busy machine is slower
    box = error_box(window)
    assert box is not None and box.isVisible() and box.windowTitle() == "Ikrar"
    assert HAPPENED in box.text() and TO_DO in box.text()
    assert db.obj.damaged  # the connection is marked: writes are refused from now on
    event, person = Event.select().first(), Employee.select().first()  # reads still work
    with pytest.raises(Refused) as caught:
        check_in(event, person)
    assert caught.value.code == "damaged" and HAPPENED in caught.value.id_text and TO_DO in caught.value.id_text
    box.close()


def test_a_sound_database_shows_no_dialog(start, tmp_path, at):
    at(7, 15)
    path = tmp_path / "sehat.db"
    open_database(path)
    close_database()
    window = start(path)
    assert window.isVisible() and error_box(window) is None
    assert db.obj.damaged is None
