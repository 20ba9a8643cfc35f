"""Register a walk-in: someone at the apel who is not on the roster, with a NIP or NIK checked as
it is typed. A number that is on the roster is that person: they are recorded, not added twice.

From the attendance view the person is recorded as present. From the desk (`for_desk=True`) the
dialog opens with what was scanned or typed (the number, checked at once, or the name), records the
person as present, and the desk then opens them on the signature pad (`outcome`)."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
)

from ikrar.models.checkin import register_walk_in
from ikrar.models.errors import DomainError
from ikrar.models.events import find_event
from ikrar.models.queries.units import unit_by_id, unit_choices
from ikrar.models.search.lookup import find_by_code
from ikrar.ui.dialogs.common import ERROR_STYLE, HINT_STYLE, IdentifierField, add_rows, make_button, set_texts
from ikrar.ui.dialogs.errors import show_error


class WalkInDialog(QDialog):
    def __init__(self, parent=None, event_id: str = "", *, for_desk: bool = False, code: str = "", name: str = "",
                 method: str = "manual"):
        super().__init__(parent)
        self.the_event = find_event(event_id)
        self.for_desk, self.method = for_desk, method
        self.outcome = None  # the CheckinResult after accept
        self.existing = None  # the roster person the number belongs to, if any
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.code = IdentifierField(self, allow_nik=True, required=True)
        self.code.setObjectName("code")
        # The line under the number comes and goes as it is typed: the field grows, never the
        # line edit shrinks (it was squeezed to 2 px when the roster hint appeared too).
        self.code.edit.setMinimumHeight(self.code.edit.sizeHint().height())
        self.code.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)
        self.roster_hint = QLabel(self)
        self.roster_hint.setWordWrap(True)
        self.roster_hint.setStyleSheet(HINT_STYLE)
        self.roster_hint.hide()
        self.name = QLineEdit(self)
        self.unit = QComboBox(self)
        self.unit.addItem("", None)
        for choice in unit_choices():
            self.unit.addItem(choice.name, choice.id)
        self.position = QLineEdit(self)
        self.form = QFormLayout()
        self.labels = add_rows(self.form, (self.code,))
        self.form.addRow(self.roster_hint)
        self.labels += add_rows(self.form, (self.name, self.unit, self.position))
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
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        self.code.changed.connect(self._code_changed)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.retranslate()
        self.resize(640, self.sizeHint().height())
        if code:
            self.code.setText(code)  # checked at once, as if typed
        self.name.setText(name.strip())
        self.first_field = self.name if code and self.code.is_valid() else self.code.edit

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.first_field.setFocus()  # the prefilled number is checked: the name is next

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Register a walk-in"))
        self.intro.setText(self.tr(
            "For someone who is here but not on the employee list. The person is recorded as present, "
            "then signs on the pad.") if self.for_desk else self.tr(
            "For someone who is here but not on the employee list. The person is recorded as present; "
            "they can sign at the desk afterwards."))
        set_texts(self.labels, (self.tr("NIP or NIK"), self.tr("Full name"), self.tr("Unit"), self.tr("Position")))
        self.unit.setItemText(0, self.tr("(no unit / other)"))
        self.name.setPlaceholderText(self.tr("as on the ID card, with titles if any"))
        self.save_button.setText(self.tr("Register, then sign") if self.for_desk else self.tr("Register as present"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.code.retranslate()
        self._code_changed()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _code_changed(self) -> None:
        self.existing = find_by_code(self.code.value()) if self.code.value() else None
        if self.existing is not None:
            unit = self.existing.unit.name if self.existing.unit else "-"
            self.roster_hint.setText(
                self.tr("On the employee list: {name} ({unit}). Saving records this person.").format(
                    name=self.existing.display_name(), unit=unit))
        self.roster_hint.setVisible(self.existing is not None)
        for widget in (self.name, self.unit, self.position):
            widget.setEnabled(self.existing is None)
        self._fit()

    def _fit(self) -> None:
        """Grow to what the form needs now that a line under the number came or went."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        need = (layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth()
                else layout.totalMinimumSize().height())
        if need > self.height():
            self.resize(self.width(), need)

    def save(self) -> None:
        self.message.clear()
        if not self.code.is_valid():
            self.code.edit.setFocus()
            self.message.setText(self.code.error())
            return
        name = self.existing.name if self.existing is not None else self.name.text().strip()
        if not name:
            self.name.setFocus()
            self.message.setText(self.tr("Write the person's name."))
            return
        try:
            self.outcome = register_walk_in(self.the_event, self.code.value(), name,
                                           unit=unit_by_id(self.unit.currentData()),
                                           position=self.position.text().strip(), method=self.method)
        except DomainError as exc:
            self.message.setText(exc.text())
            return
        except Exception as exc:  # noqa: BLE001 - database or disk
            show_error(self, self.tr("The walk-in was not saved"), exc)
            return
        self.accept()
