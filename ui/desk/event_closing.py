"""A closed event at the desk: a banner says so (with a Reopen button), the pad stays off, and a
check-in the model refuses is told in words. Closing and reopening go through CloseEventDialog
(Ctrl+Shift+X, or the button under the event's name), behind the admin PIN when one is set.

The model has the last word (models/checkin.py reads `closed` from the database inside the
check-in's transaction): a desk that learns from a refusal that another window or desk closed the
event shows the closed state from then on."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from ikrar.models import events
from ikrar.ui.dialogs.close_event import SHORTCUT, CloseEventDialog

translate = QCoreApplication.translate  # a mixin: the context is named, not taken from the class


class ClosedBanner(QFrame):
    """Across the top of the desk while its event is closed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("closedBanner")
        self.setStyleSheet("#closedBanner { background: #fee2e2; border: 2px solid #b91c1c; border-radius: 6px; }"
                           "#closedBanner QLabel { color: #7f1d1d; font-weight: bold; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(wordWrap=True)
        layout.addWidget(self.label, 1)
        self.reopen_button = QPushButton()
        self.reopen_button.setFocusPolicy(Qt.NoFocus)  # the keyboard stays in the scan input
        layout.addWidget(self.reopen_button)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.label.setText(self.tr("This event is closed: this desk records no check-ins. What was "
                                          "recorded stays, for the lists, reports and sync."))
        self.reopen_button.setText(self.tr("Reopen… ({key})").format(key=SHORTCUT))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class EventClosing:
    """Mixed into DeskView: needs current_event, employee, ink, feedback, sign, signer, left, input."""

    def setup_closing(self, layout, position: int) -> None:
        self.closed_banner = ClosedBanner(self)
        layout.insertWidget(position, self.closed_banner)
        self.closed_banner.reopen_button.clicked.connect(self.close_or_reopen)
        self.left.close_button.clicked.connect(self.close_or_reopen)
        self.close_action = QAction(self, shortcut=QKeySequence(SHORTCUT),
                                    shortcutContext=Qt.WidgetWithChildrenShortcut)
        self.close_action.triggered.connect(self.close_or_reopen)
        self.addAction(self.close_action)
        self.close_dialog: CloseEventDialog | None = None

    @property
    def event_closed(self) -> bool:
        return self.current_event is not None and bool(self.current_event.closed)

    def closed_text(self) -> str:
        return translate("EventClosing", "This event is closed: no check-in can be recorded. An admin can "
                         "reopen it ({key}).").format(key=SHORTCUT)

    def show_event_state(self) -> None:
        """The banner, the button's words and the pad, after the event was loaded or changed."""
        closed = self.event_closed
        self.closed_banner.setVisible(closed)
        self.closed_banner.retranslate()
        self.left.set_event_closed(closed)
        self.close_action.setText(self.left.close_button.text())
        if self.employee is not None:
            self.sign.set_can_sign(not closed and not self.already_signed, closed=closed, signed=self.already_signed)
        self.pages.walk_in_button.setVisible(self.walk_in_offer is not None and not closed)

    def close_or_reopen(self) -> None:
        if self.current_event is None or self.close_dialog is not None:
            return
        if self.employee is not None and not self.ink.is_empty():
            self.feedback.warning(translate("DeskView", "Save (Enter) or cancel (Esc) this signature first."))
            return
        try:
            self.close_dialog = CloseEventDialog(self.current_event.id, self)
        except Exception as exc:  # noqa: BLE001 - the event is gone or the database unreadable
            self.feedback.failure(str(exc))
            return
        self.close_dialog.changed.connect(self._event_changed)
        self.close_dialog.finished.connect(self._close_dialog_done)
        self.close_dialog.open()

    def _close_dialog_done(self, *_args) -> None:
        self.close_dialog = None
        self.input.setFocus()

    def _event_changed(self, closed: bool) -> None:
        self.reload_event()
        if closed:
            self.feedback.warning(translate("EventClosing", "The event is closed. Reopen it to record check-ins "
                                            "again."))
        else:
            self.feedback.success(translate("EventClosing", "The event is open again: ready for the next person."))

    def reload_event(self) -> None:
        """Read the event again (closed or reopened here, or elsewhere) and show its state."""
        self.current_event = events.find_event(self.current_event.id)
        self.show_event_state()
        if self.signer is not None and self.employee is not None:
            if self.event_closed:
                self.signer.show_idle()
            else:
                self.signer.show_person(self.employee.display_name(), not self.already_signed)
