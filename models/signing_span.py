"""How long one signature took to sign: from its first to its last point (the strokes' t_ms, whatever
order the strokes are stored in), in ms.

Pure (no database): the desk's check-in and the merge store it with the signature (signature.signing_ms,
migration 9 in models/store/migration_signing_span.py, which fills it for the rows stored before), and
the recap's desk speed (models/queries/desk_speed.py) reads it from there, or works it out here for a
row stored without it. One function for all of them, so the stored figure is the one the recap would
have computed.
"""
from __future__ import annotations

import json
import math


def signing_ms(strokes_json: str) -> float | None:
    """First to last point of one signature's strokes, in ms; None without a point, or for a stored
    row that is no strokes at all (one stored before the checks never stops the recap)."""
    try:
        return _compact_span(strokes_json)
    except (ValueError, IndexError):
        pass
    try:
        times = [point[2] for stroke in json.loads(strokes_json) for point in stroke]
    except (ValueError, TypeError, IndexError, KeyError):
        return None
    times = [t for t in times if isinstance(t, (int, float)) and not isinstance(t, bool) and math.isfinite(t)]
    return float(max(times) - min(times)) if times else None


def _compact_span(text: str) -> float:
    """The span of strokes stored as a desk writes them ("[[[x,y,t,p],…],[[…]]]", no spaces), read from
    each stroke's first and last point only (t never goes back within a stroke: models/strokes.py):
    one pass over the text, 60,000 signatures in about 0.4 s where parsing every point takes several
    seconds. ValueError for any other form (spaces, a point of other than 3 or 4 fields, a text that
    is no list of strokes), which the caller parses in full. The one form read differently from a
    full parse is an empty stroke between strokes stored out of time order, which no desk writes."""
    if not (text.startswith("[[[") and text.endswith("]]]")) or any(c in text for c in " \n\r\t"):
        raise ValueError("not compact")
    start, end = math.inf, -math.inf
    for stroke in text[3:-3].split("]],[["):
        cut = stroke.find("]")
        start = min(start, _time_of(stroke[:cut] if cut >= 0 else stroke))
        end = max(end, _time_of(stroke[stroke.rfind("[") + 1:]))
    return end - start


def _time_of(point: str) -> float:
    """t_ms of one point written "x,y,t,p" (or "x,y,t")."""
    fields = point.split(",")
    if len(fields) not in (3, 4) or not math.isfinite(t := float(fields[2])):
        raise ValueError("not a point")
    return t
