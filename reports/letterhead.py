"""The kop surat's lines as they print, and the sheet's margins. Shared by the PDF kop
(reports/drawing/kop.py, reports/drawing/common.py) and the setup's live preview
(ui/dialogs/setup_preview.py), which must not load reportlab when the window starts: so nothing
here imports it (widths come from a *measure* the caller gives)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ikrar.reports.wrapping import wrap

MM = 72 / 25.4  # points per millimetre
# Tata naskah dinas: binding on the left. (left, top, right, bottom), in mm, for every sheet.
MARGINS_MM = (30.0, 20.0, 20.0, 25.0)
LOGO_MM, LOGO_GAP_MM = 24.0, 4.0  # the logo's box at the kop's left, and the room between it and the text
LEADING = 1.22  # a kop line's height, times its size
SMALLEST = 9.0  # no kop line prints smaller
STEP = 0.25

Measure = Callable[[str, bool, float], float]  # (text, bold, size in pt) -> width in pt


@dataclass(frozen=True)
class KopLine:
    text: str
    bold: bool
    size: float  # pt

    @property
    def height(self) -> float:
        return self.size * LEADING


def letterhead_specs(lines: list[str]) -> list[tuple[str, bool, float]]:
    """(text, bold, size in pt) per kop line as set: line 1 (PEMERINTAH …) bold, line 2 (the office)
    larger bold, the rest (address) small. fit_letterhead lays them out in a width."""
    specs = []
    for i, line in enumerate(lines):
        if i == 0:
            specs.append((line.upper(), True, 13.5 if len(lines) > 1 else 15))
        elif i == 1:
            specs.append((line.upper(), True, 15.5))
        else:
            specs.append((line, False, 9))
    return specs


def smallest_size(bold: bool, size: float) -> float:
    """How far a line may shrink before it wraps: the office line down to the PEMERINTAH line's
    13.5 pt (never under it), the address not at all; never below 9 pt."""
    return max(SMALLEST, min(size, 13.5) if bold else size)


def text_box(width: float, logo: bool) -> tuple[float, float]:
    """(left, width) in pt of the kop's text inside a frame *width* wide: the whole width, or the
    room right of the logo; each line is centred in it."""
    if not logo:
        return 0.0, width
    left = (LOGO_MM + LOGO_GAP_MM) * MM
    return left, width - left


def fit_letterhead(lines: list[str], room: float, measure: Measure) -> list[KopLine]:
    """The kop's printed lines in *room* pt: each set line at its size, shrunk a little where that
    keeps it on fewer lines (down to smallest_size), else wrapped between words; never smaller than
    9 pt, never wider than *room*."""
    out: list[KopLine] = []
    for text, bold, size in letterhead_specs(lines):
        parts, fit = _fit(text, bold, size, room, measure)
        out.extend(KopLine(part, bold, fit) for part in parts)
    return out


def _fit(text: str, bold: bool, size: float, room: float, measure: Measure) -> tuple[list[str], float]:
    """(lines, size): the fewest lines, at the largest size between smallest_size and *size* giving them."""
    floor = smallest_size(bold, size)
    sizes = [size - STEP * k for k in range(int((size - floor) / STEP) + 1)]
    least = None
    for fit in sizes:
        parts = wrap(text, room, lambda s, f=fit: measure(s, bold, f))
        if len(parts) == 1:
            return parts, fit
        if least is None or len(parts) < len(least[0]):
            least = (parts, fit)
    parts, fit = least
    return _balanced(text, len(parts), room, lambda s: measure(s, bold, fit)), fit


def _balanced(text: str, count: int, room: float, measure) -> list[str]:
    """*text* in *count* lines of about equal width (the narrowest width still giving *count*)."""
    low, high = room / count, room
    for _ in range(12):
        mid = (low + high) / 2
        if len(wrap(text, mid, measure)) <= count:
            high = mid
        else:
            low = mid
    return wrap(text, high, measure)
