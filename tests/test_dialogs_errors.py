"""What a person reads when something fails: what happened and what to do."""
from __future__ import annotations

import errno
import sqlite3

import peewee
import pytest
from PySide6.QtWidgets import QMessageBox

from ikrar.models.errors import Refused, set_language
from ikrar.models.roster import RosterError
from ikrar.models.store.connection import DatabaseOpenError
from ikrar.ui.dialogs import errors
from ikrar.ui.dialogs.errors import explain, show_error


@pytest.mark.parametrize(("err", "what", "todo"), [
    (sqlite3.OperationalError("database is locked"), "another copy", "Close the other copy"),
    (peewee.OperationalError("attempt to write a readonly database"), "read-only", "folder you can write to"),
    (sqlite3.OperationalError("database or disk is full"), "disk is full", "Free disk space"),
    (sqlite3.OperationalError("disk I/O error"), "could not be read or written", "laptop's own disk"),
    (DatabaseOpenError("/media/usb/ikrar.db: unable to open database file"), "could not be opened", "--db"),
    (OSError(errno.ENOSPC, "No space left on device", "laporan.pdf"), "laporan.pdf", "Free disk space"),
    (PermissionError(errno.EACCES, "Permission denied", "daftar.xlsx"), "daftar.xlsx", "Excel"),
    (FileNotFoundError(errno.ENOENT, "No such file", "E:/pegawai.csv"), "E:/pegawai.csv", "USB stick"),
    (ValueError("boom"), "ValueError: boom", "tell the organizer"),
])
def test_plain_words_and_what_to_do(err, what, todo):
    said, advice = explain(err)
    assert what in said and todo in advice


def test_domain_errors_speak_the_current_language():
    err = Refused("Nama wajib diisi.", "The name is required.")
    assert explain(err)[0] == "Nama wajib diisi."
    set_language("en")
    try:
        assert explain(err)[0] == "The name is required."
    finally:
        set_language("id")
    roster = RosterError("x.csv", "tidak ada kolom NIP", "no NIP column", headers=["A"], code="no_columns")
    said, advice = explain(roster)
    assert "x.csv" in said and "SIASN" in advice


def test_show_error_opens_a_box_without_blocking(qtbot):
    box = show_error(None, "Saving failed", sqlite3.OperationalError("database is locked"))
    qtbot.addWidget(box)
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "another copy" in box.text() and "Close the other copy" in box.informativeText()
    assert errors.last_shown[0] == "Saving failed"
    box.close()
