"""One date style, one time style and one decimal style per language (reports/wording.py, Babel), the
same through the window's helpers (ui/i18n.py); times in the event's zone, not the computer's."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from ikrar.reports import wording
from ikrar.ui import i18n

DAY = date(2026, 12, 6)
UTC_MOMENT = datetime(2026, 11, 23, 0, 14, tzinfo=timezone.utc)  # 07.14 WIB, recorded on a UTC computer


@pytest.mark.parametrize(("lang", "plain", "long"), [
    ("id", "6 Desember 2026", "Minggu, 6 Desember 2026"),
    ("en", "6 December 2026", "Sunday, 6 December 2026")])
def test_one_date_style(lang, plain, long):
    assert wording.plain_date(DAY, lang) == wording.date_text(DAY, lang) == plain
    assert wording.long_date(DAY, lang) == wording.date_text(DAY, lang, weekday=True) == long


def test_documents_stay_indonesian_by_default():
    assert wording.long_date(DAY) == "Minggu, 6 Desember 2026"
    assert wording.number(1234) == "1.234"
    assert wording.percent(19, 25) == "76,0%"


@pytest.mark.parametrize(("tz", "lang", "expected"), [
    ("WIB", "id", "07.14 WIB"), ("WITA", "id", "08.14 WITA"), ("WIT", "en", "09:14 WIT"), (None, "id", "00.14 UTC")])
def test_times_in_the_events_zone(tz, lang, expected):
    assert wording.clock_time(UTC_MOMENT, tz, lang) == expected


def test_date_and_time_cross_midnight_in_the_events_zone():
    late = datetime(2026, 11, 22, 17, 30, tzinfo=timezone.utc)
    assert wording.date_time(late, "WIB") == "23 November 2026 00.30 WIB"
    assert wording.date_time(late, "WIB", "en", weekday=True) == "Monday, 23 November 2026 00:30 WIB"
    naive = datetime(2026, 11, 23, 7, 30)
    assert wording.clock_time(naive, "WITA") == "07.30 WITA"
    assert wording.clock_time(datetime(2026, 1, 1, 7, tzinfo=timezone(timedelta(hours=5, minutes=30)))) == "07.00 UTC+5.5"


@pytest.mark.parametrize(("lang", "values"), [
    ("id", ["1.234", "1.234,6", "4,0", "4,0%", "98,5%", "-"]),
    ("en", ["1,234", "1,234.6", "4.0", "4.0%", "98.5%", "-"])])
def test_one_decimal_style(lang, values):
    assert [wording.number(1234, lang=lang), wording.number(1234.56, 1, lang), wording.number(4, 1, lang),
            wording.percent_of(4, lang), wording.percent(197, 200, lang), wording.percent(1, 0, lang)] == values


def test_window_helpers_follow_the_window_language(qapp):
    app = QApplication.instance()
    try:
        i18n.install_translator(app, "id")
        assert i18n.date_text(DAY) == i18n.format_date(DAY, "d MMMM yyyy") == "6 Desember 2026"
        assert i18n.format_date(QDate(2026, 12, 6), "ddd, d MMM yyyy") == "Minggu, 6 Desember 2026"
        assert (i18n.number(1234), i18n.number(59.5, 1), i18n.percent(1, 25), i18n.percent_of(4)) == (
            "1.234", "59,5", "4,0%", "4,0%")
        assert i18n.time_text(UTC_MOMENT, "WIB") == "07.14 WIB"
        assert i18n.time_text(UTC_MOMENT, "WIB", with_date=True) == "23 November 2026 07.14 WIB"
        i18n.switch_language(app, "en")
        assert i18n.date_text(DAY, weekday=True) == "Sunday, 6 December 2026"
        assert (i18n.number(1234), i18n.number(59.5, 1), i18n.percent_of(4)) == ("1,234", "59.5", "4.0%")
        assert i18n.time_text(UTC_MOMENT, "WIB") == "07:14 WIB"
    finally:
        i18n.remove_translator(app)
