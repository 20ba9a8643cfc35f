"""Time as the desk records it: local wall time with its UTC offset, plus UTC for ordering."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from ikrar.models.store.schema import TIME_ZONES

_override: datetime | None = None  # tests and the demo may pin the clock


def now() -> datetime:
    """The current local time, timezone-aware (the machine's own offset)."""
    if _override is not None:
        return _override
    return datetime.now().astimezone()


def set_clock(moment: datetime | None) -> None:
    """Pin now() to *moment* (aware), or release it with None."""
    global _override
    if moment is not None and moment.tzinfo is None:
        raise ValueError("clock must be timezone-aware")
    _override = moment


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


def iso_utc(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def zone(tz_name: str) -> timezone:
    return timezone(timedelta(hours=TIME_ZONES.get(tz_name, 7)), tz_name)


def event_start(event_date: date, start_time: str, tz_name: str) -> datetime:
    hour, minute = (int(x) for x in start_time.split(":"))
    return datetime(event_date.year, event_date.month, event_date.day, hour, minute, tzinfo=zone(tz_name))


def parse_iso(text: str) -> datetime:
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    return datetime.fromisoformat(text)
