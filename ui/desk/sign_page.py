"""The right-hand side of the desk while a person is open: the pact, the pad (the largest element),
and the buttons, each with its key."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ikrar.ui.desk.ink import Ink
from ikrar.ui.desk.pact_panel import PactPanel
from ikrar.ui.desk.signature_pad import SignaturePad


def _button(text: str, style: str, scale: float = 1.1) -> QPushButton:
    button = QPushButton(text)
    button.setFocusPolicy(Qt.NoFocus)  # clicking must not take the keyboard from the scan input
    button.setMinimumHeight(44)
    font = QFont(button.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(scale > 1.2)
    button.setFont(font)
    button.setStyleSheet(f"QPushButton {{ {style} border-radius: 6px; padding: 4px 16px; }}"
                         "QPushButton:disabled { background: #e5e7eb; color: #9ca3af; }")
    return button


class SignPage(QWidget):
    def __init__(self, ink: Ink, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.pact = PactPanel(self, scale=1.12)  # read by the signer on a one-screen desk
        layout.addWidget(self.pact)
        self.pad = SignaturePad(ink, self)
        layout.addWidget(self.pad, 1)
        row = QHBoxLayout()
        row.setSpacing(8)
        plain = "background: #f3f4f6; color: #111827; border: 1px solid #d1d5db;"
        self.can_sign = self.closed = self.signed = False
        self.clear_button = _button("", plain)
        self.cannot_sign_button = _button("", plain)
        self.cancel_button = _button("", plain)
        self.save_button = _button("", "background: #16a34a; color: white;", 1.35)
        self.save_button.setMinimumWidth(220)
        self.save_button.setMinimumHeight(50)
        for button in (self.clear_button, self.cannot_sign_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.set_can_sign(False)

    def set_can_sign(self, can_sign: bool, closed: bool = False, signed: bool = False) -> None:
        """Ink on or off; *closed*: the event is closed; *signed*: the person has signed already.
        Closed and not signed, the green save button is off too (Enter still tries, and the desk
        says why nothing is saved); signed, it says "Next person"."""
        self.can_sign, self.closed, self.signed = can_sign, closed, signed
        self.pad.setEnabled(can_sign)
        self.clear_button.setEnabled(can_sign)
        self.cannot_sign_button.setEnabled(can_sign)
        self.save_button.setEnabled(can_sign or signed)
        self.retranslate()

    def retranslate(self) -> None:
        self.pad.set_hint(self.tr("Already signed") if self.signed and not self.can_sign
                          else self.tr("Event closed") if self.closed and not self.can_sign else self.tr("Sign here"))
        self.clear_button.setText(self.tr("Clear (F6)"))
        self.cannot_sign_button.setText(self.tr("Cannot sign… (F7)"))
        self.cancel_button.setText(self.tr("Cancel (Esc)"))
        self.save_button.setText(self.tr("Next person (Enter)") if self.signed else self.tr("Save (Enter)"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
