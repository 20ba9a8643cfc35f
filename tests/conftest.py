"""Shared fixtures: a fresh database per test, a pinned clock, Qt on the offscreen platform."""
from __future__ import annotations

import os
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

WIB = timezone(timedelta(hours=7))


@pytest.fixture
def db(tmp_path):
    from models import clock
    from models.db import close_database, open_database

    database = open_database(tmp_path / "ikrar.db")
    yield database
    clock.set_clock(None)
    close_database()


@pytest.fixture
def at():
    """Pin the clock: at(7, 15) is 07:15 WIB on 2026-11-23."""
    from models import clock

    def pin(hour: int, minute: int = 0, second: int = 0, day: int = 23) -> datetime:
        moment = datetime(2026, 11, day, hour, minute, second, tzinfo=WIB)
        clock.set_clock(moment)
        return moment

    yield pin
    clock.set_clock(None)
