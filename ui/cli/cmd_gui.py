"""Starting the window: the only place the command line reaches into Qt, and only when asked.

Where the window cannot open (no Qt system libraries, no screen, a screen Qt cannot reach) the
person reads one sentence in their language saying what to do, never Qt's own English crash text:
a machine with no display at all is told before Qt is loaded; any other failure of Qt's display
plugin is caught through Qt's message handler while the application object is made.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from ikrar.ui.cli.output import EXIT_FAILED, say

# Qt's display plugins that need a desktop session (DISPLAY or WAYLAND_DISPLAY); offscreen, vnc,
# eglfs and linuxfb do not.
DESKTOP_PLATFORMS = ("", "xcb", "wayland", "wayland-egl")


def no_display_sentence(display: str = "") -> str:
    """*display*: the DISPLAY that did not answer; none: DISPLAY is empty."""
    why_id = f"tidak ada layar yang menjawab di DISPLAY={display}" if display else "DISPLAY kosong"
    why_en = f"nothing answers at DISPLAY={display}" if display else "DISPLAY is empty"
    return say(f"ikrar: jendela Ikrar tidak dapat dibuka karena komputer ini tidak punya layar yang bisa dipakai "
               f"({why_id}); jalankan Ikrar dari desktop, atau pakai perintah baris (ikrar --help).",
               f"ikrar: the Ikrar window cannot open because this computer has no display it can use "
               f"({why_en}); start Ikrar from a desktop, or use the command line (ikrar --help).")


def display_problem(environ=os.environ, platform: str = sys.platform) -> str | None:
    """The sentence to print when the window has no display to open on, else None."""
    if not platform.startswith("linux") and "bsd" not in platform:
        return None  # Windows and macOS always have their own display
    qpa = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip().lower()
    if qpa not in DESKTOP_PLATFORMS:
        return None
    if environ.get("DISPLAY", "").strip() or environ.get("WAYLAND_DISPLAY", "").strip():
        return None
    return no_display_sentence()


def _window_module(needs_display: bool = True):
    """ikrar.ui.app, or None with one sentence printed when Qt cannot load or show a window here."""
    problem = display_problem() if needs_display else None
    if problem is not None:
        print(problem, file=sys.stderr)
        return None
    try:
        # Late: Qt is heavy (a command never loads it), and a machine without its system libraries
        # still gets every command and this one sentence instead of a traceback.
        from ikrar.ui import app
    except ImportError as exc:
        print(say(f"ikrar: jendela tidak dapat dibuka (pustaka Qt tidak termuat: {exc}); perintah baris tetap "
                  "bisa dipakai: ikrar --help",
                  f"ikrar: the window cannot start (Qt did not load: {exc}); the command line works: ikrar --help"),
              file=sys.stderr)
        return None
    return app


def make_application() -> None:
    """The QApplication, made while Qt's messages come here: if Qt's display plugin fails (a
    DISPLAY that no X server answers, a missing xcb library) Qt would print its English text and
    abort; instead the person reads one sentence and the program ends with exit code 1."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler  # late: see _window_module
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        return
    heard: list[str] = []

    def on_message(kind, _context, message):
        heard.append(message)
        if kind == QtMsgType.QtFatalMsg:
            print(_failure_sentence(heard), file=sys.stderr)
            sys.stderr.flush()
            os._exit(EXIT_FAILED)  # Qt aborts the process after a fatal message: leave first, quietly

    previous = qInstallMessageHandler(on_message)
    try:
        QApplication(sys.argv[:1])
    finally:
        qInstallMessageHandler(previous)  # None: Qt's own again


def _failure_sentence(heard: list[str]) -> str:
    said = " ".join(heard)
    if "could not connect to display" in said or "cannot open display" in said.lower():
        return no_display_sentence(os.environ.get("DISPLAY", "") or os.environ.get("WAYLAND_DISPLAY", "") or "?")
    missing = "xcb-cursor0" if "xcb-cursor0" in said else ""
    return say("ikrar: jendela Ikrar tidak dapat dibuka: Qt tidak dapat memakai layar ini"
               + (f" (pasang paket sistem {missing})" if missing else " (periksa pustaka sistem Qt untuk X11)")
               + "; perintah baris tetap bisa dipakai: ikrar --help.",
               "ikrar: the Ikrar window cannot open: Qt cannot use this display"
               + (f" (install the system package {missing})" if missing else " (check Qt's system libraries for X11)")
               + "; the command line still works: ikrar --help.")


def start_gui(args, event_id: str | None = None) -> int:
    app = _window_module()
    if app is None:
        return EXIT_FAILED
    make_application()
    return app.run_gui(args, event_id=event_id)


def smoke_test(out: Path) -> int:
    app = _window_module(needs_display=False)  # the smoke test renders offscreen
    return EXIT_FAILED if app is None else app.smoke_test(out)
