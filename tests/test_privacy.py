"""Privacy by default and the admin PIN: the database (which holds this desk's private signing key)
and its WAL/SHM files are the user's alone, so is the data folder Ikrar makes; the roster import's
temporary results (names, NIPs, NIKs) sit in a private folder that is removed, and a killed run's
leftover is removed by the next import; `ikrar void` needs the PIN; wrong PINs lock PIN entry."""
from __future__ import annotations

import csv
import json
import os
import stat
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ikrar.models import settings
from ikrar.models.checkin import check_in, live_attendances
from ikrar.models.demo.build import generate_people, insert_people
from ikrar.models.errors import Refused
from ikrar.models.events import create_event, find_event, resolve_units
from ikrar.models.roster import import_roster, pieces, pipeline, rows
from ikrar.models.roster import worker as worker_mod
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.models.store.schema import Employee
from ikrar.ui.cli import database as cli_database
from ikrar.ui.cli.app import run

POSIX = pytest.mark.skipif(os.name == "nt", reason="POSIX modes; on Windows the per-user folders are private")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def umask_022():
    before = os.umask(0o022)  # the usual default: files 0644, folders 0755
    yield
    os.umask(before)


# --- the database, its WAL/SHM and the data folder --------------------------------------------------

@POSIX
@pytest.mark.sqlite_only
def test_database_wal_shm_and_a_new_folder_are_the_users_only(tmp_path, umask_022):
    given = tmp_path / "given"
    given.mkdir(mode=0o755)
    folder = given / "made" / "by-ikrar"
    path = folder / "ikrar.db"
    open_database(path)
    try:
        settings.set("city", "Contoh Baru")  # a write: the WAL and SHM exist now
        files = [path, Path(f"{path}-wal"), Path(f"{path}-shm")]
        assert all(f.exists() for f in files)
        assert {f.name: oct(mode(f)) for f in files} == {f.name: "0o600" for f in files}
        assert mode(folder) == 0o700
    finally:
        close_database()
    assert mode(given) == 0o755  # a folder Ikrar did not make is left as it was


@POSIX
@pytest.mark.sqlite_only
def test_a_too_open_database_is_tightened(tmp_path, umask_022):
    path = tmp_path / "old.db"
    open_database(path)
    settings.set("city", "Lama")
    for suffix in ("", "-wal", "-shm"):
        os.chmod(f"{path}{suffix}", 0o644)  # what an older Ikrar made
    close_database()
    open_database(path)
    try:
        settings.set("city", "Baru")
        for suffix in ("", "-wal", "-shm"):
            assert mode(f"{path}{suffix}") == 0o600, suffix
    finally:
        close_database()


@POSIX
@pytest.mark.sqlite_only
def test_the_data_folder_is_made_private_and_an_old_open_one_tightened(tmp_path, monkeypatch, umask_022, capsys):
    data = tmp_path / "share" / "Ikrar"
    monkeypatch.setattr(cli_database, "user_data_dir", lambda *a, **k: str(data))
    try:
        assert run(["event", "list"]) == 0
    finally:
        close_database()
    assert mode(data) == 0o700 and mode(data / "ikrar.db") == 0o600
    os.chmod(data, 0o755)  # made by an older Ikrar
    try:
        assert run(["event", "list"]) == 0
    finally:
        close_database()
    assert mode(data) == 0o700
    capsys.readouterr()


# --- the roster import's temporary results ------------------------------------------------------------

def nip_of(i: int) -> str:
    """A valid, distinct PNS NIP for i < 9000."""
    year, day = 1970 + i % 30, 1 + i % 28
    return f"{year}01{day:02d}{year + 25}03{1 + i % 2}{1 + i // 9:03d}"[:18]


def write_roster(path: Path, n: int) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["NIP", "NIK", "NAMA", "JABATAN", "UNIT KERJA"])
        for i in range(n):
            w.writerow([nip_of(i), f"320110{1 + i % 28:02d}0185{i:04d}", f"Pegawai Contoh {i}", "Staf",
                        f"Dinas {i % 5}"])
    return path


KILLED_IMPORT = """
import os, sys, time
from ikrar.models.store.opening import open_database
from ikrar.models.roster import import_roster, pieces, pipeline, rows
from ikrar.models.roster import worker as worker_mod
pipeline.PARALLEL_MIN_ROWS = 0
pipeline.CHUNK = 50
pieces.PIECE = 2048
started = []
real_start = pipeline.start_worker
pipeline.start_worker = lambda *a: started.append(real_start(*a)) or started[-1]
real_results = worker_mod.Worker.results

def results(self, index, block):
    out = real_results(self, index, block)
    if out:  # the worker's results are in its file: the program dies here, nothing runs after
        print(self.dir, self.process.pid, flush=True)
        os._exit(9)
    return out

worker_mod.Worker.results = results
real_check = rows.RowChecker.check_rows

def slow_check(self, *args):  # this process only (the worker is spawned afresh): the worker gets pieces in
    time.sleep(0.05)
    return real_check(self, *args)

rows.RowChecker.check_rows = slow_check
open_database(sys.argv[2])
import_roster(sys.argv[1])
print("not killed", started, flush=True)
"""


def wait_gone(pid: int, timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except OSError:
            return
        time.sleep(0.05)


def test_a_killed_import_leaves_nothing_others_can_read_and_the_next_import_removes_it(tmp_path, monkeypatch):
    temp = tmp_path / "tmp"
    temp.mkdir()
    roster = write_roster(tmp_path / "roster.csv", 1500)
    script = tmp_path / "killed.py"
    script.write_text(KILLED_IMPORT, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "IKRAR_IMPORT_WORKERS"}
    env.update(TMPDIR=str(temp), TEMP=str(temp), TMP=str(temp))
    out = subprocess.run([sys.executable, str(script), str(roster), str(tmp_path / "k.db")], capture_output=True,
                         text=True, timeout=120, env=env, cwd=tmp_path)
    assert out.returncode == 9, out.stdout + out.stderr
    folder, worker_pid = out.stdout.split()
    left = Path(folder)
    assert left.parent == temp and left.name.startswith("ikrar-import-")
    wait_gone(int(worker_pid))  # the orphaned worker stops at its next notice (the pipe is closed)
    files = [p for p in left.rglob("*")]
    assert files and any(p.stat().st_size for p in files)  # pickled rows were left behind...
    if os.name != "nt":  # ...readable by this user only
        assert mode(left) == 0o700
        assert {p.name: oct(mode(p) & 0o077) for p in files} == {p.name: "0o0" for p in files}

    # A leftover less than a day old may be another import running now: kept. An older one: removed.
    fresh = Path(tempfile.mkdtemp(prefix="ikrar-import-", dir=temp))
    old = time.time() - 2 * 86400
    for p in [*files, left]:
        os.utime(p, (old, old))
    not_ours = temp / "someone-else"
    not_ours.mkdir()
    os.utime(not_ours, (old, old))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    open_database(tmp_path / "next.db")
    try:
        report = import_roster(write_roster(tmp_path / "small.csv", 20))  # a small one: no second process
        assert report.created == 20
    finally:
        close_database()
    assert not left.exists() and fresh.exists() and not_ours.exists()


def test_an_import_keeps_its_results_private_and_removes_them(tmp_path, monkeypatch):
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_ROWS", 0)
    monkeypatch.setattr(pieces, "PIECE", 2048)
    monkeypatch.delenv("IKRAR_IMPORT_WORKERS", raising=False)
    real_check = rows.RowChecker.check_rows
    monkeypatch.setattr(rows.RowChecker, "check_rows", lambda self, *a: time.sleep(0.02) or real_check(self, *a))
    seen, modes = [], {}
    real_start, real_results = pipeline.start_worker, worker_mod.Worker.results

    def start(*args):
        seen.append(real_start(*args))
        return seen[-1]

    def results(self, index, block):
        out = real_results(self, index, block)
        if out:
            modes.update({p.name: mode(p) for p in [Path(self.dir), *Path(self.dir).iterdir()]})
        return out

    monkeypatch.setattr(pipeline, "start_worker", start)
    monkeypatch.setattr(worker_mod.Worker, "results", results)
    open_database(tmp_path / "i.db")
    try:
        assert import_roster(write_roster(tmp_path / "r.csv", 1500)).created == 1500
    finally:
        close_database()
    assert seen and seen[0] is not None and modes
    if os.name != "nt":
        assert {name: oct(m & 0o077) for name, m in modes.items()} == {name: "0o0" for name in modes}
    assert list(temp.iterdir()) == []


# --- `ikrar void` behind the PIN -----------------------------------------------------------------------

@pytest.fixture
def checked_in(tmp_path):
    """(event id, NIP) of a person checked in at an event; the admin PIN is 2468."""
    open_database(tmp_path / "cli.db")
    try:
        insert_people(generate_people(10, seed=5, units=["Dinas Kesehatan"]))
        event = create_event("Apel Pagi", date(2026, 11, 23), units=resolve_units(["Dinas Kesehatan"]))
        employee = Employee.select().where(Employee.nip.is_null(False)).order_by(Employee.roster_order).first()
        check_in(event, employee, method="scan")
        settings.set_admin_pin("2468")
        return event.id, employee.nip
    finally:
        close_database()


def live_records(tmp_path, event_id: str, nip: str) -> int:
    open_database(tmp_path / "cli.db")
    try:
        return len(live_attendances(find_event(event_id), Employee.get(Employee.nip == nip)))
    finally:
        close_database()


def test_void_on_the_command_line_needs_the_pin(cli, checked_in, tmp_path):
    event_id, nip = checked_in
    code, _, err = cli("void", "--event", event_id, nip, "--reason", "salah orang")
    assert code == 1 and "PIN" in err and live_records(tmp_path, event_id, nip) == 1
    code, _, err = cli("void", "--event", event_id, nip, "--reason", "salah orang", "--pin", "1111", "--lang", "en")
    assert code == 1 and "Wrong or missing admin PIN" in err and live_records(tmp_path, event_id, nip) == 1
    code, out, _ = cli("void", "--event", event_id, nip, "--reason", "salah orang", "--pin", "2468", "--json")
    assert code == 0 and json.loads(out)[0]["voided_at"] and live_records(tmp_path, event_id, nip) == 0


# --- locking PIN entry after wrong PINs ---------------------------------------------------------------

def locked(pin: str) -> Refused:
    with pytest.raises(Refused) as caught:
        settings.check_admin_pin(pin)
    assert caught.value.code == "pin_locked"
    return caught.value


def test_five_wrong_pins_lock_pin_entry_for_a_minute_then_twice_as_long(db, at):
    settings.set_admin_pin("2468")
    at(7, 0)
    for _ in range(4):
        assert settings.check_admin_pin("1111") is False
    assert settings.check_admin_pin("2468") is True  # the right one clears the count
    for _ in range(5):
        assert settings.check_admin_pin("1111") is False
    refusal = locked("2468")  # the right PIN too, while locked
    assert "1 menit" in refusal.text("id") and "1 minute" in refusal.text("en")
    at(7, 0, 59)
    assert "1 detik" in locked("2468").text("id")
    at(7, 1, 0)
    assert settings.check_admin_pin("1111") is False  # one more wrong PIN: two minutes now
    assert "2 minutes" in locked("2468").text("en")
    at(7, 2, 59)
    locked("2468")
    at(7, 3, 0)
    assert settings.check_admin_pin("1111") is False  # four minutes
    at(7, 6, 59)
    assert "1 second" in locked("2468").text("en")
    at(7, 7, 0)
    assert settings.check_admin_pin("2468") is True  # after the wait the right PIN works
    for _ in range(4):  # and the count started again
        assert settings.check_admin_pin("1111") is False
    assert settings.check_admin_pin("2468") is True


def test_the_lock_outlives_the_program(tmp_path, at):
    path = tmp_path / "lock.db"
    open_database(path)
    try:
        settings.set_admin_pin("2468")
        at(9, 0)
        for _ in range(5):
            settings.check_admin_pin("0000")
    finally:
        close_database()
    open_database(path)  # a new process: the lock is in the database
    try:
        at(9, 0, 30)
        locked("2468")
        at(9, 1)
        assert settings.check_admin_pin("2468") is True
    finally:
        close_database()


def test_a_clock_turned_back_does_not_lock_for_ever(db, at):
    settings.set_admin_pin("2468")
    at(12, 0)
    for _ in range(5):
        settings.check_admin_pin("0000")
    at(8, 0)  # four hours back: still locked, for a minute from now, not for four hours
    assert "1 minute" in locked("2468").text("en")
    at(8, 1)
    assert settings.check_admin_pin("2468") is True


def test_a_locked_pin_on_the_command_line_exits_1_and_says_how_long(cli, checked_in, tmp_path, at):
    event_id, nip = checked_in
    at(7, 0)
    for _ in range(5):
        assert cli("void", "--event", event_id, nip, "--reason", "x", "--pin", "1111")[0] == 1
    code, _, err = cli("void", "--event", event_id, nip, "--reason", "x", "--pin", "2468")
    assert code == 1 and "1 menit" in err and live_records(tmp_path, event_id, nip) == 1
    code, _, err = cli("event", "close", "--event", event_id, "--pin", "2468", "--lang", "en")
    assert code == 1 and "try again in 1 minute" in err
    at(7, 1)
    assert cli("void", "--event", event_id, nip, "--reason", "x", "--pin", "2468")[0] == 0


def test_the_windows_pin_dialogs_say_how_long_to_wait(qtbot, db, at):
    from ikrar.ui.desk.dialogs import VoidDialog
    from ikrar.ui.dialogs.close_event import CloseEventDialog
    from ikrar.ui.dialogs.settings_dialog import SettingsDialog
    from ikrar.ui.i18n import remove_translator

    insert_people(generate_people(3, seed=2, units=["Dinas Kesehatan"]))
    event = create_event("Apel Pagi", date(2026, 11, 23))
    employee = Employee.select().first()
    at(7, 0)
    check_in(event, employee, method="scan")
    settings.set_admin_pin("2468")
    for _ in range(5):
        settings.check_admin_pin("1111")
    close = CloseEventDialog(event.id)
    qtbot.addWidget(close)
    close.pin.setText("2468")
    close._ok()
    assert "1 menit" in close.error.text() and not find_event(event.id).closed and close.pin.text() == ""
    void = VoidDialog(live_attendances(event, employee))
    qtbot.addWidget(void)
    void.reason.setText("salah orang")
    void.pin.setText("2468")
    with qtbot.assertNotEmitted(void.submitted):
        void._ok()
    assert "1 menit" in void.error.text()
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    try:
        dialog.old_pin.setText("2468")
        dialog.new_pin.setText("1357")
        dialog.repeat_pin.setText("1357")
        dialog.save()
        assert "1 menit" in dialog.message.text()
    finally:
        remove_translator(QApplication.instance())
    at(7, 1)
    assert settings.check_admin_pin("2468") is True
