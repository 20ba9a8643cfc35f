"""Languages of the window: Bahasa Indonesia by default, English selectable, switched live.

Source strings are English; `resources/i18n/ikrar_<lang>.qm` (built by resources/i18n/build.py)
holds the translations. Installing a translator makes Qt send QEvent.LanguageChange to every
widget; each screen answers with its own `retranslate()`.

Qt's own texts (the file chooser, the buttons of a message box, the print dialog, the context menu
of a text field) come from `resources/i18n/qt_id.qm`, Ikrar's own Indonesian catalogue of them: Qt
ships none for Indonesian. It is installed beside Ikrar's translator.

Native dialogs (the Windows file chooser, a GTK one on Linux) speak the operating system's
language, never Ikrar's; Qt's own dialogs speak Ikrar's. So the native ones are used only while the
system's language is Ikrar's language (a Windows in Bahasa Indonesia with Ikrar in Indonesian keeps
Explorer's chooser, with its shortcuts), and Qt's own otherwise. The print dialog on Windows is
always Windows' own (Qt has no other there).

Dates, times and numbers: `date_text`, `time_text`, `number`, `percent` here, in the window's
language, through reports/wording.py (Babel): one style per language for the whole program.
"""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTranslator

from ikrar.models import errors
from ikrar.reports import wording

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}  # names shown in their own language
DEFAULT = "id"
I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"

_translators: list[QTranslator] = []
_current = DEFAULT


def normalize(lang: str | None) -> str:
    lang = (lang or DEFAULT).lower()
    return "en" if lang.startswith("en") else "id"


def qm_path(lang: str) -> Path:
    return I18N / f"ikrar_{normalize(lang)}.qm"


def qt_qm_path(lang: str) -> Path | None:
    """Ikrar's catalogue of Qt's own texts for *lang*; None for English, Qt's source language."""
    return None if normalize(lang) == "en" else I18N / f"qt_{normalize(lang)}.qm"


def current_language() -> str:
    return _current


def locale() -> QLocale:
    if _current == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def _as_date(value) -> date:
    return date(value.year(), value.month(), value.day()) if isinstance(value, QDate) else value


def date_text(value, weekday: bool = False) -> str:
    """"23 November 2026", or with *weekday* "Senin, 23 November 2026" ("Monday, …" in English)."""
    return wording.date_text(_as_date(value), _current, weekday)


def format_date(value, fmt: str = "d MMMM yyyy") -> str:
    """Old name of date_text: *fmt* only says whether the weekday is shown (a pattern with "ddd"),
    so every date of the window has the one style."""
    return date_text(value, weekday="ddd" in fmt)


def time_text(moment: datetime, tz: str | None = None, with_date: bool = False) -> str:
    """"07.30 WIB" / "07:30 WIB", in the event's zone *tz* ("WIB", "WITA", "WIT") whatever the
    computer's; with *with_date*: "23 November 2026 07.30 WIB"."""
    if with_date:
        return wording.date_time(moment, tz, _current)
    return wording.clock_time(moment, tz, _current)


def number(value, decimals: int = 0) -> str:
    """1.234 and 59,5 in Indonesian; 1,234 and 59.5 in English."""
    return wording.number(value, decimals, _current)


def percent(part: int, whole: int) -> str:
    """"76,0%" / "76.0%" (one decimal always); "-" when *whole* is 0."""
    return wording.percent(part, whole, _current)


def percent_of(value: float) -> str:
    """An already computed percentage: "4,0%" / "4.0%"."""
    return wording.percent_of(value, _current)


def system_language() -> str:
    """The operating system's language for its own dialogs, as Ikrar names languages ("id", "en"),
    or "" for any other language."""
    languages = QLocale.system().uiLanguages() or [QLocale.system().name()]
    first = languages[0].lower().replace("_", "-")
    if first.startswith(("id", "in-")) or first == "in":  # "in" is Indonesian's old code
        return "id"
    return "en" if first.startswith("en") else ""


def use_native_dialogs(lang: str) -> bool:
    """Native dialogs only while they speak *lang* (the system's language is Ikrar's)."""
    return system_language() == normalize(lang)


def _drop_translators(app: QCoreApplication) -> None:
    while _translators:
        app.removeTranslator(_translators.pop())


def _load(app: QCoreApplication, path: Path | None) -> bool:
    if path is None:
        return True
    translator = QTranslator(app)
    if not translator.load(str(path)):
        return False
    app.installTranslator(translator)  # posts LanguageChange to every widget
    _translators.append(translator)
    return True


def install_translator(app: QCoreApplication, lang: str = DEFAULT) -> bool:
    """Load ikrar_<lang>.qm and Qt's texts in that language into *app* (replacing the previous
    ones). False when Ikrar's file is missing or unreadable: the window then shows the English
    source strings."""
    global _current
    lang = normalize(lang)
    _drop_translators(app)
    _load(app, qt_qm_path(lang))  # Qt's texts first: a missing file costs only Qt's own words
    loaded = _load(app, qm_path(lang))
    _current = lang
    errors.set_language(lang)  # DomainError.text() follows the window
    QLocale.setDefault(locale())
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, not use_native_dialogs(lang))
    return loaded


def switch_language(app: QCoreApplication, lang: str) -> bool:
    """Change the language of the running window; screens re-translate on LanguageChange."""
    return install_translator(app, lang)


def remove_translator(app: QCoreApplication) -> None:
    """Back to the English source strings and the default language of the domain texts (tests)."""
    global _current
    _drop_translators(app)
    _current = DEFAULT
    errors.set_language(DEFAULT)
