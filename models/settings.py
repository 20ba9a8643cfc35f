"""One typed registry of settings, with defaults, stored as JSON in the `setting` table."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ikrar.models.errors import Refused
from ikrar.models.store.connection import database_folder, db
from ikrar.models.store.schema import Setting


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any
    choices: tuple = ()


OPTIONS = {o.key: o for o in [
    Option("letterhead_lines", list, ["PEMERINTAH KABUPATEN CONTOH",
                                      "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
                                      "Jalan Merdeka No. 1, Kota Contoh"]),
    Option("logo_path", str, ""),
    Option("city", str, "Contoh"),
    Option("approver_position", str, "Kepala BKPSDM"),
    Option("approver_name", str, ""),
    Option("approver_nip", str, ""),
    Option("paper", str, "F4", ("F4", "A4")),
    Option("desk_name", str, "Meja 1"),
    Option("language", str, "id", ("id", "en")),
    Option("admin_pin_hash", str, ""),
    Option("sound", bool, True),
]}


def get(key: str) -> Any:
    option = OPTIONS[key]
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return option.default
    try:
        value = json.loads(row.value)
    except ValueError:
        return option.default
    return value if isinstance(value, option.type) else option.default


def set(key: str, value: Any) -> None:  # noqa: A001 - the registry's verb
    option = OPTIONS[key]
    if not isinstance(value, option.type):
        raise TypeError(f"setting {key} takes {option.type.__name__}")
    if option.choices and value not in option.choices:
        raise Refused(f"Nilai '{value}' untuk {key} tidak sah ({', '.join(option.choices)}).",
                      f"Value '{value}' for {key} is invalid ({', '.join(option.choices)}).", code="setting")
    with db.atomic():
        Setting.insert(key=key, value=json.dumps(value)).on_conflict_replace().execute()


def all_values() -> dict[str, Any]:
    return {key: get(key) for key in OPTIONS}


def _hash_pin(pin: str, salt: bytes) -> str:
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=2**14, r=8, p=1, dklen=32)
    return f"scrypt${salt.hex()}${digest.hex()}"


def set_admin_pin(pin: str) -> None:
    if not pin.isdigit() or not 4 <= len(pin) <= 12:
        raise Refused("PIN admin harus 4–12 angka.", "The admin PIN must be 4–12 digits.", code="pin")
    set("admin_pin_hash", _hash_pin(pin, os.urandom(16)))


def has_admin_pin() -> bool:
    return bool(get("admin_pin_hash"))


def check_admin_pin(pin: str) -> bool:
    """True when *pin* matches, or when no PIN was set (then the desk is not locked)."""
    stored = get("admin_pin_hash")
    if not stored:
        return True
    try:
        _, salt, _digest = stored.split("$")
    except ValueError:
        return False
    return hmac.compare_digest(_hash_pin(pin, bytes.fromhex(salt)), stored)


def store_logo(source) -> Path:
    """Copy the letterhead logo next to the database, so the reports still find it when the
    original (a USB stick, Downloads) is gone. Returns the stored copy's path."""
    source = Path(source)
    folder = database_folder() or source.parent
    target = folder / f"logo{source.suffix.lower()}"
    if source.resolve() != target.resolve():
        shutil.copyfile(source, target)
    return target
