"""The desk's own figures on a 100,000-person roster:

    python bench/bench_desk.py [--people 100000] [--db PATH] [--keys 1200] [--saves 60]

- keystroke to results shown (p50, p99; target p99 <= 16 ms, one frame), typing the first letters
  of names, whole names, and whole names with one typo, a third of the keys each
- scan to person card shown (target <= 50 ms), with Enter and without a terminator
- save to ready for the next person (target <= 100 ms; the commit is synchronous=FULL)
- start to a usable window (target <= 1 s), and whether reportlab/openpyxl were imported
- peak memory of the desk process (target <= 300 MB)
Figures only: nothing is asserted. Runs on the offscreen platform.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

UNITS_AT_THE_APEL = 3  # an apel of three OPDs out of thirty: ~10,000 expected
CHECKED_IN = 1500
# An event's id is bound to its owner's key (models/sync/owner.py): the bench finds its two by title.
EVENTS = {"bench-event": "Apel bench", "bench-all": "Apel semua OPD"}


def event_id(path: Path, name: str) -> str:
    """The id of the bench's event *name* ("bench-event" or "bench-all") in the database at *path*."""
    import sqlite3

    with closing(sqlite3.connect(path)) as con:
        return con.execute("SELECT id FROM event WHERE title = ?", (EVENTS[name],)).fetchone()[0]


def build(path: Path, people: int) -> None:
    """A roster of *people*, an apel for three units, CHECKED_IN people signed already."""
    from datetime import datetime

    from ikrar.models import clock
    from ikrar.models.checkin import check_in
    from ikrar.models.demo.build import demo_strokes, generate_people, insert_people
    from ikrar.models.events import create_event
    from ikrar.models.queries.units import units_in_order
    from ikrar.models.store.connection import close_database
    from ikrar.models.store.opening import open_database
    from ikrar.models.store.schema import Employee

    open_database(path)
    insert_people(generate_people(people, seed=1))
    clock.set_clock(datetime.now(clock.zone("WIB")).replace(hour=7, minute=0))
    units = units_in_order()[:UNITS_AT_THE_APEL]
    event = create_event(EVENTS["bench-event"], clock.now().date(), units=units)
    create_event(EVENTS["bench-all"], clock.now().date())
    for i, person in enumerate(Employee.select().where(Employee.unit.in_(units)).limit(CHECKED_IN)):
        check_in(event, person, method="scan", strokes=demo_strokes(i))
    close_database()


TYPED = ("first letters", "whole name", "one typo")


def typed_name(rng: random.Random, name: str, kind: str) -> str:
    """What a person at the desk types for *name*: its first 3-10 letters, all of it, or all of it
    with one wrong, extra, missing or swapped letter (not the first or last)."""
    if kind == "first letters" or len(name) < 6:
        return name[: rng.randint(3, min(10, len(name)))]
    if kind == "whole name":
        return name
    i = rng.randrange(1, len(name) - 2)
    letter = rng.choice("abcdefghijklmnopqrstuvwxyz")
    return rng.choice([name[:i] + letter + name[i + 1:], name[:i] + letter + name[i:], name[:i] + name[i + 1:],
                       name[:i] + name[i + 1] + name[i] + name[i + 2:]])


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(path: Path, keys: int, saves: int) -> dict:
    """In this process: the desk on the offscreen platform, driven by key events."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from ikrar.models.checkin import live_attendances
    from ikrar.models.demo.build import demo_strokes
    from ikrar.models.store.connection import db
    from ikrar.models.store.opening import open_database
    from ikrar.models.store.schema import Employee, EventUnit
    from ikrar.ui.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    open_database(path)
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    window.open_desk(event_id(path, "bench-event"))
    desk = window.desk()
    desk.feedback.sound.enabled = False
    for _ in range(5):
        app.processEvents()
    rng = random.Random(4)
    stamp = [time.monotonic() * 1000]

    def press(qt_key, text="", gap=150.0):
        stamp[0] += gap
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            event = QKeyEvent(kind, qt_key, Qt.NoModifier, text)
            event.setTimestamp(int(stamp[0]))
            QApplication.sendEvent(desk.input, event)

    def shown(part=None):  # handle what is pending, then draw now what the next frame shows
        app.processEvents()
        (part or desk).repaint()

    from ikrar.models.search import lookup as search_module

    search_ms = []
    original_search = search_module.search

    def timed_search(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return original_search(*args, **kwargs)
        finally:
            search_ms.append((time.perf_counter() - t0) * 1000)

    search_module.search = timed_search

    # keystroke -> results shown: people typing names as written (spaces too), a key every 150 ms:
    # the first letters of a name, the whole name, or the whole name with one typo (the typo
    # fallback runs on every letter once fewer than 20 people match), in turn
    from ikrar.ui.tasks import wait_all

    wait_all(60_000)  # the desk is ready: its counts and its search index are made off the GUI thread
    # Plain strings (not 100,000 model objects): the bench's own memory is not the desk's.
    names = [name.lower() for (name,) in db.execute_sql("SELECT name FROM employee ORDER BY id")]
    key_ms: dict[str, list[float]] = {kind: [] for kind in TYPED}
    while sum(map(len, key_ms.values())) < keys:
        kind = min(TYPED, key=lambda k: len(key_ms[k]))  # the kind with the fewest keys so far
        typed = typed_name(rng, rng.choice(names), kind)
        for char in typed:
            t0 = time.perf_counter()
            press(getattr(Qt, f"Key_{char.upper()}", Qt.Key_Space) if char.isalnum() else Qt.Key_Space, char)
            shown(desk.pages)
            key_ms[kind].append((time.perf_counter() - t0) * 1000)
        press(Qt.Key_Escape)
        shown()

    expected_units = [eu.unit_id for eu in EventUnit.select().where(EventUnit.event == desk.current_event.id)]
    waiting = list(Employee.select().where(Employee.unit.in_(expected_units) & Employee.nip.is_null(False))
                   .order_by(Employee.id.desc()).limit(saves * 3))
    rng.shuffle(waiting)
    scan_enter, scan_silent, save_ms = [], [], []
    for i in range(saves):
        person = waiting.pop()
        silent = i % 2 == 1
        for digit in person.nip:
            press(getattr(Qt, f"Key_{digit}"), digit, gap=5.0)
        t0 = time.perf_counter()
        if silent:  # no terminator: the person opens after the scanner falls silent
            while desk.employee is None and time.perf_counter() - t0 < 1:
                app.processEvents()
        else:
            press(Qt.Key_Return, gap=5.0)
        shown()
        (scan_silent if silent else scan_enter).append((time.perf_counter() - t0) * 1000)
        assert desk.employee is not None and desk.employee.id == person.id
        data = demo_strokes(i, desk.pad.width(), desk.pad.height())
        for stroke in data.strokes:  # the ink as the pad records it
            desk.ink.begin(*stroke[0][:2], 0.5, (desk.pad.width(), desk.pad.height()))
            for x, y, _t, _p in stroke[1:]:
                desk.ink.extend(x, y, 0.5)
            desk.ink.end()
        shown()
        t0 = time.perf_counter()
        press(Qt.Key_Return)
        shown()
        save_ms.append((time.perf_counter() - t0) * 1000)
        assert desk.employee is None and live_attendances(desk.current_event, person)
    wait_all(60_000)
    from ikrar.models.events import find_event
    from ikrar.ui.desk.counts_panel import load_snapshot

    counts = {}
    for name in EVENTS:
        t0 = time.perf_counter()
        load_snapshot(find_event(event_id(path, name)).id)
        counts[name] = (time.perf_counter() - t0) * 1000
    desk.cancel()
    return {"keys": [ms for kind in TYPED for ms in key_ms[kind]], "by_kind": key_ms, "search": search_ms,
            "scan_enter": scan_enter, "scan_silent": scan_silent, "save": save_ms,
            "counts": counts, "peak_mb": peak_mb(), "roster": len(names)}


STARTUP = r'''
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
def exec_(self):
    def ready():
        window = next(w for w in QApplication.topLevelWidgets() if w.isVisible())
        window.grab()  # drawn once, whole
        heavy = [m for m in ("reportlab", "openpyxl") if m in sys.modules]
        print("READY", ",".join(heavy) or "-", flush=True)
        self.quit()
    QTimer.singleShot(0, ready)
    return QApplication.exec_orig()
QApplication.exec_orig = QApplication.exec
QApplication.exec = exec_
from ikrar.ui.cli.app import run
sys.exit(run(["--db", {db!r}, "desk", "--event", {event!r}]))
'''


def startup(path: Path, runs: int = 5) -> tuple[list[float], str]:
    """From launching the process to the desk drawn and taking keys (the READY line)."""
    times, heavy = [], "?"
    code = STARTUP.format(root=str(ROOT), db=str(path), event=event_id(path, "bench-event"))
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                text=True)
        for line in proc.stdout:
            if line.startswith("READY"):
                times.append((time.perf_counter() - t0) * 1000)
                heavy = line.split()[1]
                break
        proc.kill()  # what happens after the window is up is not start-up
        proc.wait()
    return times, heavy


def row(label: str, values: list[float], target: float | None) -> str:
    p50, p90, p99 = statistics.median(values), percentile(values, 90), percentile(values, 99)
    verdict = "" if target is None else ("  ok" if p99 <= target else "  OVER")
    goal = f"(target {target:g} ms)" if target else ""
    return f"{label:<44} p50 {p50:6.1f}  p90 {p90:6.1f}  p99 {p99:6.1f} ms  n={len(values):<4} {goal}{verdict}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="reuse (or build once into) this database")
    parser.add_argument("--keys", type=int, default=1200)
    parser.add_argument("--saves", type=int, default=60)
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    opts = parser.parse_args()
    if opts.build:
        build(opts.build, opts.people)
        return 0
    if opts.measure:
        print(json.dumps(measure(opts.measure, opts.keys, opts.saves)))
        return 0
    path = opts.db or Path(tempfile.mkdtemp(prefix="ikrar-bench-")) / "desk.db"
    if not path.exists():
        t0 = time.perf_counter()
        print(f"building {opts.people:,} people and {CHECKED_IN} signed check-ins in {path} …", flush=True)
        subprocess.run([sys.executable, __file__, "--build", str(path), "--people", str(opts.people)], check=True)
        print(f"  built in {time.perf_counter() - t0:.0f} s")
    start, heavy = startup(path)
    child = subprocess.run([sys.executable, __file__, "--measure", str(path), "--keys", str(opts.keys),
                            "--saves", str(opts.saves)], capture_output=True, text=True, check=True)
    result = json.loads(child.stdout.strip().splitlines()[-1])
    print(f"\nDesk on a roster of {result['roster']:,} people (offscreen platform, 1366×768, "
          f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f})")
    print(row("keystroke -> results shown", result["keys"], 16))
    for kind in TYPED:
        print(row(f"  typing {kind}", result["by_kind"][kind], None))
    print(row("  of which models.search()", result["search"], None))
    print(row("scan (Enter) -> person card shown", result["scan_enter"], 50))
    print(row("scan (no terminator) -> card shown", result["scan_silent"], 100))
    print(row("save (Enter) -> ready for the next person", result["save"], 100))
    print(row("start -> usable window (whole process)", start, 1000))
    print(f"{'  reportlab/openpyxl imported at start-up':<44} {heavy}")
    print(f"{'peak memory of the desk process':<44} {result['peak_mb']:.0f} MB (target 300 MB)")
    for event_id, ms in result["counts"].items():
        label = "three units" if event_id == "bench-event" else "all units"
        print(f"{'live counts, ' + label + ' (off the GUI thread)':<44} {ms:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
