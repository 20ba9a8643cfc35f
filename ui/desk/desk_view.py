"""The desk: scan or search a person, confirm on the card, sign under the pact, save; the input is
then ready for the next person. Keyboard contract: a NIP + Enter (or a scan) opens the person with
the pad ready; after drawing, Enter saves; Esc goes back. Enter opens a search result only when one
is chosen: the desk chooses the first for the clerk only when it is a sure match (no typo, nothing
across two words). Someone not found can be registered on the spot (F4, ui/desk/walk_ins.py)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QHBoxLayout, QVBoxLayout, QWidget

from ikrar.models import checkin, events, pact, settings
from ikrar.models.desk import local_desk
from ikrar.models.errors import AlreadyDone, DomainError
from ikrar.models.identifiers import extract_code, format_nip
from ikrar.models.queries.people import employee_by_id
from ikrar.models.queries.units import expected_unit_ids
from ikrar.models.search import lookup as search
from ikrar.models.store.dialect import STORAGE_ERRORS as DRIVER_ERRORS
from ikrar.ui.desk import absence_marks
from ikrar.ui.desk.clock_banner import ClockBanner
from ikrar.ui.desk.desk_devices import SignerAndCamera
from ikrar.ui.desk.desk_parts import IDLE, RESULTS, SIGN, LeftPanel, RightPages
from ikrar.ui.desk.dialogs import CannotSign, open_database_error
from ikrar.ui.desk.event_closing import EventClosing
from ikrar.ui.desk.ink import Ink
from ikrar.ui.desk.person_card import short_time
from ikrar.ui.desk.print_forms import PrintForms
from ikrar.ui.desk.results_list import summary
from ikrar.ui.desk.walk_ins import WalkIns
from ikrar.ui.screens.event_text import event_when
from ikrar.ui.tasks import run_task

STORAGE_ERRORS = (*DRIVER_ERRORS, OSError)  # locked, read-only, disk full, the server gone
LIMIT = 20  # results shown
COUNT_DELAY_MS = 16  # a full list is counted a frame after it is shown: the keystroke does not wait


class DeskView(SignerAndCamera, EventClosing, CannotSign, WalkIns, QWidget):
    saved = Signal(str)  # attendance id, after the commit
    opened = Signal(int)  # employee id, once the card and the pad are shown

    def __init__(self, parent=None):
        super().__init__(parent)
        self.current_event = None
        self.employee = self.existing = None
        self.marks: list = []  # the open person's live absence marks
        self.searched = ""  # the text of the last search
        self.method = "search"
        self.already_signed = False
        self.signer = None
        self.dialog = None
        self.ink = Ink(parent=self)
        self.print_forms = PrintForms(self)
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
        # F12 (the signer screen) is the main window's one binding, which calls open_signer: a second
        # binding here made Qt refuse both ("Ambiguous shortcut overload")
        for key, slot in (("F6", self.clear_ink), ("F7", self.cannot_sign), ("F9", self.counts.open_void)):
            action = QAction(self, shortcut=key, shortcutContext=Qt.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self._actions.append(action)
        self.setup_walk_ins()
        self._count_timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS, timeout=self._count)
        self._clock_timer = QTimer(self, interval=60_000, timeout=self._check_clock)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        QTimer.singleShot(400, self._offer_camera)  # QtMultimedia only once the window is up
        self.retranslate()

    def retranslate(self) -> None:
        texts = (self.tr("Clear the signature"), self.tr("Cannot sign…"), self.tr("Void a check-in…"))
        for action, text in zip(self._actions, texts, strict=True):
            action.setText(text)
        self.retranslate_walk_ins()
        if self.searched and self.employee is None:
            self._search(self.searched)
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
        self.input.reload_thresholds(force=True)  # this database's scanner (ui/desk/scan_timing.py)
        e = self.current_event
        self.left.event_label.setText(f"<b>{e.title}</b>")
        self.left.when_label.setText(event_when(e))
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
        starting, self.searched = not self.searched.strip(), text
        if self.employee is not None:
            if not text.strip() or not self.ink.is_empty():
                return
            self.close_person(reset_input=False)  # typing again before any ink: someone else
        self.withdraw_walk_in()
        if not text.strip() or self.current_event is None:
            self.results.set_hits([])
            self.pages.setCurrentIndex(IDLE)
            return
        if starting and self.feedback.text():
            self.feedback.info("")  # what was said about the last person is not about this one
        hits = search.search(text, limit=LIMIT, event_id=self.current_event.id)
        self.results.set_hits(hits)
        self._count_timer.stop()
        if hits:
            label = summary(hits, LIMIT, None if len(hits) == LIMIT else len(hits), search.COUNT_CAP)
            if len(hits) == LIMIT and not hits[-1].match.startswith("typo"):
                self._count_timer.start()  # "the first 20 of N" once N is known
        else:
            label = self.tr("No one found for “{text}”. Check the spelling, or register the person as "
                            "outside the list.").format(text=text)
            self.offer_walk_in(text)
        if label != self.pages.results_label.text():
            self.pages.results_label.setText(label)
        self.pages.setCurrentIndex(RESULTS)

    def _count(self) -> None:
        hits = self.results.results.hits
        if self.employee is None and len(hits) == LIMIT and self.searched.strip():
            self.pages.results_label.setText(summary(hits, LIMIT, search.count(self.searched), search.COUNT_CAP))

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
        elif self.pages.currentIndex() == RESULTS and self.results.results.hits:
            self.feedback.warning(self.tr("No one is chosen: these are not sure matches. Check the name, choose "
                                          "with ↑ ↓, then press Enter."))

    def open_code(self, code: str, method: str) -> None:
        employee = search.find_by_code(code) if self.current_event is not None else None
        if employee is None:
            self.input.reset()
            if self.current_event is None:
                return
            shown = format_nip(code) if len(code) == 18 else code
            self.feedback.failure(self.tr("{code} is not on the employee list.").format(code=shown))
            self.pages.results_label.setText(self.tr("{code} is not on the employee list. If the person is here, "
                                                     "register them as outside the list.").format(code=shown))
            self.results.set_hits([])
            self.offer_walk_in(code=code, method=method)
            return
        self.open_employee(employee, method)

    def open_employee(self, employee, method: str) -> None:
        self.employee, self.method = employee, method
        self._show_card()
        self.ink.clear()
        can_sign = not self.already_signed and not self.event_closed
        self.sign.set_can_sign(can_sign, closed=self.event_closed, signed=self.already_signed)
        self.left.show_card(True)
        self.pages.setCurrentIndex(SIGN)
        self.input.reset()
        existing, name = self.existing, employee.display_name()
        if existing is None and self.event_closed:
            self.feedback.failure(self.closed_text())
        elif existing is None and self.marks:
            self.feedback.warning(absence_marks.opened_text(name, self.marks))
        elif existing is None or existing.id == self.fresh_walk_in:
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
        live = checkin.live_attendances(self.current_event, employee)
        present = [a for a in live if a.status == "H"]
        self.existing = present[0] if present else None
        self.marks = [] if present else [a for a in live if a.status != "H"]
        self.already_signed = self.existing is not None and checkin.signature_of(self.existing) is not None
        notes = []
        if employee.is_walk_in:
            notes.append(self.tr("Outside the list (a walk-in)."))
        if not employee.active:
            notes.append(self.tr("No longer active on the roster."))
        expected = expected_unit_ids(self.current_event)
        if expected is not None and employee.unit_id not in expected and not employee.is_walk_in:
            notes.append(self.tr("Not in this event's units: the check-in is still recorded."))
        shown = self.existing
        if shown is not None and shown.id == self.fresh_walk_in and not self.already_signed:
            shown = None  # recorded a moment ago by this desk's walk-in dialog: nothing to warn of
            notes.append(self.tr("Recorded as present just now; the signature is added to that record."))
        here = local_desk().id if self.marks else ""
        self.card.show_person(employee, existing=shown, signed=self.already_signed,
                              desk_name=shown.desk.name if shown else "", notes=notes,
                              marks=[absence_marks.card_text(m, here) for m in self.marks])

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
        self.marks, self.fresh_walk_in = [], None
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
        employee, marks = self.employee, self.marks
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
        if result.signature_created:
            self.print_forms.saved(result.signature)
        if result.created or result.signature_created:
            text = self.tr("Saved: {name} — present at {time}.").format(name=name, time=short_time(att.recorded_at))
            if result.signature_created:
                text += " " + self.tr("Signed.")
            if att.late:
                text += " " + self.tr("(late)")
            if marks and result.created:
                still_live = {a.id for a in checkin.live_attendances(self.current_event, employee)}
                text += " " + absence_marks.saved_text(marks, still_live)
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
