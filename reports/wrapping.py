"""Text broken into lines that fit a width, for every printed cell, kop line and name.

Words (split at spaces) are never broken while they fit a line of their own; a word wider than the
line is broken after a '/' or a '-' ("Umum/Kepegawaian/Keuangan"), and a piece still too wide
anywhere, so no text is ever drawn past its width. Nothing is shrunk here: the caller keeps its size.

No reportlab: the widths come from *measure* (reportlab's stringWidth for the PDF, Qt's font
metrics for the setup's live preview of the kop)."""
from __future__ import annotations

import re
from collections.abc import Callable

Measure = Callable[[str], float]
_PIECES = re.compile(r"[^/\-]*[/\-]+|[^/\-]+")  # each piece ends after its '/' or '-'


def wrap(text: str, width: float, measure: Measure) -> list[str]:
    """The lines of *text* (its own newlines kept) that each measure at most *width*; [""] for no text."""
    lines: list[str] = []
    for paragraph in str(text).split("\n"):
        lines.extend(_paragraph(paragraph.split(), width, measure) or [""])
    return lines


def _paragraph(words: list[str], width: float, measure: Measure) -> list[str]:
    lines: list[str] = []
    line = ""
    space = measure(" ")
    line_w = 0.0
    for word in words:
        word_w = measure(word)
        if line and line_w + space + word_w <= width:
            line, line_w = f"{line} {word}", line_w + space + word_w
            continue
        if word_w <= width:  # a word that fits a line of its own starts one
            if line:
                lines.append(line)
            line, line_w = word, word_w
            continue
        pieces = _pieces(word, width, measure)  # too wide for any line: broken
        if line and line_w + space + measure(pieces[0]) <= width:
            pieces[0] = f"{line} {pieces[0]}"
        elif line:
            lines.append(line)
        lines.extend(pieces[:-1])
        line = pieces[-1]
        line_w = measure(line)
    if line:
        lines.append(line)
    return lines


def _pieces(word: str, width: float, measure: Measure) -> list[str]:
    """*word* in lines of at most *width*: after '/' or '-' where it can, anywhere where it must."""
    out: list[str] = []
    current = ""
    for piece in _PIECES.findall(word):
        if measure(current + piece) <= width:
            current += piece
            continue
        if current:
            out.append(current)
            current = ""
        while measure(piece) > width:
            cut = _longest_prefix(piece, width, measure)
            out.append(piece[:cut])
            piece = piece[cut:]
        current = piece
    if current:
        out.append(current)
    return out


def _longest_prefix(text: str, width: float, measure: Measure) -> int:
    """How many characters of *text* fit *width* (at least one, so a line always moves on)."""
    low, high = 1, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if measure(text[:mid]) <= width:
            low = mid
        else:
            high = mid - 1
    return low


def shorten(text: str, width: float, measure: Measure, mark: str = "…") -> str:
    """*text* cut to *width*, ending in *mark* when it was cut (a running head, a footer's last line)."""
    if measure(text) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if measure(text[:mid].rstrip() + mark) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + mark
