"""One way to tell a person what went wrong and what to do about it.

    show_error(parent, self.tr("Saving failed"), exc)

DomainError carries its own text (Indonesian or English); database and file errors are put in
plain words with the next step. The box is window-modal but does not block the caller (open(),
not exec()), so the screen behind keeps what it had.
"""
from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ikrar.models.errors import DomainError
from ikrar.models.store.dialect import STORAGE_ERRORS
from ikrar.models.store.faults import storage_problem

last_shown: tuple[str, str, str] | None = None  # (title, what happened, what to do): for tests


translate = QCoreApplication.translate  # lupdate finds translate("Errors", ...) calls


def _database_advice(message: str) -> tuple[str, str] | None:
    low = message.lower()
    if "locked" in low or "busy" in low:
        return (translate("Errors", "The database is in use by another program, perhaps another copy of Ikrar."),
                translate("Errors", "Close the other copy of Ikrar (or wait a moment), then try again. "
                   "Nothing that was shown as saved is lost."))
    if "readonly" in low or "read-only" in low or "read only" in low:
        return (translate("Errors", "The database file cannot be written: the folder or the file is read-only."),
                translate("Errors", "Copy the data to a folder you can write to (for example Documents) and open it "
                   "from there, or ask the administrator for write permission."))
    if "full" in low:
        return (translate("Errors", "The disk is full: the database could not be written."),
                translate("Errors",
                          "Free disk space (delete or move large files, empty the Recycle Bin), then try again."))
    if "disk i/o" in low or "i/o error" in low:
        return (translate("Errors", "The disk could not be read or written (a removed USB stick, or a failing disk)."),
                translate("Errors",
                          "Put the disk back or copy the database to the laptop's own disk, then start Ikrar again."))
    if "unable to open" in low or "no such file" in low:
        return (translate("Errors", "The database file could not be opened."),
                translate("Errors",
                          "Check that the folder exists and is writable, or choose another folder with --db."))
    return None


def explain(err: BaseException) -> tuple[str, str]:
    """(what happened, what to do) in the current language."""
    if isinstance(err, DomainError):
        advice = ""
        if getattr(err, "code", "") in ("no_columns", "mapping_not_found", "empty", "bad_csv"):
            advice = translate("Errors", "Choose the employee list exported from SIASN or SIMPEG (CSV or XLSX) with a "
                        "NIP or NIK column and a name column, or change the column mapping.")
        return err.text(), advice
    message = str(err)
    is_db = isinstance(err, STORAGE_ERRORS) or type(err).__module__.startswith("peewee") \
        or type(err).__name__ == "DatabaseOpenError"
    if is_db:
        advice = _database_advice(message)
        if advice:
            return advice
        problem = storage_problem(err)  # not a database, damaged, a newer schema: the CLI's sentence
        if problem is not None and problem.code != "db_error":
            return problem.text(), ""
        return (translate("Errors", "The database reported an error: {message}").format(message=message),
                translate("Errors",
                          "Try again. If it happens again, close Ikrar, start it again and tell the organizer."))
    problem = storage_problem(err)  # a newer schema, or a storage fault raised from another error
    if problem is not None and not isinstance(err, OSError) and problem.code != "db_error":
        return problem.text(), ""
    if isinstance(err, OSError):
        name = err.filename or ""
        if err.errno == errno.ENOSPC:
            return (translate("Errors", "The disk is full; {file} could not be written.").format(file=name),
                    translate("Errors", "Free disk space, then try again."))
        if isinstance(err, PermissionError):
            return (translate("Errors", "No permission to use {file}.").format(file=name),
                    translate("Errors", "Choose a folder you can write to, or close the program that has the file open "
                       "(for example Excel), then try again."))
        if isinstance(err, FileNotFoundError):
            return (translate("Errors", "The file {file} was not found.").format(file=name),
                    translate("Errors", "Check that the file or USB stick is still there and choose it again."))
        advice = _database_advice(message)
        if advice:
            return advice
        return (translate("Errors", "The file {file} could not be read or written ({message}).").format(
                    file=name, message=err.strerror or message),
                translate("Errors", "Check the file and the disk, then try again."))
    return (translate("Errors", "Something unexpected went wrong: {message}").format(
                message=f"{type(err).__name__}: {message}"),
            translate("Errors", "Try again. If it happens again, note what you did and tell the organizer."))


def show_error(parent: QWidget | None, title: str, err: BaseException | str) -> QMessageBox:
    """Show what happened and what to do; returns the (already open) message box."""
    global last_shown
    what, todo = (err, "") if isinstance(err, str) else explain(err)
    last_shown = (title, what, todo)
    box = QMessageBox(QMessageBox.Icon.Warning, title, what, QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(todo)
    box.button(QMessageBox.StandardButton.Ok).setText(translate("Errors", "OK"))
    box.setObjectName("errorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def show_info(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.button(QMessageBox.StandardButton.Ok).setText(translate("Errors", "OK"))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
