"""The desk as its own process on a real X server (Xvfb): `python main.py --db DB desk --event ID`,
a NIP typed as a scanner types it (xdotool, 5 ms a key, no Enter), a signature drawn with the mouse,
Enter — and the signed attendance is in the database."""
from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from ikrar.models import settings
from ikrar.models.checkin import live_attendances
from ikrar.models.demo.build import generate_people, insert_people
from ikrar.models.events import create_event
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.models.store.schema import Employee

ROOT = Path(__file__).resolve().parent.parent

# Runs inside xvfb-run: starts the desk, drives it with xdotool, stops it. Prints what it did.
DRIVER = textwrap.dedent(r'''
    import os, subprocess, sys, time

    main_py, db, event_id, nip = sys.argv[1:5]
    env = dict(os.environ, QT_QPA_PLATFORM="xcb")
    app = subprocess.Popen([sys.executable, main_py, "--db", db, "--lang", "en", "desk", "--event", event_id,
                            "--fullscreen"], env=env)

    def xdo(*args, timeout=20):
        return subprocess.run(["xdotool", *map(str, args)], check=True, capture_output=True, text=True,
                              timeout=timeout).stdout

    try:
        window = xdo("search", "--sync", "--onlyvisible", "--name", "Apel Xvfb", timeout=60).split()[0]
        time.sleep(1.5)  # the desk lays itself out and takes the focus
        xdo("windowfocus", "--sync", window)
        geometry = dict(line.split("=") for line in xdo("getwindowgeometry", "--shell", window).split())
        x0, y0, w, h = (int(geometry[k]) for k in ("X", "Y", "WIDTH", "HEIGHT"))
        print("window", x0, y0, w, h, flush=True)
        xdo("type", "--delay", "5", nip)  # a scanner without a terminator
        time.sleep(0.6)
        # a zigzag inside the pad (the right-hand 2/3 of the window, between the pact and the buttons)
        points = [(x0 + int(w * (0.50 + 0.30 * i / 19)), y0 + int(h * (0.58 if i % 2 else 0.72))) for i in range(20)]
        chain = ["mousemove", *points[0], "mousedown", "1"]
        for x, y in points[1:]:
            chain += ["sleep", "0.02", "mousemove", x, y]
        chain += ["sleep", "0.05", "mouseup", "1"]
        xdo(*chain)
        time.sleep(0.3)
        xdo("key", "Return")
        time.sleep(1.5)  # the commit happens before success is shown; give the window a moment
        print("driven", flush=True)
    finally:
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
''')


@pytest.mark.slow
def test_desk_process_under_xvfb_with_scanner_keys_and_mouse(tmp_path):
    missing = [tool for tool in ("xvfb-run", "xdotool") if shutil.which(tool) is None]
    assert not missing, f"{' and '.join(missing)} not on PATH: .ci/setup installs them (apt install xvfb xdotool)"

    db_path = tmp_path / "desk.db"
    open_database(db_path)
    insert_people(generate_people(30, seed=5))
    event = create_event("Apel Xvfb", date.today())
    settings.finish_setup()  # a desk set up before (the first-start setup is tested on its own)
    nip = Employee.select().where(Employee.nip.is_null(False)).order_by(Employee.roster_order).first().nip
    close_database()
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER)
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", sys.executable, str(driver), str(ROOT / "main.py"),
         str(db_path), event.id, nip],
        capture_output=True, text=True, timeout=180, cwd=tmp_path, check=False)
    assert "driven" in result.stdout, result.stdout + result.stderr
    open_database(db_path)
    try:
        employee = Employee.get(Employee.nip == nip)
        records = live_attendances(event, employee)
        assert len(records) == 1, result.stdout + result.stderr
        assert records[0].method == "scan"
        assert records[0].signatures.count() == 1
    finally:
        close_database()
