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

