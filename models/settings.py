"""Settings: one typed registry, with defaults, stored as JSON in the `setting` table, and what a
person may set (the `about` ones) checked as typed, one sentence per refusal (settings_registry.py);
the admin PIN (admin_pin.py); the logo, kept in the database as the image's bytes (logo.py); and,
here, what the first start still has to ask. Every caller imports them from this module
(`settings.get`, `settings.check_admin_pin`, `settings.store_logo` ...)."""
from __future__ import annotations

from ikrar.models.admin_pin import (
    PIN_LOCK,
    PIN_LOCK_MAX,
    PIN_TRIES,
    check_admin_pin,
    has_admin_pin,
    lock_duration,
    set_admin_pin,
)
from ikrar.models.desk import is_named
from ikrar.models.logo import (
    LOGO_FORMATS,
    LOGO_MAX_BYTES,
    LOGO_MAX_SIDE,
    LOGO_MIN_SIDE,
    logo_image,
    logo_info,
    read_logo_file,
    remove_logo,
    store_logo,
)
from ikrar.models.settings_registry import (
    LETTERHEAD_MAX_LINES,
    LINE_LIMIT,
    OPTIONS,
    PERSON_KEYS,
    Option,
    all_values,
    change,
    check_approver_nip,
    check_letterhead,
    get,
    set,
    unknown_key,
)

__all__ = ["LETTERHEAD_MAX_LINES", "LINE_LIMIT", "OPTIONS", "PERSON_KEYS", "Option", "all_values", "change",
           "check_approver_nip", "check_letterhead", "get", "set", "unknown_key",
           "PIN_LOCK", "PIN_LOCK_MAX", "PIN_TRIES", "check_admin_pin", "has_admin_pin", "lock_duration",
           "set_admin_pin",
           "LOGO_FORMATS", "LOGO_MAX_BYTES", "LOGO_MAX_SIDE", "LOGO_MIN_SIDE", "logo_image", "logo_info",
           "read_logo_file", "remove_logo", "store_logo",
           "PLACEHOLDER_FIRST_LINE", "is_letterhead", "letterhead_is_set", "missing", "needs_setup", "finish_setup"]


# --- what the first start asks -----------------------------------------------------------------
PLACEHOLDER_FIRST_LINE = "PEMERINTAH KABUPATEN CONTOH"  # the made-up kop printed before it was asked for


def is_letterhead(lines) -> bool:
    """Whether *lines* are a letterhead someone set: not empty, not the old made-up one."""
    lines = [" ".join(str(line).split()) for line in lines or []]
    lines = [line for line in lines if line]
    return bool(lines) and lines[0].upper() != PLACEHOLDER_FIRST_LINE


def letterhead_is_set() -> bool:
    """False while the documents carry "KOP BELUM DIATUR" (the report screen and CLI say so)."""
    return is_letterhead(get("letterhead_lines"))


def missing() -> list[tuple[str, str, str]]:
    """What the first-start setup asks that is not set yet: (key, id sentence, en sentence)."""
    gaps = []
    if not letterhead_is_set():
        gaps.append(("letterhead_lines",
                     "Kop surat belum diatur: setiap dokumen dicetak dengan tanda KOP BELUM DIATUR.",
                     "The letterhead is not set: every document is printed marked KOP BELUM DIATUR."))
    if not get("city"):
        gaps.append(("city", "Kota belum diatur: dokumen hanya mencetak tanggal.",
                     "The city is not set: documents print the date only."))
    if not get("approver_name"):
        gaps.append(("approver_name", "Pejabat yang mengetahui belum diatur: namanya dicetak sebagai titik-titik.",
                     "The approving official is not set: the name is printed as dots."))
    if not is_named():
        gaps.append(("desk_name", "Meja ini belum diberi nama: semua meja bernama \"Meja 1\".",
                     "This desk has no name of its own: every desk is called \"Meja 1\"."))
    if not has_admin_pin():
        gaps.append(("admin_pin", "PIN admin belum diatur: siapa pun dapat membatalkan kehadiran atau menutup acara.",
                     "No admin PIN is set: anyone can void a check-in or close an event."))
    return gaps


def needs_setup() -> bool:
    """Whether the window should open the first-start setup: never finished, and something is missing."""
    return not get("setup_done") and bool(missing())


def finish_setup() -> None:
    set("setup_done", True)
