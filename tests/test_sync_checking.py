"""The merge's strokes check on two processes gives the answers of one: the first bad signature by
its place in the file, whichever side checked it, and a worker that breaks only makes it slower."""
from __future__ import annotations

import json

import pytest

from ikrar.models.processes import parallel_allowed
from ikrar.models.sync import checking

GOOD = json.dumps([[[10, 10, 0, 0.5], [20, 20, 10, 0.5]]])
BAD_X = json.dumps([[[10, 10, 0, 0.5], [5000, 20, 10, 0.5]]])  # outside a 100 px pad
BAD_JSON = "[[[10, 10, 0"


def items(bad: dict[int, str], count: int = 1000) -> list[tuple]:
    return [(i, bad.get(i, GOOD), 100.0, 100.0) for i in range(count)]


@pytest.mark.parametrize("bad", [{}, {700: BAD_X}, {900: BAD_JSON, 650: BAD_X}, {3: BAD_X, 999: BAD_JSON}])
def test_two_processes_find_what_one_finds(bad):
    alone = checking.check_all(items(bad))
    with checking.stroke_workers(2):
        assert (checking._pool is not None) == parallel_allowed()  # a second process where it can help
        together = checking.Job(items(bad)).finish()
    assert together == alone
    if bad:
        first = min(bad)
        assert together[0] == first and together[2].startswith(f"record {first + 1}: ")
    else:
        assert together is None


def test_a_broken_worker_only_makes_it_slower(monkeypatch):
    with checking.stroke_workers(2):
        monkeypatch.setattr(checking._pool, "submit", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("gone")))
        assert checking.Job(items({800: BAD_X})).finish()[0] == 800


def test_no_worker_for_one_file_or_when_told_not_to(monkeypatch):
    with checking.stroke_workers(1):
        assert checking._pool is None
    monkeypatch.setenv("IKRAR_IMPORT_WORKERS", "0")
    with checking.stroke_workers(5):
        assert checking._pool is None
        assert checking.Job(items({10: BAD_X})).finish()[0] == 10
