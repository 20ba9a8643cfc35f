"""Someone who is not on the roster, from the desk itself: when a scanned or typed NIP/NIK (or a
typed name) finds no one, the results page offers "Register as outside the list… (F4)". The walk-in
dialog opens with what was scanned or typed (the number checked at once), records the person as
present, and the desk opens them on the signature pad; the counts refresh. Nothing is typed twice
and the desk never leaves the screen."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction

from ikrar.models.identifiers import extract_code
from ikrar.ui.desk.desk_parts import RESULTS
from ikrar.ui.dialogs.walk_in import WalkInDialog

translate = QCoreApplication.translate  # a mixin: the context is named, not taken from the class
WALK_IN_KEY = "F4"


@dataclass(frozen=True)
class Offer:
    code: str  # the NIP/NIK scanned or typed, or ""
    name: str  # a typed name, or ""
    method: str  # how the number came: "scan", "camera", "search" (typed)


class WalkIns:
    """Mixed into DeskView (needs current_event, employee, dialog, pages, feedback, counts,
    event_closed, closed_text, open_employee, _dialog_closed)."""

    def setup_walk_ins(self) -> None:
        self.walk_in_offer: Offer | None = None
        self.fresh_walk_in: str | None = None  # the attendance the dialog just recorded
        self.pages.walk_in_button.clicked.connect(self.register_walk_in)
        self.walk_in_action = QAction(self, shortcut=WALK_IN_KEY, shortcutContext=Qt.WidgetWithChildrenShortcut)
        self.walk_in_action.triggered.connect(self.register_walk_in)
        self.addAction(self.walk_in_action)
        self.retranslate_walk_ins()

    def retranslate_walk_ins(self) -> None:
        text = translate("DeskView", "Register as outside the list… ({key})").format(key=WALK_IN_KEY)
        self.pages.walk_in_button.setText(text)
        self.walk_in_action.setText(text)

    def offer_walk_in(self, typed: str = "", code: str | None = None, method: str = "search") -> None:
        """Offer a walk-in for what found no one: a *code* (scanned, or read from what was typed)
        or a typed name."""
        code = code or extract_code(typed) or ""
        name = "" if code or any(c.isdigit() for c in typed) else typed.strip()
        self.walk_in_offer = Offer(code, name, method)
        self.pages.walk_in_button.setVisible(self.current_event is not None and not self.event_closed)
        self.pages.setCurrentIndex(RESULTS)

    def withdraw_walk_in(self) -> None:
        self.walk_in_offer = None
        self.pages.walk_in_button.hide()

    def register_walk_in(self) -> None:
        offer = self.walk_in_offer
        if offer is None or self.dialog is not None or self.employee is not None or self.current_event is None:
            return
        if self.event_closed:
            self.feedback.failure(self.closed_text())
            return
        dialog = WalkInDialog(self, self.current_event.id, for_desk=True, code=offer.code, name=offer.name,
                              method="manual" if offer.method == "search" else offer.method)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._walk_in_registered(dialog.outcome, offer.method))
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _walk_in_registered(self, outcome, method: str) -> None:
        self.withdraw_walk_in()
        QTimer.singleShot(0, self.counts.refresh)
        attendance = outcome.attendance
        self.fresh_walk_in = attendance.id if outcome.created else None
        self.open_employee(attendance.employee, method)
        if outcome.created and not self.already_signed:
            name = attendance.employee.display_name()
            self.feedback.success(translate("DeskView", "{name} is recorded as present (outside the list). Sign on "
                                            "the pad, then press Enter.").format(name=name))
