"""The event dialog's pact tab: the template's fields the event's owner fills (the Pemda, the election,
its year), the template, and what the signer reads, filled (models/pact.py makes the text).

Run on a real 1366×768 screen (tests/test_pact_editor_x11.py): the preview takes the room beside the
template and scrolls, and Tab in the template moves on to the buttons instead of typing a tab."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ikrar.models.errors import Refused
from ikrar.models.pact import (
    PactFields,
    check_fields,
    default_fields,
    fields_in,
    fields_of,
    fill,
    pact_template,
    reading_text,
)
from ikrar.ui.desk.pact_panel import PactPanel
from ikrar.ui.dialogs.common import add_rows, set_texts

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum"
# Where the template's {identitas} stands, the preview shows the lines a signer's page carries there.
SAMPLE_IDENTITY = ("Nama : …", "NIP / NIK : …", "Jabatan : …", "Unit Kerja : …")


class PactPreview(PactPanel):
    """The desk's pact view, in the room the dialog gives it: as tall as the column beside the template,
    scrolling when the text is longer. (PactPanel sizes itself to the text, up to a share of the window's
    height: in a dialog each growth of the window let it grow again, until Simpan and Batal were pushed
    under a 768-pixel screen's taskbar.)"""

    def fit(self) -> None:
        self.text.setMinimumHeight(80)
        self.text.setMaximumHeight(QWIDGETSIZE_MAX)


class PactEditor(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.fields_box = QGroupBox(self)
        self.pemda = QLineEdit(self.fields_box)
        self.election = QLineEdit(self.fields_box)
        self.year = QLineEdit(self.fields_box)
        self.year.setMaxLength(4)
        self.year.setMaximumWidth(90)
        self.field_labels = add_rows(QFormLayout(self.fields_box), (self.pemda, self.election, self.year))
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)  # a tab is no word of a pact; the keyboard goes on to the buttons
        self.preview = PactPreview(self, scale=1.15)  # the desk's own view: what the signer reads
        self.preview_label = QLabel(self)
        self.reset = QPushButton(self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.text, 1)
        left_layout.addWidget(self.reset, 0, Qt.AlignmentFlag.AlignLeft)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview_label)
        right_layout.addWidget(self.preview, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.fields_box)
        layout.addWidget(split, 1)
        for edit in (self.pemda, self.election, self.year):
            edit.textChanged.connect(self._update_preview)
        self.text.textChanged.connect(self._update_preview)
        self.reset.clicked.connect(lambda: self.text.setPlainText(pact_template()))
        self.retranslate()

    def load(self, stored: str | None) -> None:
        """A new event (None): the template with the default fields. An event's text: the template and
        the fields that made it, when it was made so; else the text as stored (nothing to fill)."""
        found = fields_of(stored) if stored is not None else None
        fields = found or default_fields()
        self.pemda.setText(fields.pemda)
        self.election.setText(fields.pemilihan)
        self.year.setText(fields.tahun)
        self.text.setPlainText(pact_template() if stored is None or found else stored)

    def fields(self) -> PactFields:
        return PactFields(self.pemda.text(), self.election.text(), self.year.text())

    def template(self) -> str:
        return self.text.toPlainText()

    def problem(self) -> tuple[QWidget, str] | None:
        """(the field to fix, the sentence) when the template's fields cannot be filled in as typed."""
        if not fields_in(self.template()):
            return None
        try:
            check_fields(self.fields())
        except Refused as exc:
            widget = {"pemda": self.pemda, "pemilihan": self.election}.get(exc.details.get("field"), self.year)
            return widget, exc.text()
        return None

    def filled(self) -> str:
        """The text the event stores (models.events fills it the same way)."""
        return fill(self.template(), self.fields())

    def _update_preview(self) -> None:
        template = self.template()
        self.fields_box.setEnabled(bool(fields_in(template)))
        try:
            text = self.filled()
        except Refused:
            text = template  # (a field not filled in yet: the preview shows its place)
        self.preview.set_pact(reading_text(text, SAMPLE_IDENTITY))

    def retranslate(self) -> None:
        self.hint.setText(self.tr(
            "The text the signer reads before signing. The words in braces are filled in from the fields "
            "below: {pemda}, {pemilihan} and {tahun}; the line {identitas} is where the signer's name, NIP "
            "(or NIK) and position are printed. Each signature keeps the exact text that was shown, so "
            "changing it later does not change what earlier signers agreed to."))
        self.fields_box.setTitle(self.tr("Filled into the pact text"))
        set_texts(self.field_labels, (self.tr("Local government (Pemda)"), self.tr("Election"), self.tr("Year")))
        self.pemda.setPlaceholderText(self.tr("e.g. Pemerintah Kabupaten Contoh"))
        self.election.setPlaceholderText(self.tr("e.g. Pemilihan Umum dan Pemilihan Kepala Daerah"))
        self.year.setPlaceholderText(self.tr("e.g. 2029"))
        self.year.setToolTip(self.tr("May stay empty: the text then names no year."))
        self.preview_label.setText(self.tr("What the signer sees:"))
        self.reset.setText(self.tr("Restore the standard text"))
        self._update_preview()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
