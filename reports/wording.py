"""How documents write dates, times and numbers in Indonesian (Babel), without reportlab."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from babel.dates import format_date
from babel.numbers import format_decimal

ZONES = {7: "WIB", 8: "WITA", 9: "WIT"}


def long_date(d: date) -> str:
    return format_date(d, "EEEE, d MMMM y", locale="id")  # "Senin, 25 September 2023"


def plain_date(d: date) -> str:
    return format_date(d, "d MMMM y", locale="id")  # "23 November 2026"


def zone_name(moment: datetime) -> str:
    offset = moment.utcoffset() or timedelta(0)
    hours = offset.total_seconds() / 3600
    if hours in ZONES:
        return ZONES[int(hours)]
    return f"UTC{hours:+g}" if hours else "UTC"


def clock_time(moment: datetime) -> str:
    return f"{moment:%H.%M} {zone_name(moment)}"  # "07.30 WIB", Indonesian style


def number(n: float) -> str:
    return format_decimal(n, locale="id")  # 1.234 / 98,5


def percent(part: int, whole: int) -> str:
    """part of whole in percent, always with one decimal so a column lines up: "76,0%", "74,7%";
    "-" when whole is 0."""
    return f"{format_decimal(round(100.0 * part / whole, 1), format='#,##0.0', locale='id')}%" if whole else "-"
