"""Starting the window: the database, the language, the main window, on the right screen.

Only Qt and the desk are imported here; reportlab and openpyxl wait until a report or an import
is asked for, so the window is up in well under a second."""
from __future__ import annotations

import os
import sys
import tempfile
from argparse import Namespace
from pathlib import Path

from peewee import DatabaseError
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ikrar.models import settings
from ikrar.models.errors import DomainError, set_language
from ikrar.models.events import list_events
from ikrar.models.store import integrity
from ikrar.models.store.connection import DatabaseOpenError, close_database, db
from ikrar.models.store.faults import storage_problem
from ikrar.models.store.opening import open_database
from ikrar.resources import resource_path
from ikrar.ui import i18n
from ikrar.ui.cli import database as cli_database
from ikrar.ui.cli.database import open_db
from ikrar.ui.dialogs.errors import show_error
from ikrar.ui.dialogs.setup_dialog import run_first_start
from ikrar.ui.main_window import MainWindow
from ikrar.ui.tasks import run_task, wait_all


def _database_open() -> bool:
    return db.obj is not None and not db.obj.is_closed()


def _language(args) -> str:
    try:
        return getattr(args, "lang", None) or settings.get("language")
    except (DatabaseError, OSError):  # an unreadable setting is no reason not to start
        return "id"


def _install_translator(app, lang: str) -> bool:
    set_language(lang)
    return i18n.install_translator(app, lang)


def build_window(args, event_id: str | None = None):
    """The main window on the start screen, the given event's desk, (with --demo) the demo desk, or
    (with --open FILE, what Windows runs for a double-clicked .ikrar) the sync screen offering FILE."""
    window = MainWindow()
    opened = getattr(args, "open_file", None)
    if opened is not None:
        window.go("sync")
        window.screen_widget("sync").offer_file(opened)
        return window
    if event_id is None and getattr(args, "demo", False):
        found = list_events()
        event_id = found[0].id if found else None
    if event_id:
        window.open_desk(event_id)
    else:
        window.go("start")
    return window


TITLE_BAR = 40  # room left for the window's title bar and borders (Windows 10/11 at 100 %: 31 px)


def normal_geometry(available: QRect) -> QRect:
    """Where the window sits when not maximised: 1366×768 at most, inside *available* (the screen
    less its taskbar) with room for the title bar, centred."""
    size = QSize(min(1366, available.width()), min(768, available.height() - TITLE_BAR))
    geometry = QRect(QPoint(0, 0), size)
    geometry.moveCenter(available.center())
    geometry.moveTop(max(available.top() + TITLE_BAR, geometry.top()))
    return geometry


def show(window, fullscreen: bool = False) -> None:
    if fullscreen:
        window.setGeometry(window.screen().geometry())  # the size too: without a window manager
        window.showFullScreen()                         # the full-screen request alone does nothing
        return
    available = window.screen().availableGeometry()  # the work area: the screen less the taskbar
    window.setGeometry(normal_geometry(available))  # also the size when un-maximised
    if available.width() <= 1440 or available.height() <= 900:
        window.showMaximized()  # a 1366×768 laptop: every pixel for the pad, above the taskbar
    else:
        window.show()


def cannot_open_message(exc: BaseException, args) -> str | None:
    """The sentence shown when the database cannot be opened (None: not a storage fault). In the
    language asked for with --lang, else Indonesian then English (no setting could be read)."""
    problem = storage_problem(exc, str(getattr(args, "db", None) or "") or None)
    if problem is None and isinstance(exc, OSError):
        problem = DomainError(f"Berkas basis data tidak dapat dibuka: {exc}",
                              f"The database file cannot be opened: {exc}")
    if problem is None:
        return None
    said = [problem]
    if cli_database.opened_by == "settings":  # the window cannot open to change it back: say how
        said.append(cli_database.leaving_the_server())
    lang = getattr(args, "lang", None)
    if lang:
        return " ".join(part.text(lang) for part in said)
    return "\n\n".join([" ".join(part.id_text for part in said), " ".join(part.en_text for part in said)])


def run_gui(args, event_id: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Ikrar")
    app.setApplicationDisplayName("Ikrar")
    app.setWindowIcon(QIcon(str(resource_path("icons", "ikrar.png"))))  # the taskbar's, every window's
    if not _database_open():
        try:
            open_db(args)
        except Exception as exc:  # locked, read-only, not a database, damaged, newer schema, disk full …
            message = cannot_open_message(exc, args)
            if message is None:
                raise
            close_database()
            QMessageBox.critical(None, "Ikrar", message)
            return 1
    _install_translator(app, _language(args))
    window = build_window(args, event_id)
    show(window, bool(getattr(args, "fullscreen", False)))
    if not getattr(args, "demo", False):  # first start: the kop, the city, the approver, the desk's name, the PIN
        run_first_start(window, on_saved=lambda: window.go(window.current))
    # SQLite's quick check, off the GUI thread, once the window is up (writes wait for it): a damaged
    # database says so now and refuses check-ins, instead of carrying damage into a sync file
    run_task(integrity.check, on_error=lambda exc, _trace: show_error(window, "Ikrar", exc), owner=window)
    code = app.exec()
    wait_all(5000)
    return code


def _offscreen_fonts() -> None:
    """Qt's offscreen platform looks for fonts only in its own folder; on Windows point it at the
    system's (Wine's smoke test sets its own)."""
    if sys.platform == "win32" and "QT_QPA_FONTDIR" not in os.environ:
        os.environ["QT_QPA_FONTDIR"] = os.path.join(os.environ.get("WINDIR", r"C:\Windows"), "Fonts")


def smoke_test(out: Path) -> int:
    """A build's proof of life: on the offscreen platform, with a throwaway database (so no --db and
    no first-start questions), build the window on its start screen in Indonesian, render it to
    *out* and exit. It fails if Qt, a font, the translations or SQLite's trigram index is missing."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before the QApplication: no screen is needed
    _offscreen_fonts()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Ikrar")
    with tempfile.TemporaryDirectory(prefix="ikrar-smoke-") as folder:
        try:
            open_database(Path(folder) / "smoke.db")  # runs every migration: FTS5 with trigrams
        except DatabaseOpenError as exc:
            print(f"ikrar: smoke test: {exc}", file=sys.stderr)
            return 1
        try:
            translated = _install_translator(app, "id")
            window = build_window(Namespace(demo=False, open_file=None), None)
            window.resize(1366, 768)
            window.show()
            app.processEvents()
            saved = window.grab().save(str(out))
            window.close()
        finally:
            close_database()
    if not (translated and saved):
        print(f"ikrar: smoke test failed (translations loaded: {translated}, {out} written: {saved})",
              file=sys.stderr)
        return 1
    print(f"ikrar: smoke test: {out} written")
    return 0
