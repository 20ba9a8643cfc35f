"""The first-start setup: four pages (this desk and the language, the kop surat, the city and the
approving official, the admin PIN), opened by the window on a database that was never set up
(run_first_start), and again from Settings. Finish saves everything in one transaction; "Later"
leaves it for the next start (every document carries "KOP BELUM DIATUR" meanwhile)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
)

from ikrar.models import settings
from ikrar.models.errors import DomainError
from ikrar.models.store.connection import db
from ikrar.ui import i18n
from ikrar.ui.dialogs.common import ERROR_STYLE, make_button
from ikrar.ui.dialogs.errors import show_error
from ikrar.ui.dialogs.setup_pages import PAPERS, DeskPage, KopPage, OfficialPage, PinPage


class SetupDialog(QDialog):
    def __init__(self, parent=None, *, first_start: bool = False):
        super().__init__(parent)
        self.first_start = first_start
        self._language_before = i18n.current_language()
        self.desk_page, self.kop_page = DeskPage(self), KopPage(self)
        self.official_page, self.pin_page = OfficialPage(self), PinPage(self)
        self.pages = [self.desk_page, self.kop_page, self.official_page, self.pin_page]
        self.steps = QListWidget(self)
        self.steps.addItems(["", "", "", ""])
        self.steps.setFixedWidth(210)
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.steps.itemPressed.connect(lambda _item: self._show_step())  # the list only shows where one is
        self.stack = QStackedWidget(self)
        for page in self.pages:
            self.stack.addWidget(page)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.later_button = make_button("", self, object_name="later")
        self.back_button = make_button("", self, object_name="back")
        self.next_button = make_button("", self, default=True, object_name="next")
        buttons = QHBoxLayout()
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        body = QHBoxLayout()
        body.addWidget(self.steps)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

        self.desk_page.language.currentIndexChanged.connect(self._switch_language)
        self.official_page.paper.currentIndexChanged.connect(
            lambda i: self.kop_page.preview.set_paper(PAPERS[i]))
        self.kop_page.logo.refused.connect(self.message.setText)
        self.later_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(lambda: self.go(self.stack.currentIndex() - 1))
        self.next_button.clicked.connect(self.next)
        self.retranslate()
        self.go(0)
        self.resize(1040, 660)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Ikrar: first start") if self.first_start else self.tr("Ikrar: setup"))
        for i, text in enumerate((self.tr("1. This desk"), self.tr("2. Letterhead"),
                                  self.tr("3. City and official"), self.tr("4. Admin PIN"))):
            self.steps.item(i).setText(text)
        self.later_button.setText(self.tr("Later") if self.first_start else self.tr("Cancel"))
        self.back_button.setText(self.tr("Back"))
        self._name_next()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _name_next(self) -> None:
        last = self.stack.currentIndex() == len(self.pages) - 1
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))

    def _show_step(self) -> None:
        self.steps.setCurrentRow(self.stack.currentIndex())

    def go(self, index: int) -> None:
        index = max(0, min(index, len(self.pages) - 1))
        self.message.clear()
        self.stack.setCurrentIndex(index)
        self._show_step()
        self.back_button.setEnabled(index > 0)
        self._name_next()
        self.next_button.setDefault(True)
        self.pages[index].first_field().setFocus()

    def next(self) -> None:
        """Leave the page when its check passes; on the last page, save."""
        sentence = self.pages[self.stack.currentIndex()].check()
        if sentence:
            self.message.setText(sentence)
            return
        if self.stack.currentIndex() < len(self.pages) - 1:
            self.go(self.stack.currentIndex() + 1)
            return
        for index, page in enumerate(self.pages[:-1]):  # a page may have changed after it was left
            sentence = page.check()
            if sentence:
                self.go(index)
                self.message.setText(sentence)
                return
        self.save()

    def save(self) -> None:
        official, pin = self.official_page, self.pin_page.value()
        try:
            with db.atomic():
                settings.change("language", self.desk_page.language.currentData())
                settings.change("desk_name", self.desk_page.desk_name.text())
                settings.change("letterhead_lines", self.kop_page.values())
                settings.change("pemda_name", self.kop_page.pemda.text())
                if self.kop_page.logo.data:
                    settings.store_logo(self.kop_page.logo.data)
                else:
                    settings.remove_logo()
                settings.change("city", official.city.text())
                settings.change("paper", PAPERS[official.paper.currentIndex()])
                settings.change("approver_position", official.position.text())
                settings.change("approver_name", official.name.text())
                settings.change("approver_nip", official.nip.value())
                if pin:
                    settings.set_admin_pin(pin)
                settings.finish_setup()
        except DomainError as err:
            self.message.setText(err.text())
            return
        except Exception as exc:  # noqa: BLE001 - a locked database, a full disk
            show_error(self, self.tr("The settings were not saved"), exc)
            return
        self._language_before = i18n.current_language()
        self.accept()

    def _switch_language(self) -> None:
        lang = self.desk_page.language.currentData()
        if lang != i18n.current_language():
            i18n.switch_language(QApplication.instance(), lang)

    def reject(self) -> None:
        """Later / Cancel: nothing is saved, and the language goes back to what it was."""
        if i18n.current_language() != self._language_before:
            i18n.switch_language(QApplication.instance(), self._language_before)
        super().reject()


def run_first_start(parent=None, on_saved=None) -> SetupDialog | None:
    """Open the setup over *parent* (window-modal, without blocking) when this database was never set
    up and something it asks is missing (settings.needs_setup); *on_saved* is called once it saved
    (the window redraws what shows the desk's name). Returns the dialog, or None when not needed."""
    if not settings.needs_setup():
        return None
    dialog = SetupDialog(parent, first_start=True)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_saved is not None:
        dialog.accepted.connect(on_saved)
    dialog.open()
    return dialog
