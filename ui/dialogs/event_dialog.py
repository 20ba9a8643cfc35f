"""Create or change an event: what, when, where, who is expected, who approves, and the pact text (its
fields, the Pemda, the election and the year, filled in by the event's owner: ui/dialogs/pact_editor.py)."""
from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ikrar.models import clock, events, settings
from ikrar.models.errors import DomainError
from ikrar.models.queries.units import expected_unit_ids, unit_choices, units_by_ids
from ikrar.ui.dialogs.common import ERROR_STYLE, IdentifierField, add_rows, make_button, set_texts
from ikrar.ui.dialogs.errors import show_error
from ikrar.ui.dialogs.pact_editor import PactEditor
from ikrar.ui.dialogs.unit_picker import UnitPicker
from ikrar.ui.i18n import locale

KINDS = ("apel", "upacara", "pakta")
ZONES = ("WIB", "WITA", "WIT")


class EventDialog(QDialog):
    def __init__(self, parent=None, event_id: str | None = None):
        super().__init__(parent)
        self.event_id = event_id
        self._event = events.find_event(event_id) if event_id else None
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._details_tab(), "")
        self.units = UnitPicker(self)
        self.tabs.addTab(self.units, "")
        self.pact_editor = PactEditor(self)  # the pact's fields, its template, what the signer sees
        self.pact, self.preview = self.pact_editor.text, self.pact_editor.preview
        self.tabs.addTab(self.pact_editor, "")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.save_button = make_button("", self, default=True, object_name="save")
        self.cancel_button = make_button("", self, object_name="cancel")
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.units.set_choices(unit_choices())
        self._load()
        self.retranslate()
        self.resize(940, 640)

    def _details_tab(self) -> QWidget:
        page = QWidget(self)
        self.title = QLineEdit(page)
        self.kind = QComboBox(page)
        self.kind.addItems([""] * len(KINDS))
        self.date = QDateEdit(page)
        self.date.setCalendarPopup(True)
        self.start = QTimeEdit(page)
        self.start.setDisplayFormat("HH:mm")
        self.zone = QComboBox(page)
        self.zone.addItems(ZONES)
        when = QHBoxLayout()
        when.addWidget(self.date, 2)
        when.addWidget(self.start, 1)
        when.addWidget(self.zone, 1)
        self.place = QLineEdit(page)
        self.organizer = QLineEdit(page)
        self.details_form = QFormLayout()
        self.details_labels = add_rows(self.details_form, (self.title, self.kind, when, self.place, self.organizer))
        self.approver_box = QGroupBox(page)
        self.approver_position = QLineEdit(self.approver_box)
        self.approver_name = QLineEdit(self.approver_box)
        self.approver_nip = IdentifierField(self.approver_box)
        self.approver_form = QFormLayout(self.approver_box)
        self.approver_labels = add_rows(self.approver_form,
                                        (self.approver_position, self.approver_name, self.approver_nip))
        layout = QVBoxLayout(page)
        layout.addLayout(self.details_form)
        layout.addWidget(self.approver_box)
        layout.addStretch(1)
        return page

    def retranslate(self) -> None:
        new = self._event is None
        self.setWindowTitle(self.tr("New event") if new else self.tr("Edit event"))
        for i, text in enumerate((self.tr("Event"), self.tr("Expected units"), self.tr("Pact text"))):
            self.tabs.setTabText(i, text)
        for i, text in enumerate((self.tr("Apel"), self.tr("Ceremony (upacara)"), self.tr("Pact signing"))):
            self.kind.setItemText(i, text)
        labels = (self.tr("Title"), self.tr("Kind"), self.tr("Date, start, zone"), self.tr("Place"),
                  self.tr("Organizer"))
        set_texts(self.details_labels, labels)
        self.title.setPlaceholderText(self.tr("e.g. Apel Ikrar Netralitas ASN"))
        self.place.setPlaceholderText(self.tr("e.g. Halaman Kantor Bupati"))
        self.organizer.setPlaceholderText(self.tr("e.g. BKPSDM Kabupaten …"))
        self.date.setLocale(locale())
        self.date.setDisplayFormat("dddd, d MMMM yyyy")
        self.approver_box.setTitle(self.tr("Approving official (mengetahui) on the printed list"))
        set_texts(self.approver_labels, (self.tr("Position"), self.tr("Name"), self.tr("NIP")))
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _load(self) -> None:
        e = self._event
        if e is None:
            today = clock.now().date()
            self.date.setDate(QDate(today.year, today.month, today.day))
            self.start.setTime(QTime(7, 30))
            self.approver_position.setText(settings.get("approver_position"))
            self.approver_name.setText(settings.get("approver_name"))
            self.approver_nip.setText(settings.get("approver_nip"))
            self.pact_editor.load(None)
            self.units.set_selection(None)
            return
        self.title.setText(e.title)
        self.kind.setCurrentIndex(KINDS.index(e.kind) if e.kind in KINDS else 0)
        self.date.setDate(QDate(e.date.year, e.date.month, e.date.day))
        hour, minute = (int(x) for x in e.start_time.split(":"))
        self.start.setTime(QTime(hour, minute))
        self.zone.setCurrentText(e.tz)
        self.place.setText(e.place)
        self.organizer.setText(e.organizer)
        self.approver_position.setText(e.approver_position)
        self.approver_name.setText(e.approver_name)
        self.approver_nip.setText(e.approver_nip)
        self.pact_editor.load(e.pact.text if e.pact else None)
        self.units.set_selection(expected_unit_ids(e))

    def _refuse(self, tab: int, widget: QWidget, text: str) -> None:
        self.tabs.setCurrentIndex(tab)
        widget.setFocus()
        self.message.setText(text)

    def save(self) -> None:
        self.message.clear()
        if not self.title.text().strip():
            return self._refuse(0, self.title, self.tr("Write the title of the event."))
        if not self.approver_nip.is_valid():
            return self._refuse(0, self.approver_nip.edit,
                                self.tr("The approving official's NIP: {reason}").format(
                                    reason=self.approver_nip.error()))
        selection = self.units.selection()
        if selection is not None and not selection:
            return self._refuse(1, self.units.list, self.tr("Tick at least one unit, or choose all units."))
        if not self.pact.toPlainText().strip():
            return self._refuse(2, self.pact, self.tr("The pact text cannot be empty."))
        problem = self.pact_editor.problem()
        if problem is not None:
            return self._refuse(2, *problem)
        qdate = self.date.date()
        fields = {
            "title": self.title.text().strip(), "kind": KINDS[self.kind.currentIndex()], "tz": self.zone.currentText(),
            "start_time": self.start.time().toString("HH:mm"), "place": self.place.text().strip(),
            "organizer": self.organizer.text().strip(), "approver_position": self.approver_position.text().strip(),
            "approver_name": self.approver_name.text().strip(), "approver_nip": self.approver_nip.value(),
        }
        units = units_by_ids(selection) if selection is not None else None
        pact = {"pact_text": self.pact_editor.template(), "pact_fields": self.pact_editor.fields()}
        try:
            if self._event is None:
                event = events.create_event(event_date=qdate.toPython(), units=units, **pact, **fields)
            else:
                event = events.update_event(self._event, date=qdate.toPython(), units=units or [], **pact, **fields)
        except DomainError as exc:
            self.message.setText(exc.text())
            return None
        except Exception as exc:  # noqa: BLE001 - database or disk: say what to do, keep the form as it is
            show_error(self, self.tr("The event was not saved"), exc)
            return None
        self.event_id = event.id
        self.accept()
        return None
