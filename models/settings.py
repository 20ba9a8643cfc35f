"""One typed registry of settings, with defaults, stored as JSON in the `setting` table; what a person
may set (the `about` ones) checked as typed, one sentence per refusal; the admin PIN; the logo, kept
in the database as the image's bytes; and what the first start still has to ask."""
from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from ikrar.models import clock
from ikrar.models.desk import check_desk_name, is_named, rename_local_desk
from ikrar.models.errors import Refused
from ikrar.models.identifiers import IdentifierError, parse_nip
from ikrar.models.store import dialect
from ikrar.models.store.connection import db
from ikrar.models.store.schema import Setting

_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]")
LINE_LIMIT, LETTERHEAD_MAX_LINES = 100, 6


def _text(limit: int, what_id: str, what_en: str) -> Callable[[str], str]:
    """A check for one line of text: spaces collapsed, at most *limit* characters, printable."""
    def check(value: str) -> str:
        value = " ".join(str(value).split())
        if len(value) > limit:
            raise Refused(f"{what_id} terlalu panjang: paling banyak {limit} huruf, ini {len(value)}.",
                          f"{what_en} is too long: at most {limit} characters, this has {len(value)}.", code="setting")
        if _UNPRINTABLE.search(value):
            raise Refused(f"{what_id} memuat karakter yang tidak dapat dicetak.",
                          f"{what_en} holds a character that cannot be printed.", code="setting")
        return value
    return check


def check_letterhead(lines: list) -> list[str]:
    """The kop's lines as stored: each checked, blank ones dropped, at most LETTERHEAD_MAX_LINES."""
    kept = [_text(LINE_LIMIT, f"Baris {i} kop surat", f"Letterhead line {i}")(line) for i, line in enumerate(lines, 1)]
    kept = [line for line in kept if line]
    if len(kept) > LETTERHEAD_MAX_LINES:
        raise Refused(f"Kop surat paling banyak {LETTERHEAD_MAX_LINES} baris; ini {len(kept)} baris.",
                      f"The letterhead has at most {LETTERHEAD_MAX_LINES} lines; this has {len(kept)}.", code="setting")
    return kept


def check_approver_nip(value: str) -> str:
    """Blank, or the bare 18 digits of a valid NIP (models/identifiers.py says why not)."""
    if not str(value).strip():
        return ""
    try:
        return parse_nip(str(value).strip()).nip
    except IdentifierError as exc:
        raise Refused(f"NIP pejabat tidak sah: {exc.reason.id.rstrip('.')}.",
                      f"The official's NIP is not valid: {exc.reason.en.rstrip('.')}.", code="setting") from None


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any
    choices: tuple = ()
    about: tuple[str, str] = ()  # (id, en) for `ikrar settings`; none: kept by Ikrar itself, never typed
    check: Callable[[Any], Any] | None = None  # a typed value -> the value stored, or Refused with a sentence


OPTIONS = {o.key: o for o in [
    # empty until a person sets it: every document then carries "KOP BELUM DIATUR" (reports/drawing/kop.py)
    Option("letterhead_lines", list, [], about=("Baris-baris kop surat: pemerintah daerah, instansi, alamat",
                                                "The letterhead's lines: the government, the office, the address"),
           check=check_letterhead),
    Option("logo", str, "", about=("Logo di kiri kop surat (PNG atau JPG, disimpan di basis data)",
                                   "The logo left of the letterhead (PNG or JPG, kept in the database)")),
    Option("logo_path", str, ""),  # before the logo was kept in the database: read, never written again
    Option("city", str, "", about=("Kota pada \"tempat, tanggal\" di dokumen", "The city in \"place, date\""),
           check=_text(60, "Nama kota", "The city")),
    # the Pemda in the pact's points ("Pegawai ASN di lingkungan Pemerintah Kabupaten …"): a new event's
    # pact starts with it (models/pact.py default_fields; unset: taken from the kop's first line)
    Option("pemda_name", str, "", about=("Nama pemerintah daerah di teks pakta, mis. Pemerintah Kabupaten Contoh",
                                         "The local government named in the pact text, e.g. Pemerintah "
                                         "Kabupaten Contoh"),
           check=_text(100, "Nama pemerintah daerah", "The local government's name")),
    Option("approver_position", str, "", about=("Jabatan pejabat yang mengetahui", "The approving official's position"),
           check=_text(150, "Jabatan pejabat", "The official's position")),
    Option("approver_name", str, "", about=("Nama pejabat yang mengetahui, dengan gelar",
                                            "The approving official's name, with titles"),
           check=_text(120, "Nama pejabat", "The official's name")),
    Option("approver_nip", str, "", about=("NIP pejabat yang mengetahui (18 angka)", "The approving official's NIP"),
           check=check_approver_nip),
    Option("paper", str, "F4", ("F4", "A4"), about=("Ukuran kertas dokumen", "The documents' paper size")),
    Option("desk_name", str, "", about=("Nama meja ini, tercetak di dokumen dan berkas sinkron",
                                        "This desk's name, printed on documents and sync files"),
           check=check_desk_name),
    Option("language", str, "id", ("id", "en"), about=("Bahasa tampilan", "The display language")),
    Option("sound", bool, True, about=("Bunyi di meja pendaftaran", "Sounds at the desk")),
    Option("admin_pin_hash", str, ""),
    Option("admin_pin_failures", int, 0),  # wrong PINs in a row (check_admin_pin)
    Option("admin_pin_failed_at", str, ""),  # when the last of them was typed (UTC ISO)
    Option("setup_done", bool, False),  # the first-start setup was finished (needs_setup)
    Option("archived_events", list, []),  # this desk's archived event ids (models/events.py; never synced)
    # set by the desk's Tes pemindai (ui/desk/scanner_test.py), never typed: this desk's scanner
    Option("scanner_gap_ms", int, 0),  # 0: the default threshold (ui/desk/scan_timing.py)
    Option("scanner_terminator", str, "", ("", "enter", "tab", "none")),
    # set by migration 3: this database merged files before the trust model (status and coverage say so)
    Option("merged_before_trust_model", bool, False),
]}
PERSON_KEYS = tuple(key for key, option in OPTIONS.items() if option.about)


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
        raise Refused(f"Nilai '{value}' untuk {key} tidak sah; pilih salah satu: {', '.join(option.choices)}.",
                      f"Value '{value}' for {key} is invalid; choose one of: {', '.join(option.choices)}.",
                      code="setting")
    with db.atomic():
        Setting.insert(key=key, value=json.dumps(value)).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: json.dumps(value)}).execute()


def unknown_key(key: str, keys: tuple[str, ...] = PERSON_KEYS) -> Refused:
    return Refused(f"Pengaturan '{key}' tidak ada; yang ada: {', '.join(keys)}.",
                   f"There is no setting '{key}'; there are: {', '.join(keys)}.", code="unknown_setting")


def change(key: str, value: Any) -> Any:
    """Set what a person typed: only a key with `about`, the value checked (one sentence when it
    is refused), the local desk renamed with desk_name. Returns the value stored. The logo goes
    through store_logo, the PIN through set_admin_pin."""
    option = OPTIONS.get(key)
    if option is None or not option.about or key == "logo":
        raise unknown_key(key)
    if option.check is not None:
        value = option.check(value)
    with db.atomic():
        set(key, value)
        if key == "desk_name":
            rename_local_desk(value)
    return value


def all_values() -> dict[str, Any]:
    return {key: get(key) for key in OPTIONS}


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


LOGO_FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg"}
LOGO_MAX_BYTES = 1024 * 1024
LOGO_MAX_SIDE, LOGO_MIN_SIDE = 4000, 16


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from a JPEG's frame header (SOF0-SOF15 but DHT, JPG and DAC), else None."""
    i = 2
    while i + 9 <= len(data):
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7 or marker == 0xFF:  # no length follows
            i += 1 if marker == 0xFF else 2
            continue
        length = int.from_bytes(data[i + 2:i + 4], "big")
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            return int.from_bytes(data[i + 7:i + 9], "big"), int.from_bytes(data[i + 5:i + 7], "big")
        i += 2 + length
    return None


def logo_info(data: bytes) -> tuple[str, int, int]:
    """("PNG" or "JPEG", width, height) of a logo Ikrar keeps; Refused with one sentence otherwise."""
    if len(data) > LOGO_MAX_BYTES:
        raise _too_large(len(data))
    size, kind = None, ""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR":
        kind, size = "PNG", (int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big"))
    elif data[:3] == b"\xff\xd8\xff":
        kind, size = "JPEG", _jpeg_size(data)
    if size is None:
        raise Refused("Logo harus berupa gambar PNG atau JPG; berkas ini bukan gambar yang dapat dibaca.",
                      "The logo must be a PNG or JPG picture; this file is not one that can be read.", code="logo")
    width, height = size
    if max(width, height) > LOGO_MAX_SIDE or min(width, height) < LOGO_MIN_SIDE:
        raise Refused(f"Ukuran logo harus {LOGO_MIN_SIDE} sampai {LOGO_MAX_SIDE} piksel per sisi; "
                      f"gambar ini {width} × {height}.", f"The logo must be {LOGO_MIN_SIDE} to {LOGO_MAX_SIDE} "
                      f"pixels a side; this one is {width} × {height}.", code="logo")
    return kind, width, height


def _too_large(size: int) -> Refused:
    mb = f"{size / 1024 / 1024:.1f}"
    return Refused(f"Logo terlalu besar: paling banyak 1 MB, berkas ini {mb.replace('.', ',')} MB.",
                   f"The logo is too large: at most 1 MB, this file is {mb} MB.", code="logo")


def read_logo_file(source) -> bytes:
    """The bytes of a logo file, refused (one sentence) when too large or unreadable, before reading it all."""
    source = Path(source)
    try:
        size = source.stat().st_size
        if size > LOGO_MAX_BYTES:
            raise _too_large(size)
        return source.read_bytes()
    except OSError as exc:
        raise Refused(f"Berkas logo {source.name} tidak dapat dibaca ({exc.strerror or exc}).",
                      f"The logo file {source.name} cannot be read ({exc.strerror or exc}).", code="logo") from None


def store_logo(source: str | os.PathLike | bytes) -> bytes:
    """Keep the letterhead logo (a file's path, or its bytes) in the database itself, checked by
    logo_info: the reports find it when the original (a USB stick, Downloads) is gone, and it goes
    with a backup of the database. Returns the bytes stored."""
    data = bytes(source) if isinstance(source, bytes | bytearray) else read_logo_file(source)
    logo_info(data)
    with db.atomic():
        set("logo", base64.b64encode(data).decode("ascii"))
        set("logo_path", "")
    return data


def remove_logo() -> None:
    with db.atomic():
        set("logo", "")
        set("logo_path", "")


def logo_image() -> bytes | None:
    """The logo's bytes (PNG or JPEG), or None: no logo, or one that no longer passes logo_info. A
    logo set before it was kept in the database is read from its file (and kept at the next save)."""
    try:
        data = base64.b64decode(get("logo"), validate=True)
    except (binascii.Error, ValueError):
        data = b""
    if not data and get("logo_path"):
        try:
            data = read_logo_file(get("logo_path"))
        except Refused:
            return None
    if not data:
        return None
    try:
        logo_info(data)
    except Refused:
        return None
    return data
