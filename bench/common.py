"""What several benchmarks share: a real pad's signature, a process's peak memory, and a figure
measured in a child process of its own.

Benchmarks run as scripts (`python bench/bench_x.py`), so this folder is on sys.path and they
`import common`.
"""
from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

from ikrar.models.demo.build import demo_strokes
from ikrar.models.strokes import StrokeData

POINTS = (300, 600)  # a real pad at 100 Hz gives 300-600 points a signature (models/strokes.py)
JITTER = 0.35  # px: a pad's own noise around the pen's path


def _catmull(a: float, b: float, c: float, d: float, f: float) -> float:
    return 0.5 * (2 * b + (c - a) * f + (2 * a - 5 * b + 4 * c - d) * f * f + (3 * b - a - 3 * c + d) * f ** 3)


def real_strokes(seed: int, *, curved: bool = True) -> StrokeData:
    """demo_strokes' signature (40-120 points) resampled to 300-600 points at ~100 Hz.

    curved: along a Catmull-Rom curve through the demo's points with a pad's jitter, what a printed
    signature's simplification meets (on straight lines it would collapse back to the demo's
    points). Not curved: on straight lines, its clock stretched, the size a signature has in a sync
    file (the merge checks every point, its shape does not matter)."""
    base, rng = demo_strokes(seed), random.Random(seed)
    factor = rng.randint(*POINTS) / base.point_count
    out, t = [], 0.0
    for stroke in base.strokes:
        n = max(2, round(len(stroke) * factor))
        points = []
        for k in range(n):
            pos = k * (len(stroke) - 1) / (n - 1)
            i = min(int(pos), len(stroke) - 2)
            f = pos - i
            if not curved:
                (x0, y0, t0, p0), (x1, y1, t1, p1) = stroke[i], stroke[i + 1]
                points.append((x0 + (x1 - x0) * f, y0 + (y1 - y0) * f, (t0 + (t1 - t0) * f) * factor,
                               p0 + (p1 - p0) * f))
                continue
            p0, p1, p2, p3 = stroke[max(i - 1, 0)], stroke[i], stroke[i + 1], stroke[min(i + 2, len(stroke) - 1)]
            x, y = (_catmull(p0[j], p1[j], p2[j], p3[j], f) + rng.gauss(0, JITTER) for j in (0, 1))
            x, y = min(max(x, 0.0), base.width * 1.9), min(max(y, 0.0), base.height)
            points.append((round(x, 1), round(y, 1), round(t), round(p1[3] + (p2[3] - p1[3]) * f, 2)))
            t += 10.0
        out.append(points)
        t += 150.0
    return StrokeData(base.width, base.height, out)


def status_mb(key: str) -> float | None:
    """A line of /proc/self/status (VmRSS, VmHWM) in MB (Linux), else None."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def ru_maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1 << 20 if sys.platform == "darwin" else 1024)


def start_peak() -> float:
    """The RSS now, with the peak (VmHWM) reset to it (Linux 4.0+: /proc/self/clear_refs). Elsewhere
    ru_maxrss, the peak since the start."""
    now = status_mb("VmRSS")
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        now = None
    return now if now is not None else ru_maxrss_mb()


def peak_mb() -> float:
    """This process's peak RSS in MB: VmHWM (ru_maxrss of a child started by a large parent can carry
    the parent's peak from before the exec)."""
    return status_mb("VmHWM") or ru_maxrss_mb()


def child_figures(script: str, args: list[str], label: str, timeout: float) -> dict | None:
    """Run *script* again in a child process (its own memory: its peak is the document's) with *args*,
    and read its last line of output as JSON. None, after printing "<label> > N s (stopped)" or
    "<label> failed: <its last error line>", when it takes longer than *timeout* seconds or fails."""
    try:
        done = subprocess.run([sys.executable, script, *args], capture_output=True, text=True, timeout=timeout,
                              check=True)
    except subprocess.TimeoutExpired:
        print(f"{label} > {timeout:.0f} s (stopped)", flush=True)
        return None
    except subprocess.CalledProcessError as exc:
        print(f"{label} failed: {(exc.stderr.strip().splitlines() or ['?'])[-1]}", flush=True)
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def timed(fn, *args, **kw):
    """(result, wall s, CPU s of this process)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn(*args, **kw)
    return result, time.perf_counter() - wall, time.process_time() - cpu


def best_of(n: int, fn, *args) -> tuple[float, float]:
    """The fastest of n runs: (wall, cpu)."""
    runs = [timed(fn, *args)[1:] for _ in range(n)]
    return min(runs)
