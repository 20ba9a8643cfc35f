"""Languages of the window: Bahasa Indonesia by default, English selectable, switched live.

Source strings are English; `resources/i18n/ikrar_<lang>.qm` (built by resources/i18n/build.py)
holds the translations. Installing a translator makes Qt send QEvent.LanguageChange to every
widget; each screen answers with its own `retranslate()`.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTranslator

from ikrar.models import errors

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}  # names shown in their own language
DEFAULT = "id"

_translator: QTranslator | None = None
_current = DEFAULT


def normalize(lang: str | None) -> str:
    lang = (lang or DEFAULT).lower()
    return "en" if lang.startswith("en") else "id"


def qm_path(lang: str) -> Path:
    return Path(__file__).resolve().parent.parent / "resources" / "i18n" / f"ikrar_{normalize(lang)}.qm"


def current_language() -> str:
    return _current


def locale() -> QLocale:
    if _current == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def format_date(value, fmt: str = "d MMMM yyyy") -> str:
    """A date in the current language: '23 November 2026', 'Senin, 23 November 2026'."""
    qdate = value if isinstance(value, QDate) else QDate(value.year, value.month, value.day)
    return locale().toString(qdate, fmt)


def number(value, decimals: int = 0) -> str:
    """1.234 and 59,5 in Indonesian; 1,234 and 59.5 in English."""
    if decimals:
        return locale().toString(float(value), "f", decimals)
    return locale().toString(int(value))


def install_translator(app: QCoreApplication, lang: str = DEFAULT) -> bool:
    """Load ikrar_<lang>.qm into *app* (replacing the previous one). False when the file is missing
    or unreadable: the window then shows the English source strings."""
    global _translator, _current
    lang = normalize(lang)
    if _translator is not None:
        app.removeTranslator(_translator)
        _translator = None
    translator = QTranslator(app)
    loaded = translator.load(str(qm_path(lang)))
    if loaded:
        app.installTranslator(translator)  # posts LanguageChange to every widget
        _translator = translator
    _current = lang
    errors.set_language(lang)  # DomainError.text() follows the window
    QLocale.setDefault(locale())
    return loaded


def switch_language(app: QCoreApplication, lang: str) -> bool:
    """Change the language of the running window; screens re-translate on LanguageChange."""
    return install_translator(app, lang)


def remove_translator(app: QCoreApplication) -> None:
    """Back to the English source strings and the default language of the domain texts (tests)."""
    global _translator, _current
    if _translator is not None:
        app.removeTranslator(_translator)
        _translator = None
    _current = DEFAULT
    errors.set_language(DEFAULT)
