"""How Ikrar writes dates, times and numbers, one style per language (Babel), without reportlab or Qt.

Every date, time and decimal a person reads goes through here: the documents (Indonesian), the
window (ui/i18n.py passes the window's language) and the command line (its --lang). One style:
- a date is "23 November 2026", with the day when it helps: "Senin, 23 November 2026"; never
  "23-11-2026" or "Sen, 23 Nov" (the same in English: "Monday, 23 November 2026");
- a time is the event's wall clock with its zone: "07.30 WIB" (Indonesian), "07:30 WIB" (English),
  moved into the event's zone first, whatever zone the computer that recorded it was in;
- a number groups thousands and has a decimal comma in Indonesian ("1.234", "98,5"), a decimal
  point in English ("1,234", "98.5"); a percentage always has one decimal ("76,0%", "76.0%").
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

from babel.dates import format_date
from babel.numbers import format_decimal

from ikrar.models.clock import zone
from ikrar.models.store.schema import TIME_ZONES

ZONES = {hours: name for name, hours in TIME_ZONES.items()}  # 7: "WIB", 8: "WITA", 9: "WIT"
LOCALES = {"id": "id_ID", "en": "en_GB"}  # en_GB: day before month, as in Indonesian
_TIME = {"id": "%H.%M", "en": "%H:%M"}


def _lang(lang: str | None) -> str:
    return "en" if (lang or "id").lower().startswith("en") else "id"


def _locale(lang: str | None) -> str:
    return LOCALES[_lang(lang)]


def long_date(d: date, lang: str = "id") -> str:
    """"Senin, 25 September 2023" / "Monday, 25 September 2023"."""
    return format_date(d, "EEEE, d MMMM y", locale=_locale(lang))


def plain_date(d: date, lang: str = "id") -> str:
    """"23 November 2026" (both languages)."""
    return format_date(d, "d MMMM y", locale=_locale(lang))


def date_text(d: date, lang: str = "id", weekday: bool = False) -> str:
    """The one date style: plain_date, or long_date with *weekday*."""
    return long_date(d, lang) if weekday else plain_date(d, lang)


def in_zone(moment: datetime, tz: str | None = None) -> datetime:
    """*moment* as the wall clock of the event's zone ("WIB", "WITA", "WIT"); unchanged without *tz*.
    A naive moment is taken as already in that zone."""
    if not tz:
        return moment
    if moment.tzinfo is None:
        return moment.replace(tzinfo=zone(tz))
    return moment.astimezone(zone(tz))


def zone_name(moment: datetime) -> str:
    offset = moment.utcoffset() or timedelta(0)
    hours = offset.total_seconds() / 3600
    if hours in ZONES:
        return ZONES[int(hours)]
    return f"UTC{hours:+g}" if hours else "UTC"


def clock_time(moment: datetime, tz: str | None = None, lang: str = "id") -> str:
    """"07.30 WIB" (Indonesian), "07:30 WIB" (English), in the event's zone *tz* when given."""
    moment = in_zone(moment, tz)
    return f"{moment.strftime(_TIME[_lang(lang)])} {zone_name(moment)}"


def date_time(moment: datetime, tz: str | None = None, lang: str = "id", weekday: bool = False) -> str:
    """"23 November 2026 07.30 WIB": the date and the time, both in the event's zone *tz*."""
    moment = in_zone(moment, tz)
    return f"{date_text(moment.date(), lang, weekday)} {clock_time(moment, None, lang)}"


def number(n: float, decimals: int | None = None, lang: str = "id") -> str:
    """1.234 / 98,5 (Indonesian), 1,234 / 98.5 (English); *decimals* fixes the digits after the comma."""
    if decimals is None:
        return format_decimal(n, locale=_locale(lang))
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return format_decimal(round(n, decimals), format=pattern, locale=_locale(lang))


def percent_of(value: float, lang: str = "id") -> str:
    """An already computed percentage with one decimal: "76,0%" / "76.0%"."""
    return f"{number(value, 1, lang)}%"


def percent(part: int, whole: int, lang: str = "id") -> str:
    """part of whole in percent, always with one decimal so a column lines up: "76,0%", "74,7%";
    "-" when whole is 0."""
    return percent_of(100.0 * part / whole, lang) if whole else "-"
