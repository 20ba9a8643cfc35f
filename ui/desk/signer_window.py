"""The signer's window, for an extended display or a tablet turned to the queue: the pact text
large, the name of the person signing, and a pad sharing the desk's ink (what is drawn here is
what is saved). It shows nobody else's data: no list, no other names, no NIK or NIP."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ikrar.ui.desk.ink import Ink
from ikrar.ui.desk.pact_panel import PactPanel
from ikrar.ui.desk.signature_pad import SignaturePad

THANKS_MS = 4000


class SignerWindow(QWidget):
    clear_requested = Signal()
    done_requested = Signal()
    closed = Signal()

    def __init__(self, ink: Ink, parent=None):
        super().__init__(parent, Qt.Window)
        self.setObjectName("signerWindow")
        self.setStyleSheet("#signerWindow { background: #ffffff; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        self.pact = PactPanel(self, scale=1.35, max_share=0.46)
        layout.addWidget(self.pact)
        self.name = QLabel(alignment=Qt.AlignCenter, wordWrap=True)
        self.name.setObjectName("signerName")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.name.setFont(font)
        layout.addWidget(self.name)
        self.pad = SignaturePad(ink, self)
        layout.addWidget(self.pad, 1)
        buttons = QHBoxLayout()
        self.clear_button, self.done_button = QPushButton(), QPushButton()
        for button, colour in ((self.clear_button, "#e5e7eb"), (self.done_button, "#16a34a")):
            button.setFocusPolicy(Qt.NoFocus)
            button.setMinimumHeight(56)
            big = QFont(button.font())
            big.setPointSizeF(big.pointSizeF() * 1.4)
            big.setBold(True)
            button.setFont(big)
            text = "#ffffff" if button is self.done_button else "#111827"
            button.setStyleSheet(f"QPushButton {{ background: {colour}; color: {text}; "
                                 "border-radius: 8px; padding: 6px 24px; }"
                                 "QPushButton:disabled { background: #f3f4f6; color: #9ca3af; }")
        self.clear_button.clicked.connect(self.clear_requested)
        self.done_button.clicked.connect(self.done_requested)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout.addLayout(buttons)
        self._thanks = QTimer(self, singleShot=True, interval=THANKS_MS, timeout=self.show_idle)
        self._shown: tuple = ("idle", "", False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Ikrar — signature"))
        self.clear_button.setText(self.tr("Clear and sign again"))
        self.done_button.setText(self.tr("Done"))
        self._render()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_pact(self, text: str) -> None:
        self.pact.set_pact(text)

    def show_idle(self) -> None:
        self._thanks.stop()
        self._shown = ("idle", "", False)
        self._render()

    def show_person(self, name: str, can_sign: bool = True) -> None:
        self._thanks.stop()
        self._shown = ("person", name, can_sign)
        self._render()

    def show_done(self, name: str) -> None:
        self._shown = ("done", name, False)
        self._render()
        self._thanks.start()

    def _render(self) -> None:
        state, name, can_sign = self._shown
        if state == "idle":
            text, hint = self.tr("Please wait: the desk will call you."), self.tr("Please wait")
        elif state == "person":
            text, hint = name, (self.tr("Sign here") if can_sign else self.tr("Already signed"))
        else:
            text, hint = self.tr("Thank you, {name}. Your signature is saved.").format(name=name), ""
        self.name.setText(text)
        self.pad.setEnabled(can_sign)
        self.pad.set_hint(hint)
        self.clear_button.setEnabled(can_sign)
        self.done_button.setEnabled(can_sign)

    def place(self) -> None:
        """Full screen on a second display when there is one; otherwise a normal window."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            primary = QGuiApplication.primaryScreen()
            other = next(s for s in screens if s is not primary)
            self.setScreen(other)
            self.setGeometry(other.geometry())
            self.showFullScreen()
        else:
            self.resize(1024, 700)
            self.show()
        self.raise_()

    def closeEvent(self, event) -> None:
        self.closed.emit()
        super().closeEvent(event)
