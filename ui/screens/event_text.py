"""How an event's day and start read on the screens, one style everywhere (ui/i18n.py's, through
Babel): "Senin, 23 November 2026 · 07.30 WIB" ("Monday, 23 November 2026 · 07:30 WIB")."""
from __future__ import annotations

from ikrar.models.clock import event_start
from ikrar.ui.i18n import date_text, time_text


def event_day(event) -> str:
    return date_text(event.date, weekday=True)


def event_time(event) -> str:
    return time_text(event_start(event.date, event.start_time, event.tz), event.tz)


def event_when(event, place: bool = True) -> str:
    """The day, the start and (with *place*) the place, joined by " · "."""
    parts = [event_day(event), event_time(event)]
    if place and event.place:
        parts.append(event.place)
    return " · ".join(parts)
