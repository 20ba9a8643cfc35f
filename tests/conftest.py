"""Shared fixtures: a fresh database per test, a pinned clock, Qt on the offscreen platform."""
from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from test_sync_support import World

from ikrar.models import clock
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.ui.cli.app import run

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent

WIB = timezone(timedelta(hours=7))


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "ikrar.db")
    yield database
    clock.set_clock(None)
    close_database()


@pytest.fixture
def at():
    """Pin the clock: at(7, 15) is 07:15 WIB on 2026-11-23."""

    def pin(hour: int, minute: int = 0, second: int = 0, day: int = 23) -> datetime:
        moment = datetime(2026, 11, day, hour, minute, second, tzinfo=WIB)
        clock.set_clock(moment)
        return moment

    yield pin
    clock.set_clock(None)


@pytest.fixture
def cli(tmp_path, capsys):
    """Run `ikrar --db TMP/cli.db ARGS…` in-process: cli(*args) -> (exit code, stdout, stderr)."""
    db_path = tmp_path / "cli.db"

    def call(*argv):
        code = run(["--db", str(db_path), *argv])
        close_database()
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return call


@pytest.fixture
def world(tmp_path):
    """Several desks and a hub, each a database of its own (test_sync_support.World); the sync
    tests switch between them with world.use(name)."""
    yield World(tmp_path)
    clock.set_clock(None)
    close_database()
