"""Cells of a roster row: one cell as text, and the Picker that takes the mapped cells out of a row
(shared by the reader, the row checker and the pieces a second process reads)."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from operator import itemgetter


def cell_text(value) -> str:
    """A cell as text: '' for empty, whole floats without '.0', dates ISO."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, (date, time, timedelta)):
        return str(value)
    return str(value).strip()


class Picker:
    """A row as the reader gives it → the cells RowChecker reads (picklable)."""

    def __init__(self, width: int, pick: itemgetter):
        self.width, self.pick = width, pick

    def __call__(self, cells: list) -> tuple:
        """The list may be changed."""
        width = self.width
        if len(cells) != width:
            cells = (list(cells) + [""] * width)[:width]
        cells.append("")  # what unmapped fields read
        return self.pick(cells)
