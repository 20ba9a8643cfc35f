"""How this desk tells its scanner from a person typing: the thresholds, worked out from one test
scan ("Tes pemindai", ui/desk/scanner_test.py) and kept in the desk's settings. No Qt here.

A keyboard-wedge scanner types a whole code with a steady gap between keys (0-30 ms for most,
50-100 ms for some cheap or Bluetooth ones) and ends it with Enter, Tab or nothing; a person types
~100 ms or more per key, and never eight digits in a row at a scanner's pace. Without a test the
desk takes keys up to DEFAULT_GAP_MS apart as one burst, which covers the usual 0-30 ms scanners
with room for the jitter of USB polling and a busy computer. A test scan measures this scanner's
largest gap and its terminator; the desk then takes keys up to GAP_FACTOR times that gap (plus
GAP_MARGIN_MS) as one burst. The thresholds are stored in two of the desk's settings
(models/settings.py: scanner_gap_ms, scanner_terminator).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from ikrar.models import settings

DEFAULT_GAP_MS = 45  # keys at most this far apart belong to one burst (scanners of 0-30 ms a key)
MAX_GAP_MS = 250  # never more: a person typing digits would be taken for a scanner
GAP_FACTOR, GAP_MARGIN_MS = 1.3, 5  # the measured largest gap, with room for jitter
SILENCE_MS = 5  # after a burst without a terminator, this much longer than the gap ends it
NIP_WAIT_MS = 60  # and a burst that is the start of a NIP waits this much more for the rest
TERMINATORS = ("", "enter", "tab", "none")  # "": not measured
GAP_KEY, TERMINATOR_KEY = "scanner_gap_ms", "scanner_terminator"
MIN_TEST_CHARS = 8  # a test scan shorter than this measured nothing

_generation = 0  # raised by every save(): inputs read the thresholds again


@dataclass(frozen=True)
class Thresholds:
    gap_ms: int = DEFAULT_GAP_MS
    terminator: str = ""  # "enter", "tab", "none", or "" when no test scan was made
    measured: bool = False

    @property
    def silence_ms(self) -> int:
        """Silence after a burst without a terminator that ends the scan."""
        return self.gap_ms + SILENCE_MS

    @property
    def terminator_ms(self) -> int:
        """Enter or Tab at most this long after a burst's last key ends that scan (and one this
        late after a scan already ended by silence is the scanner's, not the clerk's)."""
        return max(90, 2 * self.gap_ms + SILENCE_MS)


@dataclass(frozen=True)
class ScanSample:
    """What one test scan showed."""

    chars: int
    gaps_ms: tuple[float, ...]
    terminator: str  # "enter", "tab" or "none"

    @property
    def largest_gap_ms(self) -> float:
        return max(self.gaps_ms, default=0.0)

    @property
    def typical_gap_ms(self) -> float:
        ordered = sorted(self.gaps_ms)
        return ordered[len(ordered) // 2] if ordered else 0.0

    def usable(self) -> bool:
        return self.chars >= MIN_TEST_CHARS

    def thresholds(self) -> Thresholds:
        gap = math.ceil(self.largest_gap_ms * GAP_FACTOR) + GAP_MARGIN_MS
        return Thresholds(min(MAX_GAP_MS, max(DEFAULT_GAP_MS, gap)), self.terminator, True)


def load() -> Thresholds:
    """This desk's thresholds (the defaults when no test scan was stored)."""
    gap, terminator = settings.get(GAP_KEY), settings.get(TERMINATOR_KEY)
    if not isinstance(gap, int) or gap <= 0:
        return Thresholds()
    return Thresholds(min(MAX_GAP_MS, max(DEFAULT_GAP_MS, gap)), terminator if terminator in TERMINATORS else "",
                      True)


def save(thresholds: Thresholds) -> None:
    """Store them for this desk."""
    global _generation
    settings.set(GAP_KEY, int(thresholds.gap_ms) if thresholds.measured else 0)
    settings.set(TERMINATOR_KEY, thresholds.terminator if thresholds.measured else "")
    _generation += 1


def generation() -> int:
    """Changes whenever thresholds are saved: a scan input compares it to read them again."""
    return _generation


def could_grow_into_nip(digits: str) -> bool:
    """Whether a run of 8-17 digits reads like the start of an 18-digit NIP (a birth date from 19xx
    or 20xx, then a year of appointment), so a scan that paused here is waited for a moment longer
    before it is taken for a 16-digit NIK. A NIK never reads so: its 9th and 10th digits are a
    birth month, never 19 or 20."""
    if not 8 <= len(digits) < 18 or not digits.isdigit():
        return False
    month, day = int(digits[4:6]), int(digits[6:8])
    if digits[:2] not in ("19", "20") or not 1 <= month <= 12 or not 1 <= day <= 31:
        return False
    if len(digits) >= 10:
        return digits[8:10] in ("19", "20")
    return len(digits) == 8 or digits[8] in "12"
