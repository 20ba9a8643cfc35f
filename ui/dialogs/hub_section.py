"""The Settings dialog's "Basis data hub" section: this user's window opens this computer's file (a desk,
the default) or a hub's PostgreSQL server. The choice is kept in a file outside the database
(models/store/server_choice.py) and used from the next start; the address holds no password (libpq
reads it from the user's pgpass file). "Uji sambungan" tries the server in the background, and so
does saving a new address: a server that cannot be opened is said at the field and nothing is saved."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QRadioButton, QVBoxLayout

from ikrar.models.errors import DomainError
from ikrar.models.store import server_choice
from ikrar.models.store.connection import DatabaseOpenError
from ikrar.ui.cli import database as cli_database
from ikrar.ui.dialogs.common import ERROR_STYLE, HINT_STYLE, make_button
from ikrar.ui.tasks import run_task

OK_STYLE = "color: #1b5e20;"
EXAMPLE = "postgresql://ikrar@db.bkpsdm.local/ikrar_hub"


def _sentence(exc: BaseException) -> str:
    """A refusal's one sentence in the program's language (ServerRefused carries both)."""
    refused = getattr(exc, "refused", None)
    if refused is not None:
        return refused.text()
    if isinstance(exc, DomainError):
        return exc.text()
    return str(exc)


class HubSection(QGroupBox):
    busy = Signal(bool)  # a server is being tried: the dialog's Save waits

    def __init__(self, parent=None):
        super().__init__(parent)
        self.desk_choice = QRadioButton(self)
        self.server_choice = QRadioButton(self)
        self.group = QButtonGroup(self)
        self.group.addButton(self.desk_choice)
        self.group.addButton(self.server_choice)
        self.address = QLineEdit(self)
        self.address.setPlaceholderText(EXAMPLE)
        self.test_button = make_button("", self, object_name="try_server")
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        row = QHBoxLayout()
        row.addWidget(self.address, 1)
        row.addWidget(self.test_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.desk_choice)
        layout.addWidget(self.server_choice)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addWidget(self.hint)
        self.saved: str | None = None
        self.server_choice.toggled.connect(self._toggled)
        self.address.textEdited.connect(lambda _text: self.result.clear())
        self.test_button.clicked.connect(lambda: self.try_server())  # not clicked's `checked` as on_works
        self.load()

    def load(self) -> None:
        try:
            self.saved = server_choice.read_choice()
        except DatabaseOpenError as exc:  # a broken choice file: said here, and a new choice replaces it
            self.saved = None
            self._say(_sentence(exc), ERROR_STYLE)
        (self.server_choice if self.saved else self.desk_choice).setChecked(True)
        self.address.setText(self.saved or "")
        self._enable()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Hub database"))
        self.desk_choice.setText(self.tr("File on this computer (desk)"))
        self.server_choice.setText(self.tr("PostgreSQL server (hub)"))
        self.address.setToolTip(self.tr("The server's address, without a password"))
        self.test_button.setText(self.tr("Test connection"))
        hint = self.tr("Write the address without a password: it is taken from this user's pgpass file (or the "
                       "file PGPASSFILE names). The choice is used when Ikrar is started again.")
        if cli_database.opened_by in ("--db", "IKRAR_DB"):
            hint += " " + self.tr("Now {name} names the database, and wins over this choice.").format(
                name=cli_database.opened_by)
        self.hint.setText(hint)

    def chosen(self) -> str | None:
        """The address chosen (as typed, stripped), or None for this computer's file."""
        return self.address.text().strip() if self.server_choice.isChecked() else None

    def changed(self) -> bool:
        return self.chosen() != self.saved

    def _enable(self) -> None:
        on = self.server_choice.isChecked()
        self.address.setEnabled(on)
        self.test_button.setEnabled(on)

    def _toggled(self) -> None:
        self._enable()
        self.result.clear()  # what was said of the other choice

    def _say(self, text: str, style: str) -> None:
        self.result.setStyleSheet(style)
        self.result.setText(text)

    def _refused(self, exc: BaseException) -> None:
        self._say(_sentence(exc), ERROR_STYLE)
        self.address.setFocus()

    def try_server(self, on_works: Callable[[], None] | None = None) -> None:
        """Open a connection to the address in the background; say in one sentence whether it works
        (then *on_works*, when given, runs: the dialog's saving)."""
        try:
            address = server_choice.check_address(self.address.text())
        except DatabaseOpenError as exc:
            self._refused(exc)
            return
        self._say(self.tr("Trying the server…"), HINT_STYLE)
        self._busy(True)

        def works(label: str) -> None:
            self._busy(False)
            self._say(self.tr("The connection to {server} works.").format(server=label), OK_STYLE)
            if on_works is not None:
                on_works()

        def fails(exc: BaseException, _trace: str) -> None:
            self._busy(False)
            self._refused(exc)

        run_task(server_choice.try_server, address, on_done=works, on_error=fails, owner=self)

    def _busy(self, value: bool) -> None:
        self.test_button.setEnabled(not value and self.server_choice.isChecked())
        self.busy.emit(value)

    def check(self, on_ok: Callable[[], None]) -> None:
        """Before saving: a new server address is tried first; *on_ok* runs when the choice may be kept
        (unchanged, this computer's file, or a server that answers)."""
        if not self.changed() or self.chosen() is None:
            on_ok()
            return
        self.try_server(on_works=on_ok)

    def save(self) -> bool:
        """Keep the choice (when changed); False after saying at the field why it was not kept."""
        if not self.changed():
            return True
        try:
            server_choice.save_choice(self.chosen())
        except DatabaseOpenError as exc:
            self._refused(exc)
            return False
        except OSError as exc:  # a config folder that cannot be written
            self._say(self.tr("The choice could not be saved in {file}: {reason}").format(
                file=server_choice.choice_file(), reason=exc.strerror or exc), ERROR_STYLE)
            return False
        self.saved = self.chosen()
        return True
