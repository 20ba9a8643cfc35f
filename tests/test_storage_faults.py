"""Storage faults, each made for real: a database locked by another writer, a read-only file, a file
of random bytes, a database cut in half, a newer schema, a full disk. Every one ends in one sentence
(exit 1, one line on stderr, no traceback) and nothing is half-written."""
from __future__ import annotations

import os
import sqlite3
from argparse import Namespace

import peewee
import pytest

from ikrar.models import checkin
from ikrar.models.demo.build import generate_people, insert_people
from ikrar.models.errors import Refused, set_language
from ikrar.models.store import connection
from ikrar.models.store.connection import close_database
from ikrar.models.store.faults import storage_problem
from ikrar.models.store.opening import open_database
from ikrar.models.store.schema import Attendance, Employee, Event

pytestmark = pytest.mark.sqlite_only  # faults of a database file (locked, cut short, read-only, disk full)


@pytest.fixture(autouse=True)
def indonesian_afterwards():
    yield
    set_language("id")  # --lang en is the process's language until changed


def one_sentence(code: int, err: str) -> str:
    assert code == 1
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.fixture
def event_db(cli, tmp_path):
    """tmp/cli.db with 20 people and one event; returns (event id, a NIP)."""
    open_database(tmp_path / "cli.db")
    insert_people(generate_people(20, seed=5, units=["Dinas Kesehatan"]))
    nip = Employee.select().where(Employee.nip.is_null(False)).first().nip
    close_database()
    code, out, _ = cli("event", "new", "--title", "Apel Pagi", "--date", "2026-11-23", "--time", "07:30")
    assert code == 0
    return out.strip(), nip


def counts(path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("SELECT count(*) FROM event").fetchone()[0],
                conn.execute("SELECT count(*) FROM attendance").fetchone()[0])
    finally:
        conn.close()


def test_locked_by_another_writer(cli, event_db, tmp_path, monkeypatch):
    event_id, nip = event_db
    monkeypatch.setitem(connection.PRAGMAS, "busy_timeout", 100)  # not 5 s of waiting in a test
    other = sqlite3.connect(tmp_path / "cli.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another Ikrar window or command in the middle of a write
    try:
        code, _, err = cli("checkin", "--event", event_id, nip)
        line = one_sentence(code, err)
        assert "Ikrar lain" in line and "coba lagi" in line
        code, _, err = cli("--lang", "en", "event", "new", "--title", "B", "--date", "2026-11-24")
        line = one_sentence(code, err)
        assert "another Ikrar window or command" in line and "try again" in line
        code, out, _ = cli("status", "--event", event_id)  # reading goes on (WAL)
        assert code == 0
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert counts(tmp_path / "cli.db") == (1, 0)


def test_file_of_random_bytes(cli, tmp_path):
    path = tmp_path / "cli.db"
    path.write_bytes(os.urandom(16384))
    before = path.read_bytes()
    code, _, err = cli("--lang", "en", "event", "list")
    line = one_sentence(code, err)
    assert "not an Ikrar database" in line and "file is not a database" in line and str(path) in line
    assert path.read_bytes() == before  # nothing written to someone's file


def test_database_cut_in_half(cli, event_db, tmp_path):
    path = tmp_path / "cli.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    for argv in (("event", "list"), ("status", "--event", event_db[0]), ("search", "a")):
        code, _, err = cli(*argv)
        line = one_sentence(code, err)
        assert ("rusak" in line and "cadangan" in line) or "bukan basis data" in line, line


def test_newer_schema_asks_to_update(cli, tmp_path):
    path = tmp_path / "cli.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    code, _, err = cli("--lang", "en", "event", "list")
    line = one_sentence(code, err)
    assert "newer Ikrar" in line and "update Ikrar" in line and "99" in line
    set_language("id")
    code, _, err = cli("event", "list")
    assert "perbarui Ikrar" in one_sentence(code, err)


def test_read_only_file_is_one_sentence(tmp_path):
    path = tmp_path / "ro.db"
    open_database(path)
    close_database()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as caught:
        conn.execute("INSERT INTO setting(key, value) VALUES ('x', 'y')")
    conn.close()
    problem = storage_problem(caught.value, str(path))
    assert isinstance(problem, Refused) and problem.code == "db_readonly"
    assert "folder you can write to" in problem.text("en") and "\n" not in problem.text("id")


def _disk_full_after_writing(real):
    """The write goes in, then the disk fills: SQLite rolls the whole transaction back by itself and
    reports SQLITE_FULL (what it does when the WAL or a journal cannot grow)."""

    def write(*args, **kwargs):
        real(*args, **kwargs)
        connection.db.connection().execute("ROLLBACK")
        raise sqlite3.OperationalError("database or disk is full")

    return write


def test_disk_full_names_the_real_error_and_stores_nothing(cli, event_db, tmp_path, monkeypatch):
    event_id, nip = event_db
    monkeypatch.setattr(checkin, "_new_attendance", _disk_full_after_writing(checkin._new_attendance))
    code, _, err = cli("--lang", "en", "checkin", "--event", event_id, nip)
    line = one_sentence(code, err)
    assert "disk is full" in line and "database or disk is full" in line and "nothing was saved" in line
    assert "rollback" not in line
    assert counts(tmp_path / "cli.db") == (1, 0)


def test_rollback_after_sqlite_rolled_back_keeps_the_real_error(db):
    for nested in (False, True):
        with pytest.raises(sqlite3.OperationalError, match="database or disk is full"), db.atomic():
            if nested:
                with db.atomic():  # a savepoint: ROLLBACK TO would fail the same way
                    Event.select().count()
                    db.connection().execute("ROLLBACK")
                    raise sqlite3.OperationalError("database or disk is full")
            db.connection().execute("ROLLBACK")
            raise sqlite3.OperationalError("database or disk is full")
        assert not db.connection().in_transaction
    with db.atomic():  # the connection is still good for the next write
        Attendance.select().count()


def test_masked_rollback_error_still_finds_the_real_one():
    try:
        try:
            raise sqlite3.OperationalError("database or disk is full")
        except sqlite3.OperationalError:
            raise peewee.OperationalError("cannot rollback - no transaction is active") from None
    except peewee.OperationalError as exc:
        masked = exc
    assert storage_problem(masked).code == "disk_full"
    assert storage_problem(ValueError("boom")) is None
    assert storage_problem(OSError(28, "No space left on device")).code == "disk_full"


def test_window_shows_a_sentence_for_a_newer_schema(qapp, tmp_path, monkeypatch):
    from ikrar.ui import app as window_app

    path = tmp_path / "new.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    close_database()
    shown = []
    monkeypatch.setattr(window_app.QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    args = Namespace(db=str(path), demo=False, lang=None, open_file=None, fullscreen=False)
    try:
        assert window_app.run_gui(args) == 1
    finally:
        close_database()
    assert len(shown) == 1 and "perbarui Ikrar" in shown[0] and "update Ikrar" in shown[0]


def test_window_shows_a_sentence_for_a_file_that_is_not_a_database(qapp, tmp_path, monkeypatch):
    from ikrar.ui import app as window_app

    path = tmp_path / "junk.db"
    path.write_bytes(os.urandom(8192))
    close_database()
    shown = []
    monkeypatch.setattr(window_app.QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    args = Namespace(db=str(path), demo=False, lang="en", open_file=None, fullscreen=False)
    try:
        assert window_app.run_gui(args) == 1
    finally:
        close_database()
    assert shown == [storage_problem(sqlite3.DatabaseError("file is not a database"), str(path)).text("en")]


def test_reads_work_from_a_place_that_cannot_be_written(cli, event_db, tmp_path, monkeypatch):
    """A read-only folder or USB stick (simulated: the tests run as root, for whom every file is
    writable): status, search and reports read it; a check-in is one sentence; the file is unchanged."""
    event_id, nip = event_db
    path = tmp_path / "cli.db"
    assert not (tmp_path / "cli.db-wal").exists()  # closed cleanly: what a copied file looks like
    before = path.read_bytes()
    monkeypatch.setattr(connection, "writable", lambda _path: False)
    code, out, err = cli("status", "--event", event_id)
    assert code == 0, err
    code, out, err = cli("search", nip)
    assert code == 0 and nip in out.replace(" ", ""), (out, err)
    code, out, err = cli("report", "recap", "--event", event_id, "--out", str(tmp_path / "recap.pdf"))
    assert code == 0 and (tmp_path / "recap.pdf").stat().st_size > 0, err
    code, _, err = cli("--lang", "en", "checkin", "--event", event_id, nip)
    line = one_sentence(code, err)
    assert "can only be read" in line and "nothing was saved" in line
    assert path.read_bytes() == before and counts(path) == (1, 0)
    assert not (tmp_path / "cli.db-shm").exists()  # immutable: nothing made beside it
