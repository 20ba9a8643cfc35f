"""Long work off the GUI thread: results come back on the GUI thread, and never to a closed window."""
from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QLabel

from ui import tasks


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


def test_a_pool_thread_closes_its_database_connection_after_each_task(qtbot, db):
    """peewee keeps a connection (with up to 32 MB of page cache) per thread: a pool thread's must
    not outlive its task, whether the task worked or failed, or a desk open all day would gather
    them; the GUI thread's stays open. (It holds because PySide6 gives each task a fresh Python
    thread state, so the thread-local connection is dropped with it: this guards that.)"""
    from PySide6.QtCore import QThreadPool

    from models.db import db as proxy
    from models.schema import Employee

    pool = QThreadPool.globalInstance()
    before = pool.maxThreadCount()
    pool.setMaxThreadCount(1)  # one pool thread: every task below runs on it, one after the other
    try:
        seen = []

        def count():
            seen.append((threading.get_ident(), proxy.is_closed()))  # nothing left open before
            n = Employee.select().count()
            seen.append((threading.get_ident(), proxy.is_closed()))  # open while the task runs
            return n

        def fail():
            count()
            raise ValueError("no")

        done, failed = [], []
        tasks.run_task(count, on_done=done.append)
        tasks.wait_all()
        tasks.run_task(fail, on_error=lambda exc, _tb: failed.append(exc))
        tasks.wait_all()
        tasks.run_task(count, on_done=done.append)
        tasks.wait_all()
        qtbot.waitUntil(lambda: len(done) == 2 and len(failed) == 1, timeout=10000)
        assert len({ident for ident, _ in seen}) == 1  # the same thread each time
        assert [closed for _, closed in seen] == [True, False] * 3
        assert not proxy.is_closed()  # the GUI thread's connection is untouched
    finally:
        pool.setMaxThreadCount(before)
