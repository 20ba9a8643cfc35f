"""The first screen: choose an event (or create one), import the employee list, settings, sync.
Every action is a visible button with its key written on it; Enter on an event opens its desk."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ikrar.models import settings
from ikrar.models.desk import local_desk
from ikrar.models.events import list_events
from ikrar.models.queries.counts import counts_by_event, roster_size
from ikrar.models.store.connection import database_folder
from ikrar.models.store.server_choice import open_server_label
from ikrar.ui import i18n
from ikrar.ui.dialogs.close_event import SHORTCUT as CLOSE_SHORTCUT
from ikrar.ui.dialogs.close_event import CloseEventDialog
from ikrar.ui.dialogs.errors import show_error
from ikrar.ui.dialogs.event_dialog import EventDialog
from ikrar.ui.dialogs.import_roster import ImportRosterDialog
from ikrar.ui.dialogs.settings_dialog import SettingsDialog
from ikrar.ui.screens.events_table import EventsTable
from ikrar.ui.tasks import run_task


class StartScreen(QWidget):
    open_desk = Signal(str)
    open_attendance = Signal(str)
    open_reports = Signal(str)
    open_sync = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.dialog = None
        self._generation = 0  # which refresh the counts in flight belong to
        self.heading = QLabel(self)
        self.subheading = QLabel(self)
        self.subheading.setWordWrap(True)
        self.language_label = QLabel(self)
        self.language = QComboBox(self)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language_label.setBuddy(self.language)
        # Events
        self.events_box = QGroupBox(self)
        self.table = EventsTable(self.events_box)
        self.no_events = QLabel(self.events_box)
        self.no_events.setWordWrap(True)
        self.no_events.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.events_stack = QStackedWidget(self.events_box)
        self.events_stack.addWidget(self.table)
        self.events_stack.addWidget(self.no_events)
        self.desk_button = self._button("openDesk", big=True)
        self.attendance_button = self._button("openAttendance")
        self.reports_button = self._button("openReports")
        self.edit_button = self._button("editEvent")
        self.close_button = self._button("closeEvent")  # or reopen it
        self.new_button = self._button("newEvent")
        # two rows, so the screen fits a 1366 px laptop with room to spare (one row needed 1339 px)
        use_buttons, manage_buttons = QHBoxLayout(), QHBoxLayout()
        for button in (self.desk_button, self.attendance_button, self.reports_button):
            use_buttons.addWidget(button)
        use_buttons.addStretch(1)
        for button in (self.edit_button, self.close_button):
            manage_buttons.addWidget(button)
        manage_buttons.addStretch(1)
        manage_buttons.addWidget(self.new_button)
        events_layout = QVBoxLayout(self.events_box)
        events_layout.addWidget(self.events_stack, 1)
        events_layout.addLayout(use_buttons)
        events_layout.addLayout(manage_buttons)
        # Getting ready
        self.ready_box = QGroupBox(self)
        self.roster_text, self.settings_text, self.sync_text = QLabel(self), QLabel(self), QLabel(self)
        self.import_button = self._button("importRoster")
        self.settings_button = self._button("settings")
        self.sync_button = self._button("sync")
        ready = QVBoxLayout(self.ready_box)
        for text, button in ((self.roster_text, self.import_button), (self.settings_text, self.settings_button),
                             (self.sync_text, self.sync_button)):
            text.setWordWrap(True)
            ready.addWidget(text)
            ready.addWidget(button)
            line = QFrame(self.ready_box)
            line.setFrameShape(QFrame.Shape.HLine)
            ready.addWidget(line)
        self.desk_info = QLabel(self.ready_box)
        self.desk_info.setWordWrap(True)
        self.desk_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ready.addWidget(self.desk_info)
        ready.addStretch(1)
        self.keys_hint = QLabel(self)
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setStyleSheet("color: #555;")
        self._layout()
        self._connect()
        self.retranslate()  # also fills the lists

    def _button(self, name: str, big: bool = False) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        if big:
            font = button.font()
            font.setPointSizeF(font.pointSizeF() * 1.2)
            font.setBold(True)
            button.setFont(font)
            button.setMinimumHeight(40)
        return button

    def _layout(self) -> None:
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 2)
        heading_font.setWeight(QFont.Weight.Bold)
        self.heading.setFont(heading_font)
        top = QGridLayout()
        top.addWidget(self.heading, 0, 0)
        top.addWidget(self.subheading, 1, 0)
        top.addWidget(self.language_label, 0, 1, Qt.AlignmentFlag.AlignRight)
        top.addWidget(self.language, 0, 2)
        top.setColumnStretch(0, 1)
        body = QHBoxLayout()
        body.addWidget(self.events_box, 3)
        body.addWidget(self.ready_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(self.keys_hint)

    def _connect(self) -> None:
        self.desk_button.clicked.connect(lambda: self._emit(self.open_desk))
        self.attendance_button.clicked.connect(lambda: self._emit(self.open_attendance))
        self.reports_button.clicked.connect(lambda: self._emit(self.open_reports))
        self.edit_button.clicked.connect(self.edit_event)
        self.close_button.clicked.connect(self.close_or_reopen)
        self.new_button.clicked.connect(self.new_event)
        self.import_button.clicked.connect(self.import_roster)
        self.settings_button.clicked.connect(self.open_settings)
        self.sync_button.clicked.connect(lambda: self.open_sync.emit())
        self.table.activated.connect(lambda _index: self._emit(self.open_desk))  # Enter, double-click
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.language.activated.connect(self._language_chosen)
        keys = (("Ctrl+N", self.new_event), ("Ctrl+E", self.edit_event), ("Ctrl+I", self.import_roster),
                ("Ctrl+,", self.open_settings), ("Ctrl+L", lambda: self._emit(self.open_attendance)),
                ("Ctrl+R", lambda: self._emit(self.open_reports)), ("Ctrl+S", self.open_sync.emit),
                (CLOSE_SHORTCUT, self.close_or_reopen), ("F5", self.refresh))
        for sequence, slot in keys:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def retranslate(self) -> None:
        self.heading.setText("Ikrar")
        self.subheading.setText(self.tr("Registration desk for the apel and the signing of the "
                                        "pakta integritas netralitas ASN"))
        self.language_label.setText(self.tr("Language:"))
        self.events_box.setTitle(self.tr("Events"))
        self.table.retranslate()
        self.desk_button.setText(self.tr("Open the desk (Enter)"))
        self.attendance_button.setText(self.tr("Attendance list (Ctrl+L)"))
        self.reports_button.setText(self.tr("Print and reports (Ctrl+R)"))
        self.edit_button.setText(self.tr("Edit event… (Ctrl+E)"))
        self.new_button.setText(self.tr("New event… (Ctrl+N)"))
        self.ready_box.setTitle(self.tr("Getting ready"))
        self.import_button.setText(self.tr("Import employee list… (Ctrl+I)"))
        self.settings_text.setText(self.tr("Letterhead, paper, approving official, this desk's name, "
                                           "language and the admin PIN."))
        self.settings_button.setText(self.tr("Settings… (Ctrl+,)"))
        self.sync_text.setText(self.tr("Combine the check-ins of several desks: export this desk's file "
                                       "or import the files of other desks."))
        self.sync_button.setText(self.tr("Sync files (Ctrl+S)"))
        self.keys_hint.setText(self.tr("Keys: ↑/↓ choose an event · Enter opens its desk · Tab moves between "
                                       "buttons · F5 refreshes the counts"))
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.refresh()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Reload the events and the roster size; the counts follow off the GUI thread (with a
        100,000-person roster each event's tally takes ~0.15 s)."""
        selected = self.current_event_id()
        try:
            found = list_events()
            people, units = roster_size()
            desk = local_desk().name
        except Exception as exc:  # noqa: BLE001 - a locked or broken database: say so, keep the screen usable
            show_error(self, self.tr("The events could not be read"), exc)
            return
        self.table.fill(found)
        self.events_stack.setCurrentIndex(0 if found else 1)
        self.no_events.setText(self.tr("No event yet.\nCreate the first one with “New event… (Ctrl+N)”.")
                               if people else self.tr("No event yet.\nStart by importing the employee list "
                                                      "(Ctrl+I), then create an event (Ctrl+N)."))
        if people:
            self.roster_text.setText(self.tr("<b>Employee list:</b> {people} active people in {units} units.")
                                     .format(people=i18n.number(people), units=units))
        else:
            self.roster_text.setText(self.tr("<b>Start here:</b> no employees yet. Import the list exported "
                                             "from SIASN or SIMPEG (CSV or XLSX)."))
        server = open_server_label()  # a hub's server: its host and database, never a password
        folder = None if server else database_folder()
        info = [self.tr("This desk: {desk}").format(desk=desk)]
        if server:
            info.append(self.tr("Database server: {server}").format(server=server))
        elif folder:
            info.append(self.tr("Data folder: {folder}").format(folder=folder))
        self.desk_info.setText("\n".join(info))
        if not self.select_event(selected) and found:
            self.table.selectRow(0)
        self._selection_changed()
        self._generation += 1
        if found:
            generation = self._generation
            run_task(counts_by_event, [e.id for e in found],
                     on_done=lambda counts: self._show_counts(generation, counts),
                     on_error=lambda _exc, _trace: self._show_counts(generation, {}))

    def _show_counts(self, generation: int, counts: dict) -> None:
        if isValid(self) and generation == self._generation:  # else: gone, or a newer refresh is coming
            self.table.show_counts(counts)

    def current_event_id(self) -> str | None:
        return self.table.current_event_id()

    def select_event(self, event_id: str | None) -> bool:
        return self.table.select_event(event_id)

    def _selection_changed(self) -> None:
        chosen = self.current_event_id() is not None
        for button in (self.desk_button, self.attendance_button, self.reports_button, self.edit_button,
                       self.close_button):
            button.setEnabled(chosen)
        text = (self.tr("Reopen event… ({key})") if self.table.current_event_closed()
                else self.tr("Close event… ({key})"))
        self.close_button.setText(text.format(key=CLOSE_SHORTCUT))

    def _emit(self, signal) -> None:
        event_id = self.current_event_id()
        if event_id:
            signal.emit(event_id)

    def _language_chosen(self, index: int) -> None:
        lang = self.language.itemData(index)
        try:
            settings.set("language", lang)
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("The language was not saved"), exc)
        i18n.switch_language(QApplication.instance(), lang)

    def _open(self, dialog, on_accept) -> None:
        self.dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.open()

    def new_event(self) -> None:
        self._open(EventDialog(self), lambda: self._event_saved(self.dialog.event_id))

    def edit_event(self) -> None:
        event_id = self.current_event_id()
        if event_id:
            self._open(EventDialog(self, event_id), lambda: self._event_saved(event_id))

    def close_or_reopen(self) -> None:
        event_id = self.current_event_id()
        if event_id:
            self._open(CloseEventDialog(event_id, self), lambda: self._event_saved(event_id))

    def _event_saved(self, event_id: str) -> None:
        self.refresh()
        self.select_event(event_id)
        self.table.setFocus()

    def import_roster(self) -> None:
        self._open(ImportRosterDialog(self), self.refresh)

    def open_settings(self) -> None:
        self._open(SettingsDialog(self), self.refresh)
