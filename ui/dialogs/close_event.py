"""Closing an event (no desk takes a check-in for it any more) or reopening it: a confirmation that
says what happens, and the admin PIN when one is set, as for a void. Opened without blocking
(QDialog.open), from the start screen's event list and from the desk (Ctrl+Shift+X)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from ikrar.models import events, settings
from ikrar.ui.dialogs.common import pin_refusal
from ikrar.ui.dialogs.errors import explain
from ikrar.ui.screens.event_text import event_when

SHORTCUT = "Ctrl+Shift+X"


class CloseEventDialog(QDialog):
    """Close the event if it is open, reopen it if it is closed."""

    changed = Signal(bool)  # the event's new state (True: closed), once it is saved

    def __init__(self, event_id: str, parent=None):
        super().__init__(parent)
        self.setObjectName("closeEventDialog")
        self.event_id = event_id
        event = events.find_event(event_id)
        self.closing = not event.closed
        what = f"“{event.title}” ({event_when(event, place=False)})"  # "Senin, 23 November 2026 · 07.30 WIB"
        if self.closing:
            self.setWindowTitle(self.tr("Close the event"))
            question = self.tr("Close {event}?").format(event=what)
            detail = self.tr("No desk will take a check-in or a signature for it any more. What is recorded "
                             "stays: the lists, reports and sync files can still be made. An admin can reopen it.")
            action = self.tr("Close the event")
        else:
            self.setWindowTitle(self.tr("Reopen the event"))
            question = self.tr("Reopen {event}?").format(event=what)
            detail = self.tr("The desks will take check-ins and signatures for it again.")
            action = self.tr("Reopen the event")
        layout = QVBoxLayout(self)
        self.heading = QLabel(question, wordWrap=True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        layout.addWidget(QLabel(detail, wordWrap=True))
        form = QFormLayout()
        self.pin = QLineEdit(echoMode=QLineEdit.Password)
        if settings.has_admin_pin():
            form.addRow(self.tr("Admin PIN:"), self.pin)
        else:
            self.pin.hide()
            form.addRow(QLabel(self.tr("No admin PIN is set (Settings): anyone at this computer can close "
                                       "or reopen an event."), wordWrap=True))
        layout.addLayout(form)
        self.error = QLabel(wordWrap=True, styleSheet="color: #b91c1c;")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(action)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if settings.has_admin_pin():
            self.pin.setFocus()
        else:
            self.buttons.button(QDialogButtonBox.Cancel).setFocus()  # Enter alone must not close it
        self.resize(520, 220)

    def _ok(self) -> None:
        refusal = pin_refusal(self.pin.text(), self.tr("Wrong admin PIN."))
        if refusal is not None:
            self.error.setText(refusal)
            self.pin.clear()
            self.pin.setFocus()
            return
        try:
            # Read again: another window may have changed the event since this dialog opened.
            events.set_closed(events.find_event(self.event_id), self.closing)
        except Exception as exc:  # noqa: BLE001 - a locked or read-only database: say so, keep the dialog
            what, todo = explain(exc)
            self.error.setText(f"{what} {todo}".strip())
            return
        self.changed.emit(self.closing)
        self.accept()
