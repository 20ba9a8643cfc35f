"""Mark people who are not present with an absence code (S, I, C, DL, TK) and a note."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
)

from ikrar.models.store.schema import ABSENCE_CODES
from ikrar.ui.dialogs.common import make_button

translate = QCoreApplication.translate


def status_label(code: str | None, late: bool = False) -> str:
    """The status as the lists show it: 'Present', 'S — Sick', 'No record'."""
    if code == "H":
        return translate("Status", "Present (late)") if late else translate("Status", "Present")
    names = {
        "S": translate("Status", "S — Sick"),
        "I": translate("Status", "I — Permission (izin)"),
        "C": translate("Status", "C — Leave (cuti)"),
        "DL": translate("Status", "DL — Official duty elsewhere"),
        "TK": translate("Status", "TK — No explanation"),
    }
    return names.get(code or "", translate("Status", "No record yet"))


class AbsenceDialog(QDialog):
    def __init__(self, parent=None, names: list[str] | None = None):
        super().__init__(parent)
        self.names = list(names or [])
        self.who = QLabel(self)
        self.who.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.radios = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        for code in ABSENCE_CODES:
            radio = QRadioButton(self)
            radio.setObjectName(f"code_{code}")
            self.group.addButton(radio)
            self.radios[code] = radio
            layout.addWidget(radio)
        self.radios["S"].setChecked(True)
        self.note_label = QLabel(self)
        self.note = QLineEdit(self)
        self.note_label.setBuddy(self.note)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note)
        self.ok_button = make_button("", self, default=True, object_name="ok")
        self.cancel_button = make_button("", self, object_name="cancel")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.ok_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.retranslate()
        self.resize(460, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Mark absence"))
        shown = ", ".join(self.names[:5]) + (" …" if len(self.names) > 5 else "")
        self.who.setText(self.tr("Absence code for %n person(s): {names}", "", len(self.names)).format(names=shown))
        for code, radio in self.radios.items():
            radio.setText(status_label(code))
        self.note_label.setText(self.tr("Note (e.g. the letter's number), optional:"))
        self.ok_button.setText(self.tr("Mark"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def code(self) -> str:
        return next(code for code, radio in self.radios.items() if radio.isChecked())

    def set_code(self, code: str) -> None:
        self.radios[code].setChecked(True)
