"""Pull the plug: a process checking people in is SIGKILLed at random moments; every check-in it
reported as done must be in the database, and the database must be intact."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from ikrar.models.demo.build import generate_people, insert_people
from ikrar.models.events import create_event
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.models.store.schema import Attendance

pytestmark = pytest.mark.sqlite_only  # a SQLite file's commits surviving a killed process

ROOT = Path(__file__).resolve().parent.parent

WRITER = textwrap.dedent("""
    import sys
    from ikrar.models.store.opening import open_database
    from ikrar.models.checkin import check_in
    from ikrar.models.demo.build import demo_strokes
    from ikrar.models.store.schema import Employee, Event
    open_database(sys.argv[1])
    event = Event.get()
    for i, person in enumerate(Employee.select().order_by(Employee.id)):
        result = check_in(event, person, method="scan", strokes=demo_strokes(i) if i % 2 else None)
        print(result.attendance.id, flush=True)  # reported as done only after the commit returned
""")


@pytest.mark.slow  # kills a process, three times
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX-only")
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sigkill_loses_nothing_reported(tmp_path, seed):

    path = tmp_path / "desk.db"
    open_database(path)
    insert_people(generate_people(2000, seed=seed))
    create_event("Apel", date(2026, 11, 23))
    close_database()

    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    proc = subprocess.Popen([sys.executable, str(script), str(path), str(ROOT)], stdout=subprocess.PIPE, text=True)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(iter(proc.stdout.readline, "")), daemon=True)
    reader.start()
    time.sleep(random.Random(seed).uniform(1.0, 3.0))  # start-up plus a random stretch of check-ins
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the writer finished before it could be killed"
    reader.join(5)
    reported = [line.strip() for line in lines if len(line.strip().rpartition(":")[2]) == 36]  # "<desk>:<uuid>"
    assert len(reported) >= 5, "the writer reported too few check-ins before it was killed"

    database = open_database(path)
    try:
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {a.id for a in Attendance.select(Attendance.id)}
        missing = [r for r in reported if r not in stored]
        assert not missing, f"{len(missing)} reported check-ins lost"
    finally:
        close_database()
