"""Long work off the GUI thread: results come back on the GUI thread, and never to a closed window."""
from __future__ import annotations

import sqlite3
import threading

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QLabel

from ikrar.models.store.connection import db as proxy
from ikrar.models.store.connection import thread_connection
from ikrar.ui import tasks


def test_result_and_progress_arrive_on_gui_thread(qtbot):
    seen = {}

    def work(n, progress=None, cancel=None):
        progress(1, 2)
        seen["worker"] = QThread.currentThread()
        return n * 2

    got = []
    tasks.run_task(work, 21, on_done=lambda r: got.append((r, QThread.currentThread())),
                   on_progress=lambda d, t: got.append((d, t)))
    qtbot.waitUntil(lambda: any(isinstance(g[0], int) and g[0] == 42 for g in got))
    assert seen["worker"] is not QThread.currentThread()
    assert (42, QThread.currentThread()) in got and (1, 2) in got


def test_error_is_reported_not_lost(qtbot):
    errors = []

    def fail():
        raise ValueError("rusak")

    tasks.run_task(fail, on_error=lambda exc, tb: errors.append(exc))
    qtbot.waitUntil(lambda: len(errors) > 0, timeout=5000)
    assert isinstance(errors[0], ValueError) and "rusak" in str(errors[0])


class _Panel(QLabel):
    def __init__(self, called):
        super().__init__()
        self.called = called

    def show_result(self, result):
        self.called.append(result)
        self.setText(result)


def test_closed_window_is_not_called_back(qtbot):
    release = threading.Event()
    called = []
    panel = _Panel(called)

    def slow(**_ignored):
        release.wait(5)
        return "done"

    # A lambda is not disconnected by Qt when the panel goes; the owner is what protects it.
    task = tasks.run_task(slow, on_done=lambda r: panel.show_result(r), owner=panel)
    panel.deleteLater()
    qtbot.wait(50)  # the panel is gone before the work ends
    release.set()
    assert tasks.wait_all(5000)
    qtbot.wait(50)
    assert task.finished and called == []


def test_synchronous_mode_for_tests(qtbot):
    tasks.set_synchronous(True)
    try:
        got = []
        tasks.run_task(lambda: 7, on_done=got.append)
        assert got == [7]  # already there, no event loop needed
    finally:
        tasks.set_synchronous(False)



def _connection_in_use():
    conn = proxy.connection()
    conn.execute("SELECT count(*) FROM employee").fetchone()
    return conn


def _is_open(conn) -> bool:
    try:
        conn.execute("SELECT 1")
    except sqlite3.ProgrammingError:  # "Cannot operate on a closed database."
        return False
    return True


def test_worker_connection_closed_when_task_ends(qtbot, db):
    # Each task opens a connection for its thread (peewee: one per thread, and a pool thread enters
    # Python afresh per task): left open, each kept its page cache until the garbage collector came.
    got = []
    for _ in range(3):
        tasks.run_task(_connection_in_use, on_done=got.append)
    assert tasks.wait_all(5000)
    qtbot.waitUntil(lambda: len(got) == 3, timeout=5000)
    main = db.connection()
    assert all(conn is not main and not _is_open(conn) for conn in got)
    assert _is_open(main) and not db.is_closed()


def test_task_run_inline_keeps_the_threads_connection(qtbot, db):
    tasks.set_synchronous(True)
    try:
        got = []
        tasks.run_task(_connection_in_use, on_done=got.append)
        assert got == [db.connection()] and _is_open(got[0]) and not db.is_closed()
    finally:
        tasks.set_synchronous(False)


def test_thread_connection_without_qt(db):
    got = []

    def work():
        with thread_connection():
            got.append(_connection_in_use())

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert not _is_open(got[0])
    with thread_connection():  # this thread's own connection stays
        assert _connection_in_use() is db.connection()
    assert not db.is_closed()
