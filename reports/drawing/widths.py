"""Text columns' widths from the data they hold: the room is shared out a millimetre at a time to the
column where it saves the most row height (over a sample of the rows), so a list of long unit names
gets a wider unit column and a list of short positions a narrower position column. Every column
keeps at least its minimum and, where the room allows, its longest word (up to WORD_CAP); what saves
nothing is shared in proportion to the texts' natural widths. The count of lines per cell is the
wrap's (reports/wrapping.py: between words, long words broken), a broken word costing BROKEN more."""
from __future__ import annotations

from collections.abc import Callable
from statistics import median

from reportlab.lib.units import mm

SAMPLE = 160  # rows looked at, evenly spread over the list
TRADES, MOST_TRADED = 12, 12  # then up to 12 moves of up to 12 mm from one column to another
WORD_CAP = 30 * mm  # a column is widened to hold its longest word up to this
BROKEN = 2  # what a word broken across lines costs, in lines: worth some height to avoid


def share(texts: list[list[str]], minimums: list[float], room: float, measure: Callable[[str], float], *,
          pad: float, floor: float = 1.0, step: float = mm) -> list[float]:
    """Widths for columns holding *texts* (one list per column, row by row) in *room* pt. A row costs
    its tallest cell's lines (never fewer than *floor*: the row's least height)."""
    if sum(minimums) >= room:
        return [w * room / sum(minimums) for w in minimums]
    if not texts or not texts[0]:
        return [w + (room - sum(minimums)) / len(minimums) for w in minimums]
    every = max(1, len(texts[0]) // SAMPLE)
    cells = [[_words(text, measure) for text in column[::every]] for column in texts]
    space = measure(" ")
    cache: dict = {}

    def lines(c: int, width: float) -> list[float]:
        key = (c, round(width, 3))
        if key not in cache:
            cache[key] = [max(floor, _count(cell, width - 2 * pad, space)) for cell in cells[c]]
        return cache[key]

    widths = list(minimums)
    whole = [max(m, min(WORD_CAP, _longest(column) + 2 * pad + 1)) for m, column in zip(minimums, cells, strict=True)]
    if sum(whole) <= room:  # every word sampled kept whole where the room allows it
        widths = whole
    else:  # as much of each column's longest word as the room allows, shared alike
        scale = (room - sum(minimums)) / (sum(whole) - sum(minimums))
        widths = [m + (w - m) * scale for m, w in zip(minimums, whole, strict=True)]
    left = room - sum(widths)
    while left >= step:  # the room, a few mm at a time, where it saves the most per mm
        best = None
        current = [lines(c, widths[c]) for c in range(len(cells))]
        for c in range(len(cells)):
            others = [max((current[o][r] for o in range(len(cells)) if o != c), default=floor)
                      for r in range(len(cells[c]))]
            base = sum(map(max, others, lines(c, widths[c])))
            for k in range(1, int(left // step) + 1):
                gain = (base - sum(map(max, others, lines(c, widths[c] + k * step)))) / k
                if gain > 1e-9 and (best is None or gain > best[0]):
                    best = (gain, c, k)
        if best is None:
            break
        _, c, k = best
        widths[c] += k * step
        left -= k * step
    widths = _trade(widths, minimums, lines, step)
    natural = [max(median(sum(sum(p) + space * (len(p) - 1) for p in cell if p) or 1.0 for cell in column), 1.0)
               for column in cells]
    return [w + left * n / sum(natural) for w, n in zip(widths, natural, strict=True)]


def _trade(widths: list[float], minimums: list[float], lines, step: float) -> list[float]:
    """Millimetres moved from one column to another while that makes the rows shorter."""
    def cost(ws):
        return sum(map(max, *(lines(c, w) for c, w in enumerate(ws)))) if len(ws) > 1 else sum(lines(0, ws[0]))

    best = cost(widths)
    for _ in range(TRADES):
        found = None
        for a in range(len(widths)):
            for b in range(len(widths)):
                for k in range(1, MOST_TRADED + 1):
                    if a == b or widths[a] - k * step < minimums[a] - 1e-6:
                        break
                    trial = list(widths)
                    trial[a] -= k * step
                    trial[b] += k * step
                    value = cost(trial)
                    if value < best - 1e-9 and (found is None or value < found[0]):
                        found = (value, trial)
        if found is None:
            break
        best, widths = found
    return widths


def _longest(column: list[list[list[float]]]) -> float:
    return max((w for cell in column for part in cell for w in part), default=0.0)


def _words(text: str, measure) -> list[list[float]]:
    """Each line of *text* as its words' widths."""
    return [[measure(word) for word in part.split()] for part in str(text or "").split("\n")]


def _count(cell: list[list[float]], width: float, space: float) -> int:
    """Lines the wrap gives *cell* (its paragraphs' word widths) in *width*."""
    total = 0
    for words in cell:
        lines, used = 1, -1.0
        for w in words:
            if w > width:  # broken: whole lines of it, the rest starts a line
                lines += (1 if used >= 0 else 0) + int(w // max(width, 1e-9)) + BROKEN
                used = w % max(width, 1e-9)
            elif used < 0:
                used = w
            elif used + space + w <= width:
                used += space + w
            else:
                lines += 1
                used = w
        total += lines
    return total
