"""Simulated scanners against the desk while its GUI thread is busy:

    python bench/bench_scanner.py [--db PATH] [--people 100000] [--scans 15] [--busy 5-25/30-100]

A scanner is a thread that posts key events to the desk's input on its own clock, each stamped
with the moment it was struck (as the platform stamps real keys), whatever the GUI thread is doing.
Meanwhile the GUI thread is kept busy: every 30-100 ms it blocks for 5-25 ms (--busy), as painting,
searching and counting do. Scanners of 0, 8, 16 and 30 ms a key with the desk's default thresholds,
then of 50 and 100 ms after a simulated "Tes pemindai" (ui/desk/scanner_test.py) stored this desk's
thresholds; each with Enter, Tab and no terminator; NIPs (18 digits) and NIKs (16). Then names typed
at a person's pace (90-250 ms a key, now and then two keys 40-70 ms apart), under both thresholds.

Reports per case: scans recognised (the right person opened as a scan; a NIP never cut into a NIK),
scan -> card shown (from the last key, or the terminator, to the card drawn): p50/p99 against the
target (<= 50 ms with a terminator; <= the gap threshold + 60 ms without), and names typed taken for
a scan (must be 0). Figures only: nothing is asserted. Runs on the offscreen platform.
"""
from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import bench_desk  # noqa: E402 (the same roster and event as the desk's bench)
from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

TERMINATORS = {"Enter": Qt.Key_Return, "Tab": Qt.Key_Tab, "none": None}
HUMAN_NAMES = ["siti aminah", "budi santoso", "wahyu wijaya", "ni luh putu ayu", "andi besse", "muh yusuf",
               "hasanuddin", "joko widodo", "sri lestari", "la ode muhammad", "nurhayati", "i made sudarma"]


def now_ms() -> float:
    return time.monotonic() * 1000.0


class Scanner(threading.Thread):
    """Posts *text* (and a terminator) to *widget*, one key every *gap* ms from *start*."""

    def __init__(self, widget, text: str, gaps: list[float], terminator, start: float):
        super().__init__(daemon=True)
        self.widget, self.text, self.gaps, self.terminator, self.start_at = widget, text, gaps, terminator, start
        self.struck: list[float] = []

    def run(self) -> None:
        at = self.start_at
        keys = [(getattr(Qt, f"Key_{c.upper()}", Qt.Key_Space) if c.isalnum() else Qt.Key_Space, c) for c in self.text]
        if self.terminator is not None:
            keys.append((self.terminator, "\t" if self.terminator == Qt.Key_Tab else "\r"))
        for i, (key, char) in enumerate(keys):
            if i:
                at += self.gaps[i - 1]
            wait = (at - now_ms()) / 1000.0
            if wait > 0:
                time.sleep(wait)
            self.struck.append(at)
            for kind in (QEvent.KeyPress, QEvent.KeyRelease):
                event = QKeyEvent(kind, key, Qt.NoModifier, char)
                event.setTimestamp(int(at))
                QApplication.postEvent(self.widget, event)


class Busy:
    """Keeps the GUI thread busy: every *every* ms (random in a range) it blocks for *block* ms."""

    def __init__(self, block: tuple[int, int], every: tuple[int, int], rng: random.Random):
        self.block, self.every, self.rng = block, every, rng
        self.timer = QTimer(singleShot=True, timeout=self._work)
        self.busy_ms = 0.0

    def start(self) -> None:
        self.timer.start(self.rng.randint(*self.every))

    def stop(self) -> None:
        self.timer.stop()

    def _work(self) -> None:
        ms = self.rng.uniform(*self.block)
        time.sleep(ms / 1000.0)  # the GUI thread does nothing else meanwhile (the GIL stays free)
        self.busy_ms += ms
        self.start()


def run_until(app, condition, timeout_ms: float) -> None:
    loop = QEventLoop()
    deadline = now_ms() + timeout_ms
    poll = QTimer(interval=2)
    poll.timeout.connect(lambda: (condition() or now_ms() > deadline) and loop.quit())
    poll.start()
    loop.exec()
    poll.stop()


def one_scan(app, desk, person, gap: float, terminator, rng: random.Random) -> tuple[bool, float | None]:
    """Scan *person*'s NIP (or NIK); (recognised as that person by a scan, ms to the card shown)."""
    code = person[1] or person[2]
    shown: list[float] = []

    def opened(_employee_id):
        desk.repaint()  # drawn now, as the next frame shows it
        shown.append(now_ms())

    desk.opened.connect(opened)
    try:
        gaps = [max(0.0, rng.gauss(gap, gap * 0.08)) for _ in range(len(code) + 1)]  # a scanner's jitter
        scanner = Scanner(desk.input, code, gaps, TERMINATORS[terminator], now_ms() + 5)
        scanner.start()  # the GUI thread goes on with its event loop (and its busy moments) meanwhile
        run_until(app, lambda: bool(shown) and not scanner.is_alive(), 3000)
    finally:
        desk.opened.disconnect(opened)
    ok = bool(shown) and desk.employee is not None and desk.employee.id == person[0] and desk.method == "scan"
    latency = shown[0] - scanner.struck[-1] if shown else None
    desk.cancel()
    run_until(app, lambda: False, 150)  # a pause before the next person
    return ok, latency


def human_name(app, desk, name: str, rng: random.Random) -> bool:
    """Type *name* at a person's pace; True if it was taken for a scan (or opened someone)."""
    scans: list[str] = []
    desk.input.scanned.connect(scans.append)
    try:
        gaps = [rng.uniform(40, 70) if rng.random() < 0.1 else rng.uniform(90, 250) for _ in name]
        typist = Scanner(desk.input, name, gaps, None, now_ms() + 5)
        typist.start()
        while typist.is_alive():
            run_until(app, lambda: not typist.is_alive(), 50)
        run_until(app, lambda: False, 400)
    finally:
        desk.input.scanned.disconnect(scans.append)
    taken = bool(scans) or desk.employee is not None
    desk.cancel()
    desk.cancel()
    run_until(app, lambda: False, 100)
    return taken


def tes_pemindai(app, desk, gap: float, rng: random.Random):
    """A test scan at *gap* ms a key, ended with Enter, saved: the desk's thresholds from then on."""
    from ikrar.ui.desk.scanner_test import ScannerTestDialog

    dialog = ScannerTestDialog(desk)
    dialog.show()
    gaps = [max(0.0, rng.gauss(gap, gap * 0.08)) for _ in range(19)]
    scanner = Scanner(dialog.capture, "199001012015031002", gaps, Qt.Key_Return, now_ms() + 5)
    scanner.start()
    run_until(app, lambda: dialog.scan is not None and not scanner.is_alive(), 4000)
    dialog.save()
    thresholds = dialog.scan.thresholds()
    dialog.close()
    return thresholds


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def declare_settings() -> str:
    """The scanner's two settings, declared here if models/settings.py does not yet."""
    from ikrar.models import settings

    missing = [key for key in ("scanner_gap_ms", "scanner_terminator") if key not in settings.OPTIONS]
    if missing:
        settings.OPTIONS["scanner_gap_ms"] = settings.Option("scanner_gap_ms", int, 0)
        settings.OPTIONS["scanner_terminator"] = settings.Option("scanner_terminator", str, "",
                                                                 ("", "enter", "tab", "none"))
    return f" ({', '.join(missing)} declared by the bench: not in models/settings.py yet)" if missing else ""


def measure(path: Path, scans: int, block: tuple[int, int], every: tuple[int, int]) -> None:
    from ikrar.models.store.connection import db
    from ikrar.models.store.opening import open_database
    from ikrar.ui.desk.scan_timing import Thresholds
    from ikrar.ui.main_window import MainWindow
    from ikrar.ui.tasks import wait_all

    app = QApplication([sys.argv[0]])
    QKeyEvent(QEvent.KeyPress, Qt.Key_A, Qt.NoModifier, "a")  # the keyboard device, made on this thread
    open_database(path)
    note = declare_settings()
    from ikrar.ui.desk import scan_timing

    scan_timing.save(Thresholds())  # the defaults: no test scan yet
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    window.open_desk(bench_desk.event_id(path, "bench-event"))
    desk = window.desk()
    desk.feedback.sound.enabled = False
    wait_all(60_000)
    rng = random.Random(7)
    people = db.execute_sql("SELECT e.id, e.nip, e.nik FROM employee e JOIN event_unit u ON u.unit_id = e.unit_id"
                            " WHERE u.event_id = ? AND e.active = 1 AND (e.nip IS NOT NULL OR e.nik IS NOT NULL)"
                            " ORDER BY e.id DESC LIMIT 2000", (desk.current_event.id,)).fetchall()
    with_nip = [p for p in people if p[1]]
    with_nik = [p for p in people if not p[1] and p[2]]
    one_scan(app, desk, with_nip[0], 8, "Enter", rng)  # the first card lays out what later ones reuse
    busy = Busy(block, every, rng)
    busy.start()
    print(f"\nScanners against the desk ({len(people):,} people of the apel's units; GUI thread blocked "
          f"{block[0]}-{block[1]} ms every {every[0]}-{every[1]} ms; {os.cpu_count()} CPUs, load "
          f"{os.getloadavg()[0]:.1f}){note}")
    print(f"{'scanner':<28}{'terminator':<11}{'recognised':>11}{'p50':>8}{'p99':>8}{'max':>8}  target")
    thresholds = Thresholds()
    for gap in (0, 8, 16, 30, "test", 50, 100):
        if gap == "test":
            print(f"{'names typed at a person pace':<39}{names(app, desk, rng, busy):>11}")
            continue
        if gap >= 50:
            thresholds = tes_pemindai(app, desk, gap, rng)
        label = f"{gap} ms a key" + (f" (test: {thresholds.gap_ms} ms)" if thresholds.measured else "")
        for terminator in TERMINATORS:
            results = [one_scan(app, desk, rng.choice(with_nik if i % 5 == 4 and with_nik else with_nip), gap,
                                terminator, rng) for i in range(scans)]
            good = [ms for ok, ms in results if ok and ms is not None]
            target = 50 if terminator != "none" else thresholds.gap_ms + 60
            if good:
                p99 = percentile(good, 99)
                verdict = "ok" if p99 <= target and len(good) == scans else "OVER" if p99 > target else "MISSED"
                print(f"{label:<28}{terminator:<11}{len(good):>6}/{scans:<4}{percentile(good, 50):>8.1f}{p99:>8.1f}"
                      f"{max(good):>8.1f}  {target} ms {verdict}")
            else:
                print(f"{label:<28}{terminator:<11}{0:>6}/{scans:<4}{'':>24}  {target} ms MISSED")
    print(f"{'names typed at a person pace':<39}{names(app, desk, rng, busy):>11}  (after the test)")
    busy.stop()
    scan_timing.save(Thresholds())


def names(app, desk, rng, busy) -> str:
    taken = sum(human_name(app, desk, name, rng) for name in HUMAN_NAMES)
    return f"{taken}/{len(HUMAN_NAMES)} taken"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="reuse (or build once into) this database (bench_desk.py's)")
    parser.add_argument("--scans", type=int, default=15, help="scans per scanner and terminator")
    parser.add_argument("--busy", default="5-25/30-100", help="the GUI thread blocks A-B ms every C-D ms")
    opts = parser.parse_args()
    block, every = (tuple(int(x) for x in part.split("-")) for part in opts.busy.split("/"))
    path = opts.db or Path(tempfile.mkdtemp(prefix="ikrar-bench-")) / "desk.db"
    if not path.exists():
        print(f"building {opts.people:,} people in {path} …", flush=True)
        subprocess.run([sys.executable, bench_desk.__file__, "--build", str(path), "--people", str(opts.people)],
                       check=True)
    measure(path, opts.scans, block, every)
    return 0


if __name__ == "__main__":
    sys.exit(main())
