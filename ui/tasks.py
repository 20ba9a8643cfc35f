"""Long work (import, PDFs, sync) off the GUI thread, with progress and cancel, results back on the
GUI thread. Tests call `set_synchronous(True)` to run tasks inline and deterministically.

    task = run_task(import_roster, path, on_done=show_report, on_error=show_error)
    # the function receives progress=callable(done, total) and cancel=callable() -> bool
"""
from __future__ import annotations

import inspect
import traceback
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ikrar.models.store.connection import thread_connection

_synchronous = False
_running: set["Task"] = set()  # keep tasks alive until they report


def set_synchronous(value: bool) -> None:
    global _synchronous
    _synchronous = value


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object, str)
    progress = Signal(int, int)


class Task(QRunnable):
    def __init__(self, fn: Callable, args: tuple, kwargs: dict):
        super().__init__()
        self.setAutoDelete(False)
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = _Signals()
        self._cancelled = False
        self.finished = False

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def _call(self) -> Any:
        kwargs = dict(self.kwargs)
        params = inspect.signature(self.fn).parameters
        if "progress" in params and "progress" not in kwargs:
            kwargs["progress"] = lambda done, total: self.signals.progress.emit(int(done), int(total))
        if "cancel" in params and "cancel" not in kwargs:
            kwargs["cancel"] = lambda: self._cancelled
        with thread_connection():  # a connection opened for this task is closed with it
            return self.fn(*self.args, **kwargs)

    def _emit(self, signal, *values) -> None:
        try:
            if shiboken6.isValid(self.signals):
                signal.emit(*values)
        except RuntimeError:  # the window that asked is gone (closed mid-task): nobody to tell
            pass

    def run(self) -> None:
        try:
            result = self._call()
        except BaseException as exc:  # reported to the GUI, never lost in a thread
            self.finished = True
            self._emit(self.signals.failed, exc, traceback.format_exc())
        else:
            self.finished = True
            self._emit(self.signals.done, result)
        finally:
            _running.discard(self)


def run_task(
    fn: Callable,
    *args,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException, str], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    owner: QObject | None = None,
    **kwargs,
) -> Task:
    """Run fn(*args, **kwargs) on the thread pool; callbacks run on the GUI thread.

    The callbacks are dropped when *owner* (by default the object of a bound-method callback) is
    deleted first: a window closed mid-task must not be called back. SQLite connections are per
    thread in peewee, so fn may use the models directly."""
    task = Task(fn, args, kwargs)
    if owner is None:
        owner = next((getattr(cb, "__self__", None) for cb in (on_done, on_error, on_progress)
                      if isinstance(getattr(cb, "__self__", None), QObject)), None)
    if owner is not None:
        task.signals.setParent(owner)  # deleted with the owner; emitting then raises, and is skipped
    if on_done:
        task.signals.done.connect(on_done)
    if on_error:
        task.signals.failed.connect(on_error)
    if on_progress:
        task.signals.progress.connect(on_progress)
    _running.add(task)
    if _synchronous:
        task.run()
    else:
        QThreadPool.globalInstance().start(task)
    return task


def wait_all(timeout_ms: int = 30000) -> bool:
    """Block until the pool is idle (for tests and clean shutdown)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
