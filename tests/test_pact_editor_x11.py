"""The event dialog's Pact tab (ui/dialogs/pact_editor.py) on a real X server (Xvfb 1366×768, openbox,
a 30 px taskbar), driven only by keys sent through the X server (xdotool), as a clerk without a mouse
would: it fits the work area, its Simpan/Batal buttons are on the screen and reached with Tab, the
fields typed change what the signer will read, and Enter on Simpan saves the filled text. Slow;
skipped where Xvfb, openbox or xdotool is missing. IKRAR_SCREENSHOTS=DIR keeps the picture."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from x11_support import XServer, missing_tools

from ikrar.models import settings
from ikrar.models.pact import PactFields, fill, pact_template
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database

HERE = Path(__file__).resolve().parent
TASKBAR = 30

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(bool(missing_tools()), reason=f"no {', '.join(missing_tools())} "
                                 "(apt-get install xvfb openbox xdotool)")]


class Dialog:
    """The dialog's program and what it last said about itself."""

    def __init__(self, xserver: XServer, tmp_path: Path):
        self.x, self.state = xserver, tmp_path / "state.json"
        database = tmp_path / "pact.db"
        open_database(database)
        try:
            settings.change("pemda_name", "Pemerintah Kabupaten Maju")
            settings.finish_setup()
        finally:
            close_database()
        self.log = tmp_path / "app.log"
        self.process = xserver.popen([sys.executable, str(HERE / "x11_pact_editor_app.py"), str(database),
                                      str(self.state)], stdout=self.log.open("w"), stderr=subprocess.STDOUT)

    def now(self) -> dict:
        try:
            return json.loads(self.state.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def until(self, check, what: str, timeout: float = 10) -> dict:
        """The state once *check* holds for it (the program writes it every 100 ms)."""
        try:
            return self.x.wait_for(lambda: (s := self.now()) and check(s) and s, what, timeout)
        except TimeoutError:
            raise AssertionError(f"{what}; last state {self.now()}; log {self.log.read_text()}") from None

    def key(self, *keys: str) -> None:
        self.x.xdo("key", "--delay", "60", *keys)

    def type(self, text: str) -> None:
        self.x.xdo("type", "--delay", "30", text)

    def tab_to(self, name: str, most: int = 16, key: str = "Tab") -> int:
        """Press *key* until the keyboard is on *name*; how many presses it took."""
        for presses in range(most + 1):
            if self.until(lambda s: s.get("focus"), "no focus")["focus"] == name:
                return presses
            self.key(key)
            time.sleep(0.25)
        raise AssertionError(f"{name} not reached with {most} × {key}; last state {self.now()}")


@pytest.fixture
def xserver():
    with XServer() as server:
        server.start_dock(TASKBAR)
        yield server


def inside(box, area) -> bool:
    x, y, w, h = box[:4]
    ax, ay, aw, ah = area
    return x >= ax and y >= ay and x + w <= ax + aw and y + h <= ay + ah


def test_the_pact_tab_fits_and_works_from_the_keyboard(xserver, tmp_path):
    dialog = Dialog(xserver, tmp_path)
    window = xserver.find_window("Acara baru")
    assert window is not None, dialog.log.read_text()
    xserver.xdo("windowactivate", "--sync", window)
    shown = dialog.until(lambda s: s["visible"] and s["focus"], "the dialog did not show")
    area = xserver.work_area()
    assert area[2:] == (1366, 768 - TASKBAR)
    assert xserver.inside_work_area(window), f"frame {xserver.frame(window)}, work area {area}"
    for name, text in (("save", "Simpan"), ("cancel", "Batal")):
        button = shown["buttons"][name]
        assert button[4] and button[5] == text and inside(button, area) and inside(button, shown["dialog"]), button

    # the title, then the Pact tab with Ctrl+Tab, its fields typed over
    dialog.tab_to("title")
    dialog.type("Apel Netralitas Xvfb")
    dialog.key("ctrl+Tab", "ctrl+Tab")
    dialog.until(lambda s: s["tab"] == 2, "Ctrl+Tab did not reach the Pact tab")
    dialog.tab_to("pemda")
    before = dialog.now()["preview"]
    assert "di lingkungan Pemerintah Kabupaten Maju" in before  # the setting, as the window starts it
    typed = ["Pemerintah Kota Xvfb", "Pemilihan Kepala Daerah Serentak", "2031"]
    for n, (name, text) in enumerate(zip(("pemda", "election", "year"), typed, strict=True)):
        if n:
            dialog.key("Tab")
        dialog.until(lambda s, name=name: s["focus"] == name, f"Tab did not go on to {name}")
        dialog.key("ctrl+a")
        dialog.type(text)
    filled = dialog.until(lambda s: s["fields"] == typed, "the fields were not typed")
    filled = dialog.until(lambda s: "Tahun 2031" in s["preview"], "the preview did not follow the fields")
    assert filled["preview"] != before
    assert "di lingkungan Pemerintah Kota Xvfb" in filled["preview"]
    assert "Pemilihan Kepala Daerah Serentak Tahun 2031" in filled["preview"]
    time.sleep(0.5)
    shots = Path(os.environ.get("IKRAR_SCREENSHOTS") or tmp_path)
    xserver.screenshot(shots / "x11-pact-editor.png")
    # still on the screen with the text filled in (the preview once grew the dialog under the taskbar)
    filled = dialog.now()
    assert xserver.inside_work_area(window), f"frame {xserver.frame(window)}, work area {area}"
    assert inside(filled["dialog"], area), filled["dialog"]
    for name in ("save", "cancel"):
        assert inside(filled["buttons"][name], area) and inside(filled["buttons"][name], filled["dialog"])

    # on through the template to the buttons: Tab moves on, never typed into the text
    dialog.tab_to("save")
    dialog.tab_to("cancel", most=1)
    assert dialog.now()["template_tabs"] == 0
    dialog.tab_to("save", most=1, key="shift+Tab")
    dialog.key("Return")
    done = dialog.until(lambda s: "result" in s, "Enter on Simpan did not close the dialog")
    assert done["result"] == 1, done["message"]
    assert done["saved"] == fill(pact_template(), PactFields(*typed))
    dialog.process.wait(10)
