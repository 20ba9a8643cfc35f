"""The scanner against a person typing (ui/desk/scan_input.py, scan_timing.py, scanner_test.py):
thresholds from one test scan ("Tes pemindai"), a slow scanner after it, an 18-digit NIP never cut
into a 16-digit NIK (a pause, keys queued behind a busy moment), the scanner's own late Enter."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from test_desk_support import key, now_ms, person, type_timed

from ikrar.models import settings
from ikrar.ui.desk import scan_timing
from ikrar.ui.desk.desk_parts import SIGN
from ikrar.ui.desk.scan_timing import DEFAULT_GAP_MS, ScanSample, Thresholds, could_grow_into_nip
from ikrar.ui.desk.scanner_test import ScannerTestDialog, scanner_test_button

pytest_plugins = ["test_desk_support"]  # the desk and roster fixtures


@pytest.fixture
def scanner_keys(monkeypatch, db):
    """The two settings the thresholds are kept in (declared here until models/settings.py does)."""
    monkeypatch.setitem(settings.OPTIONS, scan_timing.GAP_KEY, settings.Option(scan_timing.GAP_KEY, int, 0))
    monkeypatch.setitem(settings.OPTIONS, scan_timing.TERMINATOR_KEY,
                        settings.Option(scan_timing.TERMINATOR_KEY, str, "", scan_timing.TERMINATORS))


def stamped(widget, text: str, start: float, gap: float, terminator=None) -> float:
    """Keys stamped *gap* ms apart from *start*, sent at once (as a busy window receives them)."""
    at = start
    for i, char in enumerate(text):
        at = start + i * gap
        key(widget, getattr(Qt, f"Key_{char.upper()}", Qt.Key_Space), char, timestamp=at)
    if terminator is not None:
        at += gap
        key(widget, terminator, timestamp=at)
    return at


def test_thresholds_from_a_test_scan():
    assert Thresholds().gap_ms == DEFAULT_GAP_MS and not Thresholds().measured
    fast = ScanSample(18, (8.0,) * 16 + (11.0,), "enter").thresholds()
    assert fast.gap_ms == DEFAULT_GAP_MS and fast.terminator == "enter"  # never below the default
    slow = ScanSample(18, (100.0,) * 16 + (104.0,), "none").thresholds()
    assert slow.gap_ms == 141 and slow.silence_ms == 141 + scan_timing.SILENCE_MS and slow.terminator_ms >= 2 * 100
    assert ScanSample(18, (400.0,) * 17, "none").thresholds().gap_ms == scan_timing.MAX_GAP_MS
    assert not ScanSample(5, (8.0,) * 4, "enter").usable()


@pytest.mark.parametrize("digits, grows", [("19860926", True), ("1986092620150510", True),
                                           ("19860926201505100", True), ("3201014509900001", False),
                                           ("1971010101850001", False), ("198609262015051001", False),
                                           ("1986092", False), ("19861326", False)])
def test_what_reads_like_the_start_of_a_nip(digits, grows):
    assert could_grow_into_nip(digits) is grows


def test_tes_pemindai_measures_and_stores(qtbot, scanner_keys):
    dialog = ScannerTestDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    before = scan_timing.generation()
    stamped(dialog.capture, "199001012015031002", now_ms(), 100, Qt.Key_Return)
    assert dialog.scan is not None and dialog.scan.terminator == "enter" and dialog.scan.chars == 18
    assert "18" in dialog.result.text() and "Enter" in dialog.result.text() and "19900101" in dialog.result.text()
    assert dialog.save_button.isEnabled()
    dialog.save()
    assert scan_timing.generation() == before + 1
    stored = scan_timing.load()
    assert stored.measured and stored.gap_ms == 135 and stored.terminator == "enter"
    assert "135" in dialog.current.text()
    dialog.default_button.click()
    assert not scan_timing.load().measured and scan_timing.load().gap_ms == DEFAULT_GAP_MS


def test_tes_pemindai_refuses_typing_and_short_codes(qtbot, scanner_keys):
    dialog = ScannerTestDialog()
    qtbot.addWidget(dialog)
    stamped(dialog.capture, "1234", now_ms(), 5, Qt.Key_Tab)
    assert dialog.scan.terminator == "tab" and not dialog.save_button.isEnabled()
    stamped(dialog.capture, "198609262015051001", now_ms(), 300, Qt.Key_Return)
    assert "person's pace" in dialog.result.text() and not dialog.save_button.isEnabled()


def test_the_settings_hook_is_a_button_that_opens_the_test(qtbot, db):
    button = scanner_test_button()
    qtbot.addWidget(button)
    assert button.text() == "Scanner test…"
    button.click()
    assert isinstance(button.dialog, ScannerTestDialog) and button.dialog.isVisible()
    button.dialog.reject()


def test_a_slow_scanner_after_the_test_and_a_name_typed_at_the_same_pace(desk, qtbot, scanner_keys, roster):
    scan_timing.save(ScanSample(18, (100.0,) * 17, "none").thresholds())
    employee = person(0)
    opened = []
    desk.opened.connect(lambda _id: opened.append(now_ms()))
    last = type_timed(desk.input, employee.nip, gap_ms=100)  # 100 ms a key, no terminator
    qtbot.waitUntil(lambda: bool(opened), timeout=2000)
    assert desk.employee.id == employee.id and desk.method == "scan"
    assert opened[0] - last <= desk.input.thresholds.gap_ms + 60
    key(desk.input, Qt.Key_Escape)
    scans = []
    desk.input.scanned.connect(scans.append)
    type_timed(desk.input, "siti aminah", gap_ms=100)  # a person as fast as that scanner
    qtbot.wait(400)
    assert scans == [] and desk.employee is None


def test_a_pause_after_sixteen_digits_never_makes_a_nik(desk, qtbot, roster):
    employee = person(1)
    start = now_ms()
    type_timed(desk.input, employee.nip[:16], gap_ms=5)
    qtbot.wait(DEFAULT_GAP_MS + 20)  # longer than a gap: the scanner stalled (USB, a busy computer)
    type_timed(desk.input, employee.nip[16:], gap_ms=5)
    qtbot.waitUntil(lambda: desk.employee is not None, timeout=1000)
    assert desk.employee.id == employee.id and desk.method == "scan" and desk.feedback.kind != "error"
    assert now_ms() - start < 1000


def test_keys_queued_behind_a_busy_moment_join_the_scan(desk, qtbot, roster):
    employee = person(2)
    start = now_ms() - 200  # struck a while ago: the window is only now getting to them
    stamped(desk.input, employee.nip[:16], start, 5)
    for i, char in enumerate(employee.nip[16:], start=16):  # still queued when the silence timer fires
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            event = QKeyEvent(kind, getattr(Qt, f"Key_{char}"), Qt.NoModifier, char)
            event.setTimestamp(int(start + i * 5))
            QApplication.postEvent(desk.input, event)
    desk.input._auto_open()  # the timer fired first: the queued keys are handled before deciding
    qtbot.waitUntil(lambda: desk.employee is not None, timeout=1000)
    assert desk.employee.id == employee.id and desk.feedback.kind != "error"


def test_the_scanners_late_enter_after_a_silent_scan_is_dropped(desk, qtbot, roster):
    employee = person(3)
    last = type_timed(desk.input, employee.nip, gap_ms=5)
    qtbot.waitUntil(lambda: desk.employee is not None, timeout=1000)
    key(desk.input, Qt.Key_Return, timestamp=last + desk.input.thresholds.silence_ms + 20)
    assert desk.employee.id == employee.id and desk.pages.currentIndex() == SIGN
    assert desk.feedback.kind != "error"  # not taken for "save" with no ink
    key(desk.input, Qt.Key_Return)  # the clerk's Enter, later, still saves (or says why not)
    assert desk.feedback.kind == "error"
