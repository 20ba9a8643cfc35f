"""The main window: one stack of screens (start, desk, attendance, reports, sync) with a menu and a
toolbar whose every entry has a key. A screen is made when first shown; one that fails to build
becomes a short notice instead of taking the desk down.

The window fits a 1366×768 laptop above its taskbar: the stack asks for the room of the screen
shown only (never of a hidden one), and sits in a scroll area, so no screen can make the window
taller than the work area; a screen larger than what is left scrolls instead of being cut off."""
from __future__ import annotations

import contextlib
import traceback

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QLabel, QMainWindow, QMessageBox, QScrollArea, QStackedWidget, QToolBar

from ikrar.models.errors import DomainError
from ikrar.models.events import find_event
from ikrar.ui.desk.counts_panel import stop_counting
from ikrar.ui.desk.desk_view import DeskView
from ikrar.ui.screens.attendance_view import AttendanceView
from ikrar.ui.screens.reports_view import ReportsView
from ikrar.ui.screens.start_screen import StartScreen
from ikrar.ui.screens.sync_view import SyncView

SCREENS = {"start": StartScreen, "desk": DeskView, "attendance": AttendanceView, "reports": ReportsView,
           "sync": SyncView}
NEEDS_EVENT = ("desk", "attendance", "reports")
KEYS = {"start": "Ctrl+1", "desk": "Ctrl+2", "attendance": "Ctrl+3", "reports": "Ctrl+4", "sync": "Ctrl+5"}


class ScreenStack(QStackedWidget):
    """The screens, asking for the room of the one shown: Qt's stack asks for the largest of all its
    pages, so one large screen made the window too tall for every other."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return super().sizeHint() if page is None else page.sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return QSize(0, 0) if page is None else page.minimumSizeHint().expandedTo(page.minimumSize())

    def heightForWidth(self, width: int) -> int:
        page = self.currentWidget()
        return page.heightForWidth(width) if page is not None and page.hasHeightForWidth() else -1


class MainWindow(QMainWindow):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.stack = ScreenStack(self)
        self.scroll = QScrollArea(self)  # only when a screen needs more room than the work area leaves
        self.scroll.setObjectName("screenScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.NoFocus)  # the screens keep the keyboard
        self.scroll.setWidget(self.stack)
        self.setCentralWidget(self.scroll)
        self.statusBar().messageChanged.connect(lambda text: self.statusBar().setVisible(bool(text)))
        self.statusBar().hide()  # a line of its own only while it says something
        self.screens: dict[str, object] = {}
        self.current = None
        self.previous = None
        self.event_id: str | None = None
        self.nav: dict[str, QAction] = {}
        for name in SCREENS:
            action = QAction(self, shortcut=QKeySequence(KEYS[name]))
            action.triggered.connect(lambda _checked=False, n=name: self.go(n))
            self.nav[name] = action
        self.nav["signer"] = QAction(self, shortcut=QKeySequence("F12"))
        self.nav["signer"].triggered.connect(self.open_signer)
        self.nav["fullscreen"] = QAction(self, shortcut=QKeySequence("F11"), checkable=True)
        self.nav["fullscreen"].triggered.connect(self.toggle_full_screen)
        self.nav["quit"] = QAction(self, shortcut=QKeySequence("Ctrl+Q"))
        self.nav["quit"].triggered.connect(self.close)
        for action in self.nav.values():
            action.setShortcutContext(Qt.WindowShortcut)
        self.menu = self.menuBar().addMenu("")
        for name in (*SCREENS, None, "signer", "fullscreen", None, "quit"):
            self.menu.addSeparator() if name is None else self.menu.addAction(self.nav[name])
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("screens")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        for name in (*SCREENS, "signer"):
            self.toolbar.addAction(self.nav[name])
            self.toolbar.widgetForAction(self.nav[name]).setFocusPolicy(Qt.NoFocus)  # the desk's input keeps it
        self.addToolBar(self.toolbar)
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Ikrar"))
        for name, text in (("start", self.tr("Start")), ("desk", self.tr("Desk")),
                           ("attendance", self.tr("Attendance")), ("reports", self.tr("Reports")),
                           ("sync", self.tr("Sync")), ("signer", self.tr("Signer screen")),
                           ("fullscreen", self.tr("Full screen")), ("quit", self.tr("Quit"))):
            action = self.nav[name]
            action.setText(text)
            action.setToolTip(f"{text} ({action.shortcut().toString(QKeySequence.NativeText)})")
        for name in SCREENS:  # the key on the toolbar button itself: nothing to remember
            action = self.nav[name]
            action.setIconText(f"{action.text()} ({action.shortcut().toString(QKeySequence.NativeText)})")
        self.nav["signer"].setIconText(self.tr("Signer screen") + " (F12)")
        self._update_title()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- screens -------------------------------------------------------------------------------
    def screen_widget(self, name: str):
        """The screen called *name*, made on first use."""
        if name not in self.screens:
            try:
                widget = SCREENS[name](self)
            except Exception as exc:  # noqa: BLE001 - one broken screen must not take the desk down
                traceback.print_exc()
                widget = self._placeholder(self.tr("This screen could not be opened: {error}").format(error=exc))
            else:
                self._connect(name, widget)
                self._drop_duplicate_keys(widget)
            self.screens[name] = widget
            self.stack.addWidget(widget)
        return self.screens[name]

    def _placeholder(self, text: str) -> QLabel:
        label = QLabel(text, alignment=Qt.AlignCenter, wordWrap=True)
        label.setObjectName("placeholder")
        return label

    def _connect(self, name: str, widget) -> None:
        if name == "start":
            widget.open_desk.connect(self.open_desk)
            widget.open_attendance.connect(lambda event_id: self.go("attendance", event_id))
            widget.open_reports.connect(lambda event_id: self.go("reports", event_id))
            widget.open_sync.connect(lambda: self.go("sync"))
        back = getattr(widget, "back", None)
        if back is not None and hasattr(back, "connect"):
            back.connect(self.go_back)

    def _drop_duplicate_keys(self, widget) -> None:
        """A key the window binds (F12 for the signer's screen, Ctrl+1…5, F11, Ctrl+Q) is the window's
        alone: a screen's action or shortcut on the same key is unbound, since Qt runs neither of two
        bindings of one key ("QAction::event: Ambiguous shortcut overload"). The window's F12 opens
        the desk's own signer window (open_signer), whatever has the focus."""
        keys = [action.shortcut() for action in self.nav.values() if not action.shortcut().isEmpty()]
        for action in widget.findChildren(QAction):
            if action.shortcut() in keys:
                action.setShortcut(QKeySequence())
        for shortcut in widget.findChildren(QShortcut):
            if shortcut.key() in keys:
                shortcut.setKey(QKeySequence())

    def go(self, name: str, event_id: str | None = None) -> None:
        self.statusBar().clearMessage()  # a notice about the screen left behind is stale here
        if event_id:
            self.event_id = event_id
        if name in NEEDS_EVENT and self.event_id is None:
            name = "start"
            self.statusBar().showMessage(self.tr("Choose an event first."), 5000)
        widget = self.screen_widget(name)
        if name in NEEDS_EVENT and hasattr(widget, "set_event"):
            if (name != "desk" or getattr(widget, "current_event", None) is None
                    or widget.current_event.id != self.event_id):
                widget.set_event(self.event_id)
        elif name == "start" and hasattr(widget, "refresh"):
            widget.refresh()
            if self.event_id and hasattr(widget, "select_event"):
                widget.select_event(self.event_id)
        if self.current != name:
            self.previous = self.current
        self.current = name
        self.stack.setCurrentWidget(widget)
        self.nav["signer"].setEnabled(name == "desk")
        self._update_title()

    def open_desk(self, event_id: str) -> None:
        self.go("desk", event_id)

    def go_back(self) -> None:
        self.go(self.previous if self.previous and self.previous != self.current else "start")

    def desk(self):
        """The desk, once made (None before, or if it could not be made)."""
        desk = self.screens.get("desk")
        return desk if hasattr(desk, "open_signer") else None

    def open_signer(self) -> None:
        if self.current == "desk" and self.desk() is not None:
            self.desk().open_signer()

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()
        self.nav["fullscreen"].setChecked(self.isFullScreen())

    def _update_title(self) -> None:
        # Qt adds the application's name ("— Ikrar") itself.
        title = self.nav[self.current].text().replace("&", "") if self.current else ""
        desk = self.desk()
        if self.current in NEEDS_EVENT and self.event_id:
            # an event gone from the database: the title is not worth an error
            with contextlib.suppress(DomainError):
                title += f" — {find_event(self.event_id).title}"
        self.setWindowTitle(title)
        if desk is not None and desk.signer is not None and self.current != "desk":
            desk.signer.show_idle()

    def closeEvent(self, event) -> None:
        desk = self.desk()
        if desk is not None and desk.employee is not None and not desk.ink.is_empty():
            answer = QMessageBox.question(
                self, self.tr("Unsaved signature"),
                self.tr("A signature is drawn but not saved. Close Ikrar anyway?"),
                QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
            if answer != QMessageBox.Yes:
                event.ignore()
                return
        if desk is not None and desk.signer is not None:
            desk.signer.close()
        stop_counting()
        super().closeEvent(event)
