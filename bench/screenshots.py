"""Screenshots of the start screen, the desk's results as you type, the desk with a person chosen and
a signature drawn, the signer's window, the attendance list, a document made on the reports screen
and the sync screen, on the offscreen platform, at the size of the window maximised on a 1366×768
laptop above a 30 px taskbar and under a 31 px title bar (1366×707):

    python bench/screenshots.py [--lang id|en] [--out docs/screenshots]
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent

SIZE = (1366, 768 - 30 - 31)


def draw_signature(pad, seed: int = 3) -> None:
    """A demo signature drawn with real mouse events across the pad."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from ikrar.models.demo.build import demo_strokes

    data = demo_strokes(seed, width=pad.width(), height=pad.height())
    x0, y0, x1, y1 = data.bounding_box()
    scale = min(0.7 * pad.width() / (x1 - x0), 0.55 * pad.height() / (y1 - y0))
    left, top = (pad.width() - scale * (x1 - x0)) / 2, (pad.height() - scale * (y1 - y0)) / 2
    for stroke in data.strokes:
        points = [QPoint(int(left + (x - x0) * scale), int(top + (y - y0) * scale)) for x, y, _t, _p in stroke]
        QTest.mousePress(pad, Qt.LeftButton, Qt.NoModifier, points[0])
        for point in points[1:]:
            QTest.mouseMove(pad, point)
        QTest.mouseRelease(pad, Qt.LeftButton, Qt.NoModifier, points[-1])


def settle(app, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="id", choices=("id", "en"))
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    opts = parser.parse_args()
    opts.out.mkdir(parents=True, exist_ok=True)

    from datetime import datetime

    from PySide6.QtWidgets import QApplication

    from ikrar.models import clock
    from ikrar.models.demo.build import build_demo
    from ikrar.models.events import expected_units
    from ikrar.models.store.opening import open_database
    from ikrar.ui import tasks
    from ikrar.ui.app import _install_translator, build_window

    app = QApplication([sys.argv[0]])
    # The desk's own clock, in WIB like the demo event: a machine set to UTC would show the banner.
    clock.set_clock(datetime.now(clock.zone("WIB")).replace(hour=7, minute=24))
    tasks.set_synchronous(True)  # counts filled before the picture is taken
    folder = tempfile.mkdtemp(prefix="ikrar-shots-")
    open_database(Path(folder) / "demo.db")
    event = build_demo()
    _install_translator(app, opts.lang)

    window = build_window(argparse.Namespace(demo=False), None)
    window.resize(*SIZE)
    window.show()
    settle(app)
    window.grab().save(str(opts.out / "start.png"))

    window.open_desk(event.id)
    desk = window.desk()
    settle(app)
    units = {u.name for u in expected_units(event)}
    for query in ("siti", "sri", "dewi", "budi", "ahmad", "a"):
        desk.input.setText(query)  # as if typed: results as you type
        settle(app)
        hits = [h for h in desk.results.results.hits if not h.present and h.unit_name in units]
        if hits:
            break
    chosen = hits[0]
    window.grab().save(str(opts.out / "desk-search.png"))  # results as you type
    desk.results.chosen.emit(chosen)
    settle(app)
    draw_signature(desk.pad)
    settle(app)
    window.grab().save(str(opts.out / "desk.png"))

    signer = desk.open_signer()
    signer.resize(*SIZE)
    settle(app)
    signer.grab().save(str(opts.out / "signer.png"))
    desk.cancel()  # nothing to save: the window closes without asking
    signer.close()

    window.go("attendance")
    settle(app)
    window.grab().save(str(opts.out / "window-attendance.png"))
    window.go("reports")
    reports = window.screen_widget("reports")
    reports.set_kind("signed-list")
    reports.start()  # synchronous: done before the picture
    settle(app)
    window.grab().save(str(opts.out / "window-reports.png"))
    window.go("sync")
    sync = window.screen_widget("sync")
    sync.folder.setEditText(folder)
    sync.export_sync()  # the "Written: …" line under the screen
    settle(app)
    window.grab().save(str(opts.out / "window-sync.png"))
    for name in ("start", "desk-search", "desk", "signer", "window-attendance", "window-reports", "window-sync"):
        print(opts.out / f"{name}.png")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
