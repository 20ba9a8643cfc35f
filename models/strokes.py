"""Signature strokes as drawn on the pad: points (x, y, t_ms, pressure) in pad coordinates.

The strokes are the signature; any PNG or PDF drawing is derived from them.
"""
from __future__ import annotations

import itertools
import json
import math
from dataclasses import dataclass

from ikrar.models.errors import Refused

MIN_POINTS = 10
MIN_LENGTH_OF_WIDTH = 0.15  # total stroke length must reach 15% of the pad's width
MIN_BOX_OF_HEIGHT = 0.05  # the drawing must span 5% of the pad's height


@dataclass
class StrokeData:
    width: float
    height: float
    strokes: list[list[tuple[float, float, float, float]]]

    @classmethod
    def from_obj(cls, obj, *, source: str = "strokes") -> "StrokeData":
        """Validate the JSON shape {"width", "height", "strokes": [[[x, y, t_ms, pressure], ...], ...]}."""
        def bad(id_text: str, en_text: str) -> Refused:
            return Refused(f"{source}: {id_text}", f"{source}: {en_text}", code="bad_strokes")

        if not isinstance(obj, dict):
            raise bad("harus berupa objek JSON", "must be a JSON object")
        try:
            width, height = float(obj["width"]), float(obj["height"])
        except (KeyError, TypeError, ValueError):
            raise bad("'width' dan 'height' wajib berupa angka", "'width' and 'height' must be numbers") from None
        if not (width > 0 and height > 0 and math.isfinite(width) and math.isfinite(height)):
            raise bad("ukuran bidang tanda tangan tidak sah", "pad size must be positive")
        raw = obj.get("strokes")
        if not isinstance(raw, list):
            raise bad("'strokes' wajib berupa daftar goresan", "'strokes' must be a list of strokes")
        strokes = []
        for i, stroke in enumerate(raw, 1):
            if not isinstance(stroke, list):
                raise bad(f"goresan ke-{i} bukan daftar titik", f"stroke {i} is not a list of points")
            points = []
            for j, point in enumerate(stroke, 1):
                try:
                    x, y, t = float(point[0]), float(point[1]), float(point[2])
                    p = float(point[3]) if len(point) > 3 else 1.0
                except (TypeError, ValueError, IndexError):
                    raise bad(f"titik {j} goresan {i} harus [x, y, t_ms, tekanan]",
                              f"point {j} of stroke {i} must be [x, y, t_ms, pressure]") from None
                if not all(math.isfinite(v) for v in (x, y, t, p)) or not 0.0 <= p <= 1.0:
                    raise bad(f"titik {j} goresan {i} tidak sah (tekanan 0–1)",
                              f"point {j} of stroke {i} is invalid (pressure 0–1)")
                points.append((x, y, t, p))
            if points:
                strokes.append(points)
        return cls(width, height, strokes)

    @classmethod
    def from_json(cls, text: str, *, source: str = "strokes") -> "StrokeData":
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            raise Refused(f"{source}: bukan JSON yang sah ({exc})", f"{source}: not valid JSON ({exc})",
                          code="bad_strokes") from None
        return cls.from_obj(obj, source=source)

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
    """The StrokeData of a stored Signature row."""
    return StrokeData(signature.pad_width, signature.pad_height,
                      [[tuple(p) for p in s] for s in json.loads(signature.strokes)])
