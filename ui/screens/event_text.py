"""How an event's day and start read on the screens, one style everywhere (ui/i18n.py's, through
Babel): "Senin, 23 November 2026 · 07.30 WIB" ("Monday, 23 November 2026 · 07:30 WIB"); and how
many came: "60/300 (20,0%) + 2 di luar daftar peserta"."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ikrar.models.clock import event_start
from ikrar.ui.i18n import date_text, number, percent, time_text


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


def outside_text(counts) -> str:
    """"+ 2 di luar daftar peserta": the people present who are not on the list of participants
    (walk-ins, units not invited; Counts.outside), never among the expected; "" when there are none."""
    n = counts.outside.present
    if not n:
        return ""
    return QCoreApplication.translate("EventText", "+ {n} outside the list of participants").format(n=number(n))


def present_text(counts, sep: str = " ") -> str:
    """"60/300 (20,0%)", then *sep* and outside_text when people outside the list came."""
    shown = f"{number(counts.present)}/{number(counts.expected)} ({percent(counts.present, counts.expected)})"
    outside = outside_text(counts)
    return f"{shown}{sep}{outside}" if outside else shown
