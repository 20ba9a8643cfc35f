"""The window as the clerk gets it, on a real X server (Xvfb 1366×768, the openbox window manager, a
30 px taskbar): F12 opens the signer's window from the desk, and every screen keeps the window
inside the work area. Slow; skipped where Xvfb, openbox or xdotool is missing."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from x11_support import XServer, missing_tools

from ikrar.models import settings
from ikrar.models.demo.build import generate_people, insert_people
from ikrar.models.events import create_event
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database

ROOT = Path(__file__).resolve().parent.parent
TITLE = "Apel Xvfb"
TASKBAR = 30

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(bool(missing_tools()), reason=f"no {', '.join(missing_tools())} "
                                 "(apt-get install xvfb openbox xdotool)")]


@pytest.fixture
def desk_db(tmp_path):
    """A database with 30 people and today's event; (path, event id)."""
    path = tmp_path / "desk.db"
    open_database(path)
    try:
        insert_people(generate_people(30, seed=5))
        event = create_event(TITLE, date.today(), place="Halaman Kantor Bupati")
        settings.finish_setup()  # a desk set up before (the first-start setup is tested on its own)
    finally:
        close_database()
    return path, event.id


@pytest.fixture
def xserver():
    with XServer() as server:
        server.start_dock(TASKBAR)
        yield server


def start_desk(xserver, desk_db, tmp_path, lang: str):
    path, event_id = desk_db
    log = (tmp_path / "ikrar.log").open("w")
    app = xserver.popen([sys.executable, str(ROOT / "main.py"), "--db", str(path), "--lang", lang, "desk",
                         "--event", event_id], env={"TZ": "Asia/Jakarta"},  # the event's zone (WIB): no clock banner
                        stdout=log, stderr=subprocess.STDOUT)
    window = xserver.find_window(TITLE)
    assert window is not None, (tmp_path / "ikrar.log").read_text()
    return app, window


def test_f12_on_the_desk_opens_the_signer_window(xserver, desk_db, tmp_path):
    app, window = start_desk(xserver, desk_db, tmp_path, "en")
    xserver.xdo("windowactivate", "--sync", window)
    time.sleep(1.5)  # the desk lays itself out and gives its input the focus
    xserver.xdo("key", "F12")
    signer = xserver.find_window("Ikrar — signature", timeout=10)
    if signer is not None:
        time.sleep(0.5)
        xserver.screenshot(Path(os.environ.get("IKRAR_SCREENSHOTS") or tmp_path) / "x11-signer.png")
    app.terminate()
    app.wait(10)
    log = (tmp_path / "ikrar.log").read_text()
    assert signer is not None, log
    assert "Ambiguous shortcut" not in log


def test_every_screen_stays_inside_the_work_area(xserver, desk_db, tmp_path):
    """Maximised above the taskbar on every screen (Ctrl+1…5); IKRAR_SCREENSHOTS=DIR keeps the
    pictures of the whole X screen."""
    out = Path(os.environ.get("IKRAR_SCREENSHOTS") or tmp_path)
    app, window = start_desk(xserver, desk_db, tmp_path, "id")
    ax, ay, aw, ah = xserver.work_area()
    assert (aw, ah) == (1366, 768 - TASKBAR)
    xserver.xdo("windowactivate", "--sync", window)
    screens = (("1", "Awal", "start"), ("3", "Daftar hadir", "attendance"), ("4", "Laporan", "reports"),
               ("5", "Sinkronisasi", "sync"), ("2", "Meja", "desk"))
    try:
        for key, title, name in screens:
            xserver.xdo("key", f"ctrl+{key}")
            assert xserver.find_window(f"^{title}( —|$)", timeout=10) == window, name
            time.sleep(1.0)  # the screen is built, laid out and the window manager has answered
            xserver.screenshot(out / f"x11-{name}.png")
            x, y, w, h = xserver.frame(window)
            assert xserver.inside_work_area(window), f"{name}: frame {(x, y, w, h)}, work area {(ax, ay, aw, ah)}"
            assert w == aw and h == ah, f"{name}: not maximised: frame {(x, y, w, h)}"
    finally:
        app.terminate()
        app.wait(10)
