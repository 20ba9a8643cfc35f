"""Settings: the letterhead and logo for the printed lists, the city, the Pemda named in the pact text
(pemda_name: a new event's pact starts with it; empty, the kop's first line names it), the default approving
official, the paper, this desk's name, the language and the admin PIN; the database this user's window
opens (a hub's server: ui/dialogs/hub_section.py, kept outside the database); and the first-start setup
again (ui/dialogs/setup_dialog.py). Every value goes through settings.change, which says in one
sentence what is wrong with it; the logo is kept in the database as the picture's bytes."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
)

from ikrar.models import settings
from ikrar.models.desk import local_desk
from ikrar.models.errors import DomainError
from ikrar.models.pact import pemda_from_letterhead
from ikrar.models.store import server_choice
from ikrar.models.store.connection import db
from ikrar.ui import i18n
from ikrar.ui.desk.scanner_test import scanner_test_button
from ikrar.ui.dialogs.common import ERROR_STYLE, HINT_STYLE, IdentifierField, add_rows, make_button, set_texts
from ikrar.ui.dialogs.errors import show_error
from ikrar.ui.dialogs.hub_section import HubSection
from ikrar.ui.dialogs.setup_dialog import SetupDialog
from ikrar.ui.dialogs.setup_pages import place_date_example
from ikrar.ui.dialogs.setup_preview import LogoPicker

PAPERS = ("F4", "A4")


def _form(box: QGroupBox) -> QFormLayout:
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class SettingsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        # Letterhead and logo
        self.letterhead_box = QGroupBox(self)
        self.letterhead = QPlainTextEdit(self.letterhead_box)
        self.letterhead_hint = QLabel(self.letterhead_box)
        self.letterhead_hint.setWordWrap(True)
        self.letterhead_hint.setStyleSheet(HINT_STYLE)
        self.logo = LogoPicker(self.letterhead_box)
        box = QVBoxLayout(self.letterhead_box)
        box.addWidget(self.letterhead, 1)
        box.addWidget(self.letterhead_hint)
        # the Pemda the pact's points name: beside the kop, whose first line names it when left empty
        self.pemda_name = QLineEdit(self.letterhead_box)
        self.pemda_name.setMaxLength(100)  # the registry's limit (models/settings.py)
        pemda_form = QFormLayout()
        pemda_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # the field as wide as the kop's
        box.addLayout(pemda_form)
        self.pemda_label, = add_rows(pemda_form, (self.pemda_name,))
        box.addWidget(self.logo)
        # Printing
        self.print_box = QGroupBox(self)
        self.city = QLineEdit(self.print_box)
        self.city_example = QLabel(self.print_box)
        self.city_example.setStyleSheet(HINT_STYLE)
        self.paper = QComboBox(self.print_box)
        self.paper.addItems(["", ""])
        self.print_form = _form(self.print_box)
        self.print_labels = add_rows(self.print_form, (self.city, self.city_example, self.paper))
        # Default approving official
        self.official_box = QGroupBox(self)
        self.approver_position = QLineEdit(self.official_box)
        self.approver_name = QLineEdit(self.official_box)
        self.approver_nip = IdentifierField(self.official_box)
        self.official_form = _form(self.official_box)
        self.official_labels = add_rows(self.official_form,
                                        (self.approver_position, self.approver_name, self.approver_nip))
        # This desk and language
        self.desk_box = QGroupBox(self)
        self.desk_name = QLineEdit(self.desk_box)
        self.language = QComboBox(self.desk_box)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.desk_form = _form(self.desk_box)
        self.desk_labels = add_rows(self.desk_form, (self.desk_name, self.language))
        self.desk_form.addRow(scanner_test_button(self.desk_box))  # Tes pemindai: this desk's scanner
        # Admin PIN
        self.pin_box = QGroupBox(self)
        self.pin_status = QLabel(self.pin_box)
        self.pin_status.setWordWrap(True)
        digits = QRegularExpressionValidator(r"\d{0,12}", self)
        self.old_pin, self.new_pin, self.repeat_pin = (QLineEdit(self.pin_box) for _ in range(3))
        for edit in (self.old_pin, self.new_pin, self.repeat_pin):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setValidator(digits)
        self.pin_form = _form(self.pin_box)
        self.pin_form.addRow(self.pin_status)
        self.pin_labels = add_rows(self.pin_form, (self.old_pin, self.new_pin, self.repeat_pin))
        self.pin_form.setRowVisible(self.old_pin, settings.has_admin_pin())
        # The database this user's window opens (a file outside the database keeps the choice)
        self.hub = HubSection(self)
        self.restart_notice: QMessageBox | None = None

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.save_button = make_button("", self, default=True, object_name="save")
        self.cancel_button = make_button("", self, object_name="cancel")
        self.setup_button = make_button("", self, object_name="setup")
        buttons = QHBoxLayout()
        buttons.addWidget(self.setup_button)
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        grid = QGridLayout()
        grid.addWidget(self.letterhead_box, 0, 0)
        grid.addWidget(self.print_box, 1, 0)
        top_right = QVBoxLayout()  # the official's three rows leave room for the database's choice
        top_right.addWidget(self.official_box)
        top_right.addWidget(self.hub)
        grid.addLayout(top_right, 0, 1)
        right = QVBoxLayout()
        right.addWidget(self.desk_box)
        right.addWidget(self.pin_box)
        grid.addLayout(right, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addLayout(buttons)

        self.city.textChanged.connect(self._update_example)
        self.letterhead.textChanged.connect(self._update_pemda_hint)
        self.logo.refused.connect(self.message.setText)
        self.setup_button.clicked.connect(self.open_setup)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.hub.busy.connect(lambda busy: self.save_button.setEnabled(not busy))
        self._load()
        self.retranslate()
        self.resize(1060, 660)  # room for the hub section's sentences; fits 1366×768

    def _load(self) -> None:
        self.letterhead.setPlainText("\n".join(settings.get("letterhead_lines")))
        self.city.setText(settings.get("city"))
        self.pemda_name.setText(settings.get("pemda_name"))
        self.paper.setCurrentIndex(PAPERS.index(settings.get("paper")))
        self.approver_position.setText(settings.get("approver_position"))
        self.approver_name.setText(settings.get("approver_name"))
        self.approver_nip.setText(settings.get("approver_nip"))
        self.desk_name.setText(local_desk().name or settings.get("desk_name"))
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.normalize(settings.get("language")))))
        self.logo.set_data(settings.logo_image())
        self.pin_form.setRowVisible(self.old_pin, settings.has_admin_pin())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.letterhead_box.setTitle(self.tr("Letterhead (kop surat) of the printed lists"))
        self.letterhead_hint.setText(self.tr(
            "One line each: the government, the unit's name (printed bold), the address. Until a letterhead "
            "is set, every document carries a red KOP BELUM DIATUR mark."))
        self.setup_button.setText(self.tr("First-start setup…"))
        self.setup_button.setToolTip(self.tr("The setup asked on the first start, page by page, with the letterhead "
                                             "drawn as it will print"))
        self.print_box.setTitle(self.tr("Printing"))
        self.paper.setItemText(0, self.tr("F4 / Folio (215 × 330 mm)"))
        self.paper.setItemText(1, self.tr("A4 (210 × 297 mm)"))
        self.official_box.setTitle(self.tr("Default approving official (mengetahui)"))
        self.desk_box.setTitle(self.tr("This desk"))
        self.pin_box.setTitle(self.tr("Admin PIN (needed to void a check-in, and to close or reopen an event)"))
        set_texts(self.print_labels, (self.tr("City for \"place, date\""), self.tr("Looks like"), self.tr("Paper")))
        self.pemda_label.setText(self.tr("Pemda in the pact text"))
        self.pemda_name.setToolTip(self.tr(
            "Printed in the points of every pact page: \"… Pegawai ASN di lingkungan Pemerintah Kabupaten Maju …\". "
            "A new event's pact text starts with it (the event's owner may change it there). Empty: taken from "
            "the letterhead's first line."))
        set_texts(self.official_labels, (self.tr("Position"), self.tr("Name"), self.tr("NIP")))
        set_texts(self.desk_labels, (self.tr("Desk name"), self.tr("Language")))
        set_texts(self.pin_labels, (self.tr("Current PIN"), self.tr("New PIN"), self.tr("New PIN again")))
        self.new_pin.setPlaceholderText(self.tr("4–12 digits; leave empty to keep"))
        self.pin_status.setText(
            self.tr("A PIN is set. To change it, type the current PIN first.") if settings.has_admin_pin()
            else self.tr("No PIN is set yet: anyone can void a check-in or close an event."))
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.hub.retranslate()
        self._update_example()
        self._update_pemda_hint()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_example(self) -> None:
        self.city_example.setText(place_date_example(self.city.text()))

    def _update_pemda_hint(self) -> None:
        """Empty, the field shows what the pact will name instead: the kop's first line, as a Pemda."""
        from_kop = pemda_from_letterhead(self.letterhead.toPlainText().split("\n"))
        self.pemda_name.setPlaceholderText(
            self.tr("from the letterhead: {pemda}").format(pemda=from_kop) if from_kop
            else self.tr("e.g. Pemerintah Kabupaten Maju"))

    def set_logo(self, path: str) -> bool:
        """Take the logo in the picture file *path* ('' removes it); False after saying why not."""
        if not path:
            self.logo.set_data(None)
            return True
        return self.logo.set_file(path)

    def open_setup(self) -> None:
        """The first-start setup over this dialog; what it saved is shown here when it closes."""
        self.setup = SetupDialog(self)
        self.setup.accepted.connect(self._reload)
        self.setup.open()

    def _reload(self) -> None:
        self._load()
        self.retranslate()

    def _check_pin(self) -> str | None:
        """The new PIN to store, '' for none, or None after telling what is wrong."""
        new, again = self.new_pin.text(), self.repeat_pin.text()
        if not new and not again:
            return ""
        try:
            right = not settings.has_admin_pin() or settings.check_admin_pin(self.old_pin.text())
        except DomainError as err:  # locked after too many wrong PINs: the model says how long to wait
            self.message.setText(err.text())
            self.old_pin.setFocus()
            return None
        if not right:
            self.message.setText(self.tr("The current PIN is not right; the PIN was not changed."))
            self.old_pin.setFocus()
            return None
        if new != again:
            self.message.setText(self.tr("The two new PINs differ; type them again."))
            self.repeat_pin.clear()
            self.repeat_pin.setFocus()
            return None
        if not 4 <= len(new) <= 12:
            self.message.setText(self.tr("The PIN must have 4 to 12 digits."))
            self.new_pin.setFocus()
            return None
        return new

    def save(self) -> None:
        self.message.clear()
        if not self.approver_nip.is_valid():
            self.approver_nip.edit.setFocus()
            self.message.setText(self.tr("The approving official's NIP: {reason}").format(
                reason=self.approver_nip.error()))
            return
        try:  # before anything is saved, with the cursor put where the fix goes
            settings.OPTIONS["pemda_name"].check(self.pemda_name.text())
        except DomainError as exc:
            self.pemda_name.setFocus()
            self.message.setText(exc.text())
            return
        pin = self._check_pin()
        if pin is None:
            return
        self.hub.check(lambda: self._store(pin))  # a new server is tried first, in the background

    def _store(self, pin: str) -> None:
        lang = self.language.currentData()
        lines = [line.strip() for line in self.letterhead.toPlainText().splitlines() if line.strip()]
        try:
            with db.atomic():
                if pin:
                    settings.set_admin_pin(pin)
                if self.logo.data:
                    settings.store_logo(self.logo.data)
                else:
                    settings.remove_logo()
                settings.change("letterhead_lines", lines)
                settings.change("city", self.city.text())
                settings.change("pemda_name", self.pemda_name.text())
                settings.change("paper", PAPERS[self.paper.currentIndex()])
                settings.change("approver_position", self.approver_position.text())
                settings.change("approver_name", self.approver_name.text())
                settings.change("approver_nip", self.approver_nip.value())
                settings.change("desk_name", self.desk_name.text())
                settings.change("language", lang)
        except DomainError as exc:
            self.message.setText(exc.text())
            return
        except Exception as exc:  # noqa: BLE001 - a locked database, a full disk
            show_error(self, self.tr("The settings were not saved"), exc)
            return
        hub_changed = self.hub.changed()
        if not self.hub.save():
            return
        if lang != i18n.current_language():
            i18n.switch_language(QApplication.instance(), lang)
        if hub_changed:
            self._say_restart()
        self.accept()

    def _say_restart(self) -> None:
        """The window keeps the database it opened (it has no way to reopen one cleanly): the new
        choice is used from the next start, and the person is told so."""
        chosen = self.hub.chosen()
        text = (self.tr("From the next start Ikrar opens the server {server}: close Ikrar and open it again.")
                .format(server=server_choice.server_label(chosen)) if chosen
                else self.tr("From the next start Ikrar opens the file on this computer: close Ikrar and open it "
                             "again."))
        self.restart_notice = QMessageBox(QMessageBox.Icon.Information, self.tr("Database chosen"), text,
                                          QMessageBox.StandardButton.Ok, self.parentWidget())
        self.restart_notice.open()
