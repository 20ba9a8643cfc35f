"""Text wrapped to a width, measured in the font it is drawn in: between words; a word too long for a
line is broken after a '/' or '-' (as in "Dinas Pekerjaan Umum/Penataan Ruang"), and only a piece with
neither is broken between characters. Nothing is shrunk or cut here: a caller that has too many lines
decides what gives way (clip() puts an ellipsis on the last line kept)."""
from __future__ import annotations

import re
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

_PIECES = re.compile(r"[^/-]*[/-]|[^/-]+")  # "a/b-c" → "a/", "b-", "c"
ELLIPSIS = "…"


@lru_cache(maxsize=8192)  # units and positions repeat on every card of a unit
def wrap(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """The lines of *text* (spaces collapsed), none wider than *width*; () for a blank text."""
    lines: list[str] = []
    line = ""
    for word in (text or "").split():
        parts = [word] if stringWidth(word, font, size) <= width else _PIECES.findall(word)
        for k, part in enumerate(parts):
            joined = part if not line else line + (" " if k == 0 else "") + part
            if stringWidth(joined, font, size) <= width:
                line = joined
                continue
            if line:
                lines.append(line)
            while stringWidth(part, font, size) > width:  # no '/' or '-' left: between characters
                cut = _most(part, font, size, width)
                lines.append(part[:cut])
                part = part[cut:]
            line = part
    if line:
        lines.append(line)
    return tuple(lines)


def clip(lines, count: int, font: str, size: float, width: float) -> list[str]:
    """The first *count* of *lines*, the last of them ending in '…' when any were left out."""
    lines = list(lines)
    if len(lines) <= count:
        return lines
    if count <= 0:
        return []
    last = lines[count - 1]
    while last and stringWidth(last.rstrip() + ELLIPSIS, font, size) > width:
        last = last[:-1]
    return lines[:count - 1] + [last.rstrip() + ELLIPSIS]


def _most(text: str, font: str, size: float, width: float) -> int:
    """How many of *text*'s first characters fit *width* (at least one)."""
    low, high = 1, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if stringWidth(text[:mid], font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return low
