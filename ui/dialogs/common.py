"""Small pieces the dialogs share: an identifier field validated as you type, button helpers."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ikrar.models import settings
from ikrar.models.errors import DomainError
from ikrar.models.identifiers import IdentifierError, format_nip, normalize_digits, parse_nik, parse_nip
from ikrar.ui.i18n import current_language

OK_STYLE = "color: #1b6e20;"
WARN_STYLE = "color: #8a5300;"
ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: #555;"


class IdentifierField(QWidget):
    """A line edit for a NIP (or, with allow_nik, a NIP or NIK) and a line under it saying, in the
    current language, whether the number is valid and if not exactly why."""

    changed = Signal()

    def __init__(self, parent=None, *, allow_nik: bool = False, required: bool = False):
        super().__init__(parent)
        self.allow_nik, self.required = allow_nik, required
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(40)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.status)
        self.edit.textChanged.connect(self._validate)
        self._kind, self._value, self._error = "", "", ""
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("18-digit NIP or 16-digit NIK") if self.allow_nik
                                     else self.tr("18-digit NIP, e.g. 19860926 201505 1 001"))
        self._validate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def setText(self, text: str) -> None:
        self.edit.setText(format_nip(text or ""))

    def text(self) -> str:
        return self.edit.text()

    def value(self) -> str:
        """The bare digits when valid, else ''."""
        return self._value

    def kind(self) -> str:
        return self._kind  # "nip", "nik" or ""

    def error(self) -> str:
        """Why the number is not accepted ('' when it is, or when it is blank and optional)."""
        return self._error

    def is_valid(self) -> bool:
        return not self._error

    def _show(self, text: str, style: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(style)
        self.status.setVisible(bool(text))

    def _validate(self) -> None:
        raw = self.edit.text().strip()
        self._kind, self._value, self._error = "", "", ""
        en = current_language() == "en"
        if not raw:
            if self.required:
                self._error = self.tr("Type the NIP or NIK.") if self.allow_nik else self.tr("Type the NIP.")
            self._show("", HINT_STYLE)
            self.changed.emit()
            return
        try:
            digits = normalize_digits(raw)
            if self.allow_nik and len(digits) == 16:
                info = parse_nik(digits)
                self._kind, self._value = "nik", info.nik
                warn = "; ".join(w.en if en else w.id for w in info.warnings)
                self._show(self.tr("Valid NIK") + (f" ({warn})" if warn else ""), WARN_STYLE if warn else OK_STYLE)
            elif len(digits) >= 18 or (not self.allow_nik and len(digits) in (9, 16)):
                info = parse_nip(digits)
                self._kind, self._value = "nip", info.nip
                self._show(self.tr("Valid NIP ({category}): {nip}").format(
                    category=info.category, nip=format_nip(info.nip)), OK_STYLE)
            else:
                self._error = (self.tr("A NIP has 18 digits and a NIK 16; this number has {count}.") if self.allow_nik
                               else self.tr("A NIP has 18 digits; this number has {count}.")).format(count=len(digits))
                self._show(self._error, HINT_STYLE)  # still typing: no red yet
        except IdentifierError as exc:
            self._error = exc.reason.en if en else exc.reason.id
            self._show(self._error, ERROR_STYLE)
        self.changed.emit()


def make_button(text: str, parent=None, *, default: bool = False, object_name: str = "") -> QPushButton:
    button = QPushButton(text, parent)
    button.setAutoDefault(default)
    button.setDefault(default)
    if object_name:
        button.setObjectName(object_name)
    return button


def add_rows(form: QFormLayout, fields) -> list[QLabel]:
    """Add one row per field with a label to be filled in by retranslate(); returns the labels."""
    labels = []
    for field in fields:
        label = QLabel(form.parentWidget())
        if isinstance(field, QWidget):
            label.setBuddy(field.edit if isinstance(field, IdentifierField) else field)
        form.addRow(label, field)
        labels.append(label)
    return labels


def set_texts(labels: list[QLabel], texts) -> None:
    for label, text in zip(labels, texts, strict=True):
        label.setText(text)


def pin_refusal(pin: str, wrong_text: str) -> str | None:
    """None when *pin* is the admin PIN; else what to tell the person: *wrong_text*, or how long to
    wait while PIN entry is locked after too many wrong PINs (the model's sentence)."""
    try:
        return None if settings.check_admin_pin(pin) else wrong_text
    except DomainError as err:
        return err.text()
