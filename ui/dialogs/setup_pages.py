"""The first-start setup's pages: this desk and the language; the kop surat with its logo and a live
preview; the city and the approving official; the admin PIN. Each page fills itself from the
settings, says in one sentence what is wrong (check), and hands its values to the dialog."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ikrar.models import clock, settings
from ikrar.models.desk import is_named, local_desk, suggested_desk_name
from ikrar.models.errors import DomainError
from ikrar.models.events import list_events
from ikrar.models.pact import pemda_from_letterhead
from ikrar.reports.wording import in_zone, plain_date
from ikrar.ui import i18n
from ikrar.ui.dialogs.common import HINT_STYLE, IdentifierField, add_rows, set_texts
from ikrar.ui.dialogs.setup_preview import KopPreview, LogoPicker

PAPERS = ("F4", "A4")


def place_date_example(city: str) -> str:
    """"Maju, 23 November 2026": "city, date" as the documents print it (in Indonesian, whatever the
    window's language), today on the clock of this desk's newest event (WIB without one), not the
    computer's: a computer set to UTC is still on yesterday until 07.00 WIB."""
    newest = next(iter(list_events()), None)
    today = in_zone(clock.now(), newest.tz if newest else "WIB").date()
    return f"{' '.join(city.split()) or '…'}, {plain_date(today)}"


class Page(QWidget):
    """A page: a heading, a paragraph, a form. check() returns the sentence saying what is wrong
    (after putting the cursor there), or '' when the page may be left."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.intro)
        self.layout_.addLayout(self.form)

    def hint(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setStyleSheet(HINT_STYLE)
        return label

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError

    def check(self) -> str:
        return ""

    def first_field(self) -> QWidget:
        """Where the cursor goes when the page is shown."""
        return self

    def _refuse(self, widget: QWidget, sentence: str) -> str:
        widget.setFocus()
        return sentence


class DeskPage(Page):
    """The language (switched live) and this desk's name, suggested from the computer's."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.language = QComboBox(self)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.desk_name = QLineEdit(self)
        self.desk_name.setMaxLength(40)
        desk = local_desk()
        self.desk_name.setText(desk.name if is_named(desk) else suggested_desk_name(desk_id=desk.id))
        self.desk_hint = self.hint()
        self.labels = add_rows(self.form, (self.language, self.desk_name, self.desk_hint))
        self.layout_.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Welcome to Ikrar"))
        self.intro.setText(self.tr(
            "Before this desk is used, set what every printed document carries: the letterhead (kop surat), "
            "the city, the approving official, this desk's name and the admin PIN. Everything can be changed "
            "later in Settings."))
        set_texts(self.labels, (self.tr("Language"), self.tr("This desk's name"), ""))
        self.desk_hint.setText(self.tr(
            "Printed on the documents and carried in the sync files, so the merged reports can tell the desks "
            "apart. For example: Meja Pintu Utara, Meja BKPSDM 2."))

    def first_field(self) -> QWidget:
        return self.desk_name

    def check(self) -> str:
        try:
            settings.OPTIONS["desk_name"].check(self.desk_name.text())
        except DomainError as err:
            return self._refuse(self.desk_name, err.text())
        return ""


class KopPage(Page):
    """The kop's lines as four fields (the government, the office, the address, one more), the
    logo, the Pemda the pact text names (setting pemda_name; empty: the first line, as a Pemda), and
    the preview drawn like the printed kop as they are typed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lines = [QLineEdit(self) for _ in range(4)]
        for edit in self.lines:
            edit.setMaxLength(settings.LINE_LIMIT)
            edit.textChanged.connect(self._update)
        stored = settings.get("letterhead_lines") if settings.letterhead_is_set() else []
        for edit, line in zip(self.lines, [*stored[:3], " · ".join(stored[3:])], strict=False):
            edit.setText(line)
        self.logo = LogoPicker(self)
        self.logo.set_data(settings.logo_image())
        self.logo.changed.connect(self._update)
        self.pemda = QLineEdit(self)
        self.pemda.setMaxLength(100)  # the registry's limit (models/settings.py)
        self.pemda.setText(settings.get("pemda_name"))
        self.labels = add_rows(self.form, (*self.lines, self.logo, self.pemda))
        self.preview_label = QLabel(self)
        self.preview = KopPreview(self)
        self.preview.set_paper(settings.get("paper"))
        self.layout_.addWidget(self.preview_label)
        self.layout_.addWidget(self.preview)
        self.layout_.addStretch(1)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Letterhead (kop surat)"))
        self.intro.setText(self.tr(
            "Type the letterhead as on your office's paper. Until it is set, every document is printed "
            "with a red KOP BELUM DIATUR mark."))
        set_texts(self.labels, (self.tr("Government"), self.tr("Office (printed large)"), self.tr("Address"),
                                self.tr("Phone, e-mail, website"), self.tr("Logo"), self.tr("Pemda in the pact text")))
        self.pemda.setToolTip(self.tr(
            "Printed in the points of every pact page: \"… Pegawai ASN di lingkungan Pemerintah Kabupaten Maju …\". "
            "A new event's pact text starts with it (the event's owner may change it there). Empty: taken from "
            "the letterhead's first line."))
        examples = (self.tr("e.g. PEMERINTAH KABUPATEN MAJU"),
                    self.tr("e.g. BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"),
                    self.tr("e.g. Jalan Merdeka No. 1, Maju 12345"), self.tr("may stay empty"))
        for edit, example in zip(self.lines, examples, strict=True):
            edit.setPlaceholderText(example)
        self.preview_label.setText(self.tr("As it will print:"))
        self.logo.retranslate()
        self._pemda_hint()

    def first_field(self) -> QWidget:
        return self.lines[0]

    def values(self) -> list[str]:
        return [edit.text().strip() for edit in self.lines if edit.text().strip()]

    def _update(self) -> None:
        self.preview.set_lines(self.values())
        self.preview.set_logo(self.logo.data)
        self._pemda_hint()

    def _pemda_hint(self) -> None:
        """Empty, the field shows what the pact will name instead: the kop's first line, as a Pemda."""
        from_kop = pemda_from_letterhead(self.values())
        self.pemda.setPlaceholderText(self.tr("from the letterhead: {pemda}").format(pemda=from_kop) if from_kop
                                      else self.tr("e.g. Pemerintah Kabupaten Maju"))

    def check(self) -> str:
        if not self.lines[0].text().strip():
            return self._refuse(self.lines[0], self.tr(
                "Type the first line of the letterhead: the government, e.g. PEMERINTAH KABUPATEN MAJU."))
        if not settings.is_letterhead(self.values()):
            return self._refuse(self.lines[0], self.tr(
                "The letterhead is still the made-up example; type your own government's name."))
        if not self.lines[1].text().strip():
            return self._refuse(self.lines[1], self.tr("Type the office's name, e.g. DINAS KESEHATAN."))
        try:
            settings.check_letterhead(self.values())
        except DomainError as err:
            return self._refuse(self.lines[0], err.text())
        try:
            settings.OPTIONS["pemda_name"].check(self.pemda.text())
        except DomainError as err:
            return self._refuse(self.pemda, err.text())
        return ""


class OfficialPage(Page):
    """The city for "place, date", the paper, and the approving official printed under "Mengetahui,"."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.city = QLineEdit(self)
        self.city.setMaxLength(60)
        self.city.setText(settings.get("city"))
        self.example = self.hint()
        self.paper = QComboBox(self)
        self.paper.addItems(["", ""])
        self.paper.setCurrentIndex(PAPERS.index(settings.get("paper")))
        self.position = QLineEdit(self)
        self.position.setText(settings.get("approver_position"))
        self.name = QLineEdit(self)
        self.name.setText(settings.get("approver_name"))
        self.nip = IdentifierField(self)
        self.nip.setText(settings.get("approver_nip"))
        self.official_hint = self.hint()
        self.labels = add_rows(self.form, (self.city, self.example, self.paper, self.position, self.name, self.nip,
                                           self.official_hint))
        self.layout_.addStretch(1)
        self.city.textChanged.connect(self._update_example)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("City and approving official"))
        self.intro.setText(self.tr(
            "The documents end with \"city, date\" and the official who approves them (Mengetahui,)."))
        set_texts(self.labels, (self.tr("City"), self.tr("Looks like"), self.tr("Paper"), self.tr("Position"),
                                self.tr("Name, with titles"), self.tr("NIP"), ""))
        self.paper.setItemText(0, self.tr("F4 / Folio (215 × 330 mm)"))
        self.paper.setItemText(1, self.tr("A4 (210 × 297 mm)"))
        self.position.setPlaceholderText(self.tr("e.g. Kepala BKPSDM"))
        self.official_hint.setText(self.tr(
            "The official may stay empty: the name and NIP are then printed as dots, to be written by hand. "
            "An event can name its own official."))
        self._update_example()

    def first_field(self) -> QWidget:
        return self.city

    def _update_example(self) -> None:
        self.example.setText(place_date_example(self.city.text()))

    def check(self) -> str:
        if not self.city.text().strip():
            return self._refuse(self.city, self.tr("Type the city printed before the date, e.g. Maju."))
        if not self.nip.is_valid():
            return self._refuse(self.nip.edit, self.tr("The approving official's NIP: {reason}").format(
                reason=self.nip.error()))
        return ""


class PinPage(Page):
    """The admin PIN, typed twice; changing one that is set asks for it first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        digits = QRegularExpressionValidator(r"\d{0,12}", self)
        self.old_pin, self.new_pin, self.repeat_pin = (QLineEdit(self) for _ in range(3))
        for edit in (self.old_pin, self.new_pin, self.repeat_pin):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setValidator(digits)
        self.form.addRow(self.status)
        self.labels = add_rows(self.form, (self.old_pin, self.new_pin, self.repeat_pin))
        self.form.setRowVisible(self.old_pin, settings.has_admin_pin())
        self.layout_.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Admin PIN"))
        self.intro.setText(self.tr(
            "The PIN is asked before a check-in is voided and before an event is closed or reopened. "
            "Give it only to whoever runs the apel."))
        set_texts(self.labels, (self.tr("Current PIN"), self.tr("New PIN"), self.tr("New PIN again")))
        self.new_pin.setPlaceholderText(self.tr("4–12 digits") if not settings.has_admin_pin()
                                        else self.tr("4–12 digits; leave empty to keep"))
        self.status.setText(
            self.tr("A PIN is set. To change it, type the current PIN first.") if settings.has_admin_pin()
            else self.tr("No PIN is set yet: anyone can void a check-in or close an event."))

    def first_field(self) -> QWidget:
        return self.old_pin if settings.has_admin_pin() else self.new_pin

    def check(self) -> str:
        """Also checks the current PIN (a wrong one is counted, as everywhere)."""
        new, again = self.new_pin.text(), self.repeat_pin.text()
        if not new and not again and settings.has_admin_pin():
            return ""
        if not new:
            return self._refuse(self.new_pin, self.tr("Choose an admin PIN of 4 to 12 digits and type it twice."))
        if not 4 <= len(new) <= 12:
            return self._refuse(self.new_pin, self.tr("The PIN must have 4 to 12 digits."))
        if new != again:
            self.repeat_pin.clear()
            return self._refuse(self.repeat_pin, self.tr("The two new PINs differ; type the new PIN again."))
        if settings.has_admin_pin():
            try:
                right = settings.check_admin_pin(self.old_pin.text())
            except DomainError as err:  # locked after too many wrong PINs: the model says how long to wait
                return self._refuse(self.old_pin, err.text())
            if not right:
                self.old_pin.clear()
                return self._refuse(self.old_pin, self.tr("The current PIN is not right; the PIN was not changed."))
        return ""

    def value(self) -> str:
        """The new PIN to store, '' to keep the one there is."""
        return self.new_pin.text()
