"""Signature strokes as drawn on the pad: points (x, y, t_ms, pressure) in pad coordinates.

The strokes are the signature; any PNG or PDF drawing is derived from them.

Every way strokes come in (the desk's pad through checkin, `ikrar checkin --signature`, a sync file's
signatures.json, a signature already in the database when a document is drawn) is checked here, by
`StrokeData.from_obj` / `from_json` / `from_stored`, against what a pad can draw (the limits below):
anything else is refused with one sentence naming the field. What these accept, the documents draw.
"""
from __future__ import annotations

import itertools
import json
import logging
import math
from dataclasses import dataclass

from ikrar.models.errors import Refused

log = logging.getLogger(__name__)

MIN_POINTS = 10
MIN_LENGTH_OF_WIDTH = 0.15  # total stroke length must reach 15% of the pad's width
MIN_BOX_OF_HEIGHT = 0.05  # the drawing must span 5% of the pad's height

# ---- what a pad can draw (the limits every incoming signature is held to) ------------------------
# The text before parsing: 20,000 points pretty-printed with full float precision take ~3 MB.
MAX_JSON_CHARS = 4 * 1024 * 1024
# The pad's size in its own (logical) pixels: the desk's pad is a widget (at least 300×150); an 8K
# screen is 7,680 px wide. 1 px as the floor only says "positive"; the ceiling keeps sizes sane.
MIN_PAD, MAX_PAD = 1.0, 10_000.0
# Coordinates within -1..2 × the pad's width (x) and height (y). The desk's pad keeps every point on
# the pad (0..size), but the demo's signatures run to 1.52 × the width, and another pad or an older
# desk may not clip; any bounded multiple keeps the ink box finite (the renderers divide by it).
PAD_LOW, PAD_HIGH = -1.0, 2.0
SLACK = 0.1  # px: the stored form rounds to 0.1 px, so a point on a bound may land just past it
# t_ms counts from the signature's first point (the pad's monotonic clock): never negative, never
# going back within a stroke (strokes may be stored in any order); a day is longer than any desk
# keeps one person's pad open.
MAX_T_MS = 24 * 3600 * 1000
# A real pad at 100 Hz records 300–600 points a signature, a 240 Hz pen up to ~3,600 for a slow
# 15-second one. Per stroke: 50 s of unbroken drawing at 100 Hz. In all: 5–30× a real signature.
# Strokes: a signature has 1–20, a long name with dots and crossings perhaps 50.
MAX_STROKE_POINTS = 5_000
MAX_POINTS = 20_000
MAX_STROKES = 200
FIELDS = ("x", "y", "t_ms", "pressure")
_NUM = (int, float)
_TYPE_NAMES = {str: ("teks", "a string"), list: ("daftar", "a list"), dict: ("objek", "an object"),
               bool: ("true/false", "true/false"), type(None): ("null", "null"), tuple: ("daftar", "a list")}


def _shown(text: str, limit: int = 80) -> str:
    """*text* safe to quote in a message: non-printable characters escaped, at most *limit* characters."""
    text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in str(text)[:limit + 1])
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _num(value) -> str:
    """A number for a message, short whatever it is (an integer of 4,000 digits included)."""
    if isinstance(value, float) and math.isnan(value):
        return "NaN"
    try:
        return f"{value:.6g}"
    except OverflowError:  # an integer beyond float's range
        return f"{'-' if value < 0 else ''}~1e{int(abs(value).bit_length() * 0.30103)}"
    except (TypeError, ValueError):
        return "?"


def _kind(value) -> tuple[str, str]:
    return _TYPE_NAMES.get(type(value), ("nilai lain", "another value"))


def _is_num(value) -> bool:
    return isinstance(value, _NUM) and not isinstance(value, bool)


def _finite(value) -> float | None:
    """A JSON number as a finite float, or None (NaN, ±inf, an integer beyond float's range)."""
    try:
        f = float(value)
    except OverflowError:
        return None
    return f if math.isfinite(f) else None


class _Checker:
    """One signature's checks, naming *source* (a file, a record) in every refusal."""

    def __init__(self, source: str | tuple[str, str]):
        self.source_id, self.source_en = (source, source) if isinstance(source, str) else source
        self.source_id, self.source_en = _shown(self.source_id), _shown(self.source_en)

    def bad(self, id_text: str, en_text: str, field: str) -> Refused:
        return Refused(f"{self.source_id}: {id_text}.", f"{self.source_en}: {en_text}.", code="bad_strokes",
                       field=field)

    def size(self, value, name: str) -> float:
        if not _is_num(value):
            got = _kind(value)
            raise self.bad(f"'{name}' harus berupa angka, bukan {got[0]}", f"'{name}' must be a number, not {got[1]}",
                           name)
        f = _finite(value)
        if f is None or not MIN_PAD <= f <= MAX_PAD:
            raise self.bad(f"'{name}' harus antara {MIN_PAD:g} dan {MAX_PAD:g} piksel, bukan {_num(value)}",
                           f"'{name}' must be between {MIN_PAD:g} and {MAX_PAD:g} pixels, not {_num(value)}", name)
        return f

    def text(self, text, what: str) -> str:
        """The JSON text, bounded before it is parsed (bytes as UTF-8)."""
        if isinstance(text, bytes | bytearray | memoryview):
            if len(text) > MAX_JSON_CHARS:
                raise self.too_large(what)
            try:
                text = bytes(text).decode("utf-8-sig")
            except UnicodeDecodeError:
                raise self.bad(f"{what}bukan teks UTF-8", f"{what}is not UTF-8 text", "json") from None
        if not isinstance(text, str):
            got = _kind(text)
            raise self.bad(f"{what}harus berupa teks JSON, bukan {got[0]}", f"{what}must be JSON text, not {got[1]}",
                           "json")
        if len(text) > MAX_JSON_CHARS:
            raise self.too_large(what)
        return text

    def too_large(self, what: str) -> Refused:
        limit = f"{MAX_JSON_CHARS // 1024 // 1024} MB"
        return self.bad(f"{what}lebih besar dari {limit}", f"{what}is larger than {limit}", "json")

    def parse(self, text, what: str = ""):
        text = self.text(text, what)
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise self.bad(f"{what}bukan JSON yang sah (baris {exc.lineno}, kolom {exc.colno})",
                           f"{what}is not valid JSON (line {exc.lineno}, column {exc.colno})", "json") from None
        except RecursionError:
            raise self.bad(f"{what}bersarang terlalu dalam", f"{what}is nested too deeply", "json") from None
        except ValueError:  # an integer of thousands of digits (int_max_str_digits)
            raise self.bad(f"{what}berisi angka yang terlalu panjang", f"{what}holds a number too long to read",
                           "json") from None

    def strokes(self, raw, width: float, height: float) -> list[list[tuple[float, float, float, float]]]:
        if not isinstance(raw, list | tuple):
            got = _kind(raw)
            raise self.bad(f"'strokes' harus berupa daftar goresan, bukan {got[0]}",
                           f"'strokes' must be a list of strokes, not {got[1]}", "strokes")
        if len(raw) > MAX_STROKES:
            raise self.bad(f"'strokes' berisi {len(raw)} goresan, paling banyak {MAX_STROKES}",
                           f"'strokes' holds {len(raw)} strokes, at most {MAX_STROKES}", "strokes")
        bounds = (PAD_LOW * width - SLACK, PAD_HIGH * width + SLACK,
                  PAD_LOW * height - SLACK, PAD_HIGH * height + SLACK)
        out, total = [], 0
        for i, stroke in enumerate(raw, 1):
            if not isinstance(stroke, list | tuple):
                got = _kind(stroke)
                raise self.bad(f"goresan {i} harus berupa daftar titik, bukan {got[0]}",
                               f"stroke {i} must be a list of points, not {got[1]}", "strokes")
            if len(stroke) > MAX_STROKE_POINTS:
                raise self.bad(f"goresan {i} berisi {len(stroke)} titik, paling banyak {MAX_STROKE_POINTS}",
                               f"stroke {i} holds {len(stroke)} points, at most {MAX_STROKE_POINTS}", "strokes")
            total += len(stroke)
            if total > MAX_POINTS:
                raise self.bad(f"goresan berisi lebih dari {MAX_POINTS} titik seluruhnya",
                               f"the strokes hold more than {MAX_POINTS} points in all", "strokes")
            points = _fast(stroke, bounds)
            if points is None:
                points = self.stroke(stroke, i, bounds, width, height)
            if points:
                out.append(points)
        return out

    def stroke(self, stroke, i: int, bounds, width: float, height: float) -> list[tuple[float, float, float, float]]:
        """Point by point, naming the first thing wrong (what _fast found something in)."""
        x_lo, x_hi, y_lo, y_hi = bounds
        ranges = {"x": (x_lo, x_hi, f"{_num(PAD_LOW * width)}..{_num(PAD_HIGH * width)}"),
                  "y": (y_lo, y_hi, f"{_num(PAD_LOW * height)}..{_num(PAD_HIGH * height)}"),
                  "t_ms": (0.0, MAX_T_MS, f"0..{MAX_T_MS}"), "pressure": (0.0, 1.0, "0..1")}
        points, last_t = [], 0.0
        for j, point in enumerate(stroke, 1):
            where_id, where_en = f"titik {j} goresan {i}", f"stroke {i}, point {j}"
            if not isinstance(point, list | tuple) or len(point) not in (3, 4):
                raise self.bad(f"{where_id} harus [x, y, t_ms, pressure]",
                               f"{where_en} must be [x, y, t_ms, pressure]", "point")
            values = []
            for name, value in zip(FIELDS, (*point, 1.0), strict=False):
                if not _is_num(value):
                    got = _kind(value)
                    raise self.bad(f"{where_id}: {name} harus berupa angka, bukan {got[0]}",
                                   f"{where_en}: {name} must be a number, not {got[1]}", name)
                f = _finite(value)
                if f is None:
                    raise self.bad(f"{where_id}: {name} harus angka terhingga, bukan {_num(value)}",
                                   f"{where_en}: {name} must be a finite number, not {_num(value)}", name)
                lo, hi, allowed = ranges[name]
                if not lo <= f <= hi:
                    raise self.bad(f"{where_id}: {name} = {_num(f)} di luar {allowed}",
                                   f"{where_en}: {name} = {_num(f)} is outside {allowed}", name)
                values.append(f)
            if values[2] < last_t:
                raise self.bad(f"{where_id}: t_ms mundur ({_num(values[2])} setelah {_num(last_t)})",
                               f"{where_en}: t_ms goes back ({_num(values[2])} after {_num(last_t)})", "t_ms")
            last_t = values[2]
            points.append(tuple(values))
        return points


def _fast(stroke, bounds) -> list[tuple[float, float, float, float]] | None:
    """The points of a stroke of plain [x, y, t_ms, pressure] numbers within the bounds, or None when
    anything is off or unusual (then _Checker.stroke names it, or accepts it point by point). This runs
    for every point of every signature a document draws: one comparison chain a point (NaN fails it)."""
    x_lo, x_hi, y_lo, y_hi = bounds
    points, last, num = [], 0, _NUM
    for point in stroke:
        if type(point) is not list and type(point) is not tuple or len(point) != 4:
            return None
        x, y, t, p = point
        if not (type(x) in num and type(y) in num and type(t) in num and type(p) in num
                and x_lo <= x <= x_hi and y_lo <= y <= y_hi and last <= t <= MAX_T_MS and 0 <= p <= 1):
            return None
        last = t
        points.append((x, y, t, p))
    return points


def _valid(raw: list, bounds) -> bool:
    """Whether every stroke is [x, y, t_ms, pressure] numbers within the bounds and the limits, with
    at least one point in all. One comparison chain a point: a NaN fails it, and anything but a number
    (text, null, a list, an object) raises TypeError or ValueError in the unpacking or comparing,
    which is a no; check_stored keeps JSON's true/false (which compare as numbers) away from here."""
    x_lo, x_hi, y_lo, y_hi = bounds
    total = 0
    try:
        for stroke in raw:
            if type(stroke) is not list or len(stroke) > MAX_STROKE_POINTS:
                return False
            total += len(stroke)
            last = 0
            for x, y, t, p in stroke:
                if not (x_lo <= x <= x_hi and y_lo <= y <= y_hi and last <= t <= MAX_T_MS and 0 <= p <= 1):
                    return False
                last = t
    except (TypeError, ValueError):
        return False
    return 0 < total <= MAX_POINTS


def _quick(strokes_text, width, height) -> list | None:
    """The parsed strokes of a stored form that passes the quick check (_valid), as json.loads made
    them (a point is a list [x, y, t_ms, pressure]); None when anything is unusual: then from_stored
    decides, and names what is wrong."""
    sizes_fine = type(width) in _NUM and type(height) in _NUM and MIN_PAD <= width <= MAX_PAD \
        and MIN_PAD <= height <= MAX_PAD
    plain = isinstance(strokes_text, str) and len(strokes_text) <= MAX_JSON_CHARS \
        and "true" not in strokes_text and "false" not in strokes_text
    if not (sizes_fine and plain):
        return None
    try:
        raw = json.loads(strokes_text)
    except (ValueError, RecursionError):
        return None
    bounds = (PAD_LOW * width - SLACK, PAD_HIGH * width + SLACK,
              PAD_LOW * height - SLACK, PAD_HIGH * height + SLACK)
    if type(raw) is list and 0 < len(raw) <= MAX_STROKES and _valid(raw, bounds):
        return raw
    return None


@dataclass
class StrokeData:
    width: float
    height: float
    strokes: list[list[tuple[float, float, float, float]]]
    damaged: bool = False  # a stored signature that could not be read (load_strokes): drawn as a mark

    @classmethod
    def from_obj(cls, obj, *, source: str | tuple[str, str] = "strokes") -> StrokeData:
        """Check the JSON shape {"width", "height", "strokes": [[[x, y, t_ms, pressure], ...], ...]}
        against what a pad can draw (the limits above); Refused (code bad_strokes) names what is wrong."""
        check = _Checker(source)
        if not isinstance(obj, dict):
            got = _kind(obj)
            raise check.bad(f"harus berupa objek JSON {{width, height, strokes}}, bukan {got[0]}",
                            f"must be a JSON object {{width, height, strokes}}, not {got[1]}", "json")
        width, height = check.size(obj.get("width"), "width"), check.size(obj.get("height"), "height")
        return cls(width, height, check.strokes(obj.get("strokes"), width, height))

    @classmethod
    def from_json(cls, text: str | bytes, *, source: str | tuple[str, str] = "strokes") -> StrokeData:
        """from_obj of a JSON text (str, or bytes as UTF-8), its size bounded before it is parsed."""
        return cls.from_obj(_Checker(source).parse(text), source=source)

    @classmethod
    def from_stored(cls, strokes_text, width, height, *, source: str | tuple[str, str] = "signature",
                    size_names: tuple[str, str] = ("pad_width", "pad_height")) -> StrokeData:
        """The stored form (a signature row, a sync record): the strokes' JSON text and the pad's size.
        *source* names it in refusals: one text, or (Indonesian, English). Also refuses a signature
        without a single point (no desk stores one)."""
        check = _Checker(source)
        w, h = check.size(width, size_names[0]), check.size(height, size_names[1])
        data = cls(w, h, check.strokes(check.parse(strokes_text, "'strokes' "), w, h))
        if not data.strokes:
            raise check.bad("'strokes' tidak berisi satu titik pun", "'strokes' holds no point at all", "strokes")
        return data

    @classmethod
    def check_stored(cls, strokes_text, width, height, *, source: str | tuple[str, str] = "signature") -> None:
        """from_stored's checks without keeping the points: what a merge needs for every signature of
        every file (about half the time). Anything off goes through from_stored, which names it."""
        if _quick(strokes_text, width, height) is None:
            cls.from_stored(strokes_text, width, height, source=source)

    def checked(self, *, source: str = "strokes") -> StrokeData:
        """This signature held to the same checks (the pad builds StrokeData directly)."""
        return StrokeData.from_obj({"width": self.width, "height": self.height, "strokes": self.strokes},
                                   source=source)

    def strokes_json(self) -> str:
        # Rounded to 0.1 px / 1 ms / 0.01: finer than any pad, and keeps the sync files small.
        return json.dumps(
            [[[round(x, 1), round(y, 1), round(t), round(p, 2)] for x, y, t, p in s] for s in self.strokes],
            separators=(",", ":"),
        )

    def to_obj(self) -> dict:
        return {"width": self.width, "height": self.height, "strokes": json.loads(self.strokes_json())}

    @property
    def point_count(self) -> int:
        return sum(len(s) for s in self.strokes)

    def total_length(self) -> float:
        return sum(
            math.hypot(b[0] - a[0], b[1] - a[1]) for s in self.strokes for a, b in itertools.pairwise(s)
        )

    def bounding_box(self) -> tuple[float, float, float, float]:
        xs = [p[0] for s in self.strokes for p in s]
        ys = [p[1] for s in self.strokes for p in s]
        if not xs:
            return (0.0, 0.0, 0.0, 0.0)
        return (min(xs), min(ys), max(xs), max(ys))

    def check_ink(self) -> None:
        """Refuse a scribble too small to be a signature."""
        if self.point_count < MIN_POINTS:
            raise Refused(
                f"Tanda tangan terlalu sedikit ({self.point_count} titik, minimal {MIN_POINTS}). "
                "Silakan tanda tangan lagi.",
                f"Too little ink ({self.point_count} points, at least {MIN_POINTS}). Please sign again.",
                code="too_little_ink",
            )
        if self.total_length() < MIN_LENGTH_OF_WIDTH * self.width:
            raise Refused(
                "Tanda tangan terlalu pendek. Silakan tanda tangan lebih besar.",
                "The signature is too short. Please sign larger.",
                code="too_little_ink",
            )
        x0, y0, x1, y1 = self.bounding_box()
        if (y1 - y0) < MIN_BOX_OF_HEIGHT * self.height:
            raise Refused(
                "Tanda tangan terlalu datar/kecil. Silakan tanda tangan lebih besar.",
                "The signature is too flat or small. Please sign larger.",
                code="too_little_ink",
            )


def load_strokes(signature) -> StrokeData:
    """The StrokeData of a stored Signature row, checked like any incoming one. A row that fails (stored
    before these checks) comes back empty and `damaged`, so one bad signature never stops a document;
    the log names the row and the field, never its content.

    A row the quick check passes keeps json.loads' lists as its points (no tuple made per point:
    ~25% of a 450-point signature's reading); they unpack and index like the tuples."""
    raw = _quick(signature.strokes, signature.pad_width, signature.pad_height)
    if raw is not None:
        return StrokeData(float(signature.pad_width), float(signature.pad_height), [s for s in raw if s])
    try:
        return StrokeData.from_stored(signature.strokes, signature.pad_width, signature.pad_height,
                                      source=f"signature {signature.id}")
    except Refused as exc:
        log.warning("signature %s cannot be drawn (field %s)", _shown(signature.id, 40), exc.details.get("field"))
        return StrokeData(1.0, 1.0, [], damaged=True)
