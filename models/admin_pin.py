"""The admin PIN: stored hashed (scrypt with a salt), checked with a lock after too many wrong PINs
in a row, kept in the database so every process is held by the same lock."""
from __future__ import annotations

import hashlib
import hmac
import os
from datetime import timedelta

from ikrar.models import clock
from ikrar.models.errors import Refused
from ikrar.models.settings_registry import get, set
from ikrar.models.store import dialect
from ikrar.models.store.connection import db


def _hash_pin(pin: str, salt: bytes) -> str:
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=2**14, r=8, p=1, dklen=32)
    return f"scrypt${salt.hex()}${digest.hex()}"


PIN_TRIES = 5  # wrong PINs in a row before PIN entry is locked
PIN_LOCK = timedelta(minutes=1)  # the first lock; it doubles with every further wrong PIN
PIN_LOCK_MAX = timedelta(days=1)  # ... up to a day, so a forgotten PIN never locks the desk for good


def set_admin_pin(pin: str) -> None:
    if not pin.isdigit() or not 4 <= len(pin) <= 12:
        raise Refused("PIN admin harus 4–12 angka.", "The admin PIN must be 4–12 digits.", code="pin")
    with db.atomic():
        set("admin_pin_hash", _hash_pin(pin, os.urandom(16)))
        _clear_failures()


def has_admin_pin() -> bool:
    return bool(get("admin_pin_hash"))


def check_admin_pin(pin: str) -> bool:
    """True when *pin* matches, or when no PIN was set (then the desk is not locked); False for a
    wrong PIN, which is counted. After PIN_TRIES wrong PINs in a row PIN entry is locked for
    PIN_LOCK, twice as long after each further wrong PIN: while locked every PIN, the right one too,
    is refused with Refused(code="pin_locked"), whose text says how long to wait. The count and the
    time are kept in the database, so a new process (another window, the command line) is held by
    the same lock; the right PIN clears them. Time is clock.now(): turning the clock back starts the
    lock again from the new time, never makes it longer; turning it forward (which needs the
    machine's administrator on the shared laptops) is outside what a PIN can guard.
    Call it outside a transaction of your own: a wrong PIN must stay counted when you roll back."""
    stored = get("admin_pin_hash")
    if not stored:
        return True
    # IMMEDIATE: two processes trying PINs at once are counted one after the other, never both
    # let through on the same count (scrypt takes ~50 ms, for which other writers wait).
    with dialect.serialized():
        wait = _lock_remaining()
        if wait is None:
            ok = _pin_matches(pin, get("admin_pin_hash"))  # read again, in the transaction
            if ok:
                _clear_failures()
            else:
                set("admin_pin_failures", get("admin_pin_failures") + 1)
                set("admin_pin_failed_at", clock.iso_utc(clock.now()))
    if wait is not None:  # raised after the commit: a re-anchored lock (clock turned back) is kept
        raise _locked(wait)
    return ok


def _pin_matches(pin: str, stored: str) -> bool:
    try:
        _, salt, _digest = stored.split("$")
        return hmac.compare_digest(_hash_pin(pin, bytes.fromhex(salt)), stored)
    except ValueError:
        return False


def _clear_failures() -> None:
    if get("admin_pin_failures") or get("admin_pin_failed_at"):
        set("admin_pin_failures", 0)
        set("admin_pin_failed_at", "")


def lock_duration(failures: int) -> timedelta:
    """How long PIN entry stays locked after *failures* wrong PINs in a row (zero below PIN_TRIES)."""
    if failures < PIN_TRIES:
        return timedelta(0)
    doublings = min(failures - PIN_TRIES, 20)  # 2**20 minutes is far past the cap already
    return min(PIN_LOCK * 2 ** doublings, PIN_LOCK_MAX)


def _lock_remaining() -> timedelta | None:
    """The wait left while PIN entry is locked, else None. Inside check_admin_pin's transaction."""
    lock = lock_duration(get("admin_pin_failures"))
    if not lock:
        return None
    now = clock.now()
    try:
        failed_at = clock.parse_iso(get("admin_pin_failed_at"))
    except ValueError:  # lost or damaged: the lock runs from now
        failed_at = now + timedelta(seconds=1)
    if failed_at > now:  # the clock was turned back: the lock runs from now, as long as it was
        failed_at = now
        set("admin_pin_failed_at", clock.iso_utc(now))
    remaining = failed_at + lock - now
    return remaining if remaining > timedelta(0) else None


def _wait_text(wait: timedelta) -> tuple[str, str]:
    """*wait* in words (id, en), rounded up: seconds under a minute, else minutes (and hours)."""
    seconds = max(1, -int(-wait.total_seconds() // 1))
    if seconds < 60:
        return f"{seconds} detik", f"{seconds} second{'s' if seconds != 1 else ''}"
    minutes = -(-seconds // 60)
    hours, minutes = divmod(minutes, 60)
    id_parts = ([f"{hours} jam"] if hours else []) + ([f"{minutes} menit"] if minutes else [])
    en_parts = (([f"{hours} hour{'s' if hours != 1 else ''}"] if hours else [])
                + ([f"{minutes} minute{'s' if minutes != 1 else ''}"] if minutes else []))
    return " ".join(id_parts), " and ".join(en_parts)


def _locked(wait: timedelta) -> Refused:
    id_wait, en_wait = _wait_text(wait)
    return Refused(f"PIN admin dikunci karena terlalu banyak PIN salah; tunggu {id_wait} lalu coba lagi.",
                   f"Admin PIN entry is locked after too many wrong PINs; try again in {en_wait}.",
                   code="pin_locked", wait_seconds=wait.total_seconds())
