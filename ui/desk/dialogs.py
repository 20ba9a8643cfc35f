"""The desk's dialogs: a note for someone who cannot sign, a void behind the admin PIN, and what to
say when the database refuses a write. All open without blocking (QDialog.open), so the desk keeps
running and tests can answer them."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
)

from ikrar.models import checkin, settings
from ikrar.models.errors import DomainError
from ikrar.models.store.dialect import STORAGE_ERRORS
from ikrar.ui.desk.person_card import short_time
from ikrar.ui.dialogs.common import pin_refusal


class NoteDialog(QDialog):
    """Present, but cannot sign: the reason is required."""

    submitted = Signal(str)

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cannot sign"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("{name} is recorded as present without a signature. Why can they not sign?")
                                .format(name=name), wordWrap=True))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("e.g. injured right hand"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        layout.addWidget(self.note)
        self.error = QLabel(wordWrap=True, styleSheet="color: #b91c1c;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Record as present"))
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 220)

    def _ok(self) -> None:
        note = self.note.toPlainText().strip()
        if not note:
            self.error.setText(self.tr("Write why the person cannot sign."))
            return
        self.submitted.emit(note)
        self.accept()


class CannotSign:
    """Mixed into DeskView: present, but cannot sign (F7): recorded with the reason as a note."""

    def cannot_sign(self) -> None:
        if self.employee is None or self.already_signed or self.dialog is not None:
            return
        if self.event_closed:
            self.feedback.failure(self.closed_text())
            return
        self.dialog = NoteDialog(self.employee.display_name(), self)
        self.dialog.submitted.connect(self._record_cannot_sign)
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()

    def _record_cannot_sign(self, note: str) -> None:
        employee = self.employee
        try:
            result = checkin.mark_cannot_sign(self.current_event, employee, note, method=self.method)
        except DomainError as err:
            self._refused(err)
            return
        except (*STORAGE_ERRORS, OSError) as exc:
            self.feedback.failure(database_error_text(exc))
            return
        name = employee.display_name()
        self.feedback.success(QCoreApplication.translate("DeskView", "Recorded as present without a signature: "
                                                         "{name}.").format(name=name))
        self._finished(result.attendance.id, name)


class VoidDialog(QDialog):
    """Void one of the recent check-ins, with a reason, behind the admin PIN."""

    submitted = Signal(object, str)  # the Attendance, the reason

    def __init__(self, attendances: list, selected: int = 0, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Void a check-in"))
        self.attendances = attendances
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("A voided check-in is kept with its reason and synced; it no longer counts."),
                                wordWrap=True))
        form = QFormLayout()
        self.which = QComboBox()
        for att in attendances:
            self.which.addItem(f"{short_time(att.recorded_at)}  {att.employee.display_name()}")
        self.which.setCurrentIndex(max(0, min(selected, len(attendances) - 1)))
        form.addRow(self.tr("Check-in:"), self.which)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. wrong person chosen"))
        form.addRow(self.tr("Reason:"), self.reason)
        self.pin = QLineEdit(echoMode=QLineEdit.Password)
        if settings.has_admin_pin():
            form.addRow(self.tr("Admin PIN:"), self.pin)
        else:
            self.pin.hide()
            form.addRow(QLabel(self.tr("No admin PIN is set (Settings): anyone at this desk can void."), wordWrap=True))
        layout.addLayout(form)
        self.error = QLabel(wordWrap=True, styleSheet="color: #b91c1c;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        # Two words that cannot be mixed up: in Indonesian "Batalkan" alone is also "cancel".
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Void the check-in"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Close"))
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason.setFocus()
        self.resize(520, 240)

    def _ok(self) -> None:
        if not self.reason.text().strip():
            self.error.setText(self.tr("A reason is required."))
            self.reason.setFocus()
            return
        refusal = pin_refusal(self.pin.text(), self.tr("Wrong admin PIN."))
        if refusal is not None:
            self.error.setText(refusal)
            self.pin.clear()
            self.pin.setFocus()
            return
        self.submitted.emit(self.attendances[self.which.currentIndex()], self.reason.text().strip())
        self.accept()


def database_error_text(exc: BaseException) -> str:
    """What happened and what to do, for a write the database refused."""
    message = str(exc).lower()
    if "locked" in message or "busy" in message:
        what = QCoreApplication.translate(
            "DeskDialogs", "The database is busy: another Ikrar window or program on this computer is writing to it.")
        todo = QCoreApplication.translate(
            "DeskDialogs", "Wait a few seconds, then press Enter again. If it keeps happening, close the other "
            "Ikrar window.")
    elif "readonly" in message or "read-only" in message or "permission" in message:
        what = QCoreApplication.translate(
            "DeskDialogs", "The database file cannot be written (read-only: a locked USB stick or a folder "
            "without permission).")
        todo = QCoreApplication.translate(
            "DeskDialogs", "Copy the database to a folder you can write to (e.g. Documents), open it from there "
            "and save again.")
    elif "full" in message or "no space" in message:
        what = QCoreApplication.translate("DeskDialogs", "The disk is full.")
        todo = QCoreApplication.translate(
            "DeskDialogs", "Free some space (delete files you do not need, empty the Recycle Bin), then press "
            "Enter again.")
    else:
        what = QCoreApplication.translate("DeskDialogs", "The database refused to save: {error}").format(error=exc)
        todo = QCoreApplication.translate(
            "DeskDialogs", "Press Enter to try again. If it fails again, note the person on paper and call the "
            "organizer.")
    kept = QCoreApplication.translate("DeskDialogs", "The signature is still on the pad: nothing is lost.")
    return f"{what}\n\n{todo}\n\n{kept}"


def open_database_error(parent, exc: BaseException) -> QMessageBox:
    title = QCoreApplication.translate("DeskDialogs", "Not saved")
    box = QMessageBox(QMessageBox.Critical, title, database_error_text(exc), QMessageBox.Ok, parent)
    box.setObjectName("databaseErrorBox")
    box.setWindowModality(Qt.WindowModal)
    box.open()
    return box
