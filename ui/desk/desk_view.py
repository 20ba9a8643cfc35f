"""The desk: scan or search a person, confirm on the card, sign under the pact, save; the input is
then ready for the next person. Keyboard contract: a NIP + Enter (or a scan) opens the person with
the pad ready; after drawing, Enter saves; Esc goes back."""
from __future__ import annotations

import sqlite3

from peewee import DatabaseError
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QHBoxLayout, QVBoxLayout, QWidget

from ikrar.models import checkin, events, pact, settings
from ikrar.models.errors import AlreadyDone, DomainError
from ikrar.models.identifiers import extract_code
from ikrar.models.queries.people import employee_by_id
from ikrar.models.queries.units import expected_unit_ids
from ikrar.models.search import lookup as search
from ikrar.ui.desk.clock_banner import ClockBanner
from ikrar.ui.desk.desk_devices import SignerAndCamera
from ikrar.ui.desk.desk_parts import IDLE, RESULTS, SIGN, LeftPanel, RightPages
from ikrar.ui.desk.dialogs import CannotSign, open_database_error
from ikrar.ui.desk.event_closing import EventClosing
from ikrar.ui.desk.ink import Ink
from ikrar.ui.desk.person_card import short_time
from ikrar.ui.tasks import run_task

STORAGE_ERRORS = (DatabaseError, sqlite3.Error, OSError)  # locked, read-only, disk full


class DeskView(SignerAndCamera, EventClosing, CannotSign, QWidget):
    saved = Signal(str)  # attendance id, after the commit
    opened = Signal(int)  # employee id, once the card and the pad are shown

    def __init__(self, parent=None):
        super().__init__(parent)
        self.current_event = None
        self.employee = self.existing = None
        self.method = "search"
        self.already_signed = False
        self.signer = None
        self.dialog = None
        self.ink = Ink(parent=self)
        root = QVBoxLayout(self)
        root.setContentsMargins(10, 8, 10, 8)
        root.setSpacing(6)
        self.banner = ClockBanner(self)
        root.addWidget(self.banner)
        columns = QHBoxLayout()
        columns.setSpacing(12)
        root.addLayout(columns, 1)
        self.left, self.pages = LeftPanel(self), RightPages(self.ink, self)
        columns.addWidget(self.left, 2)
        columns.addWidget(self.pages, 5)
        self.setup_closing(root, 1)  # the closed banner under the clock's
        self.input, self.feedback, self.card = self.left.input, self.left.feedback, self.left.card
        self.counts, self.results, self.sign = self.left.counts, self.pages.results, self.pages.sign
        self.pad = self.sign.pad
        self.input.scanned.connect(lambda code: self.open_code(code, "scan"))
        self.input.search_changed.connect(self._search)
        self.input.activated.connect(self._activated)
        self.input.cancelled.connect(self.cancel)
        self.input.navigate.connect(self.results.move)
        self.input.blocked.connect(lambda: self.feedback.warning(
            self.tr("Save (Enter) or cancel (Esc) this signature first.")))
        self.results.chosen.connect(lambda hit: self.open_employee(employee_by_id(hit.employee_id), "search"))
        self.ink.changed.connect(self._ink_changed)
        self.sign.save_button.clicked.connect(self.save)
        self.sign.cancel_button.clicked.connect(self.cancel)
        self.sign.clear_button.clicked.connect(self.clear_ink)
        self.sign.cannot_sign_button.clicked.connect(self.cannot_sign)
        self.counts.voided.connect(lambda att, _reason: self.feedback.success(
            self.tr("Voided: {name} ({time}).").format(name=att.employee.display_name(),
                                                       time=short_time(att.recorded_at))))
        self.counts.failed.connect(self.feedback.failure)
        self._actions = []
        for key, slot in (("F6", self.clear_ink), ("F7", self.cannot_sign), ("F9", self.counts.open_void),
                          ("F12", self.open_signer)):
            action = QAction(self, shortcut=key, shortcutContext=Qt.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self._actions.append(action)
        self._clock_timer = QTimer(self, interval=60_000, timeout=self._check_clock)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        QTimer.singleShot(400, self._offer_camera)  # QtMultimedia only once the window is up
        self.retranslate()

    def retranslate(self) -> None:
        texts = (self.tr("Clear the signature"), self.tr("Cannot sign…"), self.tr("Void a check-in…"),
                 self.tr("Signer screen"))
        for action, text in zip(self._actions, texts, strict=True):
            action.setText(text)
        if self.employee is not None:
            self._show_card()
        self._check_clock()
        if self.current_event is not None:
            self.show_event_state()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- event -----------------------------------------------------------------------------------
    def set_event(self, event_id: str) -> None:
        self.current_event = events.find_event(event_id)
        self.feedback.sound.enabled = bool(settings.get("sound"))
        e = self.current_event
        self.left.event_label.setText(f"<b>{e.title}</b>")
        self.left.when_label.setText(f"{e.date:%d-%m-%Y} · {e.start_time} {e.tz}"
                                     + (f" · {e.place}" if e.place else ""))
        self.pact_sha256 = pact.text_sha256(e.pact.text)  # the words shown are the words signed
        self.sign.pact.set_pact(e.pact.text)
        if self.signer is not None:
            self.signer.set_pact(e.pact.text)
        self.close_person()
        self.show_event_state()
        self.feedback.info(self.tr("Ready for the next person."))
        self._check_clock()
        self._clock_timer.start()
        self.counts.set_event(e.id)
        QTimer.singleShot(0, self._warm_up)

    def _warm_up(self) -> None:
        # Lay out and draw the hidden pages once, so the first person does not wait for it.
        self.sign.grab()
        self.pages.widget(RESULTS).grab()

    def _check_clock(self) -> None:
        if self.current_event is not None:
            self.banner.check(self.current_event)

    # --- finding a person ------------------------------------------------------------------------
    def _search(self, text: str) -> None:
        if self.employee is not None:
            if not text.strip() or not self.ink.is_empty():
                return
            self.close_person(reset_input=False)  # typing again before any ink: someone else
        if not text.strip() or self.current_event is None:
            self.results.set_hits([])
            self.pages.setCurrentIndex(IDLE)
            return
        hits = search.search(text, limit=20, event_id=self.current_event.id)
        self.results.set_hits(hits)
        label = (self.tr("{count} found — ↑ ↓ choose, Enter opens").format(count=len(hits)) if hits
                 else self.tr("No one found for “{text}”. Check the spelling, or scan again.").format(text=text))
        if label != self.pages.results_label.text():
            self.pages.results_label.setText(label)
        self.pages.setCurrentIndex(RESULTS)

    def _activated(self) -> None:
        if self.employee is not None:
            self.save()
            return
        hit = self.results.current_hit() if self.pages.currentIndex() == RESULTS else None
        code = extract_code(self.input.text())
        if hit is not None:
            self.open_employee(employee_by_id(hit.employee_id), "search")
        elif code:
            self.open_code(code, "search")

    def open_code(self, code: str, method: str) -> None:
        employee = search.find_by_code(code) if self.current_event is not None else None
        if employee is None:
            self.input.reset()
            self.feedback.failure(self.tr("{code} is not on the roster. Register a walk-in in the attendance view.")
                                  .format(code=code))
            return
        self.open_employee(employee, method)

    def open_employee(self, employee, method: str) -> None:
        self.employee, self.method = employee, method
        self._show_card()
        self.ink.clear()
        can_sign = not self.already_signed and not self.event_closed
        self.sign.set_can_sign(can_sign, closed=self.event_closed)
        self.left.show_card(True)
        self.pages.setCurrentIndex(SIGN)
        self.input.reset()
        existing, name = self.existing, employee.display_name()
        if existing is None and self.event_closed:
            self.feedback.failure(self.closed_text())
        elif existing is None:
            self.feedback.info(self.tr("Sign on the pad, then press Enter."))
        elif self.already_signed:
            self.feedback.warning(self.tr("{name} already checked in at {time} and signed.").format(
                name=name, time=short_time(existing.recorded_at)))
        else:
            self.feedback.warning(self.tr("{name} already checked in at {time}, without a signature.").format(
                name=name, time=short_time(existing.recorded_at)))
        if self.signer is not None and self.event_closed:
            self.signer.show_idle()  # the signer's screen keeps waiting
        elif self.signer is not None:
            self.signer.show_person(name, can_sign)
        self.input.setFocus()
        self.opened.emit(employee.id)

    def _show_card(self) -> None:
        employee = self.employee
        present = [a for a in checkin.live_attendances(self.current_event, employee) if a.status == "H"]
        self.existing = present[0] if present else None
        self.already_signed = self.existing is not None and checkin.signature_of(self.existing) is not None
        notes = []
        if not employee.active:
            notes.append(self.tr("No longer active on the roster."))
        expected = expected_unit_ids(self.current_event)
        if expected is not None and employee.unit_id not in expected:
            notes.append(self.tr("Not in this event's units: the check-in is still recorded."))
        self.card.show_person(employee, existing=self.existing, signed=self.already_signed,
                              desk_name=self.existing.desk.name if self.existing else "", notes=notes)

    # --- signing ---------------------------------------------------------------------------------
    def _ink_changed(self) -> None:
        self.input.locked = self.employee is not None and not self.ink.is_empty()

    def clear_ink(self) -> None:
        if self.employee is not None and not self.already_signed:
            self.ink.clear()
        self.input.setFocus()

    def cancel(self) -> None:
        if self.employee is not None:
            self.close_person()
            self.feedback.info(self.tr("Cancelled. Ready for the next person."))
        else:
            self.input.reset()
            self.pages.setCurrentIndex(IDLE)

    def close_person(self, reset_input: bool = True) -> None:
        self.employee, self.existing, self.already_signed = None, None, False
        self.ink.clear()
        self.input.locked = False
        if reset_input:
            self.input.reset()
        self.sign.set_can_sign(False)
        self.left.show_card(False)
        self.pages.setCurrentIndex(IDLE)
        if self.signer is not None and self.signer.pad.isEnabled():
            self.signer.show_idle()
        self.input.setFocus()

    def save(self) -> None:
        """Commit the check-in and the signature, then (only then) show success."""
        if self.employee is None or self.dialog is not None:
            return
        if self.already_signed:
            self.close_person()
            self.feedback.info(self.tr("Ready for the next person."))
            return
        employee = self.employee
        try:
            result = checkin.check_in(self.current_event, employee, method=self.method, strokes=self.pad.strokes(),
                                      pact_sha256=self.pact_sha256)
        except AlreadyDone as err:  # signed meanwhile (another window on this database)
            self.open_employee(employee, self.method)
            self.feedback.warning(err.text())
            return
        except DomainError as err:  # too little ink, event closed: the ink stays for another try
            self._refused(err)
            return
        except STORAGE_ERRORS as exc:
            self._storage_failed(exc)
            return
        name, att = employee.display_name(), result.attendance
        if result.created or result.signature_created:
            text = self.tr("Saved: {name} — present at {time}.").format(name=name, time=short_time(att.recorded_at))
            if result.signature_created:
                text += " " + self.tr("Signed.")
            if att.late:
                text += " " + self.tr("(late)")
            self.feedback.success(text)
        else:
            self.feedback.warning(self.tr("{name} was already checked in at {time}: no second record was made.")
                                  .format(name=name, time=short_time(att.recorded_at)))
        self._finished(att.id, name)

    def _finished(self, attendance_id: str, name: str) -> None:
        if self.signer is not None:
            self.signer.show_done(name)
        self.close_person()
        self.saved.emit(attendance_id)
        QTimer.singleShot(0, self.counts.refresh)  # after the input is ready for the next person

    def _refused(self, err: DomainError) -> None:
        self.feedback.failure(err.text())
        if err.code == "closed":  # closed elsewhere since this desk loaded it
            self.reload_event()

    def _storage_failed(self, exc: BaseException) -> None:
        self.feedback.failure(self.tr("Not saved. The signature is kept: press Enter to try again."))
        self.dialog = open_database_error(self, exc)
        self.dialog.finished.connect(self._dialog_closed)

    def _dialog_closed(self, *_args) -> None:
        self.dialog = None
        self.input.setFocus()

    # --- the focus ----------------------------------------------------------------------------
    def _focus_changed(self, _old, new) -> None:
        # One input has the focus whenever no dialog is open.
        if (self.isVisible() and QApplication.activeModalWidget() is None and new is not None
                and new is not self.input and self.isAncestorOf(new)):
            QTimer.singleShot(0, self.input.setFocus)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.input.setFocus()
        run_task(search.warm_up)  # the typo index, off the GUI thread (rebuilt if the roster changed)
