"""The desk's two columns: on the left the input, the feedback, the person card and the counts; on
the right the page of the moment (ready, results, or pact + pad)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ikrar.ui.desk.counts_panel import CountsPanel
from ikrar.ui.desk.feedback import Feedback
from ikrar.ui.desk.ink import Ink
from ikrar.ui.desk.person_card import PersonCard
from ikrar.ui.desk.results_list import ResultsList
from ikrar.ui.desk.scan_input import ScanInput
from ikrar.ui.desk.sign_page import SignPage
from ikrar.ui.dialogs.close_event import SHORTCUT

IDLE, RESULTS, SIGN = range(3)


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


class LeftPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.event_label = QLabel(wordWrap=True, styleSheet="color: #374151;")  # the title
        layout.addWidget(self.event_label)
        when = QHBoxLayout()
        self.when_label = QLabel(wordWrap=True, styleSheet="color: #374151;")  # date, time, place
        when.addWidget(self.when_label, 1)
        self.close_button = QPushButton()  # close or reopen the event (ui/desk/event_closing.py)
        self.close_button.setObjectName("closeEventButton")
        self.close_button.setFocusPolicy(Qt.NoFocus)  # the keyboard stays in the scan input
        when.addWidget(self.close_button, 0, Qt.AlignTop)
        layout.addLayout(when)
        self.event_closed = False
        row = QHBoxLayout()
        self.input = ScanInput(self)
        self.input.setFont(scaled_font(self.input, 1.5))
        self.input.setMinimumHeight(46)
        row.addWidget(self.input, 1)
        self.camera_button = QToolButton(text="📷")
        self.camera_button.setFocusPolicy(Qt.NoFocus)
        self.camera_button.setMinimumSize(46, 46)
        self.camera_button.hide()
        row.addWidget(self.camera_button)
        layout.addLayout(row)
        self.feedback = Feedback(self)
        layout.addWidget(self.feedback)
        self.stack = QStackedWidget()
        self.hint = QLabel(wordWrap=True, alignment=Qt.AlignTop | Qt.AlignLeft,
                           styleSheet="color: #4b5563; padding: 4px;")
        self.card = PersonCard(self)
        self.stack.addWidget(self.hint)
        self.stack.addWidget(self.card)
        layout.addWidget(self.stack)
        self.counts = CountsPanel(self)
        layout.addWidget(self.counts, 1)
        self.person_open = False
        self.setMinimumWidth(360)
        self.setMaximumWidth(520)
        self.retranslate()

    def set_event_closed(self, closed: bool) -> None:
        self.event_closed = closed
        self.retranslate()

    def show_card(self, shown: bool) -> None:
        self.person_open = shown
        self.stack.setCurrentWidget(self.card if shown else self.hint)
        self.retranslate()

    def retranslate(self) -> None:
        self.input.setPlaceholderText(self.tr("Enter: save · Esc: cancel") if self.person_open
                                      else self.tr("Scan, or type a name or NIP"))
        self.hint.setText(self.tr("Scan the person's code, or type three letters of the name. "
                                  "↑ ↓ choose, Enter opens, Esc clears."))
        self.camera_button.setToolTip(self.tr("Read a QR code with the camera (F8)"))
        text = self.tr("Reopen event… ({key})") if self.event_closed else self.tr("Close event… ({key})")
        self.close_button.setText(text.format(key=SHORTCUT))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class RightPages(QStackedWidget):
    def __init__(self, ink: Ink, parent=None):
        super().__init__(parent)
        self.idle = QLabel(alignment=Qt.AlignCenter, wordWrap=True, styleSheet="color: #6b7280;")
        self.idle.setFont(scaled_font(self.idle, 1.6))
        results_page = QWidget()
        results_layout = QVBoxLayout(results_page)
        results_layout.setContentsMargins(0, 0, 0, 0)
        self.results_label = QLabel()
        self.results_label.setFont(scaled_font(self.results_label, 1.1))
        # One line of fixed height: a new count per keystroke must not re-lay out the window.
        self.results_label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
        self.results_label.setFixedHeight(self.results_label.fontMetrics().height() + 6)
        results_layout.addWidget(self.results_label)
        row = QHBoxLayout()  # someone found by no one: registered on the spot (ui/desk/walk_ins.py)
        self.walk_in_button = QPushButton()
        self.walk_in_button.setObjectName("walkInButton")
        self.walk_in_button.setFocusPolicy(Qt.NoFocus)  # the keyboard stays in the scan input
        self.walk_in_button.setMinimumHeight(40)
        self.walk_in_button.setFont(scaled_font(self.walk_in_button, 1.1, bold=True))
        self.walk_in_button.hide()
        row.addWidget(self.walk_in_button)
        row.addStretch(1)
        results_layout.addLayout(row)
        self.results = ResultsList(self)
        self.results.setFont(scaled_font(self.results, 1.1))
        self.results.verticalHeader().setDefaultSectionSize(int(self.results.fontMetrics().height() * 1.9))
        results_layout.addWidget(self.results, 1)
        self.sign = SignPage(ink, self)
        for page in (self.idle, results_page, self.sign):
            self.addWidget(page)
        self.retranslate()

    def retranslate(self) -> None:
        self.idle.setText(self.tr("Ready for the next person.\n\nScan the QR code or barcode, or type a name or NIP."))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
